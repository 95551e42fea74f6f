/**
 * The importer writes new articles with its own batched writer instead of the Document
 * Service's one-row-at-a-time `create`. It must leave the same rows behind: this file creates
 * one article each way from the same data and compares the rows, table by table.
 */
import { startStrapi, type TestApp } from '../helpers/strapi';
import { importFixture, seedText } from '../helpers/fixtures';
import { articleDataFrom, articleLinks, comparableArticle } from '../helpers/articles';
import type { Importer } from '../../src/plugins/source-import/server/src/services/importer';
import type { ArticleData, ArticleWriter } from '../../src/plugins/source-import/server/src/services/article-writer';

const ARTICLE = 'api::article.article';
let app: TestApp;
let data: ArticleData;
let rowIds: Map<string, number>;
let viaDocuments: { id: number; documentId: string };
let viaWriter: { id: number; documentId: string };

const table = (uid: string) => (app.strapi.db.metadata.get(uid as never) as unknown as { tableName: string }).tableName;
const db = (name: string) => {
  const schema = app.strapi.db.getSchemaName();
  return schema ? app.strapi.db.connection(name).withSchema(schema) : app.strapi.db.connection(name);
};

beforeAll(async () => {
  app = await startStrapi();
  const importer = app.strapi.plugin('source-import').service('importer') as Importer;
  // An article to point a related headline at, and the people, organizations and tags to link.
  const seed = await importer.importDocument({ text: seedText(), headline: 'Seed article for the comparison' });
  const article = (await app.strapi.documents(ARTICLE).findOne({
    documentId: seed.article.documentId!,
    populate: { image: true, source: true, relatedHeadlines: true, tags: true, people: true, organizations: true },
  })) as any;
  ({ data, rowIds } = articleDataFrom(article, 'A headline both writers slug alike', [
    { headline: 'Seed article for the comparison', article: seed.article.documentId! },
    ...article.relatedHeadlines.map((r: { headline: string }) => ({ headline: r.headline, article: null })),
  ]));
  rowIds.set(seed.article.documentId!, article.id);

  viaDocuments = (await app.strapi.documents(ARTICLE).create({ data: structuredClone(data) as never })) as never;
  const writer = app.strapi.plugin('source-import').service('article-writer') as ArticleWriter;
  viaWriter = await app.strapi.db.transaction(() => writer.createDraft(structuredClone(data), rowIds));
});

afterAll(async () => {
  await app?.stop();
});

describe('the article writer', () => {
  it('writes the same article row as the Document Service, with a slug of its own', async () => {
    const rows = await db(table(ARTICLE)).whereIn('id', [viaDocuments.id, viaWriter.id]).orderBy('id');
    expect(rows).toHaveLength(2);
    const comparable = ({ id: _i, document_id: _d, created_at: _c, updated_at: _u, slug: _s, ...rest }: Record<string, unknown>) => rest;
    expect(comparable(rows[1])).toEqual(comparable(rows[0]));
    expect(rows[0].published_at).toBeNull();
    expect(rows[0].slug).toMatch(/^a-headline-both-writers-slug-alike(-\d+)?$/);
    expect(rows[1].slug).toMatch(/^a-headline-both-writers-slug-alike-\d+$/);
    expect(rows[1].slug).not.toBe(rows[0].slug);
  });

  it('writes the same components, linked in the same order', async () => {
    const populate = { image: true, source: true, relatedHeadlines: { populate: { article: { select: ['documentId'] } } } };
    const read = (id: number) => app.strapi.db.query(ARTICLE).findOne({ where: { id }, populate }) as Promise<any>;
    const [a, b] = [await read(viaDocuments.id), await read(viaWriter.id)];
    const components = (article: any) => ({
      image: { ...article.image, id: undefined },
      source: { ...article.source, id: undefined },
      relatedHeadlines: article.relatedHeadlines.map((r: any) => ({ headline: r.headline, article: r.article?.documentId ?? null })),
    });
    expect(components(b)).toEqual(components(a));
    expect(components(b).relatedHeadlines[0].article).toBe(data.relatedHeadlines[0].article);
    expect(components(b).relatedHeadlines).toHaveLength(data.relatedHeadlines.length);

    const cmps = (id: number) =>
      db(`${table(ARTICLE)}_cmps`).where('entity_id', id).select('field', 'component_type', 'order').orderBy(['field', 'order']);
    expect(await cmps(viaWriter.id)).toEqual(await cmps(viaDocuments.id));
  });

  it.each(['tags', 'people', 'organizations'])('links %s with both order columns as the Document Service does', async (attribute) => {
    const [a, b] = [await articleLinks(app.strapi, attribute, viaDocuments.id), await articleLinks(app.strapi, attribute, viaWriter.id)];
    expect(b.length).toBe((data as Record<string, unknown[]>)[attribute].length);
    expect(b.map((l) => [l.target, l.order])).toEqual(a.map((l) => [l.target, l.order]));
    // Each target's list of articles: the writer's article comes right after the other one.
    expect(b.map((l) => l.inverseOrder)).toEqual(a.map((l) => l.inverseOrder + 1));
  });

  it('reads back through the Document Service like the article it created', async () => {
    const [a, b] = [await comparableArticle(app.strapi, viaDocuments.documentId), await comparableArticle(app.strapi, viaWriter.documentId)];
    expect(b).toEqual(a);
    expect(b.tags.length).toBeGreaterThan(0);
  });

  it("appends each quote at the end of its speaker's and its article's lists, across documents", async () => {
    const importer = app.strapi.plugin('source-import').service('importer') as Importer;
    const second = await importer.importDocument({ text: importFixture('second-document.txt') });
    expect(second.quotes.count).toBeGreaterThan(0);
    const quoteJoin = (attribute: string) =>
      (app.strapi.db.metadata.get('api::quote.quote' as never) as unknown as {
        attributes: Record<string, { joinTable: { name: string; inverseJoinColumn: { name: string }; inverseOrderColumnName: string } }>;
      }).attributes[attribute].joinTable;
    for (const attribute of ['speaker', 'article']) {
      const join = quoteJoin(attribute);
      const rows = await db(join.name).select({ target: join.inverseJoinColumn.name, order: join.inverseOrderColumnName });
      const byTarget = new Map<number, number[]>();
      for (const row of rows) byTarget.set(row.target, [...(byTarget.get(row.target) ?? []), Number(row.order)]);
      // Two documents quote the same person: their links number 1..n without a gap or a repeat.
      if (attribute === 'speaker') expect(Math.max(...[...byTarget.values()].map((o) => o.length))).toBeGreaterThan(1);
      for (const orders of byTarget.values()) {
        expect([...orders].sort((a, b) => a - b)).toEqual(orders.map((_, i) => i + 1));
      }
    }
  });

  it('refuses what the Document Service refuses: a dateline over its length limit', async () => {
    const writer = app.strapi.plugin('source-import').service('article-writer') as ArticleWriter;
    const before = await app.strapi.db.query(ARTICLE).count();
    await expect(
      app.strapi.db.transaction(() => writer.createDraft({ ...structuredClone(data), dateline: 'x'.repeat(300) }, rowIds)),
    ).rejects.toThrow(/dateline/);
    expect(await app.strapi.db.query(ARTICLE).count()).toBe(before);
  });
});
