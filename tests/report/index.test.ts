import { CrosscheckError } from '../../src/errors';
import { FORMAT_NAMES, formatReport, isFormatName } from '../../src/report';
import { formatClaimsCsv } from '../../src/report/csv';
import { formatCheckHtml } from '../../src/report/html/html';
import { formatCheckJson, formatClaimsJson } from '../../src/report/json';
import { formatCheckMarkdown } from '../../src/report/markdown';
import { formatCheckStylish, formatClaimsStylish } from '../../src/report/stylish';
import { claimsReport, sampleReport } from './fixtures';

describe('formatReport', () => {
  it.each([
    ['check', 'json', () => formatCheckJson(sampleReport())],
    ['check', 'stylish', () => formatCheckStylish(sampleReport(), { color: false })],
    ['claims', 'json', () => formatClaimsJson(claimsReport())],
    ['claims', 'stylish', () => formatClaimsStylish(claimsReport(), { color: false })],
    ['check', 'markdown', () => formatCheckMarkdown(sampleReport())],
    ['check', 'html', () => formatCheckHtml(sampleReport())],
    ['claims', 'csv', () => formatClaimsCsv(claimsReport())],
  ] as const)('%s --format %s uses that reporter', (command, format, expected) => {
    const report = command === 'check' ? sampleReport() : claimsReport();
    expect(formatReport(report, command, format, { color: false })).toBe(expected());
  });

  it('rejects an unknown format with a usage error listing the known ones', () => {
    const run = () => formatReport(sampleReport(), 'check', 'xml', { color: false });
    expect(run).toThrow(CrosscheckError);
    expect(run).toThrow('unknown format "xml"; use one of: stylish, json');
    try {
      run();
    } catch (e) {
      expect((e as CrosscheckError).code).toBe('usage');
    }
  });

  it('refuses a format that cannot show the command, naming those that can', () => {
    expect(() => formatReport(claimsReport(), 'claims', 'html', { color: false })).toThrow(/^format "html" cannot show claims; use one of: stylish, json, .*csv/);
    expect(() => formatReport(sampleReport(), 'check', 'csv', { color: false })).toThrow(/^format "csv" cannot show check; use one of: stylish, json, markdown, html/);
  });

  it('does not take inherited object keys for formats', () => {
    expect(isFormatName('toString')).toBe(false);
    expect(() => formatReport(sampleReport(), 'check', 'toString', { color: false })).toThrow('unknown format "toString"');
  });

  it('lists the known formats, stylish first (the default)', () => {
    expect(FORMAT_NAMES.slice(0, 2)).toEqual(['stylish', 'json']);
    expect(FORMAT_NAMES).toEqual(expect.arrayContaining(['markdown', 'html', 'csv']));
  });
});
