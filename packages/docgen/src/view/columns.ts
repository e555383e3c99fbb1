import { getProviderName, requiresConsent, getConsentExemption, type ResolvedCookie } from '@cookie-ledger/core';
import type { ColumnId } from '../options.js';
import { localize, type RenderContext, type ResolvedColumn } from '../RenderContext.js';
import { describeLifetime } from '../text/describeLifetime.js';
import { describeName } from '../text/describeName.js';
import { fillTemplate, fillTextTemplate, plain, type Inline } from '../text/inline.js';
import { formatList } from '../text/formatList.js';
import { getSafeHref } from '../text/getSafeHref.js';
import { getStorageDomain } from '../text/getStorageDomain.js';
import { holdsStorage } from './holdsStorage.js';

/** What a column shows for one declaration. */
type CellRenderer = (cookie: ResolvedCookie, context: RenderContext) => Inline;

/** Every column: how its cell is computed. Headers come from the locale (`columns`). */
export const COLUMNS: Readonly<Record<ColumnId, CellRenderer>> = {
  provider: (cookie, { policy }) => {
    const provider = cookie.provider;
    const name = getProviderName(provider) ?? policy.owner;
    const href = typeof provider === 'object' ? getSafeHref(provider.privacyPolicy) : undefined;
    return href === undefined ? plain(name) : [{ text: name, href }];
  },
  'feature-and-locations': (cookie, context) => plain(describeFeatureAndLocations(cookie, context)),
  names: (cookie, { locale }) => plain(describeName(cookie, locale)),
  purpose: (cookie, context) => plain(localize(context, cookie.purpose)),
  duration: (cookie, context) => plain(describeLifetime(cookie, context)),
  condition: (cookie, context) => plain(localize(context, cookie.condition) ?? ''),
  category: (cookie, { locale }) => plain(locale.categories[cookie.category].name),
  party: (cookie, { locale }) => plain(locale.parties[cookie.party].name),
  storage: (cookie, { locale }) => plain(locale.storages[cookie.storage].name),
  domain: (cookie, { policy }) => plain(getStorageDomain(cookie, policy) ?? ''),
  consent: (cookie, { locale }) => {
    const exemption = getConsentExemption(cookie);
    if (requiresConsent(cookie) || exemption === undefined) return plain(locale.consent.required);
    return fillTemplate(locale.consent.exempt, { exemption: locale.exemptions[exemption] });
  },
};

/** A column's header over these items: "Cookie name(s)" says "Name" when some are not cookies, unless the header was given. */
export function getColumnHeader(column: ResolvedColumn, cookies: readonly ResolvedCookie[], context: RenderContext): string {
  return column.id === 'names' && !column.custom && holdsStorage(cookies) ? context.locale.withStorage.names : column.label;
}

/** "Authentication (front and back office)": the feature, with the locations joined as the locale joins lists. */
function describeFeatureAndLocations(cookie: ResolvedCookie, context: RenderContext): string {
  const feature = localize(context, cookie.feature);
  const locations = formatList(
    (cookie.locations ?? []).map((location) => localize(context, location)),
    context.locale,
  );
  if (feature === undefined) return locations;
  if (locations === '') return feature;
  return fillTextTemplate(context.locale.featureWithLocations, { feature, locations });
}
