import { startStrapi, withoutPermission, type TestApp } from '../helpers/strapi';
import { importCorpus, type CorpusName, type Imported } from '../helpers/corpus';
import { compareWithStrapi, readersOf, type Who } from '../helpers/fast-reads';

/**
 * The list's fast path (src/bootstrap/fast-article-read.ts, `find`) answers exactly as Strapi's
 * own `find` does: every page of every query shape, as the public, a signed-in user, an API
 * token and a role without the tags, the status code and the body (pagination meta included)
 * byte for byte, with the fast path on and off; articles that share a capture time or have none
 * keep Strapi's order; drafts never show. And it does answer the common shape (PostgreSQL only:
 * on SQLite, Strapi's path answers both times).
 */

let app: TestApp;
let corpus: Record<CorpusName, Imported>;
let get: Awaited<ReturnType<typeof readersOf>>;

const SHAPE = 'populate[tags]=true&sort[0]=capturedAt:desc';
/** Answered by the fast path: the bench's query, pages within and beyond the list, and the defaults. */
const FAST = [
  `${SHAPE}&pagination[pageSize]=25&pagination[page]=1`,
  `${SHAPE}&pagination[page]=2&pagination[pageSize]=3`,
  `${SHAPE}&pagination[pageSize]=3&pagination[page]=4`,
  `${SHAPE}&pagination[pageSize]=1&pagination[page]=7`,
  `${SHAPE}&pagination[pageSize]=25&pagination[page]=99`,
  `${SHAPE}&pagination[pageSize]=100`,
  `${SHAPE}&pagination[page]=2`,
  SHAPE,
  `pagination[pageSize]=5&${SHAPE}`,
];
/** Left to Strapi: every other shape near it. */
const STRAPI = [
  `${SHAPE}&pagination[pageSize]=101`,
  `${SHAPE}&pagination[pageSize]=0`,
  `${SHAPE}&pagination[page]=0`,
  `${SHAPE}&pagination[page]=-1`,
  `${SHAPE}&pagination[page]=02`,
  `${SHAPE}&pagination[page]=x`,
  `${SHAPE}&pagination[start]=2&pagination[limit]=3`,
  `${SHAPE}&pagination[withCount]=false`,
  `${SHAPE}&pagination[page]=1&pagination[page]=2`,
  'populate[tags]=true&sort=capturedAt:desc',
  'populate[tags]=true&sort[0]=capturedAt:asc',
  'populate[tags]=true&sort[0]=capturedAt:desc&sort[1]=headline:asc',
  'populate[tags]=true',
  'sort[0]=capturedAt:desc',
  'populate=tags&sort[0]=capturedAt:desc',
  'populate[tags][fields][0]=name&sort[0]=capturedAt:desc',
  `${SHAPE}&populate[quotes]=true`,
  `${SHAPE}&fields[0]=headline`,
  `${SHAPE}&filters[headline][$contains]=Mosul`,
  `${SHAPE}&status=draft`,
  `${SHAPE}&locale=fr`,
  `${SHAPE}&nope=1`,
  '',
];
const paths = (queries: string[]) => queries.map((query) => `/api/articles${query ? `?${query}` : ''}`);

beforeAll(async () => {
  process.env.READ_CACHE = 'off';
  app = await startStrapi();
  corpus = await importCorpus(app.strapi);
  const docs = app.strapi.documents('api::article.article');
  const tag = (await app.strapi.documents('api::tag.tag').findFirst({}))!;
  // Articles that share a capture time (Strapi orders them by id), and some without one (first
  // when descending, on PostgreSQL), with and without tags.
  for (let i = 0; i < 6; i += 1) {
    await docs.create({
      data: { headline: `Same minute ${i}`, capturedAt: i < 4 ? '2021-03-12T14:05:00.000Z' : null, tags: i % 2 ? [tag.documentId] : [] } as never,
      status: 'published',
    });
  }
  // A draft never shown, and a published article edited since: the public sees the published version.
  await docs.create({ data: { headline: 'SECRET DRAFT in the list', capturedAt: '2030-01-01T00:00:00.000Z' } as never });
  await docs.update({ documentId: corpus.seed.article.documentId!, data: { headline: 'DRAFT EDIT of the seed' } as never });
  get = await readersOf(app);
});

afterAll(async () => {
  delete process.env.READ_CACHE;
  await app?.stop();
});

const compareAll = (who: Who) => compareWithStrapi(app, get, paths([...FAST, ...STRAPI]), who);

describe('the list of articles with their tags, fast path against Strapi path', () => {
  it('answers the public the same, and takes the fast path for the common shape on PostgreSQL', async () => {
    // The controller creates the fast path; a first read makes sure the handle is its.
    await get(`/api/articles?${SHAPE}`, 'public');
    expect(await compareAll('public')).toBe(app.client === 'postgres' ? FAST.length : 0);
  });

  it('shows published articles only, in Strapi order, with their tags and the pagination meta', async () => {
    const res = await get(`/api/articles?${SHAPE}&pagination[pageSize]=100`, 'public');
    expect(res.status).toBe(200);
    expect(res.text).not.toMatch(/SECRET DRAFT|DRAFT EDIT/);
    const headlines = res.body.data.map((a: { headline: string }) => a.headline);
    expect(headlines).toHaveLength(3 + 6);
    expect(headlines.filter((h: string) => h.startsWith('Same minute 0') || h.startsWith('Same minute 1') || h.startsWith('Same minute 2') || h.startsWith('Same minute 3'))).toEqual(['Same minute 0', 'Same minute 1', 'Same minute 2', 'Same minute 3']);
    expect(res.body.data.some((a: { tags: unknown[] }) => a.tags.length > 0)).toBe(true);
    expect(res.body.meta).toEqual({ pagination: { page: 1, pageSize: 100, pageCount: 1, total: 9 } });
  });

  it('answers a signed-in user the same', async () => {
    expect(await compareAll('user')).toBe(app.client === 'postgres' ? FAST.length : 0);
  });

  it('leaves API tokens (which may read drafts) to Strapi', async () => {
    expect(await compareAll('token')).toBe(0);
  });

  it('leaves a role that may not find tags to Strapi, which strips them', async () => {
    await withoutPermission(app, 'public', 'api::tag.tag.find', async () => {
      expect(await compareAll('public')).toBe(0);
      const res = await get(`/api/articles?${SHAPE}`, 'public');
      expect(res.status).toBe(200);
      expect(res.body.data[0].tags).toBeUndefined();
    });
  });
});
