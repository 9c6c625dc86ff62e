#!/usr/bin/env node
// Regenerates libs/api-client/src/schema.ts from the API's OpenAPI document.
//   npm run api-client:generate    writes it
//   npm run api-client:check       exits 1 when the committed file is stale
import { execSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import openapiTS, { astToString } from 'openapi-typescript';

const root = resolve(import.meta.dirname, '../..');
const target = resolve(root, 'libs/api-client/src/schema.ts');
const check = process.argv.includes('--check');

execSync('npx nx run-many -t build -p domain api --output-style=static', {
  cwd: root,
  stdio: ['ignore', 'ignore', 'inherit'],
  env: { ...process.env, NX_DAEMON: 'false', NX_NO_CLOUD: 'true' },
});
const require = createRequire(import.meta.url);
const { buildOpenApiDocument } = require(resolve(root, 'dist/apps/api/app.js'));
const { loadConfig } = require(resolve(root, 'dist/apps/api/config/env.js'));
const config = loadConfig(
  { DATABASE_URL: 'postgres://unused/none', SESSION_SECRET: 'x'.repeat(32), NODE_ENV: 'test' },
  root,
);
const document = await buildOpenApiDocument({ ...config, databaseUrl: config.databaseUrl });

const header = '// Generated from the API by `npm run api-client:generate`: do not edit.\n\n';
const generated = header + astToString(await openapiTS(document, { alphabetize: true }));

const current = (() => {
  try {
    return readFileSync(target, 'utf8');
  } catch {
    return '';
  }
})();
if (check) {
  if (current !== generated) {
    console.error('libs/api-client/src/schema.ts is stale: run npm run api-client:generate and commit it.');
    process.exit(1);
  }
  console.log('libs/api-client is up to date with the API.');
} else {
  writeFileSync(target, generated);
  console.log(`Wrote ${target}`);
}
