#!/usr/bin/env node
/**
 * Writes the OpenAPI description of the content API to a file: `npm run openapi -- [file]`
 * (default `openapi.json`). The same document the app serves at `GET /api/openapi.json`
 * (src/api/openapi/services/openapi.ts), for client generators and API reviews in CI.
 */
import fs from 'node:fs';
import path from 'node:path';
import { compileStrapi, createStrapi } from '@strapi/strapi';
import type { OpenAPI } from '../src/api/openapi/services/openapi';

const appDir = path.resolve(__dirname, '..');

async function main() {
  const output = path.resolve(process.argv[2] ?? 'openapi.json');
  process.env.LOG_LEVEL ??= 'warn';
  process.env.STRAPI_TELEMETRY_DISABLED = 'true';
  process.env.IMPORT_ON_START = '';
  process.env.STARTUP_MESSAGE = 'false';
  const { distDir } = await compileStrapi({ appDir });
  const strapi = await createStrapi({ appDir, distDir, autoReload: false, serveAdminPanel: false }).load();
  // The routes are collected from the mounted server, as `strapi openapi generate` does.
  await strapi.server.mount();
  const document = (strapi.service('api::openapi.openapi') as unknown as OpenAPI).document();
  fs.mkdirSync(path.dirname(output), { recursive: true });
  fs.writeFileSync(output, JSON.stringify(document, null, 2) + '\n');
  process.stderr.write(`${Object.keys(document.paths).length} paths written to ${path.relative(process.cwd(), output)}\n`);
  await strapi.destroy();
  process.exit(0);
}

main().catch((error) => {
  process.stderr.write(`openapi: ${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
