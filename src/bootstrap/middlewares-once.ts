import path from 'node:path';
import type { Core } from '@strapi/strapi';
import { CSP_DEFAULTS } from '@strapi/utils';

/**
 * Two of Strapi's global middlewares build their middleware anew for every request; here it is
 * built once, with the same options, so every request is answered with the same headers and the
 * same parsed body.
 *
 * Why: a profile of the one-article read with the read cache off (N = 1,000, PostgreSQL) put
 * `strapi::security` at ~6% of the request's Node CPU (lodash's `defaultsDeep` of its options,
 * then a new koa-helmet middleware, which checks the options and writes the Content-Security-
 * Policy again) and `strapi::body` at ~4% (a new koa-body middleware, whose options zod checks).
 *
 *  - `strapi::body` (5.54: `koaBody.koaBody(bodyConfig)` per request, `bodyConfig` made once
 *    when the middleware is): koa-body's `koaBody` is kept per options object, so the same
 *    options give the same middleware. Strapi's own middleware runs unchanged around it.
 *  - `strapi::security` (5.54: `helmet(fp.defaultsDeep(defaults, config))` per request, other
 *    options for a GET under `/documentation`, the GraphQL playground's endpoint, or the admin
 *    in development): for the content API's paths (`api.rest.prefix`), where its options are
 *    always `defaultsDeep(defaults, config)`, one helmet middleware built from those options;
 *    every other request goes through Strapi's own. `defaults` is Strapi 5.54's, copied below;
 *    tests/unit/middlewares-once.test.ts compares the headers with Strapi's middleware's.
 */
export function buildMiddlewaresOnce(strapi: Core.Strapi) {
  keepKoaBodyPerOptions();
  const registry = strapi.get('middlewares') as { extend(uid: string, wrap: (factory: MiddlewareFactory) => MiddlewareFactory): unknown };
  registry.extend('strapi::security', (factory) => securityOnce(factory));
}

type Handler = (ctx: { method: string; path: string }, next: () => Promise<unknown>) => unknown;
type MiddlewareFactory = (config: unknown, context: { strapi: Core.Strapi }) => Handler;

/** Where Strapi's core middlewares resolve their dependencies from (the same module instances). */
const fromStrapiCore = (name: string) => require(require.resolve(name, { paths: [path.dirname(require.resolve('@strapi/core'))] }));

const KEPT = Symbol.for('newsroom.koaBodyPerOptions');

export function keepKoaBodyPerOptions() {
  const koaBody = fromStrapiCore('koa-body') as { koaBody: ((options?: object) => unknown) & { [KEPT]?: true } };
  if (koaBody.koaBody[KEPT]) return;
  const build = koaBody.koaBody;
  const built = new WeakMap<object, unknown>();
  const kept = Object.assign(
    (options?: object) => {
      if (options === undefined || options === null) return build(options);
      let middleware = built.get(options);
      if (!middleware) built.set(options, (middleware = build(options)));
      return middleware;
    },
    { [KEPT]: true as const },
  );
  koaBody.koaBody = kept;
}

/** `strapi::security`'s defaults in Strapi 5.54 (`@strapi/core/dist/middlewares/security.js`). */
export const SECURITY_DEFAULTS = {
  crossOriginEmbedderPolicy: false,
  crossOriginOpenerPolicy: false,
  crossOriginResourcePolicy: false,
  originAgentCluster: false,
  contentSecurityPolicy: { useDefaults: true, directives: { ...CSP_DEFAULTS, upgradeInsecureRequests: null } },
  xssFilter: false,
  hsts: { maxAge: 31536000, includeSubDomains: true },
  frameguard: { action: 'sameorigin' },
};

/** `strapi::security` with one helmet middleware for the content API's paths; Strapi's own for the rest. */
export function securityOnce(factory: MiddlewareFactory): MiddlewareFactory {
  return (config, context) => {
    const strapis = factory(config, context);
    const { strapi } = context;
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { defaultsDeep } = require('lodash/fp') as { defaultsDeep: (defaults: object, value: unknown) => object };
    const helmet = fromStrapiCore('koa-helmet') as (options: object) => Handler;
    const once = helmet(defaultsDeep(SECURITY_DEFAULTS, config));
    const prefix = `${(strapi.config.get('api.rest.prefix') as string | undefined) ?? '/api'}/`;
    const special = ['/documentation', strapi.config.get('admin.path') as string | undefined, strapi.config.get('plugin::graphql.endpoint') as string | undefined]
      .filter((p): p is string => typeof p === 'string' && p.length > 0)
      .map((p) => p.toLowerCase());
    // A path that could be one of the special ones goes Strapi's way, whatever the prefix.
    if (special.some((p) => p.startsWith(prefix.toLowerCase()) || prefix.toLowerCase().startsWith(p))) return strapis;
    return (ctx, next) => (ctx.path.startsWith(prefix) ? once(ctx, next) : strapis(ctx, next));
  };
}
