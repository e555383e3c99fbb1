// A small site for the audit's end-to-end tests, served by node:http: the first party on
// 127.0.0.1 and a second site on `localhost` (another site to the browser) for a third-party
// tag and widget. It sets HttpOnly and script cookies, storage of every kind, has a banner with
// accept and refuse buttons, a tag that writes before consent, and a linked page.
import { type Server, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

/** The two servers of a running fixture site. */
export interface FixtureSite {
  /** `http://127.0.0.1:PORT/`, the home page. */
  readonly home: string;
  /** `http://localhost:PORT`, the other site's origin. */
  readonly thirdParty: string;
  readonly close: () => Promise<void>;
}

/** One response: status, headers, body. */
type Page = { readonly type: string; readonly body: string; readonly setCookie?: readonly string[] };

const YEAR = 365 * 86_400;

function firstPartyPages(thirdParty: string): Readonly<Record<string, Page>> {
  return {
    '/': {
      type: 'text/html',
      setCookie: ['sessionid=s1; HttpOnly; Path=/; SameSite=Lax', `csrftoken=t1; Path=/; Max-Age=${YEAR}; SameSite=Lax`],
      body: `<!doctype html><title>Home</title>
<script>
  document.cookie = 'lang=en; path=/; max-age=86400';
  sessionStorage.setItem('tab_state', 'open');
  localStorage.setItem('theme', 'dark');
  indexedDB.open('offline-cache');
</script>
<script src="${thirdParty}/tag.js"></script>
<iframe src="${thirdParty}/widget.html"></iframe>
<img src="${thirdParty}/pixel.gif" alt="">
<div id="banner"><button id="accept">Accept all</button><button id="reject">Refuse all</button></div>
<script src="/consent.js"></script>
<a href="/about">About us</a>`,
    },
    '/about': { type: 'text/html', setCookie: ['mystery=1; Path=/'], body: '<!doctype html><title>About</title><a href="/">Home</a>' },
    '/consent.js': {
      type: 'text/javascript',
      body: `function loadAnalytics() { const script = document.createElement('script'); script.src = '/analytics.js'; document.head.append(script); }
if (document.cookie.includes('consent=all')) loadAnalytics();
document.getElementById('accept').onclick = () => { document.cookie = 'consent=all; path=/; max-age=15552000'; loadAnalytics(); };
document.getElementById('reject').onclick = () => { document.cookie = 'consent=none; path=/; max-age=15552000'; };`,
    },
    '/analytics.js': {
      type: 'text/javascript',
      body: `document.cookie = '_ga=GA1.1.' + Date.now() + '; path=/; max-age=${YEAR}';
localStorage.setItem('_ga_queue', '[]');`,
    },
  };
}

const THIRD_PARTY_PAGES: Readonly<Record<string, Page>> = {
  // A tag that writes a first-party cookie as soon as it loads, before any consent.
  '/tag.js': { type: 'text/javascript', body: `document.cookie = '_tp_id=' + Math.random() + '; path=/; max-age=3600';` },
  '/widget.html': { type: 'text/html', body: `<!doctype html><script>localStorage.setItem('widget_seen', '1');</script>` },
  // A cookie of the other site, set on a cross-site image (a third-party cookie).
  '/pixel.gif': { type: 'image/gif', setCookie: ['tp_uid=u1; Path=/; Max-Age=3600; SameSite=None; Secure'], body: '' },
};

function serve(pages: (path: string) => Page | undefined): Server {
  return createServer((request, response) => {
    const page = pages(new URL(request.url ?? '/', 'http://fixture').pathname);
    if (!page) {
      response.writeHead(404).end();
      return;
    }
    if (page.setCookie) response.setHeader('Set-Cookie', [...page.setCookie]);
    response.writeHead(200, { 'content-type': page.type }).end(page.body);
  });
}

async function listen(server: Server, host: string | undefined): Promise<number> {
  await new Promise<void>((resolve) => server.listen(0, host, resolve));
  return (server.address() as AddressInfo).port;
}

/** Starts the fixture site on free ports. */
export async function startFixtureSite(): Promise<FixtureSite> {
  const other = serve((path) => THIRD_PARTY_PAGES[path]);
  // Every interface: the browser may resolve `localhost` to ::1 or 127.0.0.1.
  const thirdParty = `http://localhost:${await listen(other, undefined)}`;
  const pages = firstPartyPages(thirdParty);
  const first = serve((path) => pages[path]);
  const home = `http://127.0.0.1:${await listen(first, '127.0.0.1')}/`;
  const closeServer = (server: Server) => new Promise<void>((resolve) => server.close(() => resolve()));
  return { home, thirdParty, close: async () => void (await Promise.all([closeServer(first), closeServer(other)])) };
}

/** The policy the fixture site is audited against: declared, consented items, and one of each mistake. */
export const FIXTURE_POLICY = `import { defineCookie, defineCookiePolicy } from '@cookie-ledger/core';

export const session = defineCookie({ name: 'sessionid', category: 'necessary', purpose: 'Login', duration: 'session', attributes: { httpOnly: true, sameSite: 'lax' } });
export const csrf = defineCookie({ name: 'csrftoken', category: 'necessary', purpose: 'CSRF protection', duration: { days: 30 } });
export const lang = defineCookie({ name: 'lang', category: 'necessary', purpose: 'Language', duration: { days: 1 }, attributes: { httpOnly: true } });
export const consent = defineCookie({ name: 'consent', category: 'necessary', purpose: 'Your cookie choices', duration: { months: 6 } });
export const tab = defineCookie({ name: 'tab_state', storage: 'sessionStorage', category: 'necessary', purpose: 'The open tab' });
export const cache = defineCookie({ name: 'offline-cache', storage: 'indexedDB', category: 'necessary', purpose: 'Offline pages' });
export const theme = defineCookie({ name: 'theme', category: 'necessary', purpose: 'Dark or light', duration: { years: 1 } });
export const tracker = defineCookie({ name: '_tp_id', category: 'marketing', purpose: 'Ads', provider: 'AdTech', duration: { hours: 1 }, setBy: 'third-party-script' });
export const ga = defineCookie({ name: '_ga', category: 'statistics', purpose: 'Visits', provider: 'Google', duration: { months: 13 }, setBy: 'third-party-script' });
export const gaQueue = defineCookie({ name: '_ga_queue', storage: 'localStorage', category: 'statistics', purpose: 'Queued hits', provider: 'Google', duration: { months: 13 }, setBy: 'third-party-script' });
export const legacy = defineCookie({ name: 'legacy_banner', category: 'necessary', purpose: 'A banner that is gone', duration: { days: 1 } });

export default defineCookiePolicy({ owner: 'Acme', cookies: [session, csrf, lang, consent, tab, cache, theme, tracker, ga, gaQueue, legacy] });
`;
