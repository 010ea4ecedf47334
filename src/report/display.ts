/**
 * Human forms of normalized values: "26 country", "≥ 30 person", "47–48%",
 * "1.1 billion EUR", "2025-09-04 (day)". The rules engine uses these to fill
 * `FindingSide.display`, and the reporters to show claims, so a value reads the
 * same everywhere.
 */
import { unitWord } from './units';
import type { Claim, DateClaim, DurationClaim, PersonClaim, Qualifier, QuantityClaim, QuoteClaim } from '../types';

/** The parts of a quantity that its display depends on. */
export interface QuantityParts {
  value?: number;
  min?: number;
  max?: number;
  unit?: string;
  qualifier?: Qualifier;
}

const SCALES: ReadonlyArray<[number, string]> = [
  [1e12, 'trillion'],
  [1e9, 'billion'],
  [1e6, 'million'],
];

/** Up to three decimals, no trailing zeros, no exponent ("0.1", "3.5", "26"). */
function plain(n: number): string {
  const s = (Math.round(n * 1000) / 1000).toFixed(3);
  return trimEnd(trimEnd(s, '0'), '.') || '0';
}

/** `s` without the trailing characters in `chars` (a backwards scan: a `/[…]+$/` pattern is quadratic on long runs). */
export function trimEnd(s: string, chars: string): string {
  let end = s.length;
  while (end > 0 && chars.includes(s[end - 1])) end--;
  return s.slice(0, end);
}

/** Digits grouped in thousands: 12000 → "12,000" (the way news copy writes counts). */
function grouped(n: number): string {
  const [int, frac] = plain(Math.abs(n)).split('.');
  const sign = n < 0 ? '-' : '';
  return sign + int.replace(/\B(?=(\d{3})+(?!\d))/g, ',') + (frac ? `.${frac}` : '');
}

/**
 * A number as a reader writes it: 26, 3.5, 12,000, 1.1 billion. Scale words
 * only where they are exact to three decimals, so "1234567" stays visible as
 * "1,234,567" and two different values never display alike.
 */
export function displayNumber(n: number): string {
  if (!Number.isFinite(n)) return n > 0 ? '∞' : '-∞';
  for (const [scale, word] of SCALES) {
    if (Math.abs(n) >= scale) {
      const scaled = n / scale;
      if (Math.abs(scaled * 1000 - Math.round(scaled * 1000)) < 1e-6) return `${plain(scaled)} ${word}`;
      break;
    }
  }
  return grouped(n);
}

/** A number with its unit: percentages as "47%", everything else as "26 country". */
function withUnit(numbers: string, unit: string | undefined, count?: number): string {
  if (!unit) return numbers;
  if (unit === 'percent') return `${numbers}%`;
  return `${numbers} ${unitWord(unit, count)}`;
}

const VALUE_PREFIX: Partial<Record<Qualifier, string>> = {
  'at-least': '≥ ',
  'more-than': '> ',
  'at-most': '≤ ',
  'less-than': '< ',
  about: '~',
  nearly: 'nearly ',
};

/** Bounds count only when finite: an absent or infinite bound is unbounded. */
function bound(n: number | undefined): number | undefined {
  return n !== undefined && Number.isFinite(n) ? n : undefined;
}

/**
 * A quantity, point or interval: "26 country", "~26 country", "≥ 30 person",
 * "47–48%", "1.1 billion EUR". A point value wins over bounds that merely
 * restate it; an open interval shows its one bound with ≥ / > / ≤ / <.
 */
export function displayQuantity(q: QuantityParts): string {
  const min = bound(q.min);
  const max = bound(q.max);
  if (q.value !== undefined && Number.isFinite(q.value)) {
    const prefix = q.qualifier ? VALUE_PREFIX[q.qualifier] ?? '' : '';
    return prefix + withUnit(displayNumber(q.value), q.unit, q.value);
  }
  if (min !== undefined && max !== undefined) {
    if (min === max) return withUnit(displayNumber(min), q.unit, min);
    return withUnit(`${displayNumber(min)}–${displayNumber(max)}`, q.unit);
  }
  if (min !== undefined) return (q.qualifier === 'more-than' ? '> ' : '≥ ') + withUnit(displayNumber(min), q.unit);
  if (max !== undefined) return (q.qualifier === 'less-than' ? '< ' : '≤ ') + withUnit(displayNumber(max), q.unit);
  return withUnit('?', q.unit);
}

/** An interval or point without a qualifier (a rule's tolerance band, a majority range). */
export function displayInterval(min: number | undefined, max: number | undefined, value: number | undefined, unit: string | undefined): string {
  return displayQuantity({ value, min, max, unit });
}

/**
 * What was stated before a multiplier was applied, e.g. "26 dozen" out of
 * "26 dozen countries", so "312 country" is shown with the words that made it.
 */
function statedMultiplier(multiplier: string, surface: string | undefined): string {
  if (surface) {
    const at = surface.toLowerCase().indexOf(multiplier.toLowerCase());
    if (at >= 0) return surface.slice(0, at + multiplier.length).replace(/\s+/g, ' ').trim();
  }
  return `×${multiplier}`;
}

function quantity(c: QuantityClaim, surface: string | undefined): string {
  let s = displayQuantity(c);
  if (c.holder) s += ` of ${c.holder}`;
  if (c.multiplier) s += ` (${statedMultiplier(c.multiplier, surface)})`;
  return s;
}

const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

const RESOLVED: Record<NonNullable<DateClaim['resolvedFrom']>, string> = {
  published: 'from published date',
  'previous-event': 'from previous date',
  'inferred-year': 'year inferred',
};

function date(c: DateClaim): string {
  const notes: string[] = [c.precision];
  if (c.weekday !== undefined) notes.push(WEEKDAYS[c.weekday] ?? `weekday ${c.weekday}`);
  if (c.resolvedFrom) notes.push(RESOLVED[c.resolvedFrom]);
  // an open range reads with its side: "since 2010 (year)"
  return `${c.bound ? `${c.bound} ` : ''}${c.value} (${notes.join(', ')})`;
}

function duration(c: DurationClaim): string {
  // "now in its third year": the ordinal is what was said, not an amount of time
  let s = c.ordinal !== undefined ? `${c.unit} ${c.ordinal}` : displayQuantity(c);
  // asOf is the published date, known from the source header: not repeated here
  if (c.since) s += ` (since ${c.since})`;
  return s;
}

function person(c: PersonClaim): string {
  const parts = [c.name];
  if (c.role) parts.push(c.role);
  let s = parts.join(' — ');
  if (c.age !== undefined) s += `, ${c.age}`;
  if (c.mention !== 'full') s += ` (${c.mention})`;
  return s;
}

/** Long quotes are cut in the middle of nothing: at a word, with an ellipsis. */
function shorten(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${trimEnd(space > max / 2 ? cut.slice(0, space) : cut, ' ,;:')}…`;
}

function quote(c: QuoteClaim): string {
  let s = `“${shorten(c.quote, 60)}”`;
  s += c.speaker ? ` — ${c.speaker}` : ' — (unattributed)';
  if (c.fragment) s += ' (fragment)';
  return s;
}

/**
 * The normalized value of any claim, one line: "312 country (26 dozen)",
 * "2025-09-04 (day)", "year 3 (since 2022-02)", "Dmitry Peskov — Kremlin
 * spokesman", "“…” — Dmitry Peskov (fragment)". `surface` is the claim's text
 * as written, used to show what a multiplier was applied to.
 */
export function displayValue(claim: Claim, surface?: string): string {
  switch (claim.kind) {
    case 'quantity':
    case 'money':
    case 'percent':
      return quantity(claim, surface);
    case 'date':
      return date(claim);
    case 'duration':
      return duration(claim);
    case 'person':
      return person(claim);
    case 'quote':
      return quote(claim);
  }
}
