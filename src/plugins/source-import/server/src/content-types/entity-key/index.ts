/**
 * The names a person or an organization is found again by: full names, acronyms, aliases,
 * folded (lower case, no diacritics, no leading "the"). A key claimed by two entities is kept
 * with `ambiguous: true` and resolves to neither: a wrong speaker is worse than a new one.
 */
export default {
  schema: {
    kind: 'collectionType',
    collectionName: 'source_import_entity_keys',
    info: {
      singularName: 'entity-key',
      pluralName: 'entity-keys',
      displayName: 'Entity key',
    },
    options: { draftAndPublish: false },
    pluginOptions: {
      'content-manager': { visible: false },
      'content-type-builder': { visible: false },
    },
    attributes: {
      key: { type: 'string', required: true, unique: true, column: { unique: true } },
      entityType: { type: 'enumeration', enum: ['person', 'organization'], required: true },
      targetDocumentId: { type: 'string' },
      ambiguous: { type: 'boolean', default: false },
    },
  },
};
