/** `.crosscheckrc.json`: found from the working folder upward, validated, merged under the command line. */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { configure, effectiveSeverity, findConfig, loadConfig } from '../../src/config';
import { CrosscheckError } from '../../src/errors';
import { ignoreMatcher } from '../../src/lint/ignore';

const root = fs.mkdtempSync(path.join(os.tmpdir(), 'cc-config-'));
function project(name: string, config: unknown): string {
  const dir = path.join(root, name);
  fs.mkdirSync(path.join(dir, 'sub', 'deeper'), { recursive: true });
  fs.writeFileSync(path.join(dir, '.crosscheckrc.json'), typeof config === 'string' ? config : JSON.stringify(config));
  return dir;
}

function errorOf(fn: () => unknown): string {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(CrosscheckError);
    return (e as CrosscheckError).message;
  }
  throw new Error('expected an error');
}

describe('finding the config', () => {
  it('takes the nearest .crosscheckrc.json from the working folder up', () => {
    const dir = project('found', { failOn: 'warning' });
    expect(findConfig(path.join(dir, 'sub', 'deeper'))).toBe(path.join(dir, '.crosscheckrc.json'));
    expect(loadConfig(path.join(dir, 'sub'))).toMatchObject({ file: path.join('..', '.crosscheckrc.json'), dir, config: { failOn: 'warning' } });
  });

  it('reads the file --config names, and a missing one is a config error', () => {
    const dir = project('explicit', { minSeverity: 'warning' });
    expect(loadConfig(root, path.join('explicit', '.crosscheckrc.json'))?.config).toEqual({ minSeverity: 'warning' });
    expect(errorOf(() => loadConfig(dir, 'nope.json'))).toBe('nope.json: no such config file');
  });
});

describe('a bad config is one line naming the file and the JSON path', () => {
  it.each<[string, unknown, string]>([
    ['unknown key', { failon: 'error' }, 'at the top level: has unknown property "failon"'],
    ['bad severity', { rules: { 'quantity-mismatch': 'loud' } }, 'at "rules.quantity-mismatch": must be one of "error", "warning", "info", "off"'],
    ['bad fail level', { failOn: 'sometimes' }, 'at "failOn": must be one of "error", "warning", "info", "never"'],
    ['negative max warnings', { maxWarnings: -1 }, 'at "maxWarnings": must be >= 0'],
    ['ignore not a list', { ignore: 'drafts/old' }, 'at "ignore": must be array'],
    ['unknown rule', { rules: { 'no-such-rule': 'off' } }, 'at "rules.no-such-rule": unknown rule "no-such-rule" (see crosscheck rules)'],
    ['option out of range', { rules: { 'quantity-mismatch': { options: { relativeTolerance: 2 } } } }, 'at "rules.quantity-mismatch.options.relativeTolerance": must be <= 1'],
    ['option the check does not take', { rules: { 'quantity-mismatch': { options: { slackDays: 2 } } } }, 'at "rules.quantity-mismatch.options": has unknown property "slackDays"'],
    ['unknown format', { format: 'pdf' }, 'at "format": unknown format "pdf"'],
    ['not JSON', '{ "rules": ', 'is not valid JSON'],
  ])('%s', (name, config, message) => {
    const dir = project(name.replace(/\W+/g, '-'), config);
    expect(errorOf(() => configure({}, dir))).toContain(`.crosscheckrc.json: ${message}`);
  });
});

describe('merging command line and config', () => {
  const dir = project('merge', {
    rules: { 'quantity-mismatch': { severity: 'warning', options: { relativeTolerance: 0.1 } }, 'name-variant': 'off' },
    rulesDirs: ['house-rules'],
    references: ['refs/'],
    ignore: ['drafts/archive/', '*.draft.md'],
    format: 'json',
    failOn: 'warning',
    maxWarnings: 3,
  });
  fs.mkdirSync(path.join(dir, 'house-rules'), { recursive: true });

  it('fills what the command line leaves out, with paths relative to the config file', () => {
    const { options } = configure({}, path.join(dir, 'sub'));
    expect(options).toMatchObject({ format: 'json', failOn: 'warning', minSeverity: 'info', maxWarnings: 3, references: [path.join('..', 'refs')], rulesDirs: [path.join('..', 'house-rules')] });
    expect(effectiveSeverity(options, 'quantity-mismatch', 'error')).toBe('warning');
    expect(effectiveSeverity(options, 'name-variant', 'info')).toBeUndefined();
    expect(effectiveSeverity(options, 'event-date-mismatch', 'error')).toBe('error');
  });

  it('lets the command line win', () => {
    const { options } = configure({ format: 'sarif', failOn: 'error', maxWarnings: 0, against: ['other/'] }, dir);
    expect(options).toMatchObject({ format: 'sarif', failOn: 'error', maxWarnings: 0, references: ['other/'] });
  });

  it.each([
    ['drafts/archive/old.md', true],
    ['drafts/new.draft.md', true],
    ['drafts/deep/er/x.draft.md', true],
    ['drafts/new.md', false],
    ['refs/archive.md', false],
  ])('ignore globs: %s → %s', (file, ignored) => {
    expect(configure({}, dir).options.ignored(file)).toBe(ignored);
  });
});

describe('ignoreMatcher', () => {
  it.each<[string, string, boolean]>([
    ['**/*.txt', 'refs/a/b.txt', true],
    ['refs/*.txt', 'refs/a/b.txt', false],
    ['refs/{wire,daily}.md', 'refs/daily.md', true],
    ['notes', 'drafts/notes/a.md', true],
    ['draft-[0-9].md', 'x/draft-7.md', true],
  ])('%s matches %s: %s', (glob, file, expected) => {
    expect(ignoreMatcher([glob])(file)).toBe(expected);
  });
});
