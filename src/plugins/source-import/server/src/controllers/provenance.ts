import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import type { Provenance } from '../services/provenance';

type Ctx = Parameters<Core.MiddlewareHandler>[0];

const READ = 'plugin::content-manager.explorer.read';

/**
 * An article's captured source and where its quotes sit in it, for the Content Manager's edit
 * view. Behind the plugin's `read` action (the route's policy) and, as the source is the
 * article's private field, the admin's own right to read the entry in the Content Manager.
 */
const provenance = ({ strapi }: { strapi: Core.Strapi }) => {
  const service = () => strapi.plugin('source-import').service('provenance') as Provenance;

  const mayRead = (ctx: Ctx, uid: string) => {
    const ability = ctx.state?.userAbility as { can: (action: string, subject: string) => boolean } | undefined;
    if (!ability?.can(READ, uid)) throw new errors.ForbiddenError(`Reading ${uid} in the Content Manager is not allowed`);
  };

  const documentIdOf = (ctx: Ctx) => {
    const { documentId } = ctx.params as { documentId?: string };
    if (!documentId || !/^[a-z0-9]{1,64}$/i.test(documentId)) throw new errors.ValidationError('`documentId` is not a document id');
    return documentId;
  };

  return {
    async article(ctx: Ctx) {
      mayRead(ctx, 'api::article.article');
      const found = await service().ofArticle(documentIdOf(ctx));
      if (!found) throw new errors.NotFoundError('No such article');
      ctx.body = { data: found };
    },

    async quote(ctx: Ctx) {
      mayRead(ctx, 'api::quote.quote');
      const found = await service().ofQuote(documentIdOf(ctx));
      if (!found) throw new errors.NotFoundError('No such quote');
      ctx.body = { data: found };
    },
  };
};

export default provenance;
