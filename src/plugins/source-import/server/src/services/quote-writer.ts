import type { Core } from '@strapi/strapi';
import { createId } from '@paralleldrive/cuid2';
import { inTransaction } from '../import/sql';

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

type JoinTable = {
  name: string;
  joinColumn: { name: string };
  inverseJoinColumn: { name: string };
  inverseOrderColumnName?: string;
};

/**
 * Writes an article's quotes in a few multi-row inserts instead of one Document Service call
 * each, with the rows the Document Service would write: a draft row per quote (and a published
 * one when the article is published) with a fresh documentId, and the link rows to the article,
 * the speaker and the speaking organization, their order columns appended after what each
 * person's or organization's list already holds. Runs inside the importer's transaction.
 */
const quoteWriter = ({ strapi }: { strapi: Core.Strapi }) => {
  const joinTable = (attribute: string) =>
    ((strapi.db.metadata.get(QUOTE) as unknown as { attributes: Record<string, { joinTable: JoinTable }> }).attributes[attribute])
      .joinTable;

  /** Row ids of documents without draft & publish (one row each), by documentId. */
  async function rowIds(uid: string, documentIds: string[]) {
    const unique = [...new Set(documentIds)];
    if (unique.length === 0) return new Map<string, number>();
    const rows = await strapi.db.query(uid as never).findMany({ where: { documentId: { $in: unique } }, select: ['id', 'documentId'] });
    return new Map(rows.map((r: { id: number; documentId: string }) => [r.documentId, r.id]));
  }

  /** The next order value at the end of each target's list, for the inverse side of a link. */
  async function nextOrders(join: JoinTable, targetIds: number[]) {
    const next = new Map<number, number>();
    const unique = [...new Set(targetIds)];
    if (unique.length === 0 || !join.inverseOrderColumnName) return next;
    const column = join.inverseJoinColumn.name;
    const rows = await inTransaction(strapi, (table) =>
      table(join.name).select(column).max({ max: join.inverseOrderColumnName }).whereIn(column, unique).groupBy(column),
    );
    for (const id of unique) next.set(id, 1);
    for (const row of rows as Array<Record<string, number>>) next.set(row[column], Number(row.max ?? 0) + 1);
    return next;
  }

  async function insertLinks(join: JoinTable, links: Array<{ quoteId: number; targetId: number }>) {
    if (links.length === 0) return;
    const orders = await nextOrders(join, links.map((l) => l.targetId));
    const rows = links.map(({ quoteId, targetId }) => {
      const row: Record<string, number> = { [join.joinColumn.name]: quoteId, [join.inverseJoinColumn.name]: targetId };
      if (join.inverseOrderColumnName) {
        const order = orders.get(targetId) ?? 1;
        row[join.inverseOrderColumnName] = order;
        orders.set(targetId, order + 1);
      }
      return row;
    });
    await inTransaction(strapi, (table) => table(join.name).insert(rows));
  }

  return {
    /**
     * Inserts the quotes of the article `articleDocumentId`, as drafts, and as published rows
     * too when `published`. Returns their documentIds in order.
     */
    async insert(articleDocumentId: string, quotes: QuoteRow[], { published }: { published: boolean }) {
      if (quotes.length === 0) return [];
      const articleRows = await strapi.db.query(ARTICLE).findMany({
        where: { documentId: articleDocumentId },
        select: ['id', 'publishedAt'],
      });
      const draftArticle = articleRows.find((r: { publishedAt: unknown }) => !r.publishedAt)?.id as number;
      const publishedArticle = articleRows.find((r: { publishedAt: unknown }) => r.publishedAt)?.id as number | undefined;
      const people = await rowIds(PERSON, quotes.map((q) => q.speaker).filter((id): id is string => Boolean(id)));
      const organizations = await rowIds(
        ORGANIZATION,
        quotes.map((q) => q.speakerOrganization).filter((id): id is string => Boolean(id)),
      );
      const documentIds = quotes.map(() => createId());

      const versions: Array<{ publishedAt: Date | null; articleRowId: number }> = [{ publishedAt: null, articleRowId: draftArticle }];
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
        await insertLinks(joinTable('article'), quoteIds.map((quoteId) => ({ quoteId, targetId: version.articleRowId })));
        await insertLinks(
          joinTable('speaker'),
          quotes.flatMap((q, i) => (q.speaker && people.has(q.speaker) ? [{ quoteId: quoteIds[i], targetId: people.get(q.speaker)! }] : [])),
        );
        await insertLinks(
          joinTable('speakerOrganization'),
          quotes.flatMap((q, i) =>
            q.speakerOrganization && organizations.has(q.speakerOrganization)
              ? [{ quoteId: quoteIds[i], targetId: organizations.get(q.speakerOrganization)! }]
              : [],
          ),
        );
      }
      return documentIds;
    },
  };
};

export type QuoteWriter = ReturnType<typeof quoteWriter>;
export default quoteWriter;
