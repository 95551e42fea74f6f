import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { isPlainObject } from '../utils/is-plain-object';

/**
 * What one public read may cost. Strapi bounds page sizes (`api.rest.maxLimit`, GraphQL's
 * `maxLimit`) and GraphQL's depth; it does not bound how many relations a REST query populates,
 * how deep, how large its filters are, or how many rows and how much time a request takes in
 * all. Those are bounded here, for public readers only (`isPublicReader`):
 *
 *  - before any query runs (`checkQueryLimits`, from the query-params hook of
 *    `public-reads.ts`): filters of at most `maxFilterTerms` conditions and values in all
 *    (`$in` with 50,000 ids, `$or` with 5,000 branches), populate at most `maxPopulateDepth`
 *    levels deep and `maxPopulated` relations in all, offsets a database can take;
 *  - while the request runs (`watchReadBudget`): every database statement of the request first
 *    checks that the request has read fewer than `maxRows` rows and is younger than
 *    `timeoutMs`, else the request ends with a 400 (rows) or a 503 (time) and no further
 *    statement runs. On PostgreSQL a single statement is also bounded by `statement_timeout`
 *    (`DATABASE_STATEMENT_TIMEOUT_MS`, config/database.ts).
 *
 * Every refusal is a 4xx (or 503) in Strapi's error shape, naming the limit.
 */
export type ReadLimits = {
  maxFilterTerms: number;
  maxPopulateDepth: number;
  maxPopulated: number;
  maxRows: number;
  timeoutMs: number;
};

export const limitsOf = (strapi: Core.Strapi): ReadLimits => strapi.config.get('api.limits') as ReadLimits;

/** The largest offset both databases take (PostgreSQL's OFFSET is a bigint, but pages beyond this are no reading). */
const MAX_OFFSET = 2_147_483_647;

type Query = Record<string, unknown>;
type Attribute = { type: string; target?: string; component?: string };

const attributesOf = (strapi: Core.Strapi, uid: string): Record<string, Attribute> =>
  ((strapi.getModel(uid as never) as { attributes?: Record<string, Attribute> } | undefined)?.attributes ?? {});


/** How many conditions and values a `where` holds. */
const termsOf = (where: unknown): number => {
  if (Array.isArray(where)) return where.reduce((sum: number, item) => sum + Math.max(1, termsOf(item)), 0);
  if (isPlainObject(where)) return Object.values(where).reduce((sum: number, value) => sum + 1 + termsOf(value), 0);
  return 0;
};

const checkOffsets = (query: Query, path: string) => {
  for (const key of ['offset', 'limit'] as const) {
    const value = query[key];
    if (value === undefined || value === null) continue;
    const n = Number(value);
    if (!Number.isSafeInteger(n) || n < 0 || n > MAX_OFFSET) {
      throw new errors.ValidationError(`Invalid pagination: ${key === 'offset' ? 'start' : 'limit'} must be a whole number from 0 to ${MAX_OFFSET}`, {
        path: `${path}${key === 'offset' ? 'start' : 'limit'}`,
      });
    }
  }
};

/** Throws a 400 when a transformed query (`where`, `populate`, `offset`) is beyond the limits. */
export function checkQueryLimits(strapi: Core.Strapi, uid: string, query: Query) {
  const limits = limitsOf(strapi);
  let terms = termsOf(query.where);
  let populated = 0;
  checkOffsets(query, 'pagination.');

  /** `depth`: relations to content types above and at this level; components do not count. */
  const walk = (model: string, populate: unknown, above: number, path: string) => {
    if (!isPlainObject(populate)) return;
    const attributes = attributesOf(strapi, model);
    for (const [key, value] of Object.entries(populate)) {
      if (value === false) continue;
      populated += 1;
      const here = `${path}.${key}`;
      const target = attributes[key]?.target ?? attributes[key]?.component;
      const depth = attributes[key]?.type === 'component' ? above : above + 1;
      if (depth > limits.maxPopulateDepth) {
        throw new errors.ValidationError(`Invalid populate: at most ${limits.maxPopulateDepth} levels of relations (components do not count)`, { path: here, limit: limits.maxPopulateDepth });
      }
      if (populated > limits.maxPopulated) {
        throw new errors.ValidationError(`Invalid populate: at most ${limits.maxPopulated} relations in one request`, { path: here, limit: limits.maxPopulated });
      }
      if (!isPlainObject(value)) continue;
      terms += termsOf(value.where);
      checkOffsets(value, `${here}.`);
      if (target) walk(target, value.populate, depth, `${here}.populate`);
      if (isPlainObject(value.on)) for (const [component, sub] of Object.entries(value.on)) walk(component, isPlainObject(sub) ? sub.populate : undefined, depth, `${here}.on.${component}`);
    }
  };
  walk(uid, query.populate, 0, 'populate');

  if (terms > limits.maxFilterTerms) {
    throw new errors.ValidationError(`Invalid filters: at most ${limits.maxFilterTerms} conditions and values in one request`, {
      path: 'filters',
      limit: limits.maxFilterTerms,
    });
  }
}

type Budget = { started: number; rows: number };
type Ctx = { state: Record<string, unknown> };

/**
 * A read stopped for time: a 503 (the request guard answers it in Strapi's error shape; Strapi's
 * own error middleware knows no 503 of an ApplicationError).
 */
export class ReadTimeoutError extends errors.ApplicationError {
  readonly status = 503;
  constructor(message: string, details: Record<string, unknown>) {
    super(message, details);
    (this as { name: string }).name = 'ServiceUnavailableError';
  }
}
type KnexEvents = {
  on(event: 'query', listener: (query: { sql?: string }) => void): unknown;
  on(event: 'query-response', listener: (response: unknown, query: { sql?: string }) => void): unknown;
};

const BUDGET = Symbol('readBudget');
const isRead = (sql: string | undefined) => /^\s*select\b/i.test(sql ?? '');

/** Starts a request's budget: called by the request guard for every request. */
export const startReadBudget = (ctx: { state: Record<string | symbol, unknown> }) => {
  ctx.state[BUDGET as unknown as string] = { started: Date.now(), rows: 0 } satisfies Budget;
};

/**
 * Checks each statement a public reader's request sends against the request's budget. Thrown in
 * knex's `query` event, which is emitted before the statement is sent, in the async context of
 * the code that sends it: the statement is not run and the request ends with the error.
 */
export function watchReadBudget(strapi: Core.Strapi, isPublicReader: (strapi: Core.Strapi) => boolean) {
  const limits = limitsOf(strapi);
  const budgetOf = () => {
    const ctx = strapi.requestContext.get() as Ctx | undefined;
    const budget = ctx?.state?.[BUDGET as unknown as string] as Budget | undefined;
    // From authentication on: the reads that decide who is asking are not the request's own.
    return budget && ctx!.state.auth && isPublicReader(strapi) ? { budget } : null;
  };
  const connection = strapi.db.connection as unknown as KnexEvents;
  const tooManyRows = () =>
    new errors.ValidationError(
      `This request reads more than ${limits.maxRows} rows: ask for fewer entries (pagination), fewer relations (populate) or fewer fields`,
      { limit: limits.maxRows },
    );
  connection.on('query', (query) => {
    // Only reads are stopped: a transaction's BEGIN and ROLLBACK must still run.
    if (!isRead(query.sql)) return;
    const found = budgetOf();
    if (!found) return;
    const { budget } = found;
    if (budget.rows > limits.maxRows) throw tooManyRows();
    if (Date.now() - budget.started > limits.timeoutMs) {
      throw new ReadTimeoutError(`This request took longer than ${limits.timeoutMs} ms and was stopped: ask for less at once`, { limit: limits.timeoutMs });
    }
  });
  // Thrown in knex's `query-response`, emitted in the promise chain of the statement: the rows
  // just read are dropped before Strapi turns them into entries.
  connection.on('query-response', (response, query) => {
    if (!isRead(query.sql)) return;
    const found = budgetOf();
    if (!found) return;
    const rows = Array.isArray(response) ? response.length : ((response as { rows?: unknown[] } | null)?.rows?.length ?? 0);
    found.budget.rows += rows;
    if (found.budget.rows > limits.maxRows) throw tooManyRows();
  });
}
