import type { Core } from '@strapi/strapi';
import { countByStatus, type FileResult, type RunOrigin } from '../import/outcome';

const RUN = 'plugin::source-import.import-run';

export type { FileResult, RunOrigin };

/** The history of imports kept in the database: who, when, which files, and the result. */
const history = ({ strapi }: { strapi: Core.Strapi }) => ({
  async start(run: { origin: RunOrigin; startedBy?: string | null; dryRun?: boolean; publish?: boolean }) {
    return strapi.db.query(RUN).create({
      data: {
        origin: run.origin,
        startedBy: run.startedBy ?? null,
        startedAt: new Date(),
        state: 'running',
        dryRun: Boolean(run.dryRun),
        publish: Boolean(run.publish),
        files: [],
        totals: {},
      },
    });
  },

  async finish(id: number, files: FileResult[], state: 'finished' | 'interrupted' = 'finished') {
    return strapi.db.query(RUN).update({
      where: { id },
      data: { files, totals: countByStatus(files), state, finishedAt: new Date() },
    });
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
