/**
 * A batch of a background run (services/background.ts): the documents an editor dropped,
 * waiting to be imported by whichever app node claims the batch. On PostgreSQL a node claims
 * it by locking its row (`FOR UPDATE SKIP LOCKED`) for as long as it imports it, so two nodes
 * never take the same batch and a node that dies gives it back with its connection; the batch
 * becomes `done`, with its report lines, in the transaction that held the lock.
 */
export default {
  schema: {
    kind: 'collectionType',
    collectionName: 'source_import_batches',
    info: {
      singularName: 'import-batch',
      pluralName: 'import-batches',
      displayName: 'Import batch',
      description: 'The documents of a background import run, a batch at a time.',
    },
    options: { draftAndPublish: false },
    pluginOptions: {
      'content-manager': { visible: false },
      'content-type-builder': { visible: false },
    },
    attributes: {
      /** the run (import-run) it belongs to */
      runId: { type: 'integer', required: true },
      /** the place in the run of its first document (0 for the first batch) */
      firstIndex: { type: 'integer', required: true },
      state: { type: 'enumeration', enum: ['pending', 'done'], default: 'pending' },
      /** the documents, as JSON text (`text`, or `base64` for bytes; fileName, headline, sourceUrl) */
      documents: { type: 'text' },
      /** a line of the report per document, once done */
      results: { type: 'json' },
      /** the process (history's instance id) that did it, and when */
      doneBy: { type: 'string' },
      doneAt: { type: 'datetime' },
    },
  },
};
