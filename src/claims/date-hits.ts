/**
 * The shapes the date extractor passes between its finders, the words that
 * wrap a day, the range grammar and the resolver: a *hit* is one expression
 * found in a sentence before it is resolved, a {@link Resolved} what it came
 * to.
 */
import type { DateBound, DateClaim, DatePrecision, Span } from '../types';
import type { StatedDate } from './chrono';
import type { CountUnit, RelativeHit } from './relative';
import type { HolidayHit } from './holidays';
import type { PeriodHit, YearHit } from './years';

/** What is written around a day and changes it: "three weeks from <day>", "the week of <day>", "<weekday> of next week". */
export type Wrap =
  | { kind: 'offset'; n: number; unit: CountUnit; sign: number }
  /** "for 3 days from today", "2 weeks starting May 20th": a stretch that starts on the day */
  | { kind: 'stretch'; n: number; unit: CountUnit }
  | { kind: 'weekOf' }
  | { kind: 'inWeek'; week: RelativeHit }
  /** "Monday two weeks from now", "in 3 days on Friday": the weekday in the week of the day `of` counts to */
  | { kind: 'weekdayOf'; of: Hit }
  /** "from <a> to <b>", "between <a> and <b>": `own` is the span of a alone */
  | { kind: 'range'; to: Hit; own: Span };

/** One expression found in a sentence, before it is resolved. */
export type Hit = (
  | (Span & { kind: 'stated'; d: StatedDate })
  | (Span & { kind: 'relative'; r: RelativeHit })
  | (Span & { kind: 'year'; y: YearHit })
  | (Span & { kind: 'period'; p: PeriodHit })
  | (Span & { kind: 'holiday'; hd: HolidayHit })
) & {
  wrap?: Wrap;
  /**
   * Only a date as one end of a range: a bare month, day, year or "now" that
   * on its own is too weak a sign of a date ("between 3 and 12 of Sept",
   * "Jan-Feb 2017", "from 2010 to date"). Dropped unless a range takes it.
   */
  weak?: boolean;
  /** "since <a>", "<a> or later": the open range the words around it make, and the span with them (date-bounds.ts) */
  bound?: Span & { kind: DateBound };
};

/** What an expression resolves to. */
export interface Resolved {
  value: string;
  precision: DatePrecision;
  resolvedFrom?: DateClaim['resolvedFrom'];
  weekday?: number;
  end?: string;
}
