import type { Core, UID } from '@strapi/strapi';

/**
 * The uid field of each type and the field it is made from. The Content Manager fills a uid
 * in the browser; documents created through the API or the importer arrive without one, so a
 * document middleware fills it on the server, with the Content Manager's own generator (which
 * adds `-1`, `-2` on collisions).
 */
const SLUG_SOURCES: Partial<Record<UID.ContentType, string>> = {
  'api::article.article': 'headline',
  'api::person.person': 'name',
  'api::organization.organization': 'name',
  'api::tag.tag': 'name',
};

export const registerSlugMiddleware = (strapi: Core.Strapi) => {
  strapi.documents.use(async (context, next) => {
    const sourceField = SLUG_SOURCES[context.uid];
    if (!sourceField || (context.action !== 'create' && context.action !== 'update')) {
      return next();
    }
    const params = context.params as { data?: Record<string, unknown>; locale?: string };
    const data = params.data;
    if (data && !data.slug && typeof data[sourceField] === 'string' && (data[sourceField] as string).trim()) {
      data.slug = await strapi.plugin('content-manager').service('uid').generateUIDField({
        contentTypeUID: context.uid,
        field: 'slug',
        data,
        locale: params.locale,
      });
    }
    return next();
  });
};
