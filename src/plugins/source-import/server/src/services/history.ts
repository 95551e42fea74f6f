import os from 'node:os';
import { randomUUID } from 'node:crypto';
import type { Core } from '@strapi/strapi';
import { countByStatus, type FileResult, type ImportStatus, type RunOrigin } from '../import/outcome';

const RUN = 'plugin::source-import.import-run';
const BATCH = 'plugin::source-import.import-batch';

export type { FileResult, RunOrigin };

/** This process, among all that write runs to the database (a pid alone is reused: pid 1 in every container). */
export const INSTANCE = randomUUID();

/** A running run's process writes its heartbeat this often... */
export const HEARTBEAT_MS = 30_000;
/** ...and a run whose heartbeat is older than this is taken for dead, wherever it ran. */
export const STALE_AFTER_MS = 3 * 60_000;

type RunRow = {
  id: number;
  startedAt: string | Date;
  heartbeatAt?: string | Date | null;
  host?: string | null;
  pid?: number | null;
  instance?: string | null;
  background?: boolean | null;
  sealed?: boolean | null;
};

/** Whether a process of this host is alive (EPERM: it is, but another user's). */
const processAlive = (pid: number): boolean => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
};

/**
 * Whether a run left `running` by another process is dead: on this host, its process is gone
 * (or its pid is now ours); anywhere, its heartbeat stopped more than STALE_AFTER_MS ago.
 */
export const isDeadRun = (run: RunRow, now = Date.now()): boolean => {
  if (run.instance === INSTANCE) return false;
  if (run.host === os.hostname() && run.pid) {
    if (run.pid === process.pid || !processAlive(run.pid)) return true;
  }
  return isStale(run, now);
};

/** Whether a run gave no sign of life for STALE_AFTER_MS. */
const isStale = (run: RunRow, now = Date.now()): boolean =>
  now - new Date(run.heartbeatAt ?? run.startedAt).getTime() > STALE_AFTER_MS;

/** The history of imports kept in the database: who, when, which files, and the result. */
const history = ({ strapi }: { strapi: Core.Strapi }) => {
  /** The lines of a background run's batches done, in the order its documents were sent. */
  const backgroundLines = async (runId: number): Promise<FileResult[]> => {
    const batches = (await strapi.db.query(BATCH).findMany({
      where: { runId, state: 'done' },
      orderBy: { firstIndex: 'asc' },
      select: ['results'],
    })) as Array<{ results: FileResult[] | null }>;
    return batches.flatMap((batch) => batch.results ?? []);
  };

  return {
    async start(run: {
      origin: RunOrigin;
      startedBy?: string | null;
      dryRun?: boolean;
      publish?: boolean;
      /** a re-read (with the reader's version it reads with), else an import */
      kind?: 'import' | 'reread';
      readerVersion?: string;
      /** a background run (services/background.ts), `sealed` once every document is sent */
      background?: boolean;
      sealed?: boolean;
      fileCount?: number;
    }) {
      await this.markInterrupted();
      const now = new Date();
      return strapi.db.query(RUN).create({
        data: {
          origin: run.origin,
          startedBy: run.startedBy ?? null,
          startedAt: now,
          heartbeatAt: now,
          host: os.hostname(),
          pid: process.pid,
          instance: INSTANCE,
          state: 'running',
          dryRun: Boolean(run.dryRun),
          publish: Boolean(run.publish),
          kind: run.kind ?? 'import',
          readerVersion: run.readerVersion ?? null,
          background: Boolean(run.background),
          sealed: run.sealed ?? true,
          fileCount: run.fileCount ?? null,
          files: [],
          totals: {},
        },
      });
    },

    /** The run is alive; with `totals`, how far it got (what an interrupted run keeps). */
    async beat(id: number, totals?: Partial<Record<ImportStatus, number>>) {
      await strapi.db.query(RUN).update({ where: { id }, data: { heartbeatAt: new Date(), ...(totals ? { totals } : {}) } });
    },

    /** Beats every HEARTBEAT_MS until the returned function is called. */
    keepAlive(id: number, progress?: () => Partial<Record<ImportStatus, number>>) {
      const timer = setInterval(() => {
        this.beat(id, progress?.()).catch((error: Error) => strapi.log.warn(`source-import: heartbeat of run ${id}: ${error.message}`));
      }, HEARTBEAT_MS);
      timer.unref();
      return () => clearInterval(timer);
    },

    /** `extra`: what a kind of run adds (a re-read: `readerVersionsBefore`). */
    async finish(id: number, files: FileResult[], state: 'finished' | 'interrupted' = 'finished', extra: Record<string, unknown> = {}) {
      return strapi.db.query(RUN).update({
        where: { id },
        data: { ...extra, files, totals: countByStatus(files), state, finishedAt: new Date() },
      });
    },

    /**
     * Runs still `running` whose process died (a CLI killed with `kill -9`, a server that
     * crashed) become `interrupted`, ended at their last heartbeat. Called at every start and
     * before every new run. Answers how many it marked.
     */
    async markInterrupted(): Promise<number> {
      const running = (await strapi.db.query(RUN).findMany({
        where: { state: 'running' },
        select: ['id', 'startedAt', 'heartbeatAt', 'host', 'pid', 'instance', 'background', 'sealed'],
      })) as RunRow[];
      // A background run belongs to no process: the nodes finish it whoever started it. Only one
      // whose documents stopped arriving before they were all sent (the page that sent them was
      // closed mid-way) is given up, with what was done of it.
      const dead = running.filter((run) => (run.background ? !run.sealed && isStale(run) : isDeadRun(run)));
      for (const run of dead) {
        const files = run.background ? await backgroundLines(run.id) : undefined;
        // `state: running` again in the where: a run that finished meanwhile is left alone.
        await strapi.db.query(RUN).update({
          where: { id: run.id, state: 'running' },
          data: { state: 'interrupted', finishedAt: run.heartbeatAt ?? run.startedAt, ...(files ? { files } : {}) },
        });
      }
      if (dead.length > 0) strapi.log.warn(`source-import: ${dead.length} import run(s) whose process died marked interrupted`);
      return dead.length;
    },

    async get(id: number) {
      return strapi.db.query(RUN).findOne({ where: { id } });
    },

    async list({ page = 1, pageSize = 20 }: { page?: number; pageSize?: number } = {}) {
      const [results, total] = await Promise.all([
        strapi.db.query(RUN).findMany({ orderBy: { startedAt: 'desc' }, offset: (page - 1) * pageSize, limit: pageSize }),
        strapi.db.query(RUN).count(),
      ]);
      return { results, pagination: { page, pageSize, total } };
    },
  };
};

export type History = ReturnType<typeof history>;
export default history;
