import { DEFAULT_POLICY_PATHS } from '../load/resolvePolicyPath.js';
import type { PolicyLookup, PolicySource } from './locatePolicy.js';
import { describePolicyPathSuggestion } from './suggestPolicyPath.js';

const SETTING = "settings['cookie-ledger'].policy";

/**
 * The one text for a policy that is not where it was looked for, in the ESLint plugin and in
 * every `cookie-ledger` command: what was looked for, where, and how to fix it.
 */
export function describeMissingPolicy(lookup: PolicyLookup, source: PolicySource, looked: readonly string[]): string {
  if (source === 'option') {
    return `No cookie policy was found: --policy ${lookup.option} names ${looked[0]}, which does not exist (a relative --policy is resolved in the current directory).${describePolicyPathSuggestion(lookup.cwd, lookup.option)} Pass the path of the module whose default export is \`defineCookiePolicy({...})\`.`;
  }
  if (source === 'setting') {
    return (
      `No cookie policy was found: ${SETTING} is ${JSON.stringify(lookup.setting)}, which names ${looked[0]}, and that file does not exist ` +
      `(a relative path is resolved in the folder of the ESLint config file, ${lookup.configDirectory ?? lookup.projectDirectory}).` +
      `${describePolicyPathSuggestion(lookup.configDirectory ?? lookup.projectDirectory, lookup.setting)} ` +
      'Correct the path in the ESLint config, or create the policy there.'
    );
  }
  return (
    `No cookie policy was found: none of ${DEFAULT_POLICY_PATHS.join(', ')} exists in ${lookup.projectDirectory} ` +
    "(the project's folder: the nearest one with an eslint.config.* file, else with a package.json)." +
    `${describePolicyPathSuggestion(lookup.projectDirectory, undefined)} ` +
    `Create one with \`cookie-ledger init\`, or set ${SETTING} in the ESLint config to its path.`
  );
}
