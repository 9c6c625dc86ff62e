#!/usr/bin/env node
// Generates a migration from the entities, or checks that generating one gives nothing.
//   npm run migration:generate -- AddThing    writes apps/api/src/database/migrations/<timestamp>-AddThing.ts
//   npm run migration:check                   exits 1 when the entities and the migrations disagree
// Works on a scratch database: on DATABASE_URL's server when set, else on an embedded PostgreSQL.
import { execSync, spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import pg from 'pg';

const [command, name] = process.argv.slice(2);
if (command !== 'check' && !(command === 'generate' && name)) {
  console.error('usage: migrations.mjs check | generate <Name>');
  process.exit(2);
}

const root = resolve(import.meta.dirname, '..');
let embedded;
let serverUrl = process.env.DATABASE_URL;
if (!serverUrl) {
  // The app's own launcher, from its build (cached by Nx).
  execSync('npx nx run-many -t build -p domain api --output-style=static', {
    cwd: root,
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, NX_DAEMON: 'false', NX_NO_CLOUD: 'true' },
  });
  const { startEmbeddedPostgres } = createRequire(import.meta.url)(
    resolve(root, 'dist/apps/api/database/embedded-postgres.js'),
  );
  embedded = await startEmbeddedPostgres({
    dir: resolve(root, 'tmp/migrations-pg'),
    port: 54359,
    throwaway: true,
  });
  serverUrl = embedded.url;
}

const scratch = `essaim_migrations_${process.pid}`;
const admin = new pg.Client({ connectionString: serverUrl });
await admin.connect();
await admin.query(`CREATE DATABASE ${scratch}`);
const scratchUrl = new URL(serverUrl);
scratchUrl.pathname = `/${scratch}`;

const typeorm = (...args) =>
  spawnSync(
    'node',
    [
      'node_modules/typeorm/cli-ts-node-commonjs.js',
      ...args,
      '-d',
      'apps/api/src/database/cli-data-source.ts',
    ],
    {
      cwd: root,
      stdio: 'inherit',
      env: {
        ...process.env,
        DATABASE_URL: scratchUrl.toString(),
        TS_NODE_PROJECT: 'apps/api/tsconfig.json',
        TS_NODE_TRANSPILE_ONLY: 'true',
      },
    },
  ).status;

let status = typeorm('migration:run');
if (status === 0) {
  status =
    command === 'check'
      ? typeorm('migration:generate', 'apps/api/src/database/migrations/Drift', '--check', '--dryrun')
      : typeorm('migration:generate', `apps/api/src/database/migrations/${name}`, '--pretty');
  if (command === 'check')
    console.log(
      status === 0
        ? 'Migrations match the entities.'
        : 'The entities differ from the migrations: run npm run migration:generate -- <Name>.',
    );
}

await admin.query(`DROP DATABASE ${scratch}`);
await admin.end();
await embedded?.stop();
process.exit(status ?? 1);
