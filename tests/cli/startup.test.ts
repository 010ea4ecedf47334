/**
 * Nothing heavy is loaded at start-up that the command does not use: the
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
  it('lint loads no schema validator, SQLite, HTML parser or reporter it does not print with', () => {
    // no config file here: nothing of the user's to validate
    const { status, modules } = loadedBy(['lint', path.join(REPO, 'drafts', 'contradicts.md'), '--against', path.join(REPO, 'references')], plain);
    expect(status).toBe(1);
    for (const heavy of ['node_modules/ajv/', 'dist/rules/validators', 'node_modules/sql.js/', 'node_modules/linkedom/', 'node_modules/@mozilla/readability/', 'dist/report/html/', 'dist/report/sarif', 'dist/report/markdown', 'dist/index/db']) {
      expect([heavy, loads(modules, heavy)]).toEqual([heavy, false]);
    }
    expect(loads(modules, 'dist/report/lint-stylish')).toBe(true);
  });

  it('lint -f sarif loads the SARIF reporter and no other', () => {
    const { modules } = loadedBy(['lint', path.join(REPO, 'drafts', 'contradicts.md'), '--against', path.join(REPO, 'references'), '-f', 'sarif'], plain);
    expect(loads(modules, 'dist/report/sarif')).toBe(true);
    expect(loads(modules, 'dist/report/html/')).toBe(false);
    expect(loads(modules, 'dist/report/junit')).toBe(false);
  });

  it('--version and a usage error load no pipeline', () => {
    for (const args of [['--version'], ['frobnicate']]) {
      const { modules } = loadedBy(args, plain);
      expect(loads(modules, 'dist/pipeline')).toBe(false);
      expect(loads(modules, 'node_modules/chrono-node/')).toBe(false);
    }
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
});
