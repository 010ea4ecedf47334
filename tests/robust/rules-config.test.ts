/**
 * Bad rule files and config files stop the run before any article is read:
 * exit 2, one line naming the file, no stack trace. Patterns a rule file
 * gives (term-variant terms) are matched literally, never compiled as regexes.
 */
import * as fs from 'node:fs';
import { clean, errLines, GOOD, put, runJson, scratch } from './harness';

const dir = scratch('rules');
const rule = (o: Record<string, unknown>) => JSON.stringify({ id: 'my-rule', type: 'term-variant', description: 'Custom spellings.', severity: 'warning', options: { terms: [] }, ...o });

beforeAll(() => put(dir, 'good.md', GOOD));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe.each([
  ['a rule file that is not JSON', 'not-json', '{ "id": "my-rule", ', /not valid JSON|JSON/i],
  ['a rule file that fails the schema', 'bad-schema', rule({ severity: 'fatal' }), /severity|must be/],
  ['a rule file with an unknown rule type', 'bad-type', rule({ type: 'vibe-check' }), /vibe-check|type/],
])('%s', (_name, folder, content, problem) => {
  it('stops the run: exit 2, one line naming the file, no stack', () => {
    put(dir, `${folder}/my-rule.json`, content);
    const r = runJson(['check', 'good.md', '--rules', folder], dir);
    expect(r.status).toBe(2);
    expect(clean(r.stderr)).toBe(true);
    const lines = errLines(r.stderr);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(new RegExp(`^crosscheck: (?:\\S*/)?${folder}/my-rule\\.json: `));
    expect(lines[0]).toMatch(problem);
  });
});

describe('a config file with an unknown key', () => {
  it('stops the run: exit 2, one line naming the file and the key, no stack', () => {
    put(dir, 'cfg/.crosscheckrc.json', JSON.stringify({ failOn: 'error', colour: true }));
    const r = runJson(['check', 'good.md', '--config', 'cfg/.crosscheckrc.json'], dir);
    expect(r.status).toBe(2);
    expect(clean(r.stderr)).toBe(true);
    expect(errLines(r.stderr)).toEqual([expect.stringMatching(/^crosscheck: cfg\/\.crosscheckrc\.json: .*colour/)]);
  });
});

describe('terms from a user rule file', () => {
  it('are matched literally and fast, however they look like patterns', () => {
    const terms = [{ variants: ['(a+)+$', 'c.+d'] }];
    put(dir, 'terms/my-rule.json', rule({ options: { terms } }));
    // plain text: Markdown would read the stars and brackets as markup
    const body = 'Flood waters closed the road near Varna on Thursday, March 13, 2025, and 312 people were moved.\n';
    put(dir, 'one.txt', `${body}\nThe code name was (a+)+$ according to officials.\n${'a'.repeat(50_000)}!\n`);
    put(dir, 'two.txt', `${body}\nThe code name was c.+d according to officials. cxxd was not.\n`);
    const r = runJson(['check', 'one.txt', 'two.txt', '--rules', 'terms'], dir);
    expect(r.stderr).toBe('');
    const mine = (r.report?.findings as { ruleId: string; sides: { value: string }[] }[]).filter((f) => f.ruleId === 'my-rule');
    expect(mine.map((f) => f.sides.map((s) => s.value).sort())).toEqual([['(a+)+$', 'c.+d']]);
    expect(r.ms).toBeLessThan(30_000);
  });
});
