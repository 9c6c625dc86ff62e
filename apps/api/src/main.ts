import 'reflect-metadata';
import { loadConfig } from './config/env';
import { createApp } from './app';
import { startDatabase } from './database/start-database';
import { JobsService } from './jobs/jobs.service';

async function main(): Promise<void> {
  const startedAt = Date.now();
  const config = loadConfig();
  const database = await startDatabase(config);
  const app = await createApp({ ...config, databaseUrl: database.url });
  await database.prepare(app);
  // The workers need pg-boss's schema, which the migrations install (WORKERS=false: none here).
  await app.get(JobsService).start();
  await app.listen(config.port, config.host);
  process.stdout.write(
    `Essaim is ready on ${config.appUrl} (database: ${database.embeddedDir ? `embedded, ${database.embeddedDir}` : 'DATABASE_URL'}; ${Date.now() - startedAt} ms)\n`,
  );

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    process.stdout.write(`${signal} received: stopping.\n`);
    await app.close();
    await database.stop();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
}

main().catch((error: unknown) => {
  process.stderr.write(`Essaim could not start: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
