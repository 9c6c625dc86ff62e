import { apiJestBase } from './jest.preset';

/** Against a real PostgreSQL: DATABASE_URL's server when set, else an embedded one. */
export default {
  ...apiJestBase,
  displayName: 'api-integration',
  testMatch: ['<rootDir>/test/**/*.spec.ts'],
  globalSetup: '<rootDir>/test/global-setup.ts',
  globalTeardown: '<rootDir>/test/global-teardown.ts',
  testTimeout: 30_000,
};
