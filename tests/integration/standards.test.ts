import request from 'supertest';
import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import ninjsSchema from '../../src/api/article/standards/ninjs-schema_3.1.json';
import { plainText, serializeJsonLd, toJsonLd, toNinjs } from '../../src/api/article/standards';
import { PUBLIC_EXTRA_READ_ACTIONS, grantPublicRead } from '../../src/bootstrap/permissions';
import { asArticlePublication } from '../../src/bootstrap/article-quotes';
import { startStrapi, type TestApp } from '../helpers/strapi';

/**
 * The standards outputs for apps: schema.org JSON-LD and IPTC ninjs of a published article, and
 * the published quotes of a person. Whatever they read, a draft never shows.
 */

let app: TestApp;
let seeded: Awaited<ReturnType<typeof seedContent>>;

const HEADLINE = 'Harbour dredging divides the coast </script><script>alert(1)</script> & <b>more</b>';

const ajv = new Ajv2020({ allErrors: true });
addFormats(ajv);
// ninjs 3.1 refers to the GeoJSON schema for `places`, which these items never carry; a stand-in
// keeps the validation offline.
ajv.addSchema({ $id: 'https://geojson.org/schema/GeoJSON.json', type: 'object' });
const validateNinjs = ajv.compile(ninjsSchema);

const expectValidNinjs = (item: unknown) => {
  const valid = validateNinjs(item);
  if (!valid) throw new Error(`ninjs item does not validate:\n${JSON.stringify(validateNinjs.errors, null, 2)}`);
};

async function seedContent() {
  const docs = app.strapi.documents;
  const ics = await docs('api::organization.organization').create({
    data: { name: 'Institute of Coastal Studies', acronym: 'ICS', aliases: ['the Institute'], kind: 'think_tank' },
  });
  const authority = await docs('api::organization.organization').create({ data: { name: 'Harbour Authority', kind: 'government' } });
  const mirela = await docs('api::person.person').create({
    data: { name: 'Mirela Ostojić', aliases: ['Ostojić'], description: 'A coastal engineer', organizations: [ics.documentId] },
  });
  const tomas = await docs('api::person.person').create({ data: { name: 'Tomas Reyes' } });
  const silent = await docs('api::person.person').create({ data: { name: 'Ana Silent' } });
  const ports = await docs('api::tag.tag').create({ data: { name: 'Ports' } });
  const dredging = await docs('api::tag.tag').create({ data: { name: 'Dredging' } });

  const article = await docs('api::article.article').create({
    data: {
      headline: HEADLINE,
      lead: 'The port wants a deeper channel; fishers fear for the bay.',
      body: [
        { type: 'paragraph', children: [{ type: 'text', text: 'The harbour plans to dredge the channel.' }] },
        {
          type: 'paragraph',
          children: [
            { type: 'text', text: 'Read the ' },
            { type: 'link', url: 'https://example.org/plan', children: [{ type: 'text', text: 'plan' }] },
            { type: 'text', text: ' online.' },
          ],
        },
      ],
      section: 'Environment',
      dateline: 'RIJEKA',
      datePublished: '2024-03-01T08:00:00.000Z',
      sourceUrl: 'https://news.example.org/harbour-dredging',
      tags: [ports.documentId, dredging.documentId],
      people: [mirela.documentId, tomas.documentId],
      organizations: [ics.documentId],
      image: { caption: 'Cranes at the <harbour>', credit: '© Example Photo / Staff' },
      source: { fileName: 'harbour.txt', sha256: 'a'.repeat(64), rawText: 'PRIVATE RAW TEXT' },
    } as never,
    status: 'published',
  });
  // Quotes are published with their article (src/bootstrap/article-quotes.ts); this sets up
  // published quotes directly, including two that the guard keeps editors from making.
  const quote = (data: Record<string, unknown>, status?: 'published') =>
    asArticlePublication(() =>
      docs('api::quote.quote').create({ data: { kind: 'direct', cue: 'said', ...data } as never, ...(status ? { status } : {}) }),
    );

  await quote(
    { text: 'The channel must be deepened', speaker: mirela.documentId, speakerOrganization: ics.documentId, article: article.documentId, position: 0 },
    'published',
  );
  await quote({ text: 'Dredging starts in May', speakerOrganization: authority.documentId, article: article.documentId, position: 1 }, 'published');
  await quote({ text: 'Nobody asked us', kind: 'partial', speakerDescription: 'a fisher in the bay', article: article.documentId, position: 2 }, 'published');
  await quote({ text: 'We will watch the water', speaker: mirela.documentId, article: article.documentId, position: 3 }, 'published');

  // An older published article with two more of her quotes, positions out of creation order.
  const older = await docs('api::article.article').create({
    data: { headline: 'The bay in winter', datePublished: '2023-01-15T10:00:00.000Z', people: [mirela.documentId, silent.documentId] } as never,
    status: 'published',
  });
  await quote({ text: 'Winter words, second', speaker: mirela.documentId, article: older.documentId, position: 1 }, 'published');
  await quote({ text: 'Winter words, first', speaker: mirela.documentId, article: older.documentId, position: 0 }, 'published');

  // A draft article that shares her, the tags and the organization, with a draft quote and a
  // quote published on its own: neither may show anywhere.
  const draft = await docs('api::article.article').create({
    data: { headline: 'SECRET DRAFT headline', tags: [ports.documentId], people: [mirela.documentId], organizations: [ics.documentId] } as never,
  });
  await quote({ text: 'SECRET DRAFT words', speaker: mirela.documentId, article: draft.documentId, position: 0 });
  await quote({ text: 'SECRET DRAFT published words', speaker: mirela.documentId, article: draft.documentId, position: 1 }, 'published');
  // A published quote of hers attached to no article at all: not a quote "of an article".
  await quote({ text: 'Orphan words', speaker: mirela.documentId }, 'published');

  return { article: article.documentId, older: older.documentId, draft: draft.documentId, mirela, tomas, silent, ics, authority };
}

beforeAll(async () => {
  app = await startStrapi();
  seeded = await seedContent();
});

afterAll(async () => {
  await app?.stop();
});

const get = (url: string) => request(app.server).get(url);
type Node = Record<string, any>;

describe('GET /api/articles/:documentId/jsonld', () => {
  let res: request.Response;
  let doc: Node;
  beforeAll(async () => {
    res = await get(`/api/articles/${seeded.article}/jsonld`);
    doc = JSON.parse(res.text);
  });

  it('answers NewsArticle JSON-LD with its own media type', () => {
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('application/ld+json; charset=utf-8');
    expect(doc['@context']).toBe('https://schema.org');
    expect(doc['@type']).toBe('NewsArticle');
    expect(doc['@id']).toMatch(new RegExp(`^http://127\\.0\\.0\\.1:\\d+/api/articles/${seeded.article}$`));
  });

  it('is safe inside a script element: <, > and & are escaped in every string', () => {
    expect(res.text).not.toMatch(/[<>&]/);
    expect(res.text).toContain('\\u003c/script\\u003e\\u003cscript\\u003ealert(1)\\u003c/script\\u003e \\u0026 \\u003cb\\u003emore');
    expect(doc.headline).toBe(HEADLINE);
  });

  it('carries the article fields and dates', () => {
    expect(doc).toMatchObject({
      identifier: seeded.article,
      description: 'The port wants a deeper channel; fishers fear for the bay.',
      articleBody: 'The harbour plans to dredge the channel.\n\nRead the plan online.',
      articleSection: 'Environment',
      dateline: 'RIJEKA',
      datePublished: '2024-03-01T08:00:00.000Z',
      isBasedOn: 'https://news.example.org/harbour-dredging',
      keywords: ['Ports', 'Dredging'],
      about: [
        { '@type': 'Thing', name: 'Ports' },
        { '@type': 'Thing', name: 'Dredging' },
      ],
    });
    // An archived article (it has a source URL): the CMS's creation time is not the work's.
    expect(doc.dateCreated).toBeUndefined();
    expect(Date.parse(doc.dateModified)).not.toBeNaN();
    expect(res.text).not.toContain('PRIVATE RAW TEXT');
    expect(res.text).not.toContain('SECRET DRAFT');
  });

  it('never dates an archived article by the time the CMS imported or published it', () => {
    const cms = { publishedAt: '2026-11-26T09:00:00.000Z', createdAt: '2026-11-26T08:00:00.000Z' };
    const context = { baseUrl: 'https://news.example.com' };
    const captured = toJsonLd({ documentId: 'a1', headline: 'From the 2016 archive', capturedAt: '2016-05-04T10:00:00.000Z', ...cms }, context);
    expect(captured.datePublished).toBeUndefined();
    expect(captured.dateCreated).toBeUndefined();
    const linked = toJsonLd({ documentId: 'a2', headline: 'Linked page', sourceUrl: 'https://old.example.org/p', ...cms }, context);
    expect(linked.datePublished).toBeUndefined();
    const stated = toJsonLd({ documentId: 'a3', headline: 'Dated page', capturedAt: '2016-05-04T10:00:00.000Z', datePublished: '2016-05-03T07:00:00.000Z', ...cms }, context);
    expect(stated.datePublished).toBe('2016-05-03T07:00:00.000Z');
    // Written in this CMS: first published when the CMS published it.
    const own = toJsonLd({ documentId: 'a4', headline: 'Written here', ...cms }, context);
    expect(own).toMatchObject({ datePublished: cms.publishedAt, dateCreated: cms.createdAt });
  });

  it('describes the image with its caption and credit', () => {
    expect(doc.image).toMatchObject({ '@type': 'ImageObject', caption: 'Cranes at the <harbour>', creditText: '© Example Photo / Staff' });
  });

  it('mentions the people and organizations, speakers included, with their other names', () => {
    const byName = Object.fromEntries(doc.mentions.map((node: Node) => [node.name, node]));
    expect(Object.keys(byName).sort()).toEqual(['Harbour Authority', 'Institute of Coastal Studies', 'Mirela Ostojić', 'Tomas Reyes']);
    expect(byName['Mirela Ostojić']).toMatchObject({ '@type': 'Person', alternateName: ['Ostojić'], description: 'A coastal engineer' });
    expect(byName['Mirela Ostojić']['@id']).toMatch(/\/#person-mirela-ostojic$/);
    expect(byName['Institute of Coastal Studies']).toMatchObject({ '@type': 'Organization', alternateName: ['ICS', 'the Institute'] });
    expect(byName['Harbour Authority']['@id']).toMatch(/\/#organization-harbour-authority$/);
  });

  it('lists the quotes as Quotation parts that point at their speaker and back at the article', () => {
    const ids = Object.fromEntries(doc.mentions.map((node: Node) => [node.name, node['@id']]));
    expect(doc.hasPart.map((q: Node) => q.text)).toEqual([
      'The channel must be deepened',
      'Dredging starts in May',
      'Nobody asked us',
      'We will watch the water',
    ]);
    for (const quotation of doc.hasPart) {
      expect(quotation['@type']).toBe('Quotation');
      expect(quotation.isPartOf).toEqual({ '@id': doc['@id'] });
      expect(quotation['@id']).toMatch(new RegExp(`^${doc['@id']}#quote-`));
    }
    expect(doc.hasPart[0].spokenByCharacter).toEqual({ '@id': ids['Mirela Ostojić'] });
    expect(doc.hasPart[0].sourceOrganization).toEqual({ '@id': ids['Institute of Coastal Studies'] });
    expect(doc.hasPart[1].spokenByCharacter).toEqual({ '@id': ids['Harbour Authority'] });
    expect(doc.hasPart[2].spokenByCharacter).toEqual({ '@type': 'Person', description: 'a fisher in the bay' });
    expect(doc.citation).toBeUndefined();
  });

  it('uses PUBLIC_URL for the identifiers when it is set', async () => {
    const previous = app.strapi.config.get('server.url');
    app.strapi.config.set('server.url', 'https://news.example.com');
    try {
      const again = JSON.parse((await get(`/api/articles/${seeded.article}/jsonld`)).text);
      expect(again['@id']).toBe(`https://news.example.com/api/articles/${seeded.article}`);
    } finally {
      app.strapi.config.set('server.url', previous);
    }
  });
});

describe('GET /api/articles/:documentId/ninjs', () => {
  let item: Node;
  beforeAll(async () => {
    const res = await get(`/api/articles/${seeded.article}/ninjs`);
    expect(res.status).toBe(200);
    item = res.body;
  });

  it('validates against the ninjs 3.1 schema', () => {
    expectValidNinjs(item);
  });

  it('carries the expected values', () => {
    const body = 'The harbour plans to dredge the channel.\n\nRead the plan online.';
    expect(item).toMatchObject({
      type: 'text',
      representationType: 'full',
      pubStatus: 'usable',
      located: 'RIJEKA',
      contentCreated: '2024-03-01T08:00:00.000Z',
      headlines: [{ role: 'main', value: HEADLINE }],
      descriptions: [{ value: 'The port wants a deeper channel; fishers fear for the bay.' }],
      bodies: [{ contentType: 'text/plain', value: body, charCount: body.length }],
      subjects: [
        { name: 'Ports', literal: 'ports' },
        { name: 'Dredging', literal: 'dredging' },
      ],
      infoSources: [{ uri: 'https://news.example.org/harbour-dredging' }],
    });
    expect(item.uri).toMatch(new RegExp(`/api/articles/${seeded.article}$`));
    expect(item.version).toMatch(/^\d{14}$/);
    expect(Date.parse(item.firstCreated)).not.toBeNaN();
    expect(Date.parse(item.versionCreated)).not.toBeNaN();
    expect(item.people.map((p: Node) => p.name)).toEqual(['Mirela Ostojić', 'Tomas Reyes']);
    expect(item.organisations.map((o: Node) => o.name)).toEqual(['Institute of Coastal Studies', 'Harbour Authority']);
    expect(item.organizations).toBeUndefined();
    expect(item.altIds).toEqual(expect.arrayContaining([{ role: 'documentId', value: seeded.article }]));
    expect(item.associations).toEqual([
      expect.objectContaining({
        name: 'image',
        type: 'picture',
        descriptions: [expect.objectContaining({ role: 'caption', value: 'Cranes at the <harbour>' })],
        copyrightNotice: '© Example Photo / Staff',
      }),
    ]);
    expect(JSON.stringify(item)).not.toContain('PRIVATE RAW TEXT');
    expect(JSON.stringify(item)).not.toContain('SECRET DRAFT');
  });

  it('validates for a bare article too (no lead, body, image or relations)', async () => {
    const res = await get(`/api/articles/${seeded.older}/ninjs`);
    expect(res.status).toBe(200);
    expectValidNinjs(res.body);
    expect(res.body.bodies).toBeUndefined();
  });

  it('validates with an uploaded image file as a rendition', () => {
    const item = toNinjs(
      {
        documentId: 'abc',
        headline: 'With a file',
        publishedAt: '2024-01-01T00:00:00.000Z',
        createdAt: '2024-01-01T00:00:00.000Z',
        image: { caption: 'c', credit: 'k', file: { url: '/uploads/a.jpg', mime: 'image/jpeg', width: 800, height: 600, size: 12.5 } },
      },
      { baseUrl: 'https://news.example.com' },
    );
    expectValidNinjs(item);
    expect((item.associations as Node[])[0].renditions).toEqual([
      { name: 'original', href: 'https://news.example.com/uploads/a.jpg', contentType: 'image/jpeg', width: 800, height: 600, sizeInBytes: 12500 },
    ]);
  });
});

describe('drafts and unknown ids', () => {
  it.each(['jsonld', 'ninjs'])('answer 404 in Strapi error shape for a draft or unknown article: %s', async (format) => {
    for (const id of [seeded.draft, 'no-such-document-id']) {
      for (const suffix of ['', '?status=draft']) {
        const res = await get(`/api/articles/${id}/${format}${suffix}`);
        expect(res.status).toBe(404);
        expect(res.body).toMatchObject({ data: null, error: { status: 404, name: 'NotFoundError' } });
        expect(res.text).not.toContain('SECRET DRAFT');
      }
    }
  });
});

describe('GET /api/people/:slug/quotes', () => {
  it('lists her published quotes of published articles, by article date then position', async () => {
    const res = await get('/api/people/mirela-ostojic/quotes');
    expect(res.status).toBe(200);
    expect(res.body.data.map((q: Node) => q.text)).toEqual([
      'Winter words, first',
      'Winter words, second',
      'The channel must be deepened',
      'We will watch the water',
    ]);
    expect(res.body.data[0]).toEqual({
      documentId: expect.any(String),
      text: 'Winter words, first',
      kind: 'direct',
      cue: 'said',
      position: 0,
      speakerOrganization: null,
      article: {
        documentId: seeded.older,
        headline: 'The bay in winter',
        slug: 'the-bay-in-winter',
        datePublished: '2023-01-15T10:00:00.000Z',
        publishedAt: expect.any(String),
      },
    });
    expect(res.body.data[2].article).toMatchObject({ documentId: seeded.article, headline: HEADLINE });
    expect(res.body.data[2].speakerOrganization).toMatchObject({ name: 'Institute of Coastal Studies' });
    expect(res.body.meta).toEqual({
      person: { documentId: seeded.mirela.documentId, name: 'Mirela Ostojić', slug: 'mirela-ostojic' },
      pagination: { page: 1, pageSize: 25, pageCount: 1, total: 4 },
    });
    expect(res.text).not.toContain('SECRET DRAFT');
    expect(res.text).not.toContain('Orphan words');
  });

  it('paginates', async () => {
    const first = await get('/api/people/mirela-ostojic/quotes?page=1&pageSize=3');
    const second = await get('/api/people/mirela-ostojic/quotes?page=2&pageSize=3');
    const beyond = await get('/api/people/mirela-ostojic/quotes?page=3&pageSize=3');
    expect(first.body.data.map((q: Node) => q.text)).toEqual(['Winter words, first', 'Winter words, second', 'The channel must be deepened']);
    expect(second.body.data.map((q: Node) => q.text)).toEqual(['We will watch the water']);
    expect(beyond.status).toBe(200);
    expect(beyond.body.data).toEqual([]);
    expect(second.body.meta.pagination).toEqual({ page: 2, pageSize: 3, pageCount: 2, total: 4 });
  });

  it('answers an empty page for a person a published article mentions who said nothing', async () => {
    const res = await get('/api/people/ana-silent/quotes');
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ data: [], meta: { pagination: { total: 0, pageCount: 0 } } });
  });

  it('answers 404 for an unknown slug', async () => {
    const res = await get('/api/people/nobody-at-all/quotes');
    expect(res.status).toBe(404);
    expect(res.body).toMatchObject({ data: null, error: { status: 404, name: 'NotFoundError' } });
  });

  it.each(['pageSize=101', 'pageSize=0', 'pageSize=abc', 'page=0', 'page=-1', 'page=1.5', 'page=1&page=2', 'pageSize[a]=1'])(
    'answers 400 for bad pagination: %s',
    async (query) => {
      const res = await get(`/api/people/mirela-ostojic/quotes?${query}`);
      expect(res.status).toBe(400);
      expect(res.body).toMatchObject({ data: null, error: { status: 400, name: 'ValidationError' } });
    },
  );
});

describe('access', () => {
  it('grants the new read actions to the Public and Authenticated roles, idempotently', async () => {
    const count = () => app.strapi.db.query('plugin::users-permissions.permission').count({});
    const before = await count();
    await grantPublicRead(app.strapi);
    expect(await count()).toBe(before);
    for (const type of ['public', 'authenticated']) {
      const role = await app.strapi.db.query('plugin::users-permissions.role').findOne({ where: { type }, populate: ['permissions'] });
      const actions = role.permissions.map((p: { action: string }) => p.action);
      expect(actions).toEqual(expect.arrayContaining([...PUBLIC_EXTRA_READ_ACTIONS]));
    }
  });

  it('lets an authenticated user read the three routes', async () => {
    const role = await app.strapi.db.query('plugin::users-permissions.role').findOne({ where: { type: 'authenticated' } });
    const user = await app.strapi.db.query('plugin::users-permissions.user').create({
      data: { username: 'reader', email: 'reader@example.test', provider: 'local', confirmed: true, blocked: false, role: role.id },
    });
    const jwt = app.strapi.plugin('users-permissions').service('jwt').issue({ id: user.id });
    for (const url of [`/api/articles/${seeded.article}/jsonld`, `/api/articles/${seeded.article}/ninjs`, '/api/people/mirela-ostojic/quotes']) {
      const res = await get(url).set('Authorization', `Bearer ${jwt}`);
      expect(res.status).toBe(200);
    }
  });
});

describe('the pure parts', () => {
  it('reads plain text from blocks: paragraphs, headings, lists and links', () => {
    expect(
      plainText([
        { type: 'heading', level: 2, children: [{ type: 'text', text: 'Title' }] },
        { type: 'paragraph', children: [{ type: 'text', text: '' }] },
        {
          type: 'list',
          format: 'unordered',
          children: [
            { type: 'list-item', children: [{ type: 'text', text: 'one' }] },
            { type: 'list-item', children: [{ type: 'link', url: 'https://x.test', children: [{ type: 'text', text: 'two' }] }] },
          ],
        },
        { type: 'quote', children: [{ type: 'text', text: 'quoted' }] },
      ]),
    ).toBe('Title\n\none\ntwo\n\nquoted');
    expect(plainText(null)).toBe('');
  });

  it('escapes what could end a script element, and stays the same JSON', () => {
    const value = { a: '</script><!-- & \u2028\u2029' };
    const text = serializeJsonLd(value);
    expect(text).toBe('{"a":"\\u003c/script\\u003e\\u003c!-- \\u0026 \\u2028\\u2029"}');
    expect(JSON.parse(text)).toEqual(value);
  });
});
