/**
 * Applying a draft's suppression comments ({@link parseDirectives}) to the
 * findings located in it. A finding is matched by the line of its primary
 * evidence (the location a CI annotation shows), so the comment goes above
 * the line the user was pointed at. Disable comments that suppressed nothing
 * can be reported as findings of the pseudo-rule `unused-disable-directive`.
 */
import type { Finding, Severity, Source } from '../types';
import { parseDirectives, type Directive } from './directives';

/** The rule id of findings about suppression comments that suppressed nothing. */
export const UNUSED_DIRECTIVE_RULE = 'unused-disable-directive';

/** What suppression left: findings kept, findings suppressed, and unused-directive findings. */
export interface Suppression {
  kept: Finding[];
  suppressed: Finding[];
  unused: Finding[];
}

/** Which directive, if any, suppresses rule `ruleId` at `line`. */
function suppressor(directives: readonly Directive[], line: number, ruleId: string): Directive | undefined {
  const names = (d: Directive) => d.rules.length === 0 || d.rules.includes(ruleId);
  for (const d of directives) {
    if (d.kind === 'disable-next-line' && d.endLine + 1 === line && names(d)) return d;
    if (d.kind === 'disable-line' && d.line <= line && line <= d.endLine && names(d)) return d;
  }
  // blocks: replay disable/enable comments up to the line, the latest in force wins
  let all: Directive | undefined;
  const byRule = new Map<string, Directive>();
  const except = new Set<string>();
  for (const d of directives) {
    if (d.line > line) break;
    if (d.kind !== 'disable' && d.kind !== 'enable') continue;
    if (d.rules.length === 0) {
      all = d.kind === 'disable' ? d : undefined;
      except.clear();
      if (d.kind === 'enable') byRule.clear();
      continue;
    }
    for (const r of d.rules) {
      if (d.kind === 'disable') {
        byRule.set(r, d);
        except.delete(r);
      } else {
        byRule.delete(r);
        // `enable r` inside a `disable` of every rule turns r back on alone
        if (all) except.add(r);
      }
    }
  }
  return byRule.get(ruleId) ?? (all && !except.has(ruleId) ? all : undefined);
}

function unusedFinding(d: Directive, notUsed: string[], draft: Source, severity: Severity): Finding {
  const which = notUsed.length ? `from ${notUsed.map((r) => `"${r}"`).join(', ')}` : '';
  const evidence = { source: draft.id, path: draft.path, line: d.line, column: d.column, endLine: d.endLine, endColumn: d.endColumn, start: d.start, end: d.end, text: d.text };
  return {
    ruleId: UNUSED_DIRECTIVE_RULE,
    severity,
    message: `Unused crosscheck-${d.kind} directive (no problems were reported${which ? ` ${which}` : ''})`,
    subject: 'suppression comments',
    sides: [],
    evidence: [evidence],
  };
}

/**
 * Suppress `findings` (evidence[0] in one of `drafts`) by the drafts'
 * comments. With `unusedSeverity`, disable comments that suppressed nothing
 * become findings of that severity.
 */
export function applySuppressions(findings: readonly Finding[], drafts: readonly Source[], unusedSeverity?: Severity): Suppression {
  const byDraft = new Map(drafts.map((s) => [s.id, { source: s, directives: parseDirectives(s) }]));
  const used = new Map<Directive, Set<string>>();
  const out: Suppression = { kept: [], suppressed: [], unused: [] };
  for (const f of findings) {
    const primary = f.evidence[0];
    const draft = primary && byDraft.get(primary.source);
    const d = draft && suppressor(draft.directives, primary.line, f.ruleId);
    if (!d) {
      out.kept.push(f);
      continue;
    }
    out.suppressed.push(f);
    if (!used.has(d)) used.set(d, new Set());
    used.get(d)?.add(f.ruleId);
  }
  if (!unusedSeverity) return out;
  for (const { source, directives } of byDraft.values()) {
    for (const d of directives) {
      if (d.kind === 'enable') continue;
      const hits = used.get(d);
      const notUsed = d.rules.filter((r) => !hits?.has(r));
      if (d.rules.length === 0 ? !hits : notUsed.length > 0) out.unused.push(unusedFinding(d, notUsed, source, unusedSeverity));
    }
  }
  return out;
}
