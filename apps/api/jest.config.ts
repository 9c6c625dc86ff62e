import { narrowed } from '../../tools/jest-narrow';
import { apiJestBase } from './jest.preset';

export default {
  ...apiJestBase,
  displayName: 'api',
  testMatch: narrowed(['<rootDir>/src/**/*.spec.ts']),
};
