import { MigrationInterface, QueryRunner } from 'typeorm';

export class CaseListIndexes1795782697495 implements MigrationInterface {
  name = 'CaseListIndexes1795782697495';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            DROP INDEX "public"."IDX_356493d765046e8fa4015894cf"
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_a0ca4cec661b96cfc07991d74b" ON "project" ("territory_id", "commune_code")
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_2308d4df1ce346b6cf80fd882d" ON "project" ("territory_id", "legal_form")
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_d2ddccc3822d9062c1b7dc8b27" ON "project" ("territory_id", "sector")
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_c77f39d3b7aff84c2c4b13890a" ON "case_file" ("territory_id", "last_event_at", "id")
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_612bfdadbace083101c5a16097" ON "case_file" ("territory_id", "submitted_at", "id")
        `);
    // The case list's sort by the current stage's entry time: an ISO string read from the jsonb,
    // which sorts as the instants do and keeps the expression immutable.
    await queryRunner.query(`
            CREATE INDEX "idx_case_file_stage_entered" ON "case_file" ("territory_id", (stage_entered_at ->> stage), "id")
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "idx_case_file_stage_entered"`);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_612bfdadbace083101c5a16097"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_c77f39d3b7aff84c2c4b13890a"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_d2ddccc3822d9062c1b7dc8b27"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_2308d4df1ce346b6cf80fd882d"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_a0ca4cec661b96cfc07991d74b"
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_356493d765046e8fa4015894cf" ON "case_file" USING btree ("territory_id", "submitted_at")
        `);
  }
}
