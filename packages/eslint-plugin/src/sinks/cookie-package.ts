import { COOKIE_PACKAGE_UNITS, anyOf, importedFrom } from './shapes.js';
import type { SinkFamily } from './types.js';

const serializers = anyOf([
  importedFrom('cookie', 'serialize'),
  importedFrom('cookie', 'stringifySetCookie'),
  importedFrom('cookie-es', 'serialize'),
  importedFrom('cookie-es', 'serializeCookie'),
  importedFrom('hono/cookie', 'generateCookie'),
  importedFrom('hono/utils/cookie', 'serialize'),
]);

/**
 * The `cookie` package and its kin (`cookie-es`, Hono's `generateCookie`): serializers build a
 * `Set-Cookie` string and write nothing; the name they carry is checked where the string is
 * written (`res.setHeader('Set-Cookie', serialize('n', v))`, `document.cookie = ...`).
 */
export const cookiePackage: SinkFamily = {
  id: 'cookie',
  description: 'serializers of the `cookie` package family (`serialize`, `stringifySetCookie`), when their string is written',
  triggers: ['cookie'],
  sinks: [
    {
      kind: 'serializer',
      callee: serializers,
      name: { argument: 0, objectKey: 'name' },
      options: { argument: 2, sameObjectAsName: true, units: COOKIE_PACKAGE_UNITS },
    },
  ],
};
