/**
 * The JSON reports (a contract, see DESIGN.md "The JSON report"): `check`
 * prints sources, findings and stats; `claims` prints every claim located in
 * its file. Keys whose value is undefined are left out; non-finite numbers are
 * never written (an absent `max` means unbounded).
 */
import { locateSpan } from '../sources/position';
import type { Claim, Evidence, Finding, FindingSide, Report, Source } from '../types';

type Json = Record<string, unknown>;

/** JSON.stringify replacer: Infinity and NaN have no JSON form, so they are dropped. */
function finiteOnly(_key: string, value: unknown): unknown {
  return typeof value === 'number' && !Number.isFinite(value) ? undefined : value;
}

function stringify(value: unknown): string {
  return `${JSON.stringify(value, finiteOnly, 2)}\n`;
}

/** The header of a source, as both reports give it. */
export function sourceJson(s: Source): Json {
  return { id: s.id, path: s.path, format: s.format, title: s.title, published: s.published, author: s.author, outlet: s.outlet };
}

function evidenceJson(e: Evidence): Json {
  return {
    source: e.source,
    path: e.path,
    line: e.line,
    column: e.column,
    endLine: e.endLine,
    endColumn: e.endColumn,
    start: e.start,
    end: e.end,
    text: e.text,
    value: e.value,
    unit: e.unit,
    claimId: e.claimId,
  };
}

function sideJson(s: FindingSide): Json {
  return { value: s.value, unit: s.unit, display: s.display, sources: s.sources };
}

function findingJson(f: Finding): Json {
  return {
    ruleId: f.ruleId,
    severity: f.severity,
    message: f.message,
    subject: f.subject,
    story: f.story,
    majority: f.majority ? { value: f.majority.value, unit: f.majority.unit } : undefined,
    sides: f.sides.map(sideJson),
    evidence: f.evidence.map(evidenceJson),
  };
}

/** `crosscheck check --format json`: `{version, sources, stories, findings, stats}`, 2-space indent, final newline. */
export function formatCheckJson(report: Report): string {
  return stringify({
    version: 1,
    sources: report.sources.map(sourceJson),
    stories: report.stories?.map((s) => ({ id: s.id, label: s.label, sources: s.sources })),
    findings: report.findings.map(findingJson),
    stats: { sources: report.stats.sources, claims: report.stats.claims, findings: report.stats.findings, ms: report.stats.ms },
  });
}

/** The normalized fields of a claim, by kind (the shared fields are written by {@link claimJson}). */
function normalizedFields(c: Claim): Json {
  switch (c.kind) {
    case 'quantity':
    case 'money':
    case 'percent':
      return { value: c.value, min: c.min, max: c.max, unit: c.unit, qualifier: c.qualifier, noun: c.noun, multiplier: c.multiplier, holder: c.holder };
    case 'date':
      return { value: c.value, precision: c.precision, resolvedFrom: c.resolvedFrom, weekday: c.weekday, bound: c.bound };
    case 'duration':
      return {
        value: c.value,
        min: c.min,
        max: c.max,
        unit: c.unit,
        ordinal: c.ordinal,
        qualifier: c.qualifier,
        since: c.since,
        sincePrecision: c.sincePrecision,
        asOf: c.asOf,
      };
    case 'person':
      return { name: c.name, role: c.role, age: c.age, mention: c.mention };
    case 'quote':
      return { quote: c.quote, speaker: c.speaker, fragment: c.fragment };
  }
}

/** One claim located in its file: `start`/`end` are raw-file offsets and `text` is the raw slice. */
export function claimJson(c: Claim, source: Source): Json {
  const loc = locateSpan(source, c.span);
  return {
    id: c.id,
    source: c.source,
    path: source.path,
    kind: c.kind,
    text: loc.text,
    start: loc.start,
    end: loc.end,
    line: loc.line,
    column: loc.column,
    endLine: loc.endLine,
    endColumn: loc.endColumn,
    section: c.section,
    ...normalizedFields(c),
  };
}

/** Sources by id; a claim whose source is missing is a bug in the pipeline, not a user error. */
export function sourceIndex(report: Report): (id: string) => Source {
  const byId = new Map(report.sources.map((s) => [s.id, s]));
  return (id) => {
    const s = byId.get(id);
    if (!s) throw new Error(`internal: claim refers to unknown source "${id}"`);
    return s;
  };
}

/** `crosscheck claims --format json`: `{version, sources, claims}`, 2-space indent, final newline. */
export function formatClaimsJson(report: Report): string {
  const source = sourceIndex(report);
  return stringify({
    version: 1,
    sources: report.sources.map(sourceJson),
    claims: report.claims.map((c) => claimJson(c, source(c.source))),
  });
}
