import 'reflect-metadata';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from '../src/database/data-source-options';
import { startEmbeddedPostgres } from '../src/database/embedded-postgres';
import { runMigrations } from '../src/database/migrate';
import { databaseUrl, TEST_SERVER_URL_ENV, TEST_TEMPLATE_ENV, uniqueName, withAdmin } from './test-database';

const EMBEDDED_TEST_DIRS = join(__dirname, '../../../tmp/test-pg');

/** Migrates once into a template database; each test file then clones it. */
export default async function globalSetup(): Promise<void> {
  let serverUrl = process.env['DATABASE_URL'];
  if (!serverUrl) {
    // A folder and a port of this run's own, so that runs from several checkouts never meet.
    const server = await startEmbeddedPostgres({
      dir: join(EMBEDDED_TEST_DIRS, `run-${process.pid}`),
      port: await freePort(),
      throwaway: true,
    });
    (globalThis as { embeddedTestServer?: typeof server }).embeddedTestServer = server;
    serverUrl = server.url;
  }
  const template = uniqueName('essaim_template');
  await withAdmin(serverUrl, (client) => client.query(`CREATE DATABASE ${template}`));
  const dataSource = new DataSource(dataSourceOptions(databaseUrl(serverUrl, template)));
  await dataSource.initialize();
  try {
    await runMigrations(dataSource);
  } finally {
    await dataSource.destroy();
  }
  process.env[TEST_SERVER_URL_ENV] = serverUrl;
  process.env[TEST_TEMPLATE_ENV] = template;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
}
