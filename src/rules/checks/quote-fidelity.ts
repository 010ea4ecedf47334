/**
 * quote-fidelity: the same words quoted differently. Two quotes are of the
 * same utterance when they share a run of at least `minCommonWords` words,
 * the words they share in order cover `minOverlap` of the shorter one, and
 * their speakers do not differ.
 * A quote contained in the other (shortened, or cut with an ellipsis) agrees;
 * anything else is an alteration, reported with the words that differ.
 */
import type { QuoteClaim } from '../../types';
import { disagreement, partition, type Item } from '../sides';
import type { Check, CheckFinding } from '../types';

/** Words of a quote, folded: case, curly apostrophes, punctuation. Ellipses split it into pieces. */
export function quotePieces(quote: string): string[][] {
  return quote
    .split(/\.\.\.|…|\[\.\.\.\]/)
    .map((p) => (p.toLowerCase().replace(/[’‘]/g, "'").match(/[\p{L}\p{N}]+(?:'[\p{L}]+)?/gu) ?? []))
    .filter((p) => p.length > 0);
}

function indexOfRun(hay: string[], needle: string[], from: number): number {
  outer: for (let i = from; i + needle.length <= hay.length; i++) {
    for (let j = 0; j < needle.length; j++) if (hay[i + j] !== needle[j]) continue outer;
    return i;
  }
  return -1;
}

/** The words of quotes' pieces in one list, by pieces (a partition asks whether each version holds each other). */
const flatWords = new WeakMap<string[][], string[]>();

function flatOf(pieces: string[][]): string[] {
  let flat = flatWords.get(pieces);
  if (!flat) flatWords.set(pieces, (flat = pieces.flat()));
  return flat;
}

/** Whether every piece of `short` occurs in `long`, in order. */
export function containedIn(short: string[][], long: string[][]): boolean {
  const flat = flatOf(long);
  let at = 0;
  for (const piece of short) {
    const i = indexOfRun(flat, piece, at);
    if (i < 0) return false;
    at = i + piece.length;
  }
  return true;
}

/** Length of the longest common subsequence of two word lists (words in order, gaps allowed). */
export function commonWords(a: string[], b: string[]): number {
  const row = new Array<number>(b.length + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    let diag = 0;
    for (let j = 1; j <= b.length; j++) {
      const keep = row[j];
      row[j] = a[i - 1] === b[j - 1] ? diag + 1 : Math.max(row[j], row[j - 1]);
      diag = keep;
    }
  }
  return row[b.length];
}

/** Length of the longest run of words two quotes share. */
export function longestCommonRun(a: string[], b: string[]): number {
  let best = 0;
  const prev = new Array<number>(b.length + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    let diag = 0;
    for (let j = 1; j <= b.length; j++) {
      const keep = prev[j];
      prev[j] = a[i - 1] === b[j - 1] ? diag + 1 : 0;
      if (prev[j] > best) best = prev[j];
      diag = keep;
    }
  }
  return best;
}

export const quoteFidelity: Check = {
  type: 'quote-fidelity',
  run(ctx) {
    const minCommon = (ctx.rule.options?.minCommonWords as number | undefined) ?? 4;
    const minOverlap = (ctx.rule.options?.minOverlap as number | undefined) ?? 0.5;
    // one quote is often given word for word by several sources: its pieces are read once
    const piecesOf = new Map<string, string[][]>();
    const quotes = ctx.claims
      .filter((c): c is QuoteClaim => c.kind === 'quote')
      .map((q) => {
        let pieces = piecesOf.get(q.quote);
        if (!pieces) piecesOf.set(q.quote, (pieces = quotePieces(q.quote)));
        // the words in one list, made once: pairs, sorts and partitions read them many times
        return { q, pieces, words: flatOf(pieces) };
      })
      .filter((x) => x.words.length >= minCommon);
    const same = (i: number, j: number): boolean => {
      const a = quotes[i];
      const b = quotes[j];
      if (a.q.speaker && b.q.speaker && ctx.alignment.personOf(a.q.speaker) !== ctx.alignment.personOf(b.q.speaker)) return false;
      const wa = a.words;
      const wb = b.words;
      // one shared run proves a common source; the words shared in order measure how much
      return longestCommonRun(wa, wb) >= minCommon && commonWords(wa, wb) >= minOverlap * Math.min(wa.length, wb.length);
    };
    // connected groups of quotes of one utterance (which pairs join does not depend on the order they are tried in)
    const parent = quotes.map((_, i) => i);
    const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i])));
    const tryPair = (i: number, j: number): void => {
      if (find(i) !== find(j) && same(i, j)) parent[find(j)] = find(i);
    };
    // quotes of different speakers are never one utterance: each is compared with its speaker's and with the unattributed
    const bySpeaker = new Map<string, number[]>();
    const unattributed: number[] = [];
    quotes.forEach((x, i) => {
      if (!x.q.speaker) return void unattributed.push(i);
      const k = ctx.alignment.personOf(x.q.speaker);
      const list = bySpeaker.get(k);
      if (list) list.push(i);
      else bySpeaker.set(k, [i]);
    });
    for (const list of bySpeaker.values()) for (let a = 0; a < list.length; a++) for (let b = a + 1; b < list.length; b++) tryPair(list[a], list[b]);
    for (const u of unattributed) {
      for (let j = 0; j < quotes.length; j++) {
        // a pair of unattributed quotes is tried once, from its first
        if (j === u || (!quotes[j].q.speaker && j < u)) continue;
        tryPair(Math.min(u, j), Math.max(u, j));
      }
    }
    const groups = new Map<number, number[]>();
    quotes.forEach((_, i) => {
      const members = groups.get(find(i));
      if (members) members.push(i);
      else groups.set(find(i), [i]);
    });
    const out: CheckFinding[] = [];
    for (const members of groups.values()) {
      if (new Set(members.map((i) => quotes[i].q.source)).size < 2) continue;
      // longest versions first, so shortened quotes join the version they were cut from
      const sorted = [...members].sort((x, y) => quotes[y].words.length - quotes[x].words.length);
      const items: Item<string[][]>[] = sorted.map((i) => ({ claim: quotes[i].q, value: quotes[i].pieces, display: `“${quotes[i].q.quote}”`, json: quotes[i].q.quote }));
      const sides = partition(items, (a, b) => containedIn(a, b) || containedIn(b, a));
      if (sides.length < 2 || new Set(sides.flatMap((s) => s.sources)).size < 2) continue;
      const speaker = members.map((i) => quotes[i].q.speaker).find((s) => s) ?? 'an unnamed speaker';
      const diff = wordsDiffer(sides[0].items[0].value.flat(), sides[1].items[0].value.flat());
      out.push(
        disagreement(ctx.alignment, sides, `quote of ${speaker}`, undefined, (m, o) => `${speaker} is quoted with different words (${diff}): ${m.replace(/ say .*/, ' agree')}; ${o}`),
      );
    }
    return out;
  },
};

/** The words one version has and the other lacks: "“cannot” / “will not”". */
function wordsDiffer(a: string[], b: string[]): string {
  const inA = a.filter((w) => !b.includes(w));
  const inB = b.filter((w) => !a.includes(w));
  const show = (ws: string[]): string => (ws.length ? `“${ws.slice(0, 6).join(' ')}”` : 'nothing');
  return `${show(inA)} against ${show(inB)}`;
}
