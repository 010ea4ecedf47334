import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { CrosscheckError } from '../../src/errors';
import { loadRules } from '../../src/rules/load';
import { fillTemplate } from '../../src/rules/engine';

function dirWith(files: Record<string, string>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cc-rules-'));
  for (const [name, text] of Object.entries(files)) fs.writeFileSync(path.join(dir, name), text);
  return dir;
}

function errorOf(fn: () => unknown): CrosscheckError {
  try {
    fn();
  } catch (e) {
    return e as CrosscheckError;
  }
  throw new Error('no error thrown');
}

describe('rule files', () => {
  it('loads every built-in rule, valid against rules/schema.json', () => {
    const ids = loadRules().map((r) => r.id).sort();
    expect(ids).toEqual([
      'currency-consistency', 'elapsed-time', 'event-date-mismatch', 'name-variant', 'person-age-mismatch', 'person-role-mismatch',
      'quantity-mismatch', 'quantity-update', 'quote-fidelity', 'spelling-variant', 'weekday-date',
    ]);
  });

  it('adds user rules, and a user rule with a built-in id replaces it', () => {
    const dir = dirWith({
      'casualties.json': JSON.stringify({ id: 'casualty-count', type: 'value-mismatch', description: 'Death tolls differ.', severity: 'warning', claims: ['quantity'], options: { minSimilarity: 0.2 } }),
      'quiet.json': JSON.stringify({ id: 'name-variant', type: 'name-variant', description: 'off', severity: 'info', enabled: false }),
    });
    const rules = loadRules([dir]);
    expect(rules.find((r) => r.id === 'casualty-count')?.severity).toBe('warning');
    expect(rules.find((r) => r.id === 'name-variant')?.enabled).toBe(false);
  });

  const bad: Array<[string, string, RegExp]> = [
    ['not JSON', '{ "id": ', /bad\.json: is not valid JSON/],
    ['a missing property', JSON.stringify({ id: 'x', type: 'value-mismatch', severity: 'error' }), /bad\.json: at the top level: must have required property 'description'/],
    ['an unknown rule type', JSON.stringify({ id: 'x', type: 'magic', description: 'd', severity: 'error' }), /bad\.json: at "type": must be one of "value-mismatch", /],
    ['a bad severity', JSON.stringify({ id: 'x', type: 'name-variant', description: 'd', severity: 'fatal' }), /bad\.json: at "severity": must be one of "error", "warning", "info"/],
    ['an unknown option', JSON.stringify({ id: 'x', type: 'value-mismatch', description: 'd', severity: 'error', options: { tolerance: 1 } }), /bad\.json: at "options": has unknown property "tolerance"/],
    ['an option of the wrong type', JSON.stringify({ id: 'x', type: 'value-mismatch', description: 'd', severity: 'error', options: { minSimilarity: 'high' } }), /bad\.json: at "options\.minSimilarity": must be number/],
  ];
  it.each(bad)('rejects a rule file with %s: one line naming the file and the JSON path', (_name, text, message) => {
    const dir = dirWith({ 'bad.json': text });
    const err = errorOf(() => loadRules([dir]));
    expect(err).toBeInstanceOf(CrosscheckError);
    expect(err.code).toBe('rules');
    expect(err.message).toMatch(message);
    expect(err.message).toContain(path.join(dir, 'bad.json'));
    expect(err.message).not.toContain('\n');
  });

  it('rejects a missing rules folder', () => {
    expect(errorOf(() => loadRules(['/nonexistent/rules'])).message).toBe('/nonexistent/rules: no such rules folder');
  });
});

describe('message templates', () => {
  it('fills {{placeholders}} and leaves unknown ones', () => {
    expect(fillTemplate('{{a}} of {{ b }} say {{c}}', { a: 3, b: 4 })).toBe('3 of 4 say {{c}}');
  });
});
