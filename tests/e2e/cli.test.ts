/** The command line as a user meets it: exit codes, options, one-line errors. Articles of its own, not the seeds. */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { spawn, spawnSync } from 'node:child_process';
import { CLI, ROOT, runCli } from './run-cli';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cc-cli-'));
const write = (name: string, text: string): string => {
  const file = path.join(dir, name);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, text);
  return file;
};

write(
  'story/a.md',
  `---
title: "Floods kill 12 in northern province"
date: 2026-03-12
author: "Ana Ruiz"
---

Floods swept through the northern province on Tuesday, and 12 people were killed when the river burst its banks, officials said.

Provincial governor Maria Lopez said 3,000 residents had been evacuated.
`,
);
write(
  'story/b.txt',
  ` date 2026-03-12 WORLD
Northern floods leave many dead
Rescuers searched for survivors after the river burst its banks.

Two dozen people were killed when the river burst its banks on Tuesday, officials said.

Governor Maria Lopez said 3,000 residents had been evacuated from the valley.
`,
);
write(
  'story/c.txt',
  `Twelve people were killed when the river burst its banks on Tuesday, officials said. Governor Maria Lopez said 3,000 residents had been evacuated.
`,
);

describe('crosscheck check', () => {
  it('exits 1 on an error finding and reports it at the odd source’s line', () => {
    const r = runCli(['check', path.join(dir, 'story'), '--published', '2026-03-12', '--format', 'json']);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(1);
    const report = JSON.parse(r.stdout) as { findings: Array<{ ruleId: string; message: string; evidence: Array<{ source: string; line: number; column: number; text: string }> }> };
    const f = report.findings.filter((x) => x.ruleId === 'quantity-mismatch');
    expect(f).toHaveLength(1);
    expect(f[0].message).toBe('3 of 4 sources say 12 people (a title, a body, c); b says 24 people (“Two dozen people”)');
    expect(f[0].evidence[0]).toMatchObject({ source: 'b', line: 5, column: 1, text: 'Two dozen people' });
    expect(f[0].evidence.slice(1)).toEqual([
      expect.objectContaining({ source: 'a', line: 2, column: 21, text: '12' }),
      expect.objectContaining({ source: 'a', line: 7, column: 60, text: '12 people' }),
      expect.objectContaining({ source: 'c', line: 1, column: 1, text: 'Twelve people' }),
    ]);
  });

  it('exits 0 with --fail-on never, and with nothing at the fail level', () => {
    expect(runCli(['check', path.join(dir, 'story'), '--fail-on', 'never']).status).toBe(0);
    expect(runCli(['check', path.join(dir, 'story', 'a.md'), path.join(dir, 'story', 'c.txt')]).status).toBe(0);
  });

  it('shows only findings at or above --min-severity', () => {
    const r = runCli(['check', path.join(dir, 'story'), '--min-severity', 'error', '--format', 'json']);
    const report = JSON.parse(r.stdout) as { findings: Array<{ severity: string }> };
    expect(report.findings.length).toBeGreaterThan(0);
    expect(report.findings.every((f) => f.severity === 'error')).toBe(true);
  });

  it('prints the stylish report with a summary line, no colour when NO_COLOR is set', () => {
    const r = runCli(['check', path.join(dir, 'story')]);
    expect(r.stdout).toContain('Two dozen people');
    expect(r.stdout).toMatch(/✖ \d+ problems? \(1 error, \d+ warnings?, \d+ info\) in 3 sources, \d+ claims/);
    expect(r.stdout).not.toContain('\u001b[');
  });

  it('writes the report to --output and nothing to standard output', () => {
    const out = path.join(dir, 'report.json');
    const r = runCli(['check', path.join(dir, 'story'), '--format', 'json', '--output', out]);
    expect(r.stdout).toBe('');
    expect(JSON.parse(fs.readFileSync(out, 'utf8')).version).toBe(1);
  });

  it('reads a pipe (`<(…)`) once, an article or an export, and reports as from the files', () => {
    const story = ['a.md', 'b.txt', 'c.txt'].map((f) => path.join(dir, 'story', f));
    const records = story.map((f, i) => JSON.stringify({ id: `r${i}`, title: `Floods ${i}`, published: '2026-03-12', body: fs.readFileSync(f, 'utf8').replace(/^---[\s\S]*?---\n/, '') }));
    const feed = write('feed.jsonl', `${records.join('\n')}\n`);
    // what a report finds, without the names its sources get from their paths (/dev/fd/63 is "63")
    const findings = (stdout: string) => {
      const r = JSON.parse(stdout) as { findings: Array<{ ruleId: string; evidence: Array<{ line: number; column: number; text: string }> }>; stats: { claims: number } };
      return { claims: r.stats.claims, found: r.findings.map((f) => [f.ruleId, f.evidence.map((e) => [e.line, e.column, e.text]).sort()]) };
    };
    for (const inputs of [story, [feed]]) {
      const piped = spawnSync('bash', ['-c', `${JSON.stringify(process.execPath)} ${JSON.stringify(CLI)} check --format json --published 2026-03-12 ${inputs.map((f) => `<(cat ${JSON.stringify(f)})`).join(' ')}`], { encoding: 'utf8' });
      const named = runCli(['check', '--format', 'json', '--published', '2026-03-12', ...inputs]);
      expect(piped.stderr).toBe('');
      expect(piped.status).toBe(named.status);
      expect(findings(piped.stdout)).toEqual(findings(named.stdout));
      expect(findings(named.stdout).found.length).toBeGreaterThan(0);
    }
  });

  it('never writes into its input files', () => {
    const before = fs.readdirSync(path.join(dir, 'story')).map((f) => fs.readFileSync(path.join(dir, 'story', f), 'utf8'));
    runCli(['check', path.join(dir, 'story')]);
    expect(fs.readdirSync(path.join(dir, 'story')).map((f) => fs.readFileSync(path.join(dir, 'story', f), 'utf8'))).toEqual(before);
  });
});

describe('a reader that stops reading (crosscheck … | head)', () => {
  it('ends the run quietly, with its exit code', async () => {
    // the claims of seeds and the corpus: far more than a pipe holds, so writing goes on after the reader has gone
    const child = spawn(process.execPath, [CLI, 'claims', '--format', 'json', 'seeds', 'tests/corpus'], { cwd: ROOT, env: { ...process.env, NO_COLOR: '1' } });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const first = await new Promise<string>((resolve) => child.stdout.once('data', (d: Buffer) => resolve(d.toString())));
    child.stdout.destroy();
    const status = await new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)));
    expect(first.startsWith('{')).toBe(true);
    expect(stderr).toBe('');
    expect(status).toBe(0);
  });
});

describe('errors a user can cause: one line, exit 2, no stack trace', () => {
  const cases: Array<[string, string[], RegExp]> = [
    ['a missing file', ['check', path.join(dir, 'nope.md')], /nope\.md/],
    ['a bad --published date', ['check', path.join(dir, 'story'), '--published', '2026-13-01'], /--published must be a date YYYY-MM-DD/],
    ['an unknown format', ['check', path.join(dir, 'story'), '--format', 'xml'], /unknown format "xml"/],
    ['an unknown source format', ['check', path.join(dir, 'story'), '--source-format', 'pdf'], /pdf/],
    ['a missing rules folder', ['check', path.join(dir, 'story'), '--rules', path.join(dir, 'no-rules')], /no-rules: no such rules folder/],
    ['an unknown option', ['check', path.join(dir, 'story'), '--frobnicate'], /Unknown argument: frobnicate/],
    ['no command', [], /name a command/],
  ];
  it.each(cases)('%s', (_name, args, message) => {
    const r = runCli(args);
    expect(r.status).toBe(2);
    const lines = r.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^crosscheck: /);
    expect(lines[0]).toMatch(message);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it('names the file and JSON path of a bad rule file', () => {
    const rules = path.join(dir, 'bad-rules');
    fs.mkdirSync(rules, { recursive: true });
    fs.writeFileSync(path.join(rules, 'x.json'), JSON.stringify({ id: 'x', type: 'value-mismatch', description: 'd', severity: 'error', options: { minSimilarity: 2 } }));
    const r = runCli(['rules', '--rules', rules]);
    expect(r.status).toBe(2);
    expect(r.stderr).toBe(`crosscheck: ${path.join(rules, 'x.json')}: at "options.minSimilarity": must be <= 1\n`);
  });

  it('still checks the readable files when one is missing', () => {
    const r = runCli(['check', path.join(dir, 'story', 'a.md'), path.join(dir, 'story', 'b.txt'), path.join(dir, 'missing.txt'), '--format', 'json']);
    expect(r.status).toBe(2);
    expect(JSON.parse(r.stdout).stats.sources).toBe(2);
    expect(r.stderr).toMatch(/missing\.txt/);
  });
});

describe('crosscheck rules', () => {
  it('lists every rule and says they are valid', () => {
    const r = runCli(['rules']);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^quantity-mismatch\s+error\s+value-mismatch\s+Sources give different figures/m);
    expect(r.stdout).toContain('11 rules, all valid');
  });
  it('lists them as JSON', () => {
    const r = runCli(['rules', '--format', 'json']);
    expect(JSON.parse(r.stdout).rules).toHaveLength(11);
  });
});
