import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * `case_follower.first_open_task_due`, a copy of its case's (CaseListDenormalised), kept by
 * triggers: "the cases I follow with an overdue task" then comes from a partial index instead of a
 * lookup of each of the hundreds of cases an advisor follows.
 */
export class FollowerOpenTaskDue1795800900000 implements MigrationInterface {
  name = 'FollowerOpenTaskDue1795800900000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            ALTER TABLE "case_follower" ADD "first_open_task_due" date
        `);
    await queryRunner.query(`
            CREATE FUNCTION essaim_follower_open_task_on_write() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
              NEW.first_open_task_due := (SELECT c.first_open_task_due FROM case_file c WHERE c.id = NEW.case_id);
              RETURN NEW;
            END $$
        `);
    await queryRunner.query(`
            CREATE TRIGGER case_follower_open_task BEFORE INSERT OR UPDATE OF case_id ON case_follower
            FOR EACH ROW EXECUTE FUNCTION essaim_follower_open_task_on_write()
        `);
    await queryRunner.query(`
            CREATE FUNCTION essaim_follower_open_task_on_case() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
              UPDATE case_follower SET first_open_task_due = NEW.first_open_task_due WHERE case_id = NEW.id;
              RETURN NULL;
            END $$
        `);
    await queryRunner.query(`
            CREATE TRIGGER case_file_follower_open_task AFTER UPDATE OF first_open_task_due ON case_file
            FOR EACH ROW WHEN (OLD.first_open_task_due IS DISTINCT FROM NEW.first_open_task_due)
            EXECUTE FUNCTION essaim_follower_open_task_on_case()
        `);
    await queryRunner.query(`
            UPDATE case_follower f SET first_open_task_due = c.first_open_task_due
              FROM case_file c WHERE c.id = f.case_id AND c.first_open_task_due IS NOT NULL
        `);
    await queryRunner.query(`
            CREATE INDEX "idx_case_follower_open_task" ON "case_follower" ("user_id", "first_open_task_due")
             WHERE first_open_task_due IS NOT NULL
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "idx_case_follower_open_task"`);
    await queryRunner.query(`DROP TRIGGER case_file_follower_open_task ON case_file`);
    await queryRunner.query(`DROP FUNCTION essaim_follower_open_task_on_case()`);
    await queryRunner.query(`DROP TRIGGER case_follower_open_task ON case_follower`);
    await queryRunner.query(`DROP FUNCTION essaim_follower_open_task_on_write()`);
    await queryRunner.query(`ALTER TABLE "case_follower" DROP COLUMN "first_open_task_due"`);
  }
}
