/**
 * What the benchmark compares spec results with: crosscheck's claims, plus
 * ordinals read straight with the ordinal reader (no extractor emits ordinals
 * as claims), and the shape of a per-model comparison rule.
 */
import type { NewClaim, Span } from '../../../src/types';
import { ordinalValue, type Ordinal } from '../../../src/claims/ordinals';
import type { SpecResult } from './load';

/** An ordinal read by `ordinalsIn`: an offset from the start ("third"), the end ("penultimate") or the current item ("next"). */
export interface OrdinalFound extends Ordinal {
  kind: 'ordinal';
  span: Span;
}

/** A claim, or an ordinal the parser read. */
export type Found = NewClaim | OrdinalFound;

/** Whether one found claim has the expected span and the expected value. */
export interface Verdict {
  span: boolean;
  value: boolean;
}

/** How one Recognizers-Text model's results are compared with what crosscheck found. */
export interface ModelRule {
  /** the claims this model looks at; others are neither matches nor extras */
  relevant(f: Found): boolean;
  /** why this expected result is beyond what crosscheck's claims can say, or null */
  outOfScope(r: SpecResult): string | null;
  /** compare one expected result with one found claim */
  compare(r: SpecResult, f: Found, text: string): Verdict;
}

/** Equal up to the 15 significant digits the spec files print ("0.666666666666667"). */
export function near(a: number, b: number): boolean {
  return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
}

/** A found claim in one line: its text, span and normalized fields. */
export function describeFound(f: Found, text: string): string {
  const head = `"${text.slice(f.span.start, f.span.end)}" [${f.span.start},${f.span.end}) ${f.kind}`;
  const fields: string[] = [];
  const put = (k: string, v: unknown): void => {
    if (v !== undefined) fields.push(`${k}=${String(v)}`);
  };
  switch (f.kind) {
    case 'quantity':
    case 'money':
    case 'percent':
      put('value', f.value);
      put('min', f.min);
      put('max', f.max);
      put('unit', f.unit);
      put('qualifier', f.qualifier === 'exact' ? undefined : f.qualifier);
      break;
    case 'date':
      put('value', f.value);
      put('precision', f.precision);
      put('end', f.end);
      put('bound', f.bound);
      break;
    case 'duration':
      put('value', f.value);
      put('min', f.min);
      put('max', f.max);
      put('unit', f.unit);
      put('ordinal', f.ordinal);
      break;
    case 'ordinal':
      put('value', ordinalValue(f));
      break;
    default:
      break;
  }
  return fields.length > 0 ? `${head} ${fields.join(' ')}` : head;
}
