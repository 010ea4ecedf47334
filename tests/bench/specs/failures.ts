/**
 * `--failures`: the failing cases of a spec file grouped by cause, largest
 * group first, so that work goes where most cases are. A case's cause is read
 * from its first unmatched expected result: how it failed (no claim, another
 * value, another span) and what kind of expression it is (a range, a numeric
 * date, a count from a day…), by the first row of {@link SHAPES} it fits.
 */
import type { CaseOutcome } from './judge';

/** Kinds of expression, tried in order on the expected text (lower case); the first that fits names the group. */
const SHAPES: ReadonlyArray<[string, RegExp]> = [
  ['range of two dates', /\b(?:from|between)\b.+\b(?:to|till|until|and|through|thru)\b|\S\s*(?:-|–|~|\bto\b|\bthrough\b|\btill\b)\s*\S.*\d|\bto date\b|\band now\b/],
  ['weekend, workweek, fortnight, business days', /weekend|work\s?week|working week|fortnight|business day/],
  ['count from a day (ago, later, from now, after, before, in N)', /\bago\b|\blater\b|\bfrom (?:now|today)\b|\b(?:after|before|since)\b|^in (?:a|an|\d+|[a-z]+) /],
  ['named day', /christmas|easter|halloween|thanksgiving|labor day|independence|eid|new year/],
  ['part of a period (start, middle, end, early, late)', /\b(?:beginning|start|middle|mid|end|early|earlier|late|later|eo[ym]|remaining)\b/],
  ['numeric date', /^[^a-z]*\d[^a-z]*$|\d[./-]\d|\d{8}/],
  ['this, next, last + unit or weekday', /\b(?:this|next|last|previous|following|coming|same|that)\b/],
  ['the day, week, month, year', /^the (?:day|week|month|year|hour)$/],
  ['month and day', /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b/],
  ['duration', /\b(?:hours?|minutes?|days?|weeks?|months?|years?)\b/],
];

function shapeOf(text: string): string {
  const t = text.toLowerCase();
  return SHAPES.find(([, re]) => re.test(t))?.[0] ?? 'other';
}

function typeOf(resolution: unknown): string {
  const values = (resolution as { values?: Array<{ type?: string }> } | null)?.values;
  return Array.isArray(values) && values[0]?.type ? values[0].type : 'value';
}

/** The group of a failing case: `<status> <spec type>: <shape>`. */
export function causeOf(o: CaseOutcome): string {
  const e = o.expected.find((x) => x.status !== 'matched' && x.status !== 'out-of-scope');
  if (o.error) return 'extractor error';
  if (!e) return o.expected.length === 0 ? 'claim where none expected' : 'extra claim';
  return `${e.status} ${typeOf(e.resolution)}: ${shapeOf(e.text)}`;
}

/** Failing, in-scope cases grouped by cause, largest group first (ties by name). */
export function groupFailures(outcomes: readonly CaseOutcome[]): Array<[string, CaseOutcome[]]> {
  const groups = new Map<string, CaseOutcome[]>();
  for (const o of outcomes) {
    if (o.matched || o.outOfScope) continue;
    const k = causeOf(o);
    groups.set(k, [...(groups.get(k) ?? []), o]);
  }
  return [...groups].sort((a, b) => b[1].length - a[1].length || a[0].localeCompare(b[0]));
}
