const can = (action: 'read' | 'import' | 'merge') => [
  { name: 'admin::hasPermissions', config: { actions: [`plugin::source-import.${action}`] } },
];

export default {
  /** For the admin page, behind the plugin's RBAC actions. */
  admin: {
    type: 'admin',
    routes: [
      { method: 'POST', path: '/check', handler: 'admin.check', config: { policies: can('read') } },
      { method: 'GET', path: '/runs', handler: 'admin.runs', config: { policies: can('read') } },
      { method: 'POST', path: '/imports', handler: 'admin.import', config: { policies: can('import') } },
      // Background runs: many files stored at once, imported by the server (services/background.ts).
      { method: 'POST', path: '/runs', handler: 'admin.enqueue', config: { policies: can('import') } },
      { method: 'POST', path: '/runs/:id/documents', handler: 'admin.append', config: { policies: can('import') } },
      { method: 'GET', path: '/runs/:id', handler: 'admin.run', config: { policies: can('read') } },
      // A re-read of the archive with the current reader, in the background (the history's button).
      { method: 'POST', path: '/rereads', handler: 'admin.reread', config: { policies: can('import') } },
      { method: 'POST', path: '/merges', handler: 'merges.merge', config: { policies: can('merge') } },
      { method: 'GET', path: '/merges', handler: 'merges.list', config: { policies: can('read') } },
      // An article's captured source (a private field) and its quotes' places, for the edit view.
      { method: 'GET', path: '/provenance/articles/:documentId', handler: 'provenance.article', config: { policies: can('read') } },
      { method: 'GET', path: '/provenance/quotes/:documentId', handler: 'provenance.quote', config: { policies: can('read') } },
    ],
  },
  /**
   * For pipelines: /api/source-import/check and /api/source-import/imports. Closed by default;
   * opened per role (users-permissions) or per API token.
   */
  'content-api': {
    type: 'content-api',
    routes: [
      { method: 'POST', path: '/check', handler: 'content-api.check', config: { policies: [] } },
      { method: 'POST', path: '/imports', handler: 'content-api.import', config: { policies: [] } },
      { method: 'POST', path: '/runs', handler: 'content-api.enqueue', config: { policies: [] } },
      { method: 'POST', path: '/runs/:id/documents', handler: 'content-api.append', config: { policies: [] } },
      { method: 'GET', path: '/runs/:id', handler: 'content-api.run', config: { policies: [] } },
    ],
  },
};
