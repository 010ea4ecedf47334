/**
 * The validators of the rule and config schemas are compiled ahead of time
 * (src/rules/validators.generated.ts), so that a run never loads ajv. This
 * test keeps them in step with the schemas: when a schema changes it fails,
 * and `npm run schemas` writes the file again.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import Ajv from 'ajv';
import standaloneCode from 'ajv/dist/standalone';
import { AJV_OPTIONS, RULES_DIR, schemaValidator } from '../../src/rules/data';

const GENERATED = path.join(__dirname, '..', '..', 'src', 'rules', 'validators.generated.ts');
const SCHEMAS = { rule: 'schema.json', config: 'config.schema.json' } as const;

/** The generated module's text, as ajv writes it for the schemas now in rules/. */
function generate(): string {
  const ajv = new Ajv({ ...AJV_OPTIONS, code: { source: true, esm: true } });
  const ids: Record<string, string> = {};
  for (const [name, file] of Object.entries(SCHEMAS)) {
    const schema = JSON.parse(fs.readFileSync(path.join(RULES_DIR, file), 'utf8')) as { $id: string };
    ajv.addSchema(schema);
    ids[name] = schema.$id;
  }
  const header = [
    '/* eslint-disable */',
    '// @ts-nocheck',
    `// Generated from rules/${SCHEMAS.rule} and rules/${SCHEMAS.config} by ajv (standalone code) through`,
    '// tests/rules/validators.test.ts: do not edit; after changing a schema, run `npm run schemas`.',
  ];
  return `${header.join('\n')}\n${standaloneCode(ajv, ids)}\n`;
}

describe('precompiled schema validators', () => {
  const expected = generate();
  if (process.env.CROSSCHECK_WRITE_VALIDATORS === '1') fs.writeFileSync(GENERATED, expected);

  it('are those ajv compiles from the schemas now in rules/ (run npm run schemas after changing a schema)', () => {
    expect(fs.readFileSync(GENERATED, 'utf8') === expected).toBe(true);
  });

  it('give the errors ajv gives, path and message', () => {
    const validate = schemaValidator(path.join(RULES_DIR, 'config.schema.json'));
    expect(validate({ failOn: 'sometimes' })).toBe(false);
    expect(validate.errors?.[0]).toMatchObject({ instancePath: '/failOn', message: 'must be equal to one of the allowed values' });
    expect(validate({ references: ['refs/'], rules: { 'quantity-mismatch': 'warning' } })).toBe(true);
  });
});
