import cookieAttributesMatch from './cookie-attributes-match.js';
import noUndeclaredCookie from './no-undeclared-cookie.js';
import noUndeclaredStorage from './no-undeclared-storage.js';
import noUnresolvedCookieName from './no-unresolved-cookie-name.js';

/** Every rule of the plugin, by name. */
export const rules = {
  'no-undeclared-cookie': noUndeclaredCookie,
  'no-undeclared-storage': noUndeclaredStorage,
  'cookie-attributes-match': cookieAttributesMatch,
  'no-unresolved-cookie-name': noUnresolvedCookieName,
};
