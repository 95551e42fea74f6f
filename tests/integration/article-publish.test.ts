/**
 * The importer publishes new articles with its batch writer, not with one Document Service
 * `publish` per article. The published versions must be the rows Strapi's publish would make:
 * this file creates and publishes articles both ways from the same data and compares the rows
 * of the published versions, table by table, as `article-writer.test.ts` does for drafts.
 */
import { createId } from '@paralleldrive/cuid2';
import { startStrapi, type TestApp } from '../helpers/strapi';
import { seedText } from '../helpers/fixtures';
import { articleDataFrom, articleLinks, comparableArticle } from '../helpers/articles';
import type { Importer } from '../../src/plugins/source-import/server/src/services/importer';
import type { ArticleData, ArticleWriter } from '../../src/plugins/source-import/server/src/services/article-writer';

const ARTICLE = 'api::article.article';

let app: TestApp;
let base: ArticleData;
let rowIds: Map<string, number>;
/** The published seed article, and a draft that was never published. */
let seed: { documentId: string; publishedId: number };
let draftOnly: string;

const table = (uid: string) => (app.strapi.db.metadata.get(uid as never) as unknown as { tableName: string }).tableName;
const db = (name: string) => {
  const schema = app.strapi.db.getSchemaName();
  return schema ? app.strapi.db.connection(name).withSchema(schema) : app.strapi.db.connection(name);
};
const writer = () => app.strapi.plugin('source-import').service('article-writer') as ArticleWriter;

/** The rows of an article, by documentId: its draft and its published version. */
const versions = async (documentId: string) => {
  const rows = await db(table(ARTICLE)).where('document_id', documentId).orderBy('id');
  return { draft: rows.find((r: any) => r.published_at === null), published: rows.filter((r: any) => r.published_at !== null) };
};

/** Publishes documents with the Document Service, one after the other, as an editor would. */
const viaDocuments = async (items: ArticleData[], publishOrder: number[]) => {
  const created: string[] = [];
  for (const data of items) {
    const { documentId } = (await app.strapi.documents(ARTICLE).create({ data: structuredClone(data) as never })) as { documentId: string };
    created.push(documentId);
  }
  for (const i of publishOrder) await app.strapi.documents(ARTICLE).publish({ documentId: created[i] });
  return created;
};

/** The same documents, created and published by the batch writer in one transaction. */
const viaWriter = (items: Array<{ documentId: string; data: ArticleData }>) =>
  app.strapi.db.transaction(() => writer().createArticles(items.map((item) => ({ ...structuredClone(item), publish: true })), rowIds));

/** The related headlines of a version: headline and the row its article link points at. */
const relatedOf = async (rowId: number) => {
  const populate = { relatedHeadlines: { populate: { article: { select: ['id', 'documentId', 'publishedAt'] } } } };
  const row = (await app.strapi.db.query(ARTICLE).findOne({ where: { id: rowId }, populate } as never)) as any;
  return row.relatedHeadlines.map((r: any) => ({ headline: r.headline, article: r.article ? { id: r.article.id, published: r.article.publishedAt !== null } : null }));
};

beforeAll(async () => {
  app = await startStrapi();
  const importer = app.strapi.plugin('source-import').service('importer') as Importer;
  const imported = await importer.importDocument({ text: seedText(), headline: 'Seed article for the comparison', publish: true });
  expect(imported.published).toBe(true);
  const article = (await app.strapi.documents(ARTICLE).findOne({
    documentId: imported.article.documentId!,
    populate: { image: true, source: true, tags: true, people: true, organizations: true },
  })) as any;
  seed = { documentId: article.documentId, publishedId: (await versions(article.documentId)).published[0].id };
  draftOnly = ((await app.strapi.documents(ARTICLE).create({ data: { headline: 'A draft nobody published' } as never })) as { documentId: string }).documentId;
  ({ data: base, rowIds } = articleDataFrom(article, 'Published both ways', [
    { headline: 'Seed article for the comparison', article: seed.documentId },
    { headline: 'A draft nobody published', article: draftOnly },
    { headline: 'A headline of nothing imported', article: null },
  ]));
  rowIds.set(seed.documentId, article.id);
  rowIds.set(draftOnly, (await versions(draftOnly)).draft.id);
});

afterAll(async () => {
  await app?.stop();
});

describe('publishing in the batch writer', () => {
  let expected: { draft: any; published: any };
  let actual: { draft: any; published: any };

  beforeAll(async () => {
    const [byDocuments] = await viaDocuments([base], [0]);
    const documentId = createId();
    const [written] = await viaWriter([{ documentId, data: base }]);
    expected = { draft: (await versions(byDocuments)).draft, published: (await versions(byDocuments)).published[0] };
    actual = { draft: (await versions(documentId)).draft, published: (await versions(documentId)).published[0] };
    expect(written.publishedId).toBe(actual.published.id);
  });

  it('writes one published row beside the draft, a copy of it as Strapi makes it', async () => {
    const comparable = ({ id: _i, document_id: _d, created_at: _c, updated_at: _u, published_at: _p, slug: _s, ...rest }: Record<string, unknown>) => rest;
    expect(expected.published).toBeDefined();
    expect(comparable(actual.published)).toEqual(comparable(expected.published));
    expect(actual.published.slug).toBe(actual.draft.slug);
    expect(expected.published.slug).toBe(expected.draft.slug);
    // Strapi's publish copies the draft's timestamps; so does the writer.
    for (const rows of [expected, actual]) {
      expect(new Date(rows.published.created_at).getTime()).toBe(new Date(rows.draft.created_at).getTime());
    }
  });

  it('clones the components, with the related headline linked to published versions only', async () => {
    const populate = { image: true, source: true, relatedHeadlines: true };
    const read = (id: number) => app.strapi.db.query(ARTICLE).findOne({ where: { id }, populate }) as Promise<any>;
    const [a, b] = [await read(expected.published.id), await read(actual.published.id)];
    const components = (article: any) => ({
      image: { ...article.image, id: undefined },
      source: { ...article.source, id: undefined },
      relatedHeadlines: article.relatedHeadlines.map((r: any) => ({ ...r, id: undefined })),
    });
    expect(components(b)).toEqual(components(a));
    // New component rows, not the draft's.
    const draft = await read(actual.draft.id);
    expect(b.image.id).not.toBe(draft.image.id);

    const related = await relatedOf(actual.published.id);
    expect(related).toEqual(await relatedOf(expected.published.id));
    expect(related).toEqual([
      { headline: 'Seed article for the comparison', article: { id: seed.publishedId, published: true } },
      { headline: 'A draft nobody published', article: null },
      { headline: 'A headline of nothing imported', article: null },
    ]);
    // The draft keeps its links to drafts.
    expect((await relatedOf(actual.draft.id)).map((r: any) => r.article?.published ?? null)).toEqual([false, false, null]);

    const cmps = (id: number) =>
      db(`${table(ARTICLE)}_cmps`).where('entity_id', id).select('field', 'component_type', 'order').orderBy(['field', 'order']);
    expect(await cmps(actual.published.id)).toEqual(await cmps(expected.published.id));
  });

  it.each(['tags', 'people', 'organizations'])('links %s from the published row with both order columns', async (attribute) => {
    const [a, b] = [await articleLinks(app.strapi, attribute, expected.published.id), await articleLinks(app.strapi, attribute, actual.published.id)];
    expect(b.length).toBe((base as Record<string, unknown[]>)[attribute].length);
    expect(b.map((l) => [l.target, l.order])).toEqual(a.map((l) => [l.target, l.order]));
    // Each target's list: the Document Service's draft, its published row, then the writer's two.
    expect(b.map((l) => l.inverseOrder)).toEqual(a.map((l) => l.inverseOrder + 2));
  });

  it('reads back through the public API shape like the article the Document Service published', async () => {
    const a = await comparableArticle(app.strapi, expected.published.document_id, 'published');
    const b = await comparableArticle(app.strapi, actual.published.document_id, 'published');
    expect(b).toEqual(a);
    expect(b.publishedAt).toBe('set');
    expect(b.tags.length).toBeGreaterThan(0);
  });
});

describe('publishing articles of one batch that cite each other', () => {
  it("links each published version to the other's published version, as publishing them one after the other does", async () => {
    const pair = (a: string | null, b: string | null): ArticleData[] => [
      { ...structuredClone(base), headline: 'First of a pair', relatedHeadlines: [{ headline: 'Second of a pair', article: b }] },
      { ...structuredClone(base), headline: 'Second of a pair', relatedHeadlines: [{ headline: 'First of a pair', article: a }] },
    ];
    // Through the Document Service: the second's link is set after both exist, then the first
    // is published, the second, and the first again (the importer did that before the batch).
    const [first, second] = await viaDocuments(pair(null, null), []);
    const linked = pair(first, second);
    await app.strapi.documents(ARTICLE).update({ documentId: first, data: { relatedHeadlines: linked[0].relatedHeadlines } as never });
    await app.strapi.documents(ARTICLE).update({ documentId: second, data: { relatedHeadlines: linked[1].relatedHeadlines } as never });
    for (const documentId of [first, second, first]) await app.strapi.documents(ARTICLE).publish({ documentId });

    const ids = [createId(), createId()];
    for (const id of ids) rowIds.delete(id);
    const written = await viaWriter([
      { documentId: ids[0], data: pair(ids[0], ids[1])[0] },
      { documentId: ids[1], data: pair(ids[0], ids[1])[1] },
    ]);

    const target = async (documentId: string) => (await relatedOf((await versions(documentId)).published[0].id))[0].article;
    expect(await target(first)).toEqual({ id: (await versions(second)).published[0].id, published: true });
    expect(await target(second)).toEqual({ id: (await versions(first)).published[0].id, published: true });
    expect(await target(ids[0])).toEqual({ id: written[1].publishedId, published: true });
    expect(await target(ids[1])).toEqual({ id: written[0].publishedId, published: true });
  });

  it('publishes nothing of an article the batch leaves a draft, and writes nothing when validation fails', async () => {
    const before = await db(table(ARTICLE)).count({ n: '*' });
    const [draft] = await app.strapi.db.transaction(() =>
      writer().createArticles([{ documentId: createId(), data: { ...structuredClone(base), headline: 'Left a draft' }, publish: false }], rowIds),
    );
    expect(draft.publishedId).toBeNull();
    expect((await versions(draft.documentId)).published).toHaveLength(0);
    await expect(
      app.strapi.db.transaction(() =>
        writer().createArticles([{ documentId: createId(), data: { ...structuredClone(base), dateline: 'x'.repeat(300) }, publish: true }], rowIds),
      ),
    ).rejects.toThrow(/dateline/);
    expect(Number((await db(table(ARTICLE)).count({ n: '*' }))[0].n)).toBe(Number(before[0].n) + 1);
  });
});
