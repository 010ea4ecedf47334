import { escapeMarkdown, formatCheckMarkdown } from '../../src/report/markdown';
import type { Finding, Report } from '../../src/types';
import { claimAt, evidenceAt, plainSource, sampleReport } from './fixtures';

/** A report over one source whose article text is hostile to Markdown and HTML. */
function hostileReport(): Report {
  const raw = 'Intro line. Officials said *26* countries | <script>alert(1)</script> [link](http://x) pledged troops. Next.\n';
  const s = plainSource('evil', raw, { outlet: 'The_Wire' });
  const b = plainSource('b', 'Officials said 27 countries pledged troops.\n');
  const claim = claimAt(s, 1, '26', { kind: 'quantity', value: 26, unit: 'country', qualifier: 'exact' });
  // the claim's sentence: from "Officials" to the full stop after "troops"
  const start = raw.indexOf('Officials');
  claim.sentence = { start, end: raw.indexOf('troops.') + 'troops.'.length };
  const ev = { ...evidenceAt(s, '26', 26, 'country'), claimId: claim.id };
  const evB = evidenceAt(b, '27 countries', 27, 'country');
  const finding: Finding = {
    ruleId: 'quantity-mismatch',
    severity: 'warning',
    message: 'Counts differ: *26* vs 27 <b>',
    subject: 'countries | pledging',
    sides: [
      { value: 26, unit: 'country', display: '26 country', sources: ['evil'], evidence: [ev] },
      { value: 27, unit: 'country', display: '27 country', sources: ['b'], evidence: [evB] },
    ],
    evidence: [ev, evB],
  };
  return { sources: [s, b], claims: [claim], findings: [finding], stats: { sources: 2, claims: 1, findings: 1, ms: 1 } };
}

describe('formatCheckMarkdown', () => {
  it('prints the story, its summary, each finding as a table of values and sources, evidence with the claim in bold', () => {
    expect(formatCheckMarkdown(sampleReport())).toBe(
      [
        '# Crosscheck report',
        '',
        '## Story: all sources',
        '',
        '**1 problem (1 error, 0 warnings, 0 info)** in 3 sources, 12 claims.',
        '',
        'Sources:',
        '',
        '- `a` 2025-09-05, “Allies pledge troops”',
        '- `b` The Daily, “Pledges”',
        '- `c`',
        '',
        '### countries pledging troops',
        '',
        '🔴 **error** Sources disagree on how many countries pledged troops `quantity-mismatch`',
        '',
        '| Value | # | Sources |',
        '| --- | ---: | --- |',
        '| 312 country | 1 | a |',
        '| **26 country** (majority) | 2 | b (The Daily), c |',
        '',
        '- `stories/a.md:6:14` Leaders said **26 dozen countries** had pledged troops on Friday.',
        '- `stories/b.txt:1:16` Officials said **26 countries** pledged support.',
        '- `stories/c.txt:1:13` On Thursday **26 nations** agreed to send troops.',
        '',
      ].join('\n'),
    );
  });

  it('shows the whole sentence of a claim (not the whole line) and escapes what the article says', () => {
    const out = formatCheckMarkdown(hostileReport());
    const line = out.split('\n').find((l) => l.startsWith('- `stories/evil.txt')) as string;
    expect(line).toBe(
      '- `stories/evil.txt:1:29` Officials said \\***26**\\* countries \\| \\<script\\>alert(1)\\</script\\> \\[link\\](http://x) pledged troops.',
    );
    expect(out).toContain('### countries \\| pledging');
    expect(out).toContain('🟠 **warning** Counts differ: \\*26\\* vs 27 \\<b\\>');
    // a word-internal underscore is not emphasis: left alone so names read as written
    expect(out).toContain('evil (The_Wire)');
    expect(out).not.toMatch(/<script>/);
  });

  it('keeps every table row on one line whatever the values hold', () => {
    const r = hostileReport();
    r.findings[0].sides[0].display = 'two\nlines | here';
    const rows = formatCheckMarkdown(r).split('\n').filter((l) => l.startsWith('| '));
    expect(rows).toHaveLength(4);
    expect(rows[2]).toBe('| two lines \\| here | 1 | evil (The_Wire) |');
  });

  it('gives each story its heading and summary line, and an overall line first', () => {
    const r = sampleReport();
    const [f] = r.findings;
    r.findings = [{ ...f, story: 'ukraine' }, { ...f, story: 'summit', severity: 'info', sides: [{ ...f.sides[1], sources: ['b'] }], evidence: [f.evidence[1]] }];
    const lines = formatCheckMarkdown(r).split('\n');
    expect(lines.filter((l) => /^(## |\*\*|\d)/.test(l))).toEqual([
      '2 problems (1 error, 0 warnings, 1 info) in 3 sources, 12 claims.',
      '## Story: ukraine',
      '**1 problem (1 error, 0 warnings, 0 info)** in 3 sources, 0 claims.',
      '## Story: summit',
      '**1 problem (0 errors, 0 warnings, 1 info)** in 1 source, 0 claims.',
    ]);
  });

  it('says when there is nothing to report', () => {
    const r = sampleReport();
    r.findings = [];
    expect(formatCheckMarkdown(r)).toContain('**no disagreements** in 3 sources, 12 claims.');
  });
});

describe('escapeMarkdown', () => {
  it.each([
    ['plain words, 26 countries.', 'plain words, 26 countries.'],
    ['*bold* and _em_', '\\*bold\\* and \\_em\\_'],
    ['snake_case_id', 'snake_case_id'],
    ['a | b', 'a \\| b'],
    ['<img src=x onerror=alert(1)>', '\\<img src=x onerror=alert(1)\\>'],
    ['`code`', '\\`code\\`'],
    ['![x](y)', '\\!\\[x\\](y)'],
    ['AT&amp;T and AT&T', 'AT\\&amp;T and AT&T'],
    ['line\nbreak', 'line break'],
    ['back\\slash', 'back\\\\slash'],
  ])('%j → %j', (text, expected) => expect(escapeMarkdown(text)).toBe(expected));
});
