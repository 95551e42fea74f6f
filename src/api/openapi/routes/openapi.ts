/**
 * `GET /api/openapi.json`: the OpenAPI description of the content API (services/openapi.ts).
 * Open to anyone without a permission row (`auth: false`), like Strapi's own `/openapi.json`:
 * it describes the routes, never content.
 */
export default {
  type: 'content-api' as const,
  routes: [{ method: 'GET' as const, path: '/openapi.json', handler: 'api::openapi.openapi.document', config: { auth: false } }],
};
