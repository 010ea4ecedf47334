import { addDays, addMonths, compareIso, daysBetween, isoWeekMonday, parseIsoDay, resolveWeekday, toIso, weekdayOf } from '../../src/claims/calendar';
import { tenseAround } from '../../src/claims/tense';
import { findStatedDates } from '../../src/claims/chrono';

describe('calendar arithmetic', () => {
  test.each([
    ['2025-09-05', -1, '2025-09-04'],
    ['2025-03-01', -1, '2025-02-28'],
    ['2024-03-01', -1, '2024-02-29'],
    ['2025-12-31', 1, '2026-01-01'],
    ['2025-09-05', 30, '2025-10-05'],
  ])('%s plus %d days is %s', (iso, n, expected) => {
    expect(addDays(iso, n)).toBe(expected);
  });

  test.each([
    ['2025-09-05', -1, '2025-08'],
    ['2025-01-15', -1, '2024-12'],
    ['2025-12', 1, '2026-01'],
    ['2025-09', -21, '2023-12'],
  ])('%s plus %d months is %s', (iso, n, expected) => {
    expect(addMonths(iso, n)).toBe(expected);
  });

  test.each([
    ['2025-09-05', 5],
    ['2025-09-07', 0],
    ['2022-02-24', 4],
  ])('%s is weekday %d', (iso, wd) => {
    expect(weekdayOf(iso)).toBe(wd);
  });

  test.each([
    ['2025-09-05', '2025-09-01'],
    ['2025-09-07', '2025-09-01'],
    ['2025-09-01', '2025-09-01'],
  ])('the ISO week of %s starts on %s', (iso, monday) => {
    expect(isoWeekMonday(iso)).toBe(monday);
  });

  test.each([
    // reference, weekday, direction, strict, expected
    ['2025-09-05', 5, 'past', false, '2025-09-05'],
    ['2025-09-05', 5, 'past', true, '2025-08-29'],
    ['2025-09-05', 4, 'past', false, '2025-09-04'],
    ['2025-09-05', 6, 'past', false, '2025-08-30'],
    ['2025-09-05', 1, 'future', false, '2025-09-08'],
    ['2025-09-05', 5, 'future', false, '2025-09-05'],
    ['2025-09-05', 5, 'future', true, '2025-09-12'],
  ] as const)('from %s weekday %d looking %s (strict %s) is %s', (ref, wd, dir, strict, expected) => {
    expect(resolveWeekday(ref, wd, dir, strict)).toBe(expected);
  });

  test('ISO helpers', () => {
    expect(toIso(2025)).toBe('2025');
    expect(toIso(2025, 9)).toBe('2025-09');
    expect(toIso(2025, 9, 5)).toBe('2025-09-05');
    expect(parseIsoDay('2025-09-05T05:12:02')).toEqual({ year: 2025, month: 9, day: 5 });
    expect(parseIsoDay('2025-02-30')).toBeUndefined();
    expect(parseIsoDay(undefined)).toBeUndefined();
    expect(daysBetween('2022-02-24', '2025-09-05')).toBe(1289);
    expect(compareIso('2025-09', '2025-09-05')).toBe(0);
    expect(compareIso('2024', '2025-01-01')).toBeLessThan(0);
  });
});

describe('tense of the clause around an expression', () => {
  const at = (sentence: string, word: string): ReturnType<typeof tenseAround> => {
    const start = sentence.indexOf(word);
    return tenseAround(sentence, { start: 0, end: sentence.length }, { start, end: start + word.length });
  };
  test.each([
    ['The Kremlin said on Friday that it disagreed.', 'Friday', 'past'],
    ['Trump told CBS News on Wednesday that he will meet Putin.', 'Wednesday', 'past'],
    ['Leaders will be meeting on Monday.', 'Monday', 'future'],
    ['The summit will be held on Monday.', 'Monday', 'future'],
    ['Two soldiers have been killed on Monday.', 'Monday', 'past'],
    ["We'll talk on Monday.", 'Monday', 'future'],
    ['On Wednesday, Putin thanked Kim.', 'Wednesday', 'past'],
    ['Talks are ongoing since Monday.', 'Monday', 'unknown'],
    ['Will Smith spoke on Monday.', 'Monday', 'past'],
    ['Friday strike', 'Friday', 'unknown'],
  ] as const)('%s → %s is %s', (sentence, word, expected) => {
    expect(at(sentence, word)).toBe(expected);
  });
});

describe('chrono wrapper', () => {
  test('keeps only what was written, never what chrono implies', () => {
    const text = 'The Kremlin said on Friday that talks in March 2022 failed.';
    const found = findStatedDates(text, 0, text.length, '2025-09-05');
    expect(found.map((d) => ({ text: text.slice(d.start, d.end), year: d.year, month: d.month, day: d.day, weekday: d.weekday }))).toEqual([
      { text: 'Friday', year: undefined, month: undefined, day: undefined, weekday: 5 },
      { text: 'March 2022', year: 2022, month: 3, day: undefined, weekday: undefined },
    ]);
  });

  test('reads the modifier of a weekday', () => {
    const text = 'They met last Friday and meet again next Monday.';
    expect(findStatedDates(text, 0, text.length).map((d) => [text.slice(d.start, d.end), d.modifier])).toEqual([
      ['last Friday', 'last'],
      ['next Monday', 'next'],
    ]);
  });

  test('offsets are into the whole text when given a stretch of it', () => {
    const text = 'Intro sentence here. Talks ended on July 23.';
    const [d] = findStatedDates(text, 21, text.length);
    expect(text.slice(d.start, d.end)).toBe('July 23');
  });
});
