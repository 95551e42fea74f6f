#!/usr/bin/env node
// Writes .env for a local install: random secrets, the SQLite default and a first admin user.
// Keys already in .env are kept; only missing ones are added. Nothing secret is committed.
import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';

const file = resolve(process.cwd(), '.env');
const secret = () => randomBytes(16).toString('base64');

const defaults = {
  HOST: '0.0.0.0',
  PORT: '1337',
  APP_KEYS: [secret(), secret(), secret(), secret()].join(','),
  API_TOKEN_SALT: secret(),
  ADMIN_JWT_SECRET: secret(),
  TRANSFER_TOKEN_SALT: secret(),
  ENCRYPTION_KEY: secret(),
  JWT_SECRET: secret(),
  STRAPI_TELEMETRY_DISABLED: 'true',
  DATABASE_CLIENT: 'sqlite',
  DATABASE_FILENAME: '.tmp/data.db',
  ADMIN_EMAIL: 'admin@newsroom.local',
  ADMIN_PASSWORD: `Newsroom-${randomBytes(6).toString('hex')}`,
};

const existing = existsSync(file) ? readFileSync(file, 'utf8') : '';
const present = new Set(
  existing
    .split(/\r?\n/)
    .map((line) => line.match(/^\s*([A-Z0-9_]+)\s*=/)?.[1])
    .filter(Boolean),
);
const missing = Object.entries(defaults).filter(([key]) => !present.has(key));

if (missing.length > 0) {
  const lines = missing.map(([key, value]) => `${key}=${value}`);
  const prefix = existing && !existing.endsWith('\n') ? '\n' : '';
  writeFileSync(file, existing + prefix + lines.join('\n') + '\n', { mode: 0o600 });
}

const env = Object.fromEntries(
  readFileSync(file, 'utf8')
    .split(/\r?\n/)
    .map((line) => line.match(/^\s*([A-Z0-9_]+)\s*=\s*(.*)$/))
    .filter(Boolean)
    .map((m) => [m[1], m[2]]),
);
if (missing.length > 0 || process.argv.includes('--print')) {
  console.log(`.env ready. Admin login once the CMS runs: ${env.ADMIN_EMAIL} / ${env.ADMIN_PASSWORD}`);
}
