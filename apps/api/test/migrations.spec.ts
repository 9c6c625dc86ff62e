import { DataSource } from 'typeorm';
import { dataSourceOptions } from '../src/database/data-source-options';
import { runMigrations } from '../src/database/migrate';
import {
  cloneTemplate,
  databaseUrl,
  dropDatabase,
  TEST_SERVER_URL_ENV,
  TEST_TEMPLATE_ENV,
} from './test-database';

/** Tables that no entity describes: the session store's, and TypeORM's own record of migrations. */
const TABLES_WITHOUT_ENTITY = ['user_session', 'schema_migration'];

// No app here: these tests work on copies of the migrated template that the suite clones from.
describe('migrations', () => {
  const serverUrl = process.env[TEST_SERVER_URL_ENV]!;
  const opened: { dataSource: DataSource; database: string }[] = [];

  /** A fresh copy of the migrated template, dropped after the file. */
  async function migratedCopy(): Promise<DataSource> {
    const database = await cloneTemplate(serverUrl, process.env[TEST_TEMPLATE_ENV]!);
    const dataSource = await new DataSource(dataSourceOptions(databaseUrl(serverUrl, database))).initialize();
    opened.push({ dataSource, database });
    return dataSource;
  }

  let migrated: DataSource;

  beforeAll(async () => {
    migrated = await migratedCopy();
  });

  afterAll(async () => {
    for (const { dataSource, database } of opened) {
      await dataSource.destroy();
      await dropDatabase(serverUrl, database);
    }
  });

  async function tablesOf(dataSource: DataSource): Promise<string[]> {
    const rows = await dataSource.query<{ table_name: string }[]>(
      `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'`,
    );
    return rows.map((row) => row.table_name).sort();
  }

  function expectedTables(dataSource: DataSource): string[] {
    return [...dataSource.entityMetadatas.map((entity) => entity.tableName), ...TABLES_WITHOUT_ENTITY].sort();
  }

  it('gives the database a table for every entity, and one for the session store', async () => {
    expect(await tablesOf(migrated)).toEqual(expectedTables(migrated));
  });

  it('applies nothing when run again on a migrated database', async () => {
    expect(await runMigrations(migrated)).toEqual([]);
  });

  it('undoes every migration, down to an empty schema, and then applies them all again', async () => {
    const dataSource = await migratedCopy(); // a copy of its own: this test tears it down
    const all = dataSource.migrations.map((migration) => migration.name);

    for (let undone = 0; undone < all.length; undone += 1) {
      await dataSource.undoLastMigration({ transaction: 'each' });
    }

    expect(await tablesOf(dataSource)).toEqual(['schema_migration']);
    expect((await runMigrations(dataSource)).sort()).toEqual([...all].sort());
    expect(await tablesOf(dataSource)).toEqual(expectedTables(dataSource));
  });
});
