/**
 * The rules engine: runs each enabled rule's check kind over the claims it
 * names, stamps the rule's id and severity on what the check returns, and
 * fills the rule's message template. A check that throws becomes an error
 * finding about that rule rather than a crash (markdownlint's way).
 */
import type { Alignment } from '../align';
import type { Claim, Finding, Severity, Source } from '../types';
import { flatString } from '../sources/stored';
import { CHECKS } from './checks';
import { forgetLocations } from './evidence';
import type { CheckFinding, Rule } from './types';

/** One rule's override from a config file: a severity, "off", or a severity and options merged over the rule file's. */
export type RuleSetting = Severity | 'off' | { severity?: Severity | 'off'; options?: Record<string, unknown> };

/** Per-rule overrides (from a config file), by rule id. */
export type RuleSettings = Record<string, RuleSetting>;

/** `{{name}}` placeholders filled from a check's data; unknown names are left as written. */
export function fillTemplate(template: string, data: Record<string, string | number>): string {
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (whole, name: string) => (name in data ? String(data[name]) : whole));
}

/** One story's share of a {@link runRulesEach} run: its sources, claims and their alignment. */
export interface RuleInput {
  sources: readonly Source[];
  claims: readonly Claim[];
  alignment: Alignment;
}

export function runRules(rules: readonly Rule[], sources: readonly Source[], claims: readonly Claim[], alignment: Alignment, settings: RuleSettings = {}): Finding[] {
  return runRulesEach(rules, [{ sources, claims, alignment }], settings)[0];
}

/**
 * {@link runRules} over several stories at once, rule by rule: each rule's
 * check runs over every story before the next rule's does (its code stays in
 * the processor's caches). Each story's findings are in rule order, as
 * runRules gives them.
 */
export function runRulesEach(rules: readonly Rule[], stories: readonly RuleInput[], settings: RuleSettings = {}): Finding[][] {
  const findings: Finding[][] = stories.map(() => []);
  // one list per set of kinds, shared by the rules that read it (checks may share work on the same list)
  const byKinds = stories.map(() => new Map<string, readonly Claim[]>());
  for (const base of rules) {
    const given = settings[base.id];
    const setting = typeof given === 'object' ? given.severity : given;
    if (setting === 'off' || (base.enabled === false && !setting)) continue;
    // options from a config are merged over the file's, so one threshold can be retuned alone
    const rule = typeof given === 'object' && given.options ? { ...base, options: { ...base.options, ...given.options } } : base;
    const severity: Severity = setting ?? rule.severity;
    const check = CHECKS.get(rule.type);
    if (!check) continue; // the schema admits only known types
    stories.forEach(({ sources, claims, alignment }, i) => {
      const mine = claimsOfKinds(claims, rule.claims, byKinds[i]);
      let raw: CheckFinding[];
      try {
        raw = check.run({ rule, sources, claims: mine, alignment });
      } catch (e) {
        findings[i].push({
          ruleId: rule.id,
          severity: 'error',
          message: `rule ${rule.id} failed: ${(e as Error).message}`,
          subject: 'internal fault',
          sides: [],
          evidence: [],
        });
        return;
      }
      for (const f of raw) {
        const { data, severity: own, ...rest } = f;
        const message = rule.message && data ? fillTemplate(rule.message, data) : f.message;
        findings[i].push(flatFinding({ ...rest, message, ruleId: rule.id, severity: own ?? severity }));
      }
    });
  }
  forgetLocations();
  return findings;
}

/**
 * `f` with its words copied flat: a subject or a value as written is cut from
 * an article's text, and would keep the whole text alive while the run keeps
 * its findings.
 */
function flatFinding(f: Finding): Finding {
  f.message = flatString(f.message);
  f.subject = flatString(f.subject);
  if (f.majority) {
    f.majority.display = flatString(f.majority.display);
    f.majority.value = flatValue(f.majority.value);
  }
  for (const side of f.sides) {
    side.display = flatString(side.display);
    side.value = flatValue(side.value);
    for (const e of side.evidence) e.value = flatValue(e.value);
  }
  for (const e of f.evidence) e.value = flatValue(e.value);
  return f;
}

/** A value with its strings flat: a role or quote cut from an article's text would keep the whole text alive as long as the finding. */
function flatValue(v: unknown): unknown {
  if (typeof v === 'string') return flatString(v);
  if (Array.isArray(v)) return v.map(flatValue);
  return v;
}

/** Each rule's list of kinds as one key (rules live as long as the run, and every story asks). */
const kindKeys = new WeakMap<readonly string[], string>();

function kindsKey(kinds: readonly string[]): string {
  let key = kindKeys.get(kinds);
  if (key === undefined) kindKeys.set(kinds, (key = [...kinds].sort().join(',')));
  return key;
}

/** The claims of the given kinds (all without kinds), filtered once per set of kinds. */
function claimsOfKinds(claims: readonly Claim[], kinds: readonly string[] | undefined, byKinds: Map<string, readonly Claim[]>): readonly Claim[] {
  if (!kinds) return claims;
  const key = kindsKey(kinds);
  let mine = byKinds.get(key);
  if (!mine) {
    const wanted = new Set<string>(kinds);
    byKinds.set(key, (mine = claims.filter((c) => wanted.has(c.kind))));
  }
  return mine;
}
