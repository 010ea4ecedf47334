/**
 * From what the user typed (files, folders, globs) to a sorted, de-duplicated
 * list of article files. Problems a user can fix (a missing path, a folder
 * with no articles, a symbolic-link loop) are collected, not thrown, so the
 * other files are still read.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { CrosscheckError } from '../errors';
import { ARTICLE_EXTENSIONS } from './detect';
import { globFiles, isGlob } from './glob';

/** A file to read: its absolute path and the path to show. */
export interface FoundFile {
  abs: string;
  shown: string;
  /** found by a folder walk or a glob rather than named (a JSON file there that holds no articles is passed over) */
  found?: boolean;
  /** the real path, when the walk already knows it */
  real?: string;
  /** named, and no regular file (a pipe, `<(…)`, a device): it can be read only once */
  once?: boolean;
}

/** The real path of `p` (the system's realpath: one call, not a look at each folder on the way). */
function realpath(p: string): string {
  try {
    return fs.realpathSync.native(p);
  } catch {
    return path.resolve(p);
  }
}

/** `name` in the folder `dir`, a normalized path (what path.join gives then). */
function inFolder(dir: string, name: string): string {
  return dir.endsWith(path.sep) ? dir + name : dir + path.sep + name;
}

/**
 * Article files under `dir` (shown as `shown/…`), depth first, sorted; loops
 * are problems. `real` is the folder's real path when the walk knows it (a
 * folder entry that is no link sits in its parent's real folder).
 */
function walk(dir: string, shown: string, ancestors: Set<string>, out: FoundFile[], problems: CrosscheckError[], real = realpath(dir)): void {
  if (ancestors.has(real)) {
    problems.push(new CrosscheckError('input', 'directory loop: a symbolic link leads back to a folder above it', shown));
    return;
  }
  let entries: fs.Dirent[];
  try {
    entries = fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  } catch (e) {
    problems.push(new CrosscheckError('input', `cannot read folder (${(e as NodeJS.ErrnoException).code ?? 'error'})`, shown));
    return;
  }
  ancestors.add(real);
  // paths below as path.join gives them, built by concatenation (ten thousand joins normalize the same folder again and again)
  const base = path.normalize(shown);
  const shownPrefix = base === '.' ? '' : inFolder(base, '');
  for (const entry of entries) {
    const name = entry.name;
    if (name.startsWith('.') || name === 'node_modules') continue;
    const abs = inFolder(dir, name);
    const child = shownPrefix + name;
    // the entry's own type when it is a plain file or folder; a link (or an unknown type) is followed
    let isDir = entry.isDirectory();
    let isFile = entry.isFile();
    const direct = isDir || isFile;
    if (!direct) {
      try {
        const st = fs.statSync(abs);
        isDir = st.isDirectory();
        isFile = st.isFile();
      } catch {
        continue; // a dangling link inside a folder is not the user's input
      }
    }
    if (isDir) walk(abs, child, ancestors, out, problems, direct ? inFolder(real, name) : undefined);
    // a file that is no link sits in the real folder: its real path is known without asking again
    else if (isFile && ARTICLE_EXTENSIONS.includes(path.extname(name).toLowerCase())) out.push(direct ? { abs, shown: child, found: true, real: inFolder(real, name) } : { abs, shown: child, found: true });
  }
  ancestors.delete(real);
}

/** Expand `inputs` (relative to `cwd`) into files to read, sorted by shown path and without duplicates. */
export function expandInputs(inputs: readonly string[], cwd: string): { files: FoundFile[]; problems: CrosscheckError[] } {
  const found: FoundFile[] = [];
  const problems: CrosscheckError[] = [];
  for (const given of inputs) {
    const abs = path.resolve(cwd, given);
    // an absolute path inside the working folder is shown relative, as CI annotations expect
    const rel = path.relative(cwd, abs);
    const input = path.isAbsolute(given) && rel && !rel.startsWith('..') && !path.isAbsolute(rel) ? rel : given;
    let st: fs.Stats | undefined;
    try {
      st = fs.statSync(abs);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (isGlob(input) && code === 'ENOENT') {
        const matches = globFiles(input, cwd);
        if (matches.length === 0) problems.push(new CrosscheckError('input', 'no files match this pattern', input));
        for (const m of matches) found.push({ abs: path.resolve(cwd, m), shown: m, found: true });
        continue;
      }
      const why = code === 'ENOENT' ? 'no such file or folder' : code === 'ELOOP' ? 'symbolic link loop' : `cannot access (${code ?? 'error'})`;
      problems.push(new CrosscheckError('input', why, input));
      continue;
    }
    if (st.isDirectory()) {
      const [before, trouble] = [found.length, problems.length];
      walk(abs, withoutTrailingSlashes(input) || input, new Set(), found, problems);
      if (found.length === before && problems.length === trouble) problems.push(new CrosscheckError('input', `no article files (${ARTICLE_EXTENSIONS.join(', ')}) in this folder`, input));
    } else {
      found.push(st.isFile() ? { abs, shown: input } : { abs, shown: input, once: true });
    }
  }
  const byReal = new Map<string, FoundFile>();
  for (const f of found) {
    const key = f.real ?? realpath(f.abs);
    if (!byReal.has(key)) byReal.set(key, f);
  }
  const files = [...byReal.values()].sort((a, b) => (a.shown < b.shown ? -1 : a.shown > b.shown ? 1 : 0));
  return { files, problems };
}

/** A path without the slashes (either kind) at its end, found by scanning back. */
function withoutTrailingSlashes(p: string): string {
  let end = p.length;
  while (end > 0 && (p[end - 1] === '/' || p[end - 1] === '\\')) end--;
  return p.slice(0, end);
}
