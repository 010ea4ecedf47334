/**
 * Judging one spec case: each expected result gets its own found claim (greedy,
 * in order, each claim used once), and what is left over is counted as extra.
 */
import type { SpecResult } from './load';
import { specSpan } from './compare';
import { describeFound, type Found, type ModelRule, type Verdict } from './found';

/** How one expected result fared. */
export type ResultStatus = 'matched' | 'value-differs' | 'span-differs' | 'no-claim' | 'out-of-scope' | 'claim-where-none';

/** The verdict on one spec case. */
export interface CaseOutcome {
  index: number;
  input: string;
  reference: string;
  jsFails: boolean;
  matched: boolean;
  outOfScope: boolean;
  expected: { text: string; resolution: unknown; status: ResultStatus; note?: string }[];
  got: string[];
  /** claims of the model's kinds that matched no expected result */
  extras: string[];
  /** the message of an exception an extractor threw on this case */
  error?: string;
}

/** Match the found claims of one case against its expected results (greedy, each claim used once). */
export function judge(rule: ModelRule, results: readonly SpecResult[], found: readonly Found[], text: string): Pick<CaseOutcome, 'matched' | 'outOfScope' | 'expected' | 'extras'> {
  const pool = found.filter((f) => rule.relevant(f));
  const used = new Set<Found>();
  const expected: CaseOutcome['expected'] = [];
  for (const r of results) {
    const row = { text: input(r, text), resolution: r.Resolution };
    const scope = rule.outOfScope(r);
    if (scope) {
      expected.push({ ...row, status: 'out-of-scope', note: scope });
      continue;
    }
    if (r.Resolution.value === 'null' || r.Resolution.value === null) {
      // "a small percent": the spec marks a mention with no number; we should claim nothing there
      const s = specSpan(r);
      const clash = pool.some((f) => f.span.start < s.end && s.start < f.span.end);
      expected.push({ ...row, status: clash ? 'claim-where-none' : 'matched' });
      continue;
    }
    const verdicts = pool.filter((f) => !used.has(f)).map((f) => [f, rule.compare(r, f, text)] as [Found, Verdict]);
    const hit = verdicts.find(([, v]) => v.span && v.value);
    if (hit) used.add(hit[0]);
    const status: ResultStatus = hit ? 'matched' : verdicts.some(([, v]) => v.span) ? 'value-differs' : verdicts.some(([, v]) => v.value) ? 'span-differs' : 'no-claim';
    expected.push({ ...row, status });
  }
  const extras = pool.filter((f) => !used.has(f)).map((f) => describeFound(f, text));
  const outOfScope = expected.some((e) => e.status === 'out-of-scope');
  const matched = !outOfScope && expected.every((e) => e.status === 'matched') && (results.length > 0 || pool.length === 0);
  return { matched, outOfScope, expected, extras };
}

function input(r: SpecResult, text: string): string {
  return text.slice(r.Start, r.End + 1);
}
