/** The word lists the quantity extractor reads: no noun in two classes, no clash with time units or function words. */
import { loadData } from '../../src/rules/data';

interface Units {
  classes: { class: string; nouns: string[] }[];
  timeUnits: string[];
  functionWords: string[];
  modifiers: string[];
}
interface Currencies {
  currencies: { code: string; symbols: string[]; words: string[] }[];
  codes: string[];
}

describe('rules/data for quantities', () => {
  const units = loadData<Units>('units');
  const currencies = loadData<Currencies>('currencies');

  it('puts every noun in one unit class only', () => {
    const seen = new Map<string, string>();
    const clashes: string[] = [];
    for (const c of units.classes) {
      for (const n of c.nouns) {
        if (seen.has(n)) clashes.push(`${n}: ${seen.get(n)} and ${c.class}`);
        seen.set(n, c.class);
      }
    }
    expect(clashes).toEqual([]);
  });

  it('keeps class nouns apart from time units, function words and modifiers', () => {
    const others = new Set([...units.timeUnits, ...units.functionWords, ...units.modifiers]);
    const nouns = units.classes.flatMap((c) => c.nouns);
    expect(nouns.filter((n) => others.has(n))).toEqual([]);
  });

  it('gives each currency sign and word one ISO 4217 code', () => {
    const signs = currencies.currencies.flatMap((c) => c.symbols);
    const words = currencies.currencies.flatMap((c) => c.words);
    expect(signs.length).toBe(new Set(signs).size);
    expect(words.length).toBe(new Set(words).size);
    for (const c of currencies.currencies) expect(currencies.codes).toContain(c.code);
  });
});
