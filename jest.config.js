/**
 * Three projects:
 *  - unit: the reader and other pure code, no Strapi, runs in milliseconds;
 *  - integration: boots a real Strapi per test file on a fresh database (SQLite by default,
 *    PostgreSQL when DATABASE_CLIENT=postgres);
 *  - e2e: the admin page in Chromium.
 */
const tsJest = ['ts-jest', { tsconfig: '<rootDir>/tsconfig.plugin.json' }];

module.exports = {
  projects: [
    {
      displayName: 'unit',
      testEnvironment: 'node',
      testMatch: ['<rootDir>/tests/unit/**/*.test.ts'],
      transform: { '^.+\\.ts$': tsJest },
    },
    {
      displayName: 'integration',
      testEnvironment: 'node',
      testMatch: ['<rootDir>/tests/integration/**/*.test.ts'],
      transform: { '^.+\\.ts$': tsJest },
      globalSetup: '<rootDir>/tests/helpers/global-setup.ts',
      setupFilesAfterEnv: ['<rootDir>/tests/helpers/integration-timeout.ts'],
    },
    {
      // The admin page in a real browser: builds the admin if needed, starts the app, drives
      // Debian's chromium with playwright-core. SQLite only.
      displayName: 'e2e',
      testEnvironment: 'node',
      testMatch: ['<rootDir>/tests/e2e/**/*.test.ts'],
      transform: { '^.+\\.ts$': tsJest },
      setupFilesAfterEnv: ['<rootDir>/tests/helpers/e2e-timeout.ts'],
    },
  ],
};
