/** GitHub workflow commands (escaped as @actions/core does), JUnit XML and the one-line lint form. */
import { escapeData, escapeProperty, formatGithub, githubCommand } from '../../src/report/github';
import { formatJunit, xmlEscape } from '../../src/report/junit';
import { formatLintStylish } from '../../src/report/lint-stylish';
import type { Finding } from '../../src/types';
import { sampleReport } from './fixtures';

describe('GitHub escaping', () => {
  it.each([
    ['100% sure', '100%25 sure', '100%25 sure'],
    ['line one\r\nline two', 'line one%0D%0Aline two', 'line one%0D%0Aline two'],
    ['a:b,c', 'a:b,c', 'a%3Ab%2Cc'],
    ['%0A literally', '%250A literally', '%250A literally'],
  ])('%j', (raw, data, property) => {
    expect(escapeData(raw)).toBe(data);
    expect(escapeProperty(raw)).toBe(property);
  });
});

describe('formatGithub', () => {
  it('writes one command at the primary evidence, the other places in the message', () => {
    expect(formatGithub(sampleReport())).toBe(
      '::error file=stories/a.md,line=6,col=14,endLine=6,endColumn=32,title=crosscheck(quantity-mismatch)::Sources disagree on how many countries pledged troops' +
        '%0Astories/b.txt:1:16: “26 countries” (26 country)%0Astories/c.txt:1:13: “26 nations” (26 country)\n',
    );
  });

  it('maps info to a notice, escapes file names and messages, and gives no columns for a span over lines', () => {
    const f = sampleReport().findings[0];
    const e = { ...f.evidence[0], path: 'drafts/a,b:c.md', endLine: 7, endColumn: 3 };
    const finding: Finding = { ...f, severity: 'info', message: 'Rate: 5%, up\nfrom 4%', evidence: [e] };
    expect(githubCommand(finding)).toBe('::notice file=drafts/a%2Cb%3Ac.md,line=6,endLine=7,title=crosscheck(quantity-mismatch)::Rate: 5%25, up%0Afrom 4%25');
  });

  it('prints nothing when clean', () => {
    expect(formatGithub({ ...sampleReport(), findings: [] })).toBe('');
  });
});

describe('formatJunit', () => {
  it('gives each file a suite and each finding a failing case; clean files pass', () => {
    const out = formatJunit(sampleReport(), { files: ['stories/a.md', 'stories/clean.md'] });
    expect(out).toBe(
      [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<testsuites name="crosscheck" tests="2" failures="1" errors="0" time="0">',
        '  <testsuite name="stories/a.md" tests="1" failures="1" errors="0" skipped="0" time="0">',
        '    <testcase name="6:14 quantity-mismatch" classname="stories/a.md" time="0">',
        '      <failure message="Sources disagree on how many countries pledged troops" type="error">stories/a.md:6:14 error Sources disagree on how many countries pledged troops (quantity-mismatch)',
        '  stories/b.txt:1:16 “26 countries” (26 country)',
        '  stories/c.txt:1:13 “26 nations” (26 country)</failure>',
        '    </testcase>',
        '  </testsuite>',
        '  <testsuite name="stories/clean.md" tests="1" failures="0" errors="0" skipped="0" time="0">',
        '    <testcase name="stories/clean.md" classname="stories/clean.md" time="0" />',
        '  </testsuite>',
        '</testsuites>',
        '',
      ].join('\n'),
    );
  });

  it('escapes XML and drops characters XML cannot hold', () => {
    expect(xmlEscape('<b> & "q" \'s\' \u0007bell')).toBe('&lt;b&gt; &amp; &quot;q&quot; &apos;s&apos; bell');
  });
});

describe('formatLintStylish', () => {
  it('prints path:line:col severity message rule, the related places, and a summary', () => {
    expect(formatLintStylish(sampleReport(), { color: false })).toBe(
      [
        'stories/a.md:6:14  error    Sources disagree on how many countries pledged troops  quantity-mismatch',
        '    stories/b.txt:1:16  “26 countries” (26 country)',
        '    stories/c.txt:1:13  “26 nations” (26 country)',
        '',
        '✖ 1 problem (1 error, 0 warnings, 0 info) in 1 file',
        '',
      ].join('\n'),
    );
  });

  it('colours only when asked, and is silent when clean', () => {
    expect(formatLintStylish(sampleReport(), { color: true })).toContain('\u001b[31merror  \u001b[39m');
    expect(formatLintStylish({ ...sampleReport(), findings: [] }, { color: true })).toBe('');
  });
});
