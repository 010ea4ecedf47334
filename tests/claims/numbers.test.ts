import { parseDigits, parseNumber, parseOrdinal, wordValue } from '../../src/claims/numbers';
import { tokenize } from '../../src/claims/numbers-tokens';

/** Parse the number at the start of `text`: its value, multiplier, and the text it covers. */
function readNumber(text: string): { value: number; text: string; multiplier?: string; vague: boolean; max?: number } | null {
  const t = tokenize(text);
  const n = parseNumber(t, 0);
  if (!n) return null;
  const out: { value: number; text: string; multiplier?: string; vague: boolean; max?: number } = {
    value: n.value,
    text: text.slice(t[n.first].start, t[n.end - 1].end),
    vague: n.vague,
  };
  if (n.multiplier) out.multiplier = n.multiplier;
  if (n.max !== undefined) out.max = n.max;
  return out;
}

describe('parseNumber: numbers as news writes them', () => {
  it.each([
    ['26 nations', { value: 26, text: '26', vague: false }],
    ['3,000 troops', { value: 3000, text: '3,000', vague: false }],
    ['1,250,000 people', { value: 1250000, text: '1,250,000', vague: false }],
    ['1.5 million people', { value: 1500000, text: '1.5 million', multiplier: 'million', vague: false }],
    ['5m barrels', { value: 5000000, text: '5m', multiplier: 'm', vague: false }],
    ['1.1bn in sales', { value: 1100000000, text: '1.1bn', multiplier: 'bn', vague: false }],
    ['954m;', { value: 954000000, text: '954m', multiplier: 'm', vague: false }],
    ['3.2k views', { value: 3200, text: '3.2k', multiplier: 'k', vague: false }],
    ['2 trillion', { value: 2e12, text: '2 trillion', multiplier: 'trillion', vague: false }],
    ['twenty-six nations', { value: 26, text: 'twenty-six', vague: false }],
    ['Twenty six nations', { value: 26, text: 'Twenty six', vague: false }],
    ['one hundred and five people', { value: 105, text: 'one hundred and five', vague: false }],
    ['two thousand and five', { value: 2005, text: 'two thousand and five', vague: false }],
    ['three hundred thousand', { value: 300000, text: 'three hundred thousand', multiplier: 'thousand', vague: false }],
    ['two million people', { value: 2000000, text: 'two million', multiplier: 'million', vague: false }],
    ['a dozen countries', { value: 12, text: 'a dozen', multiplier: 'dozen', vague: false }],
    ['two dozen countries', { value: 24, text: 'two dozen', multiplier: 'dozen', vague: false }],
    ['26 dozen countries', { value: 312, text: '26 dozen', multiplier: 'dozen', vague: false }],
    ['a hundred people', { value: 100, text: 'a hundred', multiplier: 'hundred', vague: false }],
    ['a score of people', { value: 20, text: 'a score', multiplier: 'score', vague: false }],
    ['three-and-a-half years', { value: 3.5, text: 'three-and-a-half', vague: false }],
    ['two and a half million', { value: 2500000, text: 'two and a half million', multiplier: 'million', vague: false }],
    ['half a million people', { value: 500000, text: 'half a million', multiplier: 'million', vague: false }],
    ['half a dozen', { value: 6, text: 'half a dozen', multiplier: 'dozen', vague: false }],
    ['Rs 50 crore', null],
    ['50 crore', { value: 500000000, text: '50 crore', multiplier: 'crore', vague: false }],
    ['dozens of people', { value: 24, text: 'dozens', vague: true }],
    ['thousands of refugees', { value: 2000, text: 'thousands', vague: true }],
    ['hundreds of thousands without power', { value: 200000, text: 'hundreds of thousands', vague: true }],
    ['tens of thousands of people', { value: 20000, text: 'tens of thousands', vague: true }],
    ['a handful of officials', { value: 2, max: 6, text: 'a handful', vague: true }],
  ])('%s', (text, expected) => {
    expect(readNumber(text)).toEqual(expected);
  });

  it.each([
    ['a few people', null],
    ['a score to settle', null],
    ['the countries', null],
    ['tens', null],
    ['five six', { value: 5, text: 'five', vague: false }],
    ['one-third of voters', { value: 1 / 3, text: 'one-third', vague: false }],
    ['one and two', { value: 1, text: 'one', vague: false }],
  ])('%j is no longer number than it says', (text, expected) => {
    expect(readNumber(text)).toEqual(expected);
  });

  it('stops at a list of numbers written with commas', () => {
    expect(parseDigits('5,10,15')).toBeNull();
    expect(parseDigits('1.2.3')).toBeNull();
    expect(parseDigits('3,000.5')).toBe(3000.5);
  });

  it('reads one comma before one or two digits as a decimal comma, and continental grouping', () => {
    expect(parseDigits('1,3')).toBe(1.3);
    expect(parseDigits('5,00')).toBe(5);
    expect(parseDigits('1.111,11')).toBe(1111.11);
    expect(parseDigits('1,234')).toBe(1234);
  });
});

describe('parseOrdinal', () => {
  it.each([
    ['third', 3],
    ['21st', 21],
    ['2nd', 2],
    ['twenty-first', 21],
    ['Fifth', 5],
    ['hundredth', 100],
    ['three', null],
    ['21', null],
  ])('%s → %p', (word, expected) => {
    expect(parseOrdinal(word)).toBe(expected);
  });
});

describe('tokenize', () => {
  it('keeps offsets into the whole text and marks white space before a token', () => {
    const text = 'x €1.1bn (£954m)';
    const t = tokenize(text, 2);
    expect(t.map((k) => [k.text, k.type, k.gap])).toEqual([
      ['€', 'sym', false],
      ['1.1', 'num', false],
      ['bn', 'word', false],
      ['(', 'sym', true],
      ['£', 'sym', false],
      ['954', 'num', false],
      ['m', 'word', false],
      [')', 'sym', false],
    ]);
    for (const k of t) expect(text.slice(k.start, k.end)).toBe(k.text);
  });

  it.each([
    // digits joined by one dot or comma; a second stop or a trailing one is a token of its own
    ['1,234.5 and 3.', ['1,234.5', 'and', '3', '.']],
    ['1..2', ['1', '.', '.', '2']],
    // letters of Latin-1 and Latin Extended-B are word letters, one inner apostrophe joins two words
    ["Kyiv's O’Neill can't rock'n'roll", ["Kyiv's", 'O’Neill', "can't", "rock'n", "'", 'roll']],
    ['Zürich Ștefan', ['Zürich', 'Ștefan']],
    // anything else is one code unit: Greek, an astral symbol's two halves, a non-breaking space between
    ['Σ3\u00a0km 😀', ['Σ', '3', 'km', '\ud83d', '\ude00']],
  ])('splits %j into its tokens', (text, tokens) => {
    const t = tokenize(text);
    expect(t.map((k) => k.text)).toEqual(tokens);
    for (const k of t) expect(text.slice(k.start, k.end)).toBe(k.text);
  });

  it('lower-cases words and symbols, and cuts a token running past the end of the range', () => {
    const text = 'ÉTÉ Σ 3.25 AGO';
    expect(tokenize(text).map((k) => [k.lower, k.type])).toEqual([
      ['été', 'word'],
      ['σ', 'sym'],
      ['3.25', 'num'],
      ['ago', 'word'],
    ]);
    // "3.25" cut after "3.2" is one token, as the whole text has it; "AGO" cut after "A"
    expect(tokenize(text, 6, 9).map((k) => [k.text, k.start, k.end])).toEqual([['3.2', 6, 9]]);
    expect(tokenize(text, 8, 12).map((k) => [k.text, k.start, k.end])).toEqual([
      ['25', 8, 10],
      ['A', 11, 12],
    ]);
  });

  it('reads word values of cardinals and multipliers', () => {
    expect(wordValue('Seventeen')).toBe(17);
    expect(wordValue('dozen')).toBe(12);
    expect(wordValue('million')).toBe(1e6);
    expect(wordValue('many')).toBeUndefined();
  });
});
