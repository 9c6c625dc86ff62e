/** `npm test`: every unit and integration test, one runner. */
export default {
  projects: [
    '<rootDir>/libs/domain/jest.config.ts',
    '<rootDir>/apps/api/jest.config.ts',
    '<rootDir>/apps/api/jest.integration.config.ts',
    '<rootDir>/apps/web/jest.config.ts',
  ],
};
