/**
 * The identity of every imported source: which article it became and the fingerprint of what
 * was imported. The unique `sourceKey` is what makes two concurrent imports of one document end
 * with one article: the second one's insert fails on the index and is retried as a re-import.
 */
export default {
  schema: {
    kind: 'collectionType',
    collectionName: 'source_import_documents',
    info: {
      singularName: 'imported-document',
      pluralName: 'imported-documents',
      displayName: 'Imported document',
    },
    options: { draftAndPublish: false },
    pluginOptions: {
      'content-manager': { visible: false },
      'content-type-builder': { visible: false },
    },
    attributes: {
      // column.unique makes Strapi create a real unique index; `unique` alone is only validated in JS.
      sourceKey: { type: 'string', required: true, unique: true, column: { unique: true } },
      contentHash: { type: 'string', required: true },
      fingerprint: { type: 'string', required: true },
      sourceUrl: { type: 'text' },
      fileName: { type: 'text' },
      articleDocumentId: { type: 'string', required: true },
      headline: { type: 'string' },
      /** the headline the editor supplied at import: a re-read keeps it */
      suppliedHeadline: { type: 'string' },
      /** the version of the reader that read it (null: before versions were kept) */
      readerVersion: { type: 'string' },
      /**
       * What the importer wrote of the article, a short hash per field (import/written.ts): a
       * re-read applies a new reading only where the article still holds it. Null for an
       * article imported before it was kept (services/reread.ts says what then).
       */
      written: { type: 'json' },
    },
  },
};
