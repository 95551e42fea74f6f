import type { Core } from '@strapi/strapi';
import { readCacheOf } from '../bootstrap/read-cache';

type Ctx = Parameters<Core.MiddlewareHandler>[0];

/** Any `status` parameter but `status=published`, in any spelling (`status[0]=draft`). */
const ASKS_FOR_A_STATUS = /(?:^|&)status(?!=published(?:&|$))/i;

/** The content types whose REST routes are cached: every GET under their plural path. */
const CACHED_TYPES = ['articles', 'quotes', 'people', 'organizations', 'tags'];

/**
 * Serves anonymous reads of published content from the read cache (`src/bootstrap/read-cache.ts`):
 * REST GETs under `/api/{articles,quotes,people,organizations,tags}` and GraphQL queries sent
 * as JSON. Runs before routing, authentication and the controllers, so a hit costs one read of
 * the data version (a one-row read on PostgreSQL, a pragma on SQLite) instead of the queries
 * of the read; the response carries `X-Cache: HIT` or `MISS`.
 *
 * Only what every anonymous reader is served the same is kept: no request with an
 * Authorization header (API tokens may read drafts, users have roles of their own), no
 * `status=draft`, no GraphQL mutation, nothing but a 200 without GraphQL errors. Such reads are
 * forced to published content (`src/bootstrap/public-reads.ts`), so a cached response never
 * holds a draft. A permission taken from the Public role empties the cache like any other write.
 *
 * The key is the method, the origin (the standards outputs name it when PUBLIC_URL is not set),
 * the URL, and for GraphQL the Accept header and the request body.
 */
export default (_config: unknown, { strapi }: { strapi: Core.Strapi }) => {
  const cache = readCacheOf(strapi);
  if (!cache) return (_ctx: Ctx, next: () => Promise<unknown>) => next();

  const prefix = (strapi.config.get('api.rest.prefix') as string | undefined) ?? '/api';
  const restPaths = new RegExp(`^${escape(prefix)}/(${CACHED_TYPES.join('|')})(/|$)`);
  const graphqlPath = (strapi.config.get('plugin::graphql.endpoint') as string | undefined) ?? '/graphql';

  const keyOf = (ctx: Ctx): string | null => {
    if (ctx.get('authorization')) return null;
    if (ctx.method === 'GET' && restPaths.test(ctx.path)) {
      if (ASKS_FOR_A_STATUS.test(ctx.querystring)) return null;
      return `GET ${ctx.origin}${ctx.url}`;
    }
    if (ctx.method === 'POST' && ctx.path === graphqlPath && ctx.is('application/json') && !ctx.get('content-encoding')) {
      const read = graphqlBodyOf(ctx);
      if (!read) return null;
      const { text, body } = read;
      const query = (body as { query?: unknown } | null)?.query;
      // Mutations and subscriptions are never cached; a field so named only costs a miss.
      if (typeof query !== 'string' || /\b(mutation|subscription)\b/.test(query)) return null;
      return `POST ${ctx.origin}${ctx.path} ${ctx.get('accept')} ${text}`;
    }
    return null;
  };

  return async (ctx: Ctx, next: () => Promise<unknown>) => {
    const key = keyOf(ctx);
    if (key === null) return next();

    // The data version is read again first (a question to the database sent now): a write
    // committed anywhere before this request came empties the cache before it is looked in,
    // and a response made now is kept under the version it was read after.
    const verified = await cache.verify();
    const hit = verified ? cache.get(key) : undefined;
    if (hit) {
      ctx.status = 200;
      ctx.type = hit.type;
      ctx.body = hit.body;
      ctx.set('X-Cache', 'HIT');
      return;
    }

    const generation = cache.generation;
    await next();
    ctx.set('X-Cache', 'MISS');
    if (!verified || ctx.status !== 200) return;

    const body = serialized(ctx.body);
    if (!body) return;
    if (ctx.method === 'POST' && hasGraphqlErrors(body)) return;
    const type = ctx.response.get('Content-Type');
    if (!type) return;
    // The same bytes koa would have sent for an object body, now sent as they are kept.
    ctx.body = body;
    cache.set(key, generation, { body, type });
  };
};

/**
 * The GraphQL request's body, as the request guard (src/middlewares/request-guard.ts, which runs
 * first) read and parsed it; null when it did not (then the request is not cached).
 */
function graphqlBodyOf(ctx: Ctx): { text: string; body: unknown } | null {
  const request = ctx.request as { body?: unknown; rawBody?: unknown };
  return typeof request.rawBody === 'string' ? { text: request.rawBody, body: request.body } : null;
}

/** The response body as bytes, or null for what cannot be kept (streams, nothing). */
function serialized(body: unknown): Buffer | null {
  if (Buffer.isBuffer(body)) return body;
  if (typeof body === 'string') return Buffer.from(body);
  if (body === null || body === undefined || typeof (body as { pipe?: unknown }).pipe === 'function') return null;
  return Buffer.from(JSON.stringify(body));
}

function hasGraphqlErrors(body: Buffer) {
  try {
    return 'errors' in (JSON.parse(body.toString('utf8')) as object);
  } catch {
    return true;
  }
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
