import { narrowed } from '../../tools/jest-narrow';
export default {
  displayName: 'domain',
  testEnvironment: 'node',
  rootDir: __dirname,
  testMatch: narrowed(['<rootDir>/src/**/*.spec.ts']),
  transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.spec.json' }] },
};
