import { scanWords } from '../../src/align/scan';
import { cosine, Idf, SpreadBag, Vocabulary, weightedCosine } from '../../src/align/similarity';
import { isSpeechKey, KeyNumbers, tokenize, wordKey } from '../../src/align/words';

const PATTERN = /[\p{L}\p{N}]+(?:[’'.-][\p{L}\p{N}]+)*/gu;

function byPattern(text: string, from: number, to: number): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  const slice = text.slice(from, to);
  PATTERN.lastIndex = 0;
  for (let m = PATTERN.exec(slice); m; m = PATTERN.exec(slice)) out.push([from + m.index, from + m.index + m[0].length]);
  return out;
}

function byScan(text: string, from: number, to: number): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  scanWords(text, from, to, (a, b) => {
    out.push([a, b]);
  });
  return out;
}

describe('words for alignment', () => {
  it('finds the words the word pattern finds, joiners, accents, scripts and cut ranges included', () => {
    const texts = [
      "Kim Jong-un's U.S. visit — “it’s over”, said O'Neill at 3.5% of €1,2bn.",
      'Café Zürich: naïve résumé; 東京 2025年 ٣٤ ²³ Ⅻ ǅemal',
      'end.Next -lead trail- a--b a..b x’ ’y 😀 𝐀𝐁 \ud835 lone',
      'e\u0301te\u0301 co-op-ed 4-3 no.',
    ];
    for (const t of texts) {
      for (let from = 0; from <= t.length; from += 3) {
        for (let to = from; to <= t.length; to += 5) {
          const spans = byPattern(t, from, to);
          expect(byScan(t, from, to)).toEqual(spans);
          // tokens come from the word table's own scan, which hashes each word as it finds it
          const tokens = tokenize(t, from, to);
          expect(tokens.map((w) => [w.start, w.end])).toEqual(spans);
          expect(tokens.map((w) => w.lower)).toEqual(spans.map(([a, b]) => t.slice(a, b).toLowerCase()));
        }
      }
    }
  });

  it('gives every word, however cased and however often met, the key of its lower-cased form', () => {
    const words = ['Pledged', 'PLEDGED', 'pledged', 'Kyiv', 'KYIV', 'Zürich', 'ZÜRICH', 'Éric', "O'Neill", 'U.S'];
    // enough distinct words to make the table of known words grow
    for (let i = 0; i < 5000; i++) words.push(`Word${i}x`, `WORD${i}X`);
    const text = words.join(' ');
    for (let round = 0; round < 2; round++) {
      const tokens = tokenize(text, 0, text.length);
      expect(tokens.map((t) => t.lower)).toEqual(words.map((w) => w.toLowerCase()));
      expect(tokens.map((t) => t.key)).toEqual(words.map((w) => wordKey(w.toLowerCase())));
    }
  });

  it('numbers every word by its key, asked once per known word, while the table of known words grows', () => {
    const words: string[] = [];
    for (let i = 0; i < 6000; i++) words.push(`Numbered${i}y`, 'pledged', `NUMBERED${i}Y`, 'a');
    const text = words.join(' ');
    const ids = new Map<string, number>();
    const asked: string[] = [];
    const numbers = new KeyNumbers((key) => {
      asked.push(key);
      if (key.length < 3) return -1;
      if (!ids.has(key)) ids.set(key, ids.size);
      return ids.get(key) as number;
    });
    for (let round = 0; round < 2; round++) {
      const got: number[] = [];
      numbers.scan(text, 0, text.length, (n) => {
        got.push(n);
      });
      expect(got).toEqual(words.map((w) => (wordKey(w.toLowerCase()).length < 3 ? -1 : (ids.get(wordKey(w.toLowerCase())) as number))));
    }
    // far fewer questions than words: a word's number is remembered until the table moves it
    expect(asked.length).toBeLessThan(words.length);
  });

  it('keys words by stem and concept, and knows verbs of saying in every form', () => {
    const [pledged, committed] = tokenize('pledged committed', 0, 17);
    expect(pledged.key).toBe(committed.key);
    expect(isSpeechKey('announc')).toBe(true);
    expect(isSpeechKey('announc')).toBe(true);
    expect(isSpeechKey('launch')).toBe(false);
  });

  it('weighs bags once for cosines that are the same numbers as word by word', () => {
    const bags = [
      new Map([['summit', 1], ['countri', 0.8], ['pledge', 3]]),
      new Map([['pledge', 2.5], ['summit', 0.4], ['lisbon', 1]]),
      new Map([['flood', 1]]),
      new Map<string, number>(),
    ];
    const idf = new Idf();
    for (const b of bags) idf.add(b);
    const vocabulary = new Vocabulary();
    const weighted = bags.map((b) => vocabulary.weigh(b, idf));
    const plain = bags.map((b) => vocabulary.weighNumbers(Int32Array.from([...b.keys()], (k) => vocabulary.idOf(k)), Float64Array.from(b.values())));
    for (let i = 0; i < bags.length; i++) {
      for (let j = 0; j < bags.length; j++) {
        expect(weightedCosine(weighted[i], weighted[j])).toBe(cosine(bags[i], bags[j], idf));
        expect(weightedCosine(plain[i], plain[j])).toBe(cosine(bags[i], bags[j]));
      }
    }
    expect(weightedCosine(weighted[0], weighted[2])).toBe(0);
    // one bag spread for its cosines with the others, as the first of a pair or the second
    const spread = new SpreadBag(vocabulary.size);
    for (let i = 0; i < bags.length; i++) {
      spread.spread(weighted[i]);
      for (let j = 0; j < bags.length; j++) {
        expect(spread.cosineWith(weighted[j])).toBe(cosine(bags[i], bags[j], idf));
        expect(spread.cosineOf(weighted[j])).toBe(cosine(bags[j], bags[i], idf));
      }
    }
  });
});
