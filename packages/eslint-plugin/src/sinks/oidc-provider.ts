import { anyOf, importedFrom } from './shapes.js';
import type { ConfigSink, SinkFamily } from './types.js';

const PROVIDER = anyOf([importedFrom('oidc-provider', 'default'), importedFrom('oidc-provider', 'Provider')]);

// `new Provider(issuer, { cookies: { names: { session, interaction, resume } } })`, each renamable.
const cookie = (key: string, defaultName: string): ConfigSink => ({
  kind: 'config',
  callee: PROVIDER,
  constructs: true,
  argument: 1,
  nestedKey: 'cookies',
  innerKey: 'names',
  nameKeys: [key],
  defaultName,
});

/**
 * oidc-provider (checked in 9.5.1, lib/helpers/defaults.js `cookies.names`): an OpenID Provider
 * keeps the login session in `_session`, an interaction in `_interaction` and its resumption in
 * `_interaction_resume`, each renamed under `cookies.names`.
 */
export const oidcProvider: SinkFamily = {
  id: 'oidc-provider',
  description: 'oidc-provider (`new Provider(issuer, { cookies: { names } })`, defaults `_session`, `_interaction`, `_interaction_resume`)',
  triggers: ['oidc-provider'],
  sinks: [cookie('session', '_session'), cookie('interaction', '_interaction'), cookie('resume', '_interaction_resume')],
};
