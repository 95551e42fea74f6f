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
    },
  },
};
