/**
 * linkedom-lean.ts edits linkedom's event-target module as it loads it. The
 * built module is run in a node of its own, as the CLI loads it (jest keeps
 * a module registry of its own, which Node's module cache does not reach).
 */
import { spawnSync } from 'node:child_process';
import * as path from 'node:path';

const BUILT = path.resolve(__dirname, '..', '..', 'dist', 'sources', 'linkedom-lean.js');

describe('linkedom with lean event targets', () => {
  it('edits the linkedom crosscheck pins, and its nodes still take, fire and drop listeners', () => {
    const script = `
      const lean = require(${JSON.stringify(BUILT)});
      const { document, Event } = lean.loadLinkedom().parseHTML('<main><p id="a">One</p><p>Two</p></main>');
      const p = document.getElementById('a');
      let fired = 0;
      const listener = () => fired++;
      p.addEventListener('ping', listener);
      p.dispatchEvent(new Event('ping'));
      p.removeEventListener('ping', listener);
      p.dispatchEvent(new Event('ping'));
      // a node no listener was ever added to: removing or dispatching is no error
      const other = document.querySelectorAll('p')[1];
      other.removeEventListener('ping', listener);
      other.dispatchEvent(new Event('ping'));
      console.log(JSON.stringify({ lean: lean.eventTargetsLean(), fired, text: document.querySelector('main').textContent }));
    `;
    const r = spawnSync(process.execPath, ['-e', script], { encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(JSON.parse(r.stdout)).toEqual({ lean: true, fired: 1, text: 'OneTwo' });
  });
});
