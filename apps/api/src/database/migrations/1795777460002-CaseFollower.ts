import { MigrationInterface, QueryRunner } from 'typeorm';

export class CaseFollower1795777460002 implements MigrationInterface {
  name = 'CaseFollower1795777460002';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            CREATE TABLE "case_follower" (
                "case_id" uuid NOT NULL,
                "user_id" uuid NOT NULL,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_67bbfe721132f6edbb6e3ed23b4" PRIMARY KEY ("case_id", "user_id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_1213279eec45fc63d960a759bc" ON "case_follower" ("user_id")
        `);
    await queryRunner.query(`
            ALTER TABLE "case_follower"
            ADD CONSTRAINT "FK_3112fff668b05bb5bb6237d892f" FOREIGN KEY ("case_id") REFERENCES "case_file"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "case_follower"
            ADD CONSTRAINT "FK_1213279eec45fc63d960a759bc5" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            ALTER TABLE "case_follower" DROP CONSTRAINT "FK_1213279eec45fc63d960a759bc5"
        `);
    await queryRunner.query(`
            ALTER TABLE "case_follower" DROP CONSTRAINT "FK_3112fff668b05bb5bb6237d892f"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_1213279eec45fc63d960a759bc"
        `);
    await queryRunner.query(`
            DROP TABLE "case_follower"
        `);
  }
}
