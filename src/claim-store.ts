/**
 * Claims as a run keeps them until the report is written. Extractors build
 * their strings from the article's text, and a piece cut from a long string
 * may keep the whole string alive: every claim's strings are copied flat
 * (one byte a character when they can be), and equal ones shared.
 */
import { flatString } from './sources/stored';
import type { Claim } from './types';

/** Flat strings shared by value over one run. */
export class StringPool {
  private readonly kept = new Map<string, string>();

  of(s: string): string {
    let k = this.kept.get(s);
    if (k === undefined) this.kept.set((k = flatString(s)), k);
    return k;
  }

  /** `claims`, each with flat strings (its id flat, shared with no other). */
  claims(claims: Claim[]): Claim[] {
    for (const c of claims) {
      const o = c as unknown as Record<string, unknown>;
      for (const k in o) {
        const v = o[k];
        if (typeof v === 'string') o[k] = k === 'id' ? flatString(v) : this.of(v);
      }
    }
    return claims;
  }
}
