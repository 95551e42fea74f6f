import { AsyncLocalStorage } from 'node:async_hooks';
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';

const ARTICLE = 'api::article.article';
const QUOTE = 'api::quote.quote';

export const LONE_QUOTE_PUBLICATION =
  'A quote is published and unpublished with its article: publish or unpublish the article instead';

/**
 * Set while an article's publication carries its quotes along. Keyed on the process, not on
 * this module: the tests import the TypeScript source while Strapi runs the compiled copy.
 */
const KEY = Symbol.for('newsroom.quotesFollowArticle');
const followingArticle: AsyncLocalStorage<true> = ((globalThis as Record<symbol, unknown>)[KEY] ??= new AsyncLocalStorage<true>()) as never;

/**
 * Runs `work` as an article's publication does: the quotes it publishes or unpublishes pass the
 * guard below. For the cascade here, and for tests that must set up what the guard forbids
 * (a quote left published by an older version, say).
 */
export const asArticlePublication = <T>(work: () => Promise<T>): Promise<T> => followingArticle.run(true, work);

/** Does this Document Service call publish or unpublish a quote? */
const publishesQuote = (context: { action: string; params: unknown }) => {
  const { status } = (context.params ?? {}) as { status?: string };
  if (context.action === 'publish' || context.action === 'unpublish') return true;
  // `create` and `update` publish too when asked for the published status.
  return (context.action === 'create' || context.action === 'update') && status === 'published';
};

/**
 * Quotes belong to their article: they are published, unpublished and deleted with it,
 * wherever that happens (the Content Manager, the API, the importer). Without this, an editor
 * who publishes an article in the Content Manager would publish it without its quotes.
 *
 * And only with it: publishing or unpublishing a quote on its own is refused, in the Content
 * Manager (whose publish action calls the Document Service) as in code, so that the words of a
 * draft article never become public and a published article never loses a quote silently.
 * The importer writes quote rows itself, beside its article's, and is not concerned.
 */
export const registerArticleQuotesMiddleware = (strapi: Core.Strapi) => {
  strapi.documents.use(async (context, next) => {
    if (context.uid === QUOTE && publishesQuote(context) && !followingArticle.getStore()) {
      throw new errors.ApplicationError(LONE_QUOTE_PUBLICATION, { code: 'QUOTE_FOLLOWS_ARTICLE' });
    }
    if (context.uid !== ARTICLE) return next();
    const { documentId, status } = context.params as { documentId?: string; status?: string };
    // `update` with the published status publishes the article (without passing through here).
    const action = context.action === 'update' && status === 'published' ? 'publish' : context.action;
    if (!documentId || !['publish', 'unpublish', 'delete'].includes(action)) return next();

    // Read before a delete: afterwards the quotes no longer point at the article.
    const quotes = await strapi.documents(QUOTE).findMany({
      filters: { article: { documentId } },
      fields: ['documentId'],
      status: 'draft',
    });
    const result = await next();
    await asArticlePublication(async () => {
      for (const { documentId: quote } of quotes) {
        if (action === 'publish') await strapi.documents(QUOTE).publish({ documentId: quote });
        else if (action === 'unpublish') await strapi.documents(QUOTE).unpublish({ documentId: quote });
        else await strapi.documents(QUOTE).delete({ documentId: quote });
      }
    });
    return result;
  });
};
