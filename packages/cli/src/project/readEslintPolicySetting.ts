import { join, relative } from 'node:path';
import { ESLint, type Linter } from 'eslint';
import { ConfigError } from '../errors.js';
import { toConfigError } from './toConfigError.js';

/** The project's ESLint config file and the `policy` it sets in `settings['cookie-ledger']`, if any. */
export interface EslintPolicySetting {
  readonly configFile: string;
  readonly setting: string | undefined;
}

// The setting usually sits in a block for every file; one scoped by `files` is found through the
// files a project is likely to have.
const PROBES = ['index.ts', 'index.js', 'index.tsx', 'index.jsx', 'src/index.ts', 'src/index.js'];

/**
 * Reads `settings['cookie-ledger'].policy` from the ESLint config that applies in `directory`,
 * found and evaluated by ESLint itself (the nearest `eslint.config.*` at or above it), so that a
 * command reads the same setting the plugin does. Undefined when the project has no ESLint config.
 */
export async function readEslintPolicySetting(directory: string): Promise<EslintPolicySetting | undefined> {
  const eslint = new ESLint({ cwd: directory });
  const configFile = await eslint.findConfigFile();
  if (configFile === undefined) return undefined;
  for (const probe of PROBES) {
    const settings = (await calculateConfig(eslint, join(directory, probe), configFile, directory))?.settings;
    const value = (settings?.['cookie-ledger'] as { policy?: unknown } | undefined)?.policy;
    if (value === undefined) continue;
    if (typeof value !== 'string') {
      throw new ConfigError(`settings['cookie-ledger'].policy in ${relative(directory, configFile) || configFile} must be a path (a string), such as './src/cookies.ts'.`);
    }
    return { configFile, setting: value };
  }
  return { configFile, setting: undefined };
}

async function calculateConfig(eslint: ESLint, file: string, configFile: string, directory: string): Promise<Linter.Config | undefined> {
  try {
    return (await eslint.calculateConfigForFile(file)) as Linter.Config | undefined;
  } catch (error) {
    const known = toConfigError(error, configFile, directory, true);
    if (known) throw known;
    const message = error instanceof Error ? error.message : String(error);
    throw new ConfigError(
      `The ESLint config ${configFile} cannot be loaded, so the policy its settings['cookie-ledger'] may name is unknown:\n${message}\nFix the config, or pass --policy FILE.`,
      { cause: error },
    );
  }
}
