import { randomBytes } from 'node:crypto';
import { Client } from 'pg';

/** Set by the global setup for every test file of the run. */
export const TEST_SERVER_URL_ENV = 'ESSAIM_TEST_SERVER_URL';
export const TEST_TEMPLATE_ENV = 'ESSAIM_TEST_TEMPLATE';

export function databaseUrl(serverUrl: string, database: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${database}`;
  return url.toString();
}

export async function withAdmin<T>(serverUrl: string, work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: serverUrl });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

export function uniqueName(prefix: string): string {
  return `${prefix}_${randomBytes(6).toString('hex')}`;
}

/**
 * A fresh database cloned from the migrated template. PostgreSQL refuses a clone while
 * another clone of the same template starts, so a busy template is retried.
 */
export async function cloneTemplate(serverUrl: string, template: string): Promise<string> {
  const name = uniqueName('essaim_test');
  await withAdmin(serverUrl, async (client) => {
    for (let attempt = 1; ; attempt += 1) {
      try {
        await client.query(`CREATE DATABASE ${name} TEMPLATE ${template}`);
        return;
      } catch (error) {
        const busy = (error as { code?: string }).code === '55006';
        if (!busy || attempt >= 20) throw error;
        await new Promise((resolve) => setTimeout(resolve, 100 * attempt));
      }
    }
  });
  return name;
}

export async function dropDatabase(serverUrl: string, name: string): Promise<void> {
  await withAdmin(serverUrl, (client) => client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
}
