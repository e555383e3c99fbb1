// The rule on ESLint's default parser (JavaScript, JSX) and on typescript-eslint's (TSX).
import { RuleTester as ESLintRuleTester } from 'eslint';
import rule from '../../src/rules/no-undeclared-cookie.js';
import { createRuleTester, fixture, SETTINGS } from '../RuleTester.js';

const undeclared = (line: number, column: number) => ({ messageId: 'undeclaredCookie' as const, line, column });

const espreeTester = new ESLintRuleTester({
  languageOptions: { ecmaVersion: 'latest', sourceType: 'module', parserOptions: { ecmaFeatures: { jsx: true } } },
  settings: SETTINGS,
});
const JS_FILE = fixture('file.js');
const JSX_FILE = fixture('component.jsx');

espreeTester.run('no-undeclared-cookie (espree)', rule as never, {
  valid: [
    { code: "import Cookies from 'js-cookie'; Cookies.set('theme', 'dark');", filename: JS_FILE },
    { code: "const express = require('express'); const app = express(); app.get('/', (req, res) => res.cookie('sessionid', 'k'));", filename: JS_FILE },
  ],
  invalid: [
    { code: "import Cookies from 'js-cookie'; Cookies.set('tracker', '1');", filename: JS_FILE, errors: [undeclared(1, 46)] },
    {
      code: "const express = require('express'); const app = express(); app.get('/', (req, res) => res.cookie('tracker', 'k'));",
      filename: JS_FILE,
      errors: [undeclared(1, 98)],
    },
    { code: "import { UNDECLARED_COOKIE } from './constants.js'; document.cookie = `${UNDECLARED_COOKIE}=1`;", filename: JS_FILE, errors: [undeclared(1, 71)] },
    {
      code: "import { useCookies } from 'react-cookie';\nexport function Banner() {\n  const [, setCookie] = useCookies(['consent']);\n  return <button onClick={() => setCookie('consent', 'yes')}>OK</button>;\n}",
      filename: JSX_FILE,
      errors: [undeclared(4, 43)],
    },
  ],
});

createRuleTester().run('no-undeclared-cookie (tsx)', rule, {
  valid: [
    {
      code: "import { useCookies } from 'react-cookie';\nexport function Theme(): JSX.Element {\n  const [, setCookie] = useCookies<'theme'>(['theme']);\n  return <button onClick={() => setCookie('theme', 'dark')} />;\n}",
      filename: fixture('react.tsx'),
    },
  ],
  invalid: [
    {
      code: "import Cookies from 'js-cookie';\nexport const Banner = (): JSX.Element => <button onClick={() => Cookies.set('consent', 'yes')} />;",
      filename: fixture('react.tsx'),
      errors: [undeclared(2, 77)],
    },
  ],
});
