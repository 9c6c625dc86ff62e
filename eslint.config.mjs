// ESLint flat config for the whole workspace. Zero warnings: `npm run lint` runs with --max-warnings 0,
// so every rule below is either an error or off.
import js from '@eslint/js';
import { createProjectGraphAsync } from '@nx/devkit';
import nx from '@nx/eslint-plugin';
import prettier from 'eslint-config-prettier';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'eslint/config';
import tseslint from 'typescript-eslint';

// @nx/enforce-module-boundaries reads the *cached* project graph and silently skips itself when there is
// none (a fresh clone, CI) or checks against a stale one: compute it now so the rule always runs.
await createProjectGraphAsync({ exitOnError: true });

const TS_FILES = [
  '*.{ts,mts,cts}',
  'apps/**/*.{ts,tsx,mts,cts}',
  'libs/**/*.{ts,tsx,mts,cts}',
  'tools/**/*.{ts,mts,cts}',
];
const TEST_FILES = [
  '**/*.spec.{ts,tsx}',
  '**/*.test.{ts,tsx}',
  'apps/*/test/**/*.{ts,tsx}',
  'apps/web-e2e/**/*.{ts,tsx}',
];
// Tool configs (jest, vite, playwright) often sit outside every tsconfig: lint them without types.
const CONFIG_FILES = ['**/*.config.{ts,mts,cts}', '*.config.{ts,mts,cts}'];

export default defineConfig(
  {
    ignores: [
      '**/dist/**',
      '**/node_modules/**',
      '**/.nx/**',
      '**/coverage/**',
      '**/tmp/**',
      '**/.data/**',
      '**/test-results/**',
      '**/playwright-report/**',
      'libs/api-client/src/schema.ts',
    ],
  },

  // Plain JavaScript (.js/.mjs/.cjs: tools, scripts, this file): Node globals, no type information.
  {
    files: ['**/*.{js,mjs,cjs}'],
    extends: [js.configs.recommended],
    languageOptions: { ecmaVersion: 2023, sourceType: 'module', globals: { ...globals.node } },
    rules: {
      'no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
    },
  },
  { files: ['**/*.cjs'], languageOptions: { sourceType: 'commonjs' } },

  // TypeScript, type-aware.
  {
    files: TS_FILES,
    extends: [js.configs.recommended, ...tseslint.configs.recommendedTypeChecked],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: dirname(fileURLToPath(import.meta.url)) },
      globals: { ...globals.node },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/switch-exhaustiveness-check': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        {
          argsIgnorePattern: '^_',
          varsIgnorePattern: '^_',
          caughtErrorsIgnorePattern: '^_',
          ignoreRestSiblings: true,
        },
      ],
      // `any` from libraries (express req.body, JSON.parse, pino, class-transformer plain objects) flows
      // through assignments and property reads everywhere in a NestJS app; these two rules would flag each
      // step. We keep no-unsafe-call / -return / -argument, which catch the `any` where it does harm: when
      // it is called, returned from a typed function, or passed to a typed parameter.
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      // NestJS guards, strategies and lifecycle hooks are `async` to honour a Promise-returning contract
      // even when the body has nothing to await; floating/misused promises are what we actually guard.
      '@typescript-eslint/require-await': 'off',
      eqeqeq: ['error', 'always', { null: 'ignore' }],
      'no-console': 'off',
    },
  },

  // Tests: supertest's `res.body`, jest's asymmetric matchers (`expect.any()`) and mocks are `any` by
  // design, and `expect(service.method)` is an intentional unbound reference.
  {
    files: TEST_FILES,
    rules: {
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/unbound-method': 'off',
    },
  },
  {
    files: ['**/*.spec.{ts,tsx}', '**/*.test.{ts,tsx}', 'apps/*/test/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.jest } },
  },

  {
    files: CONFIG_FILES,
    extends: [tseslint.configs.disableTypeChecked],
  },

  // The React SPA.
  {
    files: ['apps/web/**/*.{ts,tsx}'],
    extends: [reactHooks.configs.flat['recommended-latest']],
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      // Zero warnings: make the "warn" rules of the preset explicit errors.
      'react-hooks/exhaustive-deps': 'error',
      'react-hooks/incompatible-library': 'error',
      'react-hooks/unsupported-syntax': 'error',
    },
  },

  // Module boundaries (Nx project tags). Dependencies point one way:
  // web → api-client, domain; api → domain; domain, api-client and web-e2e → nothing in the workspace.
  {
    files: ['**/*.{ts,tsx,mts,cts,js,jsx,mjs,cjs}'],
    plugins: { '@nx': nx },
    rules: {
      '@nx/enforce-module-boundaries': [
        'error',
        {
          enforceBuildableLibDependency: true,
          allow: [],
          depConstraints: [
            {
              allSourceTags: ['scope:web', 'type:app'],
              onlyDependOnLibsWithTags: ['type:api-client', 'type:domain'],
            },
            { allSourceTags: ['scope:web', 'type:e2e'], onlyDependOnLibsWithTags: [] },
            { allSourceTags: ['scope:api', 'type:app'], onlyDependOnLibsWithTags: ['type:domain'] },
            { sourceTag: 'type:domain', onlyDependOnLibsWithTags: [] },
            { sourceTag: 'type:api-client', onlyDependOnLibsWithTags: [] },
          ],
        },
      ],
    },
  },

  // Last: turn off every stylistic rule that Prettier owns.
  prettier,
);
