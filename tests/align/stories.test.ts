import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { groupStories } from '../../src/align/stories';
import { analyze } from '../../src/pipeline';
import { readSources } from '../../src/sources';
import { identity } from '../../src/sources/offset-map';
import type { Source } from '../../src/types';
import { generateCorpus } from '../bench/generate';

const ROOT = path.resolve(__dirname, '..', '..');

function article(id: string, text: string, published?: string): Source {
  const { text: t, map } = identity(text);
  return { id, path: `${id}.txt`, format: 'text', raw: text, text: t, map, sections: [{ kind: 'body', start: 0, end: text.length }], published };
}

describe('stories', () => {
  it('puts the five seed reports of one event in one story', () => {
    const { sources } = readSources([path.join(ROOT, 'seeds')], { cwd: ROOT });
    const stories = groupStories(sources);
    expect(stories).toHaveLength(1);
    expect(stories[0].sources).toHaveLength(5);
    expect(stories[0].id).toMatch(/^[a-z0-9-]+$/);
  });

  it('keeps unrelated stories apart, and the seeds together among them', () => {
    const { sources } = readSources([path.join(ROOT, 'seeds'), path.join(ROOT, 'tests', 'corpus')], { cwd: ROOT });
    const stories = groupStories(sources);
    const folderOf = (id: string): string => path.dirname(sources.find((s) => s.id === id)?.path ?? '');
    for (const st of stories) expect(new Set(st.sources.map(folderOf)).size).toBe(1);
    expect(new Set(stories.map((s) => folderOf(s.sources[0]))).size).toBe(stories.length);
  });

  it('labels a story with its heaviest terms as first written in its first article, even where that article barely uses them', () => {
    // the first article names the story's main subject once, among ten words it repeats more: it keeps how only its
    // heaviest words are written, and the label's first word is read again from its text
    const filler = 'quarnel brindlet foskary mallowen tiberack vontrel gasperin holloway nettrick sarvelle';
    const repeated = Array.from({ length: 5 }, () => `The ${filler} were discussed.`).join(' ');
    const named = (n: number, spelling: string) => Array.from({ length: n }, () => `Officials said ${spelling} reopened.`).join(' ');
    const stories = groupStories([
      article('a', `${repeated} Officials said ZORBLAT reopened.`, '2026-03-01'),
      article('b', `${repeated} ${named(30, 'Zorblat')}`, '2026-03-01'),
      article('c', `${repeated} ${named(30, 'Zorblat')}`, '2026-03-02'),
    ]);
    expect(stories).toHaveLength(1);
    expect(stories[0].label.split(' ')[0]).toBe('ZORBLAT');
  });

  it('does not join articles published far apart, however alike', () => {
    const text = 'Floods in the northern province of Valdoria killed 12 people and forced 3,000 residents of Marquette from their homes.';
    expect(groupStories([article('a', text, '2026-03-01'), article('b', text, '2026-03-03')])).toHaveLength(1);
    expect(groupStories([article('a', text, '2026-03-01'), article('b', text, '2026-06-03')])).toHaveLength(2);
  });

  it('gives no finding across stories: seeds plus a folder of unrelated stories', () => {
    const { report } = analyze([path.join(ROOT, 'seeds'), path.join(ROOT, 'tests', 'corpus')], { cwd: ROOT });
    const storyOfSource = new Map<string, string>();
    for (const st of report.stories ?? []) for (const id of st.sources) storyOfSource.set(id, st.id);
    expect(report.findings.length).toBeGreaterThan(0);
    for (const f of report.findings) {
      expect(f.story).toBeDefined();
      for (const e of f.evidence) expect(storyOfSource.get(e.source)).toBe(f.story);
    }
  });

  it('tells apart the stories of an archive whose articles share places, templates and stray rare words', () => {
    // 200 generated stories told by five sources each, four stories a day: stories share their place
    // (24 cities), their sentence shapes and now and then a made-up word, but no two are one story
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'crosscheck-stories-'));
    try {
      for (const a of generateCorpus(200, 5, 7)) {
        fs.mkdirSync(path.join(dir, path.dirname(a.name)), { recursive: true });
        fs.writeFileSync(path.join(dir, a.name), a.text);
      }
      const { sources } = readSources([dir], { cwd: dir });
      const storyOf = (id: string): string => path.dirname(sources.find((s) => s.id === id)?.path ?? '');
      const stories = groupStories(sources);
      const mixed = stories.filter((st) => new Set(st.sources.map(storyOf)).size > 1);
      expect(mixed.map((st) => st.sources.length)).toEqual([]);
      expect(stories).toHaveLength(200);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
