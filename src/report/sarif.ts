/**
 * SARIF 2.1.0 for code scanning (GitHub, Azure DevOps, IDE viewers). Each
 * finding is a result located at its primary evidence (the draft, in lint);
 * the other evidence becomes `relatedLocations`. `partialFingerprints`
 * hash what the finding is about, not where, so an alert survives lines
 * added above it.
 */
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Evidence, Finding, Report, Severity } from '../types';
import { sideDisplay } from './lint-stylish';

/** What SARIF says about a rule (from the loaded rule files). */
export interface RuleInfo {
  id: string;
  description: string;
  severity: Severity;
  type?: string;
  claims?: string[];
}

/** Options of the SARIF reporter. */
export interface SarifOptions {
  rules?: readonly RuleInfo[];
}

type Json = Record<string, unknown>;

const LEVEL: Record<Severity, string> = { error: 'error', warning: 'warning', info: 'note' };

/** name and version of this package, read once (`dist/report` and `src/report` both sit two below it). */
function packageInfo(): { version: string; homepage?: string } {
  try {
    const pkg = JSON.parse(fs.readFileSync(path.resolve(__dirname, '..', '..', 'package.json'), 'utf8')) as { version?: string; homepage?: string };
    return { version: pkg.version ?? '0.0.0', homepage: pkg.homepage };
  } catch {
    return { version: '0.0.0' };
  }
}

/** A relative path as a URI reference (forward slashes, each segment percent-encoded); absolute paths as file URIs. */
export function pathUri(p: string): { uri: string; uriBaseId?: string } {
  const slashed = p.replace(/\\/g, '/');
  if (path.isAbsolute(p) || /^[A-Za-z]:\//.test(slashed)) {
    return { uri: `file://${slashed.startsWith('/') ? '' : '/'}${slashed.split('/').map(encodeURIComponent).join('/')}` };
  }
  return { uri: slashed.replace(/^\.\//, '').split('/').map(encodeURIComponent).join('/'), uriBaseId: '%SRCROOT%' };
}

/** "quantity-mismatch" → "QuantityMismatch" (SARIF's rule `name` convention). */
function pascal(id: string): string {
  return id.replace(/(^|-)([a-z0-9])/g, (_m, _d, ch: string) => ch.toUpperCase());
}

function ruleJson(r: RuleInfo, helpBase: string | undefined): Json {
  const kind = r.type ? ` Check kind: ${r.type}${r.claims?.length ? `, over ${r.claims.join(', ')} claims` : ''}.` : '';
  return {
    id: r.id,
    name: pascal(r.id),
    shortDescription: { text: r.description },
    fullDescription: { text: `${r.description}${kind}` },
    defaultConfiguration: { level: LEVEL[r.severity] },
    ...(helpBase ? { helpUri: `${helpBase}#${r.id}` } : {}),
  };
}

function physical(e: Evidence): Json {
  return {
    artifactLocation: pathUri(e.path),
    region: { startLine: e.line, startColumn: e.column, endLine: e.endLine, endColumn: e.endColumn, snippet: { text: e.text } },
  };
}

/** Text of a finding that does not move with the lines: lower case, spaces collapsed. */
function normalize(text: string): string {
  return text.toLowerCase().replace(/\s+/g, ' ').trim();
}

/** `crosscheck/v1` fingerprints: hash of rule, path, evidence text and subject, `:n` for the n-th alike. */
function fingerprints(findings: readonly Finding[]): string[] {
  const seen = new Map<string, number>();
  return findings.map((f) => {
    const e = f.evidence[0];
    const key = [f.ruleId, e?.path.replace(/\\/g, '/') ?? '', normalize(e?.text ?? ''), normalize(f.subject)].join('\u0000');
    const hash = createHash('sha256').update(key).digest('hex').slice(0, 32);
    const n = (seen.get(hash) ?? 0) + 1;
    seen.set(hash, n);
    return `${hash}:${n}`;
  });
}

function resultJson(f: Finding, ruleIndex: number, fingerprint: string): Json {
  const [primary, ...related] = f.evidence;
  return {
    ruleId: f.ruleId,
    ruleIndex,
    level: LEVEL[f.severity],
    message: { text: f.message },
    locations: primary ? [{ physicalLocation: physical(primary) }] : [],
    ...(related.length
      ? {
          relatedLocations: related.map((e, i) => {
            const says = sideDisplay(f, e);
            return { id: i + 1, physicalLocation: physical(e), message: { text: `${e.path}${says ? ` says ${says}` : ''}: “${e.text}”` } };
          }),
        }
      : {}),
    partialFingerprints: { 'crosscheck/v1': fingerprint },
    properties: { subject: f.subject },
  };
}

/** `--format sarif`: one run of crosscheck, its rules and its results (2-space JSON). */
export function formatSarif(report: Report, opts: SarifOptions = {}): string {
  const pkg = packageInfo();
  const rules: RuleInfo[] = [...(opts.rules ?? [])];
  for (const f of report.findings) {
    if (!rules.some((r) => r.id === f.ruleId)) rules.push({ id: f.ruleId, description: f.ruleId === 'unused-disable-directive' ? 'A crosscheck-disable comment that suppressed nothing.' : f.ruleId, severity: f.severity });
  }
  const index = new Map(rules.map((r, i) => [r.id, i]));
  const prints = fingerprints(report.findings);
  const sarif = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'crosscheck',
            ...(pkg.homepage ? { informationUri: pkg.homepage } : {}),
            version: pkg.version,
            semanticVersion: pkg.version,
            rules: rules.map((r) => ruleJson(r, pkg.homepage)),
          },
        },
        columnKind: 'utf16CodeUnits',
        results: report.findings.map((f, i) => resultJson(f, index.get(f.ruleId) ?? 0, prints[i])),
      },
    ],
  };
  return `${JSON.stringify(sarif, null, 2)}\n`;
}
