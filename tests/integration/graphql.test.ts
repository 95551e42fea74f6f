import request from 'supertest';
import { startStrapi, createFullAccessToken, type TestApp } from '../helpers/strapi';

let app: TestApp;
let published: string;
let draft: string;

const gql = (query: string, variables: Record<string, unknown> = {}, token?: string) => {
  const req = request(app.server).post('/graphql').send({ query, variables });
  return token ? req.set('Authorization', `Bearer ${token}`) : req;
};

beforeAll(async () => {
  app = await startStrapi();
  const docs = app.strapi.documents;
  const org = await docs('api::organization.organization').create({ data: { name: 'Coastal Research Council', kind: 'think_tank' } });
  const speaker = await docs('api::person.person').create({
    data: { name: 'Ines Vallejo', affiliations: [{ role: 'director', organization: org.documentId }], organizations: [org.documentId] },
  });
  const tag = await docs('api::tag.tag').create({ data: { name: 'Fisheries' } });
  const a = await docs('api::article.article').create({
    data: { headline: 'Fish stocks recover in the bay', tags: [tag.documentId], people: [speaker.documentId], organizations: [org.documentId] },
  });
  await docs('api::quote.quote').create({ data: { text: 'The bay is alive again', kind: 'direct', speaker: speaker.documentId, article: a.documentId } as never });
  await docs('api::article.article').publish({ documentId: a.documentId });
  published = a.documentId;
  const d = await docs('api::article.article').create({ data: { headline: 'SECRET DRAFT about the bay', people: [speaker.documentId] } });
  await docs('api::quote.quote').create({ data: { text: 'SECRET DRAFT words', kind: 'direct', speaker: speaker.documentId, article: d.documentId } as never });
  draft = d.documentId;
});

afterAll(async () => {
  await app?.stop();
});

describe('GraphQL for the public', () => {
  it('reads an article with its quotes, speakers and their affiliations, tags and organizations in one round trip', async () => {
    const res = await gql(
      `query ($id: ID!) { article(documentId: $id) { headline
        quotes { text kind speaker { name affiliations { role organization { name } } } }
        tags { name } organizations { name kind } people { name } } }`,
      { id: published },
    );
    expect(res.status).toBe(200);
    expect(res.body.errors).toBeUndefined();
    expect(res.body.data.article).toMatchObject({
      headline: 'Fish stocks recover in the bay',
      quotes: [{ text: 'The bay is alive again', speaker: { name: 'Ines Vallejo', affiliations: [{ role: 'director', organization: { name: 'Coastal Research Council' } }] } }],
      tags: [{ name: 'Fisheries' }],
    });
  });

  it('never returns a draft, even when asked for drafts', async () => {
    const byId = await gql('query ($id: ID!) { article(documentId: $id) { headline } }', { id: draft });
    expect(byId.body.data?.article ?? null).toBeNull();
    for (const query of [
      '{ articles(status: DRAFT) { headline } }',
      '{ quotes(status: DRAFT) { text } }',
      '{ articles_connection(status: DRAFT) { nodes { headline } } }',
      '{ people { name quotes { text article { headline } } articles { headline } } }',
      '{ people { name quotes(status: DRAFT) { text } articles(status: DRAFT) { headline } } }',
    ]) {
      const res = await gql(query);
      expect(JSON.stringify(res.body)).not.toContain('SECRET DRAFT');
    }
  });

  it('lets an API-token client (a preview front end) ask for drafts', async () => {
    const token = await createFullAccessToken(app.strapi);
    const res = await gql('{ articles(status: DRAFT) { headline } }', {}, token);
    expect(res.body.data.articles.map((a: { headline: string }) => a.headline)).toContain('SECRET DRAFT about the bay');
    const rest = await request(app.server).get(`/api/articles/${draft}?status=draft`).set('Authorization', `Bearer ${token}`);
    expect(rest.status).toBe(200);
    expect(rest.body.data.headline).toBe('SECRET DRAFT about the bay');
  });

  it('gives a token client the drafts without a headline too (headline null, not the whole list lost)', async () => {
    const token = await createFullAccessToken(app.strapi);
    const untitled = await app.strapi.documents('api::article.article').create({ data: { lead: 'A page awaiting its headline' } as never });
    try {
      const res = await gql('{ articles(status: DRAFT, pagination: { pageSize: 100 }) { documentId headline lead } }', {}, token);
      expect(res.body.errors).toBeUndefined();
      expect(res.body.data.articles).toEqual(expect.arrayContaining([{ documentId: untitled.documentId, headline: null, lead: 'A page awaiting its headline' }]));
      expect(res.body.data.articles.map((a: { headline: string }) => a.headline)).toContain('SECRET DRAFT about the bay');
    } finally {
      await app.strapi.documents('api::article.article').delete({ documentId: untitled.documentId });
    }
  });

  it('refuses a query nested deeper than the limit with a 4xx, not a 500', async () => {
    const deep = '{ articles { people { articles { people { articles { people { articles { people { name } } } } } } } } }';
    const res = await gql(deep);
    expect(res.status).toBeGreaterThanOrEqual(400);
    expect(res.status).toBeLessThan(500);
  });

  it('caps page sizes at 100', async () => {
    await app.strapi.db.query('api::tag.tag').createMany({
      data: Array.from({ length: 120 }, (_, i) => ({ name: `Bulk tag ${i}`, slug: `bulk-tag-${i}`, documentId: `bulktag${String(i).padStart(16, '0')}` })),
    });
    // Read with a token: tags no published article uses are not public.
    const res = await gql('{ tags(pagination: { limit: 100000 }) { name } }', {}, await createFullAccessToken(app.strapi));
    expect(res.status).toBeLessThan(500);
    expect(res.body.errors).toBeUndefined();
    expect(res.body.data.tags).toHaveLength(100);
  });

  it('refuses writes to the public and accepts them from a full-access token', async () => {
    const mutation = 'mutation { createTag(data: { name: "Harbours" }) { name } }';
    const denied = await gql(mutation);
    expect(JSON.stringify(denied.body.errors ?? [])).toMatch(/Forbidden/i);
    const token = await createFullAccessToken(app.strapi);
    const ok = await gql(mutation, {}, token);
    expect(ok.body.data.createTag).toEqual({ name: 'Harbours' });
  });
});
