/**
 * `importDocuments` writes a batch of new documents together, in one transaction and a handful
 * of statements. It must leave exactly what importing the same documents one by one leaves,
 * and keep every document all or nothing: this file imports the same pages both ways into an
 * emptied database and compares everything by name, then breaks a batch in the middle.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import fs from 'node:fs';
import path from 'node:path';
import { startStrapi, type TestApp } from '../helpers/strapi';
import { failQuotesContaining } from '../helpers/articles';
import { importFixture, seedExpected, seedText } from '../helpers/fixtures';
import type { ImportInput, Importer } from '../../src/plugins/source-import/server/src/services/importer';

const ARTICLE = 'api::article.article';
const QUOTE = 'api::quote.quote';
const PERSON = 'api::person.person';
const ORGANIZATION = 'api::organization.organization';
const TAG = 'api::tag.tag';
const ENTITY_KEY = 'plugin::source-import.entity-key';
const IMPORTED = 'plugin::source-import.imported-document';

let app: TestApp;
const importer = () => app.strapi.plugin('source-import').service('importer') as Importer;

beforeAll(async () => {
  app = await startStrapi();
});

afterAll(async () => {
  await app?.stop();
});

type Metadata = {
  tableName: string;
  attributes: Record<string, { joinTable?: { name: string; joinColumn: { name: string }; inverseJoinColumn: { name: string }; inverseOrderColumnName?: string } }>;
};
const metadataOf = (uid: string) => app.strapi.db.metadata.get(uid as never) as unknown as Metadata;
const table = (name: string) => {
  const schema = app.strapi.db.getSchemaName();
  return schema ? app.strapi.db.connection(name).withSchema(schema) : app.strapi.db.connection(name);
};

/** Empties the content the importer writes: the types, their components and every link table. */
async function wipe() {
  const uids = [ARTICLE, QUOTE, PERSON, ORGANIZATION, TAG, ENTITY_KEY, IMPORTED, 'news.related-headline', 'news.affiliation', 'news.captioned-image', 'news.import-source'];
  for (const uid of uids) {
    const metadata = metadataOf(uid);
    for (const attribute of Object.values(metadata.attributes)) if (attribute.joinTable) await table(attribute.joinTable.name).delete();
    await table(metadata.tableName).delete();
  }
}

/** The pages of the reader's fixtures that can be imported, each under a source URL of its own. */
function pages(): ImportInput[] {
  const dir = path.join(__dirname, '..', 'fixtures', 'reader');
  const fromFixtures = fs
    .readdirSync(dir)
    .sort()
    .map((name) => ({ name, text: fs.readFileSync(path.join(dir, name, 'input.txt'), 'utf8') }))
    .filter(({ text }) => importer().check({ text }).importable);
  const related = (seedExpected().article as unknown as { relatedHeadlines: string[] }).relatedHeadlines;
  const unrelated = importFixture('unrelated-document.txt');
  return [
    // Carries a headline the seed (further down) lists as related: linked at the seed's import.
    { text: unrelated.replace('Monday', 'Tuesday'), headline: related[0], sourceUrl: 'https://archive.example/before-seed' },
    ...fromFixtures.map(({ name, text }) => ({ text, sourceUrl: `https://archive.example/${name}`, fileName: `${name}.txt` })),
    { text: seedText(), sourceUrl: 'https://archive.example/seed', fileName: 'seed.txt' },
    // Carries another of the seed's related headlines: the seed, imported earlier, points at it.
    { text: unrelated.replace('Monday', 'Wednesday'), headline: related[1], sourceUrl: 'https://archive.example/after-seed' },
    // Three pages with one headline: three slugs.
    ...[1, 2, 3].map((n) => ({ text: importFixture('second-document.txt'), headline: 'The same headline thrice', sourceUrl: `https://archive.example/thrice-${n}` })),
  ];
}

/**
 * Everything the imports wrote, by names and source URLs instead of ids: articles with their
 * fields, components, links and quotes; people, organizations, tags and the names they are
 * found by; the import records; and each person's, organization's and tag's lists in order.
 */
async function dump() {
  const articles = (await app.strapi.db.query(ARTICLE).findMany({
    where: { publishedAt: null },
    populate: {
      image: true,
      source: true,
      relatedHeadlines: { populate: { article: { select: ['sourceUrl'] } } },
      tags: { select: ['name'] },
      people: { select: ['name'] },
      organizations: { select: ['name'] },
    },
    orderBy: { sourceUrl: 'asc' },
  })) as any[];
  const quotes = (await app.strapi.db.query(QUOTE).findMany({
    where: { publishedAt: null },
    populate: { article: { select: ['sourceUrl'] }, speaker: { select: ['name'] }, speakerOrganization: { select: ['name'] } },
  })) as any[];
  const people = (await app.strapi.db.query(PERSON).findMany({
    populate: { affiliations: { populate: { organization: { select: ['name'] } } }, organizations: { select: ['name'] } },
    orderBy: { name: 'asc' },
  })) as any[];
  const quoteKey = (q: any) => `${q.article?.sourceUrl}#${q.position}`;
  const byId = {
    [ARTICLE]: new Map<number, string>(articles.map((a) => [a.id, a.sourceUrl])),
    [QUOTE]: new Map<number, string>(quotes.map((q) => [q.id, quoteKey(q)])),
  };
  const names = new Map<number, string>();
  const lists: Record<string, Record<string, string[]>> = {};
  for (const [uid, attribute] of [
    [ARTICLE, 'tags'],
    [ARTICLE, 'people'],
    [ARTICLE, 'organizations'],
    [QUOTE, 'speaker'],
    [QUOTE, 'speakerOrganization'],
  ] as const) {
    const join = metadataOf(uid).attributes[attribute].joinTable!;
    const target = { tags: TAG, people: PERSON, organizations: ORGANIZATION, speaker: PERSON, speakerOrganization: ORGANIZATION }[attribute];
    names.clear();
    for (const row of (await app.strapi.db.query(target).findMany({ select: ['id', 'name'] })) as any[]) names.set(row.id, row.name);
    const rows = await table(join.name).select('*').orderBy([join.inverseJoinColumn.name, join.inverseOrderColumnName!]);
    const list: Record<string, string[]> = {};
    for (const row of rows) {
      const name = names.get(row[join.inverseJoinColumn.name])!;
      const source = byId[uid].get(row[join.joinColumn.name]);
      if (source !== undefined) (list[name] ??= []).push(source);
    }
    lists[`${uid}.${attribute}`] = list;
  }
  const strip = ({ id: _i, ...rest }: Record<string, unknown>) => rest;
  return {
    articles: articles.map((a) => ({
      sourceUrl: a.sourceUrl,
      headline: a.headline,
      slug: a.slug,
      lead: a.lead,
      body: a.body,
      section: a.section,
      dateline: a.dateline,
      capturedAt: a.capturedAt,
      datePublished: a.datePublished,
      image: a.image && strip(a.image),
      source: a.source && { ...strip(a.source), importedAt: undefined },
      relatedHeadlines: a.relatedHeadlines.map((r: any) => ({ headline: r.headline, article: r.article?.sourceUrl ?? null })),
      tags: a.tags.map((t: any) => t.name),
      people: a.people.map((p: any) => p.name),
      organizations: a.organizations.map((o: any) => o.name),
      quotes: quotes
        .filter((q) => q.article?.sourceUrl === a.sourceUrl)
        .sort((x, y) => x.position - y.position)
        .map((q) => ({
          position: q.position,
          text: q.text,
          kind: q.kind,
          cue: q.cue,
          line: q.line,
          column: q.column,
          startOffset: q.startOffset,
          endOffset: q.endOffset,
          speaker: q.speaker?.name ?? null,
          speakerOrganization: q.speakerOrganization?.name ?? null,
          speakerDescription: q.speakerDescription,
        })),
    })),
    quotesWithoutArticle: quotes.filter((q) => !q.article).length,
    people: people.map((p) => ({
      name: p.name,
      aliases: p.aliases,
      affiliations: p.affiliations.map((a: any) => ({ role: a.role, organization: a.organization?.name ?? null })),
      organizations: p.organizations.map((o: any) => o.name),
    })),
    organizations: ((await app.strapi.db.query(ORGANIZATION).findMany({ orderBy: { name: 'asc' } })) as any[]).map((o) => ({
      name: o.name,
      acronym: o.acronym,
      aliases: o.aliases,
      kind: o.kind,
    })),
    tags: ((await app.strapi.db.query(TAG).findMany({ orderBy: { name: 'asc' } })) as any[]).map((t) => ({ name: t.name, slug: t.slug })),
    keys: await Promise.all(
      ((await app.strapi.db.query(ENTITY_KEY).findMany({ orderBy: { key: 'asc' } })) as any[]).map(async (k) => ({
        key: k.key,
        ambiguous: k.ambiguous,
        target: k.targetDocumentId
          ? ((await app.strapi.db.query(k.entityType === 'person' ? PERSON : ORGANIZATION).findOne({ where: { documentId: k.targetDocumentId } })) as any)?.name
          : null,
      })),
    ),
    records: await Promise.all(
      ((await app.strapi.db.query(IMPORTED).findMany({ orderBy: { sourceKey: 'asc' } })) as any[]).map(async (r) => ({
        sourceKey: r.sourceKey,
        contentHash: r.contentHash,
        fingerprint: r.fingerprint,
        fileName: r.fileName,
        headline: r.headline,
        article: ((await app.strapi.db.query(ARTICLE).findOne({ where: { documentId: r.articleDocumentId } })) as any)?.sourceUrl,
      })),
    ),
    lists,
  };
}

describe('a batch of new documents', () => {
  let oneByOne: Awaited<ReturnType<typeof dump>>;
  let batched: Awaited<ReturnType<typeof dump>>;
  let results: Awaited<ReturnType<Importer['importDocuments']>>;
  const statements = { oneByOne: { statements: 0, transactions: 0 }, batched: { statements: 0, transactions: 0 } };

  /**
   * Runs `fn`, counting the SQL statements it sends and the transactions it opens: those sent
   * from its own async context (knex emits `query` in the sender's), not Strapi's background
   * work that happens to run meanwhile.
   */
  async function counting<T>(fn: () => Promise<T>): Promise<{ result: T; count: { statements: number; transactions: number } }> {
    const count = { statements: 0, transactions: 0 };
    const context = new AsyncLocalStorage<typeof count>();
    const listener = (query: { sql?: string }) => {
      if (context.getStore() !== count) return;
      count.statements += 1;
      if (/^\s*begin\b/i.test(query.sql ?? '')) count.transactions += 1;
    };
    type Listener = (query: { sql?: string }) => void;
    const connection = app.strapi.db.connection as unknown as { on: (e: string, l: Listener) => void; off: (e: string, l: Listener) => void };
    connection.on('query', listener);
    try {
      return { result: await context.run(count, fn), count };
    } finally {
      connection.off('query', listener);
    }
  }

  beforeAll(async () => {
    await wipe();
    statements.oneByOne = (
      await counting(async () => {
        for (const input of pages()) await importer().importDocument(input);
      })
    ).count;
    oneByOne = await dump();
    await wipe();
    const batch = await counting(() => importer().importDocuments(pages()));
    results = batch.result;
    statements.batched = batch.count;
    batched = await dump();
  });

  it('imports every page, each created', () => {
    expect(results).toHaveLength(pages().length);
    expect(results.map((r) => ('outcome' in r ? r.outcome.status : String((r as { error: unknown }).error)))).toEqual(pages().map(() => 'created'));
    expect(batched.articles).toHaveLength(pages().length);
    expect(batched.quotesWithoutArticle).toBe(0);
  });

  it('writes them together: one transaction, fewer statements', () => {
    // Also what keeps the comparison below honest: a batch that fell back to one document at a
    // time would leave the same rows, in a transaction per document.
    expect(statements.oneByOne.transactions).toBe(pages().length);
    expect(statements.batched.transactions).toBe(1);
    // Most of what remains creates the pages' many people, organizations and tags (all new
    // here) through the Document Service, one by one.
    expect(statements.batched.statements).toBeLessThan(statements.oneByOne.statements / 2);
  });

  it('leaves exactly what importing the same pages one by one leaves', () => {
    // Not an empty comparison: the pages name people, organizations and tags, and link them.
    expect(oneByOne.people.length).toBeGreaterThan(10);
    expect(oneByOne.articles.flatMap((a) => a.quotes).length).toBeGreaterThan(50);
    expect(batched.articles).toEqual(oneByOne.articles);
    expect(batched.people).toEqual(oneByOne.people);
    expect(batched.organizations).toEqual(oneByOne.organizations);
    expect(batched.tags).toEqual(oneByOne.tags);
    expect(batched.keys).toEqual(oneByOne.keys);
    expect(batched.records).toEqual(oneByOne.records);
  });

  it("appends to each person's, organization's and tag's lists in the order the pages came", () => {
    expect(Object.keys(batched.lists['api::quote.quote.speaker']).length).toBeGreaterThan(5);
    expect(batched.lists).toEqual(oneByOne.lists);
  });

  it('links related headlines to pages of the same batch, before and after', () => {
    const seed = batched.articles.find((a) => a.sourceUrl === 'https://archive.example/seed')!;
    expect(seed.relatedHeadlines.map((r: { article: string | null }) => r.article)).toEqual([
      'https://archive.example/before-seed',
      'https://archive.example/after-seed',
      null,
    ]);
  });

  it('gives pages with one headline a slug each', () => {
    const slugs = batched.articles.filter((a) => a.headline === 'The same headline thrice').map((a) => a.slug);
    expect(slugs).toEqual(['the-same-headline-thrice', 'the-same-headline-thrice-1', 'the-same-headline-thrice-2']);
  });

  it('numbers a slug on from those the database holds', async () => {
    const headline = 'A headline already taken';
    const text = (n: number) => importFixture('second-document.txt').replace('14:05', `14:${10 + n}`);
    await importer().importDocument({ text: text(0), headline });
    const results = await importer().importDocuments([1, 2].map((n) => ({ text: text(n), headline })));
    const slugs = await Promise.all(
      results.map(async (r) => ((await app.strapi.documents(ARTICLE).findOne({ documentId: (r as any).outcome.article.documentId })) as any).slug),
    );
    expect(slugs).toEqual(['a-headline-already-taken-1', 'a-headline-already-taken-2']);
  });
});

describe('a batch that meets trouble', () => {
  const variant = (text: string, tag: string) => text.replace(/\n/, ` (${tag})\n`);

  it('imports a page given twice once, the second time unchanged', async () => {
    const text = variant(importFixture('second-document.txt'), 'twice in a batch');
    const results = await importer().importDocuments([{ text }, { text }]);
    const outcomes = results.map((r) => (r as { outcome: { status: string; article: { documentId: string } } }).outcome);
    expect(outcomes.map((o) => o.status)).toEqual(['created', 'unchanged']);
    expect(outcomes[1].article.documentId).toBe(outcomes[0].article.documentId);
  });

  it('reports the refused page and imports the others', async () => {
    const results = await importer().importDocuments([
      { text: variant(seedText(), 'refused-1') },
      { text: ' \n ', fileName: 'blank.txt' },
      { text: variant(importFixture('unrelated-document.txt'), 'refused-3') },
    ]);
    expect('outcome' in results[0] && results[0].outcome.status).toBe('created');
    expect(results[1]).toMatchObject({ error: { reason: 'empty-document' } });
    expect('outcome' in results[2] && results[2].outcome.status).toBe('created');
  });

  it('leaves nothing of the page whose write fails, and imports the rest of the batch', async () => {
    const marker = 'We have waited four months for our money';
    let failing = true;
    failQuotesContaining(app.strapi, marker, () => failing);
    const inputs = [
      { text: variant(seedText(), 'fails-1'), sourceUrl: 'https://archive.example/fails-1' },
      { text: variant(importFixture('unrelated-document.txt'), 'fails-2'), sourceUrl: 'https://archive.example/fails-2' },
      { text: variant(importFixture('second-document.txt'), 'fails-3'), sourceUrl: 'https://archive.example/fails-3' },
    ];
    const articlesBefore = await app.strapi.db.query(ARTICLE).count({});
    const markedBefore = await app.strapi.db.query(QUOTE).count({ where: { text: { $contains: marker } } });
    const results = await importer().importDocuments(inputs);
    failing = false;
    expect(results.map((r) => ('outcome' in r ? r.outcome.status : (r.error as Error).message))).toEqual([
      'created',
      'injected write failure',
      'created',
    ]);
    // Two articles (each a draft row) and nothing of the third: no article, record or quote.
    expect(await app.strapi.db.query(ARTICLE).count({})).toBe(articlesBefore + 2);
    expect(await app.strapi.db.query(ARTICLE).count({ where: { sourceUrl: 'https://archive.example/fails-2' } })).toBe(0);
    expect(await app.strapi.db.query(IMPORTED).count({ where: { sourceUrl: 'https://archive.example/fails-2' } })).toBe(0);
    expect(await app.strapi.db.query(QUOTE).count({ where: { text: { $contains: marker } } })).toBe(markedBefore);
    // The failed page imports cleanly once the database is well again.
    const again = await importer().importDocuments([inputs[1]]);
    expect('outcome' in again[0] && again[0].outcome.status).toBe('created');
  });

  it('links the published versions of pages published in one batch, whichever comes first', async () => {
    const [citing, cited] = await importer().importDocuments([
      { text: variant(importFixture('unrelated-document.txt'), 'cites'), headline: 'Port strike, day two', publish: true },
      { text: variant(importFixture('second-document.txt'), 'cited'), headline: 'Dockers threaten strike over unpaid wages', publish: true },
    ]);
    const [a, b] = [citing, cited].map((r) => (r as { outcome: { published: boolean; article: { documentId: string } } }).outcome);
    expect([a.published, b.published]).toEqual([true, true]);
    for (const status of ['draft', 'published'] as const) {
      const article = (await app.strapi.documents(ARTICLE).findOne({
        documentId: a.article.documentId,
        status,
        populate: { relatedHeadlines: { populate: { article: true } } },
      })) as any;
      expect([status, article.relatedHeadlines.map((r: any) => r.article?.documentId ?? null)]).toEqual([status, [b.article.documentId]]);
    }
  });

  it('ends with one of each article, person, organization and tag when two overlapping batches run at once', async () => {
    const page = fs.readFileSync(path.join(__dirname, '..', 'fixtures', 'reader', 'doha-blockade', 'input.txt'), 'utf8');
    const texts = ['a', 'b', 'c', 'd'].map((tag) => variant(page, `overlap ${tag}`));
    const [first, second] = await Promise.all([
      importer().importDocuments([texts[0], texts[1], texts[2]].map((text) => ({ text }))),
      importer().importDocuments([texts[2], texts[1], texts[3]].map((text) => ({ text }))),
    ]);
    for (const result of [...first, ...second]) expect('outcome' in result).toBe(true);
    const idOf = (r: (typeof first)[number]) => (r as { outcome: { article: { documentId: string } } }).outcome.article.documentId;
    expect(idOf(first[1])).toBe(idOf(second[1]));
    expect(idOf(first[2])).toBe(idOf(second[0]));
    expect(new Set([...first, ...second].map(idOf)).size).toBe(4);
    const named = (uid: string, name: string) => app.strapi.db.query(uid as never).count({ where: { name } });
    expect(await named(TAG, 'Gulf crisis')).toBe(1);
    expect(await named(PERSON, 'Khalid bin Nasser Al-Marri')).toBe(1);
    expect(await named(ORGANIZATION, 'Saudi Foreign Ministry')).toBe(1);
  });
});
