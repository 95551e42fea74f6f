import fs from 'node:fs';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { createStrapi, type Core } from '@strapi/strapi';
import { testEnv } from './env';
import type { Background } from '../../src/plugins/source-import/server/src/services/background';

const appDir = path.resolve(__dirname, '..', '..');
const distDir = path.join(appDir, 'dist');

export type TestApp = {
  strapi: Core.Strapi;
  /** The HTTP server, for supertest. */
  server: Core.Strapi['server']['httpServer'];
  /** Which database this file runs on. */
  client: 'sqlite' | 'postgres';
  stop: () => Promise<void>;
};

/** The connection settings the tests' PostgreSQL clients use (DATABASE_* variables). */
export const pgConfig = () => ({
  connectionString: process.env.DATABASE_URL,
  host: process.env.DATABASE_HOST || '127.0.0.1',
  port: Number(process.env.DATABASE_PORT || 5432),
  database: process.env.DATABASE_NAME || 'strapi',
  user: process.env.DATABASE_USERNAME || 'strapi',
  password: process.env.DATABASE_PASSWORD || 'strapi',
});

/**
 * A database of its own for one test file: a new SQLite file, or a new PostgreSQL schema that
 * is dropped afterwards. Returns the DATABASE_* variables that point at it.
 */
export async function provisionDatabase(): Promise<{ client: 'sqlite' | 'postgres'; env: Record<string, string>; drop: () => Promise<void> }> {
  const client = process.env.DATABASE_CLIENT === 'postgres' ? 'postgres' : 'sqlite';
  const id = randomUUID().replace(/-/g, '').slice(0, 12);
  if (client === 'postgres') {
    const schema = `test_${id}`;
    const admin = new Client(pgConfig());
    await admin.connect();
    await admin.query(`CREATE SCHEMA "${schema}"`);
    await admin.end();
    return {
      client,
      env: { DATABASE_CLIENT: 'postgres', DATABASE_SCHEMA: schema },
      drop: async () => {
        const c = new Client(pgConfig());
        await c.connect();
        await c.query(`DROP SCHEMA "${schema}" CASCADE`);
        await c.end();
      },
    };
  }
  const filename = path.join('.tmp', `test-${id}.db`);
  return {
    client,
    env: { DATABASE_CLIENT: 'sqlite', DATABASE_FILENAME: filename },
    drop: async () => {
      for (const suffix of ['', '-wal', '-shm', '-journal']) {
        fs.rmSync(path.join(appDir, filename + suffix), { force: true });
      }
    },
  };
}

/** Boots a real Strapi on a database of its own, with its HTTP server mounted. One per test file. */
export async function startStrapi(
  options: { importOnStart?: string[]; database?: Awaited<ReturnType<typeof provisionDatabase>> } = {},
): Promise<TestApp> {
  const database = options.database ?? (await provisionDatabase());
  Object.assign(process.env, testEnv(), database.env, { IMPORT_ON_START: (options.importOnStart ?? []).join(',') });
  const { client } = database;
  // A database handed in belongs to the caller, who drops it.
  const cleanup = options.database ? async () => {} : database.drop;

  const strapi = await createStrapi({ appDir, distDir, autoReload: false, serveAdminPanel: false }).load();
  await strapi.server.mount();

  return {
    strapi,
    server: strapi.server.httpServer,
    client,
    stop: async () => {
      await strapi.destroy();
      await cleanup();
    },
  };
}

/** A full-access API token, as a server-to-server client would hold. */
export async function createFullAccessToken(strapi: Core.Strapi, name = `test-${randomUUID()}`) {
  const token = await strapi.service('admin::api-token').create({
    name,
    type: 'full-access',
    lifespan: null,
    description: 'integration test',
  });
  return token.accessKey as string;
}

/** An API token limited to the given content-API actions. */
export async function createCustomToken(strapi: Core.Strapi, permissions: string[]) {
  const token = await strapi.service('admin::api-token').create({
    name: `custom-${randomUUID()}`,
    type: 'custom',
    lifespan: null,
    permissions,
  });
  return token.accessKey as string;
}

/**
 * An admin user holding only the given admin permissions (or the Super Admin role), logged in:
 * returns the JWT the admin panel would send.
 */
export async function loginAdmin(
  strapi: Core.Strapi,
  server: TestApp['server'],
  permissions: string[] | 'super-admin',
): Promise<string> {
  const request = (await import('supertest')).default;
  const roles = strapi.service('admin::role');
  let roleId: number;
  if (permissions === 'super-admin') {
    roleId = (await roles.getSuperAdmin()).id;
  } else {
    const role = await roles.create({ name: `role-${randomUUID()}`, description: 'test role' });
    await roles.assignPermissions(role.id, permissions.map((action) => ({ action, subject: null, conditions: [], properties: {} })));
    roleId = role.id;
  }
  const email = `${randomUUID()}@example.test`;
  const password = 'Test-password-123';
  await strapi.service('admin::user').create({
    email,
    firstname: 'Test',
    lastname: 'Editor',
    password,
    isActive: true,
    roles: [roleId],
    registrationToken: null,
  });
  const res = await request(server).post('/admin/login').send({ email, password });
  if (res.status !== 200) throw new Error(`admin login failed: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body.data.token as string;
}

/** The SQL statements Strapi sends while `fn` runs. */
export async function queriesDuring(app: TestApp, fn: () => Promise<unknown>): Promise<string[]> {
  // The import plugin's background worker looks for waiting batches every few seconds, on a
  // schedule of its own: it is paused (after the batch in hand, if any) so that only the
  // queries `fn` causes are counted.
  const background = app.strapi.plugin('source-import').service('background') as Background;
  await background.stop();
  const seen: string[] = [];
  const listener = (query: { sql: string }) => seen.push(query.sql);
  app.strapi.db.connection.on('query', listener);
  try {
    await fn();
  } finally {
    app.strapi.db.connection.removeListener('query', listener);
    background.start();
  }
  return seen;
}

// better-sqlite3 (Strapi's SQLite driver) has no types installed; the two calls made here.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const Database = require('better-sqlite3') as new (file: string) => { prepare(sql: string): { run(...values: unknown[]): unknown }; close(): void };

/**
 * A write by another program: a connection of its own, which Strapi's knex does not see, and
 * which announces nothing (psql, another program, the app on another host).
 */
export async function writeElsewhere(app: TestApp, sql: string, values: unknown[]) {
  if (app.client === 'postgres') {
    const other = new Client(pgConfig());
    await other.connect();
    try {
      await other.query(`SET search_path TO "${app.strapi.db.getSchemaName()!}"`);
      let i = 0;
      await other.query(sql.replace(/\?/g, () => `$${++i}`), values);
    } finally {
      await other.end();
    }
  } else {
    const other = new Database(path.resolve(appDir, process.env.DATABASE_FILENAME!));
    try {
      other.prepare(sql).run(...values);
    } finally {
      other.close();
    }
  }
}

/** Runs `fn` while the users-permissions role of `type` (`public`, `authenticated`) lacks `action`; given back after. */
export async function withoutPermission(app: TestApp, type: string, action: string, fn: () => Promise<unknown>) {
  const permissions = app.strapi.db.query('plugin::users-permissions.permission');
  const role = await app.strapi.db.query('plugin::users-permissions.role').findOne({ where: { type } });
  const row = await permissions.findOne({ where: { action, role: role.id } });
  await permissions.delete({ where: { id: row.id } });
  try {
    await fn();
  } finally {
    await permissions.create({ data: { action, role: role.id } });
  }
}
