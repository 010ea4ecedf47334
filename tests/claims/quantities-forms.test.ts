/** The quantity extractor on the forms the issue lists: known false readings first, then bounds, ranges, percent and money forms. */
import { quantitiesOf, type Row } from './quantities-helper';

type Expect = Partial<Row> & { text: string };

/** The claims of `sentence`, keeping only the fields each expectation names. */
function check(sentence: string, expected: Expect[]): void {
  const got = quantitiesOf(sentence);
  expect(got).toHaveLength(expected.length);
  expected.forEach((e, k) => {
    const g = got[k] as unknown as Record<string, unknown>;
    for (const [key, v] of Object.entries(e)) {
      if (typeof v === 'number') expect(g[key]).toBeCloseTo(v, 6);
      else expect(g[key]).toEqual(v);
    }
  });
}

describe('known false readings', () => {
  it.each<[string, Expect[]]>([
    ['Mr. Bowder said the C$ 300 million charge hit earnings.', [{ text: 'C$ 300 million', kind: 'money', unit: 'CAD', value: 3e8 }]],
    ['Toy exports fell to hk $ 10.05 billion.', [{ text: 'hk $ 10.05 billion', unit: 'HKD', value: 1.005e10 }]],
    ['The miner raised A$50 million and AUD$ 15 more.', [{ text: 'A$50 million', unit: 'AUD', value: 5e7 }, { text: 'AUD$ 15', unit: 'AUD', value: 15 }]],
    ['Sell Mex$ 10 million forward.', [{ text: 'Mex$ 10 million', unit: 'MXN', value: 1e7 }]],
    ['It paid NZ$5, S$7 and R$9.', [{ text: 'NZ$5', unit: 'NZD' }, { text: 'S$7', unit: 'SGD' }, { text: 'R$9', unit: 'BRL' }]],
    ['Tickets cost a $5 fee, and it\'s $7 at the door.', [{ text: '$5', unit: 'USD', value: 5 }, { text: '$7', unit: 'USD', value: 7 }]],
    ['The stake is worth one billion and three quarters.', [{ text: 'one billion and three quarters', value: 1.75e9 }]],
    ['They have two million and one half.', [{ text: 'two million and one half', value: 2.5e6 }]],
    ['The rate was .08, down from .1.', [{ text: '.08', value: 0.08, unit: 'count' }, { text: '.1', value: 0.1 }]],
    ['He scores between negative ten and fifteen.', [{ text: 'between negative ten and fifteen', min: -10, max: 15 }]],
    ['See https://www.test.com/search?q=30%25%2020% for more.', []],
    ['Temperatures fell to -1 and then minus 5.', [{ text: '-1', value: -1 }, { text: 'minus 5', value: -5 }]],
  ])('%s', (sentence, expected) => check(sentence, expected));
});

describe('numbers written with commas and stops', () => {
  it.each<[string, Expect[]]>([
    ['Inflation hit 1,5 percent.', [{ text: '1,5 percent', kind: 'percent', value: 1.5 }]],
    ['The bill came to 1.111,11 euros.', [{ text: '1.111,11 euros', kind: 'money', unit: 'EUR', value: 1111.11 }]],
    ['Exercises nrs. 22,24,26,31.', [{ text: '22', value: 22 }, { text: '24', value: 24 }, { text: '26', value: 26 }, { text: '31', value: 31 }]],
    ['Exercise nr. 22,240,260,310.', [{ text: '22,240,260,310', value: 22240260310 }]],
    ['The total was 192.', [{ text: '192', value: 192 }]],
    ['1. Troops left. 2. More came.', []],
  ])('%s', (sentence, expected) => check(sentence, expected));
});

describe('news language', () => {
  it.each<[string, Expect[]]>([
    ['Delegates from 26 dozen countries came.', [{ text: '26 dozen countries', value: 312, unit: 'country', multiplier: 'dozen' }]],
    ['Two dozen people were killed.', [{ text: 'Two dozen people', value: 24, unit: 'person' }]],
    ['Hundreds of thousands fled.', [{ text: 'Hundreds of thousands', min: 200000, qualifier: 'vague' }]],
    ['Support stands at 47-48%.', [{ text: '47-48%', kind: 'percent', min: 47, max: 48 }]],
    ['At least 30 people died.', [{ text: 'At least 30 people', min: 30, qualifier: 'at-least' }]],
    ['Nearly 50 were hurt.', [{ text: 'Nearly 50', max: 50, qualifier: 'nearly' }]],
    ['It costs €1.1bn (£954m; $1.3bn).', [{ text: '€1.1bn', unit: 'EUR', value: 1.1e9 }, { text: '£954m', unit: 'GBP', value: 9.54e8 }, { text: '$1.3bn', unit: 'USD', value: 1.3e9 }]],
    ['The 27-member European Union agreed.', [{ text: '27-member European Union', unit: 'member', holder: 'European Union' }]],
    ['Gunmen opened fire, killing three.', [{ text: 'three', value: 3, unit: 'count' }]],
    ['One of them said no one knew.', []],
    ['More than half of members voted.', [{ text: 'More than half', value: 0.5, min: 0.5, qualifier: 'more-than' }]],
    ['The toll rose from 30 to 40.', [{ text: '30', value: 30 }, { text: '40', value: 40 }]],
  ])('%s', (sentence, expected) => check(sentence, expected));
});

describe('bounds and ranges', () => {
  it.each<[string, Expect[]]>([
    ['This number is larger than twenty and less or equal than thirty five.', [{ text: 'larger than twenty and less or equal than thirty five', min: 20, max: 35 }]],
    ['More than 40 and less than 10 are two ranges.', [{ text: 'More than 40', min: 40 }, { text: 'less than 10', max: 10 }, { text: 'two ranges', value: 2 }]],
    ['His score is 200 or greater.', [{ text: '200 or greater', min: 200, qualifier: 'at-least' }]],
    ['About five hundred or more were sold.', [{ text: 'About five hundred or more', min: 500, qualifier: 'at-least' }]],
    ['Find primes less than or equal to 100.', [{ text: 'less than or equal to 100', max: 100, qualifier: 'at-most' }]],
    ['His score is at least or equal to 30.', [{ text: 'at least or equal to 30', min: 30 }]],
    ['It holds when x>10 and y<= -30.', [{ text: '>10', min: 10, qualifier: 'more-than' }, { text: '<= -30', max: -30, qualifier: 'at-most' }]],
    ['Nothing here: <>30 and =>30.', []],
    ['The range is 1000 - 5000.', [{ text: '1000 - 5000', min: 1000, max: 5000 }]],
    ['The range is 20 through 100 or 20~100.', [{ text: '20 through 100', min: 20, max: 100 }, { text: '20~100', min: 20, max: 100 }]],
    ['The range is from one thousand to one thousand five hundred.', [{ text: 'from one thousand to one thousand five hundred', min: 1000, max: 1500 }]],
    ['Fighting raged from 2014 to 2022.', []],
    ['Two or three people and 10 or 12 soldiers died, in 2019 or 2020.', [{ text: 'Two or three people', min: 2, max: 3, unit: 'person' }, { text: '10 or 12 soldiers', min: 10, max: 12, unit: 'soldier' }]],
    ['They could choose 5 or 50.', [{ text: '5', value: 5 }, { text: '50', value: 50 }]],
  ])('%s', (sentence, expected) => check(sentence, expected));
});

describe('percent and money forms', () => {
  it.each<[string, Expect[]]>([
    ['Turnout was 100 percentage.', [{ text: '100 percentage', kind: 'percent', value: 100 }]],
    ['It is per cent of twenty-two.', [{ text: 'per cent of twenty-two', kind: 'percent', value: 22 }]],
    ['It fell minus five percent.', [{ text: 'minus five percent', value: -5 }]],
    ['It only cost 3 dollars 50 cents.', [{ text: '3 dollars 50 cents', unit: 'USD', value: 3.5 }]],
    ['Shares rose 50 cents.', [{ text: '50 cents', unit: 'USD', value: 0.5 }]],
    ['Shares closed at 197 pence.', [{ text: '197 pence', unit: 'GBP', value: 1.97 }]],
    ['A 12-cent dividend.', [{ text: '12-cent', unit: 'USD', value: 0.12 }]],
    ['It cost 115USD, rmb 10 and 10 rmb.', [{ text: '115USD', unit: 'USD', value: 115 }, { text: 'rmb 10', unit: 'CNY' }, { text: '10 rmb', unit: 'CNY' }]],
    ['They lost 75 USD million.', [{ text: '75 USD million', unit: 'USD', value: 7.5e7 }]],
    ['Revenue of about MAUD 60 and 30 MUSD.', [{ text: 'about MAUD 60', unit: 'AUD', value: 6e7 }, { text: '30 MUSD', unit: 'USD', value: 3e7 }]],
    ['A deal for 420 million finnish markka and 528 million francs.', [{ text: '420 million finnish markka', unit: 'FIM' }, { text: '528 million francs', unit: 'CHF' }]],
    ['Bids of 6.65 billion pesetas, 250 million dutch guilders and 5 million Deutsche marks.', [{ unit: 'ESP', text: '6.65 billion pesetas' }, { unit: 'NLG', text: '250 million dutch guilders' }, { unit: 'DEM', text: '5 million Deutsche marks' }]],
    ['It costs half million usd.', [{ text: 'half million usd', unit: 'USD', value: 5e5 }]],
    ['Each block pays 6.25 BTC, or 625000000 satoshis; supply: ₿21,000,000.', [{ text: '6.25 BTC', unit: 'BTC', value: 6.25 }, { text: '625000000 satoshis', unit: 'BTC', value: 6.25 }, { text: '₿21,000,000', unit: 'BTC' }]],
    ['It is 100元 or 100 ₡.', [{ text: '100元', unit: 'CNY' }, { text: '100 ₡', unit: 'CRC' }]],
    ['She paid 12,34,567.89 rupees.', [{ text: '12,34,567.89 rupees', unit: 'INR', value: 1234567.89 }]],
  ])('%s', (sentence, expected) => check(sentence, expected));
});
