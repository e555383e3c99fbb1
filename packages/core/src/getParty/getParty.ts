import type { CookieDeclaration, Party, Provider } from '../types/declaration.js';

/** The provider's name, whether it was written as a string or an object. */
export function getProviderName(provider: Provider | undefined): string | undefined {
  return typeof provider === 'string' ? provider : provider?.name;
}

/**
 * The declaration's party: as declared, else `first` when the provider is the policy's owner
 * (or no provider is named, so the owner sets it), else `third`.
 */
export function getParty(declaration: Pick<CookieDeclaration, 'party' | 'provider'>, owner: string): Party {
  if (declaration.party) return declaration.party;
  const provider = getProviderName(declaration.provider);
  return provider === undefined || provider === owner ? 'first' : 'third';
}
