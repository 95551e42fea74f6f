import type { Core } from '@strapi/strapi';
import { ensureFirstAdmin } from './bootstrap/admin-user';
import { applyEditorViews } from './bootstrap/content-manager-views';
import { cacheDefaultLocale } from './bootstrap/default-locale-cache';
import { registerArticleQuotesMiddleware } from './bootstrap/article-quotes';
import { registerFilterShapeCheck } from './bootstrap/filter-shapes';
import { grantPublicRead } from './bootstrap/permissions';
import { isPublicReader, registerPublicReads } from './bootstrap/public-reads';
import { watchReadBudget } from './bootstrap/query-limits';
import { stopWatchingWrites, watchWrites } from './bootstrap/change-feed';
import { CACHED_UIDS, createReadCache } from './bootstrap/read-cache';
import { rememberRolePermissions } from './bootstrap/role-permissions';
import { registerSlugMiddleware } from './bootstrap/slugs';
import { buildMiddlewaresOnce } from './bootstrap/middlewares-once';
import { dropUnwrittenLevels } from './bootstrap/log-levels';
import { backfillQuoteLabels, registerQuoteLabelMiddleware } from './bootstrap/quote-labels';
import { registerNullableDraftFields } from './graphql/draft-fields';

export default {
  register({ strapi }: { strapi: Core.Strapi }) {
    dropUnwrittenLevels(strapi);
    buildMiddlewaresOnce(strapi);
    registerSlugMiddleware(strapi);
    registerArticleQuotesMiddleware(strapi);
    registerQuoteLabelMiddleware(strapi);
    registerPublicReads(strapi);
    registerFilterShapeCheck(strapi);
    createReadCache(strapi);
    registerNullableDraftFields(strapi);
  },

  async bootstrap({ strapi }: { strapi: Core.Strapi }) {
    cacheDefaultLocale(strapi);
    await watchWrites(strapi, CACHED_UIDS);
    rememberRolePermissions(strapi);
    watchReadBudget(strapi, isPublicReader);
    await grantPublicRead(strapi);
    await ensureFirstAdmin(strapi);
    await backfillQuoteLabels(strapi);
    await applyEditorViews(strapi);
  },

  async destroy({ strapi }: { strapi: Core.Strapi }) {
    await stopWatchingWrites(strapi);
  },
};
