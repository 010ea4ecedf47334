import { formatCheckStylish } from '../../src/report/stylish';
import { stripAnsi } from '../../src/report/color';
import type { Finding } from '../../src/types';
import { evidenceAt, plainSource, sampleReport } from './fixtures';

describe('formatCheckStylish', () => {
  it('prints a finding grouped under its subject: sides, majority, evidence with the claim marked, summary', () => {
    expect(formatCheckStylish(sampleReport(), { color: false })).toBe(
      [
        'countries pledging troops',
        '  error    Sources disagree on how many countries pledged troops  quantity-mismatch',
        '    312 country  1 source: a',
        '    26 country   2 sources: b, c  (majority)',
        '    stories/a.md:6:14   Leaders said »26 dozen countries« had pledged troops on Friday.',
        '    stories/b.txt:1:16  Officials said »26 countries« pledged support.',
        '    stories/c.txt:1:13  On Thursday »26 nations« agreed to send troops.',
        '',
        '✖ 1 problem (1 error, 0 warnings, 0 info) in 3 sources, 12 claims',
        '',
      ].join('\n'),
    );
  });

  it('says so when there is nothing to report', () => {
    const r = sampleReport();
    r.findings = [];
    expect(formatCheckStylish(r, { color: false })).toBe('✔ No disagreements found in 3 sources (12 claims).\n');
    r.stats = { sources: 1, claims: 1, findings: 0, ms: 1 };
    expect(formatCheckStylish(r, { color: false })).toBe('✔ No disagreements found in 1 source (1 claim).\n');
  });

  it('groups findings of the same subject and counts each severity', () => {
    const r = sampleReport();
    const [f] = r.findings;
    const other: Finding = { ...f, subject: 'meeting length', severity: 'info', ruleId: 'duration-mismatch', message: 'Meeting lengths differ' };
    r.findings = [f, other, { ...f, severity: 'warning', ruleId: 'quantity-approx', message: 'Approximate count' }];
    const out = formatCheckStylish(r, { color: false }).split('\n');
    expect(out.filter((l) => l === 'countries pledging troops')).toHaveLength(1);
    expect(out.indexOf('meeting length')).toBeGreaterThan(out.findIndex((l) => l.includes('quantity-approx')));
    expect(out).toContain('  warning  Approximate count  quantity-approx');
    expect(out).toContain('  info     Meeting lengths differ  duration-mismatch');
    expect(out).toContain('✖ 3 problems (1 error, 1 warning, 1 info) in 3 sources, 12 claims');
  });

  it('groups findings by story, each story with its own summary line, then the overall one', () => {
    const r = sampleReport();
    const [f] = r.findings;
    r.findings = [
      { ...f, story: 'ukraine' },
      { ...f, story: 'summit', severity: 'info', subject: 'meeting length', message: 'Meeting lengths differ', sides: [{ ...f.sides[1], sources: ['b'] }], evidence: [f.evidence[1]] },
      { ...f, story: 'ukraine', severity: 'warning', ruleId: 'quantity-approx', message: 'Approximate count' },
    ];
    const out = formatCheckStylish(r, { color: false }).split('\n');
    expect(out.filter((l) => l.startsWith('Story: ') || l.startsWith('  ✖') || l.startsWith('✖') || /^\S/.test(l))).toEqual([
      'Story: ukraine',
      'countries pledging troops',
      '  ✖ 2 problems (1 error, 1 warning, 0 info) in 3 sources',
      'Story: summit',
      'meeting length',
      '  ✖ 1 problem (0 errors, 0 warnings, 1 info) in 1 source',
      '✖ 3 problems (1 error, 1 warning, 1 info) in 3 sources, 12 claims',
    ]);
  });

  it('cuts a long evidence line around the claim and keeps it on one line', () => {
    const long = `${'Diplomats from across the continent gathered in the capital for talks. '.repeat(3)}In the end 26 countries pledged troops, ${'officials familiar with the negotiations told reporters late on Thursday evening. '.repeat(3)}`;
    const r = sampleReport();
    const d = plainSource('d', `${long}\n`);
    r.sources.push(d);
    r.findings[0].evidence = [evidenceAt(d, '26 countries', 26, 'country')];
    const line = formatCheckStylish(r, { color: false }).split('\n').find((l) => l.includes('stories/d.txt')) as string;
    expect(line).toMatch(/^ {4}stories\/d\.txt:1:\d+ {2}….* »26 countries« .*…$/);
    expect(line.length).toBeLessThan(130);
  });

  it('falls back to the evidence text when its source is not in the report', () => {
    const r = sampleReport();
    r.sources = r.sources.filter((s) => s.id !== 'b');
    expect(formatCheckStylish(r, { color: false })).toContain('    stories/b.txt:1:16  »26 countries«\n');
  });

  it('uses ANSI colours only when asked: red error, dim rule id, bold claim', () => {
    const plain = formatCheckStylish(sampleReport(), { color: false });
    const coloured = formatCheckStylish(sampleReport(), { color: true });
    expect(plain).not.toContain('\u001b[');
    expect(coloured).toContain('\u001b[31merror  \u001b[39m');
    expect(coloured).toContain('\u001b[2mquantity-mismatch\u001b[22m');
    expect(coloured).toContain('Leaders said \u001b[1m26 dozen countries\u001b[22m had pledged');
    // the same words either way: colour replaces the » « marks
    expect(stripAnsi(coloured)).toBe(plain.replace(/[»«]/g, ''));
  });
});
