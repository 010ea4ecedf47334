/**
 * The JSON reports (a contract, see DESIGN.md "The JSON report"): `check`
 * prints sources, findings and stats; `claims` prints every claim located in
 * its file. Keys whose value is undefined are left out; non-finite numbers are
 * never written (an absent `max` means unbounded).
 */
import { locateSpan } from '../sources/position';
import type { Claim, Evidence, Finding, FindingSide, Report, Source, Story } from '../types';

type Json = Record<string, unknown>;

/** JSON.stringify replacer: Infinity and NaN have no JSON form, so they are dropped. */
function finiteOnly(_key: string, value: unknown): unknown {
  return typeof value === 'number' && !Number.isFinite(value) ? undefined : value;
}

/** `value` as JSON with a 2-space indent, as it reads nested `depth` levels deep in a larger document. */
function nested(value: unknown, depth: number): string {
  const s = JSON.stringify(value, finiteOnly, 2);
  // strings in JSON hold no line breaks (they are escaped): every break is the layout's
  return depth ? s.replace(/\n/g, `\n${'  '.repeat(depth)}`) : s;
}

/** A top-level field: a value, or a list whose items are made one at a time. */
type Field = { value: unknown } | { items: readonly unknown[]; each: (item: never) => unknown };

/**
 * An object of `fields` as JSON with a 2-space indent and a final newline,
 * in pieces: the same text as one JSON.stringify of the whole, but a list's
 * items are made and written one at a time, so a report of thousands of
 * findings or claims is never held whole, twice over (objects and text).
 * Fields whose value is undefined are left out.
 */
function* jsonPieces(fields: Record<string, Field | undefined>): Generator<string> {
  let first = true;
  for (const [key, field] of Object.entries(fields)) {
    if (!field || ('value' in field && field.value === undefined)) continue;
    yield `${first ? '{\n' : ',\n'}  ${JSON.stringify(key)}: `;
    first = false;
    if ('value' in field) {
      yield nested(field.value, 1);
      continue;
    }
    if (field.items.length === 0) {
      yield '[]';
      continue;
    }
    let i = 0;
    for (const item of field.items) yield `${i++ ? ',\n    ' : '[\n    '}${nested((field.each as (x: unknown) => unknown)(item), 2)}`;
    yield '\n  ]';
  }
  yield first ? '{}\n' : '\n}\n';
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

export function findingJson(f: Finding): Json {
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

/** `crosscheck check --format json` in pieces: `{version, sources, stories, findings, stats}`, 2-space indent, final newline. */
export function checkJsonPieces(report: Report): Iterable<string> {
  return jsonPieces({
    version: { value: 1 },
    sources: { items: report.sources, each: sourceJson },
    stories: report.stories && { items: report.stories, each: (s: Story) => ({ id: s.id, label: s.label, sources: s.sources }) },
    findings: { items: report.findings, each: findingJson },
    stats: { value: { sources: report.stats.sources, claims: report.stats.claims, findings: report.stats.findings, ms: report.stats.ms } },
  });
}

/** `crosscheck check --format json` as one string. */
export function formatCheckJson(report: Report): string {
  return [...checkJsonPieces(report)].join('');
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

/** `crosscheck claims --format json` in pieces: `{version, sources, claims}`, 2-space indent, final newline. */
export function claimsJsonPieces(report: Report): Iterable<string> {
  const source = sourceIndex(report);
  return jsonPieces({
    version: { value: 1 },
    sources: { items: report.sources, each: sourceJson },
    claims: { items: report.claims, each: (c: Claim) => claimJson(c, source(c.source)) },
  });
}

/** `crosscheck claims --format json` as one string. */
export function formatClaimsJson(report: Report): string {
  return [...claimsJsonPieces(report)].join('');
}
