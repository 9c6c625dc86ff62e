import type { INestApplication } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { PasswordsService } from '../auth/passwords.service';
import type { AppConfig } from '../config/env';
import { startEmbeddedPostgres } from './embedded-postgres';
import { runMigrations } from './migrate';
import { seedDemoData } from './seed/demo-seed';

export interface StartedDatabase {
  url: string;
  /** The embedded server's data folder; undefined with DATABASE_URL. */
  embeddedDir?: string;
  /** Migrates, then seeds the demo data into an empty database when asked. */
  prepare(app: INestApplication): Promise<void>;
  stop(): Promise<void>;
}

/** DATABASE_URL when set; otherwise a real PostgreSQL started from node_modules. */
export async function startDatabase(config: AppConfig): Promise<StartedDatabase> {
  const embedded = config.databaseUrl
    ? undefined
    : await startEmbeddedPostgres({ dir: config.embeddedPg.dir, port: config.embeddedPg.port });
  const url = config.databaseUrl ?? embedded?.url;
  if (!url) throw new Error('No database URL.');
  return {
    url,
    embeddedDir: embedded?.dir,
    async prepare(app) {
      const dataSource = app.get(DataSource);
      await runMigrations(dataSource);
      if (config.seedDemo) {
        const passwords = app.get(PasswordsService);
        await seedDemoData(dataSource, (password) => passwords.hash(password), config.demoPassword);
      }
    },
    stop: async () => embedded?.stop(),
  };
}
