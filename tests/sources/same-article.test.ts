/**
 * The same article saved as plain text, Markdown with front matter, a saved
 * web page (with navigation, related links, comments and scripts) and a JSON
 * export gives the same claims, each located on the characters that say it.
 */
import * as path from 'node:path';
import { decodeHTML } from 'entities';
import { claimsOf } from '../../src/pipeline';
import { readSources } from '../../src/sources';
import { locateSpan } from '../../src/sources/position';
import type { Claim, Source } from '../../src/types';

const DIR = path.join(__dirname, 'fixtures', 'same-article');
const FORMATS = ['txt', 'md', 'html', 'json'] as const;

function read(ext: string): { source: Source; claims: Claim[] } {
  const { sources, problems } = readSources([`article.${ext}`], { cwd: DIR });
  expect(problems).toEqual([]);
  expect(sources).toHaveLength(1);
  return { source: sources[0], claims: claimsOf(sources) };
}

/** What a claim says, independent of where it sits. */
function said(source: Source, c: Claim): unknown[] {
  const value = 'value' in c ? c.value : undefined;
  const extra = c.kind === 'person' ? [c.name, c.role] : c.kind === 'quote' ? [c.quote, c.speaker] : c.kind === 'date' ? [c.precision, c.weekday] : [];
  return [c.kind, value, 'unit' in c ? c.unit : undefined, source.text.slice(c.span.start, c.span.end), ...extra];
}

/** The raw slice as a reader sees it: entities and JSON escapes decoded. */
function readable(ext: string, raw: string): string {
  if (ext === 'html') return decodeHTML(raw).replace(/\u00a0/g, ' ').replace(/\s+/g, ' ');
  if (ext === 'json') return JSON.parse(`"${raw}"`) as string;
  return raw;
}

describe('the same article in four formats', () => {
  const all = Object.fromEntries(FORMATS.map((f) => [f, read(f)]));

  it('reads the same metadata from each', () => {
    expect(FORMATS.map((f) => [all[f].source.title, all[f].source.published])).toEqual(
      FORMATS.map(() => ['Harbour bridge reopens after repairs', '2025-03-04']),
    );
    expect(all.html.source).toMatchObject({ format: 'html', author: 'Anna Kovacs', outlet: 'Northgate Gazette' });
    expect(all.json.source).toMatchObject({ id: 'article#bridge-reopens', format: 'json', author: 'Anna Kovacs', outlet: 'Northgate Gazette' });
  });

  it('finds a dozen claims of every kind in the plain text', () => {
    const kinds = new Set(all.txt.claims.map((c) => c.kind));
    expect([...kinds].sort()).toEqual(['date', 'duration', 'money', 'percent', 'person', 'quantity', 'quote']);
    expect(all.txt.claims.length).toBeGreaterThanOrEqual(10);
  });

  it.each(['md', 'html', 'json'] as const)('gives the same claims as .%s as the plain text', (ext) => {
    const expected = all.txt.claims.map((c) => said(all.txt.source, c));
    expect(all[ext].claims.map((c) => said(all[ext].source, c))).toEqual(expected);
  });

  it.each(FORMATS)('locates every claim of the .%s file on its own characters', (ext) => {
    const { source, claims } = all[ext];
    for (const c of claims) {
      const loc = locateSpan(source, c.span);
      expect(readable(ext, loc.text)).toBe(source.text.slice(c.span.start, c.span.end));
    }
  });

  it('reports claims at the line and column of each file', () => {
    const where = (ext: string, text: string): string => {
      const { source, claims } = all[ext];
      const c = claims.find((x) => source.text.slice(x.span.start, x.span.end) === text);
      if (!c) return 'missing';
      const loc = locateSpan(source, c.span);
      return `${loc.line}:${loc.column}`;
    };
    expect(FORMATS.map((f) => where(f, '€212 million'))).toEqual(['3:103', '7:105', '32:119', '8:114']);
    expect(FORMATS.map((f) => where(f, '37%'))).toEqual(['9:87', '14:87', '38:98', '8:410']);
  });

  it('leaves out the page furniture of the saved page', () => {
    const text = all.html.source.text;
    for (const furniture of ['Sport', 'Share on', 'Tunnel plan', 'Ferry fares', 'Comments', '250 million', 'staff', 'tracking', '99 people', 'corrections', 'By Anna']) {
      expect(text).not.toContain(furniture);
    }
  });
});
