export default {
  displayName: 'web',
  rootDir: __dirname,
  // jsdom, plus the platform's fetch/Request/Response that openapi-fetch needs.
  testEnvironment: '<rootDir>/test/jsdom-environment.ts',
  testMatch: ['<rootDir>/src/**/*.spec.ts', '<rootDir>/src/**/*.spec.tsx'],
  setupFilesAfterEnv: ['<rootDir>/test/setup.ts'],
  transform: {
    '^.+\\.tsx?$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.spec.json' }],
  },
  moduleFileExtensions: ['ts', 'tsx', 'js', 'mjs', 'cjs', 'json'],
  moduleNameMapper: {
    '^@essaim/domain$': '<rootDir>/../../libs/domain/src/index.ts',
    '^@essaim/api-client$': '<rootDir>/../../libs/api-client/src/index.ts',
    '\\.css$': '<rootDir>/test/style-stub.ts',
  },
};
