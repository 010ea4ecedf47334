/**
 * Open ranges: a date with words around it that keep one side open. "since
 * 2010", "starting January 7th", "2018 or later", ">= 2019" (since: from its
 * first day on); "after Feb 2018", "later than 2018" (after: from after its
 * last day); "until Friday", "by the end of this month", "no later than
 * January 1, 2010" (until: up to its last day); "before independence day",
 * "prior to 2000" (before: up to its first day). The phrases are data
 * (`openBounds` in rules/data/dates.json); the hit keeps its own span and
 * resolution, the claim takes the phrase into its span and says which side
 * is open ({@link DateClaim.bound}).
 *
 * "before the end of December" is before December is over, so until
 * December's last day; "after the beginning of March" is since its first.
 * "more than 2 weeks before today" is before the day counted to.
 *
 * A phrase before a date bounds it only when the date ends its noun phrase:
 * "after the 2014 invasion", "before Friday's vote" and "a day after
 * Christmas" (a day counted from it) are no open ranges.
 */
import type { DateBound, Span } from '../types';
import type { Hit } from './date-hits';
import { loadData } from '../rules/data';
import { lastWord } from './last-word';

interface BoundsData {
  openBounds: Record<DateBound, { lead: string[]; trail: string[] }>;
  openBoundCounts: string[];
  openBoundFollowers: string[];
  durationUnits: Record<string, unknown>;
}

interface Cues {
  lead: RegExp;
  trail: RegExp;
  count: RegExp;
  kinds: Map<string, DateBound>;
  followers: Set<string>;
  units: Set<string>;
}

/** Characters before a date looked at for a phrase: "year greater than the " and a little. */
const HEAD = 32;
const PART_RE = /^(?:the\s+)?(end|close|beginning|start)\s+of\b/i;

let cues: Cues | undefined;

function phrasePattern(p: string): string {
  const words = p.split(' ');
  // "or later" takes a space between its words, "> =" may have one
  return words.map((w, i) => (i > 0 ? (/[a-z]/.test(words[i - 1]) && /^[a-z]/.test(w) ? '\\s+' : '\\s*') : '') + w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('');
}

/** A phrase as a regex alternative, longest first so that "no later than" wins over "later than". */
function alternatives(phrases: readonly string[]): string {
  return [...phrases].sort((a, b) => b.length - a.length).map((p) => `${phrasePattern(p)}${/[a-z]$/.test(p) ? '\\s+' : '\\s*'}`).join('|');
}

function load(): Cues {
  const d = loadData<BoundsData>('dates');
  const kinds = new Map<string, DateBound>();
  const leads: string[] = [];
  const trails: string[] = [];
  for (const [kind, { lead, trail }] of Object.entries(d.openBounds) as Array<[DateBound, { lead: string[]; trail: string[] }]>) {
    for (const p of lead) kinds.set(`<${p.replace(/\s+/g, '')}`, kind);
    for (const p of trail) kinds.set(`>${p.replace(/\s+/g, '')}`, kind);
    leads.push(...lead);
    trails.push(...trail);
  }
  return {
    // the phrase, then "the end of" or "the beginning of" when the date leaves them out, then "the"
    // not inside a word ("the run-up to 2024" is no "up to 2024")
    lead: new RegExp(`(?<![\\w'’<>=-])(${alternatives(leads)})(?:(?:the\\s+)?(end|close|beginning|start)\\s+of\\s+)?(?:the\\s+)?$`, 'i'),
    trail: new RegExp(`^\\s*(${trails.map(phrasePattern).join('|')})(?![\\w'’])(?=\\s*(?:$|[^\\w\\s'’]))`, 'i'),
    count: new RegExp(`(?<![\\w'’])(?:${alternatives(d.openBoundCounts)})$`, 'i'),
    kinds,
    followers: new Set(d.openBoundFollowers),
    units: new Set(Object.keys(d.durationUnits)),
  };
}

function kindOf(c: Cues, side: '<' | '>', phrase: string): DateBound | undefined {
  return c.kinds.get(`${side}${phrase.toLowerCase().replace(/\s+/g, '')}`);
}

/** May a date that is bounded by a phrase before it end where it does? Not before a noun or a possessive. */
function endsPhrase(c: Cues, text: string, end: number, limit: number): boolean {
  const after = text.slice(end, Math.min(limit, end + 24));
  if (/^['’]s\b/.test(after)) return false;
  const word = /^\s*([A-Za-z]+)/.exec(after);
  return !word || c.followers.has(word[1].toLowerCase());
}

/** A hit that may be one bound of an open range: a single date or period, not a range, a stretch or a weak end. */
function boundable(h: Hit): boolean {
  if (h.weak || h.wrap?.kind === 'range' || h.wrap?.kind === 'stretch') return false;
  return h.kind !== 'relative' || !h.r.count || h.r.count.side === 'in';
}

/** The open bound a phrase before the hit gives it, with where the phrase starts. */
function leadBound(c: Cues, text: string, sentence: Span, h: Hit): { kind: DateBound; start: number } | undefined {
  const from = Math.max(sentence.start, h.start - HEAD);
  const head = text.slice(from, h.start);
  if (h.wrap?.kind === 'offset') {
    // "more than 2 weeks before today": beyond the day counted to
    const m = c.count.exec(head);
    return m ? { kind: h.wrap.sign < 0 ? 'before' : 'after', start: from + m.index } : undefined;
  }
  const m = c.lead.exec(head);
  if (!m) return undefined;
  let kind = kindOf(c, '<', m[1].trim());
  if (!kind || !endsPhrase(c, text, h.end, sentence.end)) return undefined;
  // "the day after Christmas", "weeks before the vote": a day counted from the date, not a bound
  if (/^[a-z]/i.test(m[1]) && c.units.has(lastWord(text.slice(Math.max(sentence.start, from + m.index - 12), from + m.index)).toLowerCase())) return undefined;
  const gap = m[2]?.toLowerCase();
  const part = gap ?? PART_RE.exec(text.slice(h.start, h.end))?.[1].toLowerCase();
  const atStart = part === 'beginning' || part === 'start';
  const later = kind === 'since' || kind === 'after';
  // "after the beginning of March" (the date is March): the bound is where March begins, or ends
  if (gap) kind = atStart ? (later ? 'since' : 'before') : later ? 'after' : 'until';
  // "before the end of 2027" (the date is its last months): until 2027 is over
  else if (kind === 'before' && (part === 'end' || part === 'close')) kind = 'until';
  else if (kind === 'after' && atStart) kind = 'since';
  return { kind, start: from + m.index };
}

/** Give each hit that phrases around it bound (see the module comment) its `bound`. */
export function boundHits(text: string, sentence: Span, hits: readonly Hit[]): void {
  cues ??= load();
  for (const h of hits) {
    if (!boundable(h)) continue;
    const lead = leadBound(cues, text, sentence, h);
    if (lead) {
      h.bound = { kind: lead.kind, start: lead.start, end: h.end };
      continue;
    }
    const t = cues.trail.exec(text.slice(h.end, Math.min(sentence.end, h.end + 16)));
    const kind = t ? kindOf(cues, '>', t[1]) : undefined;
    if (!t || !kind) continue;
    // "from 2010 onwards": the "from" belongs to the bound
    const from = kind === 'since' ? /\bfrom\s+$/i.exec(text.slice(Math.max(sentence.start, h.start - 6), h.start)) : null;
    h.bound = { kind, start: h.start - (from?.[0].length ?? 0), end: h.end + t[0].length };
  }
}
