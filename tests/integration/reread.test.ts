/**
 * Re-reading the archive with a newer reader (issue 14): the articles imported with an older
 * reader get the new reading where no editor changed them, keeping documentId, slug and
 * published state; an editor's article is a conflict and nothing of it is overwritten; a second
 * re-read changes nothing; a dry run writes nothing; the command line resumes after kill -9.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawn } from 'node:child_process';
import { createStrapi, type Core } from '@strapi/strapi';
import { provisionDatabase } from '../helpers/strapi';
import { testEnv } from '../helpers/env';
import { importFixture, seedExpected, seedText } from '../helpers/fixtures';
import { OLDER_READER } from '../helpers/older-reader';
import { corpusText } from '../../bench/lib/corpus';
import { READER_VERSION } from '../../src/plugins/source-import/server/src/reader/version';
import type { Importer } from '../../src/plugins/source-import/server/src/services/importer';
import type { Reread, RereadLine } from '../../src/plugins/source-import/server/src/services/reread';

const appDir = path.resolve(__dirname, '..', '..');
const ARTICLE = 'api::article.article';
const QUOTE = 'api::quote.quote';
const IMPORTED = 'plugin::source-import.imported-document';
const RUN = 'plugin::source-import.import-run';

let database: Awaited<ReturnType<typeof provisionDatabase>>;
let env: NodeJS.ProcessEnv;
let workDir: string;

async function withStrapi<T>(fn: (strapi: Core.Strapi) => Promise<T>): Promise<T> {
  Object.assign(process.env, env);
  const strapi = await createStrapi({ appDir, distDir: path.join(appDir, 'dist'), autoReload: false, serveAdminPanel: false }).load();
  try {
    return await fn(strapi);
  } finally {
    await strapi.destroy();
  }
}

const importer = (strapi: Core.Strapi) => strapi.plugin('source-import').service('importer') as Importer;
const reread = (strapi: Core.Strapi) => strapi.plugin('source-import').service('reread') as Reread;

type Run = { code: number | null; signal: NodeJS.Signals | null; stderr: string };

/** The CLI as a user runs it; `killAfter` kills it (SIGKILL) after that many finished lines. */
function runCli(args: string[], killAfter?: number): Promise<Run> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/import.ts', ...args], { cwd: appDir, env });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
      const done = (stderr.match(/^\[\d+\/\d+\]/gm) ?? []).length;
      if (killAfter !== undefined && done >= killAfter && !child.killed) child.kill('SIGKILL');
    });
    child.on('close', (code, signal) => resolve({ code, signal, stderr }));
  });
}

/** What a reader change must bring back, per article: quotes, tags, and the versions (draft and published). */
async function state(strapi: Core.Strapi, documentId: string) {
  const draft = (await strapi.documents(ARTICLE).findOne({ documentId, status: 'draft', populate: { tags: true } } as never)) as any;
  const published = (await strapi.documents(ARTICLE).findOne({ documentId, status: 'published', populate: { tags: true } } as never)) as any;
  const quotes = await strapi.documents(QUOTE).findMany({ filters: { article: { documentId } }, status: 'draft', sort: 'position:asc' } as never);
  const publishedQuotes = await strapi.documents(QUOTE).count({ filters: { article: { documentId } }, status: 'published' } as never);
  return { draft, published, quotes, publishedQuotes, tags: (draft?.tags ?? []).length };
}

beforeAll(async () => {
  database = await provisionDatabase();
  workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'reread-'));
  env = { ...process.env, ...testEnv(), ...database.env, IMPORT_ON_START: '' };
});

afterAll(async () => {
  await database?.drop();
  fs.rmSync(workDir, { recursive: true, force: true });
});

describe('a re-read after a reader change', () => {
  it('applies the new reading where no editor changed the article, and reports a conflict where one did', async () => {
    await withStrapi(async (strapi) => {
      const expected = seedExpected();
      importer(strapi).useReader(OLDER_READER);
      let seed, second, edited;
      try {
        seed = await importer(strapi).importDocument({ text: seedText(), fileName: 'seed.txt', headline: 'Mosul offensive may push militants into Syria', publish: true });
        second = await importer(strapi).importDocument({ text: importFixture('second-document.txt'), fileName: 'second.txt' });
        edited = await importer(strapi).importDocument({ text: importFixture('unrelated-document.txt'), fileName: 'unrelated.txt' });
      } finally {
        importer(strapi).useReader();
      }
      const seedId = seed.article.documentId!;
      const before = await state(strapi, seedId);
      expect(before.published).not.toBeNull();
      expect(before.quotes).toHaveLength(expected.quotes.length - 1);
      expect(before.tags).toBe(1);
      const slug = before.draft.slug;
      expect(slug).toBeTruthy();

      // An editor changes the third article's lead in the Content Manager.
      const editorsLead = 'A lead the editor wrote by hand.';
      await strapi.documents(ARTICLE).update({ documentId: edited.article.documentId!, data: { lead: editorsLead } as never });

      // A dry run says what would change and writes nothing.
      const dry = await reread(strapi).rereadAll({ origin: 'admin', startedBy: 'test', dryRun: true });
      const dryLines = dry.lines as RereadLine[];
      const bySeed = (lines: RereadLine[], id: string) => lines.find((l) => l.article.documentId === id)!;
      expect(bySeed(dryLines, seedId).result.status).toBe('updated');
      expect(bySeed(dryLines, seedId).changes!.quotes).toMatchObject({ added: 1, removed: 0 });
      expect(bySeed(dryLines, seedId).changes!.tags.linked).toHaveLength(expected.article.tags.length - 1);
      expect(bySeed(dryLines, edited.article.documentId!)).toMatchObject({ result: { status: 'conflict' }, edited: ['lead'] });
      expect((await state(strapi, seedId)).quotes).toHaveLength(expected.quotes.length - 1);
      expect((await strapi.db.query(IMPORTED).findOne({ where: { articleDocumentId: seedId } })).readerVersion).toBe('test-older');

      // The re-read itself.
      const real = await reread(strapi).rereadAll({ origin: 'admin', startedBy: 'test' });
      const lines = real.lines as RereadLine[];
      expect(lines.map((l) => l.result.status).sort()).toEqual(['conflict', 'updated', 'updated']);
      expect(bySeed(lines, seedId)).toMatchObject({ readerVersion: { before: 'test-older', after: READER_VERSION } });

      const after = await state(strapi, seedId);
      expect(after.draft.documentId).toBe(seedId);
      expect(after.draft.slug).toBe(slug);
      expect(after.published).not.toBeNull();
      expect(after.published.headline).toBe('Mosul offensive may push militants into Syria');
      expect(after.quotes).toHaveLength(expected.quotes.length);
      expect(after.publishedQuotes).toBe(expected.quotes.length);
      expect(after.tags).toBe(expected.article.tags.length);
      expect(after.published.tags).toHaveLength(expected.article.tags.length);
      // the quotes the older reader had read stay the same entries
      const keptIds = before.quotes.map((q: any) => q.documentId);
      expect(after.quotes.slice(0, keptIds.length).map((q: any) => q.documentId)).toEqual(keptIds);

      const secondAfter = await state(strapi, second.article.documentId!);
      expect(secondAfter.published).toBeNull();
      expect(secondAfter.quotes).toHaveLength(2);
      expect(secondAfter.tags).toBe(4);

      // The editor's article is left as it is.
      const editedAfter = await state(strapi, edited.article.documentId!);
      expect(editedAfter.draft.lead).toBe(editorsLead);
      expect(editedAfter.quotes).toHaveLength(1);
      expect(editedAfter.tags).toBe(1);

      // The history has the run, with the reader's versions before and after.
      const run = await strapi.db.query(RUN).findOne({ where: { id: real.runId } });
      expect(run).toMatchObject({ kind: 'reread', state: 'finished', readerVersion: READER_VERSION, totals: { updated: 2, conflict: 1 } });
      expect(run.readerVersionsBefore).toEqual({ 'test-older': 3 });

      // A second re-read with the same reader changes nothing.
      const updatedAt = after.draft.updatedAt;
      const again = await reread(strapi).rereadAll({ origin: 'admin', startedBy: 'test' });
      expect((again.lines as RereadLine[]).map((l) => l.result.status).sort()).toEqual(['conflict', 'unchanged', 'unchanged']);
      const still = await state(strapi, seedId);
      expect(still.draft.updatedAt).toEqual(updatedAt);
      expect(still.quotes.map((q: any) => q.documentId)).toEqual(after.quotes.map((q: any) => q.documentId));
    });
  });

  it('handles an article imported before fingerprints were kept: untouched since, it is re-read; saved since, a conflict', async () => {
    await withStrapi(async (strapi) => {
      importer(strapi).useReader(OLDER_READER);
      let untouched, saved;
      try {
        untouched = await importer(strapi).importDocument({ text: corpusText(3), fileName: 'old-1.txt' });
        saved = await importer(strapi).importDocument({ text: corpusText(4), fileName: 'old-2.txt' });
      } finally {
        importer(strapi).useReader();
      }
      // As the importer left them before it kept what it wrote.
      for (const outcome of [untouched, saved]) {
        await strapi.db.query(IMPORTED).update({ where: { articleDocumentId: outcome.article.documentId }, data: { written: null, readerVersion: null } });
      }
      // The second one was saved by an editor an hour after its import (only its timestamp tells).
      const schema = strapi.db.getSchemaName();
      const articles = schema ? strapi.db.connection('articles').withSchema(schema) : strapi.db.connection('articles');
      await articles.where({ document_id: saved.article.documentId }).update({ updated_at: new Date(Date.now() + 3_600_000) });

      const one = (documentId: string) => strapi.db.query(IMPORTED).findOne({ where: { articleDocumentId: documentId } });
      const lines = (await reread(strapi).rereadAll({ origin: 'admin', startedBy: 'test' })).lines as RereadLine[];
      const of = (id: string) => lines.find((l) => l.article.documentId === id)!;
      expect(of(untouched.article.documentId!)).toMatchObject({ result: { status: 'updated' }, backfilled: true, readerVersion: { before: null } });
      expect(of(saved.article.documentId!).result).toMatchObject({ status: 'conflict', reason: expect.stringMatching(/imported before edits were tracked/) });
      expect((await one(untouched.article.documentId!)).written).toBeTruthy();
      expect((await one(saved.article.documentId!)).written).toBeNull();
      expect((await state(strapi, saved.article.documentId!)).tags).toBe(1);
    });
  });

  it('leaves the article as it was when its re-read fails half-way, and re-reads it once the database is well again', async () => {
    await withStrapi(async (strapi) => {
      importer(strapi).useReader(OLDER_READER);
      let outcome;
      try {
        outcome = await importer(strapi).importDocument({ text: corpusText(5), fileName: 'half-way.txt' });
      } finally {
        importer(strapi).useReader();
      }
      const documentId = outcome.article.documentId!;
      const before = await state(strapi, documentId);
      let failing = true;
      // The article is updated and the removed quotes deleted by then; the new quotes' insert fails.
      strapi.db.lifecycles.subscribe({
        models: [QUOTE],
        beforeCreateMany() {
          if (failing) throw new Error('injected write failure');
        },
      });
      const record = await strapi.db.query(IMPORTED).findOne({ where: { articleDocumentId: documentId } });
      await expect(reread(strapi).rereadOne(record.id, { dryRun: false })).rejects.toThrow('injected write failure');
      const after = await state(strapi, documentId);
      expect(after.quotes.map((q: any) => q.documentId)).toEqual(before.quotes.map((q: any) => q.documentId));
      expect(after.tags).toBe(before.tags);
      expect(after.draft.updatedAt).toEqual(before.draft.updatedAt);
      expect((await strapi.db.query(IMPORTED).findOne({ where: { id: record.id } })).readerVersion).toBe('test-older');

      failing = false;
      expect((await reread(strapi).rereadOne(record.id, { dryRun: false })).result.status).toBe('updated');
      expect((await state(strapi, documentId)).quotes.length).toBe(before.quotes.length + 1);
    });
  });
});

describe('npm run import -- --reread', () => {
  it('is finished by the same command after kill -9, each article re-read once; run again, nothing changes', async () => {
    const count = 8;
    await withStrapi(async (strapi) => {
      importer(strapi).useReader(OLDER_READER);
      try {
        const answers = await importer(strapi).importDocuments(
          Array.from({ length: count }, (_, i) => ({ text: `${corpusText(i + 20)}\nArchive tag: reread-cli.\n`, fileName: `cli-${i}.txt` })),
        );
        expect(answers.every((a) => 'outcome' in a)).toBe(true);
      } finally {
        importer(strapi).useReader();
      }
    });
    const total = await withStrapi((strapi) => strapi.db.query(IMPORTED).count({}));
    const report = path.join(workDir, 'reread.json');
    const args = ['--reread', '--progress', 'lines', '--batch-size', '2', '--concurrency', '1', '--state-dir', path.join(workDir, 'state'), '--report', report];

    // A dry run first: it says what would change and writes nothing.
    const dry = await runCli([...args, '--dry-run']);
    expect(dry.code).toBe(0);
    expect(dry.stderr).toMatch(/^Dry run, nothing written: \d+ articles re-read with reader /m);
    const planned = JSON.parse(fs.readFileSync(report, 'utf8'));
    expect(planned.totals.updated).toBeGreaterThanOrEqual(count);
    expect(planned.changes.quotes.added).toBeGreaterThanOrEqual(count);

    const crashed = await runCli(args, 5);
    expect(crashed.signal).toBe('SIGKILL');

    const resumed = await runCli(args);
    expect(resumed.code).toBe(0);
    const written = JSON.parse(fs.readFileSync(report, 'utf8'));
    expect(written.total).toBe(total);
    expect(written.articles).toHaveLength(total);
    expect(written.resumed).toBeGreaterThanOrEqual(4);
    expect(resumed.stderr).toMatch(/done in an earlier run/);
    // every article was re-read once: by the crashed run (journaled), by this one, or found
    // already re-read (a batch committed in the instant before the kill)
    const statuses = written.articles.map((a: { status: string; resumed?: boolean }) => (a.resumed ? 'resumed' : a.status));
    expect(statuses.filter((s: string) => s === 'unchanged').length).toBeLessThanOrEqual(2);
    // (the articles of the tests above: their editor's conflicts stay conflicts)
    expect(statuses.every((s: string) => ['resumed', 'updated', 'unchanged', 'conflict'].includes(s))).toBe(true);
    expect(written.totals.failed).toBeUndefined();

    await withStrapi(async (strapi) => {
      const records = await strapi.db.query(IMPORTED).findMany({ where: { fileName: { $startsWith: 'cli-' } } });
      expect(records).toHaveLength(count);
      expect(records.every((r: { readerVersion: string }) => r.readerVersion === READER_VERSION)).toBe(true);
      for (const record of records) {
        const quotes = await strapi.documents(QUOTE).count({ filters: { article: { documentId: record.articleDocumentId } }, status: 'draft' } as never);
        const reading = importer(strapi).check({ text: (await strapi.documents(ARTICLE).findOne({ documentId: record.articleDocumentId, populate: { source: true } } as never) as any).source.rawText }).reading;
        expect(quotes).toBe(reading.quotes.length);
      }
      const runs = await strapi.db.query(RUN).findMany({ where: { kind: 'reread', origin: 'cli' }, orderBy: { id: 'asc' } });
      expect(runs.map((r: { state: string }) => r.state)).toEqual(['finished', 'interrupted', 'finished']);
      expect(runs[0].dryRun).toBe(true);
    });

    // Run again with the same reader: nothing changes.
    const again = await runCli(args);
    expect(again.code).toBe(0);
    const second = JSON.parse(fs.readFileSync(report, 'utf8'));
    const conflicts = second.totals.conflict ?? 0;
    expect(second.totals).toEqual({ unchanged: total - conflicts, ...(conflicts ? { conflict: conflicts } : {}) });
    expect(second.totals.unchanged).toBeGreaterThanOrEqual(count);
    expect(again.stderr).toMatch(new RegExp(`^${total} articles re-read with reader \\S+: .*${total - conflicts} unchanged`, 'm'));
    expect(again.stderr).not.toMatch(/\d+ updated/);
  }, 900_000);
});
