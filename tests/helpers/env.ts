import { randomBytes } from 'node:crypto';

const secret = () => randomBytes(16).toString('base64');

/** Secrets for a test run: made fresh, never read from a committed file. */
export const testEnv = (): Record<string, string> => ({
  NODE_ENV: 'test',
  STRAPI_TELEMETRY_DISABLED: 'true',
  STARTUP_MESSAGE: 'false',
  LOG_LEVEL: process.env.LOG_LEVEL || 'warn',
  // Nothing is imported at start unless a test asks for it (startStrapi's importOnStart).
  IMPORT_ON_START: '',
  APP_KEYS: process.env.APP_KEYS || [secret(), secret()].join(','),
  API_TOKEN_SALT: process.env.API_TOKEN_SALT || secret(),
  ADMIN_JWT_SECRET: process.env.ADMIN_JWT_SECRET || secret(),
  TRANSFER_TOKEN_SALT: process.env.TRANSFER_TOKEN_SALT || secret(),
  ENCRYPTION_KEY: process.env.ENCRYPTION_KEY || secret(),
  JWT_SECRET: process.env.JWT_SECRET || secret(),
});
