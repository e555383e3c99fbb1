import { createNameMatcher, type StorageKind } from '@cookie-ledger/core';
import { loadPolicy, PolicyLoadError } from '@cookie-ledger/extract';
import { ConfigError } from './errors.js';

/**
 * Whether a name is already covered by the policy in `file` (exactly or by a pattern). Works on
 * a policy that fails validation too (a TODO purpose left by an earlier `add`), so that adding
 * twice changes nothing; a policy that cannot be evaluated is a {@link ConfigError}.
 */
export function readDeclaredNames(file: string): (name: string, storage: StorageKind) => boolean {
  try {
    const { policy } = loadPolicy(file);
    return (name, storage) => policy.match(name, storage) !== undefined;
  } catch (error) {
    if (!(error instanceof PolicyLoadError)) throw error;
    if (error.evaluated === undefined) throw new ConfigError(`The policy cannot be read:\n${error.message}`, { cause: error });
    const match = createNameMatcher(error.evaluated.cookies);
    return (name, storage) => match(name, storage) !== undefined;
  }
}
