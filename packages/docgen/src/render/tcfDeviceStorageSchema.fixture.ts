/**
 * A JSON Schema (draft 2020-12) of the IAB TCF "Vendor Device Storage & Operational Disclosures"
 * file, spec version 1.1, written from the spec's field table (shared/reference/declarations.md,
 * section 3): the IAB publishes no schema of its own. Rules the table states in words are
 * encoded too: a lone `*` is not an identifier, `*` only at its start or end; a cookie needs
 * `maxAgeSeconds` (an integer, 0 for a session) and `cookieRefresh`, anything else has
 * `maxAgeSeconds: null`; cookie and web items need their domains (`domains`, or the legacy
 * `domain`, never both); domains carry no scheme.
 */
export const tcfDeviceStorageSchema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'urn:cookie-ledger:test:iab-tcf-device-storage-disclosure:1.1',
  type: 'object',
  required: ['disclosures', 'domains'],
  properties: {
    disclosures: { type: 'array', items: { $ref: '#/$defs/disclosure' } },
    domains: {
      type: 'array',
      items: {
        type: 'object',
        required: ['domain'],
        properties: { domain: { $ref: '#/$defs/domain' }, use: { type: 'string' } },
        additionalProperties: false,
      },
    },
    sdks: {
      type: 'array',
      items: { type: 'object', required: ['name'], properties: { name: { type: 'string', minLength: 1 }, use: { type: 'string' } }, additionalProperties: false },
    },
  },
  additionalProperties: false,
  $defs: {
    domain: { type: 'string', minLength: 1, not: { pattern: '^[A-Za-z][A-Za-z0-9+.-]*://' } },
    // GVL purposes 1-11 (v2.2), special purposes 1-3.
    purposeIds: { type: 'array', items: { type: 'integer', minimum: 1, maximum: 11 }, uniqueItems: true },
    specialPurposeIds: { type: 'array', items: { type: 'integer', minimum: 1, maximum: 3 }, uniqueItems: true },
    disclosure: {
      type: 'object',
      required: ['identifier', 'type', 'purposes'],
      properties: {
        identifier: { type: 'string', minLength: 1, not: { const: '*' }, pattern: '^\\*?[^*]+\\*?$' },
        type: { enum: ['cookie', 'web', 'app'] },
        maxAgeSeconds: { type: ['integer', 'null'], minimum: 0 },
        cookieRefresh: { type: 'boolean' },
        domains: { type: 'array', minItems: 1, items: { $ref: '#/$defs/domain' } },
        domain: { $ref: '#/$defs/domain' },
        purposes: { $ref: '#/$defs/purposeIds' },
        specialPurposes: { $ref: '#/$defs/specialPurposeIds' },
        description: { type: 'string' },
        optOut: { type: 'boolean' },
      },
      additionalProperties: false,
      not: { required: ['domains', 'domain'] },
      allOf: [
        {
          if: { properties: { type: { const: 'cookie' } } },
          then: { required: ['maxAgeSeconds', 'cookieRefresh'], properties: { maxAgeSeconds: { type: 'integer' } } },
          else: { properties: { maxAgeSeconds: { type: 'null' } } },
        },
        {
          if: { properties: { type: { enum: ['cookie', 'web'] } } },
          then: { anyOf: [{ required: ['domains'] }, { required: ['domain'] }] },
        },
      ],
    },
  },
} as const;
