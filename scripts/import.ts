#!/usr/bin/env node
/**
 * Bulk import of captured pages: `npm run import -- <files or directories...>`.
 * Resumable (a journal under .import-state/), idempotent (the importer's identities), keeps
 * going past a failed file and exits 1 when any failed. See README, "Migrating an archive".
 */
import fs from 'node:fs';
import path from 'node:path';
import { createHash } from 'node:crypto';
import { Command, InvalidArgumentError, Option } from 'commander';
import cliProgress from 'cli-progress';
import { compileStrapi, createStrapi, type Core } from '@strapi/strapi';
import { Journal, collectFiles, type JournalEntry } from './lib/journal';
import type { Importer } from '../src/plugins/source-import/server/src/services/importer';
import type { FileResult, History } from '../src/plugins/source-import/server/src/services/history';
import { failureOf, toFileResult } from '../src/plugins/source-import/server/src/services/runner';
import { countByStatus } from '../src/plugins/source-import/server/src/import/outcome';

const appDir = path.resolve(__dirname, '..');

const positiveInt = (value: string) => {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > 64) throw new InvalidArgumentError('expected a whole number from 1 to 64');
  return n;
};

const program = new Command()
  .name('import')
  .description('Import captured news pages (.txt files, or directories of them) into the CMS.')
  .argument('<paths...>', 'files or directories')
  .option('--dry-run', 'read and plan, write nothing', false)
  .option('--publish', 'publish the articles whose reading has no error', false)
  .addOption(new Option('--concurrency <n>', 'batches imported at once').argParser(positiveInt).default(2))
  .addOption(new Option('--batch-size <n>', 'new documents written together, in one transaction').argParser(positiveInt).default(25))
  .option('--report <file>', 'write a JSON report: per file created | updated | unchanged | draft | failed')
  .option('--database <target>', '`sqlite`, `sqlite:<file>`, `postgres`, or a postgres:// URL (default: DATABASE_* env)')
  .option('--state-dir <dir>', 'where the resume journal is kept', '.import-state')
  .option('--restart', 'forget the journal of an earlier run of these inputs and start over', false)
  .addOption(new Option('--progress <mode>', 'progress display').choices(['auto', 'bar', 'lines', 'none']).default('auto'));

type Options = {
  dryRun: boolean;
  publish: boolean;
  concurrency: number;
  batchSize: number;
  report?: string;
  database?: string;
  stateDir: string;
  restart: boolean;
  progress: 'auto' | 'bar' | 'lines' | 'none';
};

function pointAtDatabase(target: string | undefined) {
  if (!target) return;
  if (target === 'sqlite' || target === 'postgres') process.env.DATABASE_CLIENT = target;
  else if (target.startsWith('sqlite:')) {
    process.env.DATABASE_CLIENT = 'sqlite';
    process.env.DATABASE_FILENAME = target.slice('sqlite:'.length);
  } else if (/^postgres(ql)?:\/\//.test(target)) {
    process.env.DATABASE_CLIENT = 'postgres';
    process.env.DATABASE_URL = target;
  } else {
    throw new InvalidArgumentError(`--database: expected sqlite, sqlite:<file>, postgres or a postgres:// URL, got \`${target}\``);
  }
}

async function boot(): Promise<Core.Strapi> {
  process.env.LOG_LEVEL ??= 'warn';
  process.env.STRAPI_TELEMETRY_DISABLED = 'true';
  process.env.IMPORT_ON_START = '';
  process.env.STARTUP_MESSAGE = 'false';
  const { distDir } = await compileStrapi({ appDir });
  return createStrapi({ appDir, distDir, autoReload: false, serveAdminPanel: false }).load();
}

function progressDisplay(mode: Options['progress'], total: number) {
  const useBar = mode === 'bar' || (mode === 'auto' && process.stderr.isTTY);
  if (useBar) {
    const bar = new cliProgress.SingleBar(
      { format: 'import [{bar}] {value}/{total} | {rate} docs/s | ETA {eta_formatted} | {file}', stream: process.stderr, etaBuffer: 50 },
      cliProgress.Presets.shades_classic,
    );
    const started = Date.now();
    bar.start(total, 0, { rate: '0.0', file: '' });
    return {
      tick: (done: number, result: FileResult) =>
        bar.update(done, { rate: (done / Math.max((Date.now() - started) / 1000, 0.001)).toFixed(1), file: path.basename(result.fileName ?? '') }),
      stop: () => bar.stop(),
    };
  }
  if (mode === 'none') return { tick: () => {}, stop: () => {} };
  return {
    tick: (done: number, result: FileResult & { resumed?: boolean }) =>
      process.stderr.write(
        `[${done}/${total}] ${result.status.padEnd(9)} ${result.fileName}` +
          `${result.resumed ? ' (done in an earlier run)' : ''}${result.reason && result.status === 'failed' ? `: ${result.reason}` : ''}\n`,
      ),
    stop: () => {},
  };
}

async function main() {
  program.parse();
  const inputs = program.args;
  const options = program.opts<Options>();
  pointAtDatabase(options.database);

  const files = collectFiles(inputs);
  const journal = new Journal(
    Journal.pathFor(options.stateDir, { files, dryRun: options.dryRun, publish: options.publish, database: process.env.DATABASE_URL ?? process.env.DATABASE_FILENAME ?? process.env.DATABASE_CLIENT ?? 'sqlite' }),
  );
  if (options.restart) fs.rmSync(journal.file, { force: true });

  const strapi = await boot();
  const importer = strapi.plugin('source-import').service('importer') as Importer;
  const history = strapi.plugin('source-import').service('history') as History;
  const run = options.dryRun ? null : await history.start({ origin: 'cli', startedBy: `cli:${process.env.USER ?? 'unknown'}`, publish: options.publish });

  const results: Array<FileResult & { resumed?: boolean }> = new Array(files.length);
  // A heartbeat with the totals so far: a run killed with kill -9 is found dead by the next
  // start or run (pid on this host, else a heartbeat that stopped) and marked interrupted.
  const stopBeating = run ? history.keepAlive(run.id, () => countByStatus(results.filter(Boolean))) : () => {};
  let next = 0;
  let done = 0;
  let stopping = false;
  const display = progressDisplay(options.progress, files.length);

  const onSignal = () => {
    if (stopping) process.exit(130);
    stopping = true;
    process.stderr.write('\nStopping after the documents in progress (Ctrl-C again to quit at once)…\n');
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);

  /**
   * The next files to import, up to a batch: those done in an earlier run are reported as such
   * and skipped. The bytes are read and hashed once, for the import and for the journal.
   */
  const nextBatch = () => {
    const batch: Array<{ index: number; relative: string; bytes: Uint8Array; sha256: string }> = [];
    while (!stopping && next < files.length && batch.length < options.batchSize) {
      const index = next++;
      const relative = path.relative(process.cwd(), files[index]);
      const bytes = new Uint8Array(fs.readFileSync(files[index]));
      const sha256 = createHash('sha256').update(bytes).digest('hex');
      const earlier = journal.lookup(relative, sha256);
      if (earlier) finish(index, { ...earlier, resumed: true });
      else batch.push({ index, relative, bytes, sha256 });
    }
    return batch;
  };

  const finish = (index: number, result: FileResult & { resumed?: boolean }) => {
    results[index] = result;
    done += 1;
    display.tick(done, result);
  };

  // Each worker imports a batch at a time (new documents written together, in one transaction;
  // see importDocuments), and journals each file once its batch is committed.
  const worker = async () => {
    for (let batch = nextBatch(); batch.length > 0; batch = nextBatch()) {
      const answers = await importer.importDocuments(
        batch.map(({ relative, bytes }) => ({ text: bytes, fileName: relative, publish: options.publish, dryRun: options.dryRun })),
      );
      const finished = batch.map(({ index, relative, sha256 }, i): { index: number; entry: JournalEntry } => {
        const answer = answers[i];
        if ('outcome' in answer) return { index, entry: { path: relative, sha256, result: toFileResult(relative, answer.outcome) } };
        // A database error's full text goes to the log (stderr), the report gets a short reason.
        const reason = failureOf(strapi, relative, answer.error).message;
        return { index, entry: { path: relative, sha256, result: { fileName: relative, status: 'failed', reason } } };
      });
      if (!options.dryRun) journal.record(...finished.map(({ entry }) => entry));
      for (const { index, entry } of finished) finish(index, entry.result);
    }
  };
  await Promise.all(Array.from({ length: Math.min(options.concurrency, Math.max(files.length, 1)) }, worker));
  display.stop();
  journal.close();

  stopBeating();
  const finished = results.filter(Boolean);
  if (run) await history.finish(run.id, finished, stopping ? 'interrupted' : 'finished');

  const totals = countByStatus(finished);
  const report = {
    startedBy: 'cli',
    runId: run?.id ?? null,
    dryRun: options.dryRun,
    publish: options.publish,
    interrupted: stopping,
    total: files.length,
    totals,
    files: finished,
    notDone: files.length - finished.length,
  };
  if (options.report) {
    fs.mkdirSync(path.dirname(path.resolve(options.report)), { recursive: true });
    fs.writeFileSync(options.report, JSON.stringify(report, null, 2) + '\n');
  }
  process.stderr.write(
    `${finished.length}/${files.length} documents: ${Object.entries(totals).map(([k, v]) => `${v} ${k}`).join(', ') || 'nothing to do'}` +
      `${options.report ? ` (report: ${options.report})` : ''}\n`,
  );

  await strapi.destroy();
  if (stopping) process.exit(130);
  process.exit(totals.failed ? 1 : 0);
}

main().catch((error) => {
  process.stderr.write(`import: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(2);
});
