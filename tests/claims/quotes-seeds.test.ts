/**
 * The seed articles as a whole (one body section each, no parser): the people
 * and quotes a reader would list for them.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { identity } from '../../src/sources/offset-map';
import { splitSentences } from '../../src/claims/sentences';
import { extractPeople } from '../../src/claims/people';
import { extractQuotes } from '../../src/claims/quotes';
import type { ExtractContext, NewClaim, Source } from '../../src/types';

const SEEDS = path.resolve(__dirname, '..', '..', 'seeds');

function claimsOf(file: string): { people: NewClaim[]; quotes: NewClaim[]; text: string } {
  const text = fs.readFileSync(path.join(SEEDS, file), 'utf8');
  const { map } = identity(text);
  const source: Source = { id: file.slice(0, 3), path: file, format: 'plain', raw: text, text, map, sections: [{ kind: 'body', start: 0, end: text.length }] };
  const ctx: ExtractContext = { source, sentences: splitSentences(text), prior: [] };
  const people = extractPeople(ctx);
  return { people, quotes: extractQuotes({ ...ctx, prior: people }), text };
}

function quoteStarting(quotes: NewClaim[], start: string): NewClaim | undefined {
  return quotes.find((q) => q.kind === 'quote' && q.quote.startsWith(start));
}

describe('seed articles', () => {
  it.each<[string, string, string | undefined, boolean]>([
    ['000_c3f9ac733ce9860a.txt', 'definitely', undefined, true],
    ['000_c3f9ac733ce9860a.txt', 'Can Ukraine’s security guarantees', 'Dmitry Peskov', false],
    ['000_c3f9ac733ce9860a.txt', 'needed security guarantees', 'Dmitry Peskov', true],
    ['001_dbee12e2d6df8b2b.txt', "Can Ukraine's security guarantees", 'Dmitry Peskov', false],
    ['001_dbee12e2d6df8b2b.txt', 'unbreakable pledge', 'Keir Starmer', true],
    ['001_dbee12e2d6df8b2b.txt', 'Why are we interested', 'Mark Rutte', false],
    ['001_dbee12e2d6df8b2b.txt', "I think we're going", 'Donald Trump', false],
    ['001_dbee12e2d6df8b2b.txt', 'Coalition of the Willing', undefined, true],
    ['002_9617dbfece6596ca.txt', 'Can Ukraine’s security guarantees', 'Dmitry Peskov', false],
    ['002_9617dbfece6596ca.txt', 'This cannot serve', 'Dmitry Peskov', false],
    ['002_9617dbfece6596ca.txt', 'Your soldiers fought', 'Vladimir Putin', false],
    ['004_e6cac70652575f08.txt', 'Russia is not going to discuss', 'Maria Zakharova', false],
    ['004_e6cac70652575f08.txt', 'We are ready', 'Emmanuel Macron', false],
    ['004_e6cac70652575f08.txt', 'pretty precise plans', 'Ursula von der Leyen', true],
  ])('%s: “%s…” → %s, fragment %s', (file, start, speaker, fragment) => {
    const q = quoteStarting(claimsOf(file).quotes, start);
    expect(q).toMatchObject({ kind: 'quote', fragment });
    expect(q?.kind === 'quote' ? q.speaker : 'none').toBe(speaker);
  });

  it.each<[string, string, string | undefined]>([
    ['000_c3f9ac733ce9860a.txt', 'Dmitry Peskov', 'Kremlin spokesperson'],
    ['001_dbee12e2d6df8b2b.txt', 'Dmitry Peskov', "the Kremlin's spokesperson"],
    ['002_9617dbfece6596ca.txt', 'Dmitry Peskov', 'Kremlin spokesman'],
    ['003_b3af467ae9a6f367.txt', 'Dmitry Peskov', 'Kremlin spokesman'],
    ['001_dbee12e2d6df8b2b.txt', 'Keir Starmer', 'UK Prime Minister'],
    ['001_dbee12e2d6df8b2b.txt', 'Volodymyr Zelensky', undefined],
    ['001_dbee12e2d6df8b2b.txt', 'Kim Jong Un', 'North Korean leader'],
    ['002_9617dbfece6596ca.txt', 'Kim Jong-un', undefined],
    ['004_e6cac70652575f08.txt', 'Ursula von der Leyen', 'European Commission President'],
    ['004_e6cac70652575f08.txt', 'Maria Zakharova', 'Ministry of Foreign Affairs spokeswoman'],
  ])('%s: %s has role %s', (file, name, role) => {
    const full = claimsOf(file).people.find((p) => p.kind === 'person' && p.name === name && p.mention === 'full');
    expect(full).toBeDefined();
    expect(full?.kind === 'person' ? full.role : 'none').toBe(role);
  });

  it('finds no person among places and organisations', () => {
    const names = new Set<string>();
    for (const f of fs.readdirSync(SEEDS)) for (const p of claimsOf(f).people) if (p.kind === 'person') names.add(p.name);
    for (const place of ['Eastern Economic Forum', 'Downing Street', 'Élysée Palace', 'White House', 'European Union', 'North Korea', 'Financial Times']) {
      expect(names).not.toContain(place);
    }
  });

  it('keeps every span inside the text and every quote span equal to its words', () => {
    for (const f of fs.readdirSync(SEEDS)) {
      const { people, quotes, text } = claimsOf(f);
      for (const c of [...people, ...quotes]) {
        expect(c.span.start).toBeGreaterThanOrEqual(c.sentence.start);
        expect(c.span.end).toBeLessThanOrEqual(text.length);
        if (c.kind === 'quote') expect(text.slice(c.span.start, c.span.end)).toBe(c.quote);
      }
    }
  });
});
