/**
 * The name of the `export const` that holds a new declaration: the cookie name in camelCase
 * (`cart_id` → `cartId`, `_hjSessionUser_*` → `hjSessionUser`), with `Cookie` added when that
 * is not an identifier of its own (`delete`, `2fa`) and a number when `taken` has it already.
 */
export function chooseVariableName(cookieName: string, taken: ReadonlySet<string>): string {
  const words = cookieName.split(/[^A-Za-z0-9]+/).filter((word) => word !== '');
  let base = words.map((word, index) => (index === 0 ? word[0]!.toLowerCase() + word.slice(1) : word[0]!.toUpperCase() + word.slice(1))).join('');
  if (base === '') base = 'cookie';
  else if (/^\d/.test(base)) base = `cookie${base[0]!.toUpperCase()}${base.slice(1)}`;
  else if (isReserved(base)) base = `${base}Cookie`;
  let name = base;
  for (let suffix = 2; taken.has(name); suffix += 1) name = `${base}${suffix}`;
  return name;
}

/** Words that cannot name a variable in a module (ECMAScript reserved words, strict mode's, and `await`). */
const RESERVED = new Set(
  (
    'break case catch class const continue debugger default delete do else enum export extends false finally for function if import in ' +
    'instanceof new null return super switch this throw true try typeof var void while with yield let static implements interface ' +
    'package private protected public await arguments eval undefined'
  ).split(' '),
);

function isReserved(word: string): boolean {
  return RESERVED.has(word);
}
