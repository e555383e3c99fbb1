import { type NewDeclaration, printDeclaration, printReview, printString } from './printDeclaration.js';

/** The text of a new policy module declaring `declarations`, as `cookie-ledger init` writes it. */
export function printNewPolicy(owner: string, declarations: readonly NewDeclaration[]): string {
  const style = { indent: '    ', unit: '  ', quote: "'" } as const;
  const items = declarations.map((declaration) => `${style.indent}${printReview(declaration, style.indent)}${printDeclaration(declaration, 'defineCookie', style)},`);
  return [
    '// Written by `cookie-ledger init` from the cookies and storage keys the code sets. Review every',
    '// declaration: a TODO fails validation (`cookie-ledger check`) until a person replaces it.',
    "import { defineCookie, defineCookiePolicy } from '@cookie-ledger/core';",
    '',
    'export default defineCookiePolicy({',
    `  owner: ${printString(owner, style.quote)},`,
    '  cookies: [',
    ...items,
    '  ],',
    '});',
    '',
  ].join('\n');
}
