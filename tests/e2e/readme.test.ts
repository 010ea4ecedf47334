/** The README shows what `npm start` prints for the seeds: the example must stay true. */
// When the report changes on purpose, paste the new output of `node dist/cli/main.js check seeds/` between the README markers.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { ROOT, runCli } from './run-cli';

describe('README', () => {
  it('shows the seeds’ report exactly as `crosscheck check seeds/` prints it', () => {
    const readme = fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8');
    const block = /<!-- seeds-report:start -->\n```text\n\$ crosscheck check seeds\/\n([\s\S]*?)\n```\n<!-- seeds-report:end -->/.exec(readme);
    expect(block).not.toBeNull();
    const run = runCli(['check', 'seeds/']);
    expect(run.status).toBe(1);
    expect(block?.[1]).toBe(run.stdout.replace(/\n$/, ''));
  });

  it('quick start: `npm start` runs the check on the seeds and exits 0', () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> };
    const args = pkg.scripts.start.replace(/^node dist\/cli\/main\.js /, '').split(/\s+/);
    const run = runCli(args);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('quantity-mismatch');
  });
});
