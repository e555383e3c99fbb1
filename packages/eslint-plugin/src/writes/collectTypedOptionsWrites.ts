import type { TSESTree } from '@typescript-eslint/utils';
import type { CookieWrite } from './cookieWrite.js';
import { type WriteContext, isDescribedVersion } from './collectWrites.js';
import { matchTypeAnnotation } from './matchValue.js';
import { readNamedCookies } from './readNamedCookies.js';

/** A declaration that may give an object a library's options type. */
export type TypedOptionsSite = TSESTree.VariableDeclarator | TSESTree.TSSatisfiesExpression;

/**
 * The cookies an options object declared with a library's options type renames
 * (`export const authOptions: NextAuthOptions = { cookies: { sessionToken: { name } } }`),
 * reported where they are named: the call that takes the object may be in another module, and
 * reports only the defaults.
 */
export function collectTypedOptionsWrites(site: TypedOptionsSite, context: WriteContext): CookieWrite[] {
  const annotation = site.type === 'VariableDeclarator' ? site.id.typeAnnotation?.typeAnnotation : site.typeAnnotation;
  const object = site.type === 'VariableDeclarator' ? site.init : site.expression;
  if (!annotation || !object) return [];
  return context.index.typedOptions.flatMap(({ family, sink }) => {
    if (sink.kind !== 'config' || !sink.optionsType || !sink.namedCookies) return [];
    if (!isDescribedVersion(family, context.module.file) || !matchTypeAnnotation(annotation, sink.optionsType, context.module)) return [];
    return readNamedCookies(object, object, family, sink.namedCookies, context, false);
  });
}
