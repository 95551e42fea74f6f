/**
 * What every benchmark sets up the same way: a quiet Strapi on PostgreSQL (no telemetry, no
 * start-up import, secrets generated per run unless given), the connection settings of the
 * PostgreSQL it measures, and `--name value` arguments.
 */
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { Client } from 'pg';

export const arg = (name: string, fallback: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : fallback;
};

const secret = () => randomBytes(16).toString('base64');

/** Environment of a benchmarked Strapi: PostgreSQL, warnings only, no import on start. */
export function benchEnvironment(extra: Record<string, string> = {}) {
  Object.assign(process.env, {
    STRAPI_TELEMETRY_DISABLED: 'true',
    LOG_LEVEL: 'warn',
    STARTUP_MESSAGE: 'false',
    IMPORT_ON_START: '',
    DATABASE_CLIENT: 'postgres',
    APP_KEYS: process.env.APP_KEYS ?? `${secret()},${secret()}`,
    API_TOKEN_SALT: process.env.API_TOKEN_SALT ?? secret(),
    ADMIN_JWT_SECRET: process.env.ADMIN_JWT_SECRET ?? secret(),
    TRANSFER_TOKEN_SALT: process.env.TRANSFER_TOKEN_SALT ?? secret(),
    ENCRYPTION_KEY: process.env.ENCRYPTION_KEY ?? secret(),
    JWT_SECRET: process.env.JWT_SECRET ?? secret(),
    ...extra,
  });
}

/** The PostgreSQL the benchmarks run against (DATABASE_* as the app reads them). */
export const pgConfig = () => ({
  host: process.env.DATABASE_HOST ?? '127.0.0.1',
  port: Number(process.env.DATABASE_PORT ?? 5432),
  database: process.env.DATABASE_NAME ?? 'strapi',
  user: process.env.DATABASE_USERNAME ?? 'strapi',
  password: process.env.DATABASE_PASSWORD ?? 'strapi',
});

/** One statement on a connection of its own; its rows. */
export async function sql<T = Record<string, unknown>>(query: string, values: unknown[] = []): Promise<T[]> {
  const client = new Client(pgConfig());
  await client.connect();
  try {
    return (await client.query(query, values)).rows as T[];
  } finally {
    await client.end();
  }
}

/** The app as the benchmarks load it: compiled into dist/, no admin panel, no reload. */
export const strapiOptions = (appDir: string) => ({ appDir, distDir: path.join(appDir, 'dist'), autoReload: false, serveAdminPanel: false });
