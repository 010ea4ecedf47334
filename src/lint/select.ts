/**
 * From `check` findings to `lint` findings: keep those a draft takes part in
 * (unless it only gives the majority value), and put the draft's evidence
 * first, so that every reporter locates the finding in the draft and cites
 * the references as related locations.
 */
import type { Evidence, Finding, FindingSide } from '../types';

function isMajority(side: FindingSide, f: Finding): boolean {
  if (!f.majority) return false;
  if (f.majority.display === side.display) return true;
  return JSON.stringify(f.majority.value) === JSON.stringify(side.value) && f.majority.unit === side.unit;
}

/**
 * Does every piece of the draft's evidence give the majority value? Then the
 * draft is not what is wrong (a reference is the odd one out), and a linter
 * should not fail the draft's build over it.
 */
export function sidesWithMajority(f: Finding, mine: readonly Evidence[]): boolean {
  if (!f.majority) return false;
  return mine.every((e) => {
    const side = f.sides.find((s) => s.evidence.some((x) => x === e || (x.source === e.source && x.start === e.start && x.end === e.end)));
    return side !== undefined && isMajority(side, f);
  });
}

/**
 * `f` seen from the draft `draftId`: its evidence reordered so the draft's
 * comes first (in their original order), or undefined when the draft gives
 * no evidence to it or sides with the majority throughout. Sides are left as
 * they are.
 */
export function focusOnDraft(f: Finding, draftId: string): Finding | undefined {
  const mine = f.evidence.filter((e) => e.source === draftId);
  if (mine.length === 0 || sidesWithMajority(f, mine)) return undefined;
  return { ...f, evidence: [...mine, ...f.evidence.filter((e) => e.source !== draftId)] };
}

/** Lint order: by file, then line and column of the primary evidence, then rule id (ESLint's). */
export function compareLintFindings(a: Finding, b: Finding): number {
  const [x, y] = [a.evidence[0], b.evidence[0]];
  if (!x || !y) return (x ? 1 : 0) - (y ? 1 : 0);
  return (x.path < y.path ? -1 : x.path > y.path ? 1 : 0) || x.line - y.line || x.column - y.column || a.ruleId.localeCompare(b.ruleId);
}
