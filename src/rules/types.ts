/** Shapes of the rules stage: a rule as loaded, and the contract of a check kind. */
import type { Alignment } from '../align';
import type { Claim, ClaimKind, RawFinding, Severity, Source } from '../types';

/** A rule file, validated against `rules/schema.json`. */
export interface Rule {
  id: string;
  type: string;
  description: string;
  severity: Severity;
  enabled?: boolean;
  claims?: ClaimKind[];
  message?: string;
  options?: Record<string, unknown>;
  /** the file it was loaded from */
  file: string;
}

/** What a check reads. */
export interface CheckContext {
  rule: Rule;
  sources: readonly Source[];
  /** the claims of the kinds the rule names (all claims when it names none) */
  claims: readonly Claim[];
  alignment: Alignment;
}

/** A finding as a check returns it, with the values for the rule's message template. */
export type CheckFinding = RawFinding & { data?: Record<string, string | number> };

/** A check kind: code that rule files choose by `type`. */
export interface Check {
  type: string;
  run(ctx: CheckContext): CheckFinding[];
}
