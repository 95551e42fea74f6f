/** One import: who started it, from where, which files, and what became of each. */
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
      startedBy: { type: 'string' },
      startedAt: { type: 'datetime', required: true },
      finishedAt: { type: 'datetime' },
      state: { type: 'enumeration', enum: ['running', 'finished', 'interrupted'], default: 'running' },
      dryRun: { type: 'boolean', default: false },
      publish: { type: 'boolean', default: false },
      totals: { type: 'json' },
      files: { type: 'json' },
    },
  },
};
