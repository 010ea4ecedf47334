/**
 * The development corpus is well formed: every article parses with a stated
 * published date, every story has 3–6 articles, markers are well formed and
 * name known rules, and each expected finding has the files it needs.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { loadRules } from '../../src/rules/load';
import { readSources } from '../../src/sources';
import type { Source } from '../../src/types';
import { readCorpus, SINGLE_SOURCE_RULES, writeClean } from './corpus';
import { stripMarkers } from './strip';

const stories = readCorpus();
const articles = stories.flatMap((s) => s.articles);

// rules that compare sources need the tag in two files; the others check one source.
// An update tag may sit on one file only: the later article that repeats an older figure.
const ONE_FILE_RULES = [...SINGLE_SOURCE_RULES, 'quantity-update'];
const KNOWN_RULES = new Set([...loadRules().map((r) => r.id), 'quantity-update']);

let sources: Source[] = [];
let problems: string[] = [];
beforeAll(() => {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'crosscheck-corpus-test-'));
  try {
    writeClean(stories, root);
    const read = readSources([root], { cwd: root });
    sources = read.sources;
    problems = read.problems.map((p) => p.message);
  } finally {
    fs.rmSync(root, { recursive: true, force: true });
  }
});

describe('stripMarkers', () => {
  test.each([
    ['[[expect:quantity-mismatch:toll]]two dozen people died.', 'two dozen people died.', 'two dozen people died.'],
    ['killed [[expect:quantity-mismatch:toll]]26 people, officials said', 'killed 26 people, officials said', '26 people,'],
    ['[[trap:scope:x]]In the province, 1,120 buildings[[/]] were lost', 'In the province, 1,120 buildings were lost', 'In the province, 1,120 buildings'],
    ['U.S. [[trap:role-synonym:x]]Judge Karen Whitfield said', 'U.S. Judge Karen Whitfield said', 'Judge Karen Whitfield said'],
  ])('%j → clean text and the covered words', (marked, clean, covered) => {
    const s = stripMarkers(marked);
    expect(s.clean).toBe(clean);
    expect(s.problems).toEqual([]);
    expect(s.markers).toHaveLength(1);
    expect(clean.slice(s.markers[0].start, s.markers[0].end)).toBe(covered);
  });

  test('gives line and column in the clean text; stacked markers share a closer', () => {
    const s = stripMarkers('Title\nBy [[expect:name-variant:a]][[expect:person-age-mismatch:b]]Jon Pryce, 43[[/]], was');
    expect(s.markers.map((m) => [m.kind, m.line, m.column, m.text])).toEqual([
      ['name-variant', 2, 4, 'Jon Pryce, 43'],
      ['person-age-mismatch', 2, 4, 'Jon Pryce, 43'],
    ]);
  });

  test.each([
    ['[[expect:quantity-mismatch]]26', 'malformed marker'],
    ['[[trap:colour:x]]26 nations', 'unknown trap kind "colour"'],
    ['26 nations[[/]]', 'closes no marker'],
    ['[[expect:quantity-mismatch:x]]', 'covers no text'],
  ])('%j is reported as a problem', (marked, message) => {
    expect(stripMarkers(marked).problems.map((p) => p.message).join('\n')).toContain(message);
  });
});

describe('the corpus', () => {
  test('has at least 12 stories of 3–6 articles each', () => {
    expect(stories.length).toBeGreaterThanOrEqual(12);
    for (const s of stories) expect([s.slug, s.articles.length >= 3 && s.articles.length <= 6]).toEqual([s.slug, true]);
  });

  test('every marker is well formed and every clean text is free of marker syntax', () => {
    for (const a of articles) {
      expect([a.rel, a.problems]).toEqual([a.rel, []]);
      expect([a.rel, /\[\[|\]\]/.test(a.clean)]).toEqual([a.rel, false]);
    }
  });

  test('every article parses, with a published date stated in the file', () => {
    expect(problems).toEqual([]);
    expect(sources).toHaveLength(articles.length);
    for (const s of sources) expect([s.path, s.published !== undefined, s.publishedFrom]).toEqual([s.path, true, 'stated']);
  });

  test('every expected finding names a known rule, one rule per tag, in the files its rule needs', () => {
    for (const s of stories) {
      const tags = new Map<string, { rules: Set<string>; files: Set<string> }>();
      const trapTags = new Set<string>();
      for (const a of s.articles) {
        for (const m of a.markers) {
          if (m.type === 'trap') {
            trapTags.add(m.tag);
            continue;
          }
          expect([a.rel, m.kind, KNOWN_RULES.has(m.kind)]).toEqual([a.rel, m.kind, true]);
          const t = tags.get(m.tag) ?? { rules: new Set<string>(), files: new Set<string>() };
          t.rules.add(m.kind);
          t.files.add(a.rel);
          tags.set(m.tag, t);
        }
      }
      for (const [tag, t] of tags) {
        const rule = [...t.rules][0];
        expect([s.slug, tag, t.rules.size]).toEqual([s.slug, tag, 1]);
        const need = ONE_FILE_RULES.includes(rule) ? 1 : 2;
        expect([s.slug, tag, t.files.size >= need]).toEqual([s.slug, tag, true]);
        // a trap and an expectation with one tag would read as one finding
        expect([s.slug, tag, trapTags.has(tag)]).toEqual([s.slug, tag, false]);
      }
    }
  });
});
