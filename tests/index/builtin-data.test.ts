/**
 * The package's own rule files and data files are not validated on every run
 * (compiling their schemas would dominate a lint's start-up): this test is
 * where they are validated, each against its schema, with ajv as the loader
 * would use it for a user's file.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import Ajv from 'ajv';
import { RULES_DIR, validateWithSchema } from '../../src/rules/data';

const ajv = new Ajv({ allErrors: true, strict: false });
const read = (f: string): unknown => JSON.parse(fs.readFileSync(f, 'utf8'));

const dataFiles = fs.readdirSync(path.join(RULES_DIR, 'data')).filter((n) => n.endsWith('.json') && !n.endsWith('.schema.json'));
const ruleFiles = fs.readdirSync(RULES_DIR).filter((n) => n.endsWith('.json') && n !== 'schema.json' && !n.endsWith('.schema.json'));

describe('built-in data files', () => {
  it('finds the data files', () => {
    expect(dataFiles.length).toBeGreaterThan(5);
  });
  it.each(dataFiles)('%s is valid against its schema', (name) => {
    const validate = ajv.compile(read(path.join(RULES_DIR, 'data', name.replace(/\.json$/, '.schema.json'))) as object);
    const ok = validate(read(path.join(RULES_DIR, 'data', name)));
    expect(validate.errors ?? []).toEqual([]);
    expect(ok).toBe(true);
  });
});

describe('built-in rule files', () => {
  const validate = ajv.compile(read(path.join(RULES_DIR, 'schema.json')) as object);
  it.each(ruleFiles)('%s is valid against rules/schema.json', (name) => {
    const ok = validate(read(path.join(RULES_DIR, name)));
    expect(validate.errors ?? []).toEqual([]);
    expect(ok).toBe(true);
  });
});

describe('validation at run time', () => {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'crosscheck-data-'));
  afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));
  it("still rejects a user's file that breaks the schema, naming the file and the path", () => {
    const file = path.join(tmp, 'my-rule.json');
    const bad = { ...(read(path.join(RULES_DIR, ruleFiles[0])) as object), severity: 'fatal' };
    expect(() => validateWithSchema(bad, path.join(RULES_DIR, 'schema.json'), file)).toThrow(/my-rule\.json.*severity/);
  });
  it("accepts a user's copy of a built-in rule", () => {
    const file = path.join(tmp, 'copy.json');
    expect(() => validateWithSchema(read(path.join(RULES_DIR, ruleFiles[0])), path.join(RULES_DIR, 'schema.json'), file)).not.toThrow();
  });
});
