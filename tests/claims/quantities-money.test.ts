/** Money and percentages: a sentence in, the claims out, with ISO 4217 codes and exact text. */
import { quantitiesOf, type Row } from './quantities-helper';

const money = (text: string, unit: string, fields: Partial<Row> = {}): Row => ({ text, kind: 'money', unit, qualifier: 'exact', ...fields });
const pct = (text: string, fields: Partial<Row> = {}): Row => ({ text, kind: 'percent', unit: 'percent', qualifier: 'exact', ...fields });

describe('extractQuantities: money', () => {
  it.each<[string, Row[]]>([
    // seed 001
    [
      'A White House official pointed out that Russia had received €1.1bn (£954m; $1.3bn) in fuel sales from the EU in one year, although the true figure is far higher.',
      [
        money('€1.1bn', 'EUR', { value: 1.1e9, multiplier: 'bn' }),
        money('£954m', 'GBP', { value: 9.54e8, multiplier: 'm' }),
        money('$1.3bn', 'USD', { value: 1.3e9, multiplier: 'bn' }),
      ],
    ],
    ['The deal is worth $280 million.', [money('$280 million', 'USD', { value: 2.8e8, multiplier: 'million' })]],
    ['Kyiv got USD34.6 million, or 34.6 million US dollars.', [
      money('USD34.6 million', 'USD', { value: 3.46e7, multiplier: 'million' }),
      money('34.6 million US dollars', 'USD', { value: 3.46e7, multiplier: 'million', noun: 'US dollars' }),
    ]],
    ['A ticket costs £5, or 5 euros.', [money('£5', 'GBP', { value: 5 }), money('5 euros', 'EUR', { value: 5, noun: 'euros' })]],
    ['The scheme costs Rs 50 crore.', [money('Rs 50 crore', 'INR', { value: 5e8, multiplier: 'crore' })]],
    ['Fees of US$5, A$10, HK$ 20 and C$3.5bn.', [
      money('US$5', 'USD', { value: 5 }),
      money('A$10', 'AUD', { value: 10 }),
      money('HK$ 20', 'HKD', { value: 20 }),
      money('C$3.5bn', 'CAD', { value: 3.5e9, multiplier: 'bn' }),
    ]],
    ['Sales reached 5 EUR, then 2 billion roubles.', [
      money('5 EUR', 'EUR', { value: 5, noun: 'EUR' }),
      money('2 billion roubles', 'RUB', { value: 2e9, multiplier: 'billion', noun: 'roubles' }),
    ]],
    ['Aid of more than €2bn arrived.', [money('more than €2bn', 'EUR', { value: 2e9, min: 2e9, multiplier: 'bn', qualifier: 'more-than' })]],
    ['It will cost between $30m and $40m, or €1-2bn.', [
      money('between $30m and $40m', 'USD', { min: 3e7, max: 4e7, multiplier: 'm' }),
      money('€1-2bn', 'EUR', { min: 1e9, max: 2e9, multiplier: 'bn' }),
    ]],
    ['Hundreds of millions of dollars were lost.', [money('Hundreds of millions of dollars', 'USD', { min: 2e8, noun: 'dollars', qualifier: 'vague' })]],
    ['They will try 5 times.', [q5()]],
    ['Tickets cost 100 € in Paris and 500₽ in Moscow.', [money('100 €', 'EUR', { value: 100 }), money('500₽', 'RUB', { value: 500 })]],
    ['The fund is worth 300 billion euros ($350bn).', [
      money('300 billion euros', 'EUR', { value: 3e11, multiplier: 'billion', noun: 'euros' }),
      money('$350bn', 'USD', { value: 3.5e11, multiplier: 'bn' }),
    ]],
    // a change, not a range: the two ends are in different units
    ['Shares fell 5% to $12.50, wiping $2bn off its value.', [
      { text: '5%', kind: 'percent', unit: 'percent', qualifier: 'exact', value: 5 },
      money('$12.50', 'USD', { value: 12.5 }),
      money('$2bn', 'USD', { value: 2e9, multiplier: 'bn' }),
    ]],
  ])('%s', (sentence, expected) => {
    expect(quantitiesOf(sentence)).toEqual(expected);
  });
});

/** "try" is a currency code only in capitals. */
function q5(): Row {
  return { text: '5 times', kind: 'quantity', unit: 'time', qualifier: 'exact', value: 5, noun: 'times' };
}

describe('extractQuantities: percentages', () => {
  it.each<[string, Row[]]>([
    // seed 004: the bound applies to the stated range, which is kept as written
    [
      'He painted a picture of his troops having the clear battlefield momentum and upper-hand, describing that “Ukrainian combat-ready units are staffed at no more than 47-48%,” in a speech.',
      [pct('no more than 47-48%', { min: 47, max: 48, qualifier: 'at-most' })],
    ],
    ['The survey found 55% said yes.', [pct('55%', { value: 55 })]],
    ['Some 55 per cent said no and 55 percent shrugged.', [pct('Some 55 per cent', { value: 55, qualifier: 'about' }), pct('55 percent', { value: 55 })]],
    ['Inflation hit 2.5 per cent, up 0.5 percentage points.', [
      pct('2.5 per cent', { value: 2.5 }),
      { text: '0.5 percentage points', kind: 'percent', unit: 'percentage-point', qualifier: 'exact', value: 0.5 },
    ]],
    ['Support was 47% to 48%.', [pct('47% to 48%', { min: 47, max: 48 })]],
    ['Only 1 in 4 voters agreed.', [pct('1 in 4 voters', { value: 25, noun: 'voters' })]],
    ['Prices rose from 30 to 40 percent.', [pct('30', { value: 30 }), pct('40 percent', { value: 40 })]],
    ['One in five Ukrainians agreed, and nine out of ten Russians.', [
      pct('One in five Ukrainians', { value: 20, noun: 'Ukrainians' }),
      pct('nine out of ten Russians', { value: 90, noun: 'Russians' }),
    ]],
  ])('%s', (sentence, expected) => {
    expect(quantitiesOf(sentence)).toEqual(expected);
  });
});
