/**
 * Words written around a day that change it (see {@link Wrap}): "three weeks
 * from tomorrow", "for 3 days from today", "the week of April 10th",
 * "Tuesday of next week", "Monday two weeks from now", "in 3 days on Friday";
 * and, through date-ranges.ts, "from <a> to <b>". The words a wrap takes are no
 * hits of their own.
 */
import type { Span } from '../types';
import type { Hit } from './date-hits';
import { countWord, type CountUnit } from './relative';
import { dropLoose, joinRanges } from './date-ranges';

const OFFSET_BEFORE_RE = /\b(\d{1,3}|an?|[a-z]+(?:-[a-z]+)?)\s+(day|week|fortnight|month|year)s?\s+(from|after|before)\s+$/i;
const STRETCH_BEFORE_RE = /\b(for\s+)?(\d{1,3}|an?|[a-z]+(?:-[a-z]+)?)\s+(day|week|fortnight|month|year)s?,?\s+((?:starting|beginning)(?:\s+(?:from|on))?|from)\s+$/i;
const WEEK_OF_BEFORE_RE = /\b(?:the\s+)?(week\s+of|w\/c|week\s+(?:beginning|starting|commencing)(?:\s+on)?)\s+(?:the\s+)?$/i;

/** A single day: a stated day or weekday, or "today", "tomorrow", "yesterday". */
export function dayLike(h: Hit): boolean {
  if (h.kind === 'holiday') return !h.hd.weekend;
  if (h.kind === 'stated') return h.d.day !== undefined || (h.d.weekday !== undefined && h.d.month === undefined);
  return h.kind === 'relative' && !h.r.count && h.r.unit === 'day' && !h.r.period && h.r.base === 'published';
}

export function isWeek(h: Hit): h is Hit & { kind: 'relative' } {
  return h.kind === 'relative' && h.r.unit === 'week' && h.r.period && !h.r.weekend && !h.r.workweek && !h.r.part && !h.r.count;
}

/** Join what {@link Wrap} describes to the day it is written around; the words taken are no hits of their own. */
export function wrapHits(text: string, sentence: Span, hits: Hit[]): Hit[] {
  for (const h of hits) {
    if (h.weak || !dayLike(h)) continue;
    const head = text.slice(Math.max(sentence.start, h.start - 40), h.start);
    const st = STRETCH_BEFORE_RE.exec(head);
    const sn = st ? countWord(st[2]) : undefined;
    if (st && sn !== undefined && sn > 0 && (st[1] || !/^from$/i.test(st[4]))) {
      h.wrap = { kind: 'stretch', n: sn, unit: st[3].toLowerCase() as CountUnit };
      h.start -= head.length - st.index - (/^from$/i.test(st[4]) ? 0 : (st[1]?.length ?? 0));
      continue;
    }
    const off = OFFSET_BEFORE_RE.exec(head);
    const n = off ? countWord(off[1]) : undefined;
    if (off && n !== undefined && n > 0) {
      h.wrap = { kind: 'offset', n, unit: off[2].toLowerCase() as CountUnit, sign: off[3].toLowerCase() === 'before' ? -1 : 1 };
      h.start -= head.length - off.index;
      continue;
    }
    const wk = WEEK_OF_BEFORE_RE.exec(head);
    if (wk && ((h.kind === 'stated' && h.d.day !== undefined) || (h.kind === 'relative' && h.r.dayOfMonth !== undefined))) {
      // "the week of", "w/c", "the week beginning": each the Monday-to-Sunday week that holds the day
      h.wrap = { kind: 'weekOf' };
      h.start -= head.length - wk.index;
      continue;
    }
    if (h.kind !== 'stated' || h.d.day !== undefined) continue;
    // "next week Monday", "next week on Tuesday", "tuesday of next week"
    const w = hits.find((k) => isWeek(k) && (/^\s*(?:on\s+|-\s*|,\s*)?$/.test(text.slice(k.end, h.start)) || /^\s+of\s+$/.test(text.slice(h.end, k.start))));
    if (w && w.kind === 'relative') {
      h.wrap = { kind: 'inWeek', week: w.r };
      [h.start, h.end] = [Math.min(h.start, w.start), Math.max(h.end, w.end)];
    }
  }
  weekdaysOfCounts(text, hits);
  ranges(text, hits);
  const wrapped = hits.filter((h) => h.wrap);
  return dropLoose(hits.filter((h) => h.wrap || !wrapped.some((w) => h.start < w.end && w.start < h.end)));
}

/** A weekday with nothing else: "Monday", not "next Monday" or "Monday 13th". */
function bareWeekday(h: Hit): boolean {
  return h.kind === 'stated' && h.d.weekday !== undefined && h.d.month === undefined && h.d.day === undefined && !h.d.modifier && !h.d.to && !h.wrap;
}

/** A day counted from another: "two weeks from now", "in 3 days", "3 weeks after Christmas", "two days ago". */
function countedDay(h: Hit): boolean {
  if (h.wrap) return h.wrap.kind === 'offset';
  return h.kind === 'relative' && (h.r.count ? h.r.count.side === 'in' : !h.r.period && h.r.base === 'published' && h.r.amount !== 0 && h.r.dayOfMonth === undefined && !h.r.toDate);
}

/** "Monday two weeks from now", "Thursday, two years from now", "in 3 days on Friday": the weekday takes the counted day. */
function weekdaysOfCounts(text: string, hits: Hit[]): void {
  for (let i = 0; i < hits.length; i++) {
    const w = hits[i];
    if (!bareWeekday(w)) continue;
    const [before, after] = [hits[i - 1], hits[i + 1]];
    const of = after && countedDay(after) && /^,?$/.test(text.slice(w.end, after.start).trim()) ? after
      : before && countedDay(before) && /^\s+on\s+$/i.test(text.slice(before.end, w.start)) ? before : undefined;
    if (!of) continue;
    w.wrap = { kind: 'weekdayOf', of };
    [w.start, w.end] = [Math.min(w.start, of.start), Math.max(w.end, of.end)];
    hits.splice(hits.indexOf(of), 1);
    if (of === before) i--;
  }
}

const RANGE_LEAD_RE = /\b(from|between)\s+$/i;

/** "from <a> to <b>", "between <a> and <b>": two hits that make one range. */
function ranges(text: string, hits: Hit[]): void {
  for (const h of hits) {
    // "from 2 July to 10 July": a range read as one hit takes its "from" too
    const lead = (h.kind === 'stated' && h.d.to) || (h.kind === 'year' && h.y.to) ? RANGE_LEAD_RE.exec(text.slice(Math.max(0, h.start - 10), h.start)) : null;
    if (lead && !h.wrap) h.start -= lead[0].length;
  }
  for (let i = 0; i + 1 < hits.length; i++) {
    const [a, b] = [hits[i], hits[i + 1]];
    if (a.kind === 'stated' && a.d.month !== undefined && a.d.day !== undefined && !a.d.to && b.kind === 'relative' && b.r.dayOfMonth !== undefined && /^\s*(?:to|till|until|through|thru)\s*$/i.test(text.slice(a.end, b.start))) {
      // "from April the ninth till the seventeenth": the end day is in the start's month (or the next)
      const day = b.r.dayOfMonth;
      a.d.to = day > a.d.day ? { day } : { month: (a.d.month % 12) + 1, day };
      a.start -= RANGE_LEAD_RE.exec(text.slice(Math.max(0, a.start - 10), a.start))?.[0].length ?? 0;
      a.end = b.end;
      hits.splice(i + 1, 1);
      continue;
    }
  }
  joinRanges(text, hits);
}

