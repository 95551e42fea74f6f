import type { Core } from '@strapi/strapi';

/** Set on a request whose text/plain body is left for the controller to read as bytes. */
export const RAW_TEXT = Symbol.for('source-import.raw-text');

type Ctx = Parameters<Core.MiddlewareHandler>[0];

/**
 * Keeps the bytes of a text/plain page for the importer. Strapi's body parser would decode them
 * itself, as UTF-8 with every bad byte silently replaced by U+FFFD and a UTF-16 byte order mark
 * read as garbage, where a file sent as multipart reaches the reader as bytes. So, for the
 * plugin's check and import routes only, this runs before the body parser and hides the
 * text/plain type from it (remembered in `ctx.state`): the body stays unread, and the controller
 * reads it, after authentication, as bytes that the reader decodes like any file.
 */
export const rawTextBody = (strapi: Core.Strapi) => {
  const apiPrefix = String(strapi.config.get('api.rest.prefix', '/api')).replace(/\/+$/, '');
  const escaped = apiPrefix.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const routes = new RegExp(`^(?:${escaped})?/source-import/(?:check|imports)/?$`);

  return async (ctx: Ctx, next: () => Promise<unknown>) => {
    if (ctx.method === 'POST' && routes.test(ctx.path) && ctx.is('text/*')) {
      ctx.state[RAW_TEXT as unknown as string] = ctx.get('content-type');
      delete ctx.req.headers['content-type'];
    }
    await next();
  };
};
