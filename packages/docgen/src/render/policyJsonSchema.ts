import { CONSENT_EXEMPTIONS, COOKIE_CATEGORIES, DURATION_UNITS, PARTIES, SAME_SITE_VALUES, SET_BY_VALUES, STORAGE_KINDS } from '@cookie-ledger/core';

const text = { type: 'string' } as const;
const purposeIds = { type: 'array', items: { type: 'integer', minimum: 1 } } as const;
const fixedPart = (kind: string) =>
  ({
    type: 'object',
    required: ['kind', 'value'],
    additionalProperties: false,
    properties: { kind: { const: kind }, value: { type: 'string', minLength: 1 } },
  }) as const;

/**
 * The JSON Schema (draft 2020-12) of the JSON export ({@link PolicyJson}), for tools that read
 * it. Enumerations come from core's constants, so the schema follows the declaration model.
 */
export const policyJsonSchema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'urn:cookie-ledger:policy-json:1',
  title: 'cookie-ledger policy',
  description: 'A cookie policy as `cookie-ledger docs --format json` writes it: every item the site stores on a visitor’s device, texts in one locale.',
  type: 'object',
  required: ['formatVersion', 'owner', 'locale', 'locales', 'cookies'],
  additionalProperties: false,
  properties: {
    formatVersion: { const: 1 },
    owner: text,
    site: text,
    locale: text,
    locales: { type: 'array', items: text, minItems: 1 },
    cookies: { type: 'array', items: { $ref: '#/$defs/cookie' } },
  },
  $defs: {
    cookie: {
      type: 'object',
      required: ['name', 'nameText', 'match', 'storage', 'provider', 'party', 'category', 'consent', 'purpose', 'locations', 'attributes', 'setBy'],
      additionalProperties: false,
      properties: {
        name: { ...text, description: 'As declared: a name, a `*` pattern, or a RegExp written /source/flags.' },
        nameText: { ...text, description: 'The name in words.' },
        match: {
          oneOf: [
            fixedPart('exact'),
            fixedPart('prefix'),
            fixedPart('suffix'),
            {
              type: 'object',
              required: ['kind', 'source', 'flags'],
              additionalProperties: false,
              properties: { kind: { const: 'regex' }, source: text, flags: text },
            },
          ],
        },
        storage: { enum: [...STORAGE_KINDS] },
        provider: {
          type: 'object',
          required: ['name'],
          additionalProperties: false,
          properties: { name: text, url: text, privacyPolicy: text, country: text },
        },
        party: { enum: [...PARTIES] },
        category: { enum: [...COOKIE_CATEGORIES] },
        consent: {
          type: 'object',
          required: ['required'],
          additionalProperties: false,
          properties: { required: { type: 'boolean' }, exemption: { enum: [...CONSENT_EXEMPTIONS] } },
        },
        purpose: text,
        feature: text,
        locations: { type: 'array', items: text },
        condition: text,
        duration: { $ref: '#/$defs/duration' },
        domain: text,
        attributes: {
          type: 'object',
          additionalProperties: false,
          properties: {
            httpOnly: { type: 'boolean' },
            secure: { type: 'boolean' },
            sameSite: { enum: [...SAME_SITE_VALUES] },
            domain: text,
            path: text,
            partitioned: { type: 'boolean' },
          },
        },
        setBy: { enum: [...SET_BY_VALUES] },
        tcf: {
          type: 'object',
          required: ['purposes', 'specialPurposes'],
          additionalProperties: false,
          properties: { purposes: purposeIds, specialPurposes: purposeIds },
        },
      },
    },
    duration: {
      type: 'object',
      required: ['session', 'seconds', 'refresh', 'text'],
      additionalProperties: false,
      properties: {
        session: { type: 'boolean' },
        seconds: { type: 'integer', minimum: 0 },
        unit: { enum: [...DURATION_UNITS] },
        amount: { type: 'number', exclusiveMinimum: 0 },
        refresh: { type: 'boolean' },
        text,
      },
    },
  },
} as const;
