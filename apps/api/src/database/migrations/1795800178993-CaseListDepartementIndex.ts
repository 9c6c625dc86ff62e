import { MigrationInterface, QueryRunner } from 'typeorm';

export class CaseListDepartementIndex1795800178993 implements MigrationInterface {
  name = 'CaseListDepartementIndex1795800178993';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            CREATE INDEX "IDX_43e8c4fb7a5dad53027432136d" ON "case_file" ("territory_id", "departement_code", "stage")
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            DROP INDEX "public"."IDX_43e8c4fb7a5dad53027432136d"
        `);
  }
}
