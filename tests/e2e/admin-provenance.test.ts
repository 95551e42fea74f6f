/**
 * The mended import page and the provenance panel, end to end: the real app (`strapi start` on a
 * fresh SQLite file), Debian's Chromium. An editor imports the seed page, follows a link and
 * comes back (Back), re-imports it (`unchanged`), dry-runs a new page (`would create`, listed as
 * a dry run), then reads the article's captured source beside its edit view, and a quote's place.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Browser, Locator, Page } from 'playwright-core';
import {
  CHROMIUM,
  appDir,
  browserTestOrSkip,
  ensureAdminBuild,
  evidence as recorded,
  launchBrowser,
  logIn,
  startApp,
  type RunningApp,
} from './app';

const SEED = path.join(appDir, 'tests', 'fixtures', 'seed', '000_e6ea2678bb7cae54.txt');
const SECOND = path.join(appDir, 'tests', 'fixtures', 'import', 'second-document.txt');
const ARTIFACTS = path.join(appDir, 'artifacts');
const seedText = () => fs.readFileSync(SEED, 'utf8');

const browserTest = browserTestOrSkip();

let app: RunningApp;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  if (!fs.existsSync(CHROMIUM)) return;
  ensureAdminBuild();
  app = await startApp();
  browser = await launchBrowser();
  page = await browser.newPage({ viewport: { width: 1440, height: 1200 } });
  await page.route(/^(?!http:\/\/127\.0\.0\.1)/, (route) => route.abort());
  fs.mkdirSync(ARTIFACTS, { recursive: true });
});

afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

const evidence = <T>(step: string, action: () => Promise<T>) =>
  recorded(app, page, 'admin-provenance', step, action);

const closeBanner = async () => {
  const banner = page.getByRole('button', { name: /close the banner/i });
  await banner.waitFor({ timeout: 3_000 }).then(
    () => banner.click(),
    () => undefined,
  );
};

/** The text of the notice Strapi shows after an action (the latest one). */
const notice = (text: RegExp) => page.getByRole('status').filter({ hasText: text }).or(page.getByRole('alert').filter({ hasText: text })).first();

/** Distinct quotes highlighted in a source view. */
const highlightedQuotes = async (scope: Locator) =>
  new Set(await scope.locator('[data-quote]').evaluateAll((els) => els.map((el) => el.getAttribute('data-quote')))).size;

/** Whether an element lies within the visible part of its scrolling box. */
const visibleIn = (element: Locator, box: Locator) =>
  Promise.all([element.boundingBox(), box.boundingBox()]).then(([e, b]) => !!e && !!b && e.y >= b.y - 1 && e.y + Math.min(e.height, 20) <= b.y + b.height + 1);

let articleUrl = '';

browserTest('the import page says what happened, labels dry runs and keeps its state across Back', async () => {
  await evidence('log in and open the page', async () => {
    await logIn(page, app);
    await page.getByRole('link', { name: 'Source import' }).click();
    await page.getByRole('heading', { name: 'Source import', level: 1 }).waitFor();
    await closeBanner();
  });

  const result = page.getByTestId('import-result');
  await evidence('paste the seed and import it', async () => {
    await page.getByLabel('Captured page').fill(seedText());
    await page.locator('[data-rule="missing-headline"]').waitFor({ timeout: 30_000 });
    await page.getByRole('button', { name: 'Import', exact: true }).click();
    await result.waitFor({ timeout: 60_000 });
    // no headline: imported, and left a draft
    await notice(/Import done: 1 draft, 0 failed/).waitFor({ timeout: 10_000 });
  });
  expect(await result.locator('[data-status]').allTextContents()).toEqual(['draft']);

  await evidence('follow the link to the article, then Back: the text and the result are still there', async () => {
    await result.getByRole('link', { name: 'Open the article' }).click();
    await page.waitForURL(/\/content-manager\/collection-types\/api::article\.article\/[a-z0-9]+/);
    articleUrl = page.url();
    await page.locator('input[name="headline"]').waitFor({ timeout: 30_000 });
    await page.goBack();
    await page.getByRole('heading', { name: 'Source import', level: 1 }).waitFor();
    await result.waitFor({ timeout: 10_000 });
  });
  expect(await result.locator('[data-status]').allTextContents()).toEqual(['draft']);
  await page.getByRole('tab', { name: 'Edit text' }).click();
  expect((await page.getByLabel('Captured page').inputValue()).replace(/\r\n?/g, '\n')).toBe(seedText().replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n'));
  // and it was checked again: the diagnostics are back
  await page.locator('[data-rule="missing-headline"]').waitFor({ timeout: 30_000 });

  await evidence('import the same page again: unchanged, and the notice says so', async () => {
    await page.getByRole('button', { name: 'Import', exact: true }).click();
    await notice(/Import done: 1 unchanged, 0 failed/).waitFor({ timeout: 60_000 });
  });
  expect(await result.locator('[data-status]').allTextContents()).toEqual(['unchanged']);

  await evidence('dry-run a new page with a headline beside it', async () => {
    await page.getByRole('button', { name: 'Paste another page' }).click();
    await page.getByLabel('Captured page').fill(fs.readFileSync(SECOND, 'utf8'));
    await page.getByLabel('Headline').fill('A second page, dry-run');
    await page.getByTestId('check-status').getByText('with your headline').waitFor({ timeout: 30_000 });
    await page.getByRole('button', { name: 'Dry run', exact: true }).click();
    await notice(/Dry run, nothing was written: 1 would create, 1 unchanged, 0 would fail/).waitFor({ timeout: 60_000 });
  });
  expect(await result.getByRole('heading').first().innerText()).toMatch(/Dry run/);
  expect((await result.locator('[data-status]').allTextContents()).sort()).toEqual(['unchanged', 'would create']);

  const history = page.getByRole('region', { name: 'Import history' });
  await evidence('the history lists the dry run as one', async () => {
    await history.locator('tr[data-dry-run="true"]').first().waitFor({ timeout: 30_000 });
  });
  const dryRow = history.locator('tr[data-dry-run="true"]').first();
  expect(await dryRow.textContent()).toMatch(/dry run/i);
  expect(await dryRow.innerText()).toMatch(/1 would create, 1 unchanged, 0 would fail/);
  expect(await history.locator('tr[data-dry-run="false"]').count()).toBe(2);
  await result.evaluate((el) => el.scrollIntoView({ block: 'start' }));
  // The README's pictures (docs/admin-import-mended.png, docs/admin-import-history.png) are copies of these.
  await page.screenshot({ path: path.join(ARTIFACTS, 'admin-import-mended.png') });
  await history.screenshot({ path: path.join(ARTIFACTS, 'admin-import-history.png') });
});

browserTest("the article's edit view shows its captured source, every quote highlighted, and a quote its place", async () => {
  expect(articleUrl).not.toBe('');
  const panel = page.getByTestId('provenance-panel');
  await evidence('open the article: the provenance panel', async () => {
    await page.goto(articleUrl);
    await panel.waitFor({ timeout: 30_000 });
    await panel.locator('[data-quote]').first().waitFor({ timeout: 30_000 });
  });
  expect(await highlightedQuotes(panel)).toBe(14);
  expect(await panel.locator('[data-quote-item]').count()).toBe(14);
  expect(await panel.getByTestId('provenance-summary').innerText()).toMatch(/14 quotes/);

  const source = panel.getByRole('region', { name: 'Source text' });
  const last = panel.locator('[data-quote-item="13"]');
  const [line] = (await last.locator('[data-place]').innerText()).split(':');
  const mark = source.locator('[data-quote="13"]').first();
  expect(await visibleIn(mark, source)).toBe(false); // the last quote is far down the page
  await evidence('click the last quote: the source scrolls to it', async () => {
    await last.click();
    await source.locator(`[data-line="${line}"][aria-current="true"]`).waitFor({ timeout: 5_000 });
    // the source box scrolls (smoothly) until the quote is in it
    for (const deadline = Date.now() + 5_000; !(await visibleIn(mark, source)) && Date.now() < deadline; ) await page.waitForTimeout(100);
  });
  expect(await visibleIn(mark, source)).toBe(true);
  expect(await last.getAttribute('aria-pressed')).toBe('true');

  await evidence('click a diagnostic: the source shows its line', async () => {
    const diagnostic = panel.locator('[data-rule="missing-headline"]');
    const place = await diagnostic.locator('[data-place]').innerText();
    await diagnostic.click();
    await source.locator(`[data-line="${place.split(':')[0]}"][aria-current="true"]`).waitFor({ timeout: 5_000 });
  });
  await last.click();
  await panel.evaluate((el) => el.closest('aside, [role="complementary"]')?.scrollIntoView({ block: 'start' }) ?? el.scrollIntoView({ block: 'start' }));
  // The README's picture (docs/admin-provenance.png) is a copy of this one.
  await page.screenshot({ path: path.join(ARTIFACTS, 'admin-provenance.png') });

  await evidence("a quote's edit view links to its place in the source", async () => {
    const quoteLink = page.getByRole('link', { name: /Show it in the source/ });
    // A quote's edit view, opened from the Content Manager's list of quotes.
    await page.goto(`${app.url}/admin/content-manager/collection-types/api::quote.quote`);
    await page.getByRole('row').nth(1).click();
    await page.waitForURL(/api::quote\.quote\/[a-z0-9]+/);
    const quoteId = page.url().split('/').pop()!.split('?')[0];
    await page.getByTestId('quote-place').waitFor({ timeout: 30_000 });
    await quoteLink.click();
    await page.getByTestId('provenance-page').waitFor({ timeout: 30_000 });
    expect(page.url()).toContain(`quote=${quoteId}`);
    const selected = page.locator('[data-quote-item][aria-pressed="true"]');
    await selected.waitFor({ timeout: 5_000 });
    const index = await selected.getAttribute('data-quote-item');
    await page.locator(`[data-quote="${index}"]`).first().waitFor();
    const scroller = page.getByRole('region', { name: 'Source text' });
    expect(await visibleIn(page.locator(`[data-quote="${index}"]`).first(), scroller)).toBe(true);
  });
  expect(await highlightedQuotes(page.getByTestId('provenance-page'))).toBe(14);
  await page.screenshot({ path: path.join(ARTIFACTS, 'admin-provenance-full.png') });
});
