import { STORAGE_KINDS, type CookiePolicy, type StorageKind } from '@cookie-ledger/core';
import { UNKNOWN, getKnownEnds } from '../names/stringShape.js';
import type { CookieWrite } from '../writes/cookieWrite.js';
import { findCoveringDeclarations } from './checkDeclaredName.js';

/**
 * A write of a family that stores each name where the policy declares it (`storageFromPolicy`),
 * given the storage of the declaration its name matches: an exact name first, then the patterns
 * covering a partly known name. Left a cookie write when no declaration matches, so that the
 * undeclared name is reported as a cookie. Other writes are returned as they are.
 */
export function withDeclaredStorage(write: CookieWrite, policy: CookiePolicy): CookieWrite {
  if (!write.family.storageFromPolicy) return write;
  const storage = findDeclaredStorage(write, policy);
  return storage === undefined ? write : { ...write, storage };
}

function findDeclaredStorage(write: CookieWrite, policy: CookiePolicy): StorageKind | undefined {
  for (const shape of write.names) {
    if (!shape.includes(UNKNOWN)) {
      const declared = STORAGE_KINDS.find((storage) => policy.match(shape.join(''), storage));
      if (declared) return declared;
      continue;
    }
    const { prefix, suffix } = getKnownEnds(shape);
    const declared = STORAGE_KINDS.find((storage) => findCoveringDeclarations(prefix, suffix, policy, storage).length > 0);
    if (declared) return declared;
  }
  return undefined;
}
