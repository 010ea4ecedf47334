/**
 * term-variant: a place or organisation spelled in different ways across the
 * sources (Kyiv / Kiev, NATO / Nato). Terms come from the rule's options and,
 * with `useData`, from `rules/data/spellings.json`. Matches are whole words,
 * case as written (an all-capitals form counts too unless caseSensitive).
 */
import { locateSpan } from '../../sources/position';
import type { Evidence, FindingSide, Source } from '../../types';
import { loadData } from '../data';
import type { Check, CheckFinding } from '../types';

interface Term {
  preferred?: string;
  variants: string[];
  caseSensitive?: boolean;
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The forms a variant is matched in: as written, and in capitals unless case-sensitive. */
function formsOf(term: Term, variant: string): string[] {
  return term.caseSensitive || variant.toUpperCase() === variant ? [variant] : [variant, variant.toUpperCase()];
}

/** Each term's forms as alternatives of a pattern, escaped once (terms come from data and rule files, and live as long). */
const termForms = new WeakMap<Term, string>();

function formsPattern(term: Term): string {
  let p = termForms.get(term);
  if (p === undefined) termForms.set(term, (p = term.variants.flatMap((v) => formsOf(term, v).map(escape)).join('|')));
  return p;
}

/** One pattern for every form of every term, compiled once per list of forms. */
const anyForm = new Map<string, RegExp>();

/**
 * The sources whose text holds some form of some term anywhere: one search
 * for all forms at once. Most sources hold none, and need no further look.
 */
function sourcesWithSomeForm(sources: readonly Source[], terms: readonly Term[]): Set<Source> {
  const out = new Set<Source>();
  const source = terms
    .map(formsPattern)
    .filter((p) => p)
    .join('|');
  if (!source) return out;
  let re = anyForm.get(source);
  if (!re) anyForm.set(source, (re = new RegExp(source)));
  for (const src of sources) if (re.test(src.text)) out.add(src);
  return out;
}

/** First occurrence of each variant in each source's claim-bearing text. */
function occurrences(sources: readonly Source[], term: Term): Map<string, Evidence[]> {
  const found = new Map<string, Evidence[]>();
  for (const variant of term.variants) {
    const forms = formsOf(term, variant);
    let re: RegExp | undefined;
    for (const src of sources) {
      // a plain search rules out a source that does not hold the form before the pattern is even made
      if (!forms.some((f) => src.text.includes(f))) continue;
      re ??= new RegExp(`(?<![\\p{L}\\p{N}-])(?:${forms.map(escape).join('|')})(?![\\p{L}\\p{N}-])`, 'gu');
      for (const sec of src.sections) {
        if (sec.kind === 'boilerplate') continue;
        re.lastIndex = 0;
        const m = re.exec(src.text.slice(sec.start, sec.end));
        if (!m) continue;
        const loc = locateSpan(src, { start: sec.start + m.index, end: sec.start + m.index + m[0].length });
        const list = found.get(variant) ?? [];
        if (!list.some((e) => e.source === src.id)) list.push({ ...loc, value: variant });
        found.set(variant, list);
        break;
      }
    }
  }
  return found;
}

export const termVariant: Check = {
  type: 'term-variant',
  run(ctx) {
    const opts = ctx.rule.options ?? {};
    const terms: Term[] = [...((opts.terms as Term[] | undefined) ?? []), ...(opts.useData ? loadData<{ terms: Term[] }>('spellings').terms : [])];
    const out: CheckFinding[] = [];
    const holders = sourcesWithSomeForm(ctx.sources, terms);
    const sources = ctx.sources.filter((s) => holders.has(s));
    for (const term of terms) {
      const found = occurrences(sources, term);
      if (found.size < 2) continue;
      const sides: FindingSide[] = [...found.entries()]
        .map(([variant, evidence]) => ({ value: variant, display: variant, sources: evidence.map((e) => e.source), evidence }))
        .sort((a, b) => b.sources.length - a.sources.length);
      const preferred = term.preferred;
      const odd = sides.filter((s) => s.value !== (preferred ?? sides[0].value));
      const evidence = [...odd, ...sides.filter((s) => !odd.includes(s))].flatMap((s) => s.evidence);
      const list = sides.map((s) => `“${s.display}” (${s.sources.join(', ')})`).join(' and ');
      out.push({
        message: `${list}: the same name spelled differently${preferred ? `; prefer “${preferred}”` : ''}`,
        subject: `spelling of ${preferred ?? sides[0].display}`,
        majority: { value: sides[0].value, display: sides[0].display },
        sides,
        evidence,
      });
    }
    return out;
  },
};
