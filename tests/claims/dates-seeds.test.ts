/**
 * The seed articles, read as plain text: the dates and durations a reader
 * checks in them. (Their parsers split off front matter and boilerplate; here
 * the whole file is one body, so only what must be present is asserted.)
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { extractDates } from '../../src/claims/dates';
import { extractDurations } from '../../src/claims/durations';
import { contextFor, datesOf, surface } from './dates-context';

const SEEDS = path.resolve(__dirname, '..', '..', 'seeds');
const seed = (prefix: string): string => {
  const file = fs.readdirSync(SEEDS).find((f) => f.startsWith(prefix));
  if (!file) throw new Error(`no seed ${prefix}`);
  return fs.readFileSync(path.join(SEEDS, file), 'utf8');
};

describe('seed articles', () => {
  test('000: "a day earlier" is the day before the Friday statement', () => {
    expect(datesOf(seed('000'), '2025-09-05')).toEqual(
      expect.arrayContaining([
        { text: 'Friday', value: '2025-09-05', precision: 'day', resolvedFrom: 'published', weekday: 5 },
        { text: 'a day earlier', value: '2025-09-04', precision: 'day', resolvedFrom: 'previous-event' },
        { text: '2022', value: '2022', precision: 'year' },
      ]),
    );
  });

  test('001: weekdays, "last month", "this week" and the end of 2027', () => {
    const found = datesOf(seed('001'), '2025-09-05');
    expect(found).toEqual(
      expect.arrayContaining([
        { text: 'Thursday', value: '2025-09-04', precision: 'day', resolvedFrom: 'published', weekday: 4 },
        { text: 'Wednesday', value: '2025-09-03', precision: 'day', resolvedFrom: 'published', weekday: 3 },
        { text: "Thursday's", value: '2025-09-04', precision: 'day', resolvedFrom: 'published', weekday: 4 },
        { text: 'last month', value: '2025-08', precision: 'month', resolvedFrom: 'published' },
        { text: 'this week', value: '2025-09-01', precision: 'day', resolvedFrom: 'published', end: '2025-09-07' },
        { text: 'by the end of 2027', value: '2027-09', end: '2027-12', precision: 'month', bound: 'until' },
      ]),
    );
    // "the day after a ceasefire is agreed" is hypothetical; "over the last year" a length of time
    expect(found.map((d) => d.text)).not.toContain('the day after');
  });

  test('002: "a day after" dates the pledge to the day before the Friday statement', () => {
    expect(datesOf(seed('002'), '2025-09-05')).toEqual(
      expect.arrayContaining([
        { text: 'September 5, 2025', value: '2025-09-05', precision: 'day' },
        { text: 'Friday', value: '2025-09-05', precision: 'day', resolvedFrom: 'published', weekday: 5 },
        { text: 'a day after', value: '2025-09-04', precision: 'day', resolvedFrom: 'previous-event' },
        { text: 'February 2022', value: '2022-02', precision: 'month' },
        { text: 'earlier this year', value: '2025-01-01', precision: 'day', resolvedFrom: 'published', end: '2025-09-04' },
      ]),
    );
  });

  test('003: without a published date, "July 23" takes the year of "August 27, 2025"', () => {
    expect(datesOf(seed('003'))).toEqual(
      expect.arrayContaining([
        { text: 'August 27, 2025', value: '2025-08-27', precision: 'day' },
        { text: 'July 23', value: '2025-07-23', precision: 'day', resolvedFrom: 'inferred-year' },
      ]),
    );
  });

  test('004: a Thursday paper; "earlier this week" ends the day before', () => {
    const found = datesOf(seed('004'), '2025-09-04');
    expect(found).toEqual(
      expect.arrayContaining([
        { text: 'earlier this week', value: '2025-09-01', precision: 'day', resolvedFrom: 'published', end: '2025-09-03' },
        { text: 'Wednesday', value: '2025-09-03', precision: 'day', resolvedFrom: 'published', weekday: 3 },
        { text: 'Thursday', value: '2025-09-04', precision: 'day', resolvedFrom: 'published', weekday: 4 },
      ]),
    );
    expect(found.map((d) => d.text)).not.toContain('last year');
  });

  test.each([
    ['001', '2025-09-05', ['one year', 'More than three-and-a-half years']],
    ['002', '2025-09-05', ['third year']],
    ['003', undefined, ['40-minute']],
    ['004', '2025-09-04', ['the last year']],
  ])('%s: durations', (prefix, ref, texts) => {
    const ctx = contextFor(seed(prefix), ref);
    expect(extractDurations(ctx).map((c) => surface(ctx, c))).toEqual(texts);
  });

  test('a megabyte of news text is read in well under the time budget', () => {
    const all = ['000', '001', '002', '003', '004'].map(seed).join('\n\n');
    const big = Array.from({ length: Math.ceil(1_000_000 / all.length) }, () => all).join('\n\n');
    const ctx = contextFor(big, '2025-09-05');
    const t0 = performance.now();
    const dates = extractDates(ctx);
    extractDurations({ ...ctx, prior: dates });
    // speed is the benchmark's (npm run bench); the bound here only tells a quadratic slip (minutes) from linear, on a busy machine too
    expect(performance.now() - t0).toBeLessThan(20_000);
    expect(dates.length).toBeGreaterThan(1000);
  }, 60_000);
});
