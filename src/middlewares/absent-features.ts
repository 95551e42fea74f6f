import type { Core } from '@strapi/strapi';

type Ctx = Parameters<Core.MiddlewareHandler>[0];

/**
 * Strapi's admin asks for features this edition does not have, on every page and edit view,
 * and the server answers 404: the AI feature configuration (`/admin/ai-feature-config`) and
 * the AI translation job of the open document (`/i18n/ai-localization-jobs/…`). Both
 * routes exist and answer 404 only because the feature is off. Here a 404 of theirs becomes
 * what Strapi's own services say of a feature that is off: not configured, no job. Anything
 * else (a 401 without a session, another status, another path) passes unchanged.
 */
const OFF: Array<{ path: RegExp; body: () => unknown }> = [
  { path: /^\/admin\/ai-feature-config\/?$/i, body: () => ({ data: { isAiI18nConfigured: false, isAiMediaLibraryConfigured: false } }) },
  { path: /^\/i18n\/ai-localization-jobs\/(collection-types\/[^/]+\/[^/]+|single-types\/[^/]+)\/?$/i, body: () => ({ data: null }) },
];

export default () => async (ctx: Ctx, next: () => Promise<unknown>) => {
  await next();
  if (ctx.method !== 'GET' || ctx.status !== 404) return;
  const off = OFF.find(({ path }) => path.test(ctx.path));
  if (!off) return;
  ctx.status = 200;
  ctx.body = off.body();
};
