/**
 * The editors' page end to end: the real app (`strapi start` on a fresh SQLite file), Debian's
 * Chromium, the admin login form, then paste → diagnostics → headline → Import → the article
 * in the Content Manager.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { CHROMIUM, appDir, ensureAdminBuild, launchBrowser, startApp, type RunningApp, evidence as recorded, logIn } from './app';

const SEED = path.join(appDir, 'tests', 'fixtures', 'seed', '000_e6ea2678bb7cae54.txt');
const HEADLINE = 'Mosul offensive leaves more questions than answers';
const ARTIFACTS = path.join(appDir, 'artifacts');

/**
 * CI installs Debian's chromium and must run this test. Elsewhere, a machine without a browser
 * skips it, saying so, rather than failing `npm test`.
 */
const haveBrowser = fs.existsSync(CHROMIUM);
if (!haveBrowser && process.env.CI) throw new Error(`CI needs Chromium at ${CHROMIUM} (apt-get install -y chromium)`);
if (!haveBrowser) console.warn(`Skipping the browser test: no Chromium at ${CHROMIUM} (apt-get install chromium, or set CHROMIUM_PATH)`);
const browserTest = haveBrowser ? test : test.skip;

let app: RunningApp;
let browser: Browser;
let page: Page;
/** Every request of the session that answered 404: Strapi's admin asking for what is not there. */
const notFound: string[] = [];
const DOCS = path.join(appDir, 'docs');

beforeAll(async () => {
  if (!haveBrowser) return;
  ensureAdminBuild();
  app = await startApp();
  browser = await launchBrowser();
  page = await browser.newPage({ viewport: { width: 1440, height: 1200 } });
  // Outbound requests from the admin (there should be none) must not reach anywhere.
  await page.route(/^(?!http:\/\/127\.0\.0\.1)/, (route) => route.abort());
  page.on('response', (response) => {
    if (response.status() === 404) notFound.push(`${response.request().method()} ${response.url()}`);
  });
  fs.mkdirSync(ARTIFACTS, { recursive: true });
});

afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

const evidence = <T>(step: string, action: () => Promise<T>) => recorded(app, page, 'admin-import', step, action);

browserTest('an editor pastes the seed page, gives it a headline, imports it and opens the article', async () => {
  await evidence('log in', () => logIn(app, page));

  await evidence('open the page from the menu', async () => {
    await page.getByRole('link', { name: 'Source import' }).click();
    await page.getByRole('heading', { name: 'Source import', level: 1 }).waitFor();
    // Strapi's own announcement banner, when it shows, would cover the top of the screenshots.
    const banner = page.getByRole('button', { name: /close the banner/i });
    await banner.waitFor({ timeout: 5_000 }).then(
      () => banner.click(),
      () => undefined,
    );
  });

  const missingHeadline = page.locator('[data-rule="missing-headline"]');
  await evidence('paste the seed and see the diagnostics', async () => {
    await page.getByLabel('Captured page').fill(fs.readFileSync(SEED, 'utf8'));
    await missingHeadline.waitFor({ timeout: 30_000 });
  });
  expect(await missingHeadline.getAttribute('data-severity')).toBe('error');
  expect(await missingHeadline.locator('[data-place]').innerText()).toMatch(/^1:\d+$/);

  await evidence('click the diagnostic: the source shows its line', async () => {
    await missingHeadline.click();
    await page.locator('[data-line="1"][aria-current="true"]').waitFor();
  });
  // The README's picture (docs/admin-page.png) is a copy of this one.
  await page.screenshot({ path: path.join(ARTIFACTS, 'admin-page.png') });

  await evidence('type a headline and import', async () => {
    await page.getByLabel('Headline').fill(HEADLINE);
    await page.getByTestId('check-status').getByText('with your headline').waitFor({ timeout: 30_000 });
    await page.getByRole('button', { name: 'Import', exact: true }).click();
    await page.getByTestId('import-result').waitFor({ timeout: 60_000 });
  });
  const result = page.getByTestId('import-result');
  expect(await result.getByText('created', { exact: true }).count()).toBe(1);
  await evidence('the history shows the run', async () => {
    await page
      .getByRole('region', { name: 'Import history' })
      .getByText(app.admin.email)
      .waitFor({ timeout: 30_000 });
  });
  await page.screenshot({ path: path.join(ARTIFACTS, 'admin-import.png') });

  await evidence('follow the link into the Content Manager', async () => {
    await result.getByRole('link', { name: 'Open the article' }).click();
    await page.waitForURL(/\/admin\/content-manager\/collection-types\/api::article\.article\/[a-z0-9]+/);
    const headline = page.locator('input[name="headline"]');
    await headline.waitFor({ timeout: 30_000 });
    expect(await headline.inputValue()).toBe(HEADLINE);
  });
  await page.screenshot({ path: path.join(ARTIFACTS, 'admin-import-article.png') });
});

browserTest('the Content Manager reads as a newsroom tool: labels, quotes by their words, no lone publishing, no 404', async () => {
  // Continues the session above: logged in, the seed article imported, its edit view open.
  await evidence('the article edit view has human labels', async () => {
    await page.locator('input[name="headline"]').waitFor({ timeout: 30_000 });
    // A relation's label carries its count once loaded: "Quotes (14)".
    const labels = (await page.locator('label').allInnerTexts()).map((text) => text.replace(/\*$/, '').replace(/\s*\(\d+\)$/, '').trim());
    expect(labels).toEqual(expect.arrayContaining(['Headline', 'Captured', 'Source address', 'Published by the source', 'Quotes']));
    for (const raw of ['capturedAt', 'datePublished', 'sourceUrl', 'relatedHeadlines', 'headline']) expect(labels).not.toContain(raw);
    // The quotes relation names each quote by its first words and its speaker.
    const quote = page.getByText(/^“[^”]+” — [A-Z][\w.]*( [\w.-]+)+$/).first();
    await quote.waitFor({ timeout: 30_000 });
    await quote.scrollIntoViewIfNeeded();
  });
  expect(await page.getByText('Introducing the new Media Library').count()).toBe(0);
  expect(await page.getByText('Set up preview').count()).toBe(0);
  await page.screenshot({ path: path.join(DOCS, 'editor-article.png') });

  await evidence('the article list', async () => {
    await page.goto(`${app.url}/admin/content-manager/collection-types/api::article.article`);
    const table = page.getByRole('grid');
    await table.getByText(HEADLINE).first().waitFor({ timeout: 30_000 });
    const headers = (await table.locator('thead th').allTextContents()).map((text) => text.trim());
    expect(headers).toEqual(expect.arrayContaining(['Headline', 'Captured', 'Section', 'Quotes']));
  });
  await page.screenshot({ path: path.join(DOCS, 'editor-articles.png') });

  await evidence('the quote list shows the words, the speaker, the article and the kind', async () => {
    await page.goto(`${app.url}/admin/content-manager/collection-types/api::quote.quote`);
    const table = page.getByRole('grid');
    await table.getByText(/^Islamic State will seek to take advantage/).first().waitFor({ timeout: 30_000 });
    const headers = (await table.locator('thead th').allTextContents()).map((text) => text.trim());
    expect(headers).toEqual(expect.arrayContaining(['Quote', 'Speaker', 'Article', 'Kind']));
    await table.getByText('Daniel L. Byman').first().waitFor();
    await table.getByText(HEADLINE).first().waitFor();
  });
  await page.screenshot({ path: path.join(DOCS, 'editor-quotes.png') });

  await evidence('publishing one quote alone is refused, saying why', async () => {
    await page.getByRole('grid').getByText(/^Islamic State will seek to take advantage/).first().click();
    await page.waitForURL(/api::quote\.quote\/[a-z0-9]+/);
    // The offsets in the source are shown, not editable.
    await expect(page.locator('input[name="startOffset"]').isDisabled()).resolves.toBe(true);
    await page.getByRole('button', { name: 'Publish', exact: true }).click();
    // Strapi first warns that the article is a draft; the editor goes on, as the did.
    await page.getByRole('button', { name: 'Publish without relations' }).click();
    await page.getByText(/publish or unpublish the article instead/).first().waitFor({ timeout: 30_000 });
    // At once: the notice fades away.
    await page.screenshot({ path: path.join(DOCS, 'editor-quote-refused.png') });
  });

  await evidence('the home page', async () => {
    await page.goto(`${app.url}/admin`);
    await page.getByRole('heading', { level: 1 }).first().waitFor({ timeout: 30_000 });
    await page.waitForLoadState('networkidle');
    // The newsroom widget: the seed has its headline now; the import above is the latest.
    const widget = page.getByTestId('newsroom-widget');
    await widget.getByText('Every article has its headline.').waitFor({ timeout: 30_000 });
    await widget.getByText(new RegExp(app.admin.email.replace(/[.]/g, '\\.'))).waitFor();
  });
  expect(await page.getByText(/Deploy|Strapi Cloud/).count()).toBe(0);
  expect(await page.getByText('Introducing the new Media Library').count()).toBe(0);
  await page.screenshot({ path: path.join(DOCS, 'editor-home.png') });

  expect(notFound).toEqual([]);
});
