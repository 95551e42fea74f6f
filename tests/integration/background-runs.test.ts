/**
 * Background runs: a drop of many files is stored as a run and its batches, and the app's
 * nodes import it a batch at a time. Here: a run sent in two parts through the admin routes
 * and its permissions; a node killed with `kill -9` mid-run and another that finishes it; on
 * PostgreSQL, two nodes sharing one run, one of them killed. Every file imported once.
 */
import path from 'node:path';
import type { ChildProcess } from 'node:child_process';
import request from 'supertest';
import { corpusText } from '../../bench/lib/corpus';
import { createFullAccessToken, loginAdmin, startStrapi, type TestApp } from '../helpers/strapi';
import { startNode as startAppNode } from '../helpers/app-node';
import type { Background, BackgroundRun } from '../../src/plugins/source-import/server/src/services/background';
import type { FileResult } from '../../src/plugins/source-import/server/src/import/outcome';
import type { Importer } from '../../src/plugins/source-import/server/src/services/importer';
import { READER_VERSION } from '../../src/plugins/source-import/server/src/reader/version';
import { OLDER_READER } from '../helpers/older-reader';

const RUN = 'plugin::source-import.import-run';
const BATCH = 'plugin::source-import.import-batch';
const IMPORTED = 'plugin::source-import.imported-document';

let app: TestApp;
const background = () => app.strapi.plugin('source-import').service('background') as Background;

beforeAll(async () => {
  // Idle workers look for batches every 100 ms here, not every 2 s.
  process.env.IMPORT_WORKER_POLL_MS = '100';
  app = await startStrapi();
});

afterAll(async () => {
  await app?.stop();
});

/** `count` distinct pages, each with a marker of this test in its text. */
const pages = (from: number, count: number, marker: string) =>
  Array.from({ length: count }, (_, i) => ({
    text: `${corpusText(from + i)}\nArchive tag: ${marker}.\n`,
    fileName: `${marker}-${String(i + 1).padStart(3, '0')}.txt`,
  }));

async function until<T>(what: string, probe: () => Promise<T | null | undefined | false>, timeoutMs = 240_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

const finished = (runId: number) =>
  until(`run ${runId} to finish`, async () => {
    const progress = await background().progress(runId);
    return progress && progress.state !== 'running' ? progress : null;
  });

/** What a finished run left: its lines, and the import records of its files. */
async function leftBy(runId: number) {
  const run = (await app.strapi.db.query(RUN).findOne({ where: { id: runId } })) as { state: string; files: FileResult[]; totals: Record<string, number> };
  const waiting = await app.strapi.db.query(BATCH).count({ where: { runId, state: 'pending' } });
  return { run, waiting };
}

/** Every file of the run once: one line each, in order, each with an article of its own, one import record each. */
async function expectEachFileOnce(runId: number, sent: Array<{ fileName: string }>) {
  const { run, waiting } = await leftBy(runId);
  expect(run.state).toBe('finished');
  expect(waiting).toBe(0);
  expect(run.files.map((line) => line.fileName)).toEqual(sent.map((page) => page.fileName));
  expect(run.files.filter((line) => !['created', 'draft', 'unchanged'].includes(line.status))).toEqual([]);
  const articles = run.files.map((line) => line.articleDocumentId);
  expect(new Set(articles).size).toBe(sent.length);
  expect(articles.every(Boolean)).toBe(true);
  const records = (await app.strapi.db.query(IMPORTED).findMany({
    where: { articleDocumentId: { $in: articles } },
    select: ['articleDocumentId'],
  })) as Array<{ articleDocumentId: string }>;
  expect(records).toHaveLength(sent.length);
  const totals = Object.values(run.totals).reduce((sum, n) => sum + n, 0);
  expect(totals).toBe(sent.length);
}

/**
 * Another node of the app on this file's database, its worker on; `dieInBatch`: it kills
 * itself (SIGKILL) in that batch, its documents imported and the batch not yet recorded.
 */
/** Another node on this file's database (startStrapi put its DATABASE_* in the environment), polling fast. */
const startNode = (options: { dieInBatch?: number } = {}) => startAppNode({ ...process.env, IMPORT_WORKER_POLL_MS: '100' }, options);

const killed = (child: ChildProcess) =>
  new Promise<void>((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    child.once('exit', () => resolve());
    child.kill('SIGKILL');
  });

const doneBy = async (runId: number) =>
  new Set(
    ((await app.strapi.db.query(BATCH).findMany({ where: { runId, state: 'done' }, select: ['doneBy'] })) as Array<{ doneBy: string }>).map(
      (batch) => batch.doneBy,
    ),
  );

describe('a background run', () => {
  it('imports documents sent in two parts, and records every line in the order they were sent', async () => {
    const sent = pages(0, 60, 'two-parts');
    const first = await background().enqueue(sent.slice(0, 35), { origin: 'api', more: true });
    expect(first).toMatchObject({ state: 'running', fileCount: 35 });
    // Not finished while more are to come, however fast the first part goes.
    await until('the first part', async () => ((await background().progress(first.id))?.done ?? 0) >= 35);
    expect((await background().progress(first.id))?.state).toBe('running');
    await background().append(first.id, sent.slice(35), { more: false });
    const done = await finished(first.id);
    expect(done).toMatchObject({ state: 'finished', fileCount: 60, done: 60 });
    await expectEachFileOnce(first.id, sent);
    // Sealed: nothing more can be added.
    await expect(background().append(first.id, pages(100, 1, 'late'))).rejects.toThrow(/takes no more documents: it is finished/);
  });

  it('is started and followed through the admin routes: import to start it, read to follow it', async () => {
    const editor = await loginAdmin(app.strapi, app.server, ['plugin::source-import.read', 'plugin::source-import.import']);
    const reader = await loginAdmin(app.strapi, app.server, ['plugin::source-import.read']);
    const sent = pages(200, 30, 'admin-drop');
    const refused = await request(app.server).post('/source-import/runs').set('Authorization', `Bearer ${reader}`).send({ documents: sent });
    expect(refused.status).toBe(403);

    const started = await request(app.server).post('/source-import/runs').set('Authorization', `Bearer ${editor}`).send({ documents: sent });
    expect(started.status).toBe(202);
    const runId = (started.body.data as BackgroundRun).id;
    const followed = await until('the run to finish', async () => {
      const res = await request(app.server).get(`/source-import/runs/${runId}`).set('Authorization', `Bearer ${reader}`);
      expect(res.status).toBe(200);
      return res.body.data.state === 'finished' ? res.body.data : null;
    });
    expect(followed).toMatchObject({ origin: 'admin', background: true, fileCount: 30, done: 30, startedBy: expect.stringContaining('@example.test') });
    expect(followed.files).toHaveLength(30);
    await expectEachFileOnce(runId, sent);

    const missing = await request(app.server).get('/source-import/runs/999999').set('Authorization', `Bearer ${reader}`);
    expect(missing.status).toBe(404);

    // Through the content API, with an API token: its own runs, not the editors'.
    const token = await createFullAccessToken(app.strapi);
    const viaApi = await request(app.server).post('/api/source-import/runs').set('Authorization', `Bearer ${token}`).send({ documents: pages(250, 3, 'api-drop') });
    expect(viaApi.status).toBe(202);
    const own = await until('the API run to finish', async () => {
      const res = await request(app.server).get(`/api/source-import/runs/${viaApi.body.data.id}`).set('Authorization', `Bearer ${token}`);
      return res.body.data?.state === 'finished' ? res.body.data : null;
    });
    expect(own).toMatchObject({ origin: 'api', done: 3 });
    const editors = await request(app.server).get(`/api/source-import/runs/${runId}`).set('Authorization', `Bearer ${token}`);
    expect(editors.status).toBe(404);
    const anonymous = await request(app.server).post('/api/source-import/runs').send({ documents: pages(260, 1, 'anonymous') });
    expect(anonymous.status).toBe(403);
  });

  it("re-reads the archive from the history's button, in the background: the older readings replaced, the rest unchanged", async () => {
    const editor = await loginAdmin(app.strapi, app.server, ['plugin::source-import.read', 'plugin::source-import.import']);
    const reader = await loginAdmin(app.strapi, app.server, ['plugin::source-import.read']);
    const importer = app.strapi.plugin('source-import').service('importer') as Importer;
    importer.useReader(OLDER_READER);
    const older: string[] = [];
    try {
      for (const page of pages(400, 3, 'older-reading')) older.push((await importer.importDocument(page)).article.documentId!);
    } finally {
      importer.useReader();
    }
    const refused = await request(app.server).post('/source-import/rereads').set('Authorization', `Bearer ${reader}`).send({});
    expect(refused.status).toBe(403);

    const rereadOnce = async () => {
      const started = await request(app.server).post('/source-import/rereads').set('Authorization', `Bearer ${editor}`).send({ dryRun: false });
      expect(started.status).toBe(202);
      return until('the re-read to finish', async () => {
        const res = await request(app.server).get(`/source-import/runs/${started.body.data.id}`).set('Authorization', `Bearer ${editor}`);
        return res.body.data.state === 'finished' ? res.body.data : null;
      });
    };
    const records = await app.strapi.db.query(IMPORTED).count();
    const first = await rereadOnce();
    expect(first).toMatchObject({ kind: 'reread', background: true, readerVersion: READER_VERSION, fileCount: records, done: records });
    expect(first.readerVersionsBefore).toEqual({ 'test-older': 3, ...(records > 3 ? { [READER_VERSION]: records - 3 } : {}) });
    const updated = (first.files as FileResult[]).filter((line) => line.status === 'updated').map((line) => line.articleDocumentId);
    expect(updated.sort()).toEqual([...older].sort());
    expect((first.files as FileResult[]).filter((line) => line.status !== 'updated' && line.status !== 'unchanged')).toEqual([]);
    // Again with the same reader: nothing to change.
    const second = await rereadOnce();
    expect(second.totals).toEqual({ unchanged: records });
  });

  it('survives its node killed with kill -9 mid-batch: the next node to start finishes it, every file once', async () => {
    // This file's own node stands aside: the run is the other nodes' to do.
    await background().stop();
    try {
      const sent = pages(300, 300, 'restart');
      const { id } = await background().enqueue(sent, { origin: 'admin', startedBy: 'restart-test' });
      // Dies in its third batch: two recorded, the third imported and not recorded.
      const first = await startNode({ dieInBatch: 3 });
      await first.exited;
      expect(first.child.signalCode).toBe('SIGKILL');
      expect(await background().progress(id)).toMatchObject({ state: 'running', done: 50 });

      const second = await startNode();
      try {
        await finished(id);
      } finally {
        await killed(second.child);
      }
      await expectEachFileOnce(id, sent);
      expect(await doneBy(id)).toEqual(new Set([first.instance, second.instance]));
      // The batch the first node died in was imported again, which changed nothing.
      const { run } = await leftBy(id);
      expect(run.files.slice(50, 75).map((line) => line.status)).toEqual(Array(25).fill('unchanged'));
    } finally {
      background().start();
    }
  }, 600_000);

  (databaseClient() === 'postgres' ? it : it.skip)(
    'is shared by two nodes on one PostgreSQL database, each batch claimed by one; one killed mid-batch, the other finishes',
    async () => {
      await background().stop();
      try {
        const sent = pages(700, 300, 'two-nodes');
        const { id } = await background().enqueue(sent, { origin: 'admin', startedBy: 'two-nodes-test' });
        const [a, b] = await Promise.all([startNode({ dieInBatch: 2 }), startNode()]);
        try {
          await a.exited;
          expect(a.child.signalCode).toBe('SIGKILL');
          await finished(id);
        } finally {
          await Promise.all([killed(a.child), killed(b.child)]);
        }
        await expectEachFileOnce(id, sent);
        // Both took part: the one that died did its first batch, the other the rest.
        expect(await doneBy(id)).toEqual(new Set([a.instance, b.instance]));
        // No batch imported twice but the one the first node died in (a batch taken by two
        // nodes at once would show its documents `unchanged` the second time).
        const { run } = await leftBy(id);
        expect(run.files.filter((line) => line.status === 'unchanged')).toHaveLength(25);
      } finally {
        background().start();
      }
    },
    600_000,
  );
});

function databaseClient(): 'sqlite' | 'postgres' {
  return process.env.DATABASE_CLIENT === 'postgres' ? 'postgres' : 'sqlite';
}
