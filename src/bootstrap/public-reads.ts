import type { Core, UID } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { checkQueryLimits } from './query-limits';
import { isPlainObject } from '../utils/is-plain-object';

/**
 * What a public reader (anonymous, or a users-permissions user) may read, enforced where every
 * read of content passes, whatever the route, the path's spelling or the API (REST, GraphQL,
 * the named routes):
 *
 *  - drafts never: a content type with draft & publish is read from its published rows only, at
 *    the root, in every populated relation at any depth, and in every filter that goes through a
 *    relation (`/api/tags?filters[articles][headline][$contains]=…` matches published articles
 *    only);
 *  - Person, Organization and Tag only when linked to published content (an embargoed story's
 *    names stay private until it is published): a tag used by a published article; a person
 *    mentioned by a published article or the speaker of a published quote; an organization
 *    mentioned by a published article, named as a published quote's speaker's organization, or
 *    linked to a visible person (their organizations and affiliations).
 *
 * API-token clients (a preview front end, a pipeline) and the admin read everything; so do the
 * import routes, whose service must see the drafts it updates, and code running outside any
 * request (the CLI, the start-up import).
 *
 * How: every read of the Document Service and of GraphQL's relation resolvers turns its query
 * parameters into a database query through Strapi's `query-params` service. Its `transform` is
 * wrapped here so that, for a public reader, the query carries a `filters` function, which the
 * query engine applies to the root query and hands down to every populate sub-query (the
 * mechanism Strapi's own publication filter uses), and its `where` is rewritten so that each
 * relation it joins is held to the same rule. The Document Service middleware also forces
 * `status=published` so that no draft version is even looked up.
 */

type Ctx = {
  path?: string;
  state?: {
    auth?: { strategy?: { name?: string } };
    route?: { info?: { type?: string; pluginName?: string } };
  };
};

/** API tokens authenticate with this strategy (`api-token` in earlier Strapi 5 releases). */
const PRIVILEGED_STRATEGIES = new Set(['admin', 'content-api-token', 'api-token']);
const IMPORT_PLUGIN = 'source-import';

/**
 * Whether the current request (if any) is a public reader's. Decided on who is asking and which
 * route answers, never on the path's spelling: Strapi's router matches paths regardless of case.
 */
export const isPublicReader = (strapi: Core.Strapi): boolean => {
  const ctx = strapi.requestContext.get() as Ctx | undefined;
  if (!ctx) return false;
  if (PRIVILEGED_STRATEGIES.has(ctx.state?.auth?.strategy?.name ?? '')) return false;
  const route = ctx.state?.route?.info;
  if (route?.pluginName === IMPORT_PLUGIN) return false;
  // Before routing (a middleware's own read) the path tells; admin routes authenticate as admin.
  if (!route && ctx.path?.toLowerCase().startsWith(`/api/${IMPORT_PLUGIN}/`)) return false;
  return true;
};

const READS = new Set(['findOne', 'findFirst', 'findMany', 'count']);

type Attribute = { type: string; relation?: string; target?: string; joinTable?: JoinTable; component?: string };
type JoinTable = { name: string; joinColumn: { name: string }; inverseJoinColumn: { name: string }; on?: Record<string, unknown> };
type Meta = { uid: string; tableName: string; attributes: Record<string, Attribute> };
type Where = Record<string, unknown>;
// knex's builder, without importing knex: the app does not depend on it directly.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Knex = any;

const ARTICLE = 'api::article.article';
const QUOTE = 'api::quote.quote';
const PERSON = 'api::person.person';
const ORGANIZATION = 'api::organization.organization';
const TAG = 'api::tag.tag';
const AFFILIATION = 'news.affiliation';

export const registerPublicReads = (strapi: Core.Strapi) => {
  const draftAndPublish = (uid: string) =>
    Boolean((strapi.contentTypes[uid as UID.ContentType] as { options?: { draftAndPublish?: boolean } } | undefined)?.options?.draftAndPublish);
  const meta = (uid: string) => strapi.db.metadata.get(uid as never) as unknown as Meta;
  const knex = () => strapi.db.connection as Knex;

  /**
   * The ids of `uid`'s rows linked from the published rows of `from` through its relation
   * `attribute`. With `outerId` (the aliased id column of the query being filtered), only the
   * first link of that row: a correlated sub-query that PostgreSQL runs as one index probe per
   * row it filters, where the whole list cost a scan of every link (a visible speaker's check
   * took 43 ms of the 48 ms of an article's read at 1,000 articles, and grew with them).
   */
  const linkedFromPublished = (from: string, attribute: string, outerId?: string) => {
    const source = meta(from);
    const table = source.attributes[attribute].joinTable!;
    const linked = `${table.name}.${table.inverseJoinColumn.name}`;
    const query = knex()
      .select(linked)
      .from(table.name)
      .join(source.tableName, `${source.tableName}.id`, `${table.name}.${table.joinColumn.name}`)
      .whereNotNull(`${source.tableName}.published_at`);
    return outerId ? query.where(linked, knex().ref(outerId)).limit(1) : query;
  };

  /** `id` among the rows of any of these queries: one `$in` each, so each can be correlated. */
  const inAny = (queries: Knex[]): Where => (queries.length === 1 ? { id: { $in: queries[0] } } : { $or: queries.map((query) => ({ id: { $in: query } })) });

  const visiblePeople = () => linkedFromPublished(ARTICLE, 'people').union(linkedFromPublished(QUOTE, 'speaker'));
  const visiblePeopleSources = (outerId?: string) => [linkedFromPublished(ARTICLE, 'people', outerId), linkedFromPublished(QUOTE, 'speaker', outerId)];

  /** Organizations linked to a visible person: their `organizations`, and their affiliations' organization. */
  const organizationsOfVisiblePeople = () => {
    const person = meta(PERSON);
    const organizations = person.attributes.organizations.joinTable!;
    const direct = knex()
      .select(`${organizations.name}.${organizations.inverseJoinColumn.name}`)
      .from(organizations.name)
      .whereIn(`${organizations.name}.${organizations.joinColumn.name}`, visiblePeople());
    const components = person.attributes.affiliations.joinTable!;
    const affiliationOrganization = meta(AFFILIATION).attributes.organization.joinTable!;
    const throughAffiliations = knex()
      .select(`${affiliationOrganization.name}.${affiliationOrganization.inverseJoinColumn.name}`)
      .from(affiliationOrganization.name)
      .join(components.name, `${components.name}.${components.inverseJoinColumn.name}`, `${affiliationOrganization.name}.${affiliationOrganization.joinColumn.name}`)
      .whereIn(`${components.name}.${components.joinColumn.name}`, visiblePeople())
      .where(`${components.name}.component_type`, AFFILIATION)
      .where(`${components.name}.field`, 'affiliations');
    return direct.union(throughAffiliations);
  };

  /**
   * The condition a row of `uid` must meet to be read by the public; null when any row may.
   * `outerId`: the aliased id column of the query it filters, when known (the query engine's
   * `filters`), to test each row by its own links (`linkedFromPublished`); without it (inside a
   * relation's condition, where the engine picks the alias) the same sets, uncorrelated.
   */
  const visibility = (uid: string, outerId?: string): Where | null => {
    if (draftAndPublish(uid)) return { publishedAt: { $notNull: true } };
    switch (uid) {
      case TAG:
        return inAny([linkedFromPublished(ARTICLE, 'tags', outerId)]);
      case PERSON:
        return inAny(visiblePeopleSources(outerId));
      case ORGANIZATION:
        // Through a visible person stays one set: the rarest case, and two levels of links.
        return inAny([linkedFromPublished(ARTICLE, 'organizations', outerId), linkedFromPublished(QUOTE, 'speakerOrganization', outerId), organizationsOfVisiblePeople()]);
      default:
        return null;
    }
  };

  /**
   * A `where` in which every relation joined is held to the visibility of its target: the
   * condition on the related rows gets the target's condition beside it, in one `$and` so the
   * engine joins once and tests both on the same row.
   */
  const guardWhere = (uid: string, where: unknown): unknown => {
    if (Array.isArray(where)) return where.map((sub) => guardWhere(uid, sub));
    if (!isPlainObject(where)) return where;
    const attributes = meta(uid)?.attributes ?? {};
    const out: Where = {};
    for (const [key, value] of Object.entries(where)) {
      if (key === '$and' || key === '$or') {
        out[key] = Array.isArray(value) ? value.map((sub) => guardWhere(uid, sub)) : value;
      } else if (key === '$not') {
        out[key] = guardWhere(uid, value);
      } else {
        const attribute = attributes[key];
        out[key] = attribute?.type === 'relation' && attribute.target ? guardRelation(attribute.target, value) : value;
      }
    }
    return out;
  };

  const guardRelation = (target: string, value: unknown): unknown => {
    const condition = asCondition(value);
    const guarded = guardWhere(target, condition);
    const visible = visibility(target);
    return visible ? { $and: [guarded, visible] } : guarded;
  };

  /** A relation's value as a condition on its target: ids and operators apply to the target's id. */
  const asCondition = (value: unknown): Where => {
    if (!isPlainObject(value)) return { id: value };
    const keys = Object.keys(value);
    const isGroup = keys.length === 1 && (keys[0] === '$and' || keys[0] === '$or');
    if (keys.length > 0 && keys.every((key) => key.startsWith('$')) && !isGroup) return { id: value };
    return value;
  };

  /**
   * Sorting by a related entry's field (`/api/tags?sort=articles.headline`) orders by every
   * related row the join reaches: from a type without draft & publish, drafts and hidden names
   * too. Refused there; from an article or a quote, whose published rows link published rows,
   * allowed.
   */
  const checkSort = (uid: string, orderBy: unknown, path: string): void => {
    if (Array.isArray(orderBy)) return orderBy.forEach((entry) => checkSort(uid, entry, path));
    if (!isPlainObject(orderBy)) return;
    const attributes = meta(uid)?.attributes ?? {};
    for (const [key, value] of Object.entries(orderBy)) {
      const target = attributes[key]?.type === 'relation' ? attributes[key].target : undefined;
      if (!target || !isPlainObject(value)) continue;
      if (!draftAndPublish(uid)) {
        throw new errors.ValidationError(`Invalid sort: \`${path}${key}\` sorts by related entries, which is not available on this type`, { path: `${path}${key}` });
      }
      checkSort(target, value, `${path}${key}.`);
    }
  };

  /** The same for every populated relation's own `where`, at any depth. */
  const guardPopulate = (uid: string, populate: unknown): unknown => {
    if (!isPlainObject(populate)) return populate;
    const attributes = meta(uid)?.attributes ?? {};
    const out: Where = {};
    for (const [key, value] of Object.entries(populate)) {
      const target = attributes[key]?.target;
      if (!target || !isPlainObject(value)) {
        out[key] = value;
        continue;
      }
      const next: Where = { ...value };
      if (value.orderBy !== undefined) checkSort(target, value.orderBy, `populate.${key}.sort.`);
      if (value.where !== undefined) next.where = guardWhere(target, value.where);
      if (value.populate !== undefined) next.populate = guardPopulate(target, value.populate);
      if (isPlainObject(value.on)) {
        next.on = Object.fromEntries(
          Object.entries(value.on).map(([component, sub]) => [
            component,
            isPlainObject(sub) && sub.populate !== undefined ? { ...sub, populate: guardPopulate(component, sub.populate) } : sub,
          ]),
        );
      }
      out[key] = next;
    }
    return out;
  };

  const queryParams = strapi.get('query-params') as { transform: (uid: string, params: unknown) => Record<string, unknown> };
  const transform = queryParams.transform;
  queryParams.transform = (uid: string, params: unknown) => {
    const query = transform(uid, params);
    if (!isPublicReader(strapi)) return query;
    checkQueryLimits(strapi, uid, query);
    if (query.orderBy !== undefined) checkSort(uid, query.orderBy, '');
    const own = query.filters;
    const guarded: Record<string, unknown> = { ...query };
    if (query.where !== undefined) guarded.where = guardWhere(uid, query.where);
    if (query.populate !== undefined) guarded.populate = guardPopulate(uid, query.populate);
    return {
      ...guarded,
      // Applied by the query engine to the root query and handed down to every populate
      // sub-query, each with its own model.
      filters: (context: { meta: { uid: string }; qb: { alias: string; mustUseAlias(): boolean } }) => {
        const before = typeof own === 'function' ? own(context) : own;
        // Reads name their table by its alias; a query without one is left uncorrelated.
        const visible = visibility(context.meta.uid, context.qb.mustUseAlias() ? `${context.qb.alias}.id` : undefined);
        const conditions = [before, visible].filter((c) => isPlainObject(c) && Object.keys(c).length > 0);
        return conditions.length === 0 ? undefined : conditions.length === 1 ? conditions[0] : { $and: conditions };
      },
    };
  };

  // No draft version is looked up for a public reader: REST's `?status=draft`, GraphQL's
  // `status: DRAFT`, on any type (a type without draft & publish passes its status on to the
  // relations it populates).
  strapi.documents.use(async (context, next) => {
    if (READS.has(context.action) && isPublicReader(strapi)) (context.params as { status?: string }).status = 'published';
    return next();
  });
};

