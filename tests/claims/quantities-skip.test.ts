/**
 * Numbers that are no quantity claim: years, dates, times, ordinals, names and
 * identifiers, and durations (the durations extractor reads those).
 */
import { quantitiesOf } from './quantities-helper';

describe('extractQuantities: what is not counted', () => {
  it.each([
    // seeds
    'The bloc has set a target of ending all gas and oil imports by the end of 2027.',
    'Peskov said Ukraine’s “needed security guarantees” were already contained in the agreements drafted at the 2022 Istanbul talks.',
    "More than three-and-a-half years after Russia's full-scale invasion of Ukraine, Putin said this week there was light.",
    'Peskov stated that communication is ongoing following their most recent 40-minute meeting in Istanbul on July 23.',
    'On August 27, 2025, Kremlin spokesman Dmitry Peskov stated Russia opposes European security guarantee proposals.',
    'There is little indication the war — now in its third year following Russia’s February 2022 offensive— is nearing resolution.',
    'September 05, 2025',
    // our own
    'They met on 23 July, on 5 September and on the 5th of May.',
    'In 2022 troops left, and from 2014 to 2022 nothing changed in the 2022-23 season.',
    'The talks began at 3 pm, resumed at 10:30 and ended at 10 a.m. or 0900 GMT.',
    'The G7, the COVID-19 response, F-16 jets, Su-35 fighters and flight MH17.',
    'Article 5 of the treaty, Boeing 737 jets, No. 10 and #1 and Windows 11.',
    'The 1990s saw 5G and 3D in the 21st century, for the third time.',
    'He spent two days, 40 minutes and five years there; she is 45 years old and a four-year-old girl.',
    'A two-day summit, a five-star hotel, a one-sided deal.',
    'The score was 3-1.',
    'The 100m sprint.',
    'No one knows, and one of them left; one idea survived.',
    'A few people and several officials came.',
    '1. Troops would stay (2) behind.',
  ])('%s', (sentence) => {
    expect(quantitiesOf(sentence)).toEqual([]);
  });
});
