/**
 * One more node of the app on the test's database, for the background runs' tests
 * (`node --import tsx tests/helpers/app-node.ts`, with the DATABASE_* of the test's app): boots
 * Strapi without an HTTP server, its background worker on, says `app-node:ready <instance>` on
 * stdout, and works until it is killed (SIGTERM: it stops once the batch in hand is recorded).
 * With APP_NODE_DIE_IN_BATCH=N it kills itself (SIGKILL) in its Nth batch, once the batch's
 * documents are imported and before the batch is recorded done: the worst place to die.
 */
import path from 'node:path';
import readline from 'node:readline';
import { spawn, type ChildProcess } from 'node:child_process';
import { createStrapi } from '@strapi/strapi';
import { INSTANCE } from '../../src/plugins/source-import/server/src/services/history';
import type { Background } from '../../src/plugins/source-import/server/src/services/background';
import type { Importer } from '../../src/plugins/source-import/server/src/services/importer';

const appDir = path.resolve(__dirname, '..', '..');
export const NODE_SAYS = 'app-node:';

async function main() {
  // The worker starts once the node is ready (and its importer wrapped, to die on cue).
  process.env.IMPORT_WORKER = 'false';
  const strapi = await createStrapi({ appDir, distDir: path.join(appDir, 'dist'), autoReload: false, serveAdminPanel: false }).load();
  const dieIn = Number(process.env.APP_NODE_DIE_IN_BATCH ?? 0);
  if (dieIn > 0) {
    const importer = strapi.plugin('source-import').service('importer') as Importer;
    const importDocuments = importer.importDocuments.bind(importer);
    let batches = 0;
    importer.importDocuments = async (inputs) => {
      const answers = await importDocuments(inputs);
      batches += 1;
      if (batches === dieIn) process.kill(process.pid, 'SIGKILL');
      return answers;
    };
  }
  strapi.config.set('plugin::source-import.background.worker', true);
  (strapi.plugin('source-import').service('background') as Background).start();
  process.stdout.write(`${NODE_SAYS}ready ${INSTANCE}\n`);
  process.once('SIGTERM', () => {
    strapi.destroy().then(() => process.exit(0), () => process.exit(1));
  });
}

/** A node started by `startNode`: its process, its instance name, and its end. */
export interface AppNode {
  child: ChildProcess;
  instance: string;
  exited: Promise<void>;
}

/**
 * Starts another node of the app (this file, as its own process) with `env` (the test app's
 * DATABASE_* among them) and resolves once it says it is ready; rejects with its output if it
 * exits before.
 */
export function startNode(env: NodeJS.ProcessEnv, { dieInBatch }: { dieInBatch?: number } = {}): Promise<AppNode> {
  const child = spawn(process.execPath, ['--import', 'tsx', __filename], {
    cwd: appDir,
    env: { ...env, LOG_LEVEL: 'warn', APP_NODE_DIE_IN_BATCH: String(dieInBatch ?? 0) },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stderr!.on('data', (chunk) => (output += chunk));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  return new Promise((resolve, reject) => {
    readline.createInterface({ input: child.stdout! }).on('line', (line) => {
      output += `${line}\n`;
      if (line.startsWith(`${NODE_SAYS}ready `)) resolve({ child, instance: line.slice(`${NODE_SAYS}ready `.length), exited });
    });
    exited.then(() => reject(new Error(`the app node exited (${child.exitCode ?? child.signalCode}) before it was ready:\n${output}`)));
  });
}

if (require.main === module) {
  main().catch((error) => {
    process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
    process.exit(1);
  });
}
