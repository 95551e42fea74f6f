/**
 * The import API tried as an attacker would (issue 10, "Import input" and "Other"): the same
 * decoding and refusals on every transport, pages the database cannot store refused before
 * anything is written, no SQL in a failure's reason, one cap on documents a request, only web
 * addresses as source URLs, and runs whose process died marked interrupted.
 *
 * The pages are made up here: the river town of Brennisk and its ferry society.
 */
import os from 'node:os';
import path from 'node:path';
import fs from 'node:fs';
import zlib from 'node:zlib';
import { spawn, spawnSync } from 'node:child_process';
import request from 'supertest';
import { createFullAccessToken, startStrapi, provisionDatabase, type TestApp } from '../helpers/strapi';
import { testEnv } from '../helpers/env';

let app: TestApp;
let database: Awaited<ReturnType<typeof provisionDatabase>>;
let token: string;
const appDir = path.resolve(__dirname, '..', '..');

beforeAll(async () => {
  database = await provisionDatabase();
  app = await startStrapi({ database });
  token = await createFullAccessToken(app.strapi);
});

afterAll(async () => {
  await app?.stop();
  await database?.drop();
});

/** A captured page of the made-up Brennisk Courier; every part can be made hostile. */
function page(o: { credit?: string; name?: string; quotes?: number; tag?: string; day?: number } = {}): string {
  const lines = [
    `11:15 GMT ${String(o.day ?? 14).padStart(2, '0')} March 2021`,
    'Listen Live',
    '',
    '    Volunteers in the river town of Brennisk began rebuilding the old ferry landing on Saturday, the town council said.',
    '',
    '    Volunteers carry timber to the ferry landing',
    `    © Photo / ${o.credit ?? 'Brennisk Town Council'}`,
    `    ${o.name ?? 'Odile Varnhagen'}, head of the Brennisk Ferry Society, told reporters that "the landing will be open again before the summer."`,
    '',
  ];
  for (let i = 0; i < (o.quotes ?? 1); i++) lines.push(`    "We carried plank number ${i + 1} ourselves," Varnhagen said.`, '');
  lines.push('    Ferry Landing Rebuilt By Volunteers', `    ferries, volunteers${o.tag ? `, ${o.tag}` : ''}`, '');
  return lines.join('\n');
}

const api = (route: 'check' | 'imports', query = '') =>
  request(app.server).post(`/api/source-import/${route}${query}`).set('Authorization', `Bearer ${token}`);

/** Everything an import writes: nothing of it may change after a refusal. */
const counts = async () => {
  const n = (uid: string) => app.strapi.db.query(uid as never).count({});
  return {
    articles: await n('api::article.article'),
    quotes: await n('api::quote.quote'),
    people: await n('api::person.person'),
    organizations: await n('api::organization.organization'),
    tags: await n('api::tag.tag'),
    sources: await n('plugin::source-import.imported-document'),
  };
};

const expectErrorShape = (res: request.Response, status: number, reason?: string) => {
  expect(res.status).toBe(status);
  expect(res.body.error).toMatchObject({ status, name: expect.any(String), message: expect.any(String) });
  if (reason) expect(res.body.error.details.reason).toBe(reason);
};

const utf16 = (text: string, order: 'le' | 'be') => {
  const le = Buffer.from(`\uFEFF${text}`, 'utf16le');
  if (order === 'le') return le;
  const be = Buffer.alloc(le.length);
  for (let i = 0; i < le.length; i += 2) [be[i], be[i + 1]] = [le[i + 1], le[i]];
  return be;
};

describe('one decoding on every transport', () => {
  // A Latin-1 "é" (0xE9) in the middle of a UTF-8 page: not UTF-8.
  const invalidUtf8 = Buffer.concat([Buffer.from(page({ day: 1 }).slice(0, 200)), Buffer.from([0xe9]), Buffer.from(page({ day: 1 }).slice(200))]);

  it('refuses invalid UTF-8 as not-text over text/plain and multipart alike, writing nothing', async () => {
    const before = await counts();
    const plain = await api('imports').set('Content-Type', 'text/plain').send(invalidUtf8);
    expectErrorShape(plain, 400, 'not-text');
    expect(plain.body.error.message).toMatch(/invalid UTF-8 at byte 200/);
    const multipart = await api('imports').attach('files', invalidUtf8, 'brennisk-latin1.txt');
    expectErrorShape(multipart, 400, 'not-text');
    expect(multipart.body.error.message).toMatch(/invalid UTF-8 at byte 200/);
    // and the check agrees
    const check = await api('check').set('Content-Type', 'text/plain; charset=utf-8').send(invalidUtf8);
    expect(check.status).toBe(200);
    expect(check.body.data[0].importable).toBe(false);
    expect(check.body.data[0].reading.diagnostics[0]).toMatchObject({ ruleId: 'not-text', severity: 'error' });
    expect(await counts()).toEqual(before);
  });

  it('refuses text that went through a lenient decoder (U+FFFD) or holds a lone surrogate, over JSON too', async () => {
    const before = await counts();
    const damaged = page({ day: 2 }).replace('Saturday', 'Saturday \uFFFD');
    const json = await api('imports').send({ text: damaged });
    expectErrorShape(json, 400, 'not-text');
    expect(json.body.error.message).toMatch(/U\+FFFD/);
    const plain = await api('imports').set('Content-Type', 'text/plain').send(Buffer.from(damaged, 'utf8'));
    expectErrorShape(plain, 400, 'not-text');
    const lone = await api('imports').send(`{"text": ${JSON.stringify(page({ day: 2 })).replace('Saturday', 'Saturday \\ud800')}}`).set('Content-Type', 'application/json');
    expectErrorShape(lone, 400, 'not-text');
    expect(lone.body.error.message).toMatch(/invalid UTF-16/);
    expect(await counts()).toEqual(before);
  });

  it('inflates a compressed text/plain body, and refuses an encoding it does not know', async () => {
    const text = Buffer.from(page({ day: 19 }), 'utf8');
    const check = await api('check').set('Content-Type', 'text/plain').set('Content-Encoding', 'gzip').send(zlib.gzipSync(text));
    expect(check.status).toBe(200);
    expect(check.body.data[0]).toMatchObject({ importable: true });
    for (const encoding of ['compress', 'constructor']) {
      const res = await api('check').set('Content-Type', 'text/plain').set('Content-Encoding', encoding).send(text);
      expectErrorShape(res, 400, 'unsupported-encoding');
    }
  });

  it('reads UTF-16 with a byte order mark over text/plain as over multipart: one article', async () => {
    const text = page({ day: 3 });
    const plain = await api('imports', '?fileName=brennisk-le.txt').set('Content-Type', 'text/plain').send(utf16(text, 'le'));
    expect(plain.status).toBe(201);
    expect(plain.body.data[0]).toMatchObject({ status: 'draft', articleDocumentId: expect.any(String) });
    const multipart = await api('imports').attach('files', utf16(text, 'be'), 'brennisk-be.txt');
    expect(multipart.status).toBe(201);
    expect(multipart.body.data[0]).toMatchObject({ status: 'unchanged', articleDocumentId: plain.body.data[0].articleDocumentId });
    const json = await api('imports').send({ text });
    expect(json.body.data[0]).toMatchObject({ status: 'unchanged', articleDocumentId: plain.body.data[0].articleDocumentId });
    const article = await app.strapi.documents('api::article.article').findOne({ documentId: plain.body.data[0].articleDocumentId, populate: ['image'] });
    expect(article?.lead).toMatch(/^Volunteers in the river town of Brennisk/);
  });
});

describe('pages the database cannot store', () => {
  const hostile = [
    ['an image credit of 412 characters', page({ day: 4, credit: 'B'.repeat(402) }), 'field-too-long', 7, /image credit of 412 characters, expected at most 255/],
    ['a person name of 312 characters', page({ day: 5, name: `Odile ${'Quillemart-'.repeat(27)}Varnhagen` }), 'field-too-long', 8, /person name of \d{3} characters, expected at most 255/],
    ['a page with 20,000 quotes', page({ day: 7, quotes: 19999 }), 'too-many-items', null, /20000 quotes in one document, expected at most 500/],
  ] as const;

  it.each(hostile)('are refused by the check: %s', async (_label, text, ruleId, line, message) => {
    const res = await api('check').send({ text });
    expect(res.status).toBe(200);
    expect(res.body.data[0]).toMatchObject({ importable: false, publishable: false });
    const hit = res.body.data[0].reading.diagnostics.find((d: { ruleId: string }) => d.ruleId === ruleId);
    expect(hit).toMatchObject({ severity: 'error', line: expect.any(Number), column: expect.any(Number), message: expect.stringMatching(message) });
    if (line) expect(hit.line).toBe(line);
  });

  it.each(hostile)('are refused by the import with a 400 and the rule, nothing written: %s', async (_label, text, ruleId, line) => {
    const before = await counts();
    const res = await api('imports').send({ text, publish: true });
    expectErrorShape(res, 400, ruleId);
    if (line) expect(res.body.error.details.line).toBe(line);
    expect(res.body.error.message.length).toBeLessThan(300);
    expect(JSON.stringify(res.body).length).toBeLessThan(100_000);
    expect(await counts()).toEqual(before);
  });

  it('imports a page at the limit: 500 quotes, published', async () => {
    const res = await api('imports').send({ text: page({ day: 8, quotes: 499 }), headline: 'Five hundred planks', publish: true });
    expect(res.status).toBe(201);
    expect(res.body.data[0]).toMatchObject({ status: 'created' });
    expect(res.body.data[0].documentIds.quotes).toHaveLength(500);
  });

  it('refuses a file name longer than the column, on JSON and multipart, naming the field', async () => {
    const before = await counts();
    const fileName = `${'brennisk-'.repeat(555)}.txt`;
    const json = await api('imports').send({ text: page({ day: 9 }), fileName });
    expectErrorShape(json, 400);
    expect(json.body.error.message).toMatch(/fileName: .*1024/);
    const multipart = await api('imports').attach('files', Buffer.from(page({ day: 9 })), fileName);
    expectErrorShape(multipart, 400);
    expect(multipart.body.error.message).toMatch(/fileName: .*1024/);
    expect(await counts()).toEqual(before);
  });

  it('answers a document the database refuses with 422, its reason free of SQL (the detail in the log only)', async () => {
    const writer = app.strapi.plugin('source-import').service('quote-writer') as { insertMany: (...args: unknown[]) => Promise<unknown> };
    const sql = `insert into "quotes" ("text") values ${"('Brennisk'), ".repeat(50_000)} - too many SQL variables`;
    const spy = jest.spyOn(writer, 'insertMany').mockRejectedValue(Object.assign(new Error(sql), { code: 'SQLITE_ERROR' }));
    const logged = jest.spyOn(app.strapi.log, 'error').mockImplementation(() => app.strapi.log);
    try {
      const before = await counts();
      const single = await api('imports').send({ text: page({ day: 10 }), fileName: 'ferry.txt' });
      expectErrorShape(single, 422, 'storage-failed');
      expect(single.body.error.message).not.toMatch(/insert|values|SQL/i);
      expect(single.body.error.message.length).toBeLessThan(200);
      const reference = single.body.error.details.reference;
      expect(logged.mock.calls.some(([line]) => String(line).includes(reference) && String(line).includes('too many SQL variables'))).toBe(true);

      const batch = await api('imports').send({ documents: [{ text: page({ day: 11 }) }, { text: page({ day: 12 }) }] });
      expect(batch.status).toBe(201);
      for (const item of batch.body.data) {
        expect(item).toMatchObject({ status: 'failed', reason: expect.stringContaining('could not be stored') });
        expect(item.reason).not.toMatch(/insert|SQL/i);
      }
      const runs = await app.strapi.db.query('plugin::source-import.import-run').findMany({ orderBy: { id: 'desc' }, limit: 1 });
      expect(JSON.stringify(runs[0].files)).not.toMatch(/insert|SQL/i);
      expect(await counts()).toEqual(before);
    } finally {
      spy.mockRestore();
      logged.mockRestore();
    }
  });
});

describe('one cap on documents a request', () => {
  it('refuses 201 documents as JSON and as multipart files alike, with 413 naming the limit', async () => {
    const before = await counts();
    const json = await api('imports').send({ documents: Array.from({ length: 201 }, (_, i) => ({ text: `${page({ day: 13 })}\nnote ${i}` })) });
    expectErrorShape(json, 413, 'too-many-documents');
    expect(json.body.error.message).toMatch(/at most 200 documents/);
    expect(json.body.error.details).toMatchObject({ limit: 200, count: 201 });

    let multipart = api('imports');
    for (let i = 0; i < 201; i++) multipart = multipart.attach('files', Buffer.from(`${page({ day: 13 })}\nnote ${i}`), `page-${i}.txt`);
    const res = await multipart;
    expectErrorShape(res, 413, 'too-many-documents');
    expect(res.body.error.details).toMatchObject({ limit: 200, count: 201 });
    expect(await counts()).toEqual(before);
  });
});

describe('source URLs', () => {
  it.each(['javascript:alert(document.cookie)', 'data:text/html,<b>hi</b>', 'file:///etc/passwd', 'ftp://example.test/page'])(
    'refuses %s with a 400 naming sourceUrl, on JSON and text/plain',
    async (sourceUrl) => {
      const before = await counts();
      const json = await api('imports').send({ text: page({ day: 15 }), sourceUrl });
      expectErrorShape(json, 400);
      expect(json.body.error.message).toMatch(/sourceUrl: expected an http:\/\/ or https:\/\/ URL/);
      const plain = await api('imports', `?sourceUrl=${encodeURIComponent(sourceUrl)}`).set('Content-Type', 'text/plain').send(page({ day: 15 }));
      expectErrorShape(plain, 400);
      expect(plain.body.error.message).toMatch(/sourceUrl/);
      expect(await counts()).toEqual(before);
    },
  );

  it('refuses it in the importer too, for callers that skip the API', async () => {
    const importer = app.strapi.plugin('source-import').service('importer');
    await expect(importer.importDocument({ text: page({ day: 16 }), sourceUrl: 'javascript:alert(1)' })).rejects.toMatchObject({
      reason: 'invalid-input',
      details: { field: 'sourceUrl' },
    });
  });

  it('stores an https source URL', async () => {
    const res = await api('imports').send({ text: page({ day: 17 }), sourceUrl: 'https://courier.example.test/brennisk/ferry' });
    expect(res.status).toBe(201);
  });
});

describe('runs whose process died', () => {
  const RUN = 'plugin::source-import.import-run';
  const deadPid = () => {
    const child = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))']);
    return Number(child.stdout.toString());
  };
  const runRow = (data: Record<string, unknown>) =>
    app.strapi.db.query(RUN).create({ data: { origin: 'cli', startedAt: new Date(), state: 'running', files: [], totals: {}, ...data } });
  const stateOf = async (id: number) => (await app.strapi.db.query(RUN).findOne({ where: { id } })).state;

  it('are marked interrupted by the next run; live ones elsewhere are left running', async () => {
    const minutesAgo = (m: number) => new Date(Date.now() - m * 60_000);
    const killedHere = await runRow({ host: os.hostname(), pid: deadPid(), instance: 'a-cli-killed-with-kill-9', heartbeatAt: new Date() });
    const silentElsewhere = await runRow({ host: 'other-host.example.test', pid: 4242, instance: 'x', startedAt: minutesAgo(30), heartbeatAt: minutesAgo(10) });
    const aliveElsewhere = await runRow({ host: 'other-host.example.test', pid: 4243, instance: 'y', startedAt: minutesAgo(30), heartbeatAt: new Date() });
    const beforeHeartbeats = await runRow({ startedAt: minutesAgo(60) });

    const res = await api('imports').send({ text: page({ day: 18 }) });
    expect(res.status).toBe(201);
    expect(await stateOf(killedHere.id)).toBe('interrupted');
    expect(await stateOf(silentElsewhere.id)).toBe('interrupted');
    expect(await stateOf(beforeHeartbeats.id)).toBe('interrupted');
    expect(await stateOf(aliveElsewhere.id)).toBe('running');
    expect(await stateOf(res.body.meta.runId)).toBe('finished');
    await app.strapi.db.query(RUN).update({ where: { id: aliveElsewhere.id }, data: { state: 'finished' } });
  });

  it('a CLI killed with kill -9 is marked interrupted by the next start', async () => {
    const pages = fs.mkdtempSync(path.join(os.tmpdir(), 'brennisk-'));
    for (let i = 0; i < 30; i++) fs.writeFileSync(path.join(pages, `ferry-${i}.txt`), page({ day: (i % 28) + 1, quotes: 2, tag: `landing ${i}` }));
    const env = { ...process.env, ...testEnv(), ...database.env, IMPORT_ON_START: '' };
    const stateDir = path.join(pages, '.state');
    const killed = await new Promise<{ signal: NodeJS.Signals | null }>((resolve) => {
      const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/import.ts', pages, '--progress', 'lines', '--batch-size', '1', '--concurrency', '1', '--state-dir', stateDir], { cwd: appDir, env });
      let stderr = '';
      child.stderr.on('data', (chunk: Buffer) => {
        stderr += chunk.toString();
        if ((stderr.match(/^\[\d+\/\d+\]/gm) ?? []).length >= 2 && !child.killed) child.kill('SIGKILL');
      });
      child.on('close', (_code, signal) => resolve({ signal }));
    });
    expect(killed.signal).toBe('SIGKILL');
    const left = await app.strapi.db.query(RUN).findMany({ where: { origin: 'cli', state: 'running' } });
    expect(left).toHaveLength(1);
    expect(left[0]).toMatchObject({ host: os.hostname(), pid: expect.any(Number) });

    // The server starts again on the same database.
    await app.strapi.destroy();
    app = await startStrapi({ database });
    token = await createFullAccessToken(app.strapi);
    const run = await app.strapi.db.query(RUN).findOne({ where: { id: left[0].id } });
    expect(run).toMatchObject({ state: 'interrupted', finishedAt: expect.anything() });
    fs.rmSync(pages, { recursive: true, force: true });
  });
});
