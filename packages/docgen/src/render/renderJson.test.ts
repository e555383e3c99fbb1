import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import examplePolicy from '../../../../docs/examples/opendatasoft-portal/src/cookies.js';
import { variedPolicy } from '../policies.fixture.js';
import { renderPolicy } from '../renderPolicy.js';
import type { PolicyJson } from './PolicyJson.js';
import { policyJsonSchema } from './policyJsonSchema.js';

const validate = new Ajv2020({ strict: true, allErrors: true }).compile(policyJsonSchema);

describe('renderPolicy, json', () => {
  it.each([
    ['the example app', examplePolicy],
    ['a policy of every kind of declaration', variedPolicy],
  ])('writes data that its published schema accepts, for %s', (_name, policy) => {
    for (const locale of ['en', 'fr']) {
      const json: unknown = JSON.parse(renderPolicy(policy, { format: 'json', locale }));
      expect(validate(json), JSON.stringify(validate.errors)).toBe(true);
    }
  });

  it('the schema rejects what it does not describe', () => {
    const json = JSON.parse(renderPolicy(variedPolicy, { format: 'json' })) as { cookies: Record<string, unknown>[] };
    json.cookies[0]!.category = 'tasty';
    expect(validate(json)).toBe(false);
  });

  it('holds each declaration as data, its texts in the locale', () => {
    const json = JSON.parse(renderPolicy(variedPolicy, { format: 'json', locale: 'fr' })) as PolicyJson;
    expect(json).toMatchObject({ formatVersion: 1, owner: 'Acme', site: 'https://shop.example.com', locale: 'fr', locales: ['en', 'fr'] });
    expect(json.cookies[1]).toEqual({
      name: '_ga_*',
      nameText: 'tout cookie commençant par _ga_',
      match: { kind: 'prefix', value: '_ga_' },
      storage: 'cookie',
      provider: { name: 'Google', privacyPolicy: 'https://policies.example.org/privacy' },
      party: 'third',
      category: 'statistics',
      consent: { required: true },
      purpose: 'Compte les visites',
      locations: [],
      duration: { session: false, seconds: 33_696_000, unit: 'months', amount: 13, refresh: true, text: '13 mois, renouvelée à chaque visite' },
      domain: 'example.com',
      attributes: { domain: '.example.com' },
      setBy: 'app',
      tcf: { purposes: [8, 9], specialPurposes: [1] },
    });
    expect(json.cookies[0]).toMatchObject({ consent: { required: false, exemption: 'strictly-necessary' }, duration: { session: true, seconds: 0, refresh: false, text: 'session' } });
  });
});
