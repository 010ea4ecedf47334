/** Evidence and values for findings, from claims: located through the offset map. */
import { forgetLocatedSources, locateSpan, type Location } from '../sources/position';
import type { Claim, Evidence, Source } from '../types';
import type { Alignment } from '../align';

/** The normalized value of a claim as it goes into evidence and sides. */
export function claimValue(claim: Claim): unknown {
  switch (claim.kind) {
    case 'quantity':
    case 'money':
    case 'percent':
    case 'duration':
      if (claim.value !== undefined) return claim.value;
      if (claim.kind === 'duration' && claim.ordinal !== undefined) return { ordinal: claim.ordinal };
      return { min: claim.min, max: claim.max };
    case 'date':
      return claim.value;
    case 'person':
      return claim.name;
    case 'quote':
      return claim.quote;
  }
}

export function claimUnit(claim: Claim): string | undefined {
  return 'unit' in claim ? claim.unit : undefined;
}

/** Where each claim was found in its file (a claim often stands in several findings, and on several sides of one). */
let located = new WeakMap<Claim, { source: Source; location: Location }>();

/**
 * Forget the claims located so far, and the sources located for them (the
 * engine's run over its stories is done: their claims are not compared
 * again, and a worker thread's copies of their sources are not located again).
 */
export function forgetLocations(): void {
  located = new WeakMap();
  forgetLocatedSources();
}

function locationOf(source: Source, claim: Claim): Location {
  const known = located.get(claim);
  if (known && known.source === source) return known.location;
  const location = locateSpan(source, claim.span);
  located.set(claim, { source, location });
  return location;
}

/** Evidence for a claim: where it is in its file, what it says, its value. */
export function evidenceOf(source: Source, claim: Claim, value: unknown = claimValue(claim)): Evidence {
  const loc = locationOf(source, claim);
  // written out (the location's fields in its order): a spread copies slower, and findings carry many evidences
  const ev: Evidence = {
    source: loc.source,
    path: loc.path,
    line: loc.line,
    column: loc.column,
    endLine: loc.endLine,
    endColumn: loc.endColumn,
    start: loc.start,
    end: loc.end,
    text: loc.text,
    value,
    claimId: claim.id,
  };
  const unit = claimUnit(claim);
  if (unit !== undefined) ev.unit = unit;
  return ev;
}

/** The text of a claim as its file has it. */
export function textIn(alignment: Alignment, claim: Claim): string {
  return locationOf(alignment.source(claim.source), claim).text;
}

export function evidenceIn(alignment: Alignment, claim: Claim, value?: unknown): Evidence {
  return evidenceOf(alignment.source(claim.source), claim, value === undefined ? claimValue(claim) : value);
}

/** A short label for where a claim is: "001", or "001 excerpt" outside the body ("001 body" with `always`). */
export function placeLabel(claim: Claim, always = false): string {
  return claim.section === 'body' && !always ? claim.source : `${claim.source} ${claim.section}`;
}
