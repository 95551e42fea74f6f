import request from 'supertest';
import { LONE_QUOTE_PUBLICATION } from '../../src/bootstrap/article-quotes';
import { createFullAccessToken, loginAdmin, startStrapi, type TestApp } from '../helpers/strapi';

/**
 * Quotes follow their article: publishing or unpublishing one on its own is refused, through
 * the Document Service, the Content Manager and the REST API alike; the article's publication
 * still carries its quotes.
 */

const ARTICLE = 'api::article.article';
const QUOTE = 'api::quote.quote';
const CM = '/content-manager/collection-types/api::quote.quote';

let app: TestApp;
let adminJwt: string;
let apiToken: string;

beforeAll(async () => {
  app = await startStrapi();
  adminJwt = await loginAdmin(app.strapi, app.server, 'super-admin');
  apiToken = await createFullAccessToken(app.strapi);
});

afterAll(async () => {
  await app?.stop();
});

/** A draft article with one draft quote. */
async function draftArticleWithQuote(text: string) {
  const article = await app.strapi.documents(ARTICLE).create({ data: { headline: `Article of ${text}` } });
  const quote = await app.strapi.documents(QUOTE).create({ data: { text, kind: 'direct', article: article.documentId } as never });
  return { article: article.documentId, quote: quote.documentId };
}

const publishedCount = (documentId: string) => app.strapi.documents(QUOTE).count({ filters: { documentId }, status: 'published' } as never);
const publicQuote = (documentId: string) => request(app.server).get(`/api/quotes/${documentId}`);

describe('publishing a quote on its own', () => {
  it('is refused by the Document Service, and nothing of the draft article becomes public', async () => {
    const { quote } = await draftArticleWithQuote('Refused by the Document Service');
    await expect(app.strapi.documents(QUOTE).publish({ documentId: quote })).rejects.toThrow(LONE_QUOTE_PUBLICATION);
    await expect(app.strapi.documents(QUOTE).update({ documentId: quote, data: { cue: 'said' }, status: 'published' } as never)).rejects.toThrow(
      LONE_QUOTE_PUBLICATION,
    );
    await expect(
      app.strapi.documents(QUOTE).create({ data: { text: 'Born published', kind: 'direct' } as never, status: 'published' }),
    ).rejects.toThrow(LONE_QUOTE_PUBLICATION);
    expect(await publishedCount(quote)).toBe(0);
    expect((await publicQuote(quote)).status).toBe(404);
    // Refused before anything was written: the update's data did not land either.
    expect(await app.strapi.documents(QUOTE).count({ filters: { text: 'Born published' } } as never)).toBe(0);
  });

  it('is refused by the Content Manager with the message, as publish and as bulk publish', async () => {
    const { quote } = await draftArticleWithQuote('Refused by the Content Manager');
    const publish = await request(app.server)
      .post(`${CM}/${quote}/actions/publish`)
      .set('Authorization', `Bearer ${adminJwt}`)
      .send({ text: 'Refused by the Content Manager, edited' });
    expect(publish.status).toBe(400);
    expect(publish.body.error.message).toBe(LONE_QUOTE_PUBLICATION);

    const bulk = await request(app.server)
      .post(`${CM}/actions/bulkPublish`)
      .set('Authorization', `Bearer ${adminJwt}`)
      .send({ documentIds: [quote] });
    expect(bulk.status).toBe(400);
    expect(bulk.body.error.message).toBe(LONE_QUOTE_PUBLICATION);

    const createAndPublish = await request(app.server)
      .post(`${CM}/actions/publish`)
      .set('Authorization', `Bearer ${adminJwt}`)
      .send({ text: 'Created and published from the Content Manager', kind: 'direct' });
    expect(createAndPublish.status).toBe(400);
    expect(createAndPublish.body.error.message).toBe(LONE_QUOTE_PUBLICATION);

    expect(await publishedCount(quote)).toBe(0);
    expect((await publicQuote(quote)).status).toBe(404);
    // The Content Manager runs its update and publish in one transaction: neither stayed.
    const [stored] = await app.strapi.documents(QUOTE).findMany({ filters: { documentId: quote } } as never);
    expect(stored.text).toBe('Refused by the Content Manager');
    expect(await app.strapi.documents(QUOTE).count({ filters: { text: 'Created and published from the Content Manager' } } as never)).toBe(0);
  });

  it('is refused by the REST API, even with a full-access token', async () => {
    const { quote } = await draftArticleWithQuote('Refused by the REST API');
    const update = await request(app.server)
      .put(`/api/quotes/${quote}?status=published`)
      .set('Authorization', `Bearer ${apiToken}`)
      .send({ data: { cue: 'told' } });
    expect(update.status).toBe(400);
    expect(update.body.error.message).toBe(LONE_QUOTE_PUBLICATION);
    const create = await request(app.server)
      .post('/api/quotes?status=published')
      .set('Authorization', `Bearer ${apiToken}`)
      .send({ data: { text: 'Created published through the API', kind: 'direct' } });
    expect(create.status).toBe(400);
    expect(await publishedCount(quote)).toBe(0);
    expect((await publicQuote(quote)).status).toBe(404);
  });
});

describe('unpublishing a quote on its own', () => {
  it('is refused, and the published article keeps it', async () => {
    const { article, quote } = await draftArticleWithQuote('Stays with its article');
    await app.strapi.documents(ARTICLE).publish({ documentId: article });
    expect(await publishedCount(quote)).toBe(1);

    await expect(app.strapi.documents(QUOTE).unpublish({ documentId: quote })).rejects.toThrow(LONE_QUOTE_PUBLICATION);
    const unpublish = await request(app.server).post(`${CM}/${quote}/actions/unpublish`).set('Authorization', `Bearer ${adminJwt}`).send({});
    expect(unpublish.status).toBe(400);
    expect(unpublish.body.error.message).toBe(LONE_QUOTE_PUBLICATION);
    expect(await publishedCount(quote)).toBe(1);
    expect((await publicQuote(quote)).status).toBe(200);
  });
});

describe('the article carries its quotes', () => {
  it('publishes and unpublishes them with it, from the Document Service and from the Content Manager', async () => {
    const { article, quote } = await draftArticleWithQuote('Travels with its article');
    await app.strapi.documents(ARTICLE).publish({ documentId: article });
    expect(await publishedCount(quote)).toBe(1);
    await app.strapi.documents(ARTICLE).unpublish({ documentId: article });
    expect(await publishedCount(quote)).toBe(0);

    const articles = '/content-manager/collection-types/api::article.article';
    const publish = await request(app.server).post(`${articles}/${article}/actions/publish`).set('Authorization', `Bearer ${adminJwt}`).send({});
    expect(publish.status).toBe(200);
    expect(await publishedCount(quote)).toBe(1);
    expect((await publicQuote(quote)).status).toBe(200);
    const unpublish = await request(app.server).post(`${articles}/${article}/actions/unpublish`).set('Authorization', `Bearer ${adminJwt}`).send({});
    expect(unpublish.status).toBe(200);
    expect(await publishedCount(quote)).toBe(0);
  });

  it('publishes them when the article is updated with the published status', async () => {
    const { article, quote } = await draftArticleWithQuote('Published by an update');
    await app.strapi.documents(ARTICLE).update({ documentId: article, data: { lead: 'Now with a lead.' }, status: 'published' } as never);
    expect(await publishedCount(quote)).toBe(1);
  });
});
