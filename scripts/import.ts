#!/usr/bin/env node
/**
 * Bulk import of captured pages: `npm run import -- <files or directories...>`.
 * Resumable (a journal under .import-state/), idempotent (the importer's identities), keeps
 * going past a failed file. Exit code: 0 all imported, 1 some failed (or the run itself did),
 * 2 usage error, found before the CMS starts. See README, "The command line".
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createHash } from 'node:crypto';
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import cliProgress from 'cli-progress';
import type { Core } from '@strapi/strapi';
import { Journal } from './lib/journal';
import { NoSuchFileError, collectFiles } from './lib/files';
import { rereadArchive } from './lib/reread';
import { READER_VERSION } from '../src/plugins/source-import/server/src/reader/version';
import type { RereadLine } from '../src/plugins/source-import/server/src/services/reread';
import type { FileResult } from '../src/plugins/source-import/server/src/services/history';
import type { BatchDocument, Runner } from '../src/plugins/source-import/server/src/services/runner';
import { countByStatus } from '../src/plugins/source-import/server/src/import/outcome';

const appDir = path.resolve(__dirname, '..');

/** Exit codes, as the README documents them. */
const EXIT = { ok: 0, someFailed: 1, usage: 2, interrupted: 130 } as const;

/** A bad command line: reported at once, before the CMS starts, with exit code 2. */
class UsageError extends Error {}

const positiveInt = (value: string) => {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > 64) throw new InvalidArgumentError('expected a whole number from 1 to 64');
  return n;
};

const program = new Command()
  .name('import')
  .description('Import captured news pages (.txt files, or directories of them) into the CMS.')
  .argument('[paths...]', 'files or directories (none with --reread)')
  .option('--reread', 're-read every imported article with the current reader; apply the new reading where no editor changed the article', false)
  .option('--dry-run', 'read and plan, write nothing', false)
  .option('--publish', 'publish the articles whose reading has no error', false)
  .addOption(new Option('--concurrency <n>', 'batches imported at once').argParser(positiveInt).default(2))
  .addOption(new Option('--batch-size <n>', 'new documents written together, in one transaction').argParser(positiveInt).default(25))
  .option('--report <file>', 'write a JSON report: per file created | updated | unchanged | draft | failed')
  .option('--database <target>', '`sqlite`, `sqlite:<file>`, `postgres`, or a postgres:// URL (default: DATABASE_* env)')
  .option('--state-dir <dir>', 'where the resume journal is kept', '.import-state')
  .option('--restart', 'forget the journal of an interrupted run of these inputs and start over', false)
  .addOption(new Option('--progress <mode>', 'progress display').choices(['auto', 'bar', 'lines', 'none']).default('auto'))
  // Commander exits 1 on a bad command line; the documented code for it is 2.
  .exitOverride();

type Options = {
  reread: boolean;
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

/**
 * One line of the report. `resumed`: finished by an earlier, interrupted run (the journal says
 * so); this run did nothing with it, and its totals and history leave it out.
 */
type CliResult = FileResult & { published?: boolean; draftReasons?: string[]; resumed?: boolean };

/** A line as the runner holds it (`resumed` beside it), and as the report and the display show it. */
type CliLine = { result: CliResult; resumed?: boolean };
const flat = ({ result, resumed }: CliLine): CliResult => (resumed ? { ...result, resumed } : result);

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
    throw new UsageError(`--database: expected sqlite, sqlite:<file>, postgres or a postgres:// URL, got \`${target}\``);
  }
}

/** The command line, checked: every mistake in it is a UsageError, found before the CMS starts. */
function parseArguments() {
  try {
    program.parse();
  } catch (error) {
    if (error instanceof CommanderError) {
      // --help and --version end here too, with exit code 0; commander has printed the message
      process.exit(error.exitCode === 0 ? EXIT.ok : EXIT.usage);
    }
    throw error;
  }
  const options = program.opts<Options>();
  pointAtDatabase(options.database);
  if (options.reread) {
    if (program.args.length > 0) throw new UsageError('--reread re-reads the articles already imported: it takes no paths');
    if (options.publish) throw new UsageError('--reread keeps each article\'s published state: --publish does not apply');
    return { options, files: [] };
  }
  // commander's own wording, as when the argument was required
  if (program.args.length === 0) throw new UsageError("error: missing required argument 'paths'");
  try {
    return { options, files: collectFiles(program.args) };
  } catch (error) {
    if (error instanceof NoSuchFileError) throw new UsageError(error.message);
    throw error;
  }
}

/** Who ran the import, for the history: the OS account. */
function osUser(): string {
  try {
    return os.userInfo().username;
  } catch {
    // a uid without a passwd entry (some containers)
    return process.env.USER || process.env.LOGNAME || `uid ${process.getuid?.() ?? 'unknown'}`;
  }
}

async function boot(): Promise<Core.Strapi> {
  process.env.LOG_LEVEL ??= 'warn';
  process.env.STRAPI_TELEMETRY_DISABLED = 'true';
  process.env.IMPORT_ON_START = '';
  // The CLI runs its own import: the app's nodes work on the background runs.
  process.env.IMPORT_WORKER = 'false';
  process.env.STARTUP_MESSAGE = 'false';
  // The CLI sends no e-mail: Strapi's notice about the e-mail provider is not for it (config/logger.ts).
  process.env.LOG_EMAIL_PROVIDER_NOTICE = 'false';
  // Loaded only once the arguments are known good: a usage error does not wait for Strapi.
  // (require, not import(): Strapi's ES build does not resolve under Node's ESM loader)
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { compileStrapi, createStrapi } = require('@strapi/strapi') as typeof import('@strapi/strapi');
  const { distDir } = await compileStrapi({ appDir });
  return createStrapi({ appDir, distDir, autoReload: false, serveAdminPanel: false }).load();
}

/** The reason of a failure without the file name the line already shows. */
const reasonOf = (result: CliResult) =>
  result.reason && result.fileName && result.reason.startsWith(`${result.fileName} `)
    ? result.reason.slice(result.fileName.length + 1)
    : result.reason;

function progressDisplay(mode: Options['progress'], total: number) {
  const useBar = mode === 'bar' || (mode === 'auto' && process.stderr.isTTY);
  if (useBar) {
    const bar = new cliProgress.SingleBar(
      { format: 'import [{bar}] {value}/{total} | {rate} docs/s | ETA {eta_formatted} | {file}', stream: process.stderr, etaBuffer: 50 },
      cliProgress.Presets.shades_classic,
    );
    const started = Date.now();
    let importedNow = 0;
    bar.start(total, 0, { rate: '0.0', file: '' });
    return {
      tick: (done: number, result: CliResult) => {
        // the rate is this run's: files taken from the journal cost nothing
        if (!result.resumed) importedNow += 1;
        bar.update(done, { rate: (importedNow / Math.max((Date.now() - started) / 1000, 0.001)).toFixed(1), file: path.basename(result.fileName ?? '') });
      },
      stop: () => bar.stop(),
    };
  }
  if (mode === 'none') return { tick: () => {}, stop: () => {} };
  return {
    tick: (done: number, result: CliResult) => {
      const reason = result.status === 'failed' ? reasonOf(result) : undefined;
      process.stderr.write(
        `[${done}/${total}] ${result.status.padEnd(9)} ${result.fileName}` +
          `${result.resumed ? ' (done in an earlier run)' : ''}${reason ? `: ${reason}` : ''}\n`,
      );
    },
    stop: () => {},
  };
}

/** Why a draft stays one, in words, for the rules an editor meets most; else the rule id. */
const DRAFT_BECAUSE: Record<string, string> = { 'missing-headline': 'with no headline (missing-headline)' };

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/**
 * What the run did, in words: the totals, then what was published and why the others stay
 * drafts (the first rule of each draft's blocking errors, or publishing not asked for).
 */
function summary(results: CliResult[], total: number, options: Pick<Options, 'dryRun' | 'publish'>): string[] {
  const now = results.filter((r) => !r.resumed);
  const resumed = results.length - now.length;
  const totals = countByStatus(now);
  const lines = [
    `${options.dryRun ? 'Dry run, nothing written: ' : ''}${plural(now.length, 'document')} in this run` +
      `${now.length ? `: ${Object.entries(totals).map(([status, n]) => `${n} ${status}`).join(', ')}` : ''}`,
  ];
  const stored = now.filter((r) => r.status !== 'failed');
  if (stored.length > 0) {
    const published = stored.filter((r) => r.published).length;
    const why = new Map<string, number>();
    for (const r of stored.filter((d) => !d.published)) {
      const reason = r.draftReasons?.[0] ?? 'publishing was not asked for';
      const rule = reason.split(' ')[0];
      const key = /^publishing was not asked/.test(reason) ? 'not asked to publish (--publish)' : (DRAFT_BECAUSE[rule] ?? rule);
      why.set(key, (why.get(key) ?? 0) + 1);
    }
    const drafts = stored.length - published;
    const would = options.dryRun ? 'would ' : '';
    lines.push(
      `${options.dryRun ? 'would be published' : 'published'}: ${published}; ${drafts} ${would}${drafts === 1 && !would ? 'stays a draft' : drafts === 1 ? 'stay a draft' : 'stay drafts'}` +
        `${drafts ? ` (${[...why].map(([reason, n]) => `${n} ${reason}`).join(', ')})` : ''}`,
    );
  }
  if (resumed > 0) lines.push(`${plural(resumed, 'document')} done in an earlier, interrupted run, taken from the journal (--restart to check them again)`);
  if (results.length < total) lines.push(`${plural(total - results.length, 'document')} not done (interrupted)`);
  return lines;
}

/**
 * Ctrl-C (or SIGTERM) asks the run to stop after the items in progress; a second one quits at once.
 * Returns what the runner asks before each item.
 */
function stopOnSignal(items: string): () => boolean {
  let stopping = false;
  const onSignal = () => {
    if (stopping) process.exit(EXIT.interrupted);
    stopping = true;
    process.stderr.write(`\nStopping after the ${items} in progress (Ctrl-C again to quit at once)…\n`);
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  return () => stopping;
}

async function main() {
  const { options, files } = parseArguments();
  if (options.reread) return reread(options);
  process.stderr.write(`Starting the CMS… (${plural(files.length, 'file')} to import)\n`);

  const journalFile = Journal.pathFor(options.stateDir, {
    files,
    dryRun: options.dryRun,
    publish: options.publish,
    database: process.env.DATABASE_URL ?? process.env.DATABASE_FILENAME ?? process.env.DATABASE_CLIENT ?? 'sqlite',
  });
  // before the journal is read, or the run would resume from what it was told to forget
  if (options.restart) Journal.discard(journalFile);
  const journal = new Journal(journalFile);

  const strapi = await boot();
  const runner = strapi.plugin('source-import').service('runner') as Runner;

  const display = progressDisplay(options.progress, files.length);
  const stopping = stopOnSignal('documents');

  type Loaded = { document: BatchDocument; relative: string; sha256: string };
  const work = runner.importWork(
    options,
    // The bytes are read and hashed once, for the import and for the journal.
    (file: string): Loaded => {
      const relative = path.relative(process.cwd(), file);
      const bytes = new Uint8Array(fs.readFileSync(file));
      return { document: { text: bytes, fileName: relative }, relative, sha256: createHash('sha256').update(bytes).digest('hex') };
    },
    (file) => path.relative(process.cwd(), file),
  );
  // Each batch's new documents are written together, in one transaction (see importDocuments);
  // each file is journaled once its batch is committed.
  const { runId, lines, interrupted } = await runner.run({
    ...work,
    process: async (batch: Loaded[]): Promise<CliLine[]> =>
      (await work.process(batch)).map(({ result, outcome }) => ({
        result: outcome ? { ...result, published: outcome.published, draftReasons: outcome.draftReasons } : result,
      })),
    failLine: (file: string, error: unknown): CliLine => ({ result: work.failLine(file, error).result }),
    items: files,
    batchSize: options.batchSize,
    concurrency: options.concurrency,
    // A dry run is recorded too, marked as one (the admin's history lists it as such).
    history: { mode: 'always', run: { origin: 'cli', startedBy: osUser(), publish: options.publish, dryRun: options.dryRun } },
    hooks: {
      // Files an interrupted run finished with this very content are reported as such and skipped.
      finishedEarlier: ({ relative, sha256 }) => {
        const earlier = journal.lookup(relative, sha256);
        return earlier ? { result: earlier } : null;
      },
      batchDone: (done) => {
        if (!options.dryRun) journal.record(...done.map(({ loaded, line }) => ({ path: loaded.relative, sha256: loaded.sha256, result: line.result })));
      },
      progress: ({ done, line }) => display.tick(done, flat(line)),
      stopping,
    },
  });
  display.stop();
  journal.close();
  // Gone to the end: nothing left to resume. Run again, the database says `unchanged`.
  if (!interrupted) Journal.discard(journalFile);

  const finished = lines.flatMap((line) => (line ? [flat(line)] : []));
  /** What this run did: the history's files and totals (not what an earlier run did). */
  const thisRun = (): FileResult[] =>
    finished.filter((r) => !r.resumed).map(({ resumed, published, draftReasons, ...result }) => result);

  const totals = countByStatus(thisRun());
  const report = {
    startedBy: 'cli',
    runId,
    dryRun: options.dryRun,
    publish: options.publish,
    interrupted,
    total: files.length,
    /** what this run did; the files `resumed` from the journal are not in them */
    totals,
    resumed: finished.filter((r) => r.resumed).length,
    files: finished,
    notDone: files.length - finished.length,
  };
  if (options.report) {
    fs.mkdirSync(path.dirname(path.resolve(options.report)), { recursive: true });
    fs.writeFileSync(options.report, JSON.stringify(report, null, 2) + '\n');
  }
  const said = summary(finished, files.length, options);
  if (options.report) said.push(`report: ${options.report}`);
  process.stderr.write(said.join('\n') + '\n');

  await strapi.destroy();
  if (interrupted) process.exit(EXIT.interrupted);
  // a file that failed in an earlier run is not in the journal: it was tried again in this one
  process.exit(totals.failed ? EXIT.someFailed : EXIT.ok);
}

/**
 * `--reread`: every imported article re-read with the current reader (scripts/lib/reread.ts and
 * the plugin's reread service). Resumable like an import: a journal keyed on the reader's version.
 */
async function reread(options: Options) {
  process.stderr.write('Starting the CMS… (re-reading the imported articles)\n');
  const journalFile = Journal.pathFor(options.stateDir, {
    reread: READER_VERSION,
    dryRun: options.dryRun,
    database: process.env.DATABASE_URL ?? process.env.DATABASE_FILENAME ?? process.env.DATABASE_CLIENT ?? 'sqlite',
  });
  if (options.restart) Journal.discard(journalFile);
  const journal = new Journal<RereadLine>(journalFile);
  const strapi = await boot();

  const stopping = stopOnSignal('articles');

  const done = await rereadArchive(
    strapi,
    { dryRun: options.dryRun, batchSize: options.batchSize, concurrency: options.concurrency, startedBy: osUser() },
    { journal, display: (total) => progressDisplay(options.progress, total), stopping },
  );
  journal.close();
  if (!done.interrupted) Journal.discard(journalFile);
  if (options.report) {
    fs.mkdirSync(path.dirname(path.resolve(options.report)), { recursive: true });
    fs.writeFileSync(options.report, JSON.stringify(done.report, null, 2) + '\n');
  }
  const said = [...done.summary, ...(options.report ? [`report: ${options.report}`] : [])];
  process.stderr.write(said.join('\n') + '\n');
  await strapi.destroy();
  if (done.interrupted) process.exit(EXIT.interrupted);
  process.exit(done.totals.failed ? EXIT.someFailed : EXIT.ok);
}

main().catch((error) => {
  if (error instanceof UsageError) {
    process.stderr.write(`import: ${error.message}\n(npm run import -- --help for the options)\n`);
    process.exit(EXIT.usage);
  }
  process.stderr.write(`import: the run failed: ${error instanceof Error ? error.stack ?? error.message : String(error)}\n`);
  process.exit(EXIT.someFailed);
});
