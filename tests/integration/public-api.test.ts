import request from 'supertest';
import { startStrapi, createFullAccessToken, type TestApp } from '../helpers/strapi';
import { grantPublicRead } from '../../src/bootstrap/permissions';

let app: TestApp;
let published: { article: string; quote: string; draftQuote: string; draftArticle: string };

/**
 * One published article and one draft, sharing a speaker, an organization and a tag: whatever
 * the public reads through those shared entries must never show the draft.
 */
async function seedContent() {
  const docs = app.strapi.documents;
  const org = await docs('api::organization.organization').create({
    data: { name: 'Institute of Coastal Studies', acronym: 'ICS', aliases: ['the Institute'], kind: 'think_tank' },
  });
  const speaker = await docs('api::person.person').create({
    data: {
      name: 'Mirela Ostojić',
      aliases: ['Ostojić'],
      affiliations: [{ role: 'senior fellow', organization: org.documentId }],
      organizations: [org.documentId],
    },
  });
  const tag = await docs('api::tag.tag').create({ data: { name: 'Ports' } });

  const article = await docs('api::article.article').create({
    data: {
      headline: 'Harbour dredging divides the coast',
      lead: 'A public lead.',
      tags: [tag.documentId],
      people: [speaker.documentId],
      organizations: [org.documentId],
      image: { caption: 'Cranes at the harbour', credit: '© Example Photo / Staff' },
      source: { fileName: 'harbour.txt', sha256: 'a'.repeat(64), rawText: 'PRIVATE RAW TEXT' },
    },
    status: 'published',
  });
  const quote = await docs('api::quote.quote').create({
    data: { text: 'The channel must be deepened', kind: 'direct', cue: 'said', speaker: speaker.documentId, article: article.documentId, position: 0 },
  });
  // A quote is published with its article, never on its own.
  await docs('api::article.article').publish({ documentId: article.documentId });

  const draftArticle = await docs('api::article.article').create({
    data: { headline: 'SECRET DRAFT headline', tags: [tag.documentId], people: [speaker.documentId], organizations: [org.documentId] },
  });
  const draftQuote = await docs('api::quote.quote').create({
    data: { text: 'SECRET DRAFT words', kind: 'direct', speaker: speaker.documentId, speakerOrganization: org.documentId, article: draftArticle.documentId },
  });
  return { article: article.documentId, quote: quote.documentId, draftQuote: draftQuote.documentId, draftArticle: draftArticle.documentId };
}

beforeAll(async () => {
  app = await startStrapi();
  published = await seedContent();
});

afterAll(async () => {
  await app?.stop();
});

const get = (url: string) => request(app.server).get(url);

describe('the public REST API', () => {
  it('returns a published article with its quotes, speakers and other relations populated', async () => {
    const res = await get(
      `/api/articles/${published.article}?populate[quotes][populate]=speaker&populate[tags]=true&populate[people]=true&populate[organizations]=true&populate[image]=true`,
    );
    expect(res.status).toBe(200);
    const article = res.body.data;
    expect(article.headline).toBe('Harbour dredging divides the coast');
    expect(article.quotes).toHaveLength(1);
    expect(article.quotes[0]).toMatchObject({ text: 'The channel must be deepened', speaker: { name: 'Mirela Ostojić' } });
    expect(article.tags.map((t: { name: string }) => t.name)).toEqual(['Ports']);
    expect(article.people[0].name).toBe('Mirela Ostojić');
    expect(article.organizations[0]).toMatchObject({ acronym: 'ICS', kind: 'think_tank' });
    expect(article.image).toMatchObject({ caption: 'Cranes at the harbour', credit: '© Example Photo / Staff' });
  });

  it('never shows the private import source, even when asked to populate it', async () => {
    const res = await get(`/api/articles/${published.article}?populate=*`);
    expect(JSON.stringify(res.body)).not.toContain('PRIVATE RAW TEXT');
    const asked = await get(`/api/articles/${published.article}?populate[source]=true`);
    expect(asked.status).toBe(400);
  });

  it('keeps drafts out of lists and lookups by documentId', async () => {
    const list = await get('/api/articles');
    expect(list.status).toBe(200);
    expect(list.body.data.map((a: { documentId: string }) => a.documentId)).toEqual([published.article]);
    expect((await get(`/api/articles/${published.draftArticle}`)).status).toBe(404);
    expect((await get(`/api/articles/${published.draftArticle}?status=draft`)).status).toBe(404);
    expect((await get(`/api/quotes/${published.draftQuote}`)).status).toBe(404);
    const quotes = await get('/api/quotes?status=draft');
    expect(JSON.stringify(quotes.body)).not.toContain('SECRET DRAFT');
  });

  it('keeps drafts out of populated relations', async () => {
    const urls = [
      '/api/tags?populate[articles]=true',
      '/api/people?populate[articles]=true&populate[quotes]=true',
      '/api/organizations?populate[articles]=true&populate[quotes]=true&populate[people]=true',
      '/api/people?populate[quotes][populate][article]=true',
    ];
    for (const url of urls) {
      const res = await get(url);
      expect(res.status).toBe(200);
      expect(JSON.stringify(res.body)).not.toContain('SECRET DRAFT');
    }
    const tags = await get('/api/tags?populate[articles]=true');
    expect(tags.body.data[0].articles.map((a: { documentId: string }) => a.documentId)).toEqual([published.article]);
  });

  it('shows a person with their affiliations', async () => {
    const res = await get('/api/people?filters[slug][$eq]=mirela-ostojic&populate[affiliations][populate]=organization');
    expect(res.status).toBe(200);
    expect(res.body.data[0].affiliations[0]).toMatchObject({ role: 'senior fellow', organization: { name: 'Institute of Coastal Studies' } });
  });
});

describe('writes', () => {
  it.each([
    ['post', '/api/articles'],
    ['post', '/api/quotes'],
    ['post', '/api/people'],
    ['post', '/api/organizations'],
    ['post', '/api/tags'],
  ] as const)('are closed to the public: %s %s', async (method, url) => {
    const res = await request(app.server)[method](url).send({ data: { name: 'x', text: 'x', headline: 'x' } });
    expect(res.status).toBe(403);
  });

  it('are closed to the public for update and delete too', async () => {
    expect((await request(app.server).put(`/api/articles/${published.article}`).send({ data: { headline: 'x' } })).status).toBe(403);
    expect((await request(app.server).delete(`/api/articles/${published.article}`)).status).toBe(403);
  });

  it('are open to a full-access API token', async () => {
    const token = await createFullAccessToken(app.strapi);
    const res = await request(app.server)
      .post('/api/organizations')
      .set('Authorization', `Bearer ${token}`)
      .send({ data: { name: 'Harbour Authority', kind: 'government' } });
    expect(res.status).toBe(201);
    expect(res.body.data).toMatchObject({ name: 'Harbour Authority', slug: 'harbour-authority', documentId: expect.any(String) });
  });
});

describe('the public permissions', () => {
  it('are granted idempotently at every start', async () => {
    const count = () => app.strapi.db.query('plugin::users-permissions.permission').count({});
    const before = await count();
    await grantPublicRead(app.strapi);
    await grantPublicRead(app.strapi);
    expect(await count()).toBe(before);
    const publicRole = await app.strapi.db.query('plugin::users-permissions.role').findOne({ where: { type: 'public' }, populate: ['permissions'] });
    const actions = publicRole.permissions.map((p: { action: string }) => p.action).filter((a: string) => a.startsWith('api::'));
    expect(actions.sort()).toEqual(
      [
        ...['article', 'organization', 'person', 'quote', 'tag'].flatMap((t) => [`api::${t}.${t}.find`, `api::${t}.${t}.findOne`]),
        // the standards outputs and a person's quotes (tests/integration/standards.test.ts)
        'api::article.article.jsonld',
        'api::article.article.ninjs',
        'api::person.person.quotes',
        // the articles mentioning an organization (tests/integration/finding-content.test.ts)
        'api::organization.organization.articles',
      ].sort(),
    );
  });
});

describe('quotes follow their article', () => {
  it('are published, unpublished and deleted with it', async () => {
    const docs = app.strapi.documents;
    const article = await docs('api::article.article').create({ data: { headline: 'Quotes travel with their article' } });
    const quote = await docs('api::quote.quote').create({ data: { text: 'We go where the article goes', article: article.documentId } as never });
    const publicQuote = () => request(app.server).get(`/api/quotes/${quote.documentId}`);

    expect((await publicQuote()).status).toBe(404);
    await docs('api::article.article').publish({ documentId: article.documentId });
    expect((await publicQuote()).status).toBe(200);
    const res = await get(`/api/articles/${article.documentId}?populate[quotes]=true`);
    expect(res.body.data.quotes.map((q: { text: string }) => q.text)).toEqual(['We go where the article goes']);

    await docs('api::article.article').unpublish({ documentId: article.documentId });
    expect((await publicQuote()).status).toBe(404);

    await docs('api::article.article').delete({ documentId: article.documentId });
    expect(await docs('api::quote.quote').findOne({ documentId: quote.documentId })).toBeNull();
  });
});
