/**
 * No built-in regular expression may backtrack super-linearly. Every regex
 * literal in src/ (found with the TypeScript parser) and every pattern built
 * at run time with `new RegExp(…)` (caught by wrapping the constructor while
 * the modules load and the pipeline runs on the seeds) is checked with
 * recheck's pure-JS backend. Patterns recheck cannot decide in time are run
 * against long hostile strings instead and must stay fast.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as ts from 'typescript';

process.env.RECHECK_BACKEND = 'pure'; // never the native binary or the JVM

const SRC = path.resolve(__dirname, '..', '..', 'src');

interface Pattern {
  source: string;
  flags: string;
  where: string;
}

function tsFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return tsFiles(p);
    return e.name.endsWith('.ts') && !e.name.endsWith('.d.ts') ? [p] : [];
  });
}

/** Every regex literal of src/, with file and line. */
function literals(): Pattern[] {
  const out: Pattern[] = [];
  for (const file of tsFiles(SRC)) {
    const sf = ts.createSourceFile(file, fs.readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
    const visit = (n: ts.Node): void => {
      if (n.kind === ts.SyntaxKind.RegularExpressionLiteral) {
        const text = n.getText(sf);
        const slash = text.lastIndexOf('/');
        out.push({ source: text.slice(1, slash), flags: text.slice(slash + 1), where: `${path.relative(SRC, file)}:${sf.getLineAndCharacterOfPosition(n.getStart(sf)).line + 1}` });
      }
      ts.forEachChild(n, visit);
    };
    visit(sf);
  }
  return out;
}

/** Patterns built with `new RegExp(…)` while every module loads and the pipeline and lint run. */
function constructed(): Pattern[] {
  const seen: Pattern[] = [];
  const Real = RegExp;
  const Spy = new Proxy(Real, {
    construct(target, args: [string | RegExp, string?]) {
      const re = Reflect.construct(target, args) as RegExp;
      // the innermost frame in our src/ (chrono-node builds its own patterns: not ours to check)
      const frame = new Error().stack?.split('\n').find((l) => l.includes(SRC + path.sep) && !l.includes('node_modules'));
      if (frame && new Error().stack?.split('\n')[2]?.includes(SRC + path.sep)) {
        seen.push({ source: re.source, flags: re.flags, where: path.relative(SRC, frame.replace(/^.*\(|\)$|^\s*at /g, '')).replace(/:\d+$/, '') });
      }
      return re;
    },
  });
  globalThis.RegExp = Spy;
  try {
    jest.isolateModules(() => {
      for (const file of tsFiles(SRC)) {
        if (file.endsWith(`${path.sep}main.ts`)) continue;
        try {
          // eslint-disable-next-line @typescript-eslint/no-require-imports
          require(file);
        } catch {
          // an entry point (a worker) that needs its host: its literals are still scanned
        }
      }
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const { analyze } = require(path.join(SRC, 'pipeline')) as typeof import('../../src/pipeline');
      analyze([path.resolve(SRC, '..', 'seeds')], { cwd: path.resolve(SRC, '..') });
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const { ignoreRegExp } = require(path.join(SRC, 'lint', 'ignore')) as typeof import('../../src/lint/ignore');
      ignoreRegExp('drafts/**/*.md');
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const { globFiles } = require(path.join(SRC, 'sources', 'glob')) as typeof import('../../src/sources/glob');
      globFiles('seeds/*.txt', path.resolve(SRC, '..'));
    });
  } finally {
    globalThis.RegExp = Real;
  }
  return seen;
}

const HOSTILE = ['a', ' ', '\t', '\n', '0', '-', '.', '/', '<!--', '[', '(', '{{', '%', ',', "'", 'A', 'é', '1,'];

/** The slowest of `re` over long runs of each hostile piece, with a character that cannot match at the end. */
function worstMs(re: RegExp): number {
  let worst = 0;
  for (const piece of HOSTILE) {
    const input = `${piece.repeat(Math.ceil(10_000 / piece.length))}\u0000`;
    const t0 = process.hrtime.bigint();
    re.lastIndex = 0;
    re.test(input);
    worst = Math.max(worst, Number(process.hrtime.bigint() - t0) / 1e6);
    if (worst > 150) break;
  }
  return worst;
}

describe('built-in regular expressions', () => {
  const all = [...literals(), ...constructed()];
  const unique = new Map<string, Pattern>();
  // one site that builds a pattern per term (term-variant) gives many of one shape: three of each site are checked
  const perSite = new Map<string, number>();
  for (const p of all) {
    const key = `${p.flags}/${p.source}`;
    if (unique.has(key) || (perSite.get(p.where) ?? 0) >= 3) continue;
    unique.set(key, p);
    perSite.set(p.where, (perSite.get(p.where) ?? 0) + 1);
  }

  it('are all found (literals and constructed ones)', () => {
    expect(all.length).toBeGreaterThan(300);
    expect(all.some((p) => p.where.startsWith('rules') || p.where.includes('term-variant'))).toBe(true);
  });

  it('none backtracks super-linearly (recheck, or timed on hostile input when recheck cannot tell)', async () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { check } = require('recheck') as typeof import('recheck');
    const vulnerable: string[] = [];
    const slow: string[] = [];
    for (const p of unique.values()) {
      // `d` (indices) does not change matching, and recheck does not know it
      const flags = p.flags.replace('d', '');
      const d = await check(p.source, flags, { timeout: 300 });
      if (d.status === 'vulnerable') {
        vulnerable.push(`${p.where}: /${p.source}/${p.flags} — ${d.complexity.summary}, attack ${d.attack.pattern}`);
      } else if (d.status === 'unknown') {
        const ms = worstMs(new RegExp(p.source, flags));
        if (ms > 150) slow.push(`${p.where}: /${p.source}/${p.flags} — ${ms.toFixed(0)} ms on 10,000 hostile characters`);
      }
    }
    expect({ vulnerable, slow }).toEqual({ vulnerable: [], slow: [] });
  }, 120_000);
});
