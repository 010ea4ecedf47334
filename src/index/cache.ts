/**
 * The claim cache the pipeline consults before extracting: when `lint
 * --index` runs, it installs the index's fresh rows here, and
 * {@link claimsOf} takes a reference's claims from it instead of extracting
 * them again. Kept free of sql.js so that the pipeline can import it at no cost.
 */
import type { Claim, Source } from '../types';

/** Gives the stored claims of a source, or undefined when it has none that fit. */
export interface ClaimCache {
  lookup(source: Source): Claim[] | undefined;
}

let active: ClaimCache | undefined;

/** Install `cache` (undefined removes it). */
export function setClaimCache(cache: ClaimCache | undefined): void {
  active = cache;
}

/** The cached claims of `source`, under its id in this run, if the installed cache has them. */
export function cachedClaims(source: Source): Claim[] | undefined {
  return active?.lookup(source);
}

/** Claims stored under `storedId`, renamed to `source`'s id in this run (ids are unique per run, not per file). */
export function renameClaims(claims: readonly Claim[], storedId: string, sourceId: string): Claim[] {
  if (storedId === sourceId) return claims as Claim[];
  return claims.map((c) => ({ ...c, source: sourceId, id: sourceId + c.id.slice(storedId.length) }));
}
