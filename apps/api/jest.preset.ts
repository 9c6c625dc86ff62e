import { join } from 'node:path';

/** What the API's unit and integration projects share. */
export const apiJestBase = {
  testEnvironment: 'node',
  rootDir: __dirname,
  transform: {
    '^.+\\.ts$': ['ts-jest', { tsconfig: join(__dirname, 'tsconfig.spec.json') }],
  },
  moduleNameMapper: {
    '^@essaim/domain$': join(__dirname, '../../libs/domain/src/index.ts'),
  },
};
