/**
 * The admin routes behind the article edit view's provenance panel, and dry runs in the history.
 */
import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { startStrapi, createFullAccessToken, loginAdmin, type TestApp } from '../helpers/strapi';
import { fold, importFixture, seedText } from '../helpers/fixtures';

let app: TestApp;
let superAdmin: string;
let articleId: string;

beforeAll(async () => {
  app = await startStrapi();
  superAdmin = await loginAdmin(app.strapi, app.server, 'super-admin');
  const res = await request(app.server)
    .post('/source-import/imports')
    .set('Authorization', `Bearer ${superAdmin}`)
    .send({ documents: [{ text: seedText(), fileName: 'seed.txt' }] });
  expect(res.status).toBe(201);
  articleId = res.body.data[0].articleDocumentId;
});

afterAll(async () => {
  await app?.stop();
});

/** An admin whose role holds these permissions, subjects included (Content Manager actions have one). */
async function adminWith(permissions: Array<{ action: string; subject?: string }>) {
  const role = await app.strapi.service('admin::role').create({ name: `role-${randomUUID()}`, description: 'test role' });
  await app.strapi
    .service('admin::role')
    .assignPermissions(role.id, permissions.map((p) => ({ action: p.action, subject: p.subject ?? null, conditions: [], properties: {} })));
  const email = `${randomUUID()}@example.test`;
  const password = 'Test-password-123';
  await app.strapi.service('admin::user').create({
    email, firstname: 'Test', lastname: 'Editor', password, isActive: true, roles: [role.id], registrationToken: null,
  });
  const res = await request(app.server).post('/admin/login').send({ email, password });
  expect(res.status).toBe(200);
  return res.body.data.token as string;
}

const PLUGIN_READ = { action: 'plugin::source-import.read' };
const CM_READ = (subject: string) => ({ action: 'plugin::content-manager.explorer.read', subject });

describe('the provenance route', () => {
  it('answers the source, every quote at its offsets and the stored diagnostics', async () => {
    const token = await adminWith([PLUGIN_READ, CM_READ('api::article.article')]);
    const res = await request(app.server).get(`/source-import/provenance/articles/${articleId}`).set('Authorization', `Bearer ${token}`);
    expect(res.status).toBe(200);
    const { source, quotes } = res.body.data;
    expect(source.rawText).toBe(seedText().replace(/^\uFEFF/, ''));
    expect(source.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(quotes).toHaveLength(14);
    for (const quote of quotes) {
      expect(quote.endOffset).toBeGreaterThan(quote.startOffset);
      // The stored offsets point at the quote's own words in the captured text.
      expect(fold(source.rawText.slice(quote.startOffset, quote.endOffset))).toContain(fold(quote.text).slice(0, 20));
      // and line:column is the same place
      const before = source.rawText.slice(0, quote.startOffset).split(/\r\n|\r|\n/);
      expect([before.length, before[before.length - 1].length + 1]).toEqual([quote.line, quote.column]);
    }
    expect(quotes.map((q: { position: number }) => q.position)).toEqual([...quotes.map((q: { position: number }) => q.position)].sort((a, b) => a - b));
    const rules = source.diagnostics.map((d: { ruleId: string; line: number; column: number }) => `${d.ruleId}@${d.line}:${d.column}`);
    expect(rules).toEqual(expect.arrayContaining([expect.stringMatching(/^missing-headline@1:\d+$/)]));
  });

  it('is refused (403) without the plugin permission, even to one who may read articles', async () => {
    const token = await adminWith([CM_READ('api::article.article')]);
    const res = await request(app.server).get(`/source-import/provenance/articles/${articleId}`).set('Authorization', `Bearer ${token}`);
    expect(res.status).toBe(403);
    expect(res.text).not.toContain('rawText');
  });

  it('is refused (403) to one who may not read articles in the Content Manager', async () => {
    const token = await adminWith([PLUGIN_READ, CM_READ('api::quote.quote')]);
    const res = await request(app.server).get(`/source-import/provenance/articles/${articleId}`).set('Authorization', `Bearer ${token}`);
    expect(res.status).toBe(403);
    expect(res.text).not.toContain('rawText');
  });

  it('is not reachable without an admin token, and the content API keeps the source private', async () => {
    expect((await request(app.server).get(`/source-import/provenance/articles/${articleId}`)).status).toBe(401);
    const token = await createFullAccessToken(app.strapi);
    const asked = await request(app.server).get(`/api/articles/${articleId}?status=draft&populate[source]=true`).set('Authorization', `Bearer ${token}`);
    expect(asked.status).toBe(400); // a private field cannot be populated
    expect(asked.text).not.toContain('rawText');
    const all = await request(app.server).get(`/api/articles/${articleId}?status=draft&populate=*`).set('Authorization', `Bearer ${token}`);
    expect(all.status).toBe(200);
    expect(all.body.data.documentId).toBe(articleId);
    expect(all.text).not.toContain('rawText');
  });

  it('answers 404 for an unknown article and 400 for a malformed id', async () => {
    const res = await request(app.server).get('/source-import/provenance/articles/nosucharticle0000000000').set('Authorization', `Bearer ${superAdmin}`);
    expect(res.status).toBe(404);
    const bad = await request(app.server).get('/source-import/provenance/articles/a%20b').set('Authorization', `Bearer ${superAdmin}`);
    expect(bad.status).toBe(400);
  });

  it("answers a quote's article and place", async () => {
    const article = await request(app.server).get(`/source-import/provenance/articles/${articleId}`).set('Authorization', `Bearer ${superAdmin}`);
    const third = article.body.data.quotes[2];
    const token = await adminWith([PLUGIN_READ, CM_READ('api::quote.quote')]);
    const res = await request(app.server).get(`/source-import/provenance/quotes/${third.documentId}`).set('Authorization', `Bearer ${token}`);
    expect(res.status).toBe(200);
    expect(res.body.data).toMatchObject({
      documentId: third.documentId,
      article: { documentId: articleId },
      line: third.line,
      column: third.column,
      startOffset: third.startOffset,
      endOffset: third.endOffset,
    });
    const refused = await adminWith([PLUGIN_READ]);
    expect((await request(app.server).get(`/source-import/provenance/quotes/${third.documentId}`).set('Authorization', `Bearer ${refused}`)).status).toBe(403);
  });
});

describe('a dry run', () => {
  it('is recorded in the history as a dry run, and writes nothing else', async () => {
    const articles = await app.strapi.db.query('api::article.article').count({});
    const res = await request(app.server)
      .post('/source-import/imports')
      .set('Authorization', `Bearer ${superAdmin}`)
      .send({ documents: [{ text: importFixture('second-document.txt'), fileName: 'second.txt' }, { text: seedText(), fileName: 'seed-again.txt' }], dryRun: true });
    expect(res.status).toBe(200);
    expect(res.body.meta).toMatchObject({ dryRun: true, runId: expect.any(Number) });
    expect(res.body.data.map((d: { status: string }) => d.status)).toEqual([expect.stringMatching(/^(created|draft)$/), 'unchanged']);
    expect(await app.strapi.db.query('api::article.article').count({})).toBe(articles);

    const runs = await request(app.server).get('/source-import/runs').set('Authorization', `Bearer ${superAdmin}`);
    const run = runs.body.data.find((r: { id: number }) => r.id === res.body.meta.runId);
    expect(run).toMatchObject({ origin: 'admin', dryRun: true, state: 'finished', startedBy: expect.stringContaining('@example.test') });
    expect(run.files.map((f: { fileName: string }) => f.fileName)).toEqual(['second.txt', 'seed-again.txt']);
    expect(run.totals.unchanged).toBe(1);
  });
});
