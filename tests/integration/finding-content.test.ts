import request from 'supertest';
import { startStrapi, type TestApp } from '../helpers/strapi';
import { fold, seedExpected } from '../helpers/fixtures';
import { importCorpus, publishedOf, speakerName, type CorpusName, type Imported } from '../helpers/corpus';
import { withoutMiddleInitials } from '../../src/plugins/source-import/server/src/import/names';

/**
 * The queries apps need to find content, over Strapi's standard REST filters, sort, pagination
 * and populate, and the named route for an organization's articles: on the fixture pages
 * imported through the source-import service (three published, one draft that names the same
 * person, organizations and tags). Expected results come from the fixtures: the seed's expected
 * reading and the reader's reading of the other pages.
 */

let app: TestApp;
let corpus: Record<CorpusName, Imported>;
/** The documentIds the public must never see: the draft article and its quotes. */
let hidden: string[];

beforeAll(async () => {
  app = await startStrapi();
  corpus = await importCorpus(app.strapi);
  hidden = [corpus.draft.article.documentId!, ...corpus.draft.quotes.documentIds];
  expect(corpus.draft.quotes.documentIds.length).toBeGreaterThan(0);
});

afterAll(async () => {
  await app?.stop();
});

const get = async (url: string) => {
  const res = await request(app.server).get(url);
  // Whatever is asked, no response carries the draft or its quotes.
  for (const documentId of hidden) expect(JSON.stringify(res.body)).not.toContain(documentId);
  return res;
};
const ids = (data: Array<{ documentId: string }>) => data.map((entry) => entry.documentId);
const q = encodeURIComponent;

/** The published documents, newest page first: by the time each page showed when captured. */
const newestFirst = () =>
  [...publishedOf(corpus)].sort((a, b) => Date.parse(b.reading.article.capturedAt!) - Date.parse(a.reading.article.capturedAt!));

/** Whether a name the reader gives is the person an earlier page named in full ("Daniel Byman", "Daniel L. Byman"). */
const samePerson = (full: string, other: string | null) => other !== null && (other === full || other === withoutMiddleInitials(full));

describe('the fixtures, as imported', () => {
  it('give three published articles at distinct capture times and one draft', () => {
    const times = publishedOf(corpus).map((doc) => doc.reading.article.capturedAt);
    expect(new Set(times).size).toBe(3);
    expect(Date.parse(corpus.seed.reading.article.capturedAt!)).toBe(Date.parse(seedExpected().article.capturedAt));
    expect(corpus.draft.published).toBe(false);
  });
});

describe('an article with its quotes and their speakers', () => {
  it('comes in one request, quotes in article order, speakers as the expected reading gives them', async () => {
    const res = await get(
      `/api/articles/${corpus.seed.article.documentId}?populate[quotes][sort][0]=position:asc&populate[quotes][populate][speaker]=true&populate[tags]=true`,
    );
    expect(res.status).toBe(200);
    const expected = seedExpected();
    const quotes = res.body.data.quotes as Array<{ text: string; speaker: { name: string } | null }>;
    expect(quotes.map((quote) => fold(quote.text))).toEqual(expected.quotes.map((quote) => fold(quote.text)));
    expect(quotes.map((quote) => quote.speaker?.name ?? null)).toEqual(expected.quotes.map((quote) => quote.speaker));
    expect(res.body.data.tags.map((tag: { name: string }) => tag.name).sort()).toEqual([...expected.article.tags].sort());
  });
});

describe('all quotes by a person', () => {
  const byman = () => seedExpected().people.find((p) => p.role === 'senior fellow')!;

  it('are found with a filter on the speaker, in article order, the draft left out', async () => {
    const name = byman().name;
    const people = await get(`/api/people?filters[name][$eq]=${q(name)}`);
    expect(people.body.data).toHaveLength(1);
    const slug = people.body.data[0].slug as string;

    // Expected: the person's quotes in the seed's expected reading, then those the reader finds
    // in the second page under the same person (newest article last: sorted by capture time).
    const fromSeed = seedExpected().quotes.filter((quote) => quote.speaker === name).map((quote) => fold(quote.text));
    const fromSecond = corpus.second.reading.quotes.filter((quote) => samePerson(name, speakerName(quote))).map((quote) => fold(quote.text));
    expect(fromSeed.length).toBeGreaterThan(0);
    expect(fromSecond.length).toBeGreaterThan(0);

    const res = await get(
      `/api/quotes?filters[speaker][slug][$eq]=${q(slug)}&populate[article][fields][0]=headline&sort[0]=article.capturedAt:asc&sort[1]=position:asc&pagination[pageSize]=100`,
    );
    expect(res.status).toBe(200);
    expect(res.body.data.map((quote: { text: string }) => fold(quote.text))).toEqual([...fromSeed, ...fromSecond]);
    expect(res.body.data.map((quote: { article: { documentId: string } }) => quote.article.documentId)).toEqual([
      ...fromSeed.map(() => corpus.seed.article.documentId),
      ...fromSecond.map(() => corpus.second.article.documentId),
    ]);
    expect(res.body.meta.pagination.total).toBe(fromSeed.length + fromSecond.length);
  });

  it('are the same quotes, in the same order, through the named route', async () => {
    const name = byman().name;
    const slug = (await get(`/api/people?filters[name][$eq]=${q(name)}`)).body.data[0].slug;
    const rest = await get(`/api/quotes?filters[speaker][slug][$eq]=${q(slug)}&sort[0]=article.capturedAt:asc&sort[1]=position:asc&pagination[pageSize]=100`);
    const named = await get(`/api/people/${q(slug)}/quotes?pageSize=100`);
    expect(named.status).toBe(200);
    expect(ids(named.body.data)).toEqual(ids(rest.body.data));
    expect(named.body.meta.person).toMatchObject({ name, slug });
  });
});

describe('articles mentioning an organization, by any name it goes by', () => {
  /** The organization the seed's reading calls Islamic State, with the aliases the two readings give it. */
  const islamicState = () => {
    const seed = seedExpected().organizations.find((org) => org.aliases.includes('Daesh'))!;
    const second = corpus.second.reading.organizations.find((org) => org.name === seed.name)!;
    return { name: seed.name, aliases: [...new Set([...seed.aliases, ...second.aliases])] };
  };

  it('finds the published articles of the organization by its name and by every alias, newest first', async () => {
    const org = islamicState();
    // Both published pages name it; so does the draft, which must not show.
    const expected = newestFirst()
      .filter((doc) => doc.reading.organizations.some((o) => o.name === org.name))
      .map((doc) => doc.article.documentId);
    expect(expected).toEqual([corpus.second.article.documentId, corpus.seed.article.documentId]);

    for (const name of [org.name, ...org.aliases]) {
      const res = await get(`/api/organizations/${q(name)}/articles`);
      expect({ name, status: res.status }).toEqual({ name, status: 200 });
      expect(ids(res.body.data)).toEqual(expected);
      expect(res.body.meta.organizations).toHaveLength(1);
      expect(res.body.meta.organizations[0]).toMatchObject({ name: org.name, matchedBy: name === org.name ? 'name' : 'alias' });
      expect(res.body.meta.organizations[0].aliases).toEqual(expect.arrayContaining(org.aliases));
      expect(res.body.meta.pagination).toEqual({ page: 1, pageSize: 25, pageCount: 1, total: expected.length });
    }
  });

  it('compares names exactly, ignoring case, and takes the slug', async () => {
    const org = islamicState();
    const lower = await get(`/api/organizations/${q(org.aliases[0].toLowerCase())}/articles`);
    expect(lower.status).toBe(200);
    expect(lower.body.data).toHaveLength(2);
    const slug = lower.body.meta.organizations[0].slug;
    const bySlug = await get(`/api/organizations/${q(slug)}/articles`);
    expect(bySlug.body.meta.organizations[0].matchedBy).toBe('slug');
    expect(ids(bySlug.body.data)).toEqual(ids(lower.body.data));
    // A part of a name or alias is not the name: 'Islamic' is in "Islamic State" but names nothing.
    expect((await get(`/api/organizations/${q(org.name.split(' ')[0])}/articles`)).status).toBe(404);
    expect((await get('/api/organizations/no-such-organization/articles')).status).toBe(404);
  });

  it("finds an organization only the third page names, and only that page", async () => {
    const union = corpus.unrelated.reading.organizations[0];
    expect(seedExpected().organizations.map((o) => o.name)).not.toContain(union.name);
    const res = await get(`/api/organizations/${q(union.name)}/articles`);
    expect(ids(res.body.data)).toEqual([corpus.unrelated.article.documentId]);
  });

  it('pages the articles', async () => {
    const org = islamicState();
    const second = await get(`/api/organizations/${q(org.name)}/articles?page=2&pageSize=1`);
    expect(ids(second.body.data)).toEqual([corpus.seed.article.documentId]);
    expect(second.body.meta.pagination).toEqual({ page: 2, pageSize: 1, pageCount: 2, total: 2 });
    const beyond = await get(`/api/organizations/${q(org.name)}/articles?page=3&pageSize=1`);
    expect(beyond.body.data).toEqual([]);
    expect(beyond.body.meta.pagination.total).toBe(2);
  });

  it('is also reachable with the standard filter on the organization, by slug or by alias text', async () => {
    const org = islamicState();
    const slug = (await get(`/api/organizations/${q(org.name)}/articles`)).body.meta.organizations[0].slug;
    const bySlug = await get(`/api/articles?filters[organizations][slug][$eq]=${q(slug)}&sort=capturedAt:desc&fields[0]=headline`);
    expect(ids(bySlug.body.data)).toEqual([corpus.second.article.documentId, corpus.seed.article.documentId]);
    // Aliases are a JSON list: the filter can only search its text (a substring, any case).
    const byAliasText = await get(`/api/articles?filters[organizations][aliases][$containsi]=${q(org.aliases[0])}&sort=capturedAt:desc&fields[0]=headline`);
    expect(ids(byAliasText.body.data)).toEqual(ids(bySlug.body.data));
  });
});

describe('articles by tag', () => {
  it('are, for every tag of every page, exactly the published pages that carry it', async () => {
    const tagIds = new Set(Object.values(corpus).flatMap((doc) => doc.tags.map((tag) => tag.documentId!)));
    expect(corpus.seed.tags.map((tag) => tag.name).sort()).toEqual([...seedExpected().article.tags].sort());
    for (const tagId of tagIds) {
      const tag = await get(`/api/tags/${tagId}`);
      expect(tag.status).toBe(200);
      const expected = newestFirst()
        .filter((doc) => doc.tags.some((t) => t.documentId === tagId))
        .map((doc) => doc.article.documentId);
      const res = await get(`/api/articles?filters[tags][slug][$eq]=${q(tag.body.data.slug)}&sort=capturedAt:desc&fields[0]=headline`);
      expect({ tag: tag.body.data.name, articles: ids(res.body.data) }).toEqual({ tag: tag.body.data.name, articles: expected });
    }
  });

  it('a tag two pages share lists both, newest first', async () => {
    const shared = corpus.second.reading.article.tags.find((name) => seedExpected().article.tags.includes(name))!;
    const tag = await get(`/api/tags?filters[name][$eq]=${q(shared)}`);
    const res = await get(`/api/articles?filters[tags][slug][$eq]=${q(tag.body.data[0].slug)}&sort=capturedAt:desc&populate[tags][fields][0]=name`);
    expect(ids(res.body.data)).toEqual([corpus.second.article.documentId, corpus.seed.article.documentId]);
    for (const article of res.body.data) expect(article.tags.map((t: { name: string }) => t.name)).toContain(shared);
  });
});

describe('a person with their affiliations', () => {
  it('shows, for every person of the seed, the role and organization the reading gives', async () => {
    const expectedPeople = seedExpected().people;
    for (const person of expectedPeople) {
      const res = await get(`/api/people?filters[name][$eq]=${q(person.name)}&populate[affiliations][populate][organization][fields][0]=name`);
      expect(res.status).toBe(200);
      expect(res.body.data).toHaveLength(1);
      const affiliations = res.body.data[0].affiliations.map((a: { role: string | null; organization: { name: string } | null }) => ({
        role: a.role ?? null,
        organization: a.organization?.name ?? null,
      }));
      // The second page names one of them again, with the same role: no second affiliation.
      const again = corpus.second.reading.people.filter((p) => samePerson(person.name, p.name));
      const pairs = [person, ...again]
        .filter((p) => p.role || p.organization)
        .map((p) => JSON.stringify({ role: p.role ?? null, organization: p.organization ?? null }));
      expect({ name: person.name, affiliations }).toEqual({ name: person.name, affiliations: [...new Set(pairs)].map((p) => JSON.parse(p)) });
    }
  });
});

describe('pagination and sorting', () => {
  it('pages the articles by capture time, newest first, with the pagination in meta', async () => {
    const expected = newestFirst().map((doc) => doc.article.documentId);
    const first = await get('/api/articles?sort=capturedAt:desc&pagination[page]=1&pagination[pageSize]=2&fields[0]=headline&fields[1]=capturedAt');
    expect(first.status).toBe(200);
    expect(ids(first.body.data)).toEqual(expected.slice(0, 2));
    expect(first.body.meta.pagination).toEqual({ page: 1, pageSize: 2, pageCount: 2, total: 3 });
    const second = await get('/api/articles?sort=capturedAt:desc&pagination[page]=2&pagination[pageSize]=2&fields[0]=headline');
    expect(ids(second.body.data)).toEqual(expected.slice(2));
    expect(second.body.meta.pagination).toEqual({ page: 2, pageSize: 2, pageCount: 2, total: 3 });
    const oldest = await get('/api/articles?sort=capturedAt:asc&fields[0]=headline');
    expect(ids(oldest.body.data)).toEqual([...expected].reverse());
  });

  it('sorts by the date the CMS published them (the import order here)', async () => {
    const res = await get('/api/articles?sort[0]=publishedAt:desc&sort[1]=documentId:asc&fields[0]=headline&fields[1]=publishedAt');
    expect(ids(res.body.data).sort()).toEqual(publishedOf(corpus).map((doc) => doc.article.documentId!).sort());
    const times = res.body.data.map((article: { publishedAt: string }) => Date.parse(article.publishedAt));
    expect(times).toEqual([...times].sort((a, b) => b - a));
    // The first imported is published first: it comes last.
    expect(res.body.data[2].documentId).toBe(corpus.seed.article.documentId);
  });

  it('pages with offsets too', async () => {
    const res = await get('/api/articles?sort=capturedAt:desc&pagination[start]=1&pagination[limit]=1&fields[0]=headline');
    expect(ids(res.body.data)).toEqual([newestFirst()[1].article.documentId]);
    expect(res.body.meta.pagination).toEqual({ start: 1, limit: 1, total: 3 });
  });

  it('clamps a page size over the limit to 100', async () => {
    const res = await get('/api/articles?pagination[pageSize]=100000&fields[0]=headline');
    expect(res.status).toBe(200);
    expect(res.body.meta.pagination).toEqual({ page: 1, pageSize: 100, pageCount: 1, total: 3 });
    const limit = await get('/api/quotes?pagination[limit]=100000&fields[0]=text');
    expect(limit.status).toBe(200);
    expect(limit.body.meta.pagination.limit).toBe(100);
    const quotes = publishedOf(corpus).reduce((sum, doc) => sum + doc.quotes.count, 0);
    expect(limit.body.meta.pagination.total).toBe(quotes);
    expect(limit.body.data).toHaveLength(Math.min(quotes, 100));
  });
});

describe('bad input is a 4xx in Strapi’s error shape, never a 500', () => {
  const expectError = (res: request.Response, status = 400) => {
    if (res.status !== status) throw new Error(`expected ${status}, got ${res.status}: ${JSON.stringify(res.body)}`);
    expect(res.body).toEqual({
      data: null,
      error: { status, name: expect.stringMatching(/Error$/), message: expect.any(String), details: expect.any(Object) },
    });
  };

  it.each([
    // malformed filters
    ['an unknown field', '/api/articles?filters[nope][$eq]=x'],
    ['an unknown operator', '/api/articles?filters[headline][$foo]=x'],
    ['filters that are no object', '/api/articles?filters=abc'],
    ['$or without a list', '/api/articles?filters[$or]=1'],
    ['$and of a value', '/api/articles?filters[$and][0]=1'],
    ['$not of a value', '/api/articles?filters[$not]=x'],
    ['an operator on the whole entry', '/api/articles?filters[$eq]=x'],
    ['$between with one value', '/api/articles?filters[headline][$between]=x'],
    ['an operator on an operator', '/api/articles?filters[headline][$eq][$eq]=x'],
    ['$in of an object', '/api/articles?filters[headline][$in][a]=x'],
    ['operators mixed with fields on a relation', '/api/articles?filters[tags][slug][$eq]=x&filters[tags][$eq]=1'],
    ['a relation compared with a word', '/api/articles?filters[tags]=abc'],
    ['a relation with a text operator', '/api/articles?filters[tags][$contains]=1'],
    ['$not of operators on a relation', '/api/articles?filters[tags][$not][$eq]=1'],
    ['a JSON field compared with $eq', '/api/organizations?filters[aliases][$eq]=Daesh'],
    ['a JSON field with a case-sensitive $contains', '/api/articles?filters[organizations][aliases][$contains]=Daesh'],
    ['rich text blocks with $contains', '/api/articles?filters[body][$contains]=x'],
    ['a number field with a word', '/api/quotes?filters[position][$gt]=abc'],
    ['a number field with a value out of range', '/api/quotes?filters[position][$eq]=99999999999'],
    ['an id that is no whole number', '/api/articles?filters[id][$eq]=1.5'],
    ['$contains on a number', '/api/quotes?filters[position][$contains]=1'],
    ['a bad date', '/api/articles?filters[capturedAt][$gt]=not-a-date'],
    ['malformed filters in a populate', '/api/articles?populate[tags][filters][$or]=1'],
    // populate
    ['an unknown populate field', '/api/articles?populate[nope]=true'],
    ['an unknown populate field as a string', '/api/articles?populate=nope'],
    ['an unknown nested populate field', '/api/articles?populate[quotes][populate][nope]=true'],
    ['object and string populate mixed', '/api/articles?populate[quotes][populate]=speaker&populate=tags'],
    ['the private import source', '/api/articles?populate[source]=true'],
    // fields, sort, pagination, unknown parameters
    ['an unknown field to return', '/api/articles?fields[0]=nope'],
    ['a sort on an unknown field', '/api/articles?sort=nope:desc'],
    ['a sort in no direction', '/api/articles?sort=headline:sideways'],
    ['a page that is no number', '/api/articles?pagination[page]=abc'],
    ['page and offset pagination mixed', '/api/articles?pagination[page]=1&pagination[start]=0'],
    ['a bad withCount', '/api/articles?pagination[withCount]=maybe'],
    ['an unknown parameter', '/api/articles?foo=bar'],
    // the named routes validate their own pages
    ["a person's quotes, pageSize 100000", '/api/people/anyone/quotes?pageSize=100000'],
    ["an organization's articles, pageSize 100000", '/api/organizations/anything/articles?pageSize=100000'],
    ["an organization's articles, page 0", '/api/organizations/anything/articles?page=0'],
  ])('%s: %s', async (_label, url) => {
    expectError(await get(url));
  });

  it('is a 400 on a single article too', async () => {
    expectError(await get(`/api/articles/${corpus.seed.article.documentId}?populate[nope]=true`));
    expectError(await get(`/api/articles/${corpus.seed.article.documentId}?filters[$or]=1`));
  });

  it('keeps well-formed filters of the same kinds working', async () => {
    const seedId = corpus.seed.article.documentId;
    const ok = [
      `/api/articles?filters[$or][0][documentId][$eq]=${seedId}&filters[$or][1][headline][$eq]=none`,
      `/api/articles?filters[$not][documentId][$ne]=${seedId}`,
      `/api/articles?filters[documentId][$in][0]=${seedId}`,
      `/api/articles?filters[capturedAt][$between][0]=2020-01-01T00:00:00Z&filters[capturedAt][$between][1]=2020-12-31T00:00:00Z`,
      `/api/articles?filters[quotes][position][$eq]=0&filters[documentId][$eq]=${seedId}`,
      `/api/articles?filters[tags][$notNull]=true&filters[documentId][$eq]=${seedId}`,
      `/api/articles?filters[$not][tags][slug][$eq]=no-such-tag&filters[documentId][$eq]=${seedId}`,
    ];
    for (const url of ok) {
      const res = await get(`${url}&fields[0]=headline`);
      expect({ url, status: res.status, ids: ids(res.body.data ?? []) }).toEqual({ url, status: 200, ids: [seedId] });
    }
  });

  it('answers 404 in the same shape for a draft or an unknown article', async () => {
    expectError(await get(`/api/articles/${corpus.draft.article.documentId}`), 404);
    expectError(await get(`/api/articles/${corpus.draft.article.documentId}?status=draft`), 404);
    expectError(await get('/api/articles/no-such-article'), 404);
  });
});
