import request from 'supertest';
import { startStrapi, createFullAccessToken, type TestApp } from '../helpers/strapi';

/**
 * The public API tried as an attacker would, with anonymous requests: no draft and no name that
 * only a draft holds leaks by any path; a request that would cost the server minutes is refused
 * before it runs; malformed input is a 4xx, never a 500 or a leak of SQL.
 */
let app: TestApp;
let ids: {
  article: string;
  draftArticle: string;
  draftQuote: string;
  person: string;
  hiddenPerson: string;
  hiddenOrganization: string;
  hiddenTag: string;
  tag: string;
};

/**
 * A published story and an embargoed one. The embargoed story shares a tag, a person and an
 * organization with the published one, and has a tag, a person and an organization of its own,
 * whose names must stay private until it is published.
 */
async function seed() {
  const docs = app.strapi.documents;
  const org = await docs('api::organization.organization').create({ data: { name: 'Lowland Water Board', kind: 'government' } as never });
  const affiliated = await docs('api::organization.organization').create({ data: { name: 'Delta Surveyors Guild', kind: 'other' } as never });
  const person = await docs('api::person.person').create({
    data: { name: 'Oskar Vernier', affiliations: [{ role: 'chair', organization: affiliated.documentId }], organizations: [org.documentId] } as never,
  });
  const tag = await docs('api::tag.tag').create({ data: { name: 'Floods' } });
  const article = await docs('api::article.article').create({
    data: { headline: 'Dikes hold through the spring tide', tags: [tag.documentId], people: [person.documentId], organizations: [org.documentId] } as never,
    status: 'published',
  });
  await docs('api::quote.quote').create({
    data: { text: 'The dikes did their work', kind: 'direct', speaker: person.documentId, article: article.documentId, position: 0 } as never,
  });
  // A quote is published with its article, never on its own.
  await docs('api::article.article').publish({ documentId: article.documentId });

  const hiddenOrg = await docs('api::organization.organization').create({ data: { name: 'EMBARGO Syndicate', kind: 'company' } as never });
  const hiddenPerson = await docs('api::person.person').create({ data: { name: 'EMBARGO Whistleblower', organizations: [hiddenOrg.documentId] } as never });
  const hiddenTag = await docs('api::tag.tag').create({ data: { name: 'EMBARGO tag' } });
  const draftArticle = await docs('api::article.article').create({
    data: {
      headline: 'SECRET DRAFT headline',
      tags: [tag.documentId, hiddenTag.documentId],
      people: [person.documentId, hiddenPerson.documentId],
      organizations: [org.documentId, hiddenOrg.documentId],
    } as never,
  });
  const draftQuote = await docs('api::quote.quote').create({
    data: { text: 'SECRET DRAFT words', kind: 'direct', speaker: person.documentId, speakerOrganization: hiddenOrg.documentId, article: draftArticle.documentId } as never,
  });
  return {
    article: article.documentId,
    draftArticle: draftArticle.documentId,
    draftQuote: draftQuote.documentId,
    person: person.documentId,
    hiddenPerson: hiddenPerson.documentId,
    hiddenOrganization: hiddenOrg.documentId,
    hiddenTag: hiddenTag.documentId,
    tag: tag.documentId,
  };
}

beforeAll(async () => {
  app = await startStrapi();
  ids = await seed();
});

afterAll(async () => {
  await app?.stop();
});

const get = (url: string) => request(app.server).get(url);
const gql = (query: string, variables: Record<string, unknown> = {}, path = '/graphql') => request(app.server).post(path).send({ query, variables });
const SECRET = /SECRET DRAFT|EMBARGO/;

/** The SQL statements Strapi sends while `fn` runs. */
async function statementsDuring(fn: () => Promise<unknown>): Promise<string[]> {
  const seen: string[] = [];
  // The content's tables; users-permissions reads the role's permissions for every request.
  const content = /\b(articles|quotes|people|organizations|tags)\b/;
  const listener = (query: { sql?: string }) => {
    if (content.test(query.sql ?? '')) seen.push(query.sql ?? '');
  };
  const connection = app.strapi.db.connection as unknown as { on: (e: string, l: typeof listener) => void; off: (e: string, l: typeof listener) => void };
  connection.on('query', listener);
  try {
    await fn();
  } finally {
    connection.off('query', listener);
  }
  return seen;
}

describe('drafts never reach the public', () => {
  it.each([
    '/API/articles?status=draft',
    '/Api/articles?status=draft&populate=*',
    '/API/quotes?status=draft&populate=*',
    '/api/tags?status=draft&populate[articles][fields][0]=headline',
    '/api/people?status=draft&populate[quotes]=true',
    '/api/organizations?status=draft&populate[articles]=true',
    '/api/people?status=draft&populate[quotes][populate][article]=true&populate[articles]=true',
    '/api/articles?populate[relatedHeadlines][populate][article]=true&populate[people][populate][articles]=true',
  ])('by any path’s case, type or populate: %s', async (url) => {
    const res = await get(url);
    expect(res.status).toBe(200);
    expect(JSON.stringify(res.body)).not.toMatch(SECRET);
  });

  it('not by a lookup of a draft, whatever the case of the path', async () => {
    expect((await get(`/Api/articles/${ids.draftArticle}?status=draft`)).status).toBe(404);
    expect((await get(`/API/quotes/${ids.draftQuote}?status=draft`)).status).toBe(404);
    const person = await get(`/api/people/${ids.person}?status=draft&populate=*`);
    expect(person.status).toBe(200);
    expect(JSON.stringify(person.body)).not.toMatch(SECRET);
  });

  it('not by filters through relations: a draft’s words match nothing', async () => {
    for (const url of [
      '/api/tags?filters[articles][headline][$contains]=SECRET',
      '/api/people?filters[quotes][text][$contains]=SECRET',
      '/api/organizations?filters[quotes][text][$contains]=SECRET',
      '/api/people?filters[articles][headline][$containsi]=secret',
      '/api/tags?filters[$or][0][articles][headline][$contains]=SECRET&filters[$or][1][name][$eq]=nothing',
      '/api/people?filters[organizations][articles][headline][$contains]=SECRET',
      `/api/tags?filters[articles][documentId][$eq]=${ids.draftArticle}`,
    ]) {
      const res = await get(url);
      expect(res.status).toBe(200);
      expect(res.body.meta.pagination.total).toBe(0);
    }
    // The same filters find published words.
    expect((await get('/api/people?filters[quotes][text][$contains]=dikes%20did')).body.meta.pagination.total).toBe(1);
    expect((await get('/api/tags?filters[articles][headline][$contains]=spring%20tide')).body.meta.pagination.total).toBe(1);
  });

  it('not by sorting a type without drafts by its related entries', async () => {
    const res = await get('/api/tags?sort=articles.headline:asc');
    expect(res.status).toBe(400);
    expect(res.body.error.message).toMatch(/sorts by related entries/);
    // From a quote, whose published rows link published articles, it is allowed.
    expect((await get('/api/quotes?sort=article.headline:asc')).status).toBe(200);
  });

  it('not over GraphQL, at any path case, in any relation or filter', async () => {
    for (const [path, query] of [
      ['/GraphQL', '{ articles(status: DRAFT) { headline } }'],
      ['/GRAPHQL', '{ quotes(status: DRAFT) { text } }'],
      ['/graphql', '{ tags { name articles(pagination: { pageSize: 5 }) { headline quotes(pagination: { pageSize: 5 }) { text } } } }'],
      ['/graphql', '{ articles(status: DRAFT) { headline quotes { text } } }'],
      ['/graphql', '{ people { name quotes { text } organizations { name } } }'],
      ['/graphql', '{ people { organizations(filters: { quotes: { text: { contains: "SECRET" } } }) { name } } }'],
      ['/graphql', '{ tags(filters: { articles: { headline: { contains: "SECRET" } } }) { name } }'],
      ['/graphql', '{ organizations { name people { name } quotes { text } } }'],
    ] as const) {
      const res = await gql(query, {}, path);
      expect({ query, status: res.status }).toEqual({ query, status: 200 });
      expect(res.body.errors).toBeUndefined();
      expect(JSON.stringify(res.body)).not.toMatch(SECRET);
    }
    const empty = await gql('{ tags(filters: { articles: { headline: { contains: "SECRET" } } }) { name } }');
    expect(empty.body.data.tags).toEqual([]);
  });

  it('names only an unpublished story holds stay private; the published story’s are public', async () => {
    const names = async (type: string) => (await get(`/api/${type}?pagination[pageSize]=100`)).body.data.map((e: { name: string }) => e.name).sort();
    expect(await names('people')).toEqual(['Oskar Vernier']);
    // Mentioned by the published article, and the organization of a visible person's affiliation.
    expect(await names('organizations')).toEqual(['Delta Surveyors Guild', 'Lowland Water Board']);
    expect(await names('tags')).toEqual(['Floods']);
    expect((await get(`/api/people/${ids.hiddenPerson}`)).status).toBe(404);
    expect((await get(`/api/organizations/${ids.hiddenOrganization}`)).status).toBe(404);
    expect((await get(`/api/tags/${ids.hiddenTag}`)).status).toBe(404);
    const populated = await get(`/api/articles/${ids.article}?populate[people][populate][organizations]=true&populate[people][populate][affiliations][populate][organization]=true`);
    expect(populated.body.data.people[0].affiliations[0].organization.name).toBe('Delta Surveyors Guild');
    const graph = await gql('{ people { name } organizations { name } tags { name } }');
    expect(JSON.stringify(graph.body)).not.toMatch(SECRET);
  });

  it('become public when their story is published, and an API token reads them all along', async () => {
    const token = await createFullAccessToken(app.strapi);
    const asToken = await get(`/api/people/${ids.hiddenPerson}`).set('Authorization', `Bearer ${token}`);
    expect(asToken.status).toBe(200);
    const drafts = await request(app.server).post('/graphql').set('Authorization', `Bearer ${token}`).send({ query: '{ articles(status: DRAFT) { headline } }' });
    expect(JSON.stringify(drafts.body)).toContain('SECRET DRAFT headline');

    await app.strapi.documents('api::article.article').publish({ documentId: ids.draftArticle });
    try {
      expect((await get(`/api/people/${ids.hiddenPerson}`)).status).toBe(200);
      expect((await get(`/api/tags/${ids.hiddenTag}`)).status).toBe(200);
    } finally {
      await app.strapi.documents('api::article.article').unpublish({ documentId: ids.draftArticle });
    }
    expect((await get(`/api/people/${ids.hiddenPerson}`)).status).toBe(404);
  });
});

describe('a request that would hold the server is refused before it runs', () => {
  const ARTICLES = 'articles(pagination: { pageSize: 100 }) { headline quotes { text speaker { name } } }';

  it('GraphQL alias amplification: refused with a 400, without a database statement', async () => {
    for (const n of [10, 100, 500]) {
      const query = `{ ${Array.from({ length: n }, (_, i) => `a${i}: ${ARTICLES}`).join(' ')} }`;
      let res!: request.Response;
      const statements = await statementsDuring(async () => {
        res = await gql(query);
      });
      expect(res.status).toBe(400);
      expect(res.body.errors[0].message).toMatch(/alias|costs more|tokens/i);
      expect(statements).toEqual([]);
    }
    const nested = `{ ${Array.from({ length: 300 }, (_, i) => `p${i}: people { quotes { article { tags { name } } } }`).join(' ')} }`;
    expect((await gql(nested)).status).toBe(400);
  });

  it('one costly list is refused, a page an app reads is served', async () => {
    expect((await gql(`{ ${ARTICLES} }`)).status).toBe(400);
    const page = await gql('{ articles(pagination: { pageSize: 25 }) { headline quotes { text speaker { name } } tags { name } } }');
    expect(page.status).toBe(200);
    expect(page.body.data.articles).toHaveLength(1);
  });

  it('a fragment that spreads itself is a 400, not a stack overflow', async () => {
    const res = await gql('{ articles { ...F } } fragment F on Article { headline ...F }');
    expect(res.status).toBe(400);
    expect(res.body.errors[0].message).toMatch(/spread fragment `F` within itself/);
    const pair = await gql('{ articles { ...A } } fragment A on Article { ...B } fragment B on Article { ...A }');
    expect(pair.status).toBe(400);
  });

  it('subscriptions are a 400', async () => {
    const res = await gql('subscription { articles { headline } }');
    expect(res.status).toBe(400);
    expect(res.body.errors[0].message).toMatch(/Subscriptions are not supported/);
  });

  it.each([
    '/api/articles?pagination[pageSize]=100&populate[quotes][populate][speaker][populate][quotes][populate][article][populate][quotes]=true',
    '/api/tags?pagination[pageSize]=100&populate[articles][populate][quotes][populate][speaker][populate][quotes]=true',
  ])('REST populate deeper than the limit is a 400 naming it, without a statement: %s', async (url) => {
    let res!: request.Response;
    const statements = await statementsDuring(async () => {
      res = await get(url);
    });
    expect(res.status).toBe(400);
    expect(res.body.error).toMatchObject({ status: 400, name: 'ValidationError', details: { limit: 3 } });
    expect(statements).toEqual([]);
  });

  it('filters larger than the limit are a 400, on REST and GraphQL', async () => {
    const or = Array.from({ length: 300 }, (_, i) => `filters[$or][${i}][name][$eq]=n${i}`).join('&');
    const rest = await get(`/api/people?${or}`);
    // The query-string parser turns lists longer than 100 into objects, which the filter check refuses.
    expect(rest.status).toBe(400);
    // A URL cannot hold 500 conditions under Node's 16 KB header limit: the same check, lowered.
    const limits = app.strapi.config.get('api.limits') as { maxFilterTerms: number };
    const saved = limits.maxFilterTerms;
    limits.maxFilterTerms = 10;
    try {
      const nested = Array.from({ length: 12 }, (_, i) => `filters[$or][${i % 3}][$or][${Math.floor(i / 3)}][id]=${i}`).join('&');
      const wide = await get(`/api/people?${nested}`);
      expect(wide.status).toBe(400);
      expect(wide.body.error).toMatchObject({ name: 'ValidationError', message: expect.stringMatching(/at most 10 conditions/) });
    } finally {
      limits.maxFilterTerms = saved;
    }
    const ids = Array.from({ length: 20_000 }, (_, i) => `doc${i}`);
    const graph = await gql('query ($ids: [ID]) { articles(filters: { documentId: { in: $ids } }) { headline } }', { ids });
    expect(graph.status).toBe(400);
    expect(graph.body.errors[0].message).toMatch(/at most 500 in a query/);
    // Written in the document itself, under the variables' limit: the filters' limit.
    const some = JSON.stringify(Array.from({ length: 300 }, (_, i) => `doc${i}`));
    const inFilter = await gql(`{ articles(filters: { or: [{ documentId: { in: ${some} } }, { headline: { in: ${some} } }] }) { headline } }`);
    expect(JSON.stringify(inFilter.body.errors)).toMatch(/at most 500 conditions/);
  });

  it('a request that reads more rows than its budget stops with a 400', async () => {
    const limits = app.strapi.config.get('api.limits') as { maxRows: number };
    const saved = limits.maxRows;
    limits.maxRows = 2;
    try {
      const res = await get('/api/articles?populate[quotes][populate][speaker]=true&populate[tags]=true&populate[people]=true');
      expect(res.status).toBe(400);
      expect(res.body.error.message).toMatch(/reads more than 2 rows/);
    } finally {
      limits.maxRows = saved;
    }
    expect((await get('/api/articles?populate[tags]=true')).status).toBe(200);
  });

  it('a request that runs longer than its time limit stops with a 503, on REST and GraphQL', async () => {
    const limits = app.strapi.config.get('api.limits') as { timeoutMs: number };
    const saved = limits.timeoutMs;
    limits.timeoutMs = -1;
    try {
      const res = await get('/api/articles?populate[tags]=true');
      expect(res.status).toBe(503);
      expect(res.body.error).toMatchObject({ status: 503, message: expect.stringMatching(/took longer than -1 ms/) });
      const graph = await gql('{ articles { headline } }');
      expect(JSON.stringify(graph.body.errors)).toMatch(/took longer than/);
    } finally {
      limits.timeoutMs = saved;
    }
    expect((await get('/api/articles')).status).toBe(200);
  });
});

describe('malformed input is a 4xx, never a 500 or a leak', () => {
  it.each([
    '/api/people?filters[name][$jsonSupersetOf]=x',
    '/api/articles?filters[headline][$jsonSupersetOf][a]=1',
    '/api/articles?pagination[start]=99999999999999999999',
    '/api/articles/%00',
    '/api/people?filters[name][$eq]=%00',
    '/api/people/%00/quotes',
    '/api/tags?filters[name][$eq]=a%00b',
  ])('%s', async (url) => {
    const res = await get(url);
    expect(res.status).toBeGreaterThanOrEqual(400);
    expect(res.status).toBeLessThan(500);
    expect(res.body.error).toMatchObject({ status: res.status });
  });

  it('GraphQL internal errors carry no SQL, table name or stack', async () => {
    const leak = 'select "t0".* from "secret_table" as "t0" where "t0"."name" = $1 - relation does not exist';
    app.strapi.documents.use(async (context, next) => {
      if (failTags && context.uid === 'api::tag.tag') throw new Error(leak);
      return next();
    });
    failTags = true;
    try {
      const res = await gql('{ tags { name } }');
      expect(res.body.errors[0]).toMatchObject({ message: 'Internal Server Error', extensions: { code: 'INTERNAL_SERVER_ERROR' } });
      expect(JSON.stringify(res.body)).not.toMatch(/secret_table|select|stacktrace/i);
    } finally {
      failTags = false;
    }
  });
});

let failTags = false;
