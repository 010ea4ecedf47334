/**
 * Markup stripping against generated documents: seed prose with emphasis,
 * links, code and images sprinkled in, wrapped at random, quoted and listed.
 * The plain text must be the prose again, and every character of it that is
 * not a joining space must map to the same character in the file.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { markdownParser } from '../../src/sources/markdown';
import { parseWith, sectionTexts } from './contract';

const seed = fs.readFileSync(path.resolve(__dirname, '../../seeds/001_dbee12e2d6df8b2b.txt'), 'utf8');
const paragraphs = seed.split(/\n---\n/)[1].split(/\n\s*\n/).map((p) => p.trim()).filter(Boolean);

/** A small deterministic generator (mulberry32), so failures reproduce. */
function rng(seedValue: number): () => number {
  let a = seedValue;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function markup(words: string[], r: () => number): string {
  const out = words.map((w) => {
    const x = r();
    if (x < 0.08) return `**${w}**`;
    if (x < 0.14) return `_${w}_`;
    if (x < 0.2) return `[${w}](https://example.com/${Math.floor(r() * 100)} "t")`;
    if (x < 0.24) return `\`${w}\``;
    if (x < 0.27) return `${w} ![photo](img.png)`;
    if (x < 0.3) return `${w}<!-- note -->`;
    return w;
  });
  // wrap at random spaces
  return out.map((w, i) => (i > 0 ? (r() < 0.1 ? '\n' : ' ') : '') + w).join('');
}

describe('markdown stripping over generated documents', () => {
  it.each([1, 2, 3, 4, 5, 6, 7, 8])('document %i', (n) => {
    const r = rng(n);
    const chosen = paragraphs.filter(() => r() < 0.5).slice(0, 8);
    const blocks = chosen.map((p) => {
      const body = markup(p.split(/\s+/), r);
      const x = r();
      if (x < 0.2) return body.split('\n').map((l) => `> ${l}`).join('\n');
      if (x < 0.4) return `- ${body.replace(/\n/g, '\n  ')}`;
      return body;
    });
    const doc = `---\ntitle: "Generated ${n}"\n---\n\n${blocks.join('\n\n')}\n`;
    const s = parseWith(markdownParser, doc);
    expect(sectionTexts(s, 'body')).toEqual(chosen.map((p) => p.split(/\s+/).join(' ')));
    expect(chosen.length).toBeGreaterThan(0);
    expect(doc).toMatch(/\*\*|\]\(/);
    const moved: number[] = [];
    for (const sec of s.sections) {
      for (let i = sec.start; i < sec.end; i++) if (s.text[i] !== ' ' && doc[s.map.toRaw(i)] !== s.text[i]) moved.push(i);
    }
    expect(moved).toEqual([]);
  });
});
