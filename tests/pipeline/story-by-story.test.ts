/**
 * analyze takes stories a few at a time. A run whose report shows no claims
 * (`keepClaims: false`, as `check` runs for JSON, SARIF, stylish, GitHub and
 * JUnit) keeps only their count and lets each article's parsed form go
 * between reading and checking: it must report exactly what a run keeping
 * everything reports.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { CrosscheckError } from '../../src/errors';
import { extractClaims, extractEach } from '../../src/claims';
import { analyze, claimsOf, findingsOf } from '../../src/pipeline';
import { checkReadsTexts, checkShowsClaims, formatReport } from '../../src/report';
import { STORIES_AT_ONCE, type Stage } from '../../src/story';

const ROOT = path.resolve(__dirname, '..', '..');
const INPUTS = [path.join(ROOT, 'seeds'), path.join(ROOT, 'tests', 'corpus')];

describe('a run that keeps no claims', () => {
  const kept = analyze(INPUTS, { cwd: ROOT });
  const lean = analyze(INPUTS, { cwd: ROOT, keepClaims: false });
  // as check runs for JSON, SARIF, GitHub and JUnit: file texts let go too, read again if asked for
  const leanest = analyze(INPUTS, { cwd: ROOT, keepClaims: false, keepFileTexts: false });

  it('finds the same stories and findings, and counts the same claims', () => {
    expect(kept.report.stories!.length).toBeGreaterThan(5);
    expect(lean.report.stories).toEqual(kept.report.stories);
    expect(lean.report.findings.length).toBeGreaterThan(10);
    expect(lean.report.findings).toEqual(kept.report.findings);
    expect(lean.report.stats.claims).toBe(kept.report.claims.length);
    expect(lean.report.claims).toEqual([]);
  });

  it.each([['json'], ['stylish'], ['sarif'], ['github'], ['junit']])('prints the same %s report', (format) => {
    expect(checkShowsClaims(format)).toBe(false);
    const print = (r: typeof kept.report) => formatReport({ ...r, stats: { ...r.stats, ms: 0 } }, 'check', format, { color: false });
    expect(print(lean.report)).toBe(print(kept.report));
    expect(print(leanest.report)).toBe(print(kept.report));
  });

  it.each([['json', false], ['sarif', false], ['github', false], ['junit', false], ['stylish', true], ['html', true], ['markdown', true]])('%s reads file texts after the run: %s', (format, reads) => {
    expect(checkReadsTexts(format)).toBe(reads);
  });

  it.each([['html'], ['markdown']])('keeps the claims for the %s report, which shows them', (format) => {
    expect(checkShowsClaims(format)).toBe(true);
  });

  it('still reads every source whole after the run, file texts let go or not', () => {
    kept.report.sources.forEach((s, i) => {
      for (const r of [lean.report, leanest.report]) {
        const l = r.sources[i];
        expect([l.id, l.raw, l.text, l.sections]).toEqual([s.id, s.raw, s.text, s.sections]);
      }
    });
  });
});

describe('stories checked a few at a time', () => {
  // analyze checks STORIES_AT_ONCE stories together, each extractor and rule over all their articles in turn
  const together = analyze(INPUTS, { cwd: ROOT });
  const sources = together.report.sources;

  it('extracts from each article what it extracts from that article alone', () => {
    const alone = sources.map((s) => extractClaims(s, s.published));
    expect(extractEach(sources, sources.map((s) => s.published))).toEqual(alone);
    expect(together.report.claims).toEqual(alone.flat());
  });

  it('finds in each story what checking that story alone finds', () => {
    const alone = findingsOf(sources, claimsOf(sources), {}, undefined, together.report.stories);
    // more stories than one batch: stories checked together and in turn
    expect(together.report.stories!.length).toBeGreaterThan(STORIES_AT_ONCE);
    expect(together.report.findings.length).toBeGreaterThan(10);
    expect(together.report.findings).toEqual(alone);
  });
});

describe('a file changed while its texts were let go', () => {
  it('stops the run naming the file, rather than reading offsets into a different text', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'crosscheck-changed-'));
    try {
      // more stories than are checked at once: the last story's articles are read again after the first ones are checked
      const stories = fs.readdirSync(path.join(ROOT, 'tests', 'corpus')).filter((f) => fs.statSync(path.join(ROOT, 'tests', 'corpus', f)).isDirectory());
      expect(stories.length).toBeGreaterThan(STORIES_AT_ONCE);
      for (const story of stories) fs.cpSync(path.join(ROOT, 'tests', 'corpus', story), path.join(dir, story), { recursive: true });
      const last = stories.sort().at(-1) as string;
      const later = fs.readdirSync(path.join(dir, last)).filter((f) => f.endsWith('.md'))[0];
      let edited = false;
      // once the first stories are being checked, an article of the last one gains a line
      const run = () =>
        analyze([dir], {
          cwd: dir,
          keepClaims: false,
          keepFileTexts: false,
          onProgress: () => {
            if (edited) return;
            edited = true;
            fs.appendFileSync(path.join(dir, last, later), '\nOne more line.\n');
          },
        });
      let thrown: unknown;
      try {
        run();
      } catch (e) {
        thrown = e;
      }
      expect(thrown).toBeInstanceOf(CrosscheckError);
      expect((thrown as CrosscheckError).message).toBe(`${path.join(dir, last, later)}: changed while crosscheck was reading it; run again`);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('the stage clock', () => {
  it('times every stage of a run over stories', () => {
    const seen = new Map<Stage, number>();
    analyze(INPUTS, { cwd: ROOT, keepClaims: false, clock: { time: (stage, work) => (seen.set(stage, (seen.get(stage) ?? 0) + 1), work()) } });
    expect([...seen.keys()].sort()).toEqual(['align', 'extract', 'parse', 'rules']);
  });
});
