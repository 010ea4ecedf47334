/**
 * `ignore` globs of a config, gitignore style: `**` across folders, `*` and
 * `?` within a name, `{a,b}` and `[abc]`; a pattern without a slash matches a
 * name at any depth; a pattern naming a folder ignores everything below it.
 */

function globSource(glob: string): string {
  let re = '';
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i];
    if (c === '*' && glob[i + 1] === '*') {
      // `**/` is zero or more folders; a trailing `**` is anything
      if (glob[i + 2] === '/') {
        re += '(?:[^/]+/)*';
        i += 2;
      } else {
        re += '.*';
        i += 1;
      }
    } else if (c === '*') re += '[^/]*';
    else if (c === '?') re += '[^/]';
    else if (c === '[' && glob.indexOf(']', i + 2) > 0) {
      const close = glob.indexOf(']', i + 2);
      re += `[${glob.slice(i + 1, close).replace(/^!/, '^').replace(/\\/g, '\\\\')}]`;
      i = close;
    } else if (c === '{' && glob.indexOf('}', i) > 0) {
      const close = glob.indexOf('}', i);
      re += `(?:${glob.slice(i + 1, close).split(',').map(globSource).join('|')})`;
      i = close;
    } else re += c.replace(/[.+^$()|\\\]{}]/g, '\\$&');
  }
  return re;
}

/** A regular expression for one ignore glob, matched against a relative path with `/` separators. */
export function ignoreRegExp(glob: string): RegExp {
  let g = glob.replace(/\\/g, '/').replace(/^\.\//, '');
  if (g.endsWith('/')) g = g.slice(0, -1);
  const anywhere = !g.includes('/');
  return new RegExp(`^${anywhere ? '(?:[^/]+/)*' : ''}${globSource(g.replace(/^\//, ''))}$`);
}

/** A predicate: is the relative path `rel` (or a folder above it) ignored by any of `globs`? */
export function ignoreMatcher(globs: readonly string[]): (rel: string) => boolean {
  const res = globs.map(ignoreRegExp);
  if (res.length === 0) return () => false;
  return (rel) => {
    const parts = rel.replace(/\\/g, '/').replace(/^\.\//, '').split('/');
    for (let n = parts.length; n > 0; n--) {
      const prefix = parts.slice(0, n).join('/');
      if (res.some((re) => re.test(prefix))) return true;
    }
    return false;
  };
}
