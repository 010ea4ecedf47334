/**
 * `crosscheck lint` as a newsroom's CI runs it: the built CLI in a temporary
 * git repository of drafts (Markdown with front matter) and references, with
 * a `.crosscheckrc.json` at its root. Run `npm run build` first.
 *
 * The repository (fixtures/repo): references/wire.txt and references/daily.md
 * say twelve people were killed and 40% of the province flooded;
 * drafts/contradicts.md says two dozen; drafts/agrees.md agrees (and holds a
 * suppression comment that suppresses nothing); drafts/suppressed.md says
 * thirteen under a disable-next-line comment; drafts/archive/old.md is
 * ignored by the config.
 */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import Ajv from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { runCli, type CliResult } from '../e2e/run-cli';

jest.setTimeout(60_000);

const repo = fs.mkdtempSync(path.join(os.tmpdir(), 'cc-lint-'));
fs.cpSync(path.join(__dirname, 'fixtures', 'repo'), repo, { recursive: true });
spawnSync('git', ['init', '-q'], { cwd: repo });

const write = (name: string, text: string): void => {
  fs.mkdirSync(path.dirname(path.join(repo, name)), { recursive: true });
  fs.writeFileSync(path.join(repo, name), text);
};
// a draft whose name needs escaping in a workflow command (not in fixtures: Windows cannot check it out)
write(
  'escaping/toll: update, 2.md',
  '---\ntitle: "Update"\ndate: 2026-03-11\n---\n\nTwelve people were killed when the river burst its banks on Tuesday, officials said.\nGovernor Maria Lopez said 3,000 residents had been evacuated. Some 60% of the province was under water.\n',
);

// a changed file that is an article format to `check` but never a draft
write('package.json', '{ "name": "newsroom" }\n');

const lint = (args: string[], opts: { input?: string; env?: Record<string, string> } = {}): CliResult => runCli(['lint', ...args], { cwd: repo, ...opts });

const MESSAGE = '2 of 3 sources say 12 people (daily, wire excerpt); contradicts says 24 people (“Two dozen people”)';

describe('crosscheck lint: exit codes and the stylish form', () => {
  it('reports the contradicting draft at its line, cites the references, exits 1', () => {
    const r = lint(['drafts', '--against', 'references']);
    expect(r.stdout).toBe(
      [
        `drafts/contradicts.md:7:1  error    ${MESSAGE}  quantity-mismatch`,
        '    references/daily.md:6:1  “Twelve people” (12 people)',
        '    references/wire.txt:3:56  “Twelve people” (12 people)',
        '',
        '✖ 1 problem (1 error, 0 warnings, 0 info) in 1 file',
        '',
      ].join('\n'),
    );
    expect([r.status, r.stderr]).toEqual([1, '']);
  });

  it('is silent and exits 0 on a draft that agrees', () => {
    expect(lint(['drafts/agrees.md', '--against', 'references'])).toEqual({ status: 0, stdout: '', stderr: '' });
  });

  it('takes the references from the config, and drafts as globs', () => {
    const r = lint(['drafts/*.md']);
    expect(r.stdout.split('\n')[0]).toBe(`drafts/contradicts.md:7:1  error    ${MESSAGE}  quantity-mismatch`);
    expect(r.status).toBe(1);
  });

  it('never reports files the config ignores, nor disagreements among references alone', () => {
    const r = lint(['drafts/archive/old.md', 'drafts/agrees.md']);
    expect([r.status, r.stdout]).toEqual([0, '']);
  });

  it('exits 0 with --fail-on never, and 1 for warnings over --max-warnings', () => {
    expect(lint(['drafts', '--fail-on', 'never']).status).toBe(0);
    fs.writeFileSync(path.join(repo, 'warn.json'), JSON.stringify({ references: ['references'], ignore: ['drafts/archive/'], rules: { 'quantity-mismatch': 'warning' } }));
    expect(lint(['drafts', '--config', 'warn.json']).status).toBe(0);
    const r = lint(['drafts', '--config', 'warn.json', '--max-warnings', '0']);
    expect([r.status, r.stderr]).toEqual([1, 'crosscheck: too many warnings (1); at most 0 allowed\n']);
  });

  it('colours only when asked (NO_COLOR and pipes stay plain)', () => {
    expect(lint(['drafts']).stdout).not.toContain('\u001b[');
    expect(lint(['drafts', '--color']).stdout).toContain('\u001b[31merror  \u001b[39m');
  });

  it.each<[string, string[], string]>([
    ['no drafts named', [], 'crosscheck: name the drafts to lint, or give --files-from (see crosscheck lint --help)\n'],
    ['a missing draft', ['drafts/nope.md'], 'crosscheck: drafts/nope.md: no such file or folder\n'],
    ['an unknown format', ['drafts', '-f', 'pdf'], 'crosscheck: unknown format "pdf"; use one of: stylish, json, sarif, github, junit\n'],
    ['a missing config', ['drafts', '--config', 'nope.json'], 'crosscheck: nope.json: no such config file\n'],
  ])('exits 2 on %s, with one line', (_name, args, stderr) => {
    const r = lint(args);
    expect([r.status, r.stderr]).toEqual([2, stderr]);
  });
});

describe('crosscheck lint --files-from', () => {
  it('lints the drafts listed on standard input, skipping other and deleted files', () => {
    const r = lint(['--files-from', '-', '-f', 'github'], { input: 'README.md\npackage.json\nsrc/app.ts\ndrafts/contradicts.md\ndrafts/deleted.md\n\n' });
    expect(r.stdout).toMatch(/^::error file=drafts\/contradicts\.md,line=7,/);
    expect(r.status).toBe(1);
  });

  it('exits 0 when the change touched no drafts', () => {
    expect(lint(['--files-from', '-'], { input: 'README.md\n' })).toEqual({ status: 0, stdout: '', stderr: '' });
  });
});

describe('crosscheck lint with standard input', () => {
  const contradicts = (): string => fs.readFileSync(path.join(repo, 'drafts', 'contradicts.md'), 'utf8');

  it('lints a draft piped in as -, shown as --stdin-name, at the same line and column', () => {
    const r = lint(['-', '--against', 'references', '--stdin-name', 'drafts/contradicts.md'], { input: contradicts() });
    expect(r.stdout.split('\n')[0]).toBe(`drafts/contradicts.md:7:1  error    ${MESSAGE}  quantity-mismatch`);
    expect([r.status, r.stderr]).toEqual([1, '']);
  });

  it('shows a piped draft as <stdin> without --stdin-name', () => {
    const r = lint(['-', '--against', 'references', '-f', 'github'], { input: contradicts() });
    expect(r.stdout).toMatch(/^::error file=<stdin>,line=7,col=1,/);
    expect(r.status).toBe(1);
  });

  it('takes a reference piped in as --against -', () => {
    const r = lint(['drafts/contradicts.md', '--against', '-', '--stdin-name', 'wire.txt'], { input: fs.readFileSync(path.join(repo, 'references', 'daily.md'), 'utf8') });
    expect(r.stdout).toContain('drafts/contradicts.md:7:1  error');
    expect(r.stdout).toContain('    wire.txt:6:1  “Twelve people” (12 people)');
    expect(r.status).toBe(1);
  });

  it('refuses standard input as both the list of drafts and a draft, in one line', () => {
    const r = lint(['-', '--files-from', '-'], { input: 'drafts/contradicts.md\n' });
    expect([r.status, r.stdout, r.stderr]).toEqual([2, '', 'crosscheck: standard input can hold the list of drafts (--files-from -) or a draft (-), not both\n']);
  });
});

describe('crosscheck lint formats', () => {
  it('github: one workflow command, escaped as the Actions toolkit does', () => {
    expect(lint(['drafts', '-f', 'github']).stdout).toBe(
      `::error file=drafts/contradicts.md,line=7,col=1,endLine=7,endColumn=17,title=crosscheck(quantity-mismatch)::${MESSAGE}` +
        '%0Areferences/daily.md:6:1: “Twelve people” (12 people)%0Areferences/wire.txt:3:56: “Twelve people” (12 people)\n',
    );
    expect(lint(['escaping', '-f', 'github']).stdout).toBe(
      '::error file=escaping/toll%3A update%2C 2.md,line=7,col=63,endLine=7,endColumn=71,title=crosscheck(quantity-mismatch)::' +
        '2 of 3 sources say ~40%25 (daily, wire); toll: update, 2 says ~60%25 (“Some 60%25”)' +
        '%0Areferences/daily.md:6:148: “Some 40%25” (~40%25)%0Areferences/wire.txt:5:63: “Some 40%25” (~40%25)\n',
    );
  });

  it('json: the check report contract, the draft’s evidence first', () => {
    const r = lint(['drafts', '-f', 'json']);
    const out = JSON.parse(r.stdout) as { findings: Array<{ ruleId: string; evidence: Array<{ path: string; line: number; column: number; text: string }> }>; stats: Record<string, number> };
    expect(out.findings.map((f) => [f.ruleId, f.evidence.map((e) => `${e.path}:${e.line}:${e.column} ${e.text}`)])).toEqual([
      ['quantity-mismatch', ['drafts/contradicts.md:7:1 Two dozen people', 'references/daily.md:6:1 Twelve people', 'references/wire.txt:3:56 Twelve people']],
    ]);
    expect(out.stats).toMatchObject({ sources: 5, findings: 1 });
  });

  it('sarif: valid against the official schema, located in the draft, references related', () => {
    const r = lint(['drafts', '-f', 'sarif']);
    const schema = JSON.parse(fs.readFileSync(path.join(__dirname, '..', 'report', 'fixtures', 'sarif-schema-2.1.0.json'), 'utf8')) as object;
    const ajv = new Ajv({ strict: false, allErrors: true });
    addFormats(ajv);
    const sarif = JSON.parse(r.stdout);
    expect(ajv.validate(schema, sarif)).toBe(true);
    const run = sarif.runs[0];
    const result = run.results[0];
    expect(run.results).toHaveLength(1);
    expect(run.tool.driver.rules[result.ruleIndex].id).toBe('quantity-mismatch');
    expect(result).toEqual({
      ruleId: 'quantity-mismatch',
      ruleIndex: result.ruleIndex,
      level: 'error',
      message: { text: MESSAGE },
      locations: [{ physicalLocation: { artifactLocation: { uri: 'drafts/contradicts.md', uriBaseId: '%SRCROOT%' }, region: { startLine: 7, startColumn: 1, endLine: 7, endColumn: 17, snippet: { text: 'Two dozen people' } } } }],
      relatedLocations: [
        { id: 1, physicalLocation: { artifactLocation: { uri: 'references/daily.md', uriBaseId: '%SRCROOT%' }, region: { startLine: 6, startColumn: 1, endLine: 6, endColumn: 14, snippet: { text: 'Twelve people' } } }, message: { text: 'references/daily.md says 12 people: “Twelve people”' } },
        { id: 2, physicalLocation: { artifactLocation: { uri: 'references/wire.txt', uriBaseId: '%SRCROOT%' }, region: { startLine: 3, startColumn: 56, endLine: 3, endColumn: 69, snippet: { text: 'Twelve people' } } }, message: { text: 'references/wire.txt says 12 people: “Twelve people”' } },
      ],
      partialFingerprints: { 'crosscheck/v1': expect.stringMatching(/^[0-9a-f]{32}:1$/) },
      properties: { subject: 'people (killed)' },
    });
  });

  it('sarif: the fingerprint survives lines added above the finding', () => {
    const print = () => JSON.parse(lint(['drafts/contradicts.md', '-f', 'sarif']).stdout).runs[0].results[0].partialFingerprints['crosscheck/v1'];
    const file = path.join(repo, 'drafts', 'contradicts.md');
    const before = fs.readFileSync(file, 'utf8');
    const first = print();
    fs.writeFileSync(file, before.replace('Floods swept', 'An editor’s note.\n\nFloods swept'));
    try {
      expect(print()).toBe(first);
    } finally {
      fs.writeFileSync(file, before);
    }
  });

  it('junit: a suite per draft, the clean ones passing', () => {
    expect(lint(['drafts', '-f', 'junit']).stdout).toBe(
      [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<testsuites name="crosscheck" tests="3" failures="1" errors="0" time="0">',
        '  <testsuite name="drafts/agrees.md" tests="1" failures="0" errors="0" skipped="0" time="0">',
        '    <testcase name="drafts/agrees.md" classname="drafts/agrees.md" time="0" />',
        '  </testsuite>',
        '  <testsuite name="drafts/contradicts.md" tests="1" failures="1" errors="0" skipped="0" time="0">',
        '    <testcase name="7:1 quantity-mismatch" classname="drafts/contradicts.md" time="0">',
        `      <failure message="${MESSAGE}" type="error">drafts/contradicts.md:7:1 error ${MESSAGE} (quantity-mismatch)`,
        '  references/daily.md:6:1 “Twelve people” (12 people)',
        '  references/wire.txt:3:56 “Twelve people” (12 people)</failure>',
        '    </testcase>',
        '  </testsuite>',
        '  <testsuite name="drafts/suppressed.md" tests="1" failures="0" errors="0" skipped="0" time="0">',
        '    <testcase name="drafts/suppressed.md" classname="drafts/suppressed.md" time="0" />',
        '  </testsuite>',
        '</testsuites>',
        '',
      ].join('\n'),
    );
  });

  it('--output writes the report to a file and nothing to standard output', () => {
    const r = lint(['drafts', '-f', 'sarif', '--output', 'crosscheck.sarif']);
    expect([r.status, r.stdout]).toEqual([1, '']);
    expect(JSON.parse(fs.readFileSync(path.join(repo, 'crosscheck.sarif'), 'utf8')).version).toBe('2.1.0');
  });
});

describe('crosscheck lint suppression comments', () => {
  it('a disable-next-line comment silences the finding below it', () => {
    expect(lint(['drafts/suppressed.md'])).toEqual({ status: 0, stdout: '', stderr: '' });
  });

  it('the same draft without the comment is reported', () => {
    const text = fs.readFileSync(path.join(repo, 'drafts', 'suppressed.md'), 'utf8').replace(/<!--.*-->\n/, '');
    write('unsuppressed/suppressed.md', text);
    const r = lint(['unsuppressed']);
    expect(r.stdout.split('\n')[0]).toBe('unsuppressed/suppressed.md:6:1  error    2 of 3 sources say 12 people (daily, wire excerpt); suppressed says 13 people (“Thirteen people”)  quantity-mismatch');
  });

  it('--report-unused-disable-directives reports comments that suppress nothing', () => {
    const r = lint(['drafts/agrees.md', 'drafts/suppressed.md', '--report-unused-disable-directives']);
    expect(r.stdout).toBe(
      [
        'drafts/agrees.md:7:1  error    Unused crosscheck-disable-next-line directive (no problems were reported from "event-date-mismatch")  unused-disable-directive',
        '',
        '✖ 1 problem (1 error, 0 warnings, 0 info) in 1 file',
        '',
      ].join('\n'),
    );
    expect(r.status).toBe(1);
  });
});

describe('crosscheck lint config errors', () => {
  it.each<[string, string, string]>([
    ['an unknown key', '{"referencess": ["references"]}', 'at the top level: has unknown property "referencess"'],
    ['a bad severity', '{"rules": {"quantity-mismatch": "fatal"}}', 'at "rules.quantity-mismatch": must be one of "error", "warning", "info", "off"'],
    ['an unknown rule', '{"rules": {"quantity-mismatchh": "off"}}', 'at "rules.quantity-mismatchh": unknown rule "quantity-mismatchh" (see crosscheck rules)'],
    ['a bad option', '{"rules": {"quantity-mismatch": {"options": {"minSources": 1}}}}', 'at "rules.quantity-mismatch.options.minSources": must be >= 2'],
  ])('%s: one line naming the file and JSON path, exit 2', (_name, config, message) => {
    fs.writeFileSync(path.join(repo, 'bad.json'), config);
    const r = lint(['drafts', '--config', 'bad.json']);
    expect([r.status, r.stdout, r.stderr]).toEqual([2, '', `crosscheck: bad.json: ${message}\n`]);
  });

  it('applies to check as well: rule severities from the config', () => {
    fs.writeFileSync(path.join(repo, 'soft.json'), JSON.stringify({ rules: { 'quantity-mismatch': 'warning' } }));
    const r = runCli(['check', 'drafts/contradicts.md', 'references', '--config', 'soft.json', '-f', 'json'], { cwd: repo });
    const findings = (JSON.parse(r.stdout) as { findings: Array<{ ruleId: string; severity: string }> }).findings.filter((f) => f.ruleId === 'quantity-mismatch');
    expect([r.status, findings.map((f) => f.severity)]).toEqual([0, ['warning']]);
  });

  it('finds .crosscheckrc.json from a subfolder upward', () => {
    const r = runCli(['lint', 'contradicts.md', '--against', '../references'], { cwd: path.join(repo, 'drafts') });
    expect(r.stdout.split('\n')[0]).toBe(`contradicts.md:7:1  error    ${MESSAGE}  quantity-mismatch`);
  });
});
