/**
 * The quantity extractor: counts ("26 nations", "26 dozen countries", "the
 * 27-member European Union"), money ("€1.1bn", "34.6 million US dollars") and
 * percentages ("55%", "47-48%", "one in five").
 *
 * Bounds, so that the rules can compare claims as intervals:
 * - exact: `value` only (the interval is `[value, value]`);
 * - "at least 30" / "more than 30": `value` 30, `min` 30, no `max`. "More than"
 *   is strictly above 30; we keep `min` at 30 and let the qualifier say it is
 *   exclusive, since "more than 30" and "31" rarely contradict in a report;
 * - "up to 40" / "fewer than 40" / "nearly 50": `value`, `max`, no `min`;
 * - "about 50": `value` only, qualifier `about` (the rules add their tolerance);
 * - ranges "30-40", "between 30 and 40": `min` and `max`, no `value`. With a
 *   bound before a range ("no more than 47-48%"), `min`/`max` keep the range as
 *   stated and the qualifier (`at-most`) tells that the truth may lie below;
 * - vague counts ("thousands of", "hundreds of thousands"): `min` = the least
 *   they mean (2000, 200000), `max` only for "a handful", qualifier `vague`.
 * Durations ("40-minute", "three-and-a-half years") are left to the durations
 * extractor, years and date numbers to the dates extractor.
 */
import type { Extractor, NewClaim, QuantityClaim, Qualifier, SectionKind } from '../types';
import { QUANTITY_CUE_WORDS, mayStartNumber, parseNumber, isTightHyphen, type ParsedNumber, type Token } from './numbers';
import { tokenize } from './numbers-tokens';
import { Cues } from './numbers-cues';
import { CUE, QUANTITY, sentenceCues } from './sentence-cues';
import { currencyAfter, currencyBefore, type CurrencyMatch } from './money';
import { holderAfter, isTimeUnit, nounAfter, unitOf, type NounMatch } from './quantity-nouns';
import { isNotACount, isYearHere, looksLikeYear, qualifierBefore, yearEnd } from './quantity-context';
import { changeBefore, postfixAt, signBefore, urlRanges } from './quantity-bounds';
import { bareCountAllowed, centsAfter, percentOfAt, secondBound } from './quantity-extra';
import { sectionAt } from './sentences';

type Found = Omit<QuantityClaim, 'id' | 'source' | 'sentence' | 'section'>;

// sticky, tried right after a number
// "%" followed by two hex digits is URL encoding ("%28", "%2020"), no percent
const PERCENT_RE = /[ \u00A0]?(?:(%)(?![0-9A-Fa-f]{2})|(per[ \u00A0]?cents?|percents?)(?![A-Za-z])|(percentage[ \u00A0]points?)(?![A-Za-z])|(percentage)(?![A-Za-z]))/iy;
const DASHES = new Set(['-', '–', '—', '‑', '~']);
const RANGE_WORDS = new Set(['to', 'through', 'thru']);
/** "two-thirds", "one-half": a fraction, not an adjectival count */
const FRACTION_WORD_RE = /^(?:half|halves|thirds?|quarters?|fifths?|tenths?)$/;

/** A sentence without one of {@link QUANTITY_CUE_WORDS} holds no quantity: the cue pass (sentence-cues.ts) sets its QUANTITY bit wherever this test says yes, and quantities are read only there (tests/claims/numbers-cues.test.ts checks the two together). */
export const QUANTITY_CUES = new Cues(QUANTITY_CUE_WORDS);

/** First token index at or after `j` that starts at or after `offset`. */
function tokenAt(t: readonly Token[], j: number, offset: number): number {
  while (j < t.length && t[j].start < offset) j++;
  return j;
}

function percentAfter(text: string, t: readonly Token[], end: number): { end: number; unit: string } | null {
  PERCENT_RE.lastIndex = t[end - 1].end;
  const m = PERCENT_RE.exec(text);
  return m ? { end: m.index + m[0].length, unit: m[3] ? 'percentage-point' : 'percent' } : null;
}

/** The second number of a range after `a` ("30-40", "30 to 40", "between 30 and 40", "$30m-$40m"). */
function rangeAfter(t: readonly Token[], a: ParsedNumber, text: string, opts: { between: boolean; from: boolean; money: boolean }): { b: ParsedNumber; min: number } | null {
  const { between, from, money } = opts;
  let j = a.end;
  const pa = percentAfter(text, t, j);
  if (pa) j = tokenAt(t, j, pa.end);
  const c = t[j];
  if (!c) return null;
  // "30-40", "1000 - 5000", "20~100"; "to" is no range after a word of change ("rose from 30 to 40")
  const dash = DASHES.has(c.text);
  const or = c.lower === 'or' && !between;
  if (!(dash || or || (RANGE_WORDS.has(c.lower) && !from) || (between && c.lower === 'and'))) return null;
  let k = j + 1;
  let b = parseNumber(t, k);
  if (!b) {
    // "$30m-$40m": a currency sign again before the second number
    let m = k;
    while (m < t.length && m <= j + 3 && t[m].type !== 'num') m++;
    const cb = m < t.length ? currencyBefore(text, t[m].start, c.end) : null;
    if (!cb || cb.start > t[k].start || !money) return null;
    k = m;
    b = parseNumber(t, k);
  }
  if (!b || b.vague || a.vague) return null;
  // both ends in the same unit: "47% to 48%", not "fell 5% to $12.50"
  if (pa && !percentAfter(text, t, b.end)) return null;
  const min = a.scale === 1 && b.scale > 1 ? a.value * b.scale : a.value;
  // "two or three", "10 or 12": two close guesses are a range; "5 or 50" is a choice
  if (or && (b.value > 2 * min + 1 || pa || money)) return null;
  return min < b.value ? { b, min } : null;
}

/** "one in five", "nine out of ten": a share, as a percentage. */
function ratioAfter(t: readonly Token[], a: ParsedNumber): { b: ParsedNumber; percent: number } | null {
  if (a.vague || a.scale !== 1 || !Number.isInteger(a.value)) return null;
  let k = a.end;
  if (t[k]?.lower === 'in') k++;
  else if (t[k]?.lower === 'out' && t[k + 1]?.lower === 'of') k += 2;
  else return null;
  const b = parseNumber(t, k);
  if (!b || b.vague || b.scale !== 1 || !Number.isInteger(b.value) || b.value <= a.value || b.value > 1000) return null;
  return { b, percent: (100 * a.value) / b.value };
}

/** "30 to 40 percent" after a first figure with no unit: the unit of the second. */
function changeToPercent(t: readonly Token[], end: number, text: string): { unit: string } | null {
  if (t[end]?.lower !== 'to') return null;
  const b = parseNumber(t, end + 1);
  return b ? percentAfter(text, t, b.end) : null;
}

function bounds(q: Qualifier, value: number): Pick<Found, 'value' | 'min' | 'max'> {
  if (q === 'at-least' || q === 'more-than') return { value, min: value };
  if (q === 'at-most' || q === 'less-than' || q === 'nearly') return { value, max: value };
  return { value };
}

/** The figure part of a quantity: its number(s), qualifier, currency or percent sign. */
interface Figure {
  a: ParsedNumber;
  /** the number whose end ends the figure: `a`, or the second of a range or ratio */
  last: ParsedNumber;
  cur: CurrencyMatch | null;
  money: CurrencyMatch | null;
  pct: { end: number; unit: string } | null;
  range: { b: ParsedNumber; min: number } | null;
  ratio: { b: ParsedNumber; percent: number } | null;
  q: { qualifier: Qualifier; first: number } | null;
  /** first token of the claim and the token after the figure */
  first: number;
  end: number;
  spanStart: number;
  spanEnd: number;
}

function readFigure(t: readonly Token[], i: number, text: string, lowerBound: number): Figure | 'reject' | null {
  const a = parseNumber(t, i);
  if (!a) return null;
  let cur = a.words ? null : currencyBefore(text, t[i].start, lowerBound);
  // "10 rmb 20 usd": a code before the number that ends the amount before it yields to the one after
  if (cur && /^[a-z]/i.test(text[cur.start]) && t[tokenAt(t, Math.max(0, i - 4), cur.start) - 1]?.type === 'num' && currencyAfter(text, t[a.end - 1].end)) cur = null;
  const startTok = cur ? tokenAt(t, Math.max(0, i - 4), cur.start) : i;
  const sign = signBefore(t, startTok);
  if (sign === 'reject') return 'reject';
  let q = qualifierBefore(t, startTok) ?? sign;
  const before = t[startTok - 1]?.lower;
  const between = startTok > 0 && before === 'between' && t[startTok].gap;
  const from = startTok > 0 && before === 'from' && t[startTok].gap;
  const change = from && changeBefore(t, startTok - 1);
  const range = rangeAfter(t, a, text, { between, from: change, money: cur !== null });
  const ratio = range || cur ? null : ratioAfter(t, a);
  const last = range?.b ?? ratio?.b ?? a;
  const pct = ratio ? null : percentAfter(text, t, last.end);
  const money = cur ?? (pct ? null : currencyAfter(text, t[last.end - 1].end, a.vague));
  let spanEnd = Math.max(t[last.end - 1].end, pct?.end ?? 0, money && !cur ? money.end : 0);
  let end = tokenAt(t, last.end, spanEnd);
  // "200 or more", "less than 5000 or equal"
  const post = range || ratio || a.vague ? null : postfixAt(t, end, q?.qualifier ?? 'exact');
  if (post) {
    q = { qualifier: post.qualifier, first: q?.first ?? startTok };
    end = post.end;
    spanEnd = t[post.end - 1].end;
  }
  const spanned = (between || (from && !change)) && range !== null;
  const first = spanned ? startTok - 1 : q ? q.first : startTok;
  const spanStart = cur && !q && !spanned ? cur.start : t[first].start;
  return { a, last, cur, money, pct, range, ratio, q, first, end, spanStart, spanEnd };
}

/** What a figure counts: its noun, or what an adjectival count describes; `null` when it is no count. */
function readCounted(t: readonly Token[], f: Figure, text: string): { noun: NounMatch | null; holder?: string; spanEnd: number } | null {
  const { a, end } = f;
  if (f.pct || f.money) return { noun: null, spanEnd: f.spanEnd };
  if (!f.ratio && isTightHyphen(t, end) && t[end + 1].type === 'word') {
    // adjectival count: "27-member European Union", "the 26-nation coalition"; "40-minute" is a duration
    const word = t[end + 1];
    if (isTimeUnit(word.lower) || FRACTION_WORD_RE.test(word.lower)) return null;
    const u = unitOf(word.text);
    if (a.words && !u.known) return null; // "five-star", "one-sided"
    let k = end + 2;
    while (isTightHyphen(t, k) && t[k + 1].type === 'word') k += 2;
    const noun = { unit: u.unit, noun: word.text, known: u.known, end: end + 2 };
    const h = holderAfter(t, k, text);
    return h ? { noun, holder: h.holder, spanEnd: t[h.end - 1].end } : { noun, spanEnd: t[k - 1].end };
  }
  let k = end;
  if (t[k]?.lower === 'of' && (a.vague || f.ratio || a.multiplier === 'score')) k += t[k + 1]?.lower === 'the' ? 2 : 1;
  const noun = nounAfter(t, k, f.ratio ? 2 : a.value, text);
  if (noun === 'time') return null;
  return { noun, spanEnd: noun ? t[noun.end - 1].end : f.spanEnd };
}

/** Read the quantity whose number starts at token `i`: the claim (or none) and where to go on. */
function readAt(t: readonly Token[], i: number, text: string, lowerBound: number): { found?: Found; next: number } | null {
  const w = t[i].lower;
  if (!mayStartNumber(t, i) && w !== 'percent' && w !== 'percents' && w !== 'per') return null;
  const pctOf = percentOfAt(t, i);
  if (pctOf) return { found: { kind: 'percent', span: { start: t[i].start, end: t[pctOf.end - 1].end }, unit: 'percent', qualifier: 'exact', value: pctOf.value }, next: pctOf.end };
  const f = readFigure(t, i, text, lowerBound);
  if (f === 'reject') return { next: (parseNumber(t, i)?.end ?? i + 1) };
  if (!f) return null;
  const { a, cur, pct, money, range, ratio, q } = f;
  if (a.words && i >= 2 && isTightHyphen(t, i - 1) && t[i - 2].type === 'word') return { next: a.end }; // "Twenty-One Pilots"
  if (!cur && !pct && !range && a.end === i + 1 && looksLikeYear(t[i].text)) {
    const n = nounAfter(t, f.end, a.value, text);
    if (isYearHere(t, i, n !== null && n !== 'time' && n.known && /^[a-z]/.test(n.noun))) return { next: yearEnd(t, i) };
  }
  // "from 2014 to 2022", "2019-2021": a span of years, left to the dates extractor
  if (range && !cur && !pct && a.end === i + 1 && looksLikeYear(t[i].text) && looksLikeYear(t[range.b.end - 1].text)) return { next: range.b.end };
  if (!cur && !money && isNotACount(t, { ...a, end: f.last.end }, text)) return { next: f.last.end };
  const counted = readCounted(t, f, text);
  if (!counted) return { next: f.end + 1 };
  const { noun } = counted;
  // a number in words needs its noun or must stand as a count ("killing three"); "one" needs a known noun ("one thing")
  if (a.words && !a.vague && !pct && !money && !ratio) {
    if (noun ? a.value === 1 && !noun.known : !bareCountAllowed(t, a, q !== null)) return { next: a.end };
  }
  // "10m" with no money is metres as often as millions: only before a plural or known noun ("5m barrels", not "the 100m sprint")
  if (!money && !pct && t[a.end - 1]?.text === 'm' && a.multiplier === 'm' && !(noun && (noun.known || /s$/i.test(noun.noun)))) return { next: f.end };
  // "from 30 to 40 percent": the first figure of a change shares the second's percent sign
  const pctLater = !pct && !money && !noun && !range ? changeToPercent(t, f.end, text) : null;

  const qualifier: Qualifier = q?.qualifier ?? (a.vague ? 'vague' : 'exact');
  const factor = money?.factor ?? 1;
  const found: Found = {
    kind: pct || ratio || pctLater ? 'percent' : money ? 'money' : 'quantity',
    span: { start: f.spanStart, end: counted.spanEnd },
    unit: ratio ? 'percent' : (pct?.unit ?? pctLater?.unit ?? money?.code ?? noun?.unit ?? 'count'),
    qualifier,
    ...(range
      ? { min: range.min * factor, max: range.b.value * factor }
      : ratio
        ? bounds(qualifier, ratio.percent)
        : a.vague
          ? { min: a.value * factor, ...(a.max !== undefined ? { max: a.max * factor } : {}) }
          : bounds(qualifier, a.value * factor)),
  };
  const nounText = noun?.noun ?? money?.word;
  if (nounText) found.noun = nounText;
  const multiplier = range?.b.multiplier ?? a.multiplier;
  if (multiplier) found.multiplier = multiplier;
  if (counted.holder) found.holder = counted.holder;
  let next = Math.max(tokenAt(t, f.end, counted.spanEnd), a.end);
  // "3 dollars 50 cents", "15 USD 25": the hundredths after the whole amount
  const cents = money && !range && !a.vague && !a.multiplier && factor === 1 && found.value !== undefined ? centsAfter(t, next, text, money.code, cur !== null) : null;
  if (cents && found.value !== undefined) {
    found.value += cents.value;
    found.span = { start: found.span.start, end: cents.spanEnd };
    next = cents.end;
  }
  // "larger than 20 and less or equal than 35": one interval
  const joined = !noun && !range && !ratio && !money && !pct ? secondBound(t, next, qualifier, a.value, text) : null;
  if (joined) {
    const { value: _v, ...rest } = found;
    void _v;
    return { found: { ...rest, ...joined.claim, qualifier: 'exact', span: { start: f.spanStart, end: joined.spanEnd } }, next: joined.end };
  }
  return { found, next };
}

/** Counts, money and percentages in the sentences of a source. */
export const extractQuantities: Extractor = (ctx) => {
  const { text, sections, id } = ctx.source;
  const out: NewClaim[] = [];
  const cues = sentenceCues(ctx);
  for (let k = 0; k < ctx.sentences.length; k++) {
    const sentence = ctx.sentences[k];
    const section: SectionKind = sectionAt(sections, sentence.start)?.kind ?? 'body';
    // the cue pass sets these bits wherever QUANTITY_CUES may say yes
    if (section === 'boilerplate' || (cues[k] & (CUE.digit | QUANTITY)) === 0) continue;
    const t = tokenize(text, sentence.start, sentence.end);
    const urls = urlRanges(text, sentence.start, sentence.end);
    for (let i = 0; i < t.length; ) {
      if (urls.length > 0 && urls.some(([s, e]) => t[i].start >= s && t[i].start < e)) {
        i++;
        continue;
      }
      const r = readAt(t, i, text, sentence.start);
      if (r?.found) {
        // completed in place, its fields first as a spread would put them (a copy of the many shapes a quantity takes was slow)
        const claim = r.found as NewClaim & Found;
        claim.source = id;
        claim.sentence = sentence;
        claim.section = section;
        out.push(claim);
      }
      i = r ? Math.max(r.next, i + 1) : i + 1;
    }
  }
  return out;
};
