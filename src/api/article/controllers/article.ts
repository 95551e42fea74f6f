import { factories, type Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { publicBaseUrl, serializeJsonLd } from '../standards';
import { fastArticleReadOf } from '../../../bootstrap/fast-article-read';
import type { Standards } from '../services/standards';

type Ctx = Parameters<Core.MiddlewareHandler>[0];

/**
 * The core actions (the common shapes of the one-article read and of the list answered by
 * src/bootstrap/fast-article-read.ts, anything else by Strapi's own `findOne` and `find`), plus the standards outputs of a published article (`routes/01-standards.ts`):
 * one service call each; a draft or unknown documentId is a 404 in Strapi's error shape.
 */
export default factories.createCoreController('api::article.article', ({ strapi }) => {
  const standards = () => strapi.service('api::article.standards') as unknown as Standards;
  const context = (ctx: Ctx) => ({ baseUrl: publicBaseUrl(strapi.config.get('server.url'), ctx.origin) });
  const fastRead = fastArticleReadOf(strapi);

  return {
    async find(ctx: Ctx) {
      return (await fastRead.find(ctx as never)) ?? super.find(ctx);
    },

    async findOne(ctx: Ctx) {
      return (await fastRead.findOne(ctx as never)) ?? super.findOne(ctx);
    },

    async jsonld(ctx: Ctx) {
      const document = await standards().jsonLd(String(ctx.params.documentId), context(ctx));
      if (!document) throw new errors.NotFoundError('Not Found');
      ctx.type = 'application/ld+json; charset=utf-8';
      ctx.body = serializeJsonLd(document);
    },

    async ninjs(ctx: Ctx) {
      const item = await standards().ninjs(String(ctx.params.documentId), context(ctx));
      if (!item) throw new errors.NotFoundError('Not Found');
      ctx.body = item;
    },
  };
});
