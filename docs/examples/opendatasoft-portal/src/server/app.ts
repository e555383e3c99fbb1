import express from 'express';
import { randomBytes } from 'node:crypto';
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
  response.send('<h1>Interpolilli data portal</h1>');
});

if (process.argv[1] === new URL(import.meta.url).pathname) {
  app.listen(Number(process.env.PORT ?? 8000));
}
