import { anyOf, importedFrom, memberOf } from './shapes.js';
import type { OptionIs, SinkFamily } from './types.js';

const AUTHORIZED = 'authorized';
const EXPRESS = 'swagger-ui-express';
const PERSISTING: OptionIs = { key: 'persistAuthorization', value: true };

/**
 * Swagger UI: with `persistAuthorization: true` (off by default) it keeps the authorizations a
 * user enters in localStorage `authorized`, so that they survive a reload. React's
 * `<SwaggerUI persistAuthorization>`, and `SwaggerUI({ persistAuthorization: true })` of
 * swagger-ui or `SwaggerUIBundle(...)` of swagger-ui-dist; the page swagger-ui-express serves
 * keeps it too when `setup(document, { swaggerOptions: { persistAuthorization: true } })` says so.
 */
export const swaggerUi: SinkFamily = {
  id: 'swagger-ui',
  description: 'Swagger UI (`<SwaggerUI persistAuthorization>`, `SwaggerUI({ persistAuthorization: true })`, swagger-ui-express `setup(doc, { swaggerOptions })`: localStorage `authorized`)',
  storage: 'localStorage',
  noun: 'key',
  browser: true,
  triggers: ['swagger-ui'],
  sinks: [
    { kind: 'element', component: importedFrom('swagger-ui-react', 'default'), defaultName: AUTHORIZED, onlyWhen: PERSISTING },
    {
      kind: 'config',
      callee: anyOf([importedFrom('swagger-ui', 'default'), importedFrom('swagger-ui-dist', 'SwaggerUIBundle'), importedFrom('swagger-ui-dist/swagger-ui-bundle.js', 'default')]),
      argument: 0,
      nameKeys: [],
      defaultName: AUTHORIZED,
      onlyWhen: PERSISTING,
    },
    {
      kind: 'config',
      callee: anyOf([memberOf(importedFrom(EXPRESS, 'default'), 'setup'), importedFrom(EXPRESS, 'setup')]),
      argument: 1,
      nestedKey: 'swaggerOptions',
      nameKeys: [],
      defaultName: AUTHORIZED,
      onlyWhen: PERSISTING,
    },
  ],
};
