import type { Core } from '@strapi/strapi';
import type { ArticleData } from '../../src/plugins/source-import/server/src/services/article-writer';

const QUOTE = 'api::quote.quote';
const ARTICLE = 'api::article.article';

type Entity = { id: number; documentId: string };
/** An article read with its components and its tags, people and organizations populated. */
export type PopulatedArticle = Record<string, unknown> & {
  lead: string;
  body: string;
  capturedAt: string;
  image: Record<string, unknown>;
  source: Record<string, unknown>;
  tags: Entity[];
  people: Entity[];
  organizations: Entity[];
};

/**
 * The writers' input for a new article made from an imported one (its text, components and
 * links), with a headline and related headlines of the test's choosing; and the row ids of
 * what it links to, as the importer would hold them.
 */
export function articleDataFrom(article: PopulatedArticle, headline: string, relatedHeadlines: ArticleData['relatedHeadlines']) {
  const strip = ({ id: _id, ...rest }: Record<string, unknown>) => rest;
  const data: ArticleData = {
    headline,
    lead: article.lead,
    body: article.body,
    section: 'World',
    dateline: 'LONDON, Reuters',
    capturedAt: article.capturedAt,
    datePublished: '2015-06-01T10:00:00.000Z',
    sourceUrl: 'https://example.org/news/1',
    image: strip(article.image),
    source: strip(article.source),
    relatedHeadlines,
    tags: article.tags.map((t) => t.documentId),
    people: article.people.map((p) => p.documentId),
    organizations: article.organizations.map((o) => o.documentId),
  };
  const rowIds = new Map<string, number>();
  for (const entity of [...article.tags, ...article.people, ...article.organizations]) rowIds.set(entity.documentId, entity.id);
  return { data, rowIds };
}

/**
 * Makes the database refuse, while `failing()` holds, the quotes insert that carries `marker`:
 * a write failure in the middle of a batch, after its articles were written.
 */
export function failQuotesContaining(strapi: Core.Strapi, marker: string, failing: () => boolean) {
  strapi.db.lifecycles.subscribe({
    models: [QUOTE],
    beforeCreateMany(event: { params: { data: Array<{ text: string }> } }) {
      if (failing() && event.params.data.some((q) => q.text.includes(marker))) throw new Error('injected write failure');
    },
  } as never);
}

type JoinTable = { name: string; joinColumn: { name: string }; inverseJoinColumn: { name: string }; orderColumnName: string; inverseOrderColumnName: string };

/**
 * The links of an article row through one of its relations (`tags`, `people`...), in the
 * article's order: each target with the article's order and the target's (inverse) order.
 */
export async function articleLinks(strapi: Core.Strapi, attribute: string, rowId: number) {
  const join = (strapi.db.metadata.get(ARTICLE as never) as unknown as { attributes: Record<string, { joinTable: JoinTable }> }).attributes[attribute]
    .joinTable;
  const schema = strapi.db.getSchemaName();
  const table = schema ? strapi.db.connection(join.name).withSchema(schema) : strapi.db.connection(join.name);
  const rows = (await table
    .where(join.joinColumn.name, rowId)
    .select({ target: join.inverseJoinColumn.name, order: join.orderColumnName, inverseOrder: join.inverseOrderColumnName })
    .orderBy(join.orderColumnName)) as Array<{ target: number; order: number | string; inverseOrder: number | string }>;
  return rows.map((row) => ({ target: row.target, order: Number(row.order), inverseOrder: Number(row.inverseOrder) }));
}

/**
 * An article as the Document Service reads it back (`status` draft or published), with what
 * differs between two writes of the same data left out: ids, slug, timestamps.
 */
export async function comparableArticle(strapi: Core.Strapi, documentId: string, status: 'draft' | 'published' = 'draft'): Promise<Record<string, any>> {
  const populate = { tags: true, people: true, organizations: true, image: true, relatedHeadlines: { populate: { article: true } } } as const;
  const article = (await strapi.documents(ARTICLE).findOne({ documentId, status, populate } as never)) as unknown as Record<string, any>;
  return {
    ...article,
    id: undefined,
    documentId: undefined,
    slug: undefined,
    createdAt: undefined,
    updatedAt: undefined,
    publishedAt: article.publishedAt === null ? null : 'set',
    image: { ...article.image, id: undefined },
    relatedHeadlines: article.relatedHeadlines.map((r: any) => ({ headline: r.headline, article: r.article?.documentId ?? null })),
  };
}
