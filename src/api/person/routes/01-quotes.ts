/**
 * The published quotes of a person, by slug, in article order and paginated. A content-API
 * route: users-permissions checks `api::person.person.quotes`, granted to the Public and
 * Authenticated roles at start (src/bootstrap/permissions.ts).
 */
export default {
  type: 'content-api' as const,
  routes: [{ method: 'GET' as const, path: '/people/:slug/quotes', handler: 'api::person.person.quotes', config: {} }],
};
