import express from 'express';
import { randomBytes } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { csrf, language, session } from '../cookies.js';
import { findUser } from './users.js';

const TWO_WEEKS_MS = 14 * 24 * 60 * 60 * 1000;
const ONE_YEAR_MS = 365 * 24 * 60 * 60 * 1000;
const SUPPORTED_LANGUAGES = new Set(['en', 'fr']);

export const app: express.Express = express();
app.use(express.urlencoded({ extended: false }));

// Every page hands out a CSRF token that forms and API calls send back.
app.use((request, response, next) => {
  if (!request.headers.cookie?.includes(`${csrf.name}=`)) {
    response.cookie('csrftoken', randomBytes(32).toString('hex'), {
      maxAge: ONE_YEAR_MS,
      secure: true,
      sameSite: 'lax',
      path: '/',
    });
  }
  next();
});

app.post('/login', (request, response) => {
  const user = findUser(String(request.body.username), String(request.body.password));
  if (!user) {
    response.status(401).send('Wrong username or password');
    return;
  }
  response.cookie(session.name, user.sessionKey, {
    maxAge: TWO_WEEKS_MS,
    httpOnly: true,
    secure: true,
    sameSite: 'lax',
    path: '/',
  });
  response.redirect('/backoffice');
});

app.post('/logout', (_request, response) => {
  response.clearCookie(session.name, { path: '/' });
  response.redirect('/');
});

app.post('/i18n/setlang', (request, response) => {
  const requested = String(request.body.language);
  const chosen = SUPPORTED_LANGUAGES.has(requested) ? requested : 'en';
  response.cookie(language.name, chosen, { maxAge: ONE_YEAR_MS, secure: true, sameSite: 'lax', path: '/' });
  response.redirect(String(request.body.next ?? '/'));
});

app.get('/', (_request, response) => {
  response.send(renderHomePage(process.env.ANALYTICS_URL));
});

// The portal's browser code and the libraries it imports (core and runtime, through an import map), as ES modules.
app.use('/assets/browser', express.static(fileURLToPath(new URL('../browser/', import.meta.url))));
app.get('/assets/cookies.js', (_request, response) => response.sendFile(fileURLToPath(new URL('../cookies.js', import.meta.url))));
app.use('/assets/core', express.static(fileURLToPath(new URL('.', import.meta.resolve('@cookie-ledger/core')))));
app.use('/assets/runtime', express.static(fileURLToPath(new URL('.', import.meta.resolve('@cookie-ledger/runtime')))));

/**
 * The home page: the consent banner, the catalogue layout, and the portal's analytics tag when
 * `ANALYTICS_URL` names the host that serves it (a third party, as Matomo or Google Analytics is).
 */
function renderHomePage(analyticsUrl: string | undefined): string {
  const tag = analyticsUrl === undefined ? '' : `<script async src="${new URL('/matomo.js', analyticsUrl).href}"></script>`;
  return `<!doctype html>
<html lang="en"><head><title>Interpolilli data portal</title>
<script type="importmap">{ "imports": { "@cookie-ledger/core": "/assets/core/index.js", "@cookie-ledger/runtime": "/assets/runtime/index.js" } }</script>
${tag}
</head><body>
<h1>Interpolilli data portal</h1>
<div id="consent"></div>
<script type="module">
  import { mountConsentBanner } from '/assets/browser/consent-banner.js';
  import { readCatalogView, saveCatalogView } from '/assets/browser/catalog-view.js';
  mountConsentBanner(document.getElementById('consent'));
  saveCatalogView(readCatalogView());
</script>
</body></html>`;
}

if (process.argv[1] === new URL(import.meta.url).pathname) {
  app.listen(Number(process.env.PORT ?? 8000));
}
