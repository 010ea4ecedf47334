/**
 * `lint <drafts..> --against <refs..>` is read without yargs when written
 * plainly (see plainLintArgs in src/cli/program.ts). Whichever way it is
 * read, a user sees the same: each command line below gives the same
 * report, messages and exit code as the same line with `--debug` (which
 * only adds stack traces to internal errors, and always goes through yargs).
 */
import * as path from 'node:path';
import { plainLintArgs } from '../../src/cli/program';
import { ROOT, runCli } from '../e2e/run-cli';

const REPO = path.join('tests', 'lint', 'fixtures', 'repo');
const CONTRADICTS = path.join(REPO, 'drafts', 'contradicts.md');
const AGREES = path.join(REPO, 'drafts', 'agrees.md');
const REFS = path.join(REPO, 'references');

const lines: string[][] = [
  ['lint', CONTRADICTS, '--against', REFS],
  ['lint', CONTRADICTS, AGREES, '--against', path.join(REFS, 'daily.md'), path.join(REFS, 'wire.txt'), '--no-color'],
  ['lint', '--color', CONTRADICTS, '--against', REFS],
  ['lint', CONTRADICTS, '--against', REFS, '--color'],
  ['lint', CONTRADICTS, '--against', REFS, '--no-color', AGREES],
  ['lint', path.join(REPO, 'drafts', 'missing.md'), '--against', REFS],
  ['lint', CONTRADICTS, '--against', path.join(REPO, 'nothing')],
  ['lint', 'help', '--against', REFS],
  ['lint', 'check', '--against', REFS],
  ['lint', REFS, '--against', REFS],
];

describe('a plain lint command line', () => {
  it.each(lines.map((l) => [l.join(' '), l]))('%s: as yargs reads it', (_, line) => {
    const plain = runCli(line as string[], { cwd: ROOT });
    const parsed = runCli([...(line as string[]), '--debug'], { cwd: ROOT });
    expect(plain).toEqual(parsed);
  });

  it('is read without yargs only when written plainly', () => {
    expect(plainLintArgs(['lint', 'a.md', 'b.md', '--against', 'refs', 'more', '--no-color'])).toEqual({ drafts: ['a.md', 'b.md'], against: ['refs', 'more'], jobs: 1, color: false });
    for (const line of [
      ['lint', 'a.md'],
      ['lint', '--against', 'refs'],
      ['lint', 'a.md', '--against'],
      ['lint', 'a.md', '--against', 'refs', '--against', 'more'],
      ['lint', 'a.md', '--against', 'refs', '-f', 'json'],
      ['lint', 'a.md', '--against=refs'],
      ['lint', '-', '--against', 'refs'],
      ['lint', 'a.md', 'help', '--against', 'refs'],
      ['lint', 'a.md', '--color', '--no-color', '--against', 'refs'],
      ['check', 'a.md', '--against', 'refs'],
    ]) {
      expect([line.join(' '), plainLintArgs(line)]).toEqual([line.join(' '), undefined]);
    }
  });
});
