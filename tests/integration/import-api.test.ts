import request from 'supertest';
import { startStrapi, createCustomToken, createFullAccessToken, loginAdmin, type TestApp } from '../helpers/strapi';
import { importFixture, seedText } from '../helpers/fixtures';

let app: TestApp;
let superAdmin: string;

beforeAll(async () => {
  app = await startStrapi();
  superAdmin = await loginAdmin(app.strapi, app.server, 'super-admin');
});

afterAll(async () => {
  await app?.stop();
});

const articleCount = () => app.strapi.db.query('api::article.article').count({});

describe('the content-API routes', () => {
  it('are closed to the public role', async () => {
    expect((await request(app.server).post('/api/source-import/imports').send({ text: seedText() })).status).toBe(403);
    expect((await request(app.server).post('/api/source-import/check').send({ text: seedText() })).status).toBe(403);
    expect(await articleCount()).toBe(0);
  });

  it('refuse an API token without the import permission', async () => {
    const token = await createCustomToken(app.strapi, ['plugin::source-import.content-api.check']);
    const res = await request(app.server)
      .post('/api/source-import/imports')
      .set('Authorization', `Bearer ${token}`)
      .send({ text: seedText() });
    expect(res.status).toBe(403);
  });

  it('check a document for a token with the check permission, writing nothing', async () => {
    const token = await createCustomToken(app.strapi, ['plugin::source-import.content-api.check']);
    const res = await request(app.server)
      .post('/api/source-import/check')
      .set('Authorization', `Bearer ${token}`)
      .set('Content-Type', 'text/plain')
      .send(seedText());
    expect(res.status).toBe(200);
    expect(res.body.data[0]).toMatchObject({ importable: true, publishable: false });
    const rules = res.body.data[0].reading.diagnostics.map((d: { ruleId: string; line: number }) => `${d.ruleId}@${d.line}`);
    expect(rules).toContain('missing-headline@1');
    // The reading an editor or a pipeline needs, not the reader's syntax tree (twice the page).
    expect(res.body.data[0].reading.quotes).toHaveLength(14);
    expect(res.body.data[0].reading.tree).toBeUndefined();
    expect(res.text.length).toBeLessThan(seedText().length * 4);
    expect(await articleCount()).toBe(0);
  });

  it('import text/plain for a token with the import permission', async () => {
    const token = await createCustomToken(app.strapi, ['plugin::source-import.content-api.import']);
    const res = await request(app.server)
      .post('/api/source-import/imports?fileName=seed.txt')
      .set('Authorization', `Bearer ${token}`)
      .set('Content-Type', 'text/plain')
      .send(seedText());
    expect(res.status).toBe(201);
    // created, and left a draft because the page has no headline
    expect(res.body.data[0]).toMatchObject({ fileName: 'seed.txt', status: 'draft', articleDocumentId: expect.any(String) });
    expect(res.body.data[0].reason).toMatch(/missing-headline/);
    expect(res.body.data[0].documentIds.quotes).toHaveLength(14);
  });

  it('import JSON and say `unchanged` for the same document again', async () => {
    const token = await createFullAccessToken(app.strapi);
    const res = await request(app.server)
      .post('/api/source-import/imports')
      .set('Authorization', `Bearer ${token}`)
      .send({ text: seedText(), fileName: 'again.txt' });
    expect(res.status).toBe(201);
    expect(res.body.data[0].status).toBe('unchanged');
  });

  it('import multipart files, several at once, and publish the clean ones', async () => {
    const token = await createFullAccessToken(app.strapi);
    const res = await request(app.server)
      .post('/api/source-import/imports')
      .set('Authorization', `Bearer ${token}`)
      .field('publish', 'true')
      .attach('files', Buffer.from(importFixture('unrelated-document.txt')), 'unrelated.txt')
      .attach('files', Buffer.from(''), 'empty.txt');
    expect(res.status).toBe(201);
    const byName = Object.fromEntries(res.body.data.map((r: { fileName: string }) => [r.fileName, r]));
    expect(byName['empty.txt']).toMatchObject({ status: 'failed', reason: expect.stringContaining('empty-document') });
    // the page has no headline line: a draft, whatever was asked
    expect(byName['unrelated.txt']).toMatchObject({ status: 'draft', reason: expect.stringContaining('missing-headline') });
  });

  it.each([
    ['an empty text', { text: '' }, 400, 'empty-document'],
    ['a JSON body without text', { fileName: 'x.txt' }, 400, null],
    ['a malformed source URL', { text: seedText(), sourceUrl: 'not a url' }, 400, null],
  ])('answer %s with a 4xx in Strapi error shape', async (_label, body, status, reason) => {
    const token = await createFullAccessToken(app.strapi);
    const res = await request(app.server).post('/api/source-import/imports').set('Authorization', `Bearer ${token}`).send(body);
    expect(res.status).toBe(status);
    expect(res.body.error).toMatchObject({ status, name: expect.any(String), message: expect.any(String) });
    if (reason) expect(res.body.error.details.reason).toBe(reason);
  });

  it('answer a document over the limit with 413', async () => {
    const token = await createFullAccessToken(app.strapi);
    const res = await request(app.server)
      .post('/api/source-import/imports')
      .set('Authorization', `Bearer ${token}`)
      .set('Content-Type', 'text/plain')
      .send('word '.repeat(1024 * 1024 + 10));
    expect(res.status).toBe(413);
    expect(res.body.error.details.reason).toBe('too-large');
  });
});

describe('a users-permissions role given the import action', () => {
  it('imports as a logged-in user, and a re-import of a draft is unchanged', async () => {
    const role = await app.strapi.db.query('plugin::users-permissions.role').findOne({ where: { type: 'authenticated' } });
    await app.strapi.db
      .query('plugin::users-permissions.permission')
      .create({ data: { action: 'plugin::source-import.content-api.import', role: role.id } });
    const register = await request(app.server)
      .post('/api/auth/local/register')
      .send({ username: 'pipeline', email: 'pipeline@example.test', password: 'Pipeline-pass-1' });
    expect(register.status).toBe(200);
    const jwt = register.body.jwt as string;
    const text = importFixture('unrelated-document.txt').replace('Monday', 'Thursday');
    const send = () =>
      request(app.server).post('/api/source-import/imports').set('Authorization', `Bearer ${jwt}`).send({ text });
    const first = await send();
    expect(first.status).toBe(201);
    expect(first.body.data[0].status).toMatch(/created|draft/);
    const again = await send();
    expect(again.body.data[0]).toMatchObject({ status: 'unchanged', articleDocumentId: first.body.data[0].articleDocumentId });
  });
});

describe('the admin routes', () => {
  it('refuse an admin without the import permission', async () => {
    const reader = await loginAdmin(app.strapi, app.server, ['plugin::source-import.read']);
    const check = await request(app.server)
      .post('/source-import/check')
      .set('Authorization', `Bearer ${reader}`)
      .send({ text: seedText() });
    expect(check.status).toBe(200);
    const res = await request(app.server)
      .post('/source-import/imports')
      .set('Authorization', `Bearer ${reader}`)
      .send({ documents: [{ text: importFixture('second-document.txt') }] });
    expect(res.status).toBe(403);
  });

  it('refuse an admin with no permission of the plugin at all', async () => {
    const nobody = await loginAdmin(app.strapi, app.server, []);
    const res = await request(app.server).get('/source-import/runs').set('Authorization', `Bearer ${nobody}`);
    expect(res.status).toBe(403);
  });

  it('let an admin with the permission import, and record who did it in the history', async () => {
    const res = await request(app.server)
      .post('/source-import/imports')
      .set('Authorization', `Bearer ${superAdmin}`)
      .send({ documents: [{ text: importFixture('second-document.txt'), fileName: 'second.txt' }] });
    expect(res.status).toBe(201);
    expect(res.body.data[0].status).toMatch(/created|draft/);
    const runs = await request(app.server).get('/source-import/runs').set('Authorization', `Bearer ${superAdmin}`);
    expect(runs.status).toBe(200);
    const latest = runs.body.data[0];
    expect(latest).toMatchObject({ origin: 'admin', startedBy: expect.stringContaining('@example.test'), state: 'finished' });
    expect(latest.files[0]).toMatchObject({ fileName: 'second.txt' });
    const origins = runs.body.data.map((r: { origin: string }) => r.origin);
    expect(origins).toContain('api');
  });

  it('registers the two RBAC actions with Strapi', async () => {
    const actions = app.strapi.service('admin::permission').actionProvider.values().map((a: { actionId: string }) => a.actionId);
    expect(actions).toEqual(expect.arrayContaining(['plugin::source-import.read', 'plugin::source-import.import']));
  });
});

