import { createProgress, MIN_FILES, progressLine, type ProgressStream } from '../../src/cli/progress';

function stream(isTTY: boolean): ProgressStream & { out: string } {
  const s = { isTTY, columns: 60, out: '', write: (t: string) => (s.out += t) };
  return s;
}

function run(s: ProgressStream, total: number): void {
  const p = createProgress(s);
  for (let i = 1; i <= total; i++) p.update(i, total);
  p.done();
}

describe('createProgress', () => {
  it('draws a bar on a terminal for a long run, then clears its line', () => {
    const s = stream(true);
    run(s, 40);
    expect(s.out).toContain(`\r${progressLine(20, 40, 60)}`);
    expect(s.out).toContain(`\r${progressLine(40, 40, 60)}`);
    expect(s.out.endsWith('\r\u001b[2K')).toBe(true);
  });

  it.each([
    ['not a terminal (pipe, log, CI)', false, 100],
    ['a terminal, but too few files to need a bar', true, MIN_FILES - 1],
  ])('stays silent when %s', (_what, isTTY, total) => {
    const s = stream(isTTY);
    run(s, total);
    expect(s.out).toBe('');
  });

  it('redraws at most once per percent on a very long run', () => {
    const s = stream(true);
    run(s, 5000);
    expect(s.out.split('\r').length).toBeLessThanOrEqual(103);
  });
});

describe('progressLine', () => {
  it.each([
    [0, 20, 60, 'reading [........................................]  0/20'],
    [10, 20, 60, 'reading [####################....................] 10/20'],
    [20, 20, 60, 'reading [########################################] 20/20'],
    [50, 200, 30, 'reading [###........]  50/200'],
  ])('%d of %d in %d columns', (done, total, width, expected) => expect(progressLine(done, total, width)).toBe(expected));
});
