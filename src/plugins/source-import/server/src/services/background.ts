import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { countByStatus, type FileResult, type ImportStatus } from '../import/outcome';
import { statisticsKeeper } from '../import/statistics';
import { tableOf } from '../import/sql';
import { INSTANCE, type History } from './history';
import { versionsBefore, type Reread } from './reread';
import type { BatchDocument, BatchOptions, Runner } from './runner';

const RUN = 'plugin::source-import.import-run';
const BATCH = 'plugin::source-import.import-batch';

/** Documents a batch holds: a node claims, imports and records this many at a time. */
export const BACKGROUND_BATCH_SIZE = 25;

/** A document as a batch keeps it: text, or the bytes of an uploaded file (the reader decodes them). */
type StoredDocument = Omit<BatchDocument, 'text'> & { text?: string; base64?: string };

const store = ({ text, ...rest }: BatchDocument): StoredDocument =>
  typeof text === 'string' ? { ...rest, text } : { ...rest, base64: Buffer.from(text).toString('base64') };

const restore = ({ text, base64, ...rest }: StoredDocument): BatchDocument => ({
  ...rest,
  text: base64 === undefined ? (text ?? '') : new Uint8Array(Buffer.from(base64, 'base64')),
});

/** A json column as knex gives it back: parsed on PostgreSQL, text on SQLite. */
const json = <T>(value: unknown, fallback: T): T => {
  if (value === null || value === undefined) return fallback;
  return (typeof value === 'string' ? JSON.parse(value) : value) as T;
};

// knex's types, without importing knex: the app does not depend on it directly.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Builder = any;
type Trx = ((table: string) => Builder) & {
  commit: () => Promise<unknown>;
  rollback: (error?: unknown) => Promise<unknown>;
  isCompleted: () => boolean;
  executionPromise?: Promise<unknown>;
};
type Knex = ((table: string) => Builder) & {
  transaction: (() => Promise<Trx>) & (<T>(work: (trx: Trx) => Promise<T>) => Promise<T>);
};
type RunRow = {
  id: number;
  state: string;
  kind?: 'import' | 'reread';
  background: boolean;
  sealed: boolean;
  fileCount: number | null;
  totals: unknown;
  publish: boolean;
  dryRun: boolean;
};
/** A line of a background run: a re-read's also says which reader had read the article before. */
type BatchLine = FileResult & { readerVersionBefore?: string | null };

/** How far a run got, from its row: documents sent, done (the sum of its totals), and the totals. */
export const progressOf = (run: { fileCount?: number | null; totals?: unknown }) => {
  const totals = json<Partial<Record<ImportStatus, number>>>(run.totals, {});
  const done = Object.values(totals).reduce((sum: number, n) => sum + (n ?? 0), 0);
  return { fileCount: run.fileCount ?? done, done, totals };
};

export type BackgroundRun = {
  id: number;
  state: 'running' | 'finished' | 'interrupted';
  /** documents sent, documents done, and the totals of those done */
  fileCount: number;
  done: number;
  totals: Partial<Record<ImportStatus, number>>;
};

/**
 * Background runs: a drop of hundreds of files is stored as a run and its batches in one
 * request, and imported by the app's nodes a batch at a time, whatever happens to the page
 * that sent it. Every node runs one worker (`start` at bootstrap, `stop` at destroy), which
 * claims the oldest waiting batch, imports it through the runner and records its lines.
 *
 * On PostgreSQL, nodes share the work through row locks: a batch is claimed by locking its row
 * (`FOR UPDATE SKIP LOCKED`: a node passes over the batches others hold) in a transaction kept
 * open while the node imports it, and marked done in that transaction. A node that dies mid-batch
 * loses its connection, its lock with it, and the batch, still waiting, goes to the next node;
 * its documents are imported again, which changes nothing for those it had finished (an import
 * is idempotent) and finishes the others. On SQLite, which has one writer and no row locks, one
 * node does it all: a batch it did not finish is still waiting when it starts again.
 */
const background = ({ strapi }: { strapi: Core.Strapi }) => {
  const history = (): History => strapi.plugin('source-import').service('history');
  const runner = (): Runner => strapi.plugin('source-import').service('runner');
  const reread = (): Reread => strapi.plugin('source-import').service('reread');
  const postgres = () => (strapi.db as unknown as { dialect: { client: string } }).dialect.client === 'postgres';
  /** A query builder on one of the plugin's tables, in the app's schema, bound to `trx`. */
  const on = (trx: Knex | Trx, uid: string) => {
    const schema = strapi.db.getSchemaName();
    const builder = trx(tableOf(strapi, uid));
    return schema ? builder.withSchema(schema) : builder;
  };

  /** Adds items to a run as batches, from its `offset`-th item on: documents to import, or import records to re-read. */
  async function addBatches(runId: number, offset: number, items: StoredDocument[] | number[]) {
    for (let i = 0; i < items.length; i += BACKGROUND_BATCH_SIZE) {
      await strapi.db.query(BATCH).create({
        data: {
          runId,
          firstIndex: offset + i,
          state: 'pending',
          documents: JSON.stringify(items.slice(i, i + BACKGROUND_BATCH_SIZE)),
        },
      });
    }
  }

  /** The run's row, locked until the transaction ends on PostgreSQL (SQLite has one writer at a time). */
  const lockedRun = async (trx: Trx, runId: number): Promise<RunRow | undefined> => {
    const query = on(trx, RUN).where({ id: runId }).first('id', 'state', 'kind', 'background', 'sealed', 'file_count as fileCount', 'totals', 'publish', 'dry_run as dryRun');
    return (await (postgres() ? query.forUpdate() : query)) as RunRow | undefined;
  };

  /**
   * Once every document of a sealed run is done: its lines in the order they were sent, its
   * totals, `finished`. In the transaction that recorded its last batch, under the run's lock.
   */
  async function finishIfDone(trx: Trx, run: RunRow) {
    if (!run.sealed) return;
    const waiting = await on(trx, BATCH).where({ run_id: run.id, state: 'pending' }).first('id');
    if (waiting) return;
    const batches = (await on(trx, BATCH).where({ run_id: run.id, state: 'done' }).orderBy('first_index').select('results')) as Array<{ results: unknown }>;
    const files = batches.flatMap((batch) => json<BatchLine[]>(batch.results, []));
    const before = run.kind === 'reread' ? versionsBefore(files.map((line) => ({ readerVersion: { before: line.readerVersionBefore ?? null } }))) : undefined;
    await on(trx, RUN)
      .where({ id: run.id })
      .update({
        ...(before ? { reader_versions_before: JSON.stringify(before) } : {}),
        files: JSON.stringify(files),
        totals: JSON.stringify(countByStatus(files)),
        state: 'finished',
        finished_at: new Date(),
        heartbeat_at: new Date(),
      });
  }

  /** Does a claimed batch: the report lines of its documents (an import) or of its articles (a re-read). */
  async function doBatch(run: RunRow, items: string, statistics: ReturnType<typeof statisticsKeeper>): Promise<BatchLine[]> {
    if (run.kind !== 'reread') return importBatch(run, json<StoredDocument[]>(items, []), statistics);
    const ids = json<number[]>(items, []);
    const { lines } = await runner().run({
      items: ids,
      load: (id: number) => id,
      process: (batch: number[]) => reread().rereadBatch(batch, { dryRun: Boolean(run.dryRun) }),
      failLine: (id: number, error: unknown) => reread().failedLine(id, error),
      batchSize: Math.max(ids.length, 1),
      history: null,
      statistics,
    });
    return lines.map((line, i) =>
      line ? { ...line.result, readerVersionBefore: line.readerVersion.before } : { fileName: null, status: 'failed' as const, reason: `import record ${ids[i]} not re-read` },
    );
  }

  /** Imports a claimed batch through the runner: its report lines, one per document. */
  async function importBatch(run: RunRow, stored: StoredDocument[], statistics: ReturnType<typeof statisticsKeeper>) {
    const documents = stored.map(restore);
    const { lines } = await runner().run({
      ...runner().importWork({ publish: run.publish, dryRun: run.dryRun }, (document: BatchDocument) => ({ document }), (d) => d.fileName ?? null),
      items: documents,
      batchSize: Math.max(documents.length, 1),
      history: null,
      statistics,
    });
    return lines.map((line, i) => line?.result ?? { fileName: documents[i].fileName ?? null, status: 'failed' as const, reason: 'not imported' });
  }

  /** Records a batch done, the run's totals grown by its lines, and the run finished if it was the last. */
  async function recordDone(trx: Trx, batch: { id: number; runId: number }, results: BatchLine[]) {
    await on(trx, BATCH)
      .where({ id: batch.id })
      .update({ state: 'done', results: JSON.stringify(results), done_by: INSTANCE, done_at: new Date() });
    const run = await lockedRun(trx, batch.runId);
    if (!run) return;
    const totals = json<Partial<Record<ImportStatus, number>>>(run.totals, {});
    for (const [status, count] of Object.entries(countByStatus(results))) {
      totals[status as ImportStatus] = (totals[status as ImportStatus] ?? 0) + (count ?? 0);
    }
    await on(trx, RUN).where({ id: run.id }).update({ totals: JSON.stringify(totals), heartbeat_at: new Date() });
    await finishIfDone(trx, run);
  }

  type Claimed = { id: number; runId: number; documents: string };
  const claimable = (trx: Trx) =>
    on(trx, BATCH)
      .where('state', 'pending')
      .whereIn('run_id', on(trx, RUN).where({ state: 'running', background: true }).select('id'))
      .orderBy('id')
      .first('id', 'run_id as runId', 'documents');

  /**
   * Claims the oldest waiting batch of a running run, imports it and records it. Answers
   * whether there was one.
   */
  async function workOne(statistics: ReturnType<typeof statisticsKeeper>): Promise<boolean> {
    const knex = strapi.db.connection as unknown as Knex;
    // PostgreSQL: the claim is the lock, held by this transaction while the batch is imported
    // (on other connections, in the importer's own transactions) and released at commit or by a
    // death. SQLite: one node, so nobody else claims, and its one connection cannot hold a
    // transaction while the importer writes: the batch is recorded done once imported, and a
    // crash before that leaves it waiting for the next start.
    const held = postgres() ? await knex.transaction() : null;
    held?.executionPromise?.catch(() => {});
    try {
      const reader = held ?? (knex as unknown as Trx);
      const batch = (await (held ? claimable(held).forUpdate().skipLocked() : claimable(reader))) as Claimed | undefined;
      if (!batch) {
        await held?.commit();
        return false;
      }
      const run = (await on(reader, RUN).where({ id: batch.runId }).first('id', 'kind', 'publish', 'dry_run as dryRun')) as RunRow;
      const results = await doBatch(run, batch.documents, statistics);
      if (held) {
        await recordDone(held, batch, results);
        await held.commit();
      } else await knex.transaction((trx) => recordDone(trx, batch, results));
      return true;
    } catch (error) {
      if (held && !held.isCompleted()) await held.rollback(error).catch(() => {});
      throw error;
    }
  }

  // The worker of this node.
  let timer: NodeJS.Timeout | null = null;
  let working: Promise<void> | null = null;
  let stopped = true;
  /** after `shutdown`: the database is going, nothing starts again */
  let shut = false;
  const pollMs = () => Number(strapi.config.get('plugin::source-import.background.pollMs') ?? 2000);

  /** Works until no batch is waiting, then looks again in `pollMs`. */
  function tick() {
    timer = null;
    if (stopped || working) return;
    const statistics = statisticsKeeper(strapi);
    working = (async () => {
      try {
        while (!stopped && (await workOne(statistics)));
      } catch (error) {
        strapi.log.error(`source-import: background import: ${error instanceof Error ? error.stack ?? error.message : String(error)}`);
      }
    })().finally(() => {
      working = null;
      if (!stopped) timer = setTimeout(tick, pollMs());
    });
  }

  return {
    /**
     * Stores documents as a new background run, `sealed` unless `more` are to come
     * (`append`), and wakes this node's worker. Answers the run.
     */
    async enqueue(documents: BatchDocument[], options: BatchOptions & { more?: boolean }): Promise<BackgroundRun> {
      const run = await strapi.db.transaction(async () => {
        const started = await history().start({ ...options, background: true, sealed: !options.more, fileCount: documents.length });
        await addBatches(started.id, 0, documents.map(store));
        return started;
      });
      this.wake();
      return this.progress(run.id) as Promise<BackgroundRun>;
    },

    /**
     * A re-read of every imported article with the current reader (services/reread.ts), as a
     * background run: the articles' import records in batches, each article all or nothing.
     */
    async enqueueReread(options: Pick<BatchOptions, 'origin' | 'startedBy' | 'dryRun'>): Promise<BackgroundRun> {
      const records = await reread().records();
      const version = strapi.plugin('source-import').service('importer').reader().version as string;
      const run = await strapi.db.transaction(async () => {
        const started = await history().start({ ...options, kind: 'reread', readerVersion: version, background: true, sealed: true, fileCount: records.length });
        await addBatches(started.id, 0, records);
        // Nothing to re-read: the run is over as soon as it began.
        if (records.length === 0) await history().finish(started.id, [], 'finished', { readerVersionsBefore: {} });
        return started;
      });
      this.wake();
      return this.progress(run.id) as Promise<BackgroundRun>;
    },

    /** Adds documents to a background run still being sent; `more: false` seals it. */
    async append(runId: number, documents: BatchDocument[], { more = false }: { more?: boolean } = {}): Promise<BackgroundRun> {
      await strapi.db.transaction(async ({ trx }) => {
        const run = await lockedRun(trx as unknown as Trx, runId);
        if (!run || !run.background) throw new errors.NotFoundError(`no background run ${runId}`);
        if (run.sealed || run.state !== 'running') {
          throw new errors.ApplicationError(`background run ${runId} takes no more documents: it is ${run.state === 'running' ? 'sealed' : run.state}`, {
            reason: 'run-closed',
          });
        }
        const offset = run.fileCount ?? 0;
        await addBatches(runId, offset, documents.map(store));
        await on(trx as unknown as Trx, RUN)
          .where({ id: runId })
          .update({ file_count: offset + documents.length, sealed: !more, heartbeat_at: new Date() });
        // Every batch may be done already: sealing is then the run's end.
        if (!more) await finishIfDone(trx as unknown as Trx, { ...run, sealed: true });
      });
      this.wake();
      return this.progress(runId) as Promise<BackgroundRun>;
    },

    /** How far a background run got, or null when there is no such run. */
    async progress(runId: number): Promise<BackgroundRun | null> {
      const run = (await strapi.db.query(RUN).findOne({ where: { id: runId }, select: ['id', 'state', 'fileCount', 'totals', 'background'] })) as
        | (RunRow & { state: BackgroundRun['state'] })
        | null;
      return run ? { id: run.id, state: run.state, ...progressOf(run) } : null;
    },

    /** Starts this node's worker (bootstrap), unless the app's config turned it off. */
    start() {
      if (shut || strapi.config.get('plugin::source-import.background.worker') === false || !stopped) return;
      stopped = false;
      tick();
    },

    /** Looks for work now rather than at the next poll (a run was just stored here). */
    wake() {
      if (stopped || working) return;
      if (timer) clearTimeout(timer);
      tick();
    },

    /** Stops the worker once the batch in hand is recorded, for good (the app is shutting down). */
    async shutdown() {
      shut = true;
      await this.stop();
    },

    /** Stops the worker once the batch in hand is recorded. */
    async stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      timer = null;
      await working;
    },
  };
};

export type Background = ReturnType<typeof background>;
export default background;
