/**
 * Texts to check a sentence gate on (sentence-cues.ts, numbers-cues.ts): a gate
 * must say yes wherever its extractor could find something, so it is tried
 * on every sentence of the seeds and the test corpus, on every string of the
 * tests that exercise that extractor, and on stretches cut anywhere (words
 * split at both ends; a seeded walk, the same cuts every run).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { sentencesOf } from '../../src/claims/sentences';
import { readSources } from '../../src/sources';

/** A stretch `[start, end)` of `text`. */
export type Stretch = [text: string, start: number, end: number];

export interface StretchOptions {
  /** test files (in tests/claims) whose string literals are tried whole */
  testFiles: RegExp;
  /** shortest string literal taken */
  minString: number;
  /** seed of the walk that cuts stretches */
  seed: number;
  /** longest stretch cut */
  maxCut: number;
}

const ROOT = path.resolve(__dirname, '..', '..');

export function gateStretches(o: StretchOptions): Stretch[] {
  const out: Stretch[] = [];
  const { sources } = readSources([path.join(ROOT, 'seeds'), path.join(ROOT, 'tests', 'corpus')], { cwd: ROOT });
  for (const s of sources) for (const sentence of sentencesOf(s.text, s.sections)) out.push([s.text, sentence.start, sentence.end]);
  const literal = new RegExp(`'((?:[^'\\\\\\n]|\\\\.){${o.minString},})'|"((?:[^"\\\\\\n]|\\\\.){${o.minString},})"`, 'g');
  for (const f of fs.readdirSync(__dirname).filter((n) => o.testFiles.test(n) && n.endsWith('.ts'))) {
    for (const m of fs.readFileSync(path.join(__dirname, f), 'utf8').matchAll(literal)) {
      const text = m[1] ?? m[2];
      out.push([text, 0, text.length]);
    }
  }
  let seed = o.seed;
  const next = (n: number): number => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff), seed % Math.max(1, n));
  for (const s of sources) {
    for (let k = 0; k < 40; k++) {
      const start = next(s.text.length);
      out.push([s.text, start, Math.min(s.text.length, start + 1 + next(o.maxCut))]);
    }
  }
  return out;
}
