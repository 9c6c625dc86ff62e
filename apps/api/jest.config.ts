import { apiJestBase } from './jest.preset';

export default {
  ...apiJestBase,
  displayName: 'api',
  testMatch: ['<rootDir>/src/**/*.spec.ts'],
};
