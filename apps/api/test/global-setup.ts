import 'reflect-metadata';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from '../src/database/data-source-options';
import { startEmbeddedPostgres } from '../src/database/embedded-postgres';
import { runMigrations } from '../src/database/migrate';
import { databaseUrl, TEST_SERVER_URL_ENV, TEST_TEMPLATE_ENV, uniqueName, withAdmin } from './test-database';

const EMBEDDED_TEST_DIR = join(__dirname, '../../../tmp/test-pg');

/** Migrates once into a template database; each test file then clones it. */
export default async function globalSetup(): Promise<void> {
  let serverUrl = process.env['DATABASE_URL'];
  if (!serverUrl) {
    const server = await startEmbeddedPostgres({ dir: EMBEDDED_TEST_DIR, port: 54369, throwaway: true });
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
