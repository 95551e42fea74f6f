/**
 * Two projects:
 *  - unit: the reader and other pure code, no Strapi, runs in milliseconds;
 *  - integration: boots a real Strapi per test file on a fresh database (SQLite by default,
 *    PostgreSQL when DATABASE_CLIENT=postgres).
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
  ],
};
