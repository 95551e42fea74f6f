import fs from 'node:fs';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { createStrapi, type Core } from '@strapi/strapi';
import { testEnv } from './env';

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

const pgConfig = () => ({
  connectionString: process.env.DATABASE_URL,
  host: process.env.DATABASE_HOST || '127.0.0.1',
  port: Number(process.env.DATABASE_PORT || 5432),
  database: process.env.DATABASE_NAME || 'strapi',
  user: process.env.DATABASE_USERNAME || 'strapi',
  password: process.env.DATABASE_PASSWORD || 'strapi',
});

/**
 * Boots a real Strapi on a database of its own: a new SQLite file, or a new PostgreSQL schema
 * that is dropped afterwards. One per test file.
 */
export async function startStrapi(): Promise<TestApp> {
  Object.assign(process.env, testEnv());
  const client = process.env.DATABASE_CLIENT === 'postgres' ? 'postgres' : 'sqlite';
  const id = randomUUID().replace(/-/g, '').slice(0, 12);
  let cleanup: () => Promise<void>;

  if (client === 'postgres') {
    const schema = `test_${id}`;
    const admin = new Client(pgConfig());
    await admin.connect();
    await admin.query(`CREATE SCHEMA "${schema}"`);
    await admin.end();
    process.env.DATABASE_SCHEMA = schema;
    cleanup = async () => {
      const c = new Client(pgConfig());
      await c.connect();
      await c.query(`DROP SCHEMA "${schema}" CASCADE`);
      await c.end();
    };
  } else {
    const filename = path.join('.tmp', `test-${id}.db`);
    process.env.DATABASE_FILENAME = filename;
    cleanup = async () => {
      for (const suffix of ['', '-wal', '-shm', '-journal']) {
        fs.rmSync(path.join(appDir, filename + suffix), { force: true });
      }
    };
  }

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
