import { CrosscheckError } from '../../src/errors';
import { FORMAT_NAMES, formatReport, isFormatName } from '../../src/report';
import { formatCheckJson, formatClaimsJson } from '../../src/report/json';
import { formatCheckStylish, formatClaimsStylish } from '../../src/report/stylish';
import { claimsReport, sampleReport } from './fixtures';

describe('formatReport', () => {
  it.each([
    ['check', 'json', () => formatCheckJson(sampleReport())],
    ['check', 'stylish', () => formatCheckStylish(sampleReport(), { color: false })],
    ['claims', 'json', () => formatClaimsJson(claimsReport())],
    ['claims', 'stylish', () => formatClaimsStylish(claimsReport(), { color: false })],
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

  it('does not take inherited object keys for formats', () => {
    expect(isFormatName('toString')).toBe(false);
    expect(() => formatReport(sampleReport(), 'check', 'toString', { color: false })).toThrow('unknown format "toString"');
  });

  it('lists the known formats, stylish first (the default)', () => {
    expect(FORMAT_NAMES).toEqual(['stylish', 'json']);
  });
});
