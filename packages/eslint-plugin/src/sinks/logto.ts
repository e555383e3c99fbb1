import { importedFrom } from './shapes.js';
import type { Around, ElementSink, SinkFamily } from './types.js';

const provider = importedFrom('@logto/react', 'LogtoProvider');
// BrowserStorage of @logto/browser: `logto:<appId>:<item>`, the sign-in session in sessionStorage, the tokens in localStorage.
const TOKENS: readonly Around[] = ['idToken', 'refreshToken', 'accessToken'].map((item) => ({ prefix: 'logto:', suffix: `:${item}` }));
const SESSION: Around = { prefix: 'logto:', suffix: ':signInSession' };

/**
 * Logto's React SDK: `<LogtoProvider config={{ endpoint, appId }}>` makes a @logto/browser client
 * whose storage keeps the tokens under `logto:<appId>:idToken`, `:refreshToken` and `:accessToken`
 * in localStorage and the sign-in session under `logto:<appId>:signInSession` in sessionStorage.
 */
export const logto: SinkFamily = {
  id: '@logto/react',
  description: 'Logto (`<LogtoProvider config={{ appId }}>`: localStorage `logto:<appId>:idToken`, `refreshToken`, `accessToken`; sessionStorage `logto:<appId>:signInSession`)',
  storage: 'localStorage',
  noun: 'key',
  browser: true,
  triggers: ['@logto/react'],
  sinks: [
    { kind: 'element', component: provider, nameProp: 'config', nameKey: 'appId', nameAround: TOKENS },
    { kind: 'element', component: provider, nameProp: 'config', nameKey: 'appId', nameAround: SESSION, storage: { choices: [], default: 'sessionStorage' } } satisfies ElementSink,
  ],
};
