/**
 * Bare years: a four-digit number from 1900 to 2100 used as a year ("in 2022",
 * "the 2022 Istanbul talks", "Russia's 2022 invasion", "by the end of 2027",
 * "from 2014 to 2022"), not as a count ("2000 troops", "a total of 2000",
 * "$2025", "2022 km"). chrono does not read bare years; this does, cautiously:
 * a number it takes as a year is no longer counted by the quantity extractor.
 */
import type { Span } from '../types';
import { loadData } from '../rules/data';

/** A year, or a span of years ("2014-2022"), found in the text. */
export interface YearHit extends Span {
  year: number;
  /** last year of a span */
  to?: number;
}

interface YearCues {
  before: string[];
  eventNouns: string[];
}

let cues: { before: Set<string>; events: Set<string> } | undefined;

function lists(): { before: Set<string>; events: Set<string> } {
  if (cues) return cues;
  const d = loadData<{ yearCues: YearCues }>('dates').yearCues;
  cues = { before: new Set(d.before), events: new Set(d.eventNouns) };
  return cues;
}

const YEAR_RE = /\b(19\d\d|20\d\d|2100)\b(?:\s?[-–]\s?(\d{4}|\d{2})\b)?/g;
/** Words after a number that make it a measure, not a year. */
const UNIT_AFTER = /^(?:km|kg|m|mm|cm|ft|mi|mph|kmh|kph|mw|gw|kw|t|lb|lbs|bpd|gmt|utc|hrs|h|pm|am)\b/i;
/** Words before "of" that make the number a count ("a total of 2000"). */
const COUNT_OF = /\b(?:total|number|sum|maximum|minimum|average|population|figure|tally|count|toll|estimate|out|group|crowd|force)\s+of\s+$/i;
/** "to", "and", "or" join two years ("from 2014 to 2022"); without a year before them they join counts. */
const JOINER = /^(?:to|and|or|through)$/;

function wordBefore(s: string): string {
  const m = /([A-Za-z'’]+)[\s-]*$/.exec(s);
  if (!m) return '';
  const w = m[1].toLowerCase();
  return /['’]s$/.test(w) ? 's' : w; // "Russia's 2022 invasion": a possessive
}

/** Is the number at `[start, end)` of `s` used as a year? */
function usedAsYear(s: string, start: number, end: number): boolean {
  const { before, events } = lists();
  const prevChar = s[start - 1] ?? ' ';
  if (/[$€£¥#№/\\.,:\d]/.test(prevChar)) return false;
  const after = s.slice(end, end + 40);
  if (/^(?:%|[.,]\d|\/\d|[-–]\d{2}[-–]|\s*per\s?cent\b|\s*percent\b)/.test(after)) return false;
  const next = /^[\s-]*([A-Za-z'’]+)/.exec(after)?.[1] ?? '';
  if (UNIT_AFTER.test(next)) return false;
  // a plural noun after the number is what it counts, unless it names events ("the 2022 talks")
  if (/^[a-z]+s$/.test(next) && !events.has(next)) return false;
  const head = s.slice(Math.max(0, start - 40), start);
  if (start < 40 && /^\W*$/.test(head)) return true; // sentence start: "2022 was the year …"
  const prev = wordBefore(head);
  if (prev === 'of') return !COUNT_OF.test(head);
  if (JOINER.test(prev)) return /\b(?:19|20)\d\d\s+\S+\s*$/.test(head);
  return before.has(prev) || /\(\s*$/.test(head);
}

/** Years used as years in `text[sentence]`. */
export function findYears(text: string, sentence: Span): YearHit[] {
  const out: YearHit[] = [];
  const s = text.slice(sentence.start, sentence.end);
  const re = new RegExp(YEAR_RE.source, 'g');
  for (let m = re.exec(s); m; m = re.exec(s)) {
    const year = Number(m[1]);
    let to: number | undefined;
    let end = m.index + m[0].length;
    if (m[2]) {
      const t = m[2].length === 2 ? Math.floor(year / 100) * 100 + Number(m[2]) : Number(m[2]);
      if (t > year && t <= 2100) to = t;
      else end = m.index + m[1].length;
    }
    if (!usedAsYear(s, m.index, m.index + m[1].length)) continue;
    out.push({ start: sentence.start + m.index, end: sentence.start + end, year, ...(to !== undefined ? { to } : {}) });
  }
  return out;
}
