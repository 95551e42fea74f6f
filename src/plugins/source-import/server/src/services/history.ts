import os from 'node:os';
import { randomUUID } from 'node:crypto';
import type { Core } from '@strapi/strapi';
import { countByStatus, type FileResult, type ImportStatus, type RunOrigin } from '../import/outcome';

const RUN = 'plugin::source-import.import-run';

export type { FileResult, RunOrigin };

/** This process, among all that write runs to the database (a pid alone is reused: pid 1 in every container). */
const INSTANCE = randomUUID();

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
  const lastSign = new Date(run.heartbeatAt ?? run.startedAt).getTime();
  return now - lastSign > STALE_AFTER_MS;
};

/** The history of imports kept in the database: who, when, which files, and the result. */
const history = ({ strapi }: { strapi: Core.Strapi }) => ({
  async start(run: {
    origin: RunOrigin;
    startedBy?: string | null;
    dryRun?: boolean;
    publish?: boolean;
    /** a re-read (with the reader's version it reads with), else an import */
    kind?: 'import' | 'reread';
    readerVersion?: string;
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
      select: ['id', 'startedAt', 'heartbeatAt', 'host', 'pid', 'instance'],
    })) as RunRow[];
    const dead = running.filter((run) => isDeadRun(run));
    for (const run of dead) {
      // `state: running` again in the where: a run that finished meanwhile is left alone.
      await strapi.db.query(RUN).update({
        where: { id: run.id, state: 'running' },
        data: { state: 'interrupted', finishedAt: run.heartbeatAt ?? run.startedAt },
      });
    }
    if (dead.length > 0) strapi.log.warn(`source-import: ${dead.length} import run(s) whose process died marked interrupted`);
    return dead.length;
  },

  async list({ page = 1, pageSize = 20 }: { page?: number; pageSize?: number } = {}) {
    const [results, total] = await Promise.all([
      strapi.db.query(RUN).findMany({ orderBy: { startedAt: 'desc' }, offset: (page - 1) * pageSize, limit: pageSize }),
      strapi.db.query(RUN).count(),
    ]);
    return { results, pagination: { page, pageSize, total } };
  },
});

export type History = ReturnType<typeof history>;
export default history;
