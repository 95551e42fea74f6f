import type { Core } from '@strapi/strapi';
import { changeFeedOf } from '../bootstrap/change-feed';
import { ANY_WRITE, cachedTypes, readCacheOf, type Dependencies } from '../bootstrap/read-cache';

type Ctx = Parameters<Core.MiddlewareHandler>[0];

/** Any `status` parameter but `status=published`, in any spelling (`status[0]=draft`). */
const ASKS_FOR_A_STATUS = /(?:^|&)status(?!=published(?:&|$))/i;

/**
 * Serves anonymous reads of published content from the read cache (`src/bootstrap/read-cache.ts`):
 * REST GETs under `/api/{articles,quotes,people,organizations,tags}` and GraphQL queries sent
 * as JSON. Runs before routing, authentication and the controllers, so a hit costs one read of
 * the change log's version (a one-row read on PostgreSQL, a pragma on SQLite) instead of the
 * queries of the read; the response carries `X-Cache: HIT` or `MISS`.
 *
 * Only what every anonymous reader is served the same is kept: no request with an
 * Authorization header (API tokens may read drafts, users have roles of their own), no
 * `status=draft`, no GraphQL mutation, nothing but a 200 without GraphQL errors. Such reads are
 * forced to published content (`src/bootstrap/public-reads.ts`), so a cached response never
 * holds a draft.
 *
 * What a response holds decides what drops it (`Dependencies`): a REST read of one document or
 * a list is dropped by a write of any document in it (every `documentId` in the body: the
 * document, what it embeds), or of a link in a relation it shows of one of them (an article's
 * tags, not the tag's articles, when it shows the tags); a list also by any write of its type
 * (a published row: a draft's save drops nothing); a read whose answer depends
 * on documents it does not show (a filter or a sort through a relation, a filtered populate,
 * the routes of our own such as `/jsonld`) and a GraphQL query (whose answer need not name its
 * documents) by any write of content. A permission taken from the Public role, like any write
 * the change log cannot place, empties the cache.
 *
 * The key is the method, the origin (the standards outputs name it when PUBLIC_URL is not set),
 * the URL, and for GraphQL the Accept header and the request body.
 */
export default (_config: unknown, { strapi }: { strapi: Core.Strapi }) => {
  const cache = readCacheOf(strapi);
  if (!cache) return (_ctx: Ctx, next: () => Promise<unknown>) => next();
  const feed = changeFeedOf(strapi);

  const prefix = (strapi.config.get('api.rest.prefix') as string | undefined) ?? '/api';
  const types = cachedTypes(strapi);
  const restPaths = new RegExp(`^${escape(prefix)}/(${[...types.keys()].join('|')})(/|$)`);
  const corePaths = new RegExp(`^${escape(prefix)}/(${[...types.keys()].join('|')})(?:/([^/]+))?/?$`);

  /** What drops a response to this request once kept. */
  const dependenciesOf = (ctx: Ctx, body: unknown): Dependencies => {
    if (ctx.method !== 'GET') return ANY_WRITE;
    const core = corePaths.exec(ctx.path);
    if (!core) return ANY_WRITE;
    const type = types.get(core[1])!;
    if (reachesOtherDocuments(ctx.querystring, type.relations)) return ANY_WRITE;
    const documents = documentIdsIn(body);
    if (!documents) return ANY_WRITE;
    return { documents, list: core[2] === undefined ? type.table : null, any: false };
  };
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
    const verified = await feed.verifyFor(ctx);
    const hit = verified ? cache.get(key) : undefined;
    if (hit) {
      cache.stats.hits += 1;
      ctx.status = 200;
      ctx.type = hit.type;
      ctx.body = hit.body;
      ctx.set('X-Cache', 'HIT');
      return;
    }

    const generation = cache.generation;
    await next();
    ctx.set('X-Cache', 'MISS');
    cache.stats.misses += 1;
    if (!verified || ctx.status !== 200) return;
    const dependencies = dependenciesOf(ctx, ctx.body);

    const body = serialized(ctx.body);
    if (!body) return;
    if (ctx.method === 'POST' && hasGraphqlErrors(body)) return;
    const type = ctx.response.get('Content-Type');
    if (!type) return;
    // The same bytes koa would have sent for an object body, now sent as they are kept.
    ctx.body = body;
    cache.set(key, generation, { body, type }, dependencies);
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

/**
 * Whether a REST query's answer depends on documents it may not show: a filter or a sort that
 * names a relation (or a component, a media field) of the type, a filter inside a populate,
 * a search.
 */
function reachesOtherDocuments(querystring: string, relations: Set<string>): boolean {
  if (!querystring) return false;
  for (const [key, value] of new URLSearchParams(querystring)) {
    if (/^populate\b/.test(key) && /\[filters\]/.test(key)) return true;
    if (/^_q$/.test(key)) return true;
    if (!/^(filters|sort)\b/.test(key)) continue;
    for (const word of `${key} ${value}`.split(/[^\w]+/)) if (relations.has(word)) return true;
  }
  return false;
}

/**
 * Every `documentId` in a response body, and `documentId#key` for each key of that document's
 * that holds an object, an array or null (its relations as shown, among other things); null
 * when the body cannot be read as JSON.
 */
function documentIdsIn(body: unknown): string[] | null {
  let value = body;
  if (Buffer.isBuffer(value) || typeof value === 'string') {
    try {
      value = JSON.parse(value.toString());
    } catch {
      return null;
    }
  }
  if (value === null || typeof value !== 'object') return null;
  const found = new Set<string>();
  const walk = (node: unknown) => {
    if (Array.isArray(node)) for (const item of node) walk(item);
    else if (node !== null && typeof node === 'object') {
      const documentId = (node as { documentId?: unknown }).documentId;
      for (const [name, child] of Object.entries(node)) {
        if (typeof child !== 'object') continue;
        // What may be a relation of the document (a populated one, or one populated empty).
        if (typeof documentId === 'string') found.add(`${documentId}#${name}`);
        if (child !== null) walk(child);
      }
      if (typeof documentId === 'string') found.add(documentId);
    }
  };
  walk(value);
  return [...found];
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
