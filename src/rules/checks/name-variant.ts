/**
 * name-variant: one person's full name written in different ways across the
 * sources (Kim Jong-un / Kim Jong Un; Zelensky / Zelenskyy is a term-variant
 * when the data names it). Reported as style (info): the majority form first.
 */
import type { PersonClaim } from '../../types';
import { disagreement, partition, type Item } from '../sides';
import type { Check, CheckFinding } from '../types';

/** The name as written, without honorifics: "Sir Keir Starmer" and "Keir Starmer" are one form. */
function writtenForm(text: string): string {
  return text.replace(/^(?:Sir|Dame|Dr\.?|Mr\.?|Mrs\.?|Ms\.?|Lord|Lady)\s+/, '').replace(/[’']s$/, '').replace(/\s+/g, ' ').trim();
}

export const nameVariant: Check = {
  type: 'name-variant',
  run(ctx) {
    const full = ctx.claims.filter((c): c is PersonClaim => c.kind === 'person' && c.mention === 'full');
    const byKey = new Map<string, PersonClaim[]>();
    for (const p of full) {
      const k = ctx.alignment.personOf(p.name);
      const list = byKey.get(k);
      if (list) list.push(p);
      else byKey.set(k, [p]);
    }
    const out: CheckFinding[] = [];
    for (const list of byKey.values()) {
      // one piece of evidence per source and form: the first mention
      const seen = new Set<string>();
      const items: Item<string>[] = [];
      for (const p of list) {
        const form = writtenForm(ctx.alignment.source(p.source).text.slice(p.span.start, p.span.end));
        if (seen.has(`${p.source}\0${form}`)) continue;
        seen.add(`${p.source}\0${form}`);
        items.push({ claim: p, value: form, display: form, json: form });
      }
      const sides = partition(items, (a, b) => a === b);
      if (sides.length < 2) continue;
      const forms = sides.map((s) => s.items[0].display);
      out.push(
        disagreement(ctx.alignment, sides, `spelling of ${forms[0]}`, undefined, (m, o) => `${forms.map((f) => `“${f}”`).join(' and ')} are the same name spelled differently: ${m}; ${o}`),
      );
    }
    return out;
  },
};
