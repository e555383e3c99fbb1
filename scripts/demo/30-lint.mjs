// ESLint with @cookie-ledger/eslint-plugin on the example app (its own eslint.config.js), then
// on files the app might gain: one sets cookies and a storage key that src/cookies.ts does not
// declare, one sets declared cookies with other lifetimes and attributes than declared.
import { createRequire } from 'node:module';
import { join } from 'node:path';

const UNDECLARED_WRITES = `import express from 'express';
import Cookies from 'js-cookie';
import session from 'express-session';
import { csrf } from '../cookies.js';

export const app = express();
app.use(session({ secret: 'change me' }));
app.get('/experiment', (_request, response) => {
  response.cookie('ab_test', 'b', { maxAge: 30 * 24 * 60 * 60 * 1000 });
  response.cookie(csrf.name, 'token');
  response.send('ok');
});
Cookies.set(\`_ga_\${'G-123'.slice(2)}\`, '1');
localStorage.setItem('ods-recent-searches', '[]');
`;

const CONTRADICTING_WRITES = `import express from 'express';
import { csrf, session } from '../cookies.js';

const ONE_YEAR_MS = 365 * 24 * 60 * 60 * 1000;

export const app = express();
app.use((_request, response, next) => {
  // csrftoken is declared for 1 year; Express counts maxAge in milliseconds
  response.cookie(csrf.name, 'token', { maxAge: 2 * ONE_YEAR_MS, secure: true, sameSite: 'lax', path: '/' });
  // sessionid is declared httpOnly, secure and SameSite=Lax
  response.cookie(session.name, 'key', { maxAge: 60 * 60 * 1000, secure: true, sameSite: 'strict' });
  next();
});
`;

export default async function lintStep({ example, heading }) {
  const { ESLint } = createRequire(join(example, 'package.json'))('eslint');
  const eslint = new ESLint({ cwd: example });
  const formatter = await eslint.loadFormatter('stylish');

  heading('eslint on the example app (cookie-ledger recommended: four rules)');
  const results = await eslint.lintFiles(['.']);
  const problems = results.reduce((sum, result) => sum + result.messages.length, 0);
  console.log(`${results.length} files linted, ${problems} problems: every cookie and storage key the app sets is declared, and set as declared.`);

  heading('eslint on a new file that sets undeclared cookies (src/server/experiment.ts, not written to disk)');
  console.log(UNDECLARED_WRITES);
  const experiment = await eslint.lintText(UNDECLARED_WRITES, { filePath: join(example, 'src/server/experiment.ts') });
  console.log(await formatter.format(experiment));

  heading('eslint on a new file whose writes contradict their declarations (src/server/contradictions.ts, not written to disk)');
  console.log(CONTRADICTING_WRITES);
  const contradictions = await eslint.lintText(CONTRADICTING_WRITES, { filePath: join(example, 'src/server/contradictions.ts') });
  console.log(await formatter.format(contradictions));
}
