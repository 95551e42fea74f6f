import type { Core } from '@strapi/strapi';
import { isApiTokenClient } from '../bootstrap/published-reads';

/**
 * Strapi 5's content API honours `?status=draft` for anyone allowed to `find`, so a public
 * reader could ask for drafts. This route middleware drops the parameter unless the caller
 * authenticated with an API token (a server-side client such as a preview front end).
 * Public and users-permissions readers always get published content only.
 */
const publishedOnly: Core.MiddlewareFactory = () => async (ctx, next) => {
  if (!isApiTokenClient(ctx) && ctx.query && 'status' in ctx.query) {
    const { status: _dropped, ...rest } = ctx.query as Record<string, unknown>;
    ctx.query = rest;
  }
  await next();
};

export default publishedOnly;
