/**
 * One import: who started it, from where, which files, and what became of each. A run whose
 * process died stays `running` until the next start or run finds it dead (services/history.ts):
 * by its `host` and `pid` (and `instance`, as pids are reused) on the same machine, else by a
 * `heartbeatAt` that stopped; it is then `interrupted`.
 */
export default {
  schema: {
    kind: 'collectionType',
    collectionName: 'source_import_runs',
    info: {
      singularName: 'import-run',
      pluralName: 'import-runs',
      displayName: 'Import run',
      description: 'The history of imports: who, when, which files, result.',
    },
    options: { draftAndPublish: false },
    pluginOptions: {
      'content-manager': { visible: false },
      'content-type-builder': { visible: false },
    },
    attributes: {
      origin: { type: 'enumeration', enum: ['admin', 'api', 'cli', 'startup'], required: true },
      /** an import of documents, or a re-read of the articles imported with the current reader */
      kind: { type: 'enumeration', enum: ['import', 'reread'], default: 'import' },
      /** a re-read: the reader's version it read with, and the versions the articles were read with before (version: count) */
      readerVersion: { type: 'string' },
      readerVersionsBefore: { type: 'json' },
      startedBy: { type: 'string' },
      startedAt: { type: 'datetime', required: true },
      finishedAt: { type: 'datetime' },
      /** written every 30 s while the run is alive */
      heartbeatAt: { type: 'datetime' },
      host: { type: 'string' },
      pid: { type: 'integer' },
      /** the process that runs it, as a random id of that process */
      instance: { type: 'string' },
      state: { type: 'enumeration', enum: ['running', 'finished', 'interrupted'], default: 'running' },
      dryRun: { type: 'boolean', default: false },
      publish: { type: 'boolean', default: false },
      totals: { type: 'json' },
      files: { type: 'json' },
      /**
       * A background run (services/background.ts): its documents wait in import batches for
       * the app's nodes, it belongs to no process (never found dead by its pid or heartbeat),
       * and it finishes when it is `sealed` (every document sent) and its last batch is done.
       */
      background: { type: 'boolean', default: false },
      sealed: { type: 'boolean', default: true },
      /** the documents sent so far (a background run's files fill in as its batches are done) */
      fileCount: { type: 'integer' },
    },
  },
};
