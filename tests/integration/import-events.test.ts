/**
 * The importer writes articles and quotes with its own batch writers, but whatever listens to
 * Strapi (webhooks, search indexing, cache purges) must hear of every entry as if the Document
 * Service had written it: `entry.create`, `entry.publish`, once per entry, after the commit,
 * and nothing of a batch that was rolled back. A real webhook, registered through the admin
 * API as Settings → Webhooks does, posts to a receiver this file runs.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import request from 'supertest';
import { loginAdmin, startStrapi, type TestApp } from '../helpers/strapi';
import { failQuotesContaining } from '../helpers/articles';
import { importFixture, seedText } from '../helpers/fixtures';
import type { Importer } from '../../src/plugins/source-import/server/src/services/importer';

const ARTICLE = 'api::article.article';
const QUOTE = 'api::quote.quote';
const EVENTS = ['entry.create', 'entry.update', 'entry.delete', 'entry.publish', 'entry.unpublish'];

type Delivery = { event: string; uid: string; documentId: string; publishedAt: string | null };
let app: TestApp;
let receiver: http.Server;
const deliveries: Delivery[] = [];

const importer = () => app.strapi.plugin('source-import').service('importer') as Importer;
const variant = (text: string, tag: string) => text.replace(/\n/, ` ${tag}\n`);

/** Waits until the webhook has been quiet for a while (deliveries are sent after the commit). */
async function settled(quietMs = 1500, timeoutMs = 60_000) {
  const start = Date.now();
  let count = -1;
  let since = Date.now();
  while (Date.now() - start < timeoutMs) {
    if (deliveries.length !== count) {
      count = deliveries.length;
      since = Date.now();
    } else if (Date.now() - since >= quietMs) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** The rows each document has, by documentId: what the events must name, and only that. */
async function documentsOf(uid: string, documentIds: string[]) {
  const rows = (await app.strapi.db.query(uid as never).findMany({
    where: { documentId: { $in: documentIds } },
    select: ['documentId', 'publishedAt'],
  })) as Array<{ documentId: string; publishedAt: unknown }>;
  return rows;
}

const countOf = (event: string, uid: string, documentId: string) =>
  deliveries.filter((d) => d.event === event && d.uid === uid && d.documentId === documentId).length;

beforeAll(async () => {
  receiver = http.createServer((req, res) => {
    let body = '';
    req.on('data', (chunk) => (body += chunk));
    req.on('end', () => {
      const payload = JSON.parse(body) as { event: string; uid: string; entry: { documentId: string; publishedAt: string | null } };
      deliveries.push({ event: payload.event, uid: payload.uid, documentId: payload.entry.documentId, publishedAt: payload.entry.publishedAt ?? null });
      res.writeHead(200).end();
    });
  });
  await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
  app = await startStrapi();
  const jwt = await loginAdmin(app.strapi, app.server, 'super-admin');
  const url = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hook`;
  const created = await request(app.server)
    .post('/admin/webhooks')
    .set('Authorization', `Bearer ${jwt}`)
    .send({ name: 'import listener', url, headers: {}, events: EVENTS });
  expect(created.status).toBe(201);
});

/** The last test stops the app itself. */
let stopped = false;

afterAll(async () => {
  if (!stopped) await app?.stop();
  await new Promise((resolve) => receiver?.close(resolve));
});

describe('events of a batch import', () => {
  it('fires entry.create and entry.publish once for every article and quote, after the commit', async () => {
    deliveries.length = 0;
    const results = await importer().importDocuments([
      { text: variant(seedText(), 'events-1'), headline: 'Seed page, for the events', publish: true },
      { text: variant(importFixture('second-document.txt'), 'events-2'), headline: 'Second page, for the events', publish: true },
      { text: variant(importFixture('unrelated-document.txt'), 'events-3'), headline: 'Third page, for the events', publish: true },
    ]);
    const outcomes = results.map((r) => (r as { outcome: { published: boolean; article: { documentId: string }; quotes: { documentIds: string[] } } }).outcome);
    expect(outcomes.map((o) => o.published)).toEqual([true, true, true]);
    await settled();
    const articles = outcomes.map((o) => o.article.documentId);
    const quotes = outcomes.flatMap((o) => o.quotes.documentIds);
    expect(quotes.length).toBeGreaterThan(10);

    for (const [uid, documentIds] of [
      [ARTICLE, articles],
      [QUOTE, quotes],
    ] as const) {
      for (const documentId of documentIds) {
        expect([documentId, countOf('entry.create', uid, documentId)]).toEqual([documentId, 1]);
        expect([documentId, countOf('entry.publish', uid, documentId)]).toEqual([documentId, 1]);
      }
      // The create event carries the draft, the publish event the published version.
      const ofType = deliveries.filter((d) => d.uid === uid && documentIds.includes(d.documentId));
      expect(ofType.filter((d) => d.event === 'entry.create').every((d) => d.publishedAt === null)).toBe(true);
      expect(ofType.filter((d) => d.event === 'entry.publish').every((d) => d.publishedAt !== null)).toBe(true);
    }
    // The people, organizations and tags created for the batch are announced once each too.
    const people = deliveries.filter((d) => d.uid === 'api::person.person' && d.event === 'entry.create');
    expect(people.length).toBeGreaterThan(0);
    expect(new Set(people.map((d) => d.documentId)).size).toBe(people.length);
    // Nothing deleted, and no article or quote updated, for a first import.
    expect(deliveries.filter((d) => d.event === 'entry.delete' || d.event === 'entry.unpublish')).toEqual([]);
    expect(deliveries.filter((d) => d.event === 'entry.update' && (d.uid === ARTICLE || d.uid === QUOTE))).toEqual([]);
  });

  it('announces nothing of a rolled-back batch: each document once, from the write that stayed', async () => {
    deliveries.length = 0;
    const marker = 'We have waited four months for our money';
    let failing = true;
    failQuotesContaining(app.strapi, marker, () => failing);
    const results = await importer().importDocuments([
      { text: variant(seedText(), 'rollback-1'), headline: 'Seed page, rolled back once', publish: true },
      { text: variant(importFixture('unrelated-document.txt'), 'rollback-2'), headline: 'Second page, rolled back once', publish: true },
      { text: variant(importFixture('second-document.txt'), 'rollback-3'), headline: 'Third page, rolled back once', publish: true },
    ]);
    failing = false;
    expect(results.map((r) => ('outcome' in r ? r.outcome.status : (r.error as Error).message))).toEqual([
      'created',
      'injected write failure',
      'created',
    ]);
    await settled();
    const articleEvents = deliveries.filter((d) => d.uid === ARTICLE);
    // The batch wrote three articles and was rolled back; the two written again are told once each.
    const announced = [...new Set(articleEvents.map((d) => d.documentId))];
    expect(announced).toHaveLength(2);
    expect((await documentsOf(ARTICLE, announced)).length).toBeGreaterThan(0);
    for (const documentId of announced) {
      expect(countOf('entry.create', ARTICLE, documentId)).toBe(1);
      expect(countOf('entry.publish', ARTICLE, documentId)).toBe(1);
    }
    // Every quote announced exists: none of the rolled-back rows was told.
    const quoteIds = [...new Set(deliveries.filter((d) => d.uid === QUOTE).map((d) => d.documentId))];
    expect(quoteIds.length).toBeGreaterThan(0);
    expect(new Set((await documentsOf(QUOTE, quoteIds)).map((r) => r.documentId)).size).toBe(quoteIds.length);
  });

  // Last: it stops the app. The events go out after the commit without holding the import up;
  // an app stopped right after the import (the CLI's end, a deploy) must still send every one.
  it('tells of every entry of an import when the app stops right after it', async () => {
    const told: string[] = [];
    // A listener that takes its time, as a search indexer would: the hub sends one event after another.
    app.strapi.eventHub.on('entry.create', async (...args: unknown[]) => {
      const payload = args[0] as { uid: string; entry: { documentId: string } };
      if (payload.uid === ARTICLE || payload.uid === QUOTE) told.push(payload.entry.documentId);
      await new Promise((resolve) => setTimeout(resolve, 20));
    });
    const failures: string[] = [];
    const logError = app.strapi.log.error.bind(app.strapi.log);
    app.strapi.log.error = ((message: string) => {
      failures.push(String(message));
      return logError(message);
    }) as typeof app.strapi.log.error;
    const [result] = await importer().importDocuments([{ text: variant(seedText(), 'stop-1'), headline: 'Seed page, then the app stops' }]);
    const { outcome } = result as { outcome: { article: { documentId: string }; quotes: { documentIds: string[] } } };
    stopped = true;
    await app.stop();
    expect(failures).toEqual([]);
    expect(told.sort()).toEqual([outcome.article.documentId, ...outcome.quotes.documentIds].sort());
  });
});
