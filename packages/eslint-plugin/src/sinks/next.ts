import { COOKIE_PACKAGE_UNITS, anyOf, callOf, importedFrom, memberOf, typedAs } from './shapes.js';
import { nextResponse } from './receivers.js';
import type { SinkFamily } from './types.js';

// `cookies()` from next/headers (awaited since Next 15, called directly before); `NextResponse`
// cookies and `ResponseCookies`. `request.cookies` (`RequestCookies`) never reaches the browser,
// so it is deliberately absent.
const cookieStore = callOf(importedFrom('next/headers', 'cookies'));
const responseCookies = anyOf([
  memberOf(nextResponse, 'cookies'),
  callOf(importedFrom(['next/server', '@edge-runtime/cookies'], 'ResponseCookies')),
  typedAs('next/server', 'ResponseCookies'),
  typedAs('@edge-runtime/cookies', 'ResponseCookies'),
]);
const options = { argument: 2, sameObjectAsName: true, units: COOKIE_PACKAGE_UNITS } as const;

/** Next.js: `(await cookies()).set(...)`, `response.cookies.set(...)`, draft and preview mode. */
export const next: SinkFamily = {
  id: 'next',
  description: 'Next.js (`cookies()`, `NextResponse` cookies, draft and preview mode)',
  triggers: ['cookie', 'draftMode', 'setPreviewData'],
  sinks: [
    { kind: 'call', callee: memberOf(anyOf([cookieStore, responseCookies]), 'set'), name: { argument: 0, objectKey: 'name' }, options },
    { kind: 'fixed', callee: memberOf(callOf(importedFrom('next/headers', 'draftMode')), 'enable'), names: ['__prerender_bypass'] },
    {
      kind: 'fixed',
      callee: memberOf(typedAs('next', 'NextApiResponse'), 'setPreviewData'),
      names: ['__prerender_bypass', '__next_preview_data'],
    },
  ],
};
