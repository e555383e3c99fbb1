// AngularJS services reached by injection: angular-local-storage's `localStorageService`, in
// projects made in temporary folders (one depends on the module and sets a prefix, one never
// names the module), linted with the real rules.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import cookieRule from '../../src/rules/no-undeclared-cookie.js';
import storageRule from '../../src/rules/no-undeclared-storage.js';
import { relative } from 'node:path';
import { createRuleTester, fixture } from '../RuleTester.js';

const makeProject = (name: string, files: Record<string, string>, dependencies: Record<string, string> = {}): string => {
  const project = mkdtempSync(join(tmpdir(), `cookie-ledger-${name}-`));
  mkdirSync(join(project, 'src'));
  writeFileSync(join(project, 'package.json'), JSON.stringify({ name, private: true, dependencies }));
  for (const [file, text] of Object.entries(files)) writeFileSync(join(project, 'src', file), text);
  return project;
};
// The app's own service over localStorageService, injected by name into controllers (AriaNg's ariaNgStorageService).
const PREFS_SERVICE = "angular.module('portal').factory('Prefs', ['localStorageService', function (localStorageService) {\n  return { save: function (key, value) { localStorageService.set(key, value); } };\n}]);\n";
const portal = makeProject(
  'angularjs-portal',
  {
    'app.js': "angular.module('portal', ['ngRoute', 'LocalStorageModule']).config(['localStorageServiceProvider', function (localStorageServiceProvider) {\n  localStorageServiceProvider.setPrefix('portal');\n}]);\n",
    'prefs.service.js': PREFS_SERVICE,
  },
  { angular: '1.8.3', 'angular-local-storage': '0.7.1' },
);
// The same service in a project whose package.json does not list angular: nothing tells the parameter is the service.
const undeclared = makeProject('angularjs-undeclared', { 'app.js': "angular.module('portal', ['LocalStorageModule']);\n", 'prefs.service.js': PREFS_SERVICE });
const plain = makeProject('angularjs-plain', { 'app.js': "angular.module('plain', ['ngRoute']);\n" });
const unprefixed = makeProject('angularjs-unprefixed', { 'app.js': "angular.module('panel', ['LocalStorageModule']);\n" });

const SERVICE = "angular.module('portal').factory('Prefs', ['localStorageService', function (localStorageService) {\n  return {\n    save: function (value) {\n      localStorageService.set('theme', value);\n      localStorageService.set('tab', value, 'sessionStorage');\n      localStorageService.cookie.set('seen', '1');\n    },\n  };\n}]);";
const CLASS = "export class PanelController {\n  constructor($scope, localStorageService) {\n    this.localStorageService = localStorageService;\n    localStorageService.bind($scope, 'pinned');\n  }\n  save(value) {\n    this.localStorageService.set('dashboards', value);\n  }\n}";

// A file outside the repository is linted from the root folder, so the policy is named from there.
const POLICY = relative('/', fixture('cookies.ts'));
const storageKey = (line: number, column: number, name: string, storage: string) => ({
  messageId: 'undeclaredStorage' as const,
  line,
  column,
  data: { name, quoted: `'${name}'`, storage, policy: POLICY, what: `${storage} key` },
});

const ruleTester = createRuleTester();
ruleTester.run('no-undeclared-storage (angular-local-storage)', storageRule, {
  valid: [
    // a service of that name in a project that never names LocalStorageModule is the app's own
    { code: SERVICE, filename: join(plain, 'src', 'prefs.js') },
    { code: "angular.module('portal').controller('SettingsCtrl', ['Prefs', function (Prefs) {\n  Prefs.save('language', 'en');\n}]);", filename: join(undeclared, 'src', 'settings.controller.js') },
  ],
  invalid: [
    // the prefix the config block sets; a call may choose sessionStorage
    {
      code: SERVICE,
      filename: join(portal, 'src', 'prefs.js'),
      errors: [storageKey(4, 31, 'portal.theme', 'localStorage'), storageKey(5, 31, 'portal.tab', 'sessionStorage')],
    },
    // a controller calling the project's service it is injected (its name passed on), also kept on `this` by a class
    {
      code: "angular.module('portal').controller('SettingsCtrl', ['Prefs', function (Prefs) {\n  Prefs.save('language', 'en');\n}]);\nexport class TabsController {\n  constructor(Prefs) {\n    this.Prefs = Prefs;\n  }\n  select(index) {\n    this.Prefs.save('active_tab', index);\n  }\n}",
      filename: join(portal, 'src', 'settings.controller.js'),
      errors: [storageKey(2, 14, 'portal.language', 'localStorage'), storageKey(9, 21, 'portal.active_tab', 'localStorage')],
    },
    // no prefix set: `ls.`; the service kept on `this` by a class, and a scope property bound to storage
    {
      code: CLASS,
      filename: join(unprefixed, 'src', 'panel.js'),
      errors: [storageKey(4, 38, 'ls.pinned', 'localStorage'), storageKey(7, 34, 'ls.dashboards', 'localStorage')],
    },
  ],
});

ruleTester.run('no-undeclared-cookie (angular-local-storage)', cookieRule, {
  valid: [{ code: SERVICE, filename: join(plain, 'src', 'prefs.js') }],
  invalid: [{ code: SERVICE, filename: join(portal, 'src', 'prefs.js'), errors: [{ messageId: 'undeclaredCookie' as const, line: 6, column: 38 }] }],
});
