import type { Core } from '@strapi/strapi';

const ARTICLE = 'api::article.article';
const QUOTE = 'api::quote.quote';

/**
 * Quotes belong to their article: they are published, unpublished and deleted with it,
 * wherever that happens (the Content Manager, the API, the importer). Without this, an editor
 * who publishes an article in the Content Manager would publish it without its quotes.
 */
export const registerArticleQuotesMiddleware = (strapi: Core.Strapi) => {
  strapi.documents.use(async (context, next) => {
    if (context.uid !== ARTICLE || !['publish', 'unpublish', 'delete'].includes(context.action)) return next();
    const { documentId } = context.params as { documentId?: string };
    if (!documentId) return next();

    // Read before a delete: afterwards the quotes no longer point at the article.
    const quotes = await strapi.documents(QUOTE).findMany({
      filters: { article: { documentId } },
      fields: ['documentId'],
      status: 'draft',
    });
    const result = await next();
    for (const { documentId: quote } of quotes) {
      if (context.action === 'publish') await strapi.documents(QUOTE).publish({ documentId: quote });
      else if (context.action === 'unpublish') await strapi.documents(QUOTE).unpublish({ documentId: quote });
      else await strapi.documents(QUOTE).delete({ documentId: quote });
    }
    return result;
  });
};
