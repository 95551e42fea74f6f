import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawn } from 'node:child_process';
import { createStrapi, type Core } from '@strapi/strapi';
import { provisionDatabase } from '../helpers/strapi';
import { testEnv } from '../helpers/env';
import { writeCorpus } from '../../bench/lib/corpus';

const appDir = path.resolve(__dirname, '..', '..');
let database: Awaited<ReturnType<typeof provisionDatabase>>;
let workDir: string;
let env: NodeJS.ProcessEnv;

type Run = { code: number | null; signal: NodeJS.Signals | null; stderr: string };

/** Runs the CLI as a user would; `killAfter` kills it (SIGKILL, a crash) after that many files. */
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

async function withStrapi<T>(fn: (strapi: Core.Strapi) => Promise<T>): Promise<T> {
  Object.assign(process.env, env);
  const strapi = await createStrapi({ appDir, distDir: path.join(appDir, 'dist'), autoReload: false, serveAdminPanel: false }).load();
  try {
    return await fn(strapi);
  } finally {
    await strapi.destroy();
  }
}

beforeAll(async () => {
  database = await provisionDatabase();
  workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'cli-import-'));
  env = { ...process.env, ...testEnv(), ...database.env, IMPORT_ON_START: '' };
});

afterAll(async () => {
  await database?.drop();
  fs.rmSync(workDir, { recursive: true, force: true });
});

describe('npm run import', () => {
  it('resumes after a crash: every document imported exactly once, the report complete', async () => {
    const pages = path.join(workDir, 'pages');
    const files = writeCorpus(pages, 40);
    const state = path.join(workDir, 'state');
    const report = path.join(workDir, 'report.json');
    // Batches of 5: the crash lands after some batches are committed, in the middle of another.
    const args = [pages, '--progress', 'lines', '--concurrency', '1', '--batch-size', '5', '--state-dir', state, '--report', report];

    const crashed = await runCli(args, 4);
    expect(crashed.signal).toBe('SIGKILL');
    expect(fs.existsSync(report)).toBe(false);

    const resumed = await runCli(args);
    expect(resumed.stderr).not.toMatch(/unexpected error/);
    expect(resumed.code).toBe(0);
    const written = JSON.parse(fs.readFileSync(report, 'utf8'));
    expect(written.total).toBe(files.length);
    expect(written.files).toHaveLength(files.length);
    // A batch committed in the instant before the crash, not yet journaled, is found
    // `unchanged` in the database: written once all the same. At most that one batch.
    expect(written.files.every((f: { status: string }) => ['created', 'draft', 'unchanged'].includes(f.status))).toBe(true);
    expect(written.files.filter((f: { status: string }) => f.status === 'unchanged').length).toBeLessThanOrEqual(5);
    expect(new Set(written.files.map((f: { articleDocumentId: string }) => f.articleDocumentId)).size).toBe(files.length);
    // the second run took over what the first had finished and imported only the rest
    const doneEarlier = (resumed.stderr.match(/done in an earlier run/g) ?? []).length;
    const importedNow = (resumed.stderr.match(/^\[\d+\/\d+\] (created|draft|unchanged)\s+\S+$/gm) ?? []).length;
    expect(doneEarlier).toBeGreaterThanOrEqual(4);
    expect(doneEarlier + importedNow).toBe(files.length);

    await withStrapi(async (strapi) => {
      expect(await strapi.db.query('api::article.article').count({})).toBe(files.length);
      expect(await strapi.db.query('plugin::source-import.imported-document').count({})).toBe(files.length);
      const runs = await strapi.db.query('plugin::source-import.import-run').findMany({ where: { origin: 'cli' } });
      expect(runs.some((r: { state: string }) => r.state === 'finished')).toBe(true);
    });
  });

  it('keeps going past a failed file and exits 1, a second run changing nothing', async () => {
    const pages = path.join(workDir, 'mixed');
    writeCorpus(pages, 2);
    fs.writeFileSync(path.join(pages, 'broken.txt'), Buffer.from([0, 1, 2, 3, 0xff, 0xfe, 0]));
    const report = path.join(workDir, 'mixed.json');
    const first = await runCli([pages, '--progress', 'none', '--state-dir', path.join(workDir, 's2'), '--report', report]);
    expect(first.code).toBe(1);
    const written = JSON.parse(fs.readFileSync(report, 'utf8'));
    const broken = written.files.find((f: { fileName: string }) => f.fileName.endsWith('broken.txt'));
    expect(broken).toMatchObject({ status: 'failed', reason: expect.stringContaining('not-text') });
    expect(written.totals.failed).toBe(1);

    // a fresh journal: the database alone recognises what was imported
    const again = await runCli([pages, '--progress', 'none', '--state-dir', path.join(workDir, 's3'), '--report', report]);
    expect(again.code).toBe(1);
    const second = JSON.parse(fs.readFileSync(report, 'utf8'));
    expect(second.totals).toMatchObject({ unchanged: 2, failed: 1 });
  });

  it('says what is wrong with its arguments', async () => {
    const run = await runCli([path.join(workDir, 'nowhere')]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/No such file or directory: .*nowhere/);
  });
});
