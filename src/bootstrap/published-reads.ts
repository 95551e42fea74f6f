import type { Core, UID } from '@strapi/strapi';

const READS = new Set(['findOne', 'findFirst', 'findMany', 'count']);

/** API tokens authenticate with this strategy (`api-token` in earlier Strapi 5 releases). */
const TOKEN_STRATEGIES = new Set(['content-api-token', 'api-token']);
const isApiTokenClient = (ctx: { state?: { auth?: { strategy?: { name?: string } } } } | undefined) =>
  TOKEN_STRATEGIES.has(ctx?.state?.auth?.strategy?.name ?? '');

/**
 * Where the public reads content: REST and GraphQL. The admin's own routes keep drafts, and so
 * do the import routes, whose service must see the drafts it updates.
 */
const isContentApi = (path: string) =>
  (path.startsWith('/api/') && !path.startsWith('/api/source-import/')) || path.startsWith('/graphql');

/**
 * Drafts never leave through the content API, whatever the query asks: every Document Service
 * read made while serving a REST or GraphQL request of a reader (public, users-permissions) is
 * forced to published content. GraphQL offers `status: DRAFT` on every list and relation, and
 * REST `?status=draft`; only API-token clients (a preview front end) may ask for drafts.
 */
export const registerPublishedReads = (strapi: Core.Strapi) => {
  strapi.documents.use(async (context, next) => {
    if (!READS.has(context.action)) return next();
    const contentType = strapi.contentTypes[context.uid as UID.ContentType] as { options?: { draftAndPublish?: boolean } } | undefined;
    if (!contentType?.options?.draftAndPublish) return next();
    const ctx = strapi.requestContext.get() as
      | { path?: string; state?: { auth?: { strategy?: { name?: string } } } }
      | undefined;
    if (!ctx?.path || !isContentApi(ctx.path) || isApiTokenClient(ctx)) return next();
    (context.params as { status?: string }).status = 'published';
    return next();
  });
};
