import noUndeclaredCookie from './no-undeclared-cookie.js';

/** Every rule of the plugin, by name. */
export const rules = {
  'no-undeclared-cookie': noUndeclaredCookie,
};
