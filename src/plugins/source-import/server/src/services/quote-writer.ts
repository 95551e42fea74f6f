import type { Core } from '@strapi/strapi';
import { createId } from '@paralleldrive/cuid2';
import { emitAfterCommit } from '../import/events';
import { insertLinks, joinTableOf } from '../import/links';

const QUOTE = 'api::quote.quote';
const ARTICLE = 'api::article.article';
const PERSON = 'api::person.person';
const ORGANIZATION = 'api::organization.organization';

export type QuoteRow = {
  text: string;
  /** The short form the Content Manager shows (src/utils/quote-label.ts). */
  label: string;
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
     * Inserts the quotes of articles, as drafts, and as published rows too for an article
     * `published`: all of them in one multi-row insert, and their links in one insert per
     * relation. An article's row ids are looked up unless its draft's is given and it is not
     * published; speakers are looked up unless `rowIds` (documentIds to row ids) holds them.
     * Returns each article's quote documentIds, in order.
     */
    async insertMany(items: ArticleQuotes[], { rowIds: known = new Map() }: { rowIds?: ReadonlyMap<string, number> } = {}): Promise<string[][]> {
      const lookup = items.filter(
        (item) => item.quotes.length > 0 && (item.article.draftRowId === undefined || (item.published && item.article.publishedRowId === undefined)),
      );
      const articleRows = new Map<string, { draft?: number; published?: number }>();
      if (lookup.length > 0) {
        const rows = (await strapi.db.query(ARTICLE).findMany({
          where: { documentId: { $in: [...new Set(lookup.map((item) => item.article.documentId))] } },
          select: ['id', 'documentId', 'publishedAt'],
        })) as Array<{ id: number; documentId: string; publishedAt: unknown }>;
        for (const row of rows) {
          const versions = articleRows.get(row.documentId) ?? {};
          versions[row.publishedAt ? 'published' : 'draft'] = row.id;
          articleRows.set(row.documentId, versions);
        }
      }
      const quotes = items.flatMap((item) => item.quotes);
      const people = await rowIds(PERSON, quotes.map((q) => q.speaker).filter((id): id is string => Boolean(id)), known);
      const organizations = await rowIds(
        ORGANIZATION,
        quotes.map((q) => q.speakerOrganization).filter((id): id is string => Boolean(id)),
        known,
      );
      const documentIds = items.map((item) => item.quotes.map(() => createId()));

      // One row per quote and version: the draft, and the published one of a published article.
      const publishedAt = new Date();
      const versions = items.flatMap((item, i) => {
        if (item.quotes.length === 0) return [];
        const rows = articleRows.get(item.article.documentId);
        const draft = item.article.draftRowId ?? rows?.draft;
        if (draft === undefined) throw new Error(`The article ${item.article.documentId} has no draft to attach quotes to`);
        const all = [{ item: i, publishedAt: null as Date | null, articleRowId: draft }];
        const published = item.article.publishedRowId ?? rows?.published;
        if (item.published && published !== undefined) all.push({ item: i, publishedAt, articleRowId: published });
        return all;
      });
      const rows = versions.flatMap((version) =>
        items[version.item].quotes.map((quote, q) => ({ version, quote, documentId: documentIds[version.item][q] })),
      );
      if (rows.length === 0) return documentIds;
      const { ids } = (await strapi.db.query(QUOTE).createMany({
        data: rows.map(({ version, quote: { speaker: _s, speakerOrganization: _o, ...fields }, documentId }) => ({
          ...fields,
          documentId,
          publishedAt: version.publishedAt,
          locale: null,
        })),
      })) as { ids: number[] };

      const articleLinks = (created: boolean) =>
        rows.flatMap(({ version }, r) =>
          Boolean(items[version.item].article.created) === created ? [{ sourceId: ids[r], targetId: version.articleRowId }] : [],
        );
      await insertLinks(strapi, [
        // An article created in this transaction has no quotes to append after.
        { join: joinTable('article'), links: articleLinks(true), newTargets: true },
        { join: joinTable('article'), links: articleLinks(false) },
        {
          join: joinTable('speaker'),
          links: rows.flatMap(({ quote: q }, r) => (q.speaker && people.has(q.speaker) ? [{ sourceId: ids[r], targetId: people.get(q.speaker)! }] : [])),
        },
        {
          join: joinTable('speakerOrganization'),
          links: rows.flatMap(({ quote: q }, r) =>
            q.speakerOrganization && organizations.has(q.speakerOrganization)
              ? [{ sourceId: ids[r], targetId: organizations.get(q.speakerOrganization)! }]
              : [],
          ),
        },
      ]);
      await emitAfterCommit(strapi, QUOTE, 'entry.create', ids.filter((_, r) => rows[r].version.publishedAt === null));
      await emitAfterCommit(strapi, QUOTE, 'entry.publish', ids.filter((_, r) => rows[r].version.publishedAt !== null));
      return documentIds;
    },
  };
};

/**
 * An article's quotes to insert; `created` when the article was created in this transaction.
 * Its row ids are looked up unless given.
 */
export type ArticleQuotes = {
  article: { documentId: string; draftRowId?: number; publishedRowId?: number; created?: boolean };
  quotes: QuoteRow[];
  published: boolean;
};

export type QuoteWriter = ReturnType<typeof quoteWriter>;
export default quoteWriter;
