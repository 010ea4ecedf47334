/**
 * A small glob matcher (Node 20 has no `fs.globSync`): `*` and `?` within a
 * path segment, `**` across segments, `[abc]` classes and `{a,b}`
 * alternatives. Like a shell, wildcards do not match a leading dot.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';

/** True when `s` has glob syntax. */
export function isGlob(s: string): boolean {
  return /[*?[{]/.test(s);
}

function segmentRegex(seg: string): RegExp {
  let re = '';
  for (let i = 0; i < seg.length; i++) {
    const c = seg[i];
    if (c === '*') re += '[^/]*';
    else if (c === '?') re += '[^/]';
    else if (c === '[') {
      const close = seg.indexOf(']', i + 2);
      if (close < 0) re += '\\[';
      else {
        re += `[${seg.slice(i + 1, close).replace(/^!/, '^').replace(/\\/g, '\\\\')}]`;
        i = close;
      }
    } else if (c === '{') {
      const close = seg.indexOf('}', i);
      if (close < 0) re += '\\{';
      else {
        re += `(?:${seg.slice(i + 1, close).split(',').map((a) => a.replace(/[.+^$()|\\]/g, '\\$&').replace(/\*/g, '[^/]*').replace(/\?/g, '[^/]')).join('|')})`;
        i = close;
      }
    } else re += c.replace(/[.+^$()|\\\]}]/g, '\\$&');
  }
  return new RegExp(`^${/^[.]/.test(seg) ? '' : '(?!\\.)'}${re}$`);
}

function entries(dir: string): fs.Dirent[] {
  try {
    return fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  } catch {
    return [];
  }
}

function isDir(p: string, e: fs.Dirent): boolean {
  if (e.isDirectory()) return true;
  if (!e.isSymbolicLink()) return false;
  try {
    return fs.statSync(p).isDirectory();
  } catch {
    return false;
  }
}

/**
 * Files matching `pattern` (relative to `cwd` unless absolute), as paths in
 * the pattern's own form (`seeds/*.txt` → `seeds/000.txt`). `**` does not
 * enter dot-folders or `node_modules`.
 */
export function globFiles(pattern: string, cwd: string): string[] {
  const norm = pattern.replace(/\\/g, '/');
  const segs = norm.split('/');
  let baseCount = 0;
  while (baseCount < segs.length - 1 && !isGlob(segs[baseCount])) baseCount++;
  const base = segs.slice(0, baseCount).join('/') || (norm.startsWith('/') ? '/' : '');
  const rest = segs.slice(baseCount);
  if (rest[rest.length - 1] === '**') rest.push('*'); // `dir/**`: every file below dir
  const out: string[] = [];
  const seen = new Set<string>();
  const walk = (dirShown: string, k: number, depth: number): void => {
    if (depth > 64) return; // symbolic link loops
    const abs = path.resolve(cwd, dirShown || '.');
    const seg = rest[k];
    const last = k === rest.length - 1;
    const join = (name: string): string => (dirShown ? `${dirShown.replace(/\/$/, '')}/${name}` : name);
    if (seg === '**') {
      if (last) return;
      walk(dirShown, k + 1, depth + 1);
      for (const e of entries(abs)) {
        if (e.name.startsWith('.') || e.name === 'node_modules') continue;
        if (isDir(path.join(abs, e.name), e)) walk(join(e.name), k, depth + 1);
      }
      return;
    }
    const re = segmentRegex(seg);
    for (const e of entries(abs)) {
      if (!re.test(e.name)) continue;
      const shown = join(e.name);
      const dir = isDir(path.join(abs, e.name), e);
      if (last && !dir && !seen.has(shown)) {
        seen.add(shown);
        out.push(shown);
      }
      else if (!last && dir) walk(shown, k + 1, depth + 1);
    }
  };
  walk(base, 0, 0);
  return out;
}
