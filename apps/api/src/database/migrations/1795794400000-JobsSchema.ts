import PgBoss from 'pg-boss';
import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The pg-boss schema version this migration installs; upgrading pg-boss needs a migration of its own. */
const PG_BOSS_SCHEMA_VERSION = 24;

const QUEUES: { name: string; options: Record<string, unknown> }[] = [
  // One job per outbox mail; MailService sends them with the same retry settings.
  {
    name: 'mail-deliver',
    options: { policy: 'standard', retryLimit: 5, retryDelay: 30, retryBackoff: true },
  },
  { name: 'task-reminders', options: { policy: 'standard' } },
  { name: 'sla-check', options: { policy: 'standard' } },
  { name: 'new-cases-digest', options: { policy: 'standard' } },
  { name: 'retention', options: { policy: 'standard' } },
];

/**
 * pg-boss's own tables (schema `pgboss`), from pg-boss's construction plan, in this migration's
 * transaction (the plan's own BEGIN/COMMIT are left out); pg-boss then starts with
 * `migrate: false`. Also creates the app's queues, so that any process can send jobs.
 */
export class JobsSchema1795794400000 implements MigrationInterface {
  name = 'JobsSchema1795794400000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    const plan = PgBoss.getConstructionPlans('pgboss');
    if (!plan.includes(`INSERT INTO pgboss.version(version) VALUES ('${PG_BOSS_SCHEMA_VERSION}')`)) {
      throw new Error(
        `pg-boss's schema is no longer version ${PG_BOSS_SCHEMA_VERSION}: add a migration running PgBoss.getMigrationPlans instead of changing this one.`,
      );
    }
    const body = plan
      .replace(/^\s*BEGIN;/, '')
      .replace(/COMMIT;\s*$/, '')
      .trim();
    await queryRunner.query(body);
    for (const queue of QUEUES) {
      await queryRunner.query('SELECT pgboss.create_queue($1, $2::json)', [
        queue.name,
        JSON.stringify(queue.options),
      ]);
    }
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP SCHEMA pgboss CASCADE');
  }
}
