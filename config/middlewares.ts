import type { Core } from '@strapi/strapi';

const config: Core.Config.Middlewares = [
  'strapi::logger',
  'strapi::errors',
  'strapi::security',
  'strapi::cors',
  'strapi::poweredBy',
  // What no route should receive (NUL in a URL, hostile GraphQL documents), refused first;
  // starts each request's read budget (src/middlewares/request-guard.ts).
  'global::request-guard',
  // The admin's requests for features this edition lacks (AI) answered "off", not 404
  // (src/middlewares/absent-features.ts).
  'global::absent-features',
  // Anonymous reads of published content served from memory until the next write
  // (src/middlewares/read-cache.ts): after the error handler and the security and CORS
  // headers, before the query and body parsers, routing and authentication, which a hit skips.
  'global::read-cache',
  'strapi::query',
  {
    // Captured pages arrive as text/plain, JSON or multipart files; the importer's own limit
    // (IMPORT_MAX_BYTES, 5 MB) gives the clear error, these only keep a margin above it.
    name: 'strapi::body',
    config: {
      textLimit: '8mb',
      jsonLimit: '8mb',
      formLimit: '8mb',
      formidable: { maxFileSize: 8 * 1024 * 1024 },
    },
  },
  'strapi::session',
  'strapi::favicon',
  'strapi::public',
];

export default config;
