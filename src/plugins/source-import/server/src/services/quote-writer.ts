import type { Core } from '@strapi/strapi';
import { createId } from '@paralleldrive/cuid2';
import { insertLinks, joinTableOf } from '../import/links';

const QUOTE = 'api::quote.quote';
const ARTICLE = 'api::article.article';
const PERSON = 'api::person.person';
const ORGANIZATION = 'api::organization.organization';

export type QuoteRow = {
  text: string;
  kind: string;
  cue: string | null;
  position: number;
  line: number;
  column: number;
  startOffset: number;
  endOffset: number;
  speaker: string | null;
  speakerOrganization: string | null;
  speakerDescription: string | null;
};

/**
 * Writes an article's quotes in a few multi-row inserts instead of one Document Service call
 * each, with the rows the Document Service would write: a draft row per quote (and a published
 * one when the article is published) with a fresh documentId, and the link rows to the article,
 * the speaker and the speaking organization, their order columns appended after what each
 * person's or organization's list already holds. Runs inside the importer's transaction.
 */
const quoteWriter = ({ strapi }: { strapi: Core.Strapi }) => {
  const joinTable = (attribute: string) => joinTableOf(strapi, QUOTE, attribute);

  /**
   * Row ids of documents without draft & publish (one row each), by documentId: those `known`
   * already, the others looked up.
   */
  async function rowIds(uid: string, documentIds: string[], known: ReadonlyMap<string, number>) {
    const ids = new Map<string, number>();
    const missing: string[] = [];
    for (const documentId of new Set(documentIds)) {
      const id = known.get(documentId);
      if (id === undefined) missing.push(documentId);
      else ids.set(documentId, id);
    }
    if (missing.length > 0) {
      const rows = await strapi.db.query(uid as never).findMany({ where: { documentId: { $in: missing } }, select: ['id', 'documentId'] });
      for (const row of rows as Array<{ id: number; documentId: string }>) ids.set(row.documentId, row.id);
    }
    return ids;
  }

  return {
    /**
     * Inserts the quotes of an article, as drafts, and as published rows too when `published`.
     * The article's draft row id and the speakers' row ids are looked up unless given (`rowIds`
     * maps documentIds to row ids). Returns the quotes' documentIds in order.
     */
    async insert(
      article: { documentId: string; draftRowId?: number; created?: boolean },
      quotes: QuoteRow[],
      { published, rowIds: known = new Map() }: { published: boolean; rowIds?: ReadonlyMap<string, number> },
    ) {
      if (quotes.length === 0) return [];
      let draftArticle = article.draftRowId;
      let publishedArticle: number | undefined;
      if (draftArticle === undefined || published) {
        const articleRows = await strapi.db.query(ARTICLE).findMany({
          where: { documentId: article.documentId },
          select: ['id', 'publishedAt'],
        });
        draftArticle = articleRows.find((r: { publishedAt: unknown }) => !r.publishedAt)?.id as number;
        publishedArticle = articleRows.find((r: { publishedAt: unknown }) => r.publishedAt)?.id as number | undefined;
      }
      const people = await rowIds(PERSON, quotes.map((q) => q.speaker).filter((id): id is string => Boolean(id)), known);
      const organizations = await rowIds(
        ORGANIZATION,
        quotes.map((q) => q.speakerOrganization).filter((id): id is string => Boolean(id)),
        known,
      );
      const documentIds = quotes.map(() => createId());

      const versions: Array<{ publishedAt: Date | null; articleRowId: number }> = [{ publishedAt: null, articleRowId: draftArticle as number }];
      if (published && publishedArticle) versions.push({ publishedAt: new Date(), articleRowId: publishedArticle });

      for (const version of versions) {
        const { ids } = await strapi.db.query(QUOTE).createMany({
          data: quotes.map(({ speaker: _s, speakerOrganization: _o, ...fields }, i) => ({
            ...fields,
            documentId: documentIds[i],
            publishedAt: version.publishedAt,
            locale: null,
          })),
        });
        const quoteIds = ids as number[];
        await insertLinks(strapi, [
          {
            join: joinTable('article'),
            links: quoteIds.map((sourceId) => ({ sourceId, targetId: version.articleRowId })),
            // An article created in this transaction has no quotes to append after.
            newTargets: Boolean(article.created),
          },
          {
            join: joinTable('speaker'),
            links: quotes.flatMap((q, i) => (q.speaker && people.has(q.speaker) ? [{ sourceId: quoteIds[i], targetId: people.get(q.speaker)! }] : [])),
          },
          {
            join: joinTable('speakerOrganization'),
            links: quotes.flatMap((q, i) =>
              q.speakerOrganization && organizations.has(q.speakerOrganization)
                ? [{ sourceId: quoteIds[i], targetId: organizations.get(q.speakerOrganization)! }]
                : [],
            ),
          },
        ]);
      }
      return documentIds;
    },
  };
};

export type QuoteWriter = ReturnType<typeof quoteWriter>;
export default quoteWriter;
