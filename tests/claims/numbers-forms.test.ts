/** parseNumber and parseOrdinal on the written forms beyond plain digits: fractions, signs, groupings, powers, long ordinals. */
import { parseNumber, parseOrdinal } from '../../src/claims/numbers';
import { tokenize } from '../../src/claims/numbers-tokens';

/** The number at the start of `text`: its value and the text it covers. */
function read(text: string): { value: number; text: string } | null {
  const t = tokenize(text);
  const n = parseNumber(t, 0);
  return n ? { value: n.value, text: text.slice(t[n.first].start, t[n.end - 1].end) } : null;
}

describe('parseNumber: words', () => {
  it.each([
    ['twenty-one trillion and three hundred', 21000000000300, 'twenty-one trillion and three hundred'],
    ['two hundred and two thousand', 202000, 'two hundred and two thousand'],
    ['fifty - two', 52, 'fifty - two'],
    ['Three hundred  and  thirty one', 331, 'Three hundred  and  thirty one'],
    ['three lakh crore', 3e12, 'three lakh crore'],
    ['4 thousand 3 hundred and 21 is', 4321, '4 thousand 3 hundred and 21'],
    ['3 hundred and 21 yuan', 321, '3 hundred and 21'],
    ['26 dozen countries', 312, '26 dozen'],
    ['three dozens eggs', 36, 'three dozens'],
    ['three hundred and two dozens', 324, 'three hundred and two dozens'],
    ['half a dozen eggs', 6, 'half a dozen'],
    ['two hundred point zero three', 200.03, 'two hundred point zero three'],
    ['five point five', 5.5, 'five point five'],
    ['nought point eleven', 0.11, 'nought point eleven'],
    ['322 hundred', 32200, '322 hundred'],
    ['five hundreds tvs', 500, 'five hundreds'],
    ['two thousands people', 2000, 'two thousands'],
    ['3 millions of dollars', 3e6, '3 millions'],
  ])('%s → %d', (text, value, covered) => {
    expect(read(text)).toEqual({ value, text: covered });
  });

  it('stops before a figure of its own: "$2 million 2 years ago" is not 2,000,002', () => {
    expect(read('2 million 2 years ago')).toEqual({ value: 2e6, text: '2 million' });
  });
});

describe('parseNumber: fractions', () => {
  it.each([
    ['two thirds of voters', 2 / 3, 'two thirds'],
    ['one-eighth', 0.125, 'one-eighth'],
    ['a fifth of them', 0.2, 'a fifth'],
    ['a hundred trillionths', 1e-10, 'a hundred trillionths'],
    ['one and a half', 1.5, 'one and a half'],
    ['three-and-a-half years', 3.5, 'three-and-a-half'],
    ['forty two and a third', 42 + 1 / 3, 'forty two and a third'],
    ['one hundred and three quarters', 100.75, 'one hundred and three quarters'],
    ['one hundred thirty fifths', 100 / 35, 'one hundred thirty fifths'],
    ['three twenty firsts', 3 / 21, 'three twenty firsts'],
    ['one billion and three quarters', 1.75e9, 'one billion and three quarters'],
    ['two million and one half', 2.5e6, 'two million and one half'],
    ['3 million and a quarter', 3.25e6, '3 million and a quarter'],
    ['two and a half million', 2.5e6, 'two and a half million'],
    ['one billion and a half million', 1000500000, 'one billion and a half million'],
    ['two thirds of a million', 2e6 / 3, 'two thirds of a million'],
    ['half million eggs', 500000, 'half million'],
    ['a quarter million dollars', 250000, 'a quarter million'],
    ['3/4 of the vote', 0.75, '3/4'],
    ['2  1/4 miles', 2.25, '2  1/4'],
    ['2½ hours', 2.5, '2½'],
    ['⅔ majority', 2 / 3, '⅔'],
    ['one over three', 1 / 3, 'one over three'],
    ['one hundred and thirty fifths', 130 / 5, 'one hundred and thirty fifths'],
    ['one hundred and thirty-two fifths', 132 / 5, 'one hundred and thirty-two fifths'],
    ['one hundred and thirty and two fifths', 130.4, 'one hundred and thirty and two fifths'],
    ['one hundred one thousand fifths', 100 / 1005, 'one hundred one thousand fifths'],
    ['two thousand fifths', 400, 'two thousand fifths'],
    ['one hundred thousand fifths', 20000, 'one hundred thousand fifths'],
  ])('%s → %d', (text, value, covered) => {
    const got = read(text);
    expect(got?.text).toBe(covered);
    expect(got?.value).toBeCloseTo(value, 9);
  });

  it.each([
    ['two millionth', 'two'],
    ['the past two quarters', null],
    ['5/17/2018', '5'],
    ['24/7 coverage', '24'],
    ['one second', 'one'],
    ['2000 over 3 years', '2000'],
  ])('%s is no fraction', (text, covered) => {
    const t = tokenize(text);
    const i = text.startsWith('the') ? 3 : 0;
    const n = parseNumber(t, i);
    expect(n === null ? null : text.slice(t[n.first].start, t[n.end - 1].end)).toBe(covered);
  });
});

describe('parseNumber: signs, groupings, abbreviations, powers', () => {
  it.each([
    ['-1', -1, '-1'],
    ['−5 degrees', -5, '−5'],
    ['minus 5', -5, 'minus 5'],
    ['negative one', -1, 'negative one'],
    ['minus five point five', -5.5, 'minus five point five'],
    ['-4/5', -0.8, '-4/5'],
    ['.08', 0.08, '.08'],
    ['1 234 567', 1234567, '1 234 567'],
    ['1 234 567.89 is', 1234567.89, '1 234 567.89'],
    ['12,34,567.89', 1234567.89, '12,34,567.89'],
    ['1,3 is', 1.3, '1,3'],
    ['5,00 euros', 5, '5,00'],
    ['1.111,11 euros', 1111.11, '1.111,11'],
    ['10k', 10000, '10k'],
    ['1.2b', 1.2e9, '1.2b'],
    ['10M.', 1e7, '10M'],
    ['2.33 k', 2330, '2.33 k'],
    ['10 bln or more', 1e10, '10 bln'],
    ['1,674.5 G', 1.6745e12, '1,674.5 G'],
    ['1MM', 1e6, '1MM'],
    ['3 dzs', 36, '3 dzs'],
    ['1.3e6', 1.3e6, '1.3e6'],
    ['12.32e+14', 1.232e15, '12.32e+14'],
    ['1.3x10^6', 1.3e6, '1.3x10^6'],
    ['2.5^-1', 0.4, '2.5^-1'],
  ])('%s → %d', (text, value, covered) => {
    const got = read(text);
    expect(got?.text).toBe(covered);
    expect(got?.value).toBeCloseTo(value, 6);
  });

  it.each([
    ['F-16 jets', 2],
    ['a 3-1 win', 3],
    ['5G networks', 0],
    ['May 5 100 people', 1],
  ])('%s: no sign, no giga, no grouping across a date', (text, i) => {
    const t = tokenize(text);
    const n = parseNumber(t, i);
    expect(n === null || (n.value >= 0 && n.value < 1000)).toBe(true);
  });
});

describe('tokenize: a list of numbers written with commas', () => {
  it.each([
    ['22,24,26,31.', ['22', ',', '24', ',', '26', ',', '31', '.']],
    ['22,240,260,310.', ['22,240,260,310', '.']],
    ['1,3 and 5,10', ['1,3', 'and', '5,10']],
    ['1,000,00 dollars', ['1,000,00', 'dollars']],
  ])('%s', (text, tokens) => {
    expect(tokenize(text).map((k) => k.text)).toEqual(tokens);
  });

  it('keeps the offsets of each number of the list', () => {
    const t = tokenize('nrs. 22,24,6');
    expect(t.slice(2).map((k) => [k.text, k.start, k.end, k.gap])).toEqual([['22', 5, 7, true], [',', 7, 8, false], ['24', 8, 10, false], [',', 10, 11, false], ['6', 11, 12, false]]);
  });
});

describe('parseOrdinal: ordinals of any length', () => {
  it.each([
    ['one hundred twenty fifth', 125],
    ['one hundred twenty-fifth', 125],
    ['twenty-one trillion and three hundred twenty second', 21000000000322],
    ['two hundredth', 200],
    ['three trillionth', 3e12],
    ['a hundred trillionth', 1e14],
    ['trillionth', 1e12],
    ['Nineth', 9],
    ['twenty-first', 21],
    ['101st', 101],
  ])('%s → %d', (text, value) => {
    expect(parseOrdinal(text)).toBe(value);
  });

  it.each(['one second', 'the first', 'first half', 'twenty seconds', 'two hundred'])('%s is no ordinal', (text) => {
    expect(parseOrdinal(text)).toBeNull();
  });
});
