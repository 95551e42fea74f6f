import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { ReadTimeoutError, startReadBudget } from '../bootstrap/query-limits';
import { checkDocument, GraphqlLimitError, type GraphqlLimits } from '../graphql/limits';

type Ctx = Parameters<Core.MiddlewareHandler>[0];

/**
 * The first check of every request, before the read cache, routing and authentication: what no
 * route should ever receive is refused here with a 4xx in the API's error shape.
 *
 *  - a NUL character anywhere in the URL (`/api/articles/%00`, `filters[name][$eq]=%00`):
 *    PostgreSQL refuses it in any text, and no name or id holds one;
 *  - GraphQL (`/graphql`, in any letter case): a document that does not parse within its token
 *    limit, a subscription, a fragment that spreads itself, too many aliases
 *    (`src/graphql/limits.ts`); NUL in the body;
 *  - a value PostgreSQL refuses as data (SQLSTATE class 22: text too long, a number out of
 *    range, an unreadable date) is the request's mistake: a 400 naming the kind, never the SQL.
 *
 * It also starts the request's read budget (rows and time, `src/bootstrap/query-limits.ts`) and,
 * on the way out, strips internal errors of GraphQL responses down to "Internal Server Error":
 * Strapi's GraphQL error formatter copies the original message (SQL, table names, bound values)
 * into `extensions.error`.
 */
export default (_config: unknown, { strapi }: { strapi: Core.Strapi }) => {
  const endpoint = ((strapi.config.get('plugin::graphql.endpoint') as string | undefined) ?? '/graphql').toLowerCase();
  const limits = (strapi.config.get('api.limits') as { graphql: GraphqlLimits }).graphql;

  return async (ctx: Ctx, next: () => Promise<unknown>) => {
    startReadBudget(ctx as never);
    if (/%00|\u0000/i.test(ctx.url)) throw new errors.ValidationError('Unexpected NUL character (`%00`) in the URL');

    const graphql = ctx.path.toLowerCase().replace(/\/+$/, '') === endpoint;
    if (graphql) {
      // One spelling of the endpoint downstream (Strapi's router matches `/GraphQL` too, its
      // body parser and the read cache compare the exact URL); a POST's query string means
      // nothing to GraphQL.
      ctx.url = ctx.method === 'GET' && ctx.querystring ? `${endpoint}?${ctx.querystring}` : endpoint;
      const refusal = await checkGraphqlRequest(ctx, limits);
      if (refusal) {
        ctx.status = 400;
        ctx.body = { errors: [refusal.toJSON()] };
        return;
      }
    }

    try {
      await next();
    } catch (error) {
      if (error instanceof ReadTimeoutError) {
        ctx.status = error.status;
        ctx.body = { data: null, error: { status: error.status, name: error.name, message: error.message, details: error.details } };
        return;
      }
      throw asDataError(error) ?? error;
    }
    if (graphql) stripInternalErrors(ctx);
  };
};

/** What koa-bodyparser accepts for the GraphQL plugin: JSON up to 1 MB. */
const GRAPHQL_BODY_LIMIT = 1024 * 1024;

/** The refusal of a GraphQL request, or null. Reads a JSON body once and hands it on parsed. */
async function checkGraphqlRequest(ctx: Ctx, limits: GraphqlLimits): Promise<GraphqlLimitError | null> {
  let query: unknown;
  let variables: unknown;
  if (ctx.method === 'GET') {
    query = ctx.query.query;
    variables = ctx.query.variables;
  } else if (ctx.method === 'POST' && ctx.is('application/json') && !ctx.get('content-encoding')) {
    const text = await readBody(ctx);
    if (/\\u0000|\u0000/.test(text)) return new GraphqlLimitError('Unexpected NUL character in the request', 'BAD_USER_INPUT');
    let body: unknown;
    try {
      body = JSON.parse(text);
    } catch {
      return new GraphqlLimitError('The request body is not valid JSON', 'BAD_REQUEST');
    }
    // koa-bodyparser (the GraphQL plugin's) leaves a request whose body is set alone.
    const request = ctx.request as { body?: unknown; rawBody?: string };
    request.body = body;
    request.rawBody = text;
    query = (body as { query?: unknown } | null)?.query;
    variables = (body as { variables?: unknown } | null)?.variables;
  }
  if (typeof query !== 'string') return null;
  try {
    checkDocument(query, limits, variables);
    return null;
  } catch (error) {
    if (error instanceof GraphqlLimitError) return error;
    throw error;
  }
}

async function readBody(ctx: Ctx): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of ctx.req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > GRAPHQL_BODY_LIMIT) throw new errors.PayloadTooLargeError(`The request body is larger than ${GRAPHQL_BODY_LIMIT} bytes`);
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/** PostgreSQL's data exceptions (SQLSTATE 22xxx) by what the caller sent. */
const DATA_ERRORS: Record<string, string> = {
  '22001': 'a value is longer than its field allows',
  '22003': 'a number is out of range',
  '22007': 'a date or time is not valid',
  '22008': 'a date or time is out of range',
  '22021': 'a text holds a character the database cannot store (NUL)',
  '22P02': 'a value is not of the expected type',
  '22P05': 'a text holds a character the database cannot store (NUL)',
};

const asDataError = (error: unknown) => {
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code !== 'string' || !code.startsWith('22')) return null;
  return new errors.ValidationError(`Invalid value: ${DATA_ERRORS[code] ?? 'the database refused a value'}`, { code });
};

type GraphqlResponse = { errors?: Array<{ message?: string; locations?: unknown; path?: unknown; extensions?: Record<string, unknown> }> };

/** Internal errors say no more than "Internal Server Error"; no stack trace in any error. */
function stripInternalErrors(ctx: Ctx) {
  const body = ctx.body;
  const text = typeof body === 'string' ? body : Buffer.isBuffer(body) ? body.toString('utf8') : null;
  if (text === null || !text.includes('"errors"')) return;
  let parsed: GraphqlResponse;
  try {
    parsed = JSON.parse(text) as GraphqlResponse;
  } catch {
    return;
  }
  if (!Array.isArray(parsed.errors)) return;
  parsed.errors = parsed.errors.map((error) => {
    const code = error.extensions?.code;
    if (code === undefined || code === 'INTERNAL_SERVER_ERROR') {
      return { message: 'Internal Server Error', locations: error.locations, path: error.path, extensions: { code: 'INTERNAL_SERVER_ERROR' } };
    }
    const { stacktrace: _stacktrace, ...extensions } = error.extensions ?? {};
    return { ...error, extensions };
  });
  ctx.body = JSON.stringify(parsed);
}
