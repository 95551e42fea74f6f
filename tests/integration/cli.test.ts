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

type Run = { code: number | null; signal: NodeJS.Signals | null; stderr: string; stdout: string };

/** Runs the CLI as a user would; `killAfter` kills it (SIGKILL, a crash) after that many files. */
function runCli(args: string[], killAfter?: number, script = 'scripts/import.ts'): Promise<Run> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', script, ...args], { cwd: appDir, env });
    let stderr = '';
    let stdout = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
      const done = (stderr.match(/^\[\d+\/\d+\]/gm) ?? []).length;
      if (killAfter !== undefined && done >= killAfter && !child.killed) child.kill('SIGKILL');
    });
    child.on('close', (code, signal) => resolve({ code, signal, stderr, stdout }));
  });
}

/** Pages no other test imported (the database knows a text by its hash), each with its tag. */
function writeOwnCorpus(dir: string, count: number): string[] {
  const files = writeCorpus(dir, count);
  for (const file of files) fs.appendFileSync(file, `\nArchive tag: ${path.basename(dir)}.\n`);
  return files;
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
    const first = await runCli([pages, '--progress', 'lines', '--state-dir', path.join(workDir, 's2'), '--report', report]);
    expect(first.code).toBe(1);
    // the failure's line names the file once
    const failedLine = first.stderr.split('\n').find((line) => / failed /.test(line)) ?? '';
    expect(failedLine.match(/broken\.txt/g)).toHaveLength(1);
    expect(failedLine).toMatch(/not-text/);
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

  it('says what is wrong with its arguments: exit 2, at once, before the CMS starts', async () => {
    const pages = path.join(workDir, 'args');
    writeCorpus(pages, 1);
    const nowhere = await runCli([path.join(workDir, 'nowhere')]);
    expect(nowhere.stderr).toMatch(/No such file or directory: .*nowhere/);
    const noPath = await runCli([]);
    expect(noPath.stderr).toMatch(/missing required argument/);
    const batchSize = await runCli([pages, '--batch-size', '0']);
    expect(batchSize.stderr).toMatch(/--batch-size.*whole number from 1 to 64/);
    const concurrency = await runCli([pages, '--concurrency', '65']);
    const progress = await runCli([pages, '--progress', 'sometimes']);
    for (const run of [nowhere, noPath, batchSize, concurrency, progress]) {
      expect(run.code).toBe(2);
      expect(run.stderr).not.toMatch(/Starting the CMS/);
    }
  });

  it('exits 0 when all are imported; run again, it says unchanged and the history records this run', async () => {
    const pages = path.join(workDir, 'again');
    writeOwnCorpus(pages, 3);
    const report = path.join(workDir, 'again.json');
    const args = [pages, '--progress', 'lines', '--state-dir', path.join(workDir, 's-again'), '--report', report];

    const first = await runCli(args);
    expect(first.code).toBe(0);
    // a first line at once, then the progress; no start-up notices
    expect(first.stderr.split('\n')[0]).toMatch(/^Starting the CMS…/);
    expect(first.stderr).not.toMatch(/sendmail|\[email\]/);
    expect(first.stderr).toMatch(/^3 documents in this run: 3 draft$/m);
    expect(first.stderr).toMatch(/^published: 0; 3 stay drafts \(3 with no headline \(missing-headline\)\)$/m);

    const again = await runCli(args);
    expect(again.code).toBe(0);
    expect(again.stderr).not.toMatch(/done in an earlier run/);
    expect(again.stderr).toMatch(/^3 documents in this run: 3 unchanged$/m);
    const written = JSON.parse(fs.readFileSync(report, 'utf8'));
    expect(written.totals).toEqual({ unchanged: 3 });
    expect(written.files.map((f: { status: string }) => f.status)).toEqual(['unchanged', 'unchanged', 'unchanged']);

    await withStrapi(async (strapi) => {
      const run = await strapi.db.query('plugin::source-import.import-run').findOne({ where: { id: written.runId } });
      expect(run).toMatchObject({ origin: 'cli', state: 'finished', totals: { unchanged: 3 }, startedBy: os.userInfo().username });
      expect(run.files).toHaveLength(3);
    });
  });

  it('--restart starts over: nothing is taken from the journal of the interrupted run', async () => {
    const pages = path.join(workDir, 'restart');
    writeOwnCorpus(pages, 4);
    const report = path.join(workDir, 'restart.json');
    const args = [pages, '--progress', 'lines', '--concurrency', '1', '--batch-size', '1', '--state-dir', path.join(workDir, 's-restart'), '--report', report];

    const crashed = await runCli(args, 2);
    expect(crashed.signal).toBe('SIGKILL');

    const restarted = await runCli([...args, '--restart']);
    expect(restarted.code).toBe(0);
    expect(restarted.stderr).not.toMatch(/done in an earlier run/);
    const written = JSON.parse(fs.readFileSync(report, 'utf8'));
    expect(written.resumed).toBe(0);
    const statuses = written.files.map((f: { status: string }) => f.status);
    // the files the crashed run wrote are found in the database, the others are new
    expect(statuses.slice(0, 2)).toEqual(['unchanged', 'unchanged']);
    expect(statuses.filter((s: string) => s === 'unchanged').length + (written.totals.draft ?? 0)).toBe(4);
  });

  it('resumes only the files whose content is the one journaled: an edited file is imported again', async () => {
    const pages = path.join(workDir, 'edited');
    const files = writeOwnCorpus(pages, 3);
    const report = path.join(workDir, 'edited.json');
    const args = [pages, '--progress', 'lines', '--concurrency', '1', '--batch-size', '1', '--state-dir', path.join(workDir, 's-edited'), '--report', report];

    const crashed = await runCli(args, 2);
    expect(crashed.signal).toBe('SIGKILL');
    // the first file, journaled, is edited before the next run
    fs.appendFileSync(files[0], '\nA paragraph added by an editor after the first run.\n');

    const resumed = await runCli(args);
    expect(resumed.code).toBe(0);
    const written = JSON.parse(fs.readFileSync(report, 'utf8'));
    const [edited, untouched] = written.files;
    expect(edited.resumed).toBeUndefined();
    expect(edited.status).toBe('draft');
    expect(untouched).toMatchObject({ resumed: true });
    expect(resumed.stderr).toMatch(/^\[\d\/3\] \S+\s+\S+page-00002\.txt \(done in an earlier run\)$/m);
    expect(resumed.stderr).not.toMatch(/page-00001\.txt \(done in an earlier run\)/);
    // the run's totals are what it did: the resumed file is not in them
    const doneNow = written.files.filter((f: { resumed?: boolean }) => !f.resumed).length;
    expect(Object.values(written.totals as Record<string, number>).reduce((a, b) => a + b, 0)).toBe(doneNow);
    expect(written.resumed).toBe(files.length - doneNow);
    expect(resumed.stderr).toMatch(/^\d documents? done in an earlier, interrupted run/m);
  });
});

describe('npm run check', () => {
  it('takes folders like the import, counts in good English, exits 1 on an error', async () => {
    const dir = path.join(workDir, 'to-check');
    fs.mkdirSync(path.join(dir, 'sub'), { recursive: true });
    fs.copyFileSync(path.join(appDir, 'tests/fixtures/seed/000_e6ea2678bb7cae54.txt'), path.join(dir, 'sub', 'seed.txt'));
    fs.writeFileSync(path.join(dir, 'notes.md'), 'not a page');
    const run = await runCli([dir], undefined, 'scripts/check.ts');
    expect(run.stderr).toBe('');
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/^\S*sub\/seed\.txt$/m);
    expect(run.stdout).not.toMatch(/notes\.md/);
    expect(run.stdout).toMatch(/3 problems \(1 error, 2 warnings, 0 infos\)/);
  });
});
