import { defineCookie } from '@cookie-ledger/core';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { TcfExportError } from '../errors.js';
import { policyOf, variedPolicy } from '../policies.fixture.js';
import { renderPolicy } from '../renderPolicy.js';
import type { TcfDeviceStorageDisclosure } from './renderTcf.js';
import { tcfDeviceStorageSchema } from './tcfDeviceStorageSchema.fixture.js';

const validate = new Ajv2020({ strict: true, strictRequired: false, allErrors: true }).compile(tcfDeviceStorageSchema);

describe('renderPolicy, tcf', () => {
  it('writes the IAB device-storage disclosure', () => {
    const file = JSON.parse(renderPolicy(variedPolicy, { format: 'tcf' })) as TcfDeviceStorageDisclosure;
    expect(file).toEqual({
      disclosures: [
        {
          identifier: 'session',
          type: 'cookie',
          maxAgeSeconds: 0,
          cookieRefresh: false,
          domains: ['shop.example.com'],
          purposes: [],
          specialPurposes: [],
          description: 'Keeps you logged in',
        },
        {
          identifier: '_ga_*',
          type: 'cookie',
          maxAgeSeconds: 33_696_000,
          cookieRefresh: true,
          domains: ['example.com'],
          purposes: [1, 8, 9],
          specialPurposes: [1],
          description: 'Counts visits',
        },
        {
          identifier: '*_seen',
          type: 'web',
          maxAgeSeconds: null,
          domains: ['shop.example.com'],
          purposes: [1],
          specialPurposes: [],
          description: 'Remembers which tips you closed',
        },
        {
          identifier: 'ads',
          type: 'cookie',
          maxAgeSeconds: 63_072_000,
          cookieRefresh: false,
          domains: ['ads.example.net'],
          purposes: [1],
          specialPurposes: [],
          description: 'Shows ads',
        },
      ],
      domains: [{ domain: 'shop.example.com' }, { domain: 'example.com' }, { domain: 'ads.example.net' }],
    });
  });

  it('declares purpose 1 exactly when consent is required', () => {
    const policy = policyOf(
      defineCookie({ name: 'choice', category: 'preferences', consent: { exempt: 'consent-choice' }, purpose: 'x', duration: { months: 6 }, tcf: { purposes: [1, 10] } }),
      defineCookie({ name: 'theme', category: 'necessary', consent: 'required', purpose: 'x', provider: 'Acme', duration: { days: 1 } }),
    );
    const file = JSON.parse(renderPolicy(policy, { format: 'tcf' })) as TcfDeviceStorageDisclosure;
    expect(file.disclosures.map((disclosure) => disclosure.purposes)).toEqual([[10], [1]]);
  });

  it('refuses what the format cannot express, listing every declaration and why', () => {
    const policy = policyOf(
      defineCookie({ name: /^_pk_id\./, category: 'necessary', purpose: 'x', duration: { days: 1 } }),
      defineCookie({ name: 'ok', category: 'necessary', purpose: 'x', duration: { days: 1 } }),
      defineCookie({ name: 'forever', category: 'necessary', purpose: 'x' }),
    );
    let error: unknown;
    try {
      renderPolicy(policy, { format: 'tcf' });
    } catch (thrown) {
      error = thrown;
    }
    expect(error).toBeInstanceOf(TcfExportError);
    expect((error as TcfExportError).problems.map(({ index, name }) => ({ index, name }))).toEqual([
      { index: 0, name: '/^_pk_id\\./' },
      { index: 2, name: 'forever' },
    ]);
    expect((error as TcfExportError).message).toMatch(/cookies\[0\] \/\^_pk_id\\\.\/: a RegExp name has no TCF form/);
    expect((error as TcfExportError).message).toMatch(/cookies\[2\] forever: a cookie disclosure needs maxAgeSeconds: declare a duration/);
  });

  describe('against a JSON Schema of the IAB device-storage disclosure', () => {
    it('validates every export', () => {
      for (const policy of [variedPolicy, policyOf(defineCookie({ name: 'cart', storage: 'indexedDB', category: 'necessary', purpose: 'x' }))]) {
        const file: unknown = JSON.parse(renderPolicy(policy, { format: 'tcf' }));
        expect(validate(file), JSON.stringify(validate.errors)).toBe(true);
      }
    });

    it.each([
      ['a lone *', { identifier: '*' }],
      ['a * inside a name', { identifier: 'a*b' }],
      ['a cookie without maxAgeSeconds', { maxAgeSeconds: undefined }],
      ['a web item with a lifetime', { type: 'web', maxAgeSeconds: 60, cookieRefresh: undefined }],
      ['a domain with its scheme', { domains: ['https://shop.example.com'] }],
      ['both domains and domain', { domain: 'shop.example.com' }],
      ['a purpose the TCF does not have', { purposes: [12] }],
    ])('rejects %s, so that it can fail', (_case, change) => {
      const file = JSON.parse(renderPolicy(variedPolicy, { format: 'tcf' })) as { disclosures: Record<string, unknown>[] };
      file.disclosures[0] = JSON.parse(JSON.stringify({ ...file.disclosures[0], ...change })) as Record<string, unknown>;
      expect(validate(file)).toBe(false);
    });
  });
});
