import { describe, expect, it } from 'vitest';
import { createConsentState } from '../consent/createConsentState.js';
import { connectConsentMode } from './consentMode.js';

function recordGtag() {
  const calls: unknown[][] = [];
  return { calls, gtag: (...args: unknown[]) => void calls.push(args) };
}

describe('connectConsentMode', () => {
  it('sends the default at once: everything denied but security_storage, with wait_for_update and region', () => {
    const { calls, gtag } = recordGtag();
    connectConsentMode({ consent: createConsentState(undefined, () => {}) }, gtag, { waitForUpdate: 500, region: ['FR', 'DE'] });
    expect(calls).toEqual([
      [
        'consent',
        'default',
        {
          ad_storage: 'denied',
          ad_user_data: 'denied',
          ad_personalization: 'denied',
          analytics_storage: 'denied',
          functionality_storage: 'denied',
          personalization_storage: 'denied',
          security_storage: 'granted',
          wait_for_update: 500,
          region: ['FR', 'DE'],
        },
      ],
    ]);
  });

  it('sends an update after each change, each type following its category', () => {
    const { calls, gtag } = recordGtag();
    const consent = createConsentState({ preferences: true }, () => {});
    const stop = connectConsentMode({ consent }, gtag);
    consent.update({ statistics: true });
    expect(calls[1]).toEqual([
      'consent',
      'update',
      {
        ad_storage: 'denied',
        ad_user_data: 'denied',
        ad_personalization: 'denied',
        analytics_storage: 'granted',
        functionality_storage: 'granted',
        personalization_storage: 'granted',
        security_storage: 'granted',
      },
    ]);
    stop();
    consent.update({ marketing: true });
    expect(calls).toHaveLength(2);
  });

  it('takes a category of your own for a consent type', () => {
    const { calls, gtag } = recordGtag();
    connectConsentMode({ consent: createConsentState(undefined, () => {}) }, gtag, { mapping: { functionality_storage: 'necessary' } });
    expect(calls[0]![2]).toMatchObject({ functionality_storage: 'granted', personalization_storage: 'denied' });
  });
});
