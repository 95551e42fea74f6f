import request from 'supertest';
import { startStrapi, createFullAccessToken, type TestApp } from '../helpers/strapi';

let app: TestApp;

beforeAll(async () => {
  app = await startStrapi();
});

afterAll(async () => {
  await app?.stop();
});

const attributesOf = (uid: string) => (app.strapi.contentTypes as Record<string, any>)[uid].attributes;

describe('the content model', () => {
  it('has the five types with draft & publish on articles and quotes only', () => {
    const options = (uid: string) => (app.strapi.contentTypes as Record<string, any>)[uid].options;
    expect(options('api::article.article').draftAndPublish).toBe(true);
    expect(options('api::quote.quote').draftAndPublish).toBe(true);
    expect(options('api::person.person').draftAndPublish).toBe(false);
    expect(options('api::organization.organization').draftAndPublish).toBe(false);
    expect(options('api::tag.tag').draftAndPublish).toBe(false);
  });

  it.each([
    ['api::article.article', 'quotes', 'oneToMany', 'api::quote.quote'],
    ['api::article.article', 'tags', 'manyToMany', 'api::tag.tag'],
    ['api::article.article', 'people', 'manyToMany', 'api::person.person'],
    ['api::article.article', 'organizations', 'manyToMany', 'api::organization.organization'],
    ['api::quote.quote', 'speaker', 'manyToOne', 'api::person.person'],
    ['api::quote.quote', 'speakerOrganization', 'manyToOne', 'api::organization.organization'],
    ['api::quote.quote', 'article', 'manyToOne', 'api::article.article'],
    ['api::person.person', 'quotes', 'oneToMany', 'api::quote.quote'],
    ['api::person.person', 'articles', 'manyToMany', 'api::article.article'],
    ['api::person.person', 'organizations', 'manyToMany', 'api::organization.organization'],
    ['api::organization.organization', 'quotes', 'oneToMany', 'api::quote.quote'],
    ['api::organization.organization', 'articles', 'manyToMany', 'api::article.article'],
    ['api::organization.organization', 'people', 'manyToMany', 'api::person.person'],
    ['api::tag.tag', 'articles', 'manyToMany', 'api::article.article'],
  ])('%s.%s is a %s relation to %s', (uid, field, relation, target) => {
    expect(attributesOf(uid)[field]).toMatchObject({ type: 'relation', relation, target });
  });

  it('keeps the article fields of the contract', () => {
    const article = attributesOf('api::article.article');
    expect(article.headline).toMatchObject({ type: 'string', required: true });
    expect(article.slug).toMatchObject({ type: 'uid', targetField: 'headline' });
    expect(article.body.type).toBe('blocks');
    expect(article.image).toMatchObject({ type: 'component', component: 'news.captioned-image', repeatable: false });
    expect(article.relatedHeadlines).toMatchObject({ component: 'news.related-headline', repeatable: true });
    expect(article.source).toMatchObject({ component: 'news.import-source', private: true });
    for (const field of ['lead', 'capturedAt', 'datePublished', 'sourceUrl', 'section']) {
      expect(article).toHaveProperty(field);
    }
    const source = (app.strapi.components as Record<string, any>)['news.import-source'].attributes;
    expect(Object.keys(source)).toEqual(
      expect.arrayContaining(['fileName', 'sha256', 'rawText', 'importerVersion', 'importedAt', 'diagnostics']),
    );
    const related = (app.strapi.components as Record<string, any>)['news.related-headline'].attributes;
    expect(related.article).toMatchObject({ type: 'relation', target: 'api::article.article' });
  });

  it('keeps the quote, person, organization and tag fields of the contract', () => {
    expect(attributesOf('api::quote.quote').kind.enum).toEqual(['direct', 'partial', 'indirect']);
    expect(Object.keys(attributesOf('api::quote.quote'))).toEqual(
      expect.arrayContaining(['text', 'speakerDescription', 'cue', 'position', 'line', 'column', 'startOffset', 'endOffset']),
    );
    expect(attributesOf('api::person.person').affiliations).toMatchObject({ component: 'news.affiliation', repeatable: true });
    expect(attributesOf('api::person.person').aliases.type).toBe('json');
    expect(attributesOf('api::organization.organization').kind.enum).toEqual([
      'media', 'government', 'military', 'armed_group', 'political_party', 'think_tank', 'international_body', 'company', 'other',
    ]);
    expect(attributesOf('api::tag.tag').name).toMatchObject({ unique: true, required: true });
  });

  it('lets a draft article lack a headline but refuses to publish it without one', async () => {
    const articles = app.strapi.documents('api::article.article');
    // The generated type says headline is required: it is, to publish; a draft may lack it.
    const draft = await articles.create({ data: { lead: 'A lead without a headline.' } as never });
    expect(draft.documentId).toEqual(expect.any(String));
    await expect(articles.publish({ documentId: draft.documentId })).rejects.toThrow(/headline/);
    const published = await articles.findOne({ documentId: draft.documentId, status: 'published' });
    expect(published).toBeNull();
  });

  it('fills slugs from the headline or name, unique per type', async () => {
    const first = await app.strapi.documents('api::tag.tag').create({ data: { name: 'Middle East' } });
    expect(first.slug).toBe('middle-east');
    const person = await app.strapi.documents('api::person.person').create({ data: { name: 'Ana María Pérez' } });
    const namesake = await app.strapi.documents('api::person.person').create({ data: { name: 'Ana Maria Perez' } });
    expect(person.slug).toBe('ana-maria-perez');
    expect(namesake.slug).toBe('ana-maria-perez-1');
  });

  it('refuses a second tag with the same name with a validation error, not a 500', async () => {
    const token = await createFullAccessToken(app.strapi);
    const create = () =>
      request(app.server)
        .post('/api/tags')
        .set('Authorization', `Bearer ${token}`)
        .send({ data: { name: 'Elections' } });
    expect((await create()).status).toBe(201);
    const second = await create();
    expect(second.status).toBe(400);
    expect(second.body.error).toMatchObject({ name: 'ValidationError' });
    expect(await app.strapi.documents('api::tag.tag').count({ filters: { name: 'Elections' } })).toBe(1);
  });
});
