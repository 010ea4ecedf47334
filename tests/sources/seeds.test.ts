/** The five seed articles: every parser's output holds the offset-map contract. */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { readSources } from '../../src/sources';
import { LineIndex } from '../../src/sources/locate';
import type { Source } from '../../src/types';
import { rawOf, sectionTexts, unmappedChars, wellFormed } from './contract';

const ROOT = path.resolve(__dirname, '..', '..');
const { sources, problems } = readSources(['seeds'], { cwd: ROOT });
const byPrefix = (p: string): Source => {
  const s = sources.find((x) => x.id.startsWith(p));
  if (!s) throw new Error(`no seed ${p}`);
  return s;
};

describe('seed articles', () => {
  it('are all read, without problems', () => {
    expect(problems).toEqual([]);
    expect(sources.map((s) => s.path)).toEqual(fs.readdirSync(path.join(ROOT, 'seeds')).sort().map((f) => path.join('seeds', f)));
  });

  it.each([
    ['000', 'stamped', '2025-09-05', 'stated', undefined],
    ['001', 'markdown', '2025-09-05', 'stated', 'Update: Moscow rejects Western security guarantees for Ukraine'],
    ['002', 'dateline', '2025-09-05', 'stated', 'Russia rejects foreign troops as security guarantees for Ukraine'],
    ['003', 'aggregator', '2025-08-27', 'inferred', "Kremlin says it doesn't like European proposals on security guarantees for Ukraine"],
    ['004', 'dateline', '2025-09-04', 'stated', 'Kremlin Blasts ‘Unacceptable’ Western Plan For Ukraine Security Guarantees'],
  ])('%s is %s, published %s (%s), titled %j', (id, format, published, from, title) => {
    const s = byPrefix(id);
    expect([s.format, s.published, s.publishedFrom, s.title]).toEqual([format, published, from, title]);
  });

  it.each([
    ['000', undefined, 'Clash Report'],
    ['001', 'badely', undefined],
    ['004', 'Tyler Derden', 'Zerohedge'],
  ])('%s: author %j, outlet %j', (id, author, outlet) => {
    const s = byPrefix(id);
    expect([s.author, s.outlet]).toEqual([author, outlet]);
  });

  it('001: the excerpt maps to line 8 of the file, inside its quotes', () => {
    const s = byPrefix('001');
    const ex = s.sections.filter((x) => x.kind === 'excerpt');
    expect(ex).toHaveLength(1);
    const idx = new LineIndex(s.raw);
    const start = idx.locate(s.map.toRaw(ex[0].start));
    expect(start).toEqual({ line: 8, column: 11 });
    expect(rawOf(s, ex[0].start, ex[0].end)).toMatch(/^The Kremlin's refusal comes after 26 dozen countries .* ceasefire\.$/);
  });

  it.each([
    ['000', 'Ukraine - Russia War'],
    ['003', 'Coverage Details'],
    ['003', '50 Articles'],
  ])('%s: boilerplate holds %j and no claim-bearing section does', (id, phrase) => {
    const s = byPrefix(id);
    expect(sectionTexts(s, 'boilerplate').some((t) => t.includes(phrase))).toBe(true);
    expect(s.sections.filter((x) => x.kind !== 'boilerplate').some((x) => s.text.slice(x.start, x.end).includes(phrase))).toBe(false);
  });

  it('002: caption and bare date line are kept out of the body', () => {
    const s = byPrefix('002');
    expect(sectionTexts(s, 'caption')).toHaveLength(1);
    expect(sectionTexts(s, 'body').some((t) => t === 'September 5, 2025')).toBe(false);
    expect(sectionTexts(s, 'excerpt')[0]).toMatch(/^Moscow points to the 2022 Istanbul framework/);
  });

  it('004: the byline is boilerplate, not body', () => {
    const s = byPrefix('004');
    expect(sectionTexts(s, 'boilerplate')).toEqual(['By Tyler Derden – Zerohedge']);
  });

  it.each(['000', '001', '002', '003', '004'])('%s: every section character maps back to the same raw character', (id) => {
    const s = byPrefix(id);
    expect(wellFormed(s)).toBe(true);
    expect(s.sections.length).toBeGreaterThan(2);
    expect(unmappedChars(s)).toEqual([]);
    for (const sec of s.sections) expect(rawOf(s, sec.start, sec.end)).toBe(s.text.slice(sec.start, sec.end));
  });
});
