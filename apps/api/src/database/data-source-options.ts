import { join } from 'node:path';
import type { DataSourceOptions } from 'typeorm';
import { ENTITIES } from './entities';
import { SnakeNamingStrategy } from './snake-naming.strategy';

export function dataSourceOptions(url: string): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    entities: ENTITIES,
    migrations: [join(__dirname, 'migrations', '*.{js,ts}')],
    migrationsTableName: 'schema_migration',
    namingStrategy: new SnakeNamingStrategy(),
    // The schema changes only through committed migrations.
    synchronize: false,
    migrationsRun: false,
    // gen_random_uuid() is built into PostgreSQL 13+; extensions come through migrations.
    uuidExtension: 'pgcrypto',
    installExtensions: false,
    extra: {
      // The web requests, and the mail workers, each of which holds a connection (the outbox row's
      // lock) while it talks to the SMTP server: 8 at a time at most (jobs.service.ts).
      max: 20,
      connectionTimeoutMillis: 5_000,
      // Many short requests at once, on few cores: a parallel plan's workers cost more than they
      // save (the list of "my cases with an overdue task" served twice as many requests without).
      options: '-c max_parallel_workers_per_gather=0',
    },
  };
}
