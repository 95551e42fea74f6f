import path from 'node:path';
import { readFile } from 'node:fs/promises';
import type { Core } from '@strapi/strapi';
import type { Importer } from './services/importer';
import type { History } from './services/history';
import { failureOf, toFileResult } from './services/runner';
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
};

/**
 * Imports the configured files (a fresh install's seed document) at every start. A document
 * already imported is `unchanged` and leaves no trace; a new one is recorded in the history.
 */
async function importOnStart(strapi: Core.Strapi) {
  const files = ((strapi.config.get('plugin::source-import.importOnStart') ?? []) as string[]).filter(Boolean);
  if (files.length === 0) return;
  const importer = strapi.plugin('source-import').service('importer') as Importer;
  const results = [];
  for (const file of files) {
    const absolute = path.resolve(strapi.dirs.app.root, file);
    const fileName = path.basename(file);
    try {
      const outcome = await importer.importDocument({ text: new Uint8Array(await readFile(absolute)), fileName });
      if (outcome.status !== 'unchanged') results.push(toFileResult(fileName, outcome));
    } catch (error) {
      const failure = failureOf(strapi, fileName, error);
      strapi.log.warn(`source-import: could not import ${file} on start: ${failure.message}`);
      results.push({ fileName, status: 'failed' as const, reason: failure.message });
    }
  }
  if (results.length === 0) return;
  const history = strapi.plugin('source-import').service('history') as History;
  const run = await history.start({ origin: 'startup', startedBy: 'start-up' });
  await history.finish(run.id, results);
  strapi.log.info(`source-import: imported ${results.length} document(s) on start`);
}

export default bootstrap;
