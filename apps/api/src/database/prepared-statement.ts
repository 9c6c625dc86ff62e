import { createHash } from 'node:crypto';
import type { Pool, QueryResultRow } from 'pg';
import type { DataSource } from 'typeorm';
import type { PostgresDriver } from 'typeorm/driver/postgres/PostgresDriver';

/**
 * Runs `text` as a named prepared statement of the connection it lands on: PostgreSQL parses it once
 * per connection and, after five runs, keeps one generic plan. On the hottest reads (the session
 * and its user, the case page) parsing and planning cost two to three times the run itself.
 *
 * Only for statements whose best plan does not depend on their values, such as lookups by key: a
 * generic plan of a search or a filtered list can be a hundred times slower than a custom one.
 * Outside a transaction only (it takes any connection of `pool`).
 */
export async function preparedQuery<Row extends QueryResultRow>(
  pool: Pool,
  text: string,
  values: unknown[],
): Promise<Row[]> {
  const { rows } = await pool.query<Row>({ name: statementName(text), text, values });
  return rows;
}

/** The pg pool under a TypeORM data source (PostgreSQL's driver), for `preparedQuery`. */
export function poolOf(dataSource: DataSource): Pool {
  return (dataSource.driver as PostgresDriver).master as Pool;
}

/** A statement's name is its text's hash: one text, one name, on every connection. */
const names = new Map<string, string>();

function statementName(text: string): string {
  let name = names.get(text);
  if (name === undefined) {
    name = `essaim_${createHash('sha256').update(text).digest('hex').slice(0, 32)}`;
    names.set(text, name);
  }
  return name;
}
