/**
 * The benchmark's figures: for each spec file, how many cases crosscheck
 * matches (span and normalized value), how it does on the cases the
 * JavaScript port of Recognizers-Text fails, and how many claims it makes
 * beyond those expected. `runSpecs` computes them without printing, so a jest
 * test can hold floors.
 */
import * as path from 'node:path';
import { failsInJavaScript, loadSpecFile, referenceOf, SPEC_FILES, specsDir, type SpecModel } from './load';
import { RULES } from './compare';
import { judge, type CaseOutcome } from './judge';
import { isDateCase } from './compare-dates';
import { describeFound } from './found';
import { foundIn } from './extract';

/** The figures of one spec file. */
export interface SpecFigures {
  file: string;
  model: SpecModel;
  /** cases in the file */
  total: number;
  /** cases benchmarked (for the DateTimeModel, those expecting only dates, date ranges and durations) */
  cases: number;
  /** cases whose every expected result was matched, span and value */
  matched: number;
  /** matched / cases, in percent, one decimal */
  matchedPct: number;
  /** benchmarked cases the JavaScript port of Recognizers-Text fails */
  jsFails: number;
  /** of those, how many crosscheck matches */
  jsFailsMatched: number;
  jsFailsMatchedPct: number;
  /** cases with a result beyond what crosscheck claims (still in `cases`) */
  outOfScope: number;
  /** claims of the model's kinds that matched no expected result */
  extraClaims: number;
  /** cases on which an extractor threw */
  errors: number;
}

/** Figures and per-case outcomes of one file. */
export interface FileEvaluation {
  figures: SpecFigures;
  outcomes: CaseOutcome[];
}

function pct(n: number, d: number): number {
  return d === 0 ? 0 : Math.round((1000 * n) / d) / 10;
}

/** Run crosscheck over every benchmarked case of one spec file. */
export function evaluateFile(file: string, model: SpecModel, dir = specsDir()): FileEvaluation {
  const cases = loadSpecFile(path.join(dir, file));
  const rule = RULES[model];
  const outcomes: CaseOutcome[] = [];
  cases.forEach((c, index) => {
    if (model === 'datetime' && !isDateCase(c)) return;
    const reference = referenceOf(c);
    const base = { index, input: c.Input, reference, jsFails: failsInJavaScript(c) };
    try {
      const found = foundIn(model, c.Input, reference);
      const verdict = judge(rule, c.Results, found, c.Input);
      outcomes.push({ ...base, ...verdict, got: found.filter((f) => rule.relevant(f)).map((f) => describeFound(f, c.Input)) });
    } catch (e) {
      // an extractor that throws fails its case, it does not stop the benchmark
      const expected = c.Results.map((r) => ({ text: c.Input.slice(r.Start, r.End + 1), resolution: r.Resolution, status: 'no-claim' as const }));
      outcomes.push({ ...base, matched: false, outOfScope: false, expected, got: [], extras: [], error: (e as Error).message });
    }
  });
  const matched = outcomes.filter((o) => o.matched).length;
  const js = outcomes.filter((o) => o.jsFails);
  const jsMatched = js.filter((o) => o.matched).length;
  const figures: SpecFigures = {
    file, model, total: cases.length, cases: outcomes.length,
    matched, matchedPct: pct(matched, outcomes.length),
    jsFails: js.length, jsFailsMatched: jsMatched, jsFailsMatchedPct: pct(jsMatched, js.length),
    outOfScope: outcomes.filter((o) => o.outOfScope).length,
    extraClaims: outcomes.reduce((n, o) => n + o.extras.length, 0),
    errors: outcomes.filter((o) => o.error !== undefined).length,
  };
  return { figures, outcomes };
}

/** The figures of every spec file, computed without printing. */
export function runSpecs(dir = specsDir()): SpecFigures[] {
  return SPEC_FILES.map(({ file, model }) => evaluateFile(file, model, dir).figures);
}
