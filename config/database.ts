import path from 'path';
import type { Core } from '@strapi/strapi';

/**
 * SQLite (better-sqlite3, a file under .tmp/) is the default so a new user needs nothing;
 * PostgreSQL (pg) is the production database, configured by DATABASE_URL or by the
 * DATABASE_HOST / _PORT / _NAME / _USERNAME / _PASSWORD variables.
 */
const config = ({ env }: Core.Config.Shared.ConfigParams): Core.Config.Database => {
  const client = env('DATABASE_CLIENT', 'sqlite');

  if (client === 'postgres') {
    return {
      connection: {
        client: 'postgres',
        connection: {
          connectionString: env('DATABASE_URL'),
          host: env('DATABASE_HOST', '127.0.0.1'),
          port: env.int('DATABASE_PORT', 5432),
          database: env('DATABASE_NAME', 'strapi'),
          user: env('DATABASE_USERNAME', 'strapi'),
          password: env('DATABASE_PASSWORD', 'strapi'),
          ssl: env.bool('DATABASE_SSL', false) && {
            key: env('DATABASE_SSL_KEY', undefined),
            cert: env('DATABASE_SSL_CERT', undefined),
            ca: env('DATABASE_SSL_CA', undefined),
            capath: env('DATABASE_SSL_CAPATH', undefined),
            cipher: env('DATABASE_SSL_CIPHER', undefined),
            rejectUnauthorized: env.bool('DATABASE_SSL_REJECT_UNAUTHORIZED', true),
          },
          schema: env('DATABASE_SCHEMA', 'public'),
          // No single statement runs longer (a public read is also bounded as a whole:
          // API_READ_TIMEOUT_MS); 0 turns it off.
          statement_timeout: env.int('DATABASE_STATEMENT_TIMEOUT_MS', 60_000) || undefined,
        },
        pool: { min: env.int('DATABASE_POOL_MIN', 2), max: env.int('DATABASE_POOL_MAX', 10) },
        acquireConnectionTimeout: env.int('DATABASE_CONNECTION_TIMEOUT', 60000),
      },
    };
  }

  if (client === 'sqlite') {
    return {
      connection: {
        client: 'sqlite',
        connection: {
          // config/ is compiled to dist/config/, hence two levels up to the app's root; an
          // absolute path stays as it is.
          filename: path.resolve(__dirname, '..', '..', env('DATABASE_FILENAME', '.tmp/data.db')),
        },
        useNullAsDefault: true,
        acquireConnectionTimeout: env.int('DATABASE_CONNECTION_TIMEOUT', 60000),
      },
    };
  }

  throw new Error(`Unsupported DATABASE_CLIENT \`${client}\`, expected \`sqlite\` or \`postgres\``);
};

export default config;
