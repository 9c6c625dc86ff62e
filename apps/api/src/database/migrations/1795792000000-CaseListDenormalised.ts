import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Two columns of case_file kept by triggers, for the case list's slowest filters on 100,000 cases:
 * - `departement_code`, the project's département (the filter joined project and commune per case);
 * - `first_open_task_due`, the earliest due date of the open tasks ("has an overdue task", and
 *   "my cases with an overdue task" from a partial index instead of every case I lead).
 */
export class CaseListDenormalised1795792000000 implements MigrationInterface {
  name = 'CaseListDenormalised1795792000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            ALTER TABLE "case_file" ADD "departement_code" character varying(3)
        `);
    await queryRunner.query(`
            ALTER TABLE "case_file" ADD "first_open_task_due" date
        `);
    await queryRunner.query(`
            CREATE FUNCTION essaim_project_departement(p_project_id uuid) RETURNS varchar
            LANGUAGE sql STABLE AS $$
              SELECT cm.departement_code FROM project p JOIN commune cm ON cm.code = p.commune_code
               WHERE p.id = p_project_id
            $$
        `);
    await queryRunner.query(`
            CREATE FUNCTION essaim_case_departement_on_write() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
              NEW.departement_code := essaim_project_departement(NEW.project_id);
              RETURN NEW;
            END $$
        `);
    await queryRunner.query(`
            CREATE TRIGGER case_file_departement BEFORE INSERT OR UPDATE OF project_id ON case_file
            FOR EACH ROW EXECUTE FUNCTION essaim_case_departement_on_write()
        `);
    await queryRunner.query(`
            CREATE FUNCTION essaim_case_departement_on_project() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
              UPDATE case_file SET departement_code = essaim_project_departement(NEW.id)
               WHERE project_id = NEW.id AND departement_code IS DISTINCT FROM essaim_project_departement(NEW.id);
              RETURN NULL;
            END $$
        `);
    await queryRunner.query(`
            CREATE TRIGGER project_case_departement AFTER UPDATE OF commune_code ON project
            FOR EACH ROW EXECUTE FUNCTION essaim_case_departement_on_project()
        `);
    await queryRunner.query(`
            CREATE FUNCTION essaim_case_open_task_due(p_case_id uuid) RETURNS void LANGUAGE sql AS $$
              UPDATE case_file c
                 SET first_open_task_due = (SELECT min(t.due_date) FROM case_task t
                                             WHERE t.case_id = p_case_id AND t.done_at IS NULL)
               WHERE c.id = p_case_id
            $$
        `);
    await queryRunner.query(`
            CREATE FUNCTION essaim_case_open_task_on_task() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
              IF TG_OP <> 'INSERT' THEN PERFORM essaim_case_open_task_due(OLD.case_id); END IF;
              IF TG_OP <> 'DELETE' AND (TG_OP = 'INSERT' OR NEW.case_id <> OLD.case_id) THEN
                PERFORM essaim_case_open_task_due(NEW.case_id);
              END IF;
              RETURN NULL;
            END $$
        `);
    await queryRunner.query(`
            CREATE TRIGGER case_task_open_task_due AFTER INSERT OR DELETE OR UPDATE OF case_id, due_date, done_at
            ON case_task FOR EACH ROW EXECUTE FUNCTION essaim_case_open_task_on_task()
        `);
    await queryRunner.query(`
            UPDATE case_file c SET departement_code = essaim_project_departement(c.project_id)
        `);
    await queryRunner.query(`
            UPDATE case_file c SET first_open_task_due = open.due
              FROM (SELECT case_id, min(due_date) AS due FROM case_task WHERE done_at IS NULL GROUP BY case_id) open
             WHERE c.id = open.case_id
        `);
    await queryRunner.query(`
            CREATE INDEX "idx_case_file_lead_open_task" ON "case_file" ("lead_advisor_id", "first_open_task_due")
             WHERE first_open_task_due IS NOT NULL
        `);
    await queryRunner.query(`
            CREATE INDEX "idx_case_file_open_task" ON "case_file" ("territory_id", "first_open_task_due")
             WHERE first_open_task_due IS NOT NULL
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "idx_case_file_open_task"`);
    await queryRunner.query(`DROP INDEX "idx_case_file_lead_open_task"`);
    await queryRunner.query(`DROP TRIGGER case_task_open_task_due ON case_task`);
    await queryRunner.query(`DROP FUNCTION essaim_case_open_task_on_task()`);
    await queryRunner.query(`DROP FUNCTION essaim_case_open_task_due(uuid)`);
    await queryRunner.query(`DROP TRIGGER project_case_departement ON project`);
    await queryRunner.query(`DROP FUNCTION essaim_case_departement_on_project()`);
    await queryRunner.query(`DROP TRIGGER case_file_departement ON case_file`);
    await queryRunner.query(`DROP FUNCTION essaim_case_departement_on_write()`);
    await queryRunner.query(`DROP FUNCTION essaim_project_departement(uuid)`);
    await queryRunner.query(`ALTER TABLE "case_file" DROP COLUMN "first_open_task_due"`);
    await queryRunner.query(`ALTER TABLE "case_file" DROP COLUMN "departement_code"`);
  }
}
