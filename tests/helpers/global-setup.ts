import { compileStrapi } from '@strapi/strapi';
import { testEnv } from './env';

/** Compiles the app once (TypeScript to dist/) for every integration test file. */
export default async function globalSetup() {
  Object.assign(process.env, testEnv());
  await compileStrapi({ appDir: process.cwd() });
  const client = process.env.DATABASE_CLIENT || 'sqlite';
  // Said once per run, so a CI log shows which database the suite ran on.
  process.stdout.write(`\nIntegration tests run on ${client}\n`);
}
