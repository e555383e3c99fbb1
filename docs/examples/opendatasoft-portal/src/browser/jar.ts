import { createCookieJar } from '@cookie-ledger/runtime';
import policy from '../cookies.js';

/**
 * The portal's one way to store anything in the browser: names are typed by the policy, and the
 * declared storage, lifetime and attributes are applied; a write that needs a consent the visitor
 * has not given (none of the portal's items does yet) is not made.
 */
export const jar = createCookieJar(policy);
