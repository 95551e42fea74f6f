/**
 * Standards outputs of a published article for apps: schema.org JSON-LD and IPTC ninjs.
 * Content-API routes: users-permissions checks `api::article.article.jsonld` / `.ninjs`, which
 * the Public and Authenticated roles are granted at start (src/bootstrap/permissions.ts).
 */
export default {
  type: 'content-api' as const,
  routes: [
    { method: 'GET' as const, path: '/articles/:documentId/jsonld', handler: 'api::article.article.jsonld', config: {} },
    { method: 'GET' as const, path: '/articles/:documentId/ninjs', handler: 'api::article.article.ninjs', config: {} },
  ],
};
