/** Which check findings a draft answers for, and where lint locates them. */
import { compareLintFindings, focusOnDraft } from '../../src/lint/select';
import { sampleReport } from '../report/fixtures';

// the sample: source a says 312 countries (the odd one out); b and c say 26
const finding = () => sampleReport().findings[0];

describe('focusOnDraft', () => {
  it('keeps a finding whose odd value is the draft’s, located in the draft', () => {
    expect(focusOnDraft(finding(), 'a')?.evidence.map((e) => e.source)).toEqual(['a', 'b', 'c']);
  });

  it('drops a finding in which the draft only gives the majority value', () => {
    expect(focusOnDraft(finding(), 'b')).toBeUndefined();
  });

  it('keeps it, the draft first, when there is no majority to side with', () => {
    const f = { ...finding(), majority: undefined };
    expect(focusOnDraft(f, 'c')?.evidence.map((e) => e.source)).toEqual(['c', 'a', 'b']);
  });

  it('drops findings the draft has no part in', () => {
    expect(focusOnDraft(finding(), 'z')).toBeUndefined();
  });
});

describe('compareLintFindings', () => {
  it('orders by path, line, column, then rule id', () => {
    const f = finding();
    const at = (path: string, line: number, column: number, ruleId = 'r') => ({ ...f, ruleId, evidence: [{ ...f.evidence[0], path, line, column }] });
    const list = [at('b.md', 1, 1), at('a.md', 9, 1), at('a.md', 2, 5, 'z'), at('a.md', 2, 5, 'a'), at('a.md', 2, 1)];
    expect(list.sort(compareLintFindings).map((x) => `${x.evidence[0].path}:${x.evidence[0].line}:${x.evidence[0].column} ${x.ruleId}`)).toEqual([
      'a.md:2:1 r',
      'a.md:2:5 a',
      'a.md:2:5 z',
      'a.md:9:1 r',
      'b.md:1:1 r',
    ]);
  });
});
