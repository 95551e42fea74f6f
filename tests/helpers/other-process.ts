/**
 * Another process of the app on the same database, for the read cache's two-process test
 * (`node --import tsx tests/helpers/other-process.ts`, with the DATABASE_* of the test's app):
 * boots Strapi without an HTTP server, then, for each line `{ "documentId", "lead" }` on
 * stdin, updates the article's lead and publishes it through the Document Service, in one
 * transaction, and answers `written <lead>` on stdout once it is committed. Strapi's own log
 * lines are left to pass.
 */
import path from 'node:path';
import readline from 'node:readline';
import { createStrapi } from '@strapi/strapi';

const appDir = path.resolve(__dirname, '..', '..');
export const ANSWER = 'other-process:';

async function main() {
  const strapi = await createStrapi({ appDir, distDir: path.join(appDir, 'dist'), autoReload: false, serveAdminPanel: false }).load();
  const articles = strapi.documents('api::article.article');
  process.stdout.write(`${ANSWER}ready\n`);
  for await (const line of readline.createInterface({ input: process.stdin })) {
    const { documentId, lead } = JSON.parse(line) as { documentId: string; lead: string };
    // One write: the draft and its publication committed together.
    await strapi.db.transaction(async () => {
      await articles.update({ documentId, data: { lead } as never });
      await articles.publish({ documentId });
    });
    process.stdout.write(`${ANSWER}written ${lead}\n`);
  }
  await strapi.destroy();
}

if (require.main === module) {
  main().catch((error) => {
    process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
    process.exit(1);
  });
}
