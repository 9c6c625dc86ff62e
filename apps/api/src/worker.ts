import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { Logger } from 'nestjs-pino';
import { DataSource } from 'typeorm';
import { AppModule } from './app.module';
import { loadConfig } from './config/env';
import { runMigrations } from './database/migrate';
import { JobsService } from './jobs/jobs.service';

/**
 * `npm run worker`: the background jobs (mail delivery, schedules) without the HTTP server, so
 * that production can run the API with WORKERS=false and as many of these as it needs.
 */
async function main(): Promise<void> {
  const config = loadConfig();
  if (!config.databaseUrl) {
    throw new Error(
      "DATABASE_URL is required: a separate worker shares the API's database server. Without it, `npm start` runs the workers itself.",
    );
  }
  const app = await NestFactory.createApplicationContext(
    AppModule.register({
      ...config,
      databaseUrl: config.databaseUrl,
      jobs: { ...config.jobs, workers: true },
    }),
    { bufferLogs: true },
  );
  app.useLogger(app.get(Logger));
  // Migrations are locked and idempotent: whichever of the API and the worker starts first runs them.
  await runMigrations(app.get(DataSource));
  await app.get(JobsService).start();
  process.stdout.write('Essaim worker is running (mail delivery and schedules).\n');

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    process.stdout.write(`${signal} received: finishing the running jobs, then stopping.\n`);
    await app.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
}

main().catch((error: unknown) => {
  process.stderr.write(
    `Essaim worker could not start: ${error instanceof Error ? error.message : String(error)}\n`,
  );
  process.exit(1);
});
