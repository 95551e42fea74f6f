import path from 'node:path';
import { readFile } from 'node:fs/promises';
import type { Core } from '@strapi/strapi';
import type { Background } from './services/background';
import type { History } from './services/history';
import type { Runner } from './services/runner';
import { ensureIndexes } from './indexes';

/** The plugin's RBAC actions, given to roles in Settings → Roles. */
const ACTIONS = [
  { section: 'plugins', displayName: 'Check documents and read the import history', uid: 'read', pluginName: 'source-import' },
  { section: 'plugins', displayName: 'Import documents', uid: 'import', pluginName: 'source-import' },
  { section: 'plugins', displayName: 'Merge duplicate people and organizations', uid: 'merge', pluginName: 'source-import' },
];

const bootstrap = async ({ strapi }: { strapi: Core.Strapi }) => {
  await strapi.service('admin::permission').actionProvider.registerMany(ACTIONS);
  await ensureIndexes(strapi);
  // Runs left `running` by a process that died (a CLI killed with kill -9, a crash).
  await (strapi.plugin('source-import').service('history') as History).markInterrupted();
  await importOnStart(strapi);
  // Background runs left waiting by a restart (or sent to another node) are taken up here.
  (strapi.plugin('source-import').service('background') as Background).start();
};

/**
 * Imports the configured files (a fresh install's seed document) at every start, through the
 * runner. A document already imported is `unchanged` and leaves no trace; a new one is recorded
 * in the history.
 */
async function importOnStart(strapi: Core.Strapi) {
  const files = ((strapi.config.get('plugin::source-import.importOnStart') ?? []) as string[]).filter(Boolean);
  if (files.length === 0) return;
  const runner = strapi.plugin('source-import').service('runner') as Runner;
  const { lines } = await runner.run({
    ...runner.importWork(
      {},
      async (file: string) => ({ document: { text: new Uint8Array(await readFile(path.resolve(strapi.dirs.app.root, file))), fileName: path.basename(file) } }),
      (file) => path.basename(file),
    ),
    items: files,
    history: { mode: 'changes', run: { origin: 'startup', startedBy: 'start-up' } },
    hooks: {
      progress: ({ line }) => {
        if (line.result.status === 'failed') strapi.log.warn(`source-import: could not import ${line.fileName} on start: ${line.result.reason}`);
      },
    },
  });
  const changed = lines.filter((line) => line && line.result.status !== 'unchanged').length;
  if (changed > 0) strapi.log.info(`source-import: imported ${changed} document(s) on start`);
}

export default bootstrap;
