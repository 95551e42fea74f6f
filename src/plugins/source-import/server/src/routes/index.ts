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
      { method: 'POST', path: '/merges', handler: 'merges.merge', config: { policies: can('merge') } },
      { method: 'GET', path: '/merges', handler: 'merges.list', config: { policies: can('read') } },
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
    ],
  },
};
