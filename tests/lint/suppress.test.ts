/** Suppression comments in drafts: which findings they silence, and which comments silence nothing. */
import { directiveRules, parseDirectives } from '../../src/lint/directives';
import { applySuppressions, UNUSED_DIRECTIVE_RULE } from '../../src/lint/suppress';
import { identity } from '../../src/sources/offset-map';
import type { Finding, Source } from '../../src/types';

function draft(lines: string[]): Source {
  const raw = `${lines.join('\n')}\n`;
  const { text, map } = identity(raw);
  return { id: 'd', path: 'drafts/d.md', format: 'markdown', raw, text, map, sections: [] };
}

/** A finding whose primary evidence is on `line` of the draft. */
function findingAt(line: number, ruleId = 'quantity-mismatch'): Finding {
  const e = { source: 'd', path: 'drafts/d.md', line, column: 1, endLine: line, endColumn: 5, start: 0, end: 4, text: 'text' };
  return { ruleId, severity: 'error', message: `at ${line}`, subject: 's', sides: [], evidence: [e] };
}

describe('parseDirectives', () => {
  it.each([
    ['<!-- crosscheck-disable-next-line quantity-mismatch -->', 'disable-next-line', ['quantity-mismatch']],
    ['<!--crosscheck-disable-next-line a, b-->', 'disable-next-line', ['a', 'b']],
    ['<!-- crosscheck-disable-line -->', 'disable-line', []],
    ['<!-- crosscheck-disable a b -- checked with the desk -->', 'disable', ['a', 'b']],
    ['<!-- crosscheck-enable -->', 'enable', []],
  ])('%s', (comment, kind, rules) => {
    const [d] = parseDirectives({ raw: `Intro.\n\n${comment}\nText.\n` });
    expect(d).toMatchObject({ kind, rules, line: 3, column: 1, endLine: 3, endColumn: comment.length + 1, text: comment });
  });

  it('locates a comment that spans lines by where it starts and ends', () => {
    const [d] = parseDirectives({ raw: 'A.\n<!-- crosscheck-disable-next-line\n     quantity-mismatch -->\nB.\n' });
    expect(d).toMatchObject({ kind: 'disable-next-line', rules: ['quantity-mismatch'], line: 2, endLine: 3 });
  });

  it('ignores ordinary comments and other tools’ directives', () => {
    expect(parseDirectives({ raw: '<!-- markdownlint-disable MD013 -->\n<!-- note to editor -->\n' })).toEqual([]);
  });

  it('reads rule ids before a -- description', () => {
    expect(directiveRules(' quantity-mismatch, event-date-mismatch -- the toll rose overnight ')).toEqual(['quantity-mismatch', 'event-date-mismatch']);
  });
});

describe('applySuppressions', () => {
  const lines = [
    '---', // 1
    'title: t', // 2
    '---', // 3
    '<!-- crosscheck-disable-next-line quantity-mismatch -->', // 4
    'Two dozen people were killed.', // 5
    'Rescuers found 40 more. <!-- crosscheck-disable-line -->', // 6
    '<!-- crosscheck-disable event-date-mismatch -->', // 7
    'It happened on Monday.', // 8
    'And 12 were hurt on Monday.', // 9
    '<!-- crosscheck-enable event-date-mismatch -->', // 10
    'The river rose on Tuesday.', // 11
  ];
  it.each<[string, number, string, boolean]>([
    ['next line, named rule', 5, 'quantity-mismatch', true],
    ['next line, other rule', 5, 'event-date-mismatch', false],
    ['same line, every rule', 6, 'event-date-mismatch', true],
    ['inside the block', 8, 'event-date-mismatch', true],
    ['inside the block, other rule', 9, 'quantity-mismatch', false],
    ['after enable', 11, 'event-date-mismatch', false],
    ['a next-line comment reaches one line only', 8, 'quantity-mismatch', false],
  ])('%s: line %i %s suppressed=%s', (_name, line, rule, suppressed) => {
    const r = applySuppressions([findingAt(line, rule)], [draft(lines)]);
    expect(r.suppressed.length === 1).toBe(suppressed);
    expect(r.kept.length === 1).toBe(!suppressed);
  });

  it('enable of one rule inside a disable of all turns that rule back on', () => {
    const d = draft(['<!-- crosscheck-disable -->', '<!-- crosscheck-enable quantity-mismatch -->', 'Text.']);
    const r = applySuppressions([findingAt(3, 'quantity-mismatch'), findingAt(3, 'event-date-mismatch')], [d]);
    expect(r.kept.map((f) => f.ruleId)).toEqual(['quantity-mismatch']);
    expect(r.suppressed.map((f) => f.ruleId)).toEqual(['event-date-mismatch']);
  });

  it('reports disable comments that suppressed nothing, naming the unused rules', () => {
    const r = applySuppressions([findingAt(5, 'quantity-mismatch')], [draft(lines)], 'warning');
    expect(r.unused.map((f) => [f.ruleId, f.severity, f.evidence[0].line, f.evidence[0].column, f.message])).toEqual([
      [UNUSED_DIRECTIVE_RULE, 'warning', 6, 25, 'Unused crosscheck-disable-line directive (no problems were reported)'],
      [UNUSED_DIRECTIVE_RULE, 'warning', 7, 1, 'Unused crosscheck-disable directive (no problems were reported from "event-date-mismatch")'],
    ]);
  });

  it('reports nothing about unused comments unless asked', () => {
    expect(applySuppressions([], [draft(lines)]).unused).toEqual([]);
  });

  it('leaves findings located in other files alone', () => {
    const f = findingAt(5);
    f.evidence[0] = { ...f.evidence[0], source: 'ref', path: 'refs/r.txt' };
    expect(applySuppressions([f], [draft(lines)]).kept).toEqual([f]);
  });
});
