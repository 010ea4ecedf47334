/**
 * The second step of `npm run build` (after tsc): bundle the compiled command
 * line (dist/cli/program.js and every module it requires) into one file,
 * dist/cli/crosscheck.js, and store V8's code cache for it, taken after a
 * training run of `crosscheck lint` over seeds/, in dist/cli/crosscheck.js.cache.
 * dist/cli/main.js (the executable) runs the bundle with that cache; a start
 * then reads two files instead of resolving and compiling some 280 modules.
 *
 * The bundle is made from tsc's CommonJS output, not from the TypeScript
 * sources, so that it runs the very code the modules do and resolves packages
 * as Node does (their `require` builds). Packages left out are loaded from
 * node_modules when a run needs them: SQLite (a WebAssembly file beside its
 * code), ajv (compiling user schemas), and the HTML article extractor.
 */
import * as crypto from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as esbuild from 'esbuild';
import { BUILD_MARK, BUNDLE, loadBundle, writeCodeCache } from './main';
type Program = typeof import('./program');

/** Run as dist/cli/bundle.js: the repository is two folders up. */
const ROOT = path.resolve(__dirname, '..', '..');
const CLI = __dirname;

const EXTERNAL = ['sql.js', 'ajv', 'linkedom', '@mozilla/readability'];

/**
 * yargs reads its messages' translations from `../locales` beside its own
 * file; in the bundle that folder is the package's, found when yargs loads
 * along the paths require would search (require.resolve of a package with
 * an exports map would load Node's ESM resolver: 2 ms).
 */
const yargsLocales = {
  from: 'directory:re(__dirname,"../locales")',
  to: 'directory:(()=>{for(const d of require.resolve.paths("yargs")||[]){const l=require("path").join(d,"yargs","locales");if(require("fs").existsSync(l))return l}return re(__dirname,"../locales")})()',
};

/**
 * yargs loads Node's `assert` on start for two checks of its own API's use;
 * `assert` in turn sets up its colours, which creates process.stderr (~4 ms
 * of each start). In the bundle it is loaded by the first such check.
 */
const yargsAssert = [
  { from: 'var t=require("assert");', to: '' },
  { from: 'assert:{notStrictEqual:t.notStrictEqual,strictEqual:t.strictEqual}', to: 'assert:{notStrictEqual:(...a)=>require("assert").notStrictEqual(...a),strictEqual:(...a)=>require("assert").strictEqual(...a)}' },
];

/**
 * After a command's handler returns, yargs renders that command's help text
 * and keeps it, for a later `showHelp()` (~5 ms of each run). crosscheck never
 * shows help once a handler has run: its failures are reported by its own
 * `fail`, without help. The bundle does not render it.
 */
const yargsHelpCache = { from: 't||r.getInternalMethods().getUsageInstance().cacheHelpMessage(),', to: '' };

/** yargs' build as the bundle holds it: each edit above, which must still match yargs' text. */
const yargsBuild: esbuild.Plugin = {
  name: 'yargs-build',
  setup(build) {
    build.onLoad({ filter: /[\\/]yargs[\\/]build[\\/]index\.cjs$/ }, (args) => {
      let text = fs.readFileSync(args.path, 'utf8');
      for (const { from, to } of [yargsLocales, ...yargsAssert, yargsHelpCache]) {
        if (text.split(from).length !== 2) throw new Error(`yargs no longer holds "${from}" once: update src/cli/bundle.ts`);
        text = text.replace(from, () => to);
      }
      return { contents: text, loader: 'js' };
    });
  },
};

/**
 * The bundle in ASCII: esbuild leaves characters such as ’ – € in regular
 * expressions and template literals as they are, and a few hundred of them
 * in 1.7 MB made the whole source a two-byte string (3.4 MB), decoded from
 * UTF-8 on every start; ASCII is copied into a one-byte string, and V8
 * reads a one-byte source faster (a cold lint ~4 ms CPU less). (Read as
 * Latin-1 it would be an external string, slower for V8 again.) Each
 * is written as its \u escape, which means the same character in strings,
 * templates (their cooked text, which is all crosscheck's tags read) and
 * regular expressions, with or without the u flag (a character outside the
 * BMP as its two surrogates' escapes).
 */
export function asciiSource(text: string): string {
  // the character alone is matched (a run of backslashes before it, in the pattern, backtracks quadratically)
  return text.replace(/[^\0-\x7f]/g, (c: string, at: number) => {
    let slashes = 0;
    while (at - slashes - 1 >= 0 && text.charCodeAt(at - slashes - 1) === 0x5c) slashes++;
    // "\’" would become "\\u2019": a backslash, then "u2019"
    if (slashes % 2 === 1) throw new Error(`bundle: escaped non-ASCII character "${c}" cannot be written as ASCII`);
    return `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;
  });
}

/** A run of the bundle whose compiled functions the code cache keeps: a lint of one seed against the others. */
function train(program: Program): void {
  const seeds = path.join(ROOT, 'seeds');
  let files: string[];
  try {
    files = fs.readdirSync(seeds).sort();
  } catch {
    return;
  }
  if (files.length < 2) return;
  const cwd = process.cwd();
  const write = process.stdout.write;
  const exitCode = process.exitCode;
  try {
    process.chdir(ROOT);
    process.stdout.write = () => true;
    program.main(['lint', path.join('seeds', files[files.length - 1]), '--against', 'seeds', '--no-color']);
    // and as yargs reads a lint with more options (the first is read without it: program.ts)
    program.main(['lint', path.join('seeds', files[0]), '--against', 'seeds', '--no-color', '--format', 'stylish']);
  } finally {
    process.stdout.write = write;
    process.exitCode = exitCode;
    process.chdir(cwd);
  }
}

async function main(): Promise<void> {
  await esbuild.build({
    entryPoints: [path.join(CLI, 'program.js')],
    outfile: BUNDLE,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    external: EXTERNAL,
    plugins: [yargsBuild],
    logLevel: 'warning',
  });
  const text = asciiSource(fs.readFileSync(BUNDLE, 'utf8'));
  const id = crypto.createHash('sha256').update(text).digest('hex').slice(0, 16);
  fs.writeFileSync(BUNDLE, `${text}${BUILD_MARK}${id}\n`);
  fs.rmSync(`${BUNDLE}.cache`, { force: true });
  const loaded = loadBundle(BUNDLE, false);
  if (!loaded) throw new Error(`cannot load ${BUNDLE}`);
  train(loaded.program);
  if (!writeCodeCache(`${BUNDLE}.cache`, id, loaded.script.createCachedData())) throw new Error(`cannot write ${BUNDLE}.cache`);
}

// run by `npm run build`, not when a test loads every module
if (require.main === module) {
  main().catch((e: unknown) => {
    process.stderr.write(`bundle: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
    process.exit(1);
  });
}
