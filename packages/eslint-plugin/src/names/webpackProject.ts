import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { FrameworkConfig } from './frameworkConfig.js';
import { applyAlias, readAliases, readModuleFolders } from './configAliases.js';

interface WebpackProject {
  readonly aliases: readonly (readonly [string, string])[];
  readonly modules: readonly string[];
}

// Where projects keep their webpack configs, beside package.json: `webpack.config.js`,
// `webpack.common.js`, or any config of a `webpack/`, `config/` or `build/` folder whose name says webpack.
const CONFIG_FOLDERS = ['.', 'webpack', 'config', 'build'];
const CONFIG_NAME = /^(?:webpack[\w.-]*|[\w.-]*webpack[\w.-]*|[\w.-]+\.config)\.(?:c|m)?[jt]s$/;

// A package that builds with webpack: its package.json names it.
const webpackPackage = new FrameworkConfig<WebpackProject>(['package.json'], (root, text) => (/"webpack"\s*:/.test(text) ? readProject(root) : NO_PROJECT));

const NO_PROJECT: WebpackProject = { aliases: [], modules: [] };

/**
 * The paths a bare or aliased import may point at in a webpack project, by the configs' own
 * `resolve.alias` and `resolve.modules` (read as text, never run): parse-dashboard's
 * `import * as ColumnPreferences from 'lib/ColumnPreferences'` with `modules: [path.join(__dirname, '../src'), ...]`.
 * Empty for relative and absolute specifiers and outside such a project.
 */
export function getWebpackPaths(fromFile: string, source: string): string[] {
  if (source.startsWith('.') || source.startsWith('/')) return [];
  const root = webpackPackage.findRoot(dirname(fromFile));
  if (root === undefined) return [];
  const { aliases, modules } = webpackPackage.get(root);
  const aliased = applyAlias(aliases, source);
  return aliased !== undefined ? [aliased] : modules.map((folder) => join(folder, source));
}

function readProject(root: string): WebpackProject {
  const aliases: (readonly [string, string])[] = [];
  const modules: string[] = [];
  for (const folder of CONFIG_FOLDERS.map((name) => join(root, name))) {
    for (const name of listConfigs(folder)) {
      const text = readText(join(folder, name));
      if (!/\bresolve\s*:/.test(text)) continue;
      aliases.push(...readAliases(folder, text));
      modules.push(...readModuleFolders(folder, text));
    }
  }
  return { aliases: aliases.sort((a, b) => b[0].length - a[0].length), modules: [...new Set(modules)] };
}

function listConfigs(folder: string): string[] {
  if (!existsSync(folder)) return [];
  try {
    return readdirSync(folder).filter((name) => CONFIG_NAME.test(name) && (folder.endsWith('webpack') || name.includes('webpack')));
  } catch {
    return [];
  }
}

function readText(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return '';
  }
}
