import type { ConsentState } from '../types.js';
import { toConsentUpdate, type CategoryKeys } from './categoryKeys.js';

/** What the bridge uses of a Klaro consent manager (`klaro.getManager(config)`, Klaro 0.7). */
export interface KlaroManager {
  readonly config: { readonly services: readonly { readonly name: string; readonly purposes?: readonly string[] }[] };
  readonly consents: Readonly<Record<string, boolean>>;
  /** True once the visitor has saved a choice. */
  readonly confirmed: boolean;
  watch(watcher: KlaroWatcher): void;
  unwatch(watcher: KlaroWatcher): void;
}

/** A Klaro watcher: called with every event of the manager. */
export interface KlaroWatcher {
  update(manager: KlaroManager, eventType: string, data: unknown): void;
}

/** Options of {@link connectKlaro}. */
export interface KlaroOptions {
  /** The Klaro purpose for each policy category, when they differ. */
  readonly categories?: CategoryKeys;
}

/**
 * Keeps the jar's consent equal to Klaro's: read at once when the visitor has already chosen,
 * then each time a choice is saved (`saveConsents`; switches toggled in the modal count only once
 * saved). Klaro's unit is the service: a category is granted when every service with it among
 * its `purposes` has consent. Returns the function that disconnects the bridge.
 *
 * @example
 * connectKlaro(jar, klaro.getManager(config)); // config from `cookie-ledger docs --format klaro`
 */
export function connectKlaro(jar: { readonly consent: ConsentState }, manager: KlaroManager, options: KlaroOptions = {}): () => void {
  const apply = () =>
    jar.consent.update(
      toConsentUpdate(options.categories, (purpose) => {
        const services = manager.config.services.filter((service) => service.purposes?.includes(purpose));
        return services.length === 0 ? undefined : services.every((service) => manager.consents[service.name] === true);
      }),
    );
  if (manager.confirmed) apply();
  const watcher: KlaroWatcher = {
    update(_, eventType) {
      if (eventType === 'saveConsents') apply();
    },
  };
  manager.watch(watcher);
  return () => manager.unwatch(watcher);
}
