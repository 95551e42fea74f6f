/**
 * Merging duplicates in the admin: an editor opens a person the reader created twice (under a
 * transliteration), picks "Merge into…", chooses the entry to keep, and the quotes move to it.
 * The real app (`strapi start` on a fresh SQLite file) and Debian's Chromium; invented pages.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { CHROMIUM, appDir, ensureAdminBuild, evidence, launchBrowser, logIn, startApp, type RunningApp } from './app';

const PERSON = 'api::person.person';

const haveBrowser = fs.existsSync(CHROMIUM);
if (!haveBrowser && process.env.CI) throw new Error(`CI needs Chromium at ${CHROMIUM} (apt-get install -y chromium)`);
const browserTest = haveBrowser ? test : test.skip;

let app: RunningApp;
let browser: Browser;
let page: Page;
let token: string;

const page1 = (clock: string, name: string, words: string) => `${clock} GMT 12 March 2021
Harbour talks resume

OSTRAVA (Sputnik) - Talks between the port authority and dock workers resumed on Friday.

"${words}," ${name}, a spokeswoman for the Baltic Freight Union, told reporters.

Tags: harbour, strike
`;

/** The admin API, as the logged-in editor. */
const api = async (method: string, route: string, body?: unknown) => {
  const response = await fetch(`${app.url}${route}`, {
    method,
    headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`${method} ${route}: ${response.status} ${await response.text()}`);
  return response.json() as Promise<any>;
};
const peopleNamed = async (q: string) =>
  (await api('GET', `/content-manager/collection-types/${PERSON}?_q=${encodeURIComponent(q)}&pageSize=50`)).results as Array<{
    documentId: string;
    name: string;
    aliases: string[] | null;
  }>;
const quotesOf = async (documentId: string) =>
  (await api('GET', `/content-manager/relations/${PERSON}/${documentId}/quotes?pageSize=50`)).results as unknown[];

beforeAll(async () => {
  if (!haveBrowser) return;
  ensureAdminBuild();
  app = await startApp();
  const login = await fetch(`${app.url}/admin/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email: app.admin.email, password: app.admin.password }),
  });
  token = ((await login.json()) as { data: { token: string } }).data.token;
  await api('POST', '/source-import/imports', {
    documents: [
      { text: page1('10:01', 'Jana Vorlickova', 'We will not sign a deal that cuts pensions'), fileName: 'one.txt' },
      { text: page1('10:02', 'Yana Vorlichkova', 'The port cannot run without us'), fileName: 'two.txt' },
    ],
  });
  browser = await launchBrowser();
  page = await browser.newPage({ viewport: { width: 1440, height: 1000 } });
  await page.route(/^(?!http:\/\/127\.0\.0\.1)/, (route) => route.abort());
});

afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

const step = <T>(name: string, action: () => Promise<T>) => evidence(app, page, 'admin-merge', name, action);

browserTest('an editor merges a person found twice into the one to keep; a later import of the other name finds it', async () => {
  const [kept] = await peopleNamed('Jana Vorlickova');
  const [removed] = await peopleNamed('Yana Vorlichkova');
  expect(kept?.name).toBe('Jana Vorlickova');
  expect(removed?.name).toBe('Yana Vorlichkova');
  const quotesBefore = (await quotesOf(kept.documentId)).length + (await quotesOf(removed.documentId)).length;

  await step('log in', () => logIn(app, page));

  await step('open the duplicate and choose "Merge into…"', async () => {
    await page.goto(`${app.url}/admin/content-manager/collection-types/${PERSON}/${removed.documentId}`);
    await page.getByRole('button', { name: /more actions/i }).first().click({ timeout: 60_000 });
    await page.getByRole('menuitem', { name: /merge into/i }).click();
    await page.getByRole('dialog').getByText(/pick the entry to keep/i).waitFor();
  });

  await step('pick the person to keep and merge', async () => {
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel(/find the entry to keep/i).fill('Vorlickova');
    await dialog.getByRole('radio', { name: /Jana Vorlickova/ }).click({ timeout: 30_000 });
    await page.screenshot({ path: path.join(appDir, 'docs', 'merge-dialog.png') });
    await dialog.getByRole('button', { name: /merge and delete/i }).click();
    await page.waitForURL(new RegExp(`${kept.documentId}$`), { timeout: 30_000 });
  });

  expect(await peopleNamed('Yana Vorlichkova')).toEqual([]);
  expect(await peopleNamed('Jana Vorlickova')).toEqual([
    expect.objectContaining({ documentId: kept.documentId, aliases: expect.arrayContaining(['Yana Vorlichkova']) }),
  ]);
  expect((await quotesOf(kept.documentId)).length).toBe(quotesBefore);

  const later = await api('POST', '/source-import/imports', { documents: [{ text: page1('10:03', 'Yana Vorlichkova', 'We are ready to talk all night') }] });
  expect(later.data[0].outcome.people).toEqual(expect.arrayContaining([expect.objectContaining({ documentId: kept.documentId })]));
  // No new person for the removed name: it is an alias of the kept one now.
  expect(await peopleNamed('Vorlichkova')).toEqual([]);
});
