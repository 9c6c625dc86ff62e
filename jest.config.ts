/** `npm test`: every unit and integration test, one runner. */
export default {
  // A global option, ignored in the project configs: integration tests log in and hash passwords
  // on a 2-core machine running two workers.
  testTimeout: 30_000,
  projects: [
    '<rootDir>/libs/domain/jest.config.ts',
    '<rootDir>/apps/api/jest.config.ts',
    '<rootDir>/apps/api/jest.integration.config.ts',
    '<rootDir>/apps/web/jest.config.ts',
  ],
};
