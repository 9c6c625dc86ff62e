import type { EmbeddedServer } from '../src/database/embedded-postgres';
import { dropDatabase, TEST_SERVER_URL_ENV, TEST_TEMPLATE_ENV } from './test-database';

export default async function globalTeardown(): Promise<void> {
  const serverUrl = process.env[TEST_SERVER_URL_ENV];
  const template = process.env[TEST_TEMPLATE_ENV];
  if (serverUrl && template) await dropDatabase(serverUrl, template);
  await (globalThis as { embeddedTestServer?: EmbeddedServer }).embeddedTestServer?.stop();
}
