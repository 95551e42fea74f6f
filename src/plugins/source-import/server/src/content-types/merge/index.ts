/**
 * One merge of duplicates: a person or an organization folded into another (services/merge.ts),
 * kept beside the import runs so that the history says who merged what, when, and what moved.
 */
export default {
  schema: {
    kind: 'collectionType',
    collectionName: 'source_import_merges',
    info: {
      singularName: 'merge',
      pluralName: 'merges',
      displayName: 'Merge',
      description: 'Duplicates merged: which entry was kept, which was removed, what moved.',
    },
    options: { draftAndPublish: false },
    pluginOptions: {
      'content-manager': { visible: false },
      'content-type-builder': { visible: false },
    },
    attributes: {
      entityType: { type: 'enumeration', enum: ['person', 'organization'], required: true },
      mergedBy: { type: 'string' },
      mergedAt: { type: 'datetime', required: true },
      /** the entry kept: documentId and name */
      kept: { type: 'json' },
      /** the entry removed, as it was: documentId, name, aliases (and acronym, kind) */
      removed: { type: 'json' },
      /** how many links of each relation moved, and the names the kept entry took on */
      moved: { type: 'json' },
    },
  },
};
