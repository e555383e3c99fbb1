// The corpus's include/exclude globs, matched against repo-relative paths with `/` separators.
// Only what the catalogue uses: `**` (any depth, also none), `*` and `?` (within one segment),
// `{a,b}` alternatives. Written out so the script depends on nothing but this repo's eslint.

/** Compiles one glob into a RegExp over a whole relative path. */
export function globToRegExp(glob) {
  let source = '';
  for (let index = 0; index < glob.length; index += 1) {
    const char = glob[index];
    if (char === '*' && glob[index + 1] === '*') {
      const slashFollows = glob[index + 2] === '/';
      source += slashFollows ? '(?:[^/]*/)*' : '.*';
      index += slashFollows ? 2 : 1;
    } else if (char === '*') source += '[^/]*';
    else if (char === '?') source += '[^/]';
    else if (char === '{') {
      const end = glob.indexOf('}', index);
      if (end === -1) throw new Error(`Unclosed "{" in the glob ${JSON.stringify(glob)}; write alternatives as {ts,tsx}.`);
      source += `(?:${glob.slice(index + 1, end).split(',').map(escapeLiteral).join('|')})`;
      index = end;
    } else source += escapeLiteral(char);
  }
  return new RegExp(`^${source}$`);
}

/** A predicate: is this relative path in `include` and in no `exclude`? */
export function createPathFilter(include, exclude) {
  const included = include.map(globToRegExp);
  const excluded = exclude.map(globToRegExp);
  return (path) => included.some((pattern) => pattern.test(path)) && !excluded.some((pattern) => pattern.test(path));
}

function escapeLiteral(text) {
  return text.replace(/[.+^$()|[\]\\]/g, '\\$&');
}
