/**
 * Full calendar dates as articles write them in datelines and bylines:
 * `September 05, 2025`, `5 September 2025`, `2025-09-05`. Only what a source
 * parser needs (a stated publication date); claim extraction has its own,
 * richer date handling.
 */

const MONTHS: Record<string, number> = {
  january: 1, february: 2, march: 3, april: 4, may: 5, june: 6, july: 7, august: 8,
  september: 9, october: 10, november: 11, december: 12,
  jan: 1, feb: 2, mar: 3, apr: 4, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
};

const MONTH = '(January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\\.?';
const ORD = '(?:st|nd|rd|th)?';
// `(?!\d)` rather than `\b` at the end: a stamp may run into the next word ("2025Clash Report")
const DATE_SRC =
  `(?:${MONTH}\\s+(\\d{1,2})${ORD},?\\s+(\\d{4})(?!\\d)` +
  `|(\\d{1,2})${ORD}\\s+${MONTH},?\\s+(\\d{4})(?!\\d)` +
  `|(\\d{4})-(\\d{2})-(\\d{2})(?!\\d))`;

/** ISO `YYYY-MM-DD` of a valid calendar day, else undefined. */
export function isoDay(year: number, month: number, day: number): string | undefined {
  if (month < 1 || month > 12 || day < 1) return undefined;
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day > days) return undefined;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Month number (1-12) of an English month name or abbreviation. */
export function monthNumber(word: string): number | undefined {
  return MONTHS[word.replace(/\.$/, '').toLowerCase()];
}

function fromMatch(m: RegExpExecArray): string | undefined {
  if (m[1]) return isoDay(Number(m[3]), monthNumber(m[1]) ?? 0, Number(m[2]));
  if (m[5]) return isoDay(Number(m[6]), monthNumber(m[5]) ?? 0, Number(m[4]));
  return isoDay(Number(m[7]), Number(m[8]), Number(m[9]));
}

/** A full date found in a text. */
export interface FoundDate {
  iso: string;
  index: number;
  length: number;
}

/** Every full (day, month and year) date written in `text`. */
export function findFullDates(text: string): FoundDate[] {
  const re = new RegExp(`(?<![\\w-])${DATE_SRC}`, 'gi');
  const out: FoundDate[] = [];
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const iso = fromMatch(m);
    if (iso) out.push({ iso, index: m.index, length: m[0].length });
  }
  return out;
}

const LEADING_DATE = new RegExp(`^\\s*${DATE_SRC}`, 'i');

/** The full date at the very start of `text` (after white space), with its length. */
export function leadingDate(text: string): FoundDate | undefined {
  const m = LEADING_DATE.exec(text);
  const iso = m ? fromMatch(m) : undefined;
  return m && iso ? { iso, index: 0, length: m[0].length } : undefined;
}

const LABEL = /^\s*(?:updated|published|posted|last updated)\s*:?\s*/i;
/** A time after a date, with its zone: `10:12 GMT`, `, 5.30pm`, `| at 9:00 a.m. EST` (white space trimmed first). */
const TIME = /^[,|–—-]?\s*(?:at\s+)?\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s*[A-Z]{2,5})?$/i;

/** The date of a line that holds nothing but a date (and maybe a time), e.g. `September 5, 2025 10:12 GMT`. */
export function dateOnlyLine(line: string): string | undefined {
  const bare = line.replace(LABEL, '');
  const d = leadingDate(bare);
  if (!d) return undefined;
  // trimmed first: white space on both sides of an optional group backtracks quadratically
  const rest = bare.slice(d.length).trim();
  return rest === '' || TIME.test(rest) ? d.iso : undefined;
}

/** An ISO day (`2025-09-05`) from a front-matter style value: a `Date`, `2025-09-05T05:12:02`, or a written date. */
export function isoFromValue(value: unknown): string | undefined {
  if (value instanceof Date && !Number.isNaN(value.getTime())) return value.toISOString().slice(0, 10);
  if (typeof value !== 'string') return undefined;
  const iso = /^\s*(\d{4})-(\d{1,2})-(\d{1,2})(?![\d])/.exec(value);
  if (iso) return isoDay(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  return leadingDate(value)?.iso;
}

const MONTH_YEAR = new RegExp(`^\\s*${MONTH}\\s+\\d{4}\\s*$`, 'i');

/** A line that is only a month and a year (`May 2025`), as related-links lists show. */
export function isMonthYear(line: string): boolean {
  return MONTH_YEAR.test(line);
}

/** True for a valid ISO day string. */
export function isIsoDay(s: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  return !!m && isoDay(Number(m[1]), Number(m[2]), Number(m[3])) === s;
}
