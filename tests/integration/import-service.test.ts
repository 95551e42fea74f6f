import fs from 'node:fs';
import path from 'node:path';
import request from 'supertest';
import { startStrapi, type TestApp } from '../helpers/strapi';
import { fold, importFixture, seedExpected, seedText } from '../helpers/fixtures';
import type { Importer } from '../../src/plugins/source-import/server/src/services/importer';

let app: TestApp;
const importer = () => app.strapi.plugin('source-import').service('importer') as Importer;

const counts = async () => {
  const count = (uid: string, status?: 'draft' | 'published') =>
    app.strapi.db.query(uid as never).count({ where: status ? { publishedAt: status === 'draft' ? null : { $notNull: true } } : {} });
  return {
    articles: await count('api::article.article', 'draft'),
    publishedArticles: await count('api::article.article', 'published'),
    quotes: await count('api::quote.quote', 'draft'),
    publishedQuotes: await count('api::quote.quote', 'published'),
    people: await count('api::person.person'),
    organizations: await count('api::organization.organization'),
    tags: await count('api::tag.tag'),
  };
};

beforeAll(async () => {
  app = await startStrapi();
});

afterAll(async () => {
  await app?.stop();
});

describe('importing the seed document', () => {
  let first: Awaited<ReturnType<Importer['importDocument']>>;

  beforeAll(async () => {
    first = await importer().importDocument({ text: seedText(), fileName: '000_e6ea2678bb7cae54.txt' });
  });

  it('creates one draft article, because the page has no headline', async () => {
    expect(first.status).toBe('created');
    expect(first.published).toBe(false);
    expect(first.draftReasons.join()).toMatch(/missing-headline/);
    const c = await counts();
    expect(c.articles).toBe(1);
    expect(c.publishedArticles).toBe(0);
  });

  it('writes every field of the reading onto the article', async () => {
    const expected = seedExpected();
    const article = await app.strapi.documents('api::article.article').findOne({
      documentId: first.article.documentId!,
      populate: { image: true, source: true, relatedHeadlines: true, tags: true },
    });
    expect(article).toMatchObject({ headline: null, lead: expected.article.lead });
    expect(new Date(article!.capturedAt as string).toISOString()).toBe(new Date(expected.article.capturedAt).toISOString());
    expect(fold((article as any).image.caption)).toBe(fold(expected.article.image.caption));
    expect((article as any).image.credit).toBe(expected.article.image.credit);
    expect((article as any).body).toHaveLength(22);
    expect((article as any).body[0]).toMatchObject({ type: 'paragraph', children: [{ type: 'text' }] });
    expect((article as any).relatedHeadlines).toHaveLength(3);
    expect((article as any).source).toMatchObject({
      fileName: '000_e6ea2678bb7cae54.txt',
      sha256: expect.stringMatching(/^[0-9a-f]{64}$/),
      rawText: seedText(),
    });
    expect((article as any).source.diagnostics.map((d: { ruleId: string }) => d.ruleId)).toContain('missing-headline');
    expect((article as any).tags.map((t: { name: string }) => t.name).sort()).toEqual([...expected.article.tags].sort());
  });

  it('writes the 14 quotes in order, each with the speaker of the expected reading', async () => {
    const expected = seedExpected();
    const quotes = await app.strapi.documents('api::quote.quote').findMany({
      filters: { article: { documentId: first.article.documentId! } },
      populate: { speaker: true, speakerOrganization: true },
      sort: 'position:asc',
    });
    expect(quotes).toHaveLength(14);
    quotes.forEach((quote: any, i: number) => {
      const want = expected.quotes[i];
      expect(fold(quote.text)).toBe(fold(want.text));
      expect(quote.kind).toBe(want.kind);
      expect(quote.line).toBe(want.line);
      if (want.speaker) expect(quote.speaker?.name).toBe(want.speaker);
      else {
        expect(quote.speaker).toBeNull();
        expect(quote.speakerDescription).toBe(want.speakerDescription);
      }
    });
  });

  it('creates the 7 people with their roles, and the organizations and tags once each', async () => {
    const expected = seedExpected();
    const people = await app.strapi.documents('api::person.person').findMany({
      populate: { affiliations: { populate: { organization: true } } },
    });
    expect(people.map((p: any) => p.name).sort()).toEqual(expected.people.map((p) => p.name).sort());
    const byman = people.find((p: any) => p.name === 'Daniel L. Byman') as any;
    expect(byman.aliases).toEqual(expect.arrayContaining(['Byman']));
    expect(byman.affiliations[0]).toMatchObject({ role: 'senior fellow', organization: { name: 'Brookings Institution' } });

    const organizations = await app.strapi.documents('api::organization.organization').findMany({});
    const names = organizations.map((o: any) => o.name);
    expect(new Set(names).size).toBe(names.length);
    const islamicState = organizations.filter((o: any) => [o.name, ...(o.aliases ?? [])].some((n: string) => /^(Daesh|Islamic State|IS)$/.test(n)));
    expect(islamicState).toHaveLength(1);
    expect((await counts()).tags).toBe(14);
  });

  it('shows nothing on the public API while the article is a draft', async () => {
    const res = await request(app.server).get('/api/articles');
    expect(res.body.data).toEqual([]);
    const quotes = await request(app.server).get('/api/quotes');
    expect(quotes.body.data).toEqual([]);
  });

  it('changes nothing when the same document is imported again', async () => {
    const before = await counts();
    const again = await importer().importDocument({ text: seedText(), fileName: 'copy.txt' });
    expect(again.status).toBe('unchanged');
    expect(again.article.documentId).toBe(first.article.documentId);
    expect(again.quotes.documentIds.sort()).toEqual([...first.quotes.documentIds].sort());
    expect(await counts()).toEqual(before);
  });

  it('treats Windows line endings and curly quotes folded to straight ones as the same document', async () => {
    const variant = seedText().replace(/\n/g, '\r\n');
    const again = await importer().importDocument({ text: variant });
    expect(again.status).toBe('unchanged');
  });

  it('publishes the article with its quotes once the editor supplies a headline, keeping its documentId', async () => {
    const before = await counts();
    const published = await importer().importDocument({
      text: seedText(),
      headline: 'Mosul offensive may push militants into Syria',
      publish: true,
    });
    expect(published).toMatchObject({ status: 'updated', published: true });
    expect(published.article.documentId).toBe(first.article.documentId);
    const after = await counts();
    expect(after).toMatchObject({ articles: 1, publishedArticles: 1, quotes: 14, publishedQuotes: 14, people: before.people, tags: 14 });

    const res = await request(app.server).get(
      `/api/articles/${first.article.documentId}?populate[quotes][populate]=speaker&populate[tags]=true`,
    );
    expect(res.status).toBe(200);
    expect(res.body.data.headline).toBe('Mosul offensive may push militants into Syria');
    expect(res.body.data.quotes).toHaveLength(14);
    const speakers = res.body.data.quotes.map((q: any) => q.speaker?.name ?? null);
    expect(speakers.filter(Boolean)).toHaveLength(12);
    expect(JSON.stringify(res.body)).not.toContain('rawText');
  });
});

describe('entities found again across documents', () => {
  it('reuses the existing Person and Organization when a second document names Byman and ISIL', async () => {
    const before = await counts();
    const outcome = await importer().importDocument({ text: importFixture('second-document.txt') });
    expect(outcome.status).toBe('created');
    const byman = await app.strapi.documents('api::person.person').findMany({ filters: { name: { $containsi: 'Byman' } } });
    expect(byman).toHaveLength(1);
    expect(outcome.people.find((p) => /Byman/.test(p.name))).toMatchObject({ documentId: byman[0].documentId });
    const islamicState = outcome.organizations.find((o) => /Islamic State|ISIL/.test(o.name));
    expect(islamicState?.action).not.toBe('created');
    const brookings = await app.strapi.documents('api::organization.organization').count({ filters: { name: 'Brookings Institution' } });
    expect(brookings).toBe(1);
    expect((await counts()).people).toBeLessThanOrEqual(before.people + 1);
    const quotes = await app.strapi.documents('api::quote.quote').findMany({
      filters: { article: { documentId: outcome.article.documentId! } },
      populate: { speaker: true },
    });
    expect(quotes.length).toBeGreaterThanOrEqual(2);
    for (const quote of quotes as any[]) expect(quote.speaker?.documentId).toBe(byman[0].documentId);
  });
});

describe('quote marks', () => {
  it('finds a page again whose quote marks are straight where the first import had curly ones and guillemets', async () => {
    // Each line's marks alternately “…” and «…»: the same page as typeset by another site.
    const straight = importFixture('unrelated-document.txt').replace('Monday', 'Thursday');
    let line = 0;
    const typeset = straight
      .split('\n')
      .map((text) => {
        if (!text.includes('"')) return text;
        const [open, close] = line++ % 2 === 0 ? ['\u201C', '\u201D'] : ['\u00AB', '\u00BB'];
        let n = 0;
        return text.replace(/"/g, () => (n++ % 2 === 0 ? open : close));
      })
      .join('\n');
    expect(typeset).toMatch(/\u201C/);
    expect(typeset).toMatch(/\u00AB/);
    expect(typeset).not.toMatch(/"/);
    const before = await counts();
    const curly = await importer().importDocument({ text: typeset });
    expect(curly.status).toBe('created');
    expect(curly.quotes.count).toBeGreaterThan(0);
    const again = await importer().importDocument({ text: straight });
    expect(again).toMatchObject({ status: 'unchanged', article: { documentId: curly.article.documentId } });
    expect((await counts()).articles).toBe(before.articles + 1);
    await app.strapi.documents('api::article.article').delete({ documentId: curly.article.documentId! });
  });
});

describe('the order of an article\'s quotes', () => {
  it('is the order of the page, by default, in REST and GraphQL alike, with no sort asked for', async () => {
    const outcome = await importer().importDocument({
      text: seedText().replace(/\n/, ' (page order)\n'),
      headline: 'Quotes in page order',
      publish: true,
    });
    expect(outcome.published).toBe(true);
    const documentId = outcome.article.documentId!;
    const rest = await request(app.server).get(`/api/articles/${documentId}?populate[quotes][fields][0]=position&populate[quotes][fields][1]=text`);
    expect(rest.status).toBe(200);
    const positions = rest.body.data.quotes.map((q: { position: number }) => q.position);
    expect(positions.length).toBeGreaterThan(2);
    expect(positions).toEqual(positions.map((_: number, i: number) => i));
    // The page order is the order of the reading's quotes.
    expect(rest.body.data.quotes.map((q: { text: string }) => q.text)).toEqual(
      (await app.strapi.documents('api::quote.quote').findMany({ filters: { article: { documentId } }, sort: 'position:asc' })).map((q: any) => q.text),
    );
    const graphql = await request(app.server)
      .post('/graphql')
      .send({ query: `{ article(documentId: "${documentId}") { quotes { position } } }` });
    expect(graphql.status).toBe(200);
    expect(graphql.body.data.article.quotes.map((q: { position: number }) => q.position)).toEqual(positions);
  });
});

describe('a person named by surname only', () => {
  it('is the person another document named in full, when the surname is theirs alone', async () => {
    const full = await app.strapi.documents('api::person.person').findMany({ filters: { name: { $containsi: 'Byman' } } });
    expect(full).toHaveLength(1);
    const { default: entities } = await import('../../src/plugins/source-import/server/src/services/entities');
    const session = entities({ strapi: app.strapi }).session(true);
    const surnameOnly = { name: 'Byman', aliases: [], mentions: [], role: null, organization: null };
    const stranger = { name: 'Quennell', aliases: [], mentions: [], role: null, organization: null };
    await session.preload({ organizations: [], people: [surnameOnly, stranger], tags: [] });
    expect(await session.resolvePerson(surnameOnly, new Map())).toMatchObject({ documentId: full[0].documentId });
    expect(await session.resolvePerson(stranger, new Map())).toMatchObject({ documentId: null, action: 'created' });
  });
});

describe('a source URL', () => {
  const sourceUrl = `https://news.example/world/${'very-long-slug-'.repeat(100)}.html`;

  it('identifies the source: a changed text updates the same article and replaces its quotes', async () => {
    expect(sourceUrl.length).toBeGreaterThan(1000);
    const text = importFixture('unrelated-document.txt').replace('Monday', 'Wednesday');
    const first = await importer().importDocument({ text, sourceUrl });
    expect(first.status).toBe('created');
    const oldQuotes = [...first.quotes.documentIds];

    const edited = text.replace('We have waited four months for our money', 'We have waited five months for our money');
    const second = await importer().importDocument({ text: edited, sourceUrl });
    expect(second).toMatchObject({ status: 'updated', article: { documentId: first.article.documentId } });
    const quotes = await app.strapi.documents('api::quote.quote').findMany({
      filters: { article: { documentId: first.article.documentId! } },
    });
    expect(quotes.map((q: any) => q.text)).toContain('We have waited five months for our money');
    expect(quotes.map((q: any) => q.documentId).some((id: string) => oldQuotes.includes(id))).toBe(false);
    const article = await app.strapi.documents('api::article.article').findOne({ documentId: first.article.documentId! });
    expect(article!.sourceUrl).toBe(sourceUrl);

    expect((await importer().importDocument({ text: edited, sourceUrl })).status).toBe('unchanged');
    await app.strapi.documents('api::article.article').delete({ documentId: first.article.documentId! });
    await app.strapi.db.query('plugin::source-import.imported-document').delete({ where: { sourceKey: first.identity.sourceKey } });
  });
});

describe('related headlines', () => {
  it('link an article imported earlier to the one that carries the headline, once it arrives', async () => {
    const citing = await app.strapi.documents('api::article.article').findFirst({
      filters: { relatedHeadlines: { headline: { $eqi: 'ISIL Cells Regroup Along Iraq-Syria Border' } } },
      populate: { relatedHeadlines: { populate: { article: true } } },
    });
    expect((citing as any).relatedHeadlines[0].article).toBeNull();

    const target = await importer().importDocument({
      text: importFixture('unrelated-document.txt').replace('Monday', 'Sunday'),
      headline: 'ISIL cells regroup along Iraq-Syria border',
    });
    const after = await app.strapi.documents('api::article.article').findOne({
      documentId: citing!.documentId,
      populate: { relatedHeadlines: { populate: { article: true } } },
    });
    expect((after as any).relatedHeadlines[0].article.documentId).toBe(target.article.documentId);
    await app.strapi.documents('api::article.article').delete({ documentId: target.article.documentId! });
    await app.strapi.db.query('plugin::source-import.imported-document').delete({ where: { sourceKey: target.identity.sourceKey } });
  });

  it('link to an article already imported at import time', async () => {
    const target = await importer().importDocument({
      text: importFixture('unrelated-document.txt').replace('Monday', 'Friday'),
      headline: 'Harbour Strike Ends After Four Months',
    });
    const text = importFixture('unrelated-document.txt')
      .replace('Monday', 'Saturday')
      .replace('Dockers Threaten Strike Over Unpaid Wages', 'Harbour Strike Ends After Four Months');
    const outcome = await importer().importDocument({ text });
    const article = await app.strapi.documents('api::article.article').findOne({
      documentId: outcome.article.documentId!,
      populate: { relatedHeadlines: { populate: { article: true } } },
    });
    expect((article as any).relatedHeadlines.map((r: any) => r.article?.documentId ?? null)).toEqual([target.article.documentId]);
    for (const done of [outcome, target]) {
      await app.strapi.documents('api::article.article').delete({ documentId: done.article.documentId! });
      await app.strapi.db.query('plugin::source-import.imported-document').delete({ where: { sourceKey: done.identity.sourceKey } });
    }
  });
  it('link the published versions too, when both articles are published', async () => {
    const citing = await importer().importDocument({
      text: importFixture('unrelated-document.txt').replace('Monday', 'Thursday'),
      headline: 'Port strike, day one',
      publish: true,
    });
    const target = await importer().importDocument({
      text: importFixture('second-document.txt').replace('14:05 GMT 12 March 2021', '10:10 GMT 13 March 2021'),
      headline: 'Dockers threaten strike over unpaid wages',
      publish: true,
    });
    expect([citing.published, target.published]).toEqual([true, true]);
    for (const status of ['draft', 'published'] as const) {
      const article = await app.strapi.documents('api::article.article').findOne({
        documentId: citing.article.documentId!,
        status,
        populate: { relatedHeadlines: { populate: { article: true } } },
      });
      expect([status, (article as any).relatedHeadlines.map((r: any) => r.article?.documentId ?? null)]).toEqual([status, [target.article.documentId]]);
    }
    // and the public API shows the link
    const res = await request(app.server)
      .get(`/api/articles/${citing.article.documentId}`)
      .query({ 'populate[relatedHeadlines][populate][article][fields][0]': 'headline' });
    expect(res.status).toBe(200);
    expect(res.body.data.relatedHeadlines[0].article.documentId).toBe(target.article.documentId);
    for (const done of [citing, target]) {
      await app.strapi.documents('api::article.article').delete({ documentId: done.article.documentId! });
      await app.strapi.db.query('plugin::source-import.imported-document').delete({ where: { sourceKey: done.identity.sourceKey } });
    }
  });
});

describe('concurrency and failure', () => {
  it('ends with one article when the same document is imported twice at the same moment', async () => {
    const text = importFixture('unrelated-document.txt');
    const results = await Promise.all([importer().importDocument({ text }), importer().importDocument({ text })]);
    expect(results.map((r) => r.status).sort()).toEqual(['created', 'unchanged']);
    expect(results[0].article.documentId).toBe(results[1].article.documentId);
    const articles = await app.strapi.documents('api::article.article').count({ filters: { lead: { $containsi: 'Port workers' } } });
    expect(articles).toBe(1);
    const people = await app.strapi.documents('api::person.person').count({ filters: { name: { $containsi: 'Ilić' } } });
    expect(people).toBeLessThanOrEqual(1);
  });

  it('ends with one of each person, organization and tag when two pages naming them arrive at the same moment', async () => {
    // Two captures of the same story at different times: distinct documents, the same entities,
    // none of them known yet. Each import creates them; the database keeps one of each.
    const page = fs.readFileSync(path.join(__dirname, '..', 'fixtures', 'reader', 'doha-blockade', 'input.txt'), 'utf8');
    const [first, second] = [page, page.replace(/^19:03 08\.06\.2017/, '20:15 08.06.2017')];
    expect(second).not.toBe(first);
    for (let round = 0; round < 3; round += 1) {
      const stamp = ` (${round})`;
      const results = await Promise.all([
        importer().importDocument({ text: first.replace(/\n/, `${stamp}\n`) }),
        importer().importDocument({ text: second.replace(/\n/, `${stamp}\n`) }),
      ]);
      expect(results.map((r) => r.status)).toEqual(['created', 'created']);
      expect(results[0].article.documentId).not.toBe(results[1].article.documentId);
    }
    const named = async (uid: string, name: string) =>
      app.strapi.db.query(uid as never).count({ where: { name } });
    expect(await named('api::tag.tag', 'Gulf crisis')).toBe(1);
    expect(await named('api::tag.tag', 'Muslim Brotherhood')).toBe(1);
    expect(await named('api::person.person', 'Khalid bin Nasser Al-Marri')).toBe(1);
    expect(await named('api::organization.organization', 'Saudi Foreign Ministry')).toBe(1);
  });

  it('leaves nothing of a document whose import fails half-way', async () => {
    const before = await counts();
    const recordsBefore = await app.strapi.db.query('plugin::source-import.imported-document').count({});
    let failing = true;
    // The article, people and tags are written by then; the quotes' insert fails.
    app.strapi.db.lifecycles.subscribe({
      models: ['api::quote.quote'],
      beforeCreateMany() {
        if (failing) throw new Error('injected write failure');
      },
    });
    const text = seedText().replace('07:21 GMT07 July 2020', '08:15 GMT08 July 2020');
    await expect(importer().importDocument({ text })).rejects.toThrow('injected write failure');
    failing = false;
    expect(await counts()).toEqual(before);
    const records = await app.strapi.db.query('plugin::source-import.imported-document').count({});
    expect(records).toBe(recordsBefore);
    // and the same document imports cleanly once the database is well again
    expect((await importer().importDocument({ text })).status).toBe('created');
  });

  it.each([
    ['an empty text', '', 'empty-document'],
    ['whitespace only', ' \n\t\n ', 'empty-document'],
    ['binary bytes', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]), 'not-text'],
  ])('refuses %s with the reason, writing nothing', async (_label, text, reason) => {
    const before = await counts();
    await expect(importer().importDocument({ text, fileName: 'bad.txt' })).rejects.toMatchObject({ reason });
    expect(await counts()).toEqual(before);
  });

  it('refuses a document over the size limit', async () => {
    const big = 'a'.repeat(5 * 1024 * 1024 + 1);
    await expect(importer().importDocument({ text: big, fileName: 'big.txt' })).rejects.toMatchObject({
      reason: 'too-large',
      message: expect.stringContaining('big.txt'),
    });
  });

  it('writes nothing on a dry run and says what would happen', async () => {
    const before = await counts();
    const plan = await importer().importDocument({ text: importFixture('unrelated-document.txt').replace('Monday', 'Tuesday'), dryRun: true });
    expect(plan).toMatchObject({ dryRun: true, status: 'created' });
    expect(plan.quotes.count).toBeGreaterThan(0);
    expect(await counts()).toEqual(before);
  });
});
