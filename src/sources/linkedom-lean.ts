/**
 * linkedom, loaded so that the DOM nodes of a page cost less to make. Every
 * node linkedom makes is an EventTarget, whose constructor puts a new Map of
 * listeners for it into a WeakMap; crosscheck adds no listener, and the
 * thousand nodes of a page made a thousand Maps and WeakMap entries: a sixth
 * of reading a saved page, and work for the collector after it. Before
 * linkedom first loads, its event-target module is compiled from its own
 * text with the Map made when a first listener is added instead (an edit of
 * three places, each checked to be there once, as bundle.ts edits yargs).
 * When the text is not as expected (another linkedom), or the module is
 * loaded already, linkedom loads as it is: slower, the same DOM.
 */
import * as fs from 'node:fs';
import Module from 'node:module';
import * as path from 'node:path';

/** The edits of linkedom's `cjs/interface/event-target.js` (0.18.12): listeners' Map made on first use, and a node without one has none. */
const EDITS: ReadonlyArray<[from: string, to: string]> = [
  ['  constructor() {\n    wm.set(this, new Map);\n  }', '  constructor() {\n  }'],
  ['  addEventListener(type, listener, options) {\n    const map = wm.get(this);', '  addEventListener(type, listener, options) {\n    let map = wm.get(this);\n    if (!map) wm.set(this, (map = new Map));'],
  ['  removeEventListener(type, listener) {\n    const map = wm.get(this);\n    if (map.has(type)) {', '  removeEventListener(type, listener) {\n    const map = wm.get(this);\n    if (map && map.has(type)) {'],
];

/** What linkedom's entry module gives crosscheck. */
export interface Linkedom {
  parseHTML(html: string): { document: unknown };
}

let lean: boolean | undefined;

/** linkedom, with lean event targets when they could be had ({@link eventTargetsLean}). */
export function loadLinkedom(): Linkedom {
  lean ??= preloadEventTargets();
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return require('linkedom') as Linkedom;
}

/** Whether linkedom's nodes were made lean (false until it is loaded). */
export function eventTargetsLean(): boolean {
  return lean === true;
}

/** Compile the edited event-target module into the module cache, where linkedom's requires will find it. */
function preloadEventTargets(): boolean {
  try {
    const file = path.join(path.dirname(require.resolve('linkedom')), 'interface', 'event-target.js');
    if (require.cache[file]) return false;
    let text = fs.readFileSync(file, 'utf8');
    for (const [from, to] of EDITS) {
      if (text.split(from).length !== 2) return false;
      text = text.replace(from, () => to);
    }
    const internal = Module as unknown as { _nodeModulePaths(dir: string): string[] };
    const m = new Module(file, module) as Module & { _compile(content: string, filename: string): void };
    m.filename = file;
    m.paths = internal._nodeModulePaths(path.dirname(file));
    m._compile(text, file);
    m.loaded = true;
    require.cache[file] = m;
    return true;
  } catch {
    return false;
  }
}
