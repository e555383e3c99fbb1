import { Node } from '../project/tsMorph.js';
import type { CookiePolicy } from '@cookie-ledger/core';
import type { ValueOrigins } from '../evaluate/values.js';
import { getLocation } from '../problems/getLocation.js';
import type { LoadedDeclaration, SourceLocation } from '../types.js';

/**
 * Pairs each cookie of the built policy with where its declaration is written: `inputCookies`
 * are the evaluated declarations, index for index with `policy.cookies`.
 */
export function buildDeclarations(policy: CookiePolicy, inputCookies: readonly unknown[], fallback: Node, origins: ValueOrigins): LoadedDeclaration[] {
  return policy.cookies.map((cookie, index) => {
    const declared = inputCookies[index];
    const node = origins.getDeclarationNode(declared) ?? fallback;
    const fields: Record<string, SourceLocation> = {};
    for (const [key, member] of origins.get(declared)?.members ?? []) {
      if (typeof key === 'string') fields[key] = getLocation(member);
    }
    const jsdoc = getJsDocText(node);
    const declaration: LoadedDeclaration = { cookie, index, location: getLocation(node), fields };
    return jsdoc === undefined ? declaration : { ...declaration, jsdoc };
  });
}

/** The JSDoc on the `const` that holds a declaration (`/** ... *\/ export const session = defineCookie(...)`). */
function getJsDocText(node: Node): string | undefined {
  let holder: Node | undefined = node.getParent();
  while (holder && (Node.isParenthesizedExpression(holder) || Node.isAsExpression(holder) || Node.isSatisfiesExpression(holder))) {
    holder = holder.getParent();
  }
  if (!Node.isVariableDeclaration(holder)) return undefined;
  const docs = holder.getVariableStatement()?.getJsDocs() ?? [];
  const text = docs.at(-1)?.getInnerText().trim();
  return text === undefined || text === '' ? undefined : text;
}
