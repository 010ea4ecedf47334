/** Build sources and claims by hand for check tests: a claim is found by its text in a sentence. */
import { Alignment } from '../../src/align';
import { identity } from '../../src/sources/offset-map';
import { splitSentences, sentenceAt } from '../../src/claims/sentences';
import { runRules } from '../../src/rules/engine';
import { loadRules } from '../../src/rules/load';
import type { Rule } from '../../src/rules/types';
import type { Claim, Finding, NewClaim, Source } from '../../src/types';

export function source(id: string, text: string, published?: string): Source {
  const { text: t, map } = identity(text);
  return { id, path: `${id}.txt`, format: 'text', raw: text, text: t, map, sections: [{ kind: 'body', start: 0, end: text.length }], published };
}

type Partial<C> = C extends unknown ? Omit<C, 'id' | 'source' | 'span' | 'sentence' | 'section'> : never;

/** A claim at the `nth` occurrence of `surface` in the source's text. */
export function at(src: Source, surface: string, claim: Partial<NewClaim>, nth = 0): NewClaim & { source: string } {
  let start = -1;
  for (let i = 0; i <= nth; i++) start = src.text.indexOf(surface, start + 1);
  if (start < 0) throw new Error(`"${surface}" not in ${src.id}`);
  const sentences = splitSentences(src.text);
  return { ...claim, source: src.id, span: { start, end: start + surface.length }, sentence: sentenceAt(sentences, start), section: 'body' } as NewClaim & { source: string };
}

export function number(claims: NewClaim[]): Claim[] {
  return claims.map((c, i) => ({ ...c, id: `${c.source}#${i + 1}` }) as Claim);
}

/** Run one built-in rule (by id) over hand-made sources and claims. */
export function runRule(ruleId: string, sources: Source[], claims: NewClaim[], patch: Partial<Rule> | Record<string, unknown> = {}): Finding[] {
  const rule = loadRules().find((r) => r.id === ruleId);
  if (!rule) throw new Error(`no rule ${ruleId}`);
  const numbered = number(claims);
  return runRules([{ ...rule, ...patch } as Rule], sources, numbered, new Alignment(sources, numbered));
}
