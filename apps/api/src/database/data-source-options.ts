import { join } from 'node:path';
import type { DataSourceOptions } from 'typeorm';
import { ENTITIES } from './entities';
import { SnakeNamingStrategy } from './snake-naming.strategy';

/** Connections of a pool unless told (the app's DATABASE_POOL_SIZE). */
export const DEFAULT_POOL_SIZE = 5;

export function dataSourceOptions(url: string, poolSize = DEFAULT_POOL_SIZE): DataSourceOptions {
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
      // Few connections, many waiting requests: on a 2-core machine, 20 connections made PostgreSQL
      // switch between 20 processes and served the case page half as fast as 5.
      max: poolSize,
      connectionTimeoutMillis: 5_000,
      // Many short requests at once, on few cores: a parallel plan's workers cost more than they
      // save (the list of "my cases with an overdue task" served twice as many requests without).
      options: '-c max_parallel_workers_per_gather=0',
    },
  };
}
