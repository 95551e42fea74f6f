import path from 'node:path';
import readline from 'node:readline';
import { spawn } from 'node:child_process';
import { AsyncLocalStorage } from 'node:async_hooks';
import request from 'supertest';
import { Client } from 'pg';
import { startStrapi, createFullAccessToken, pgConfig, queriesDuring, writeElsewhere, type TestApp } from '../helpers/strapi';
import { importFixture, seedText } from '../helpers/fixtures';
import { grantPublicRead } from '../../src/bootstrap/permissions';
import { ReadCache, invalidateReadCache, readCacheOf } from '../../src/bootstrap/read-cache';
import type { Importer } from '../../src/plugins/source-import/server/src/services/importer';
import { ANSWER } from '../helpers/other-process';

let app: TestApp;
let seed: string;
let second: string;
let draft: string;

const ARTICLE = 'api::article.article';
const importer = () => app.strapi.plugin('source-import').service('importer') as Importer;
const docs = () => app.strapi.documents(ARTICLE);

/** The one-article read an app makes: the article, its quotes with their speakers, its tags. */
const articleUrl = (documentId: string) => `/api/articles/${documentId}?populate[quotes][populate][speaker]=true&populate[tags]=true`;
/**
 * supertest gives each request a server on a new port, and the origin is part of the cache key
 * (the standards outputs name it): one Host for all, as behind a real domain name.
 */
const HOST = 'newsroom.test';
const get = (url: string, token?: string) => {
  const req = request(app.server).get(url).set('Host', HOST);
  return token ? req.set('Authorization', `Bearer ${token}`) : req;
};

/** A test that only means something on PostgreSQL: reported as skipped on SQLite, not as passed. */
const onPostgres = process.env.DATABASE_CLIENT === 'postgres' ? it : it.skip;

/**
 * Another process of the app on this test's database (tests/helpers/other-process.ts): `write`
 * updates and publishes an article's lead there through the Document Service, and resolves once
 * that process answers that both are committed.
 */
async function startOtherProcess() {
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(__dirname, '..', 'helpers', 'other-process.ts')], {
    cwd: path.resolve(__dirname, '..', '..'),
    // The sandbox's environment, where startStrapi put the DATABASE_* of this file's database.
    env: { ...process.env },
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  const answers: string[] = [];
  let waiting: (() => void) | null = null;
  let exited: Error | null = null;
  readline.createInterface({ input: child.stdout! }).on('line', (line) => {
    if (!line.startsWith(ANSWER)) return;
    answers.push(line.slice(ANSWER.length));
    waiting?.();
  });
  child.once('exit', (code) => {
    exited = new Error(`the other process exited (${code})`);
    waiting?.();
  });
  const next = async () => {
    while (!answers.length) {
      if (exited) throw exited;
      await new Promise<void>((resolve) => (waiting = resolve));
      waiting = null;
    }
    return answers.shift()!;
  };
  expect(await next()).toBe('ready');
  return {
    write: async (documentId: string, lead: string) => {
      child.stdin!.write(`${JSON.stringify({ documentId, lead })}\n`);
      expect(await next()).toBe(`written ${lead}`);
    },
    stop: async () => {
      if (exited) return;
      const gone = new Promise((resolve) => child.once('exit', resolve));
      child.stdin!.end();
      await gone;
    },
  };
}

beforeAll(async () => {
  app = await startStrapi();
  const a = await importer().importDocument({ text: seedText(), headline: 'Mosul offensive may push militants into Syria', publish: true });
  const b = await importer().importDocument({ text: importFixture('second-document.txt'), headline: 'Harbour strike ends', publish: true });
  const c = await importer().importDocument({ text: importFixture('unrelated-document.txt') });
  seed = a.article.documentId!;
  second = b.article.documentId!;
  draft = c.article.documentId!;
  expect([a.published, b.published, c.published]).toEqual([true, true, false]);
});

afterAll(async () => {
  await app?.stop();
});

describe('the read cache', () => {
  it('serves the second identical read from memory, with no query through Strapi (only the data version is read)', async () => {
    const first = await get(articleUrl(seed));
    expect(first.status).toBe(200);
    expect(first.headers['x-cache']).toBe('MISS');
    expect(first.body.data.quotes.length).toBeGreaterThan(0);
    expect(first.body.data.quotes.some((q: { speaker: unknown }) => q.speaker)).toBe(true);

    let again: request.Response | undefined;
    const queries = await queriesDuring(app, async () => (again = await get(articleUrl(seed))));
    expect(again!.status).toBe(200);
    expect(again!.headers['x-cache']).toBe('HIT');
    expect(again!.headers['content-type']).toBe(first.headers['content-type']);
    expect(again!.text).toBe(first.text);
    expect(queries).toEqual([]);
  });

  it('shows an update made through the Document Service on the very next read, and no draft before it is published', async () => {
    await get(articleUrl(seed));
    expect((await get(articleUrl(seed))).headers['x-cache']).toBe('HIT');

    await docs().update({ documentId: seed, data: { headline: 'DRAFT-ONLY headline' } as never });
    const whileDraft = await get(articleUrl(seed));
    expect(whileDraft.body.data.headline).toBe('Mosul offensive may push militants into Syria');
    expect(whileDraft.text).not.toContain('DRAFT-ONLY');

    await docs().publish({ documentId: seed });
    const after = await get(articleUrl(seed));
    expect(after.headers['x-cache']).toBe('MISS');
    expect(after.body.data.headline).toBe('DRAFT-ONLY headline');

    await docs().update({ documentId: seed, data: { headline: 'Mosul offensive may push militants into Syria' } as never });
    await docs().publish({ documentId: seed });
    expect((await get(articleUrl(seed))).body.data.headline).toBe('Mosul offensive may push militants into Syria');
  });

  it('answers 404 on the read after an unpublish, and serves the article again once republished', async () => {
    await get(articleUrl(second));
    expect((await get(articleUrl(second))).headers['x-cache']).toBe('HIT');
    await docs().unpublish({ documentId: second });
    expect((await get(articleUrl(second))).status).toBe(404);
    const list = await get('/api/articles?populate[tags]=true');
    expect(list.body.data.map((a: { documentId: string }) => a.documentId)).not.toContain(second);

    await docs().publish({ documentId: second });
    expect((await get(articleUrl(second))).status).toBe(200);
    const again = await get('/api/articles?populate[tags]=true');
    expect(again.body.data.map((a: { documentId: string }) => a.documentId)).toContain(second);
  });

  it('answers 403 on the read after the Public role loses the permission', async () => {
    await get(articleUrl(seed));
    expect((await get(articleUrl(seed))).headers['x-cache']).toBe('HIT');
    const permissions = app.strapi.db.query('plugin::users-permissions.permission');
    const granted = await permissions.findOne({ where: { action: `${ARTICLE}.findOne`, role: { type: 'public' } } });
    await permissions.delete({ where: { id: granted.id } });
    try {
      expect((await get(articleUrl(seed))).status).toBe(403);
      expect((await get(articleUrl(seed))).status).toBe(403);
    } finally {
      await grantPublicRead(app.strapi);
    }
    expect((await get(articleUrl(seed))).status).toBe(200);
  });

  it('never caches API-token reads, nor lets a token draft read reach the public', async () => {
    const token = await createFullAccessToken(app.strapi);
    await docs().update({ documentId: seed, data: { headline: 'TOKEN-ONLY draft headline' } as never });
    try {
      const url = `${articleUrl(seed)}&status=draft`;
      for (let i = 0; i < 2; i += 1) {
        const preview = await get(url, token);
        expect(preview.status).toBe(200);
        expect(preview.body.data.headline).toBe('TOKEN-ONLY draft headline');
        expect(preview.headers['x-cache']).toBeUndefined();
      }
      // The public asking for the same URL gets the published version, and it is not kept.
      const asDraft = await get(url);
      expect(asDraft.body.data.headline).toBe('Mosul offensive may push militants into Syria');
      expect(asDraft.headers['x-cache']).toBeUndefined();
      // A token read of the plain URL does not fill the public's entry either.
      await get(articleUrl(seed), token);
      const plain = await get(articleUrl(seed));
      expect(plain.text).not.toContain('TOKEN-ONLY');
      expect(plain.body.data.headline).toBe('Mosul offensive may push militants into Syria');
    } finally {
      await docs().discardDraft({ documentId: seed });
    }
  });

  it('never shows a draft, cached or not', async () => {
    for (let i = 0; i < 2; i += 1) {
      expect((await get(articleUrl(draft))).status).toBe(404);
      const list = await get('/api/articles?populate[tags]=true');
      expect(list.body.data.map((a: { documentId: string }) => a.documentId)).not.toContain(draft);
      const quotes = await get('/api/quotes?pagination[pageSize]=100&populate[article]=true');
      expect(JSON.stringify(quotes.body)).not.toContain(draft);
    }
    // Published, it appears at once in the list that was cached without it.
    await docs().update({ documentId: draft, data: { headline: 'Now published' } as never });
    await docs().publish({ documentId: draft });
    const list = await get('/api/articles?populate[tags]=true');
    expect(list.headers['x-cache']).toBe('MISS');
    expect(list.body.data.map((a: { documentId: string }) => a.documentId)).toContain(draft);
    await docs().unpublish({ documentId: draft });
    expect((await get(articleUrl(draft))).status).toBe(404);
  });

  it('shows a re-import (the importer writes quotes with raw SQL) on the next read', async () => {
    const sourceUrl = 'https://example.test/harbour';
    const text = importFixture('second-document.txt');
    const first = await importer().importDocument({ text, sourceUrl, headline: 'Harbour reopens', publish: true });
    const id = first.article.documentId!;
    const before = await get(articleUrl(id));
    expect((await get(articleUrl(id))).headers['x-cache']).toBe('HIT');
    const quoteCount = before.body.data.quotes.length;

    const edited = text.replace(/\n\n/, '\n\n    An editor added this paragraph, saying "the harbour reopens on Monday", a spokesman said.\n\n');
    const again = await importer().importDocument({ text: edited, sourceUrl, headline: 'Harbour reopens', publish: true });
    expect(again.status).toBe('updated');
    const after = await get(articleUrl(id));
    expect(after.headers['x-cache']).toBe('MISS');
    expect(after.body.data.quotes.map((q: { documentId: string }) => q.documentId).sort()).toEqual([...again.quotes.documentIds].sort());
    expect(after.body.data.quotes.length).toBeGreaterThanOrEqual(quoteCount);
  });

  it('does not keep, past the commit, a read served while a write was not yet committed', async () => {
    const row = await app.strapi.db.query(ARTICLE).findOne({ where: { documentId: second, publishedAt: { $notNull: true } } });
    await get(articleUrl(second));
    // A reader outside the transaction: supertest would otherwise send the request from inside
    // its async context, and Strapi would serve it on the transaction's connection.
    const outside = AsyncLocalStorage.snapshot();
    const readOutside = (url: string) => outside(() => get(url).then((res) => res));
    await app.strapi.db.transaction(async () => {
      await app.strapi.db.query(ARTICLE).update({ where: { id: row.id }, data: { headline: 'Committed headline' } });
      // PostgreSQL serves other connections the committed data meanwhile; SQLite has one
      // connection, which the transaction holds, so a read would wait for the commit.
      if (app.client === 'postgres') {
        const during = await readOutside(articleUrl(second));
        expect(during.body.data.headline).toBe(row.headline);
        expect((await readOutside(articleUrl(second))).headers['x-cache']).toBe('HIT');
      }
    });
    const after = await get(articleUrl(second));
    expect(after.body.data.headline).toBe('Committed headline');
    await app.strapi.db.query(ARTICLE).update({ where: { id: row.id }, data: { headline: row.headline } });
    expect((await get(articleUrl(second))).body.data.headline).toBe(row.headline);
  });

  it('is emptied by a raw SQL write outside any transaction, and by invalidateReadCache', async () => {
    await get(articleUrl(second));
    const schema = app.strapi.db.getSchemaName();
    const table = schema ? `${schema}.articles` : 'articles';
    await app.strapi.db.connection.raw(`UPDATE ${table} SET lead = ? WHERE document_id = ?`, ['A lead written in SQL', second]);
    expect((await get(articleUrl(second))).body.data.lead).toBe('A lead written in SQL');

    await get(articleUrl(second));
    expect((await get(articleUrl(second))).headers['x-cache']).toBe('HIT');
    invalidateReadCache(app.strapi);
    expect((await get(articleUrl(second))).headers['x-cache']).toBe('MISS');
  });

  it('shows the write of another program (psql, no announcement) on the very next read', async () => {
    await get(articleUrl(second));
    expect((await get(articleUrl(second))).headers['x-cache']).toBe('HIT');
    const lead = `Written by another program at ${Date.now()}`;
    await writeElsewhere(app, `UPDATE articles SET lead = ? WHERE document_id = ? AND published_at IS NOT NULL`, [lead, second]);
    const next = await get(articleUrl(second));
    expect(next.headers['x-cache']).toBe('MISS');
    expect(next.body.data.lead).toBe(lead);
  });

  it('never serves, after another process of the app committed a write, the answer from before it (200 writes)', async () => {
    // A server listening on a port, read with keep-alive: each read reaches the cache within a
    // millisecond of the other process's answer, as fast as a real client behind it would.
    const server = app.server.listen(0, '127.0.0.1');
    await new Promise((resolve) => server.once('listening', resolve));
    const { port } = server.address() as { port: number };
    const read = async () => {
      const res = await fetch(`http://127.0.0.1:${port}${articleUrl(second)}`);
      return { cache: res.headers.get('x-cache'), lead: ((await res.json()) as { data: { lead: string } }).data.lead };
    };
    const other = await startOtherProcess();
    try {
      const readSeed = async () => (await fetch(`http://127.0.0.1:${port}${articleUrl(seed)}`)).headers.get('x-cache');
      let stale = 0;
      let hitsBefore = 0;
      let seedHits = 0;
      for (let i = 0; i < 200; i += 1) {
        // The article as cached since the last cycle's read.
        if ((await read()).cache === 'HIT') hitsBefore += 1;
        await readSeed();
        const lead = `Lead ${i} written by another process`;
        await other.write(second, lead);
        if ((await read()).lead !== lead) stale += 1;
        // Another article, which the write did not touch, stays cached across it.
        if ((await readSeed()) === 'HIT') seedHits += 1;
      }
      expect(stale).toBe(0);
      expect(seedHits).toBeGreaterThanOrEqual(180);
      // The reads before each write were served from memory: what they checked was a cache. A
      // few may miss when something else writes meanwhile (the other process's own start-up
      // and housekeeping writes move the data version too).
      expect(hitsBefore).toBeGreaterThanOrEqual(180);
    } finally {
      await other.stop();
      await new Promise((resolve) => server.close(resolve));
    }
    // 200 saves of an article with its quotes by another process: 1.5 to 2.5 minutes on a busy
    // two-core machine.
  }, 300_000);

  onPostgres('bumps the data version once per writing transaction, with its commit and not before (PostgreSQL)', async () => {
    const other = new Client(pgConfig());
    await other.connect();
    const version = async () =>
      Number((await other.query(`SELECT version FROM "${app.strapi.db.getSchemaName()!}".read_cache_version WHERE id = 1`)).rows[0].version);
    try {
      const before = await version();
      let during: number | undefined;
      await app.strapi.db.transaction(async () => {
        await docs().update({ documentId: second, data: { lead: 'Counted once' } as never });
        await docs().publish({ documentId: second });
        during = await version();
      });
      expect(during).toBe(before);
      expect(await version()).toBe(before + 1);
      // A statement outside any transaction counts as one at its own commit.
      await app.strapi.db.connection.raw(`UPDATE "${app.strapi.db.getSchemaName()!}".articles SET lead = lead WHERE document_id = ?`, [second]);
      expect(await version()).toBe(before + 2);
    } finally {
      await other.end();
    }
  });

  it('caches GraphQL queries but not mutations, errors or token requests', async () => {
    const query = `query ($id: ID!) { article(documentId: $id) { headline quotes { text speaker { name } } tags { name } } }`;
    const gql = (body: object, token?: string) => {
      const req = request(app.server).post('/graphql').set('Host', HOST).send(body);
      return token ? req.set('Authorization', `Bearer ${token}`) : req;
    };
    const first = await gql({ query, variables: { id: seed } });
    expect(first.status).toBe(200);
    expect(first.body.data.article.headline).toBe('Mosul offensive may push militants into Syria');
    expect(first.headers['x-cache']).toBe('MISS');
    const again = await gql({ query, variables: { id: seed } });
    expect(again.headers['x-cache']).toBe('HIT');
    expect(again.text).toBe(first.text);

    await docs().update({ documentId: seed, data: { lead: 'A lead from GraphQL test' } as never });
    await docs().publish({ documentId: seed });
    const leadQuery = `query ($id: ID!) { article(documentId: $id) { lead } }`;
    expect((await gql({ query: leadQuery, variables: { id: seed } })).body.data.article.lead).toBe('A lead from GraphQL test');
    expect((await gql({ query, variables: { id: seed } })).headers['x-cache']).toBe('MISS');

    const draftRead = await gql({ query, variables: { id: draft } });
    expect(draftRead.body.data.article).toBeNull();

    const broken = `{ article(documentId: "x") { noSuchField } }`;
    await gql({ query: broken });
    expect((await gql({ query: broken })).headers['x-cache']).toBe('MISS');

    const mutation = `mutation { createTag(data: { name: "Never" }) { name } }`;
    expect((await gql({ query: mutation })).headers['x-cache']).toBeUndefined();

    const token = await createFullAccessToken(app.strapi);
    expect((await gql({ query, variables: { id: seed } }, token)).headers['x-cache']).toBeUndefined();
  });

  it('has the indexes the uncached list of newest articles and its total need (at 10,000 articles)', async () => {
    const names =
      app.client === 'postgres'
        ? (await app.strapi.db.connection.raw('SELECT indexname AS name FROM pg_indexes WHERE schemaname = ? AND tablename = ?', [app.strapi.db.getSchemaName(), 'articles'])).rows
        : await app.strapi.db.connection.raw("SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'articles'");
    expect(names.map((r: { name: string }) => r.name)).toEqual(expect.arrayContaining(['si_articles_captured_at', 'si_articles_id_published']));
    const list = await get('/api/articles?populate[tags]=true&sort[0]=capturedAt:desc&pagination[pageSize]=25');
    expect(list.status).toBe(200);
    expect(list.body.meta.pagination.total).toBe(list.body.data.length);
  });

  it('stays within its memory bound, dropping the least recently used', () => {
    const cache = new ReadCache(8 * 1024, 1000);
    const body = Buffer.alloc(900);
    for (let i = 0; i < 20; i += 1) cache.set(`k${i}`, cache.generation, { body, type: 'application/json' });
    expect(cache.usedBytes).toBeLessThanOrEqual(8 * 1024);
    expect(cache.get('k0')).toBeUndefined();
    expect(cache.get('k19')).toBeDefined();
    // A response made before an invalidation is not kept.
    const generation = cache.generation;
    cache.invalidate();
    expect(cache.set('late', generation, { body, type: 'application/json' })).toBe(false);
    expect(cache.size).toBe(0);
    // The app's own cache: 100 MB unless READ_CACHE_MAX_MB says otherwise.
    expect(readCacheOf(app.strapi)?.maxBytes).toBe(100 * 1024 * 1024);
  });

  describe('drops only what a write touches', () => {
    /** The one-article read with every relation an app shows: quotes and speakers, tags, organizations. */
    const fullUrl = (documentId: string) =>
      `/api/articles/${documentId}?populate[quotes][populate][speaker]=true&populate[tags]=true&populate[organizations]=true`;
    const LISTS = ['/api/articles?populate[tags]=true', '/api/tags', '/api/people', '/api/organizations', '/api/quotes?pagination[pageSize]=100'];
    let articles: string[];
    type Doc = { documentId: string; name?: string; text?: string };
    type Body = { data: Doc & { quotes: Array<Doc & { speaker: Doc | null }>; tags: Doc[]; organizations: Doc[] } };

    beforeAll(async () => {
      // A third published article, that shares little with the seed.
      await docs().update({ documentId: draft, data: { headline: 'Port workers walk out' } as never });
      await docs().publish({ documentId: draft });
      articles = [seed, second, draft];
    });

    afterAll(async () => {
      await docs().unpublish({ documentId: draft });
    });

    /** Every article and list read until it is served from memory; the bodies of the articles. */
    async function cacheAll() {
      const bodies = new Map<string, Body>();
      for (const url of [...articles.map(fullUrl), ...LISTS]) {
        const first = await get(url);
        expect(first.status).toBe(200);
        expect((await get(url)).headers['x-cache']).toBe('HIT');
        const id = articles.find((a) => url === fullUrl(a));
        if (id) bodies.set(id, first.body as Body);
      }
      return bodies;
    }

    /**
     * After `write` of document `documentId`: every cached article that embeds it is read again
     * (a MISS) and `shows` the write; every other article is still served from memory; of the
     * lists, those of `droppedLists` are read again and the others served from memory.
     */
    async function expectTargeted(
      bodies: Map<string, Body>,
      documentId: string,
      write: () => Promise<unknown>,
      shows: (body: Body) => boolean,
      droppedLists: string[],
    ) {
      const embedding = articles.filter((a) => JSON.stringify(bodies.get(a)).includes(`"${documentId}"`));
      expect(embedding.length).toBeGreaterThan(0);
      expect(embedding.length).toBeLessThan(articles.length);
      await write();
      for (const a of articles) {
        const res = await get(fullUrl(a));
        expect(res.status).toBe(200);
        if (embedding.includes(a)) {
          expect({ article: a, cache: res.headers['x-cache'] }).toEqual({ article: a, cache: 'MISS' });
          expect(shows(res.body as Body)).toBe(true);
        } else {
          expect({ article: a, cache: res.headers['x-cache'] }).toEqual({ article: a, cache: 'HIT' });
        }
      }
      for (const url of LISTS) {
        expect({ url, cache: (await get(url)).headers['x-cache'] }).toEqual({ url, cache: droppedLists.includes(url) ? 'MISS' : 'HIT' });
      }
    }

    it("a person's new name shows at once in every cached article quoting them, and nothing else is read again", async () => {
      const bodies = await cacheAll();
      const speaker = bodies.get(seed)!.data.quotes.find((q) => q.speaker)!.speaker!;
      const people = app.strapi.documents('api::person.person');
      const name = `${speaker.name} (renamed)`;
      try {
        await expectTargeted(
          bodies,
          speaker.documentId,
          () => people.update({ documentId: speaker.documentId, data: { name } as never }),
          (body) => body.data.quotes.some((q) => q.speaker?.documentId === speaker.documentId && q.speaker.name === name),
          // Their quotes' labels follow the new name (src/bootstrap/quote-labels.ts): quote rows are written.
          ['/api/people', '/api/quotes?pagination[pageSize]=100'],
        );
      } finally {
        await people.update({ documentId: speaker.documentId, data: { name: speaker.name } as never });
      }
    });

    it("a tag's new name shows at once in every cached article tagged with it, and nothing else is read again", async () => {
      const bodies = await cacheAll();
      const tag = bodies.get(seed)!.data.tags[0];
      const tags = app.strapi.documents('api::tag.tag');
      const name = `${tag.name} (renamed)`;
      try {
        await expectTargeted(
          bodies,
          tag.documentId,
          () => tags.update({ documentId: tag.documentId, data: { name } as never }),
          (body) => body.data.tags.some((t) => t.documentId === tag.documentId && t.name === name),
          // The list of articles embeds the tags.
          ['/api/tags', '/api/articles?populate[tags]=true'],
        );
      } finally {
        await tags.update({ documentId: tag.documentId, data: { name: tag.name } as never });
      }
    });

    it("an organization's new name shows at once in every cached article naming it, and nothing else is read again", async () => {
      const bodies = await cacheAll();
      const organization = bodies.get(seed)!.data.organizations.find((o) => !JSON.stringify(bodies.get(draft)).includes(o.documentId))!;
      const organizations = app.strapi.documents('api::organization.organization');
      const name = `${organization.name} (renamed)`;
      try {
        await expectTargeted(
          bodies,
          organization.documentId,
          () => organizations.update({ documentId: organization.documentId, data: { name } as never }),
          (body) => body.data.organizations.some((o) => o.documentId === organization.documentId && o.name === name),
          ['/api/organizations'],
        );
      } finally {
        await organizations.update({ documentId: organization.documentId, data: { name: organization.name } as never });
      }
    });

    it("a quote's new text (written to its published row, as the importer does) shows at once in its article, and nothing else is read again", async () => {
      const bodies = await cacheAll();
      const quote = bodies.get(seed)!.data.quotes[0];
      const rows = app.strapi.db.query('api::quote.quote');
      const text = `${quote.text} (corrected)`;
      try {
        await expectTargeted(
          bodies,
          quote.documentId,
          () => rows.updateMany({ where: { documentId: quote.documentId }, data: { text } }),
          (body) => body.data.quotes.some((q) => q.documentId === quote.documentId && q.text === text),
          ['/api/quotes?pagination[pageSize]=100'],
        );
      } finally {
        await rows.updateMany({ where: { documentId: quote.documentId }, data: { text: quote.text } });
      }
    });

    it('an article published again is read again, with the lists of articles; the other articles and lists stay cached', async () => {
      const bodies = await cacheAll();
      await expectTargeted(
        bodies,
        second,
        async () => {
          await docs().update({ documentId: second, data: { lead: `Lead of ${Date.now()}` } as never });
          await docs().publish({ documentId: second });
        },
        (body) => body.data.documentId === second && (body.data as unknown as { lead: string }).lead.startsWith('Lead of '),
        // The quotes list embeds no article, but its quotes of this article were published anew.
        ['/api/articles?populate[tags]=true', '/api/quotes?pagination[pageSize]=100'],
      );
    });

    it('a write of something no public read shows (a draft of another article) leaves every cached response in place', async () => {
      await cacheAll();
      const before = readCacheOf(app.strapi)!.stats.dropped;
      await importer().importDocument({ text: importFixture('second-document.txt').replace('14:05 GMT', '09:30 GMT') });
      expect(readCacheOf(app.strapi)!.stats.dropped).toBe(before);
      for (const url of [...articles.map(fullUrl), ...LISTS.filter((l) => !/articles|quotes|people|organizations|tags/.test(l))]) {
        expect((await get(url)).headers['x-cache']).toBe('HIT');
      }
    });

    it('a list filtered through a relation shows a renamed tag at once (such reads are dropped by any write of content)', async () => {
      const tag = (await cacheAll()).get(seed)!.data.tags[0];
      const url = `/api/articles?filters[tags][name][$eq]=${encodeURIComponent('A name no tag had')}`;
      expect((await get(url)).body.data).toEqual([]);
      expect((await get(url)).headers['x-cache']).toBe('HIT');
      const tags = app.strapi.documents('api::tag.tag');
      await tags.update({ documentId: tag.documentId, data: { name: 'A name no tag had' } as never });
      try {
        const after = await get(url);
        expect(after.headers['x-cache']).toBe('MISS');
        expect(after.body.data.map((a: Doc) => a.documentId)).toContain(seed);
      } finally {
        await tags.update({ documentId: tag.documentId, data: { name: tag.name } as never });
      }
    });

    it('a change of permissions empties the whole cache', async () => {
      await cacheAll();
      const permissions = app.strapi.db.query('plugin::users-permissions.permission');
      const granted = await permissions.findOne({ where: { action: 'api::tag.tag.find', role: { type: 'public' } } });
      await permissions.update({ where: { id: granted.id }, data: { action: granted.action } });
      for (const url of [...articles.map(fullUrl), ...LISTS]) expect((await get(url)).headers['x-cache']).toBe('MISS');
    });
  });
});
