import type { Core } from '@strapi/strapi';
import { contentTypes } from '@strapi/utils';
// The query engine's own column converters (no exports map: a plain deep require), so that a
// value reads here exactly as Strapi's `fromRow` reads it.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { createField } = require('@strapi/database/dist/fields/index.js') as { createField: (attribute: { type: string }) => { fromDB(value: unknown): unknown } };
import { isPublicReader } from './public-reads';
import { limitsOf } from './query-limits';
import { isPlainObject } from '../utils/is-plain-object';

/**
 * The two reads apps make most, answered by plain queries instead of Strapi's populate path,
 * with the same JSON:
 *  - one article, `GET /api/articles/:documentId` with
 *    `populate[quotes][populate][speaker]=true&populate[tags]=true`: one statement;
 *  - a page of articles with their tags, newest first, `GET /api/articles` with
 *    `populate[tags]=true&sort[0]=capturedAt:desc&pagination[page]=…&pagination[pageSize]=…`
 *    (each `pagination` key may be left out): the page, its total and the tags, three queries.
 *
 * Why: a miss of the one-article read cost ~20 ms of Node CPU (koa, authentication, validating
 * and sanitizing the query, the Document Service with its middlewares and transaction, the query
 * engine's populate with its knex compilation, sanitizing the output), spread over every step
 * with none above ~7%; the three queries and the rows' conversion cost ~1.3 ms. Of what was left
 * on this path, talking to PostgreSQL weighed most (profile at N = 1,000: the driver and its
 * socket writes ~35% of the request's Node CPU with three statements, ~22% with one).
 *
 * What is kept: everything before the controller (routing, authentication, the route's
 * permission, `find` or `findOne`, the request guard and its read budget, which counts these
 * queries' rows like any other), and everything after (the response, the read cache). What is
 * bypassed, and why the answer is the same:
 *  - query validation and sanitization: the query is exactly one fixed shape, which both
 *    accept unchanged when the role may find every type it populates (checked here with
 *    Strapi's own `strapi.auth.verify`, as its output sanitizer does; any role that may not
 *    goes Strapi's way, where the relation is stripped);
 *  - the Document Service and the query engine: the same rows (the published articles, for a
 *    list in Strapi's order, `captured_at` descending then `id`, and its count; the published
 *    quotes in `quote_ord` order; each quote's speaker; the tags in `tag_ord` order), converted
 *    by the engine's own field converters, relations placed as the engine places them; the
 *    visibility rule for public readers (src/bootstrap/public-reads.ts) holds by construction:
 *    a tag of a published article and the speaker of a published quote are visible, drafts are
 *    never read;
 *  - output sanitization: private attributes (`isPrivateAttribute`, as Strapi's sanitizer
 *    asks) and columns that are no attribute of the content API (`locale`, `created_by_id`)
 *    are left out;
 *  - the pagination: a page and a page size within `api.rest.maxLimit` give Strapi's
 *    `meta.pagination` (`page`, `pageSize`, `pageCount`, `total`).
 * Everything else (another populate, `fields`, `filters`, another `sort`, `status`, `locale`,
 * offset pagination, an API token, a role without one of those permissions, SQLite, the v4
 * response format, an unknown document) goes Strapi's way.
 * tests/integration/fast-article-read.test.ts and fast-article-list.test.ts compare the two
 * byte for byte.
 */

const ARTICLE = 'api::article.article';
const QUOTE = 'api::quote.quote';
const PERSON = 'api::person.person';
const TAG = 'api::tag.tag';
const ONE_ARTICLE_SCOPES = [`${QUOTE}.find`, `${PERSON}.find`, `${TAG}.find`];
const LIST_SCOPES = [`${TAG}.find`];

type Ctx = {
  query: Record<string, unknown>;
  headers: Record<string, string | string[] | undefined>;
  params: { id?: string };
  state: { auth?: unknown };
};
type Row = Record<string, unknown>;
type Attribute = { type: string; private?: boolean };
type Meta = {
  tableName: string;
  columnToAttribute: Record<string, string>;
  attributes: Record<string, Attribute & { joinTable?: { name: string; joinColumn: { name: string }; inverseJoinColumn: { name: string }; orderColumnName?: string } }>;
};
// knex, without importing it: the app does not depend on it directly.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Knex = any;

const quoted = (name: string) => `"${name.replace(/"/g, '""')}"`;

/** `populate[quotes][populate][speaker]=true&populate[tags]=true`, as koa's parser reads it, and nothing else. */
const isTheCommonShape = (query: Record<string, unknown>) => {
  const keys = Object.keys(query);
  if (keys.length !== 1 || keys[0] !== 'populate') return false;
  const populate = query.populate;
  if (!isPlainObject(populate) || Object.keys(populate).length !== 2 || populate.tags !== 'true') return false;
  const quotes = populate.quotes;
  if (!isPlainObject(quotes) || Object.keys(quotes).length !== 1) return false;
  const speaker = quotes.populate;
  return isPlainObject(speaker) && Object.keys(speaker).length === 1 && speaker.speaker === 'true';
};

/** The largest page number taken (Strapi's own bound on an offset is far beyond any reading). */
const MAX_PAGE = 1_000_000;
const PAGE_NUMBER = /^[1-9][0-9]{0,6}$/;

/**
 * `populate[tags]=true&sort[0]=capturedAt:desc` with `pagination[page]` and
 * `pagination[pageSize]` (either may be left out), as koa's parser reads it: the page asked for,
 * or null for any other query.
 */
const theListShape = (query: Record<string, unknown>, defaultLimit: number, maxLimit: number) => {
  const keys = Object.keys(query);
  if (keys.some((key) => key !== 'populate' && key !== 'sort' && key !== 'pagination')) return null;
  const populate = query.populate;
  if (!isPlainObject(populate) || Object.keys(populate).length !== 1 || populate.tags !== 'true') return null;
  const sort = query.sort;
  if (!Array.isArray(sort) || sort.length !== 1 || sort[0] !== 'capturedAt:desc') return null;
  const pagination = query.pagination ?? {};
  if (!isPlainObject(pagination) || Object.keys(pagination).some((key) => key !== 'page' && key !== 'pageSize')) return null;
  const { page = '1', pageSize = String(defaultLimit) } = pagination;
  if (typeof page !== 'string' || typeof pageSize !== 'string' || !PAGE_NUMBER.test(page) || !PAGE_NUMBER.test(pageSize)) return null;
  const at = { page: Number(page), pageSize: Number(pageSize) };
  return at.page <= MAX_PAGE && at.pageSize <= maxLimit ? at : null;
};

/**
 * One per Strapi, keyed on the process (the tests import this TypeScript source while Strapi
 * runs the compiled copy): `enabled` turns the fast path off (the tests compare it with
 * Strapi's own; FAST_READS=off at start), `served` counts the reads it answered.
 */
const KEY = Symbol.for('newsroom.fastArticleRead');
export const fastArticleReadOf = (strapi: Core.Strapi): FastArticleRead =>
  ((strapi as unknown as Record<symbol, FastArticleRead>)[KEY] ??= createFastArticleRead(strapi));

const createFastArticleRead = (strapi: Core.Strapi) => {
  const meta = (uid: string) => strapi.db.metadata.get(uid as never) as unknown as Meta;
  const knex = () => strapi.db.connection as Knex;

  /** The columns of `uid` the content API shows (what the output sanitizer keeps), with their attribute's name and converter. */
  const shownColumns = (uid: string) => {
    const model = strapi.getModel(uid as never) as unknown as { attributes: Record<string, Attribute> };
    const { columnToAttribute, attributes } = meta(uid);
    const shown = new Map<string, { name: string; field: { fromDB(value: unknown): unknown } }>();
    for (const [column, name] of Object.entries(columnToAttribute)) {
      const attribute = attributes[name];
      if (!contentTypes.isScalarAttribute(attribute as never) || !(name in model.attributes || name === 'id' || name === 'documentId') || contentTypes.isPrivateAttribute(model as never, name)) continue;
      shown.set(column, { name, field: createField(attribute) });
    }
    return shown;
  };

  /** A row as the query engine's `fromRow` reads it, less what the output sanitizer removes. */
  const reader = (uid: string) => {
    const shown = shownColumns(uid);
    return (row: Row): Row => {
      const entry: Row = {};
      for (const column in row) {
        const to = shown.get(column);
        if (to) entry[to.name] = row[column] === null ? null : to.field.fromDB(row[column]);
      }
      return entry;
    };
  };

  /** The list's row readers (the one-article read reads its rows by column place, `entryOf`). */
  let listReaders: Record<'article' | 'tag', (row: Row) => Row> | null = null;

  /** Rows of `uid` linked to `ids` through `from`'s relation `attribute`, each with the id it is linked to. */
  const linked = (from: string, attribute: string, to: string, ids: number[]) => {
    const { joinTable } = meta(from).attributes[attribute];
    const target = meta(to).tableName;
    const query = knex()
      .select(`${target}.*`, `${joinTable!.name}.${joinTable!.joinColumn.name} as __fast_owner`)
      .from(target)
      .join(joinTable!.name, `${joinTable!.name}.${joinTable!.inverseJoinColumn.name}`, `${target}.id`)
      .whereIn(`${joinTable!.name}.${joinTable!.joinColumn.name}`, ids);
    return { query, joinTable: joinTable! };
  };

  const mayFindEvery = async (auth: unknown, scopes: string[]) => {
    for (const scope of scopes) {
      try {
        await strapi.auth.verify(auth as never, { scope } as never);
      } catch {
        return false;
      }
    }
    return true;
  };

  /**
   * Whether this request may be answered here: the fast path is on, PostgreSQL, a public reader
   * who may find `scopes`, within the populate limits.
   */
  const mayAnswer = async (ctx: Ctx, scopes: string[], populated: { depth: number; relations: number }): Promise<boolean> => {
    if (!state.enabled || strapi.db.dialect.client !== 'postgres') return false;
    if (ctx.headers['strapi-response-format'] || ctx.headers['strapi-encode-source-maps']) return false;
    if (!isPublicReader(strapi)) return false;
    const limits = limitsOf(strapi);
    if (limits.maxPopulateDepth < populated.depth || limits.maxPopulated < populated.relations) return false;
    return mayFindEvery(ctx.state.auth, scopes);
  };

  /**
   * The one-article read as one statement, compiled once (knex compiles a builder anew for every
   * call): one round trip on one connection instead of three. Talking to PostgreSQL was the
   * largest cost left in Node (a socket write and a read per statement, the pool, the driver's
   * parse of each result: ~30% of the request's CPU with three statements).
   *
   * Each row is one of: the article (kind 0), a published quote in `quote_ord` order with its
   * speaker (kind 1; the first speaker link, were there more), a tag in `tag_ord` order
   * (kind 2). The columns of each table follow one another, under a prefix of their own, only
   * those the content API shows, in the table's order (the order `select *` gives them, and so
   * the order of the keys Strapi writes); the article's columns are filled on its own row only.
   */
  type Part = { prefix: string; columns: Array<{ column: string; name: string; field: { fromDB(value: unknown): unknown }; at: number }> };
  let oneArticle: Promise<{ parts: Record<'article' | 'quote' | 'person' | 'tag', Part>; sql: string; personId: number }> | null = null;
  const KIND = '__fast_kind';
  /**
   * A prepared statement of each pool connection, so that PostgreSQL plans it once per
   * connection, not for every read: planning it took ~0.7 ms, twice its execution (EXPLAIN
   * ANALYZE at N = 1,000), on the cores the app shares. (Not for a pooler in transaction mode,
   * such as PgBouncer's, which does not keep a connection's prepared statements.)
   */
  const STATEMENT_NAME = 'newsroom_fast_article_read';
  const oneArticleStatement = async () => {
    const table = (uid: string) => meta(uid).tableName;
    /** The columns of `uid` the content API shows, in the table's own order. */
    const part = async (uid: string, prefix: string): Promise<Part> => {
      const shown = shownColumns(uid);
      const { fields } = (await knex().raw('select * from ?? limit 0', [table(uid)])) as { fields: Array<{ name: string }> };
      return { prefix, columns: fields.flatMap(({ name }) => (shown.has(name) ? [{ column: name, ...shown.get(name)!, at: 0 }] : [])) };
    };
    const parts = {
      article: await part(ARTICLE, 'a$'),
      quote: await part(QUOTE, 'q$'),
      person: await part(PERSON, 'p$'),
      tag: await part(TAG, 't$'),
    };
    // Each column's place in a row (rows come as arrays: no object of every column for each row);
    // the kind is first.
    let at = 1;
    for (const { columns } of [parts.article, parts.quote, parts.person, parts.tag]) for (const column of columns) column.at = at++;
    const quotes = meta(ARTICLE).attributes.quotes.joinTable!;
    const tags = meta(ARTICLE).attributes.tags.joinTable!;
    const speaker = meta(QUOTE).attributes.speaker.joinTable!;
    const select = (alias: string, { prefix, columns }: Part) => columns.map(({ column }) => `${alias}.${quoted(column)} as ${quoted(prefix + column)}`);
    const sql = `select x.kind as ${quoted(KIND)}, ${[...select('a', parts.article), ...select('q', parts.quote), ...select('p', parts.person), ...select('t', parts.tag)].join(', ')}
      from (select id from ${quoted(table(ARTICLE))} where document_id = ? and published_at is not null limit 1) as found
      cross join lateral (
        select 0 as kind, 0 as ord, null::integer as quote_id, null::integer as tag_id
        union all
        select 1, l.${quoted(quotes.orderColumnName!)}, l.${quoted(quotes.inverseJoinColumn.name)}, null from ${quoted(quotes.name)} l where l.${quoted(quotes.joinColumn.name)} = found.id
        union all
        select 2, l.${quoted(tags.orderColumnName!)}, null, l.${quoted(tags.inverseJoinColumn.name)} from ${quoted(tags.name)} l where l.${quoted(tags.joinColumn.name)} = found.id
      ) as x
      left join ${quoted(table(ARTICLE))} a on x.kind = 0 and a.id = found.id
      left join ${quoted(table(QUOTE))} q on q.id = x.quote_id and q.published_at is not null
      left join lateral (select s.${quoted(speaker.inverseJoinColumn.name)} as person_id from ${quoted(speaker.name)} s where s.${quoted(speaker.joinColumn.name)} = q.id limit 1) as sp on true
      left join ${quoted(table(PERSON))} p on p.id = sp.person_id
      left join ${quoted(table(TAG))} t on t.id = x.tag_id
      where x.kind = 0 or q.id is not null or t.id is not null
      order by x.kind, x.ord`;
    return { parts, sql, personId: parts.person.columns.find(({ column }) => column === 'id')!.at };
  };

  /** A table's part of a row as the query engine's `fromRow` reads it, less what the output sanitizer removes. */
  const entryOf = (row: unknown[], { columns }: Part): Row => {
    const entry: Row = {};
    for (const { at, name, field } of columns) {
      const value = row[at];
      entry[name] = value === null ? null : field.fromDB(value);
    }
    return entry;
  };

  /** The response body of the common read, or undefined when Strapi's own path must answer. */
  const findOne = async (ctx: Ctx): Promise<unknown> => {
    if (!isTheCommonShape(ctx.query)) return undefined;
    if (!(await mayAnswer(ctx, ONE_ARTICLE_SCOPES, { depth: 2, relations: 3 }))) return undefined;
    const { parts, sql, personId } = await (oneArticle ??= oneArticleStatement());
    const { rows } = (await knex().raw(sql, [String(ctx.params.id)]).options({ rowMode: 'array', name: STATEMENT_NAME })) as { rows: unknown[][] };
    if (rows.length === 0) return undefined;

    // The article's row comes first (kind 0), then the quotes, then the tags.
    const data = entryOf(rows[0], parts.article);
    const quoteEntries: Row[] = [];
    const tagEntries: Row[] = [];
    for (let i = 1; i < rows.length; i += 1) {
      const row = rows[i];
      if (row[0] === 1) {
        const speaker = row[personId] === null ? null : entryOf(row, parts.person);
        quoteEntries.push({ ...entryOf(row, parts.quote), speaker });
      } else tagEntries.push(entryOf(row, parts.tag));
    }
    // Strapi's key order: the relations in the order the query names them, and a relation whose
    // entries hold a relation of their own (quotes, with their speaker) set again, at the end,
    // when it has entries (its output sanitizer rebuilds it).
    const relations: Row = { quotes: quoteEntries, tags: tagEntries };
    for (const name of Object.keys(ctx.query.populate as Row)) data[name] = relations[name];
    if (quoteEntries.length > 0) {
      delete data.quotes;
      data.quotes = quoteEntries;
    }
    state.served += 1;
    return { data, meta: {} };
  };

  /** The response body of the list of articles with their tags, or undefined when Strapi's own path must answer. */
  const find = async (ctx: Ctx): Promise<unknown> => {
    const rest = strapi.config.get('api.rest') as { defaultLimit?: number; maxLimit?: number };
    const at = theListShape(ctx.query, Number(rest.defaultLimit ?? 25), Number(rest.maxLimit ?? 100));
    if (!at || !(await mayAnswer(ctx, LIST_SCOPES, { depth: 1, relations: 1 }))) return undefined;
    const read = (listReaders ??= { article: reader(ARTICLE), tag: reader(TAG) });

    const articles = meta(ARTICLE).tableName;
    const published = () => knex().from(articles).whereNotNull('published_at');
    const [rows, [{ count }]] = (await Promise.all([
      published()
        .select('*')
        .orderBy([
          { column: 'captured_at', order: 'desc' },
          { column: 'id', order: 'asc' },
        ])
        .limit(at.pageSize)
        .offset((at.page - 1) * at.pageSize),
      published().count('id as count'),
    ])) as [Row[], Array<{ count: string | number }>];
    const total = Number(count);

    const tagsOf = new Map<unknown, Row[]>(rows.map((row) => [row.id, []]));
    if (rows.length > 0) {
      const tags = linked(ARTICLE, 'tags', TAG, rows.map((row) => row.id as number));
      const tagRows = (await tags.query.orderBy(`${tags.joinTable.name}.${tags.joinTable.orderColumnName}`, 'asc')) as Row[];
      for (const tag of tagRows) tagsOf.get(tag.__fast_owner)!.push(read.tag(tag));
    }
    const data = rows.map((row) => ({ ...read.article(row), tags: tagsOf.get(row.id) }));
    state.served += 1;
    return { data, meta: { pagination: { page: at.page, pageSize: at.pageSize, pageCount: Math.ceil(total / at.pageSize), total } } };
  };

  const state = { enabled: !/^(off|false|0|no)$/i.test(process.env.FAST_READS ?? ''), served: 0, findOne, find };
  return state;
};

export type FastArticleRead = ReturnType<typeof createFastArticleRead>;
