import { startStrapi, withoutPermission, type TestApp } from '../helpers/strapi';
import { importCorpus, type CorpusName, type Imported } from '../helpers/corpus';
import { compareWithStrapi, readersOf, type Who } from '../helpers/fast-reads';

/**
 * The one-article read's fast path (src/bootstrap/fast-article-read.ts) answers exactly as
 * Strapi's own `findOne` does: every article, published, draft or unknown, every query shape,
 * as the public, a signed-in user, an API token and a role without the quotes, the status code
 * and the body byte for byte, with the fast path on and off. And it does answer the common
 * shape (PostgreSQL only: on SQLite, Strapi's path answers both times).
 */

let app: TestApp;
let corpus: Record<CorpusName, Imported>;
let extra: { bare: string; edited: string };
let get: Awaited<ReturnType<typeof readersOf>>;

const COMMON = 'populate[quotes][populate][speaker]=true&populate[tags]=true';
const QUERIES = [
  COMMON,
  // The same shape written in another order, and the forms that must go Strapi's way.
  'populate[tags]=true&populate[quotes][populate][speaker]=true',
  'populate[quotes][populate][speaker]=true',
  'populate[quotes][populate][speaker]=true&populate[tags]=true&fields[0]=headline',
  'populate[quotes][populate][speaker]=true&populate[tags]=true&status=draft',
  'populate[quotes][populate][speaker][fields][0]=name&populate[tags]=true',
  'populate[quotes][populate][speaker]=true&populate[tags]=true&populate[nope]=true',
  'populate[quotes][populate][speaker]=1&populate[tags]=true',
  '',
];

beforeAll(async () => {
  process.env.READ_CACHE = 'off';
  app = await startStrapi();
  corpus = await importCorpus(app.strapi);
  const docs = app.strapi.documents('api::article.article');
  // No quotes, no tags.
  const bare = await docs.create({ data: { headline: 'A bare article' } as never, status: 'published' });
  // Published, then edited without publishing: the public sees the published version only.
  const edited = corpus.seed.article.documentId!;
  await docs.update({ documentId: edited, data: { headline: 'DRAFT EDIT of the seed' } as never });
  extra = { bare: bare.documentId, edited };
  get = await readersOf(app);
});

afterAll(async () => {
  delete process.env.READ_CACHE;
  await app?.stop();
});

const documentIds = () => [corpus.seed, corpus.second, corpus.unrelated, corpus.draft].map((c) => c.article.documentId!).concat([extra.bare, 'nosuchdocumentid000000000']);

/** Every read, once with the fast path and once without: status and bytes. */
const compareAll = (who: Who) =>
  compareWithStrapi(
    app,
    get,
    documentIds().flatMap((documentId) => QUERIES.map((query) => `/api/articles/${documentId}${query ? `?${query}` : ''}`)),
    who,
  );

describe('the one-article read, fast path against Strapi path', () => {
  it('answers the public the same, and takes the fast path for the common shape on PostgreSQL', async () => {
    // The controller creates the fast path; a first read makes sure the handle is its.
    await get(`/api/articles/${corpus.seed.article.documentId!}?${COMMON}`, 'public');
    const served = await compareAll('public');
    // The common shape in two spellings, for the four published articles.
    expect(served).toBe(app.client === 'postgres' ? 4 * 2 : 0);
  });

  it('shows the published version of an article edited since, with its quotes and their speakers', async () => {
    const res = await get(`/api/articles/${extra.edited}?${COMMON}`, 'public');
    expect(res.status).toBe(200);
    expect(res.text).not.toContain('DRAFT EDIT');
    expect(res.body.data.quotes.length).toBeGreaterThan(0);
    expect(res.body.data.quotes.some((q: { speaker: unknown }) => q.speaker !== null)).toBe(true);
    expect(res.body.data.tags.length).toBeGreaterThan(0);
  });

  it('answers a signed-in user the same', async () => {
    const served = await compareAll('user');
    expect(served).toBe(app.client === 'postgres' ? 8 : 0);
  });

  it('leaves API tokens (which may read drafts) to Strapi', async () => {
    expect(await compareAll('token')).toBe(0);
  });

  it('leaves a role that may not find quotes to Strapi, which strips them', async () => {
    await withoutPermission(app, 'public', 'api::quote.quote.find', async () => {
      expect(await compareAll('public')).toBe(0);
      const res = await get(`/api/articles/${corpus.seed.article.documentId!}?${COMMON}`, 'public');
      expect(res.status).toBe(200);
      expect(res.body.data.quotes).toBeUndefined();
    });
  });
});
