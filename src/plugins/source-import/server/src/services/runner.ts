import { randomUUID } from 'node:crypto';
import type { Core } from '@strapi/strapi';
import { ImportError, StorageFailedError } from '../import/errors';
import { countByStatus } from '../import/outcome';
import { statisticsKeeper } from '../import/statistics';
import type { FileResult, History, RunOrigin } from './history';
import type { ImportInput, ImportOutcome, Importer } from './importer';

export type BatchDocument = Omit<ImportInput, 'publish' | 'dryRun'>;
export type BatchOptions = {
  origin: RunOrigin;
  startedBy?: string | null;
  publish?: boolean;
  dryRun?: boolean;
  kind?: 'import' | 'reread';
  readerVersion?: string;
};
export type BatchItem = { fileName: string | null; result: FileResult; outcome?: ImportOutcome; error?: ImportError };

/** Reasons listed in a line of the report; the reading has them all. */
const MAX_REASONS = 10;

/** Sums up one outcome as a line of the report: created | updated | unchanged | draft | failed. */
export const toFileResult = (fileName: string | null, outcome: ImportOutcome): FileResult => {
  // `draft`: written, but kept from publication by errors an editor must fix.
  const status = outcome.status !== 'unchanged' && !outcome.published && outcome.blocking.length > 0 ? 'draft' : outcome.status;
  const more = outcome.blocking.length - MAX_REASONS;
  return {
    fileName,
    status,
    reason:
      status === 'draft'
        ? [...outcome.blocking.slice(0, MAX_REASONS), ...(more > 0 ? [`and ${more} more`] : [])].join('; ')
        : undefined,
    articleDocumentId: outcome.article.documentId,
    documentIds: {
      article: outcome.article.documentId ? [outcome.article.documentId] : [],
      quotes: outcome.quotes.documentIds,
      people: outcome.people.filter((p) => p.action === 'created' && p.documentId).map((p) => p.documentId as string),
      organizations: outcome.organizations
        .filter((o) => o.action === 'created' && o.documentId)
        .map((o) => o.documentId as string),
      tags: outcome.tags.filter((t) => t.action === 'created' && t.documentId).map((t) => t.documentId as string),
    },
  };
};

/**
 * What a failed document is reported as. A refusal (an ImportError) says why in its own words;
 * anything else, a database error above all, whose message can be megabytes of SQL and text,
 * is logged in full under a reference and reported by that reference only.
 */
export const failureOf = (strapi: Core.Strapi, fileName: string | null, error: unknown): ImportError => {
  if (error instanceof ImportError) return error;
  const failure = new StorageFailedError(randomUUID().slice(0, 8), fileName);
  strapi.log.error(`source-import: ${fileName ?? 'a document'} could not be stored (reference ${failure.reference}): ${error instanceof Error ? error.stack ?? error.message : String(error)}`);
  return failure;
};

/** A line as the history keeps it: what a caller adds beside (the CLI's `published`...) stays out. */
const historyLine = ({ fileName, status, reason, articleDocumentId, documentIds }: FileResult): FileResult => ({
  fileName,
  status,
  ...(reason === undefined ? {} : { reason }),
  ...(articleDocumentId === undefined ? {} : { articleDocumentId }),
  ...(documentIds === undefined ? {} : { documentIds }),
});

/** One line of a run: the history's line (`result`), and whatever the caller needs beside it. */
export type RunLine = { result: FileResult; resumed?: boolean };

/**
 * The hooks a caller gives the runner. All optional: the admin and the API use none, the CLI
 * all of them (its journal, its progress display, Ctrl-C).
 */
export type RunHooks<Loaded, Line extends RunLine> = {
  /** A line an earlier, interrupted run finished (the CLI's journal): taken as it is, `resumed`. */
  finishedEarlier?: (loaded: Loaded) => Line | null;
  /** Called once a batch is done (committed, unless a dry run), with its lines, before they are reported. */
  batchDone?: (done: Array<{ loaded: Loaded; line: Line }>) => void;
  /** Each line as it is finished: `done` of `total`. */
  progress?: (event: { done: number; total: number; line: Line }) => void;
  /** Asked before each item: true stops the run after the batches in flight (it ends `interrupted`). */
  stopping?: () => boolean;
};

/**
 * What a run does with one batch: the items loaded (a file read, a record fetched) and their
 * lines, one per item, in order. `load` failing fails that item only, as `failLine` says.
 */
export type RunWork<Item, Loaded, Line extends RunLine> = {
  load: (item: Item) => Loaded | Promise<Loaded>;
  process: (batch: Loaded[]) => Promise<Line[]>;
  /** The line of an item that could not even be loaded. */
  failLine: (item: Item, error: unknown) => Line;
};

export type RunSpec<Item, Loaded, Line extends RunLine> = RunWork<Item, Loaded, Line> & {
  items: Item[];
  /** Items per batch (each batch goes to `process` at once), and batches at once. */
  batchSize?: number;
  concurrency?: number;
  /**
   * How the run is recorded in the history: `always` (a run the caller asked for: every line,
   * from the start, with a heartbeat), `changes` (the start-up import: only the lines that did
   * something, and no run at all when none did), or not at all.
   */
  history: { mode: 'always' | 'changes'; run: BatchOptions; finishWith?: (lines: Line[]) => Record<string, unknown> } | null;
  hooks?: RunHooks<Loaded, Line>;
  /** The planner's statistics keeper, when the run is one part of a longer one (a background run's batch). */
  statistics?: ReturnType<typeof statisticsKeeper>;
};

export type RunReport<Line> = {
  runId: number | null;
  /** One line per item, in the order of `items`; missing for items an interrupted run never reached. */
  lines: Array<Line | undefined>;
  interrupted: boolean;
};

/**
 * The one loop that runs imports, whoever asks: the CLI, the admin, the API, the start-up
 * import (and the re-read). Items are loaded and processed in batches, `concurrency` batches at
 * once; the history records the run (who, when, what became of each item) with a heartbeat
 * carrying the totals so far; the hooks are where a caller keeps a journal, shows progress or
 * asks to stop.
 */
const runner = ({ strapi }: { strapi: Core.Strapi }) => {
  const importer = (): Importer => strapi.plugin('source-import').service('importer');
  const history = (): History => strapi.plugin('source-import').service('history');

  async function run<Item, Loaded, Line extends RunLine>(spec: RunSpec<Item, Loaded, Line>): Promise<RunReport<Line>> {
    const { items, hooks = {} } = spec;
    const batchSize = spec.batchSize ?? 25;
    const lines: Array<Line | undefined> = new Array(items.length);
    /** What this run did: the history's lines (not what an earlier run did). */
    const linesNow = () => lines.filter((line): line is Line => Boolean(line) && !line!.resumed);
    const thisRun = () => linesNow().map((line) => historyLine(line.result));
    const extra = () => spec.history?.finishWith?.(linesNow()) ?? {};

    // A dry run is recorded too, marked as one: an editor sees it was tried, and by whom.
    const recorded = spec.history?.mode === 'always' ? await history().start(spec.history.run) : null;
    // A heartbeat with the totals so far: a run killed with kill -9 is found dead by the next
    // start or run (pid on this host, else a heartbeat that stopped) and marked interrupted.
    const stopBeating = recorded ? history().keepAlive(recorded.id, () => countByStatus(thisRun())) : () => {};

    let next = 0;
    let done = 0;
    let stopped = false;
    const finish = (index: number, line: Line) => {
      lines[index] = line;
      done += 1;
      hooks.progress?.({ done, total: items.length, line });
    };

    /** The next items, loaded, up to a batch; those an earlier run finished are reported at once. */
    const nextBatch = async () => {
      const batch: Array<{ index: number; loaded: Loaded }> = [];
      while (next < items.length && batch.length < batchSize) {
        if (hooks.stopping?.()) {
          stopped = true;
          break;
        }
        const index = next++;
        let loaded: Loaded;
        try {
          loaded = await spec.load(items[index]);
        } catch (error) {
          finish(index, spec.failLine(items[index], error));
          continue;
        }
        const earlier = hooks.finishedEarlier?.(loaded);
        if (earlier) finish(index, { ...earlier, resumed: true });
        else batch.push({ index, loaded });
      }
      return batch;
    };

    const statistics = spec.statistics ?? statisticsKeeper(strapi);
    const worker = async () => {
      for (let batch = await nextBatch(); batch.length > 0; batch = await nextBatch()) {
        const batchLines = await spec.process(batch.map(({ loaded }) => loaded));
        await statistics.afterBatch(batch.length);
        hooks.batchDone?.(batch.map(({ loaded }, i) => ({ loaded, line: batchLines[i] })));
        batch.forEach(({ index }, i) => finish(index, batchLines[i]));
      }
    };

    try {
      await Promise.all(Array.from({ length: Math.min(spec.concurrency ?? 1, Math.max(items.length, 1)) }, worker));
    } catch (error) {
      stopBeating();
      if (recorded) await history().finish(recorded.id, thisRun(), 'interrupted', extra());
      throw error;
    }
    stopBeating();

    // Asked to stop once the last batch had started: still an interrupted run, as the caller said.
    const interrupted = stopped || Boolean(hooks.stopping?.());
    let runId = recorded?.id ?? null;
    if (recorded) await history().finish(recorded.id, thisRun(), interrupted ? 'interrupted' : 'finished', extra());
    else if (spec.history?.mode === 'changes') {
      const changed = thisRun().filter((result) => result.status !== 'unchanged');
      if (changed.length > 0) {
        const started = await history().start(spec.history.run);
        await history().finish(started.id, changed);
        runId = started.id;
      }
    }
    return { runId, lines, interrupted };
  }

  /** The work of an import: documents in, the importer's outcomes (or the failures) out. */
  const importWork = <Item, Loaded extends { document: BatchDocument }>(
    options: Pick<BatchOptions, 'publish' | 'dryRun'>,
    load: (item: Item) => Loaded | Promise<Loaded>,
    nameOf: (item: Item) => string | null,
  ): RunWork<Item, Loaded, BatchItem & RunLine> => ({
    load,
    async process(batch) {
      const answers = await importer().importDocuments(
        batch.map(({ document }) => ({ ...document, publish: options.publish, dryRun: options.dryRun })),
      );
      return answers.map((answer, i) => {
        const fileName = batch[i].document.fileName ?? null;
        if ('outcome' in answer) return { fileName, outcome: answer.outcome, result: toFileResult(fileName, answer.outcome) };
        // A database error's full text goes to the log, the report gets a short reason.
        const error = failureOf(strapi, fileName, answer.error);
        return { fileName, error, result: { fileName, status: 'failed', reason: error.message } };
      });
    },
    failLine(item, cause) {
      const fileName = nameOf(item);
      const error = failureOf(strapi, fileName, cause);
      return { fileName, error, result: { fileName, status: 'failed', reason: error.message } };
    },
  });

  return {
    run,
    importWork,

    /**
     * Imports several documents as one run of the history, the new ones together (each all or
     * nothing; see `importDocuments`): a failed document is reported and the others go on.
     * The admin's and the API's imports: one request, one batch.
     */
    async importBatch(documents: BatchDocument[], options: BatchOptions) {
      const { runId, lines } = await run({
        ...importWork(options, (document: BatchDocument) => ({ document }), (document) => document.fileName ?? null),
        items: documents,
        batchSize: Math.max(documents.length, 1),
        history: { mode: 'always', run: options },
      });
      return { runId: runId as number, items: lines as BatchItem[] };
    },
  };
};

export type Runner = ReturnType<typeof runner>;
export default runner;
