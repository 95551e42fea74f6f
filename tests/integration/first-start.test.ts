import request from 'supertest';
import { provisionDatabase, startStrapi, type TestApp } from '../helpers/strapi';
import { SEED_FILE } from '../helpers/fixtures';

let database: Awaited<ReturnType<typeof provisionDatabase>>;
let app: TestApp | undefined;

beforeAll(async () => {
  database = await provisionDatabase();
});

afterAll(async () => {
  await app?.stop();
  await database?.drop();
});

describe('the first start', () => {
  it('imports the seed document as a draft awaiting its headline, once, however often the CMS starts', async () => {
    app = await startStrapi({ importOnStart: [SEED_FILE], database });
    const articles = await app.strapi.documents('api::article.article').findMany({ populate: { quotes: true, tags: true } });
    expect(articles).toHaveLength(1);
    expect(articles[0].headline).toBeNull();
    expect((articles[0] as any).quotes).toHaveLength(14);
    expect((articles[0] as any).tags).toHaveLength(14);
    expect(await app.strapi.db.query('api::person.person').count({})).toBe(7);
    expect((await request(app.server).get('/api/articles')).body.data).toEqual([]);
    const runs = await app.strapi.db.query('plugin::source-import.import-run').findMany({});
    expect(runs).toHaveLength(1);
    expect(runs[0]).toMatchObject({ origin: 'startup', state: 'finished' });
    await app.stop();

    app = await startStrapi({ importOnStart: [SEED_FILE], database });
    expect(await app.strapi.db.query('api::article.article').count({})).toBe(1);
    expect(await app.strapi.db.query('api::quote.quote').count({})).toBe(14);
    expect(await app.strapi.db.query('plugin::source-import.import-run').count({})).toBe(1);
  });
});
