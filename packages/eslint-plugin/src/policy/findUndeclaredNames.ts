import type { CookiePolicy, StorageKind } from '@cookie-ledger/core';
import { type UndeclaredName, checkDeclaredName } from './checkDeclaredName.js';
import type { CookieWrite } from '../writes/cookieWrite.js';
import { dropEmptiedVariants } from '../names/stringShape.js';

/** The names of a write that no declaration of `storage` covers, each once. */
export function findUndeclaredNames(write: CookieWrite, policy: CookiePolicy, storage: StorageKind): UndeclaredName[] {
  const found = new Map<string, UndeclaredName>();
  for (const shape of dropEmptiedVariants(write.names)) {
    const undeclared = checkDeclaredName(shape, policy, storage);
    if (undeclared) found.set(JSON.stringify(undeclared), undeclared);
  }
  return [...found.values()];
}

/** How a partly known name is shown (`_ga_…`) and the pattern that would declare it (`_ga_*`). */
export function describePartialName(name: Extract<UndeclaredName, { kind: 'partial' }>): { shown: string; pattern: string } {
  return { shown: `${name.prefix}…${name.suffix}`, pattern: name.prefix ? `${name.prefix}*` : `*${name.suffix}` };
}
