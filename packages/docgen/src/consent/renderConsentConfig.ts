import type { CookiePolicy } from '@cookie-ledger/core';
import { createRenderContext } from '../createRenderContext.js';
import { InvalidRenderOptionError } from '../errors.js';
import { printConfig } from './printConfig.js';
import { c15t } from './targets/c15t.js';
import { klaro } from './targets/klaro.js';
import { tarteaucitron } from './targets/tarteaucitron.js';
import { vanillaCookieConsent } from './targets/vanillaCookieConsent.js';
import { CONSENT_TARGETS, type ConsentConfigOptions, type ConsentConfigResult, type ConsentTarget, type ConsentTargetBuilder, type ConsentWarning } from './types.js';

const BUILDERS: Readonly<Record<ConsentTarget, ConsentTargetBuilder>> = {
  klaro,
  'vanilla-cookieconsent': vanillaCookieConsent,
  c15t,
  tarteaucitron,
};

/**
 * The consent banner's configuration for a consent manager, from the policy: its categories and
 * services, the cookies (and, for c15t, storage keys) it clears when consent is refused, and the
 * texts of every locale of the policy. What the target cannot express is left out and listed in
 * `warnings`, each with the declaration's index, never dropped silently.
 *
 * @throws {InvalidRenderOptionError} an unknown target or output, or a policy locale with no words (see `localeData`).
 *
 * @example
 * const { text, warnings } = renderConsentConfig(policy, { target: 'klaro', output: 'module' });
 */
export function renderConsentConfig(policy: CookiePolicy, options: ConsentConfigOptions): ConsentConfigResult {
  if (!(CONSENT_TARGETS as readonly string[]).includes(options.target)) throw new InvalidRenderOptionError('format', options.target, CONSENT_TARGETS);
  const output = options.output ?? 'json';
  if (output !== 'json' && output !== 'module') throw new InvalidRenderOptionError('format', output, ['json', 'module']);
  const builder = BUILDERS[options.target];
  const warnings: ConsentWarning[] = [];
  const locales = policy.locales.map((code) => ({ code, context: createRenderContext(policy, { format: 'json', locale: code, localeData: options.localeData }) }));
  const config = builder.build({
    policy,
    locales,
    json: output === 'json',
    warn: (index, message) => void warnings.push(index === undefined ? { message } : { index, message }),
  });
  return { text: printConfig(config, output === 'json', builder.moduleSuffix), warnings };
}
