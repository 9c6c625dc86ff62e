import { MigrationInterface, QueryRunner } from 'typeorm';

export class OutboxBatchIndex1795798233908 implements MigrationInterface {
  name = 'OutboxBatchIndex1795798233908';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            CREATE INDEX "IDX_fad1f7ead66a9452b25573855a" ON "outbox_mail" ("batch_key")
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            DROP INDEX "public"."IDX_fad1f7ead66a9452b25573855a"
        `);
  }
}
