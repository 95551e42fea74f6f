/**
 * A drop of many files, end to end: an editor drops 50 captured pages on the Source import
 * page and imports them; the server stores them as a background run; the editor reloads the
 * page while it waits, and sees the run through to its report. The app starts with no worker
 * of its own, and another node of the app (tests/helpers/app-node.ts, on the same database)
 * joins once the page was reloaded: the run cannot have finished before the reload, and what
 * imports it is not the process that answered the page.
 */
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { corpusText } from '../../bench/lib/corpus';
import { startNode, type AppNode } from '../helpers/app-node';
import { browserTestOrSkip, appDir, ensureAdminBuild, launchBrowser, startApp, type RunningApp, evidence as recorded, logIn } from './app';

const browserTest = browserTestOrSkip();
const COUNT = 50;

let app: RunningApp;
let browser: Browser;
let page: Page;
let node: AppNode | null = null;

beforeAll(async () => {
  if (browserTest === test.skip) return;
  ensureAdminBuild();
  app = await startApp({ env: { IMPORT_WORKER: 'false' } });
  browser = await launchBrowser();
  page = await browser.newPage({ viewport: { width: 1440, height: 1200 } });
  await page.route(/^(?!http:\/\/127\.0\.0\.1)/, (route) => route.abort());
});

afterAll(async () => {
  node?.child.kill('SIGKILL');
  await browser?.close();
  await app?.stop();
});

const evidence = <T>(step: string, action: () => Promise<T>) => recorded(app, page, 'admin-background', step, action);

browserTest('an editor drops 50 files, reloads the page while the server imports them, and sees the run finish', async () => {
  await evidence('log in and open the page', async () => {
    await logIn(page, app);
    await page.goto(`${app.url}/admin/plugins/source-import`);
    await page.getByRole('heading', { name: 'Source import', level: 1 }).waitFor({ timeout: 60_000 });
  });

  await evidence('drop 50 files', async () => {
    const files = Array.from({ length: COUNT }, (_, i) => ({ name: `dropped-${String(i + 1).padStart(2, '0')}.txt`, text: corpusText(900 + i) }));
    const dataTransfer = await page.evaluateHandle((list) => {
      // The page's own classes (the tests are compiled without the DOM's types).
      const { DataTransfer: Transfer, File: PageFile } = globalThis as unknown as {
        DataTransfer: new () => { items: { add: (file: unknown) => void } };
        File: new (parts: string[], name: string, options: { type: string }) => unknown;
      };
      const transfer = new Transfer();
      for (const file of list) transfer.items.add(new PageFile([file.text], file.name, { type: 'text/plain' }));
      return transfer;
    }, files);
    await page.getByText(/Drop captured pages/).dispatchEvent('drop', { dataTransfer });
    await page.getByRole('button', { name: `Import ${COUNT} documents` }).waitFor({ timeout: 30_000 });
  });

  const progress = page.getByTestId('background-progress');
  await evidence('import them: the page shows the run waiting', async () => {
    await page.getByRole('button', { name: `Import ${COUNT} documents` }).click();
    await progress.getByText(`0 of ${COUNT} documents`).waitFor({ timeout: 60_000 });
  });

  await evidence('reload: the page follows the run on', async () => {
    await page.reload();
    await progress.getByText(`of ${COUNT} documents`).waitFor({ timeout: 60_000 });
  });
  await page.screenshot({ path: path.join(appDir, 'artifacts', 'admin-background-progress.png') });

  // Another node of the app, its worker on, on the app's database.
  node = await startNode(app.env);
  const result = page.getByTestId('import-result');
  await evidence('another node imports the run; the page shows its report', async () => {
    await result.waitFor({ timeout: 240_000 });
  });
  expect(await progress.count()).toBe(0);
  const rows = result.locator('tbody tr');
  expect(await rows.count()).toBe(COUNT);
  expect(await rows.first().innerText()).toContain('dropped-01.txt');
  expect(await rows.last().innerText()).toContain(`dropped-${COUNT}.txt`);
  // Imported, each a draft awaiting its headline (the pages have none), none failed.
  expect(await result.locator('[data-status="draft"]').count()).toBe(COUNT);
  expect(await result.locator('[data-status="failed"]').count()).toBe(0);
  await page.screenshot({ path: path.join(appDir, 'artifacts', 'admin-background-done.png') });

  const history = page.getByRole('region', { name: 'Import history' });
  await evidence("re-read the archive from the history's button: the run shows there and ends", async () => {
    await history.getByRole('button', { name: 'Re-read the archive' }).click();
    const row = history.locator('tr', { has: page.getByText('re-read', { exact: true }) }).first();
    await row.waitFor({ timeout: 30_000 });
    // Followed without a reload: the same 50 articles, read by the same reader, unchanged.
    await row.getByText(`${COUNT} unchanged`).waitFor({ timeout: 120_000 });
    await row.getByText('finished').waitFor({ timeout: 30_000 });
  });
  await page.screenshot({ path: path.join(appDir, 'artifacts', 'admin-background-reread.png') });
});
