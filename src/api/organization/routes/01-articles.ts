/**
 * The published articles that mention an organization, found by its slug, name, acronym or any
 * of its aliases (`/organizations/Daesh/articles`), newest first and paginated. A content-API
 * route: users-permissions checks `api::organization.organization.articles`, granted to the
 * Public and Authenticated roles at start (src/bootstrap/permissions.ts).
 */
export default {
  type: 'content-api' as const,
  routes: [{ method: 'GET' as const, path: '/organizations/:name/articles', handler: 'api::organization.organization.articles', config: {} }],
};
