export { createCookieJar } from './createCookieJar/index.js';
export { serializeCookie } from './serializeCookie/index.js';
export type {
  AllowedName,
  ConsentChoice,
  ConsentState,
  ConsentUpdate,
  CookieJar,
  CookieJarOptions,
  JarName,
  WithoutConsent,
} from './types.js';
