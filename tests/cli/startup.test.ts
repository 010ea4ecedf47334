/**
 * Start-up reads no more than the command uses: the built CLI is one bundled
 * file run with its code cache, and heavy packages (schema compiler, SQLite,
 * HTML article extractor) are loaded only by the runs that need them. The
 * built CLI is run with a preload that lists, at exit, every module the
 * process loaded. (How long start-up takes is measured by `npm run
 * bench:startup`, not here.)
 */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { CLI, ROOT } from '../e2e/run-cli';

const REPO = path.join(ROOT, 'tests', 'lint', 'fixtures', 'repo');

let dir: string;
let plain: string;
let preload: string;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'crosscheck-startup-'));
  plain = fs.mkdtempSync(path.join(dir, 'plain-'));
  preload = path.join(dir, 'loaded.js');
  fs.writeFileSync(preload, `process.on('exit', () => require('fs').writeFileSync(process.env.LOADED_OUT, JSON.stringify(Object.keys(require.cache))));\n`);
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

/** The modules `crosscheck args` loads, as paths relative to the repository, and its exit code. */
function loadedBy(args: string[], cwd: string): { status: number | null; stderr: string; modules: string[] } {
  const out = path.join(dir, 'modules.json');
  const r = spawnSync(process.execPath, ['-r', preload, CLI, ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', LOADED_OUT: out } });
  const modules = (JSON.parse(fs.readFileSync(out, 'utf8')) as string[]).map((m) => path.relative(ROOT, m).split(path.sep).join('/'));
  return { status: r.status, stderr: r.stderr, modules };
}

const loads = (modules: readonly string[], what: string): boolean => modules.some((m) => m.includes(what));

describe('start-up loads only what the command uses', () => {
  it('lint requires no module of crosscheck or its packages beyond the executable (which runs the bundle)', () => {
    // no config file here: nothing of the user's to validate
    const { status, modules } = loadedBy(['lint', path.join(REPO, 'drafts', 'contradicts.md'), '--against', path.join(REPO, 'references')], plain);
    expect(status).toBe(1);
    expect(modules.filter((m) => !m.startsWith('..') && !path.isAbsolute(m))).toEqual(['dist/cli/main.js']);
  });

  it('the bundle is run with the code cache built with it', () => {
    const r = spawnSync(process.execPath, ['-e', `process.stdout.write(String(require(${JSON.stringify(CLI)}).loadBundle().cached))`], { encoding: 'utf8' });
    expect(r.stdout).toBe('true');
  });

  it("under V8 flags the build's cache was not made with (NODE_OPTIONS), a run keeps its own for the next", () => {
    const tmp = fs.mkdtempSync(path.join(dir, 'tmp-'));
    const env = { ...process.env, NO_COLOR: '1', TMPDIR: tmp, NODE_OPTIONS: '--max-old-space-size=3000' };
    const lint = ['lint', path.join(REPO, 'drafts', 'contradicts.md'), '--against', path.join(REPO, 'references'), '-f', 'json'];
    const first = spawnSync(process.execPath, [CLI, ...lint], { cwd: plain, encoding: 'utf8', env });
    const kept = fs.readdirSync(tmp, { recursive: true }).filter((f) => String(f).endsWith('.cache'));
    expect(kept).toHaveLength(1);
    const second = spawnSync(process.execPath, [CLI, ...lint], { cwd: plain, encoding: 'utf8', env });
    expect([second.status, second.stdout.replace(/"ms": \d+/, '')]).toEqual([first.status, first.stdout.replace(/"ms": \d+/, '')]);
    expect(first.status).toBe(1);
  });

  it('a bundle older than the compiled modules (tsc ran since) is not run', () => {
    const copy = fs.mkdtempSync(path.join(dir, 'stale-'));
    // the packages the bundle leaves out are found from its folder
    fs.symlinkSync(path.join(ROOT, 'node_modules'), path.join(copy, 'node_modules'));
    fs.copyFileSync(path.join(path.dirname(CLI), 'crosscheck.js'), path.join(copy, 'crosscheck.js'));
    fs.writeFileSync(path.join(copy, 'program.js'), '');
    const load = (): string => spawnSync(process.execPath, ['-e', `process.stdout.write(typeof require(${JSON.stringify(CLI)}).loadBundle(${JSON.stringify(path.join(copy, 'crosscheck.js'))})?.program.main)`], { encoding: 'utf8' }).stdout;
    fs.utimesSync(path.join(copy, 'program.js'), new Date(), new Date(Date.now() + 60_000));
    expect(load()).toBe('undefined');
    fs.utimesSync(path.join(copy, 'program.js'), new Date(), new Date(Date.now() - 60_000));
    expect(load()).toBe('function');
  });

  it('lint -f sarif and --version load no package either', () => {
    for (const args of [['lint', path.join(REPO, 'drafts', 'contradicts.md'), '--against', path.join(REPO, 'references'), '-f', 'sarif'], ['--version'], ['frobnicate']]) {
      const { modules } = loadedBy(args, plain);
      expect([args[0], modules.filter((m) => m.includes('node_modules/'))]).toEqual([args[0], []]);
    }
  });

  it('runs through a symbolic link to the executable (as an npm bin) from any folder', () => {
    const link = path.join(dir, 'crosscheck');
    fs.symlinkSync(CLI, link);
    const r = spawnSync(process.execPath, [link, 'lint', path.join(REPO, 'drafts', 'contradicts.md'), '--against', path.join(REPO, 'references'), '-f', 'json'], { cwd: plain, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
    expect(r.status).toBe(1);
    expect((JSON.parse(r.stdout) as { findings: unknown[] }).findings.length).toBeGreaterThan(0);
  });

  it("validates a user's config file without loading ajv (the validators are compiled ahead of time)", () => {
    const configured = fs.mkdtempSync(path.join(dir, 'configured-'));
    const draft = path.join(REPO, 'drafts', 'contradicts.md');
    fs.writeFileSync(path.join(configured, '.crosscheckrc.json'), JSON.stringify({ references: [path.join(REPO, 'references')], rules: { 'quantity-mismatch': { severity: 'warning', options: { relativeTolerance: 0.02 } } } }));
    const good = loadedBy(['lint', draft], configured);
    expect(good.status).toBe(0);
    expect(loads(good.modules, 'node_modules/ajv/dist/ajv')).toBe(false);
    fs.writeFileSync(path.join(configured, '.crosscheckrc.json'), JSON.stringify({ rules: { 'quantity-mismatch': { severity: 'error', options: { relativeTolerance: 'lots' } } } }));
    const bad = loadedBy(['lint', draft, '--against', path.join(REPO, 'references')], configured);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/^crosscheck: \.crosscheckrc\.json: at "rules\.quantity-mismatch\.options\.relativeTolerance": must be number\n$/);
    expect(loads(bad.modules, 'node_modules/ajv/dist/ajv')).toBe(false);
  });

  it('reads yargs messages in the language of the locale, as yargs does unbundled', () => {
    const r = spawnSync(process.execPath, [CLI, 'frobnicate'], { cwd: plain, encoding: 'utf8', env: { ...process.env, LC_ALL: 'de_DE.UTF-8' } });
    expect(r.status).toBe(2);
    expect(r.stderr).toBe('crosscheck: Unbekanntes Argument: frobnicate (see crosscheck --help)\n');
  });
});
