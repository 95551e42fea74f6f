import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { randomBytes, randomUUID } from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { testEnv } from '../helpers/env';

export const appDir = path.resolve(__dirname, '..', '..');

/** Debian's Chromium: nothing here may download a browser of its own. */
export const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export const launchBrowser = (): Promise<Browser> =>
  chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_FLAGS });

/** The admin is served from dist/build; it is built only when missing (~40 s, ~2 GB). */
export function ensureAdminBuild() {
  if (fs.existsSync(path.join(appDir, 'dist', 'build', 'index.html'))) return;
  // A production build, as `npm run build` makes it: Jest's NODE_ENV=test would give a development one.
  const result = spawnSync('npm', ['run', 'build'], { cwd: appDir, stdio: 'inherit', env: { ...process.env, NODE_ENV: 'production' } });
  if (result.status !== 0) throw new Error(`npm run build failed with exit code ${result.status}`);
}

const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });

export type RunningApp = {
  url: string;
  admin: { email: string; password: string };
  /** what the server printed, for a failure's message */
  output: () => string;
  /** the server's environment (its database), for another node of the app on the same data */
  env: NodeJS.ProcessEnv;
  stop: () => Promise<void>;
};

/**
 * `strapi start` as a child process on a free port and a fresh SQLite file, its first admin
 * made by the app's bootstrap from ADMIN_EMAIL / ADMIN_PASSWORD, nothing imported at start.
 */
export async function startApp({ timeoutMs = 120_000, env: extra = {} }: { timeoutMs?: number; env?: Record<string, string> } = {}): Promise<RunningApp> {
  const port = await freePort();
  const dbFile = path.join('.tmp', `e2e-${randomUUID().slice(0, 8)}.db`);
  const admin = { email: 'e2e-editor@newsroom.local', password: `E2e-${randomBytes(9).toString('base64url')}1` };
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    ...testEnv(),
    HOST: '127.0.0.1',
    PORT: String(port),
    DATABASE_CLIENT: 'sqlite',
    DATABASE_FILENAME: dbFile,
    IMPORT_ON_START: '',
    ADMIN_EMAIL: admin.email,
    ADMIN_PASSWORD: admin.password,
    LOG_LEVEL: process.env.LOG_LEVEL || 'info',
    ...extra,
  };

  // Not a Jest worker: strapi-server.js registers its TypeScript loader only outside Jest.
  delete env.JEST_WORKER_ID;

  let output = '';
  const child: ChildProcess = spawn(path.join(appDir, 'node_modules', '.bin', 'strapi'), ['start'], {
    cwd: appDir,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.on('data', (chunk) => (output += chunk));
  child.stderr?.on('data', (chunk) => (output += chunk));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));

  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
      await exited;
      clearTimeout(timer);
    }
    for (const suffix of ['', '-wal', '-shm', '-journal']) fs.rmSync(path.join(appDir, dbFile + suffix), { force: true });
  };

  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (child.exitCode !== null) {
      await stop();
      throw new Error(`strapi start exited with code ${child.exitCode}:\n${output}`);
    }
    try {
      const response = await fetch(`${url}/_health`);
      if (response.status === 204) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`strapi start was not healthy within ${timeoutMs} ms:\n${output}`);
    }
    await new Promise((r) => setTimeout(r, 500));
  }

  return { url, admin, output: () => output, env, stop };
}

/**
 * `test`, or `test.skip` on a machine without Chromium (saying so). CI installs Debian's
 * chromium and must run the browser tests: there, a missing browser is an error.
 */
export function browserTestOrSkip(): jest.It {
  const haveBrowser = fs.existsSync(CHROMIUM);
  if (!haveBrowser && process.env.CI) throw new Error(`CI needs Chromium at ${CHROMIUM} (apt-get install -y chromium)`);
  if (!haveBrowser) console.warn(`Skipping the browser test: no Chromium at ${CHROMIUM} (apt-get install chromium, or set CHROMIUM_PATH)`);
  return haveBrowser ? test : test.skip;
}

/**
 * Runs one step of a browser test; on a failure, keeps a screenshot under `artifacts/` and
 * says what the server printed last.
 */
export async function evidence<T>(app: RunningApp, page: Page, name: string, step: string, action: () => Promise<T>): Promise<T> {
  try {
    return await action();
  } catch (error) {
    const artifacts = path.join(appDir, 'artifacts');
    fs.mkdirSync(artifacts, { recursive: true });
    await page.screenshot({ path: path.join(artifacts, `${name}-failure.png`) }).catch(() => undefined);
    const server = app.output().split('\n').slice(-40).join('\n');
    throw new Error(`${step}: ${(error as Error).message}\n--- server output (last lines) ---\n${server}`);
  }
}

/** Logs in through the admin's form as the app's first admin. */
export async function logIn(page: Page, app: RunningApp) {
  await page.goto(`${app.url}/admin/auth/login`);
  await page.locator('input[name="email"]').fill(app.admin.email);
  await page.locator('input[name="password"]').fill(app.admin.password);
  await page.getByRole('button', { name: 'Login' }).click();
  await page.waitForURL(/\/admin\/?$/, { timeout: 60_000 });
}
