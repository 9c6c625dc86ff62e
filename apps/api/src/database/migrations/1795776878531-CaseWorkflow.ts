import { MigrationInterface, QueryRunner } from 'typeorm';

export class CaseWorkflow1795776878531 implements MigrationInterface {
  name = 'CaseWorkflow1795776878531';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            ALTER TABLE "case_file"
            ADD "left_stage" character varying(16)
        `);
    await queryRunner.query(`
            ALTER TABLE "case_file"
            ADD "closure_outcome" character varying(20)
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            ALTER TABLE "case_file" DROP COLUMN "closure_outcome"
        `);
    await queryRunner.query(`
            ALTER TABLE "case_file" DROP COLUMN "left_stage"
        `);
  }
}
