import { CUE, cueBits, RELATIVE, TIME_UNIT } from '../../src/claims/sentence-cues';
import { UNIT_CUE } from '../../src/claims/durations';
import { CUE_RE as STATED_CUE_RE, findStatedDates } from '../../src/claims/chrono';
import { RANGE_LEAD_WORD_RE } from '../../src/claims/dates';
import { findWordDates, WORD_DATE_CUE_RE } from '../../src/claims/word-dates';
import { CUE_RE as NUMERIC_CUE_RE, findNumericDates } from '../../src/claims/numeric-dates';
import { CUE_RE as RELATIVE_CUE_RE, findRelative, RELATIVE_GATES } from '../../src/claims/relative';
import { findHolidays, HOLIDAY_CUE_RE } from '../../src/claims/holidays';
import { findPeriods, findYears, PERIOD_CUE_RE } from '../../src/claims/years';
import { gateStretches } from './gate-stretches';

const REF = '2025-09-05';
const whole = (text: string): { start: number; end: number } => ({ start: 0, end: text.length });

/** Each finder, and the bits of which one must be set wherever it finds something. */
const FINDERS: Record<string, [(text: string) => unknown[], number]> = {
  numeric: [(t) => findNumericDates(t, whole(t), REF), CUE.digit],
  stated: [(t) => findStatedDates(t, 0, t.length, REF), CUE.name | CUE.digitJoin],
  words: [(t) => findWordDates(t, 0, t.length), CUE.name | CUE.yearWords],
  relative: [(t) => findRelative(t, whole(t)), CUE.relative],
  years: [(t) => findYears(t, whole(t)), CUE.digit],
  periods: [(t) => findPeriods(t, whole(t), REF), CUE.period],
  holidays: [(t) => findHolidays(t, whole(t)), CUE.holiday],
};

describe('cueBits: a finder that finds something has its bit set', () => {
  const cases: Array<[string, string]> = [
    ['The file was stamped 20161016.', 'numeric'],
    ['The call is set for Friday 7/6.', 'numeric'],
    ['She was born on 03/18/50.', 'stated'],
    ['It opened on 2024-05-01.', 'stated'],
    ['Talks resumed on Thursday.', 'stated'],
    ['They met in Sept. last year.', 'stated'],
    ['It happened in may, officials said.', 'stated'],
    ['Thurs the 5th was busy.', 'words'],
    ['May twenty nine was the day.', 'words'],
    ['It was built in nineteen ninety six.', 'words'],
    ['It was built since two thousand and five.', 'words'],
    ['He left Mon 13th.', 'words'],
    ['She arrived a day earlier.', 'relative'],
    ['The deal closed YESTERDAY.', 'relative'],
    ['It is due on the 18th.', 'relative'],
    ['It is due by the fourth.', 'relative'],
    ['Sales rose in the year to date.', 'relative'],
    ['Prices fell in the 1990s.', 'periods'],
    ["Prices fell in the '90s and 1980 's.", 'periods'],
    ['Revenue rose in 2017q1.', 'periods'],
    ['Revenue rose in Q3 2019.', 'periods'],
    ['The plan runs to the end of 2000.', 'periods'],
    ['They left in mid-November.', 'periods'],
    ['It starts in week 31.', 'periods'],
    ['It was the 21st century.', 'periods'],
    ['It was founded in 2022.', 'years'],
    ['They met on Christmas Eve.', 'holidays'],
    ['They met on New  Year’s Day.', 'holidays'],
    ['They met over Labor Day weekend.', 'holidays'],
    ['They met on Martin Luther King Day.', 'holidays'],
    ['They met on Black Friday.', 'holidays'],
    ['They met at Easter 2018.', 'holidays'],
    ['They met on Good Friday, before Christmas.', 'holidays'],
    ["They met on St. Patrick's Day.", 'holidays'],
    ["They met on International Workers' Day.", 'holidays'],
  ];
  test.each(cases)('%s (%s)', (text, finder) => {
    const [find, bits] = FINDERS[finder];
    expect(find(text).length).toBeGreaterThan(0);
    expect(cueBits(text, 0, text.length) & bits).not.toBe(0);
  });
});

describe('cueBits: reads a stretch as the finders read its slice', () => {
  test('a word starts where the stretch starts, even inside a word of the text', () => {
    const text = 'xxJanuary 5';
    expect(cueBits(text, 2, text.length) & CUE.name).toBe(CUE.name);
    expect(cueBits(text, 0, text.length) & CUE.name).toBe(0);
  });
  test('a word ends where the stretch ends', () => {
    const text = 'on Mondays';
    expect(cueBits(text, 0, 9) & CUE.name).toBe(CUE.name);
    expect(cueBits(text, 0, text.length) & CUE.name).toBe(0);
  });
  test('"from" and "between" as whole words', () => {
    expect(cueBits('Prices rose between March and May.', 0, 34) & CUE.lead).toBe(CUE.lead);
    expect(cueBits('A frown.', 0, 8) & CUE.lead).toBe(0);
  });
  test('a sentence with no date has no bit set', () => {
    const text = 'Local owners described the plan as a turning point for the community.';
    expect(cueBits(text, 0, text.length)).toBe(0);
  });
});

/**
 * The gate must follow the finders' own cue patterns: wherever one matches,
 * its bit is set. Checked over every sentence of the seeds and the test
 * corpus, every string of the date tests, and stretches of them cut anywhere
 * (so that the edges of a stretch are tried inside words too).
 */
describe('cueBits: wherever a finder’s own cue matches, its bit is set', () => {
  const cues: Array<[string, RegExp, number]> = [
    ['chrono', STATED_CUE_RE, CUE.name | CUE.digitJoin],
    ['word dates', WORD_DATE_CUE_RE, CUE.name | CUE.yearWords],
    ['numeric dates', NUMERIC_CUE_RE, CUE.digit],
    ['relative', RELATIVE_CUE_RE, CUE.relative],
    ['periods', PERIOD_CUE_RE, CUE.period],
    ['holidays', HOLIDAY_CUE_RE, CUE.holiday],
    ['range lead', RANGE_LEAD_WORD_RE, CUE.lead],
    ['units of time (durations)', UNIT_CUE, TIME_UNIT],
  ].map(([name, re, bits]) => [name as string, new RegExp((re as RegExp).source, (re as RegExp).flags.replace('g', '')), bits as number]);

  const stretches = gateStretches({ testFiles: /date|relative|holiday|period|year|week|chrono|range|tense|duration/i, minString: 3, seed: 7, maxCut: 200 });

  test('over the seeds, the test corpus, the date tests’ strings and stretches cut anywhere', () => {
    expect(stretches.length).toBeGreaterThan(5000);
    const misses: string[] = [];
    const matched = new Map<string, number>();
    for (const [text, start, end] of stretches) {
      const bits = cueBits(text, start, end);
      const slice = text.slice(start, end);
      for (const [name, re, bit] of cues) {
        if (!re.test(slice)) continue;
        matched.set(name, (matched.get(name) ?? 0) + 1);
        if ((bits & bit) === 0) misses.push(`${name}: ${JSON.stringify(slice)}`);
      }
    }
    expect(misses).toEqual([]);
    // every cue was tried on texts it matches
    for (const [name] of cues) expect(matched.get(name) ?? 0).toBeGreaterThan(3);
  });

  test('each of relative.ts’s patterns has all the words it needs set (RELATIVE bits), over the same texts', () => {
    const gates = RELATIVE_GATES.map(([re, gate]) => [new RegExp(re.source, re.flags.replace('g', '')), gate] as const);
    const misses: string[] = [];
    const matched = new Map<RegExp, number>();
    for (const [text, start, end] of stretches) {
      const bits = cueBits(text, start, end);
      const slice = text.slice(start, end);
      for (const [re, gate] of gates) {
        if (!re.test(slice)) continue;
        matched.set(re, (matched.get(re) ?? 0) + 1);
        if ((bits & gate) !== gate) misses.push(`${re.source.slice(0, 40)}: ${JSON.stringify(slice)}`);
      }
    }
    expect(misses).toEqual([]);
    // most patterns met texts they match (the rarest may not)
    expect(matched.size).toBeGreaterThan(gates.length * 0.75);
  });
});

describe('RELATIVE bits: the words each relative pattern needs', () => {
  const bits = (text: string): number => cueBits(text, 0, text.length);
  test.each([
    ['The deal closed YESTERDAY.', RELATIVE.casual],
    ['Sales fell last month.', RELATIVE.which | RELATIVE.unit],
    ['It closed two days ago.', RELATIVE.ago | RELATIVE.unit],
    ['She arrived a day earlier.', RELATIVE.anchor | RELATIVE.earlierLater | RELATIVE.unit],
    ['It is due on the 18th.', RELATIVE.dayNumber],
    ['It is due by the twenty-first.', RELATIVE.dayNumber],
    ['Sales rose in the year-to-date.', RELATIVE.date | RELATIVE.unit],
    ['It may slip for the rest of the week.', RELATIVE.rest | RELATIVE.unit],
    ['They met over the weekend.', RELATIVE.weekend | RELATIVE.unit],
    ['It will close within two workdays.', RELATIVE.ahead | RELATIVE.unit],
    ['Profit rose this quarter.', RELATIVE.quarter | RELATIVE.unit],
    ['Talks resumed the following day.', RELATIVE.order | RELATIVE.ahead | RELATIVE.unit],
  ])('%s', (text, expected) => {
    expect(bits(text) & expected).toBe(expected);
  });

  test('a unit of time, for durations: a piece of one in a word, a short form, or a digit and its letter', () => {
    for (const text of ['It lasted three weeks.', 'A fortnight passed.', 'Two centuries on.', 'It took 3 hrs.', 'It took 2 HR.', 'It took 3h.', 'Work a 5d week', 'in 2 yr']) expect(bits(text) & TIME_UNIT).toBe(TIME_UNIT);
    for (const text of ['The effort was central to 3 homes.', 'It cost 3hd.', 'The hrsx was odd.']) expect(bits(text) & TIME_UNIT).toBe(0);
  });

  test('words that only begin like them set none', () => {
    expect(bits('The agora was thinner; dates were sampled.') & (RELATIVE.ago | RELATIVE.which | RELATIVE.date)).toBe(0);
    expect(bits('Local owners described the plan as a turning point.')).toBe(0);
  });

  test('a relative expression is found with the bits of its sentence, and not without them', () => {
    const text = 'She arrived two days ago.';
    const sentence = { start: 0, end: text.length };
    expect(findRelative(text, sentence, bits(text)).map((h) => text.slice(h.start, h.end))).toEqual(['two days ago']);
    expect(findRelative(text, sentence, bits(text) & ~RELATIVE.ago)).toEqual([]);
  });
});
