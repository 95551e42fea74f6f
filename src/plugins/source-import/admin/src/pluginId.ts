export const pluginId = 'source-import';

/** The plugin's RBAC actions (registered by the server's bootstrap). */
export const PERMISSIONS = {
  read: [{ action: `plugin::${pluginId}.read`, subject: null }],
  import: [{ action: `plugin::${pluginId}.import`, subject: null }],
  merge: [{ action: `plugin::${pluginId}.merge`, subject: null }],
};

/** The same limit as the server's IMPORT_MAX_BYTES default: a larger file is refused before it is read. */
export const MAX_FILE_BYTES = 5 * 1024 * 1024;
