import { MigrationInterface, QueryRunner } from 'typeorm';

export class Initial1795770083023 implements MigrationInterface {
  name = 'Initial1795770083023';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            CREATE TABLE "rate_limit_hit" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "key" character varying(80) NOT NULL,
                "hit_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_25d33ba36b9ae788da175d8aee1" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_9e3697dbeaaa352432746d1821" ON "rate_limit_hit" ("key", "hit_at")
        `);
    await queryRunner.query(`
            CREATE TABLE "territory" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "code" character varying(16) NOT NULL,
                "name" character varying(200) NOT NULL,
                "operator_organisation_id" uuid,
                "settings" jsonb NOT NULL DEFAULT '{}',
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "UQ_151811f88f14e4127190445bf56" UNIQUE ("code"),
                CONSTRAINT "PK_2250448f958bc52a8d040b48f82" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE TABLE "organisation" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "territory_id" uuid NOT NULL,
                "name" character varying(200) NOT NULL,
                "kind" character varying(16) NOT NULL,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_c725ae234ef1b74cce43d2d00c1" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_bbb56df837b767984b51f4d2ed" ON "organisation" ("territory_id", "name")
        `);
    await queryRunner.query(`
            CREATE TABLE "app_user" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "email" character varying(320) NOT NULL,
                "password_hash" character varying(255),
                "first_name" character varying(100) NOT NULL,
                "last_name" character varying(100) NOT NULL,
                "role" character varying(20) NOT NULL,
                "territory_id" uuid,
                "organisation_id" uuid,
                "status" character varying(16) NOT NULL DEFAULT 'active',
                "locale" character varying(5) NOT NULL DEFAULT 'fr',
                "terms_accepted_at" TIMESTAMP WITH TIME ZONE,
                "last_login_at" TIMESTAMP WITH TIME ZONE,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_22a5c4a3d9b2fb8e4e73fc4ada1" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_56b8ff8c5f7f0ad95fb3b4deb8" ON "app_user" ("territory_id", "role")
        `);
    await queryRunner.query(`
            CREATE TABLE "password_reset_token" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "user_id" uuid NOT NULL,
                "token_hash" character varying(64) NOT NULL,
                "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                "used_at" TIMESTAMP WITH TIME ZONE,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_838af121380dfe3a6330e04f5bb" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "IDX_a802f319abf4af2432d629dfe5" ON "password_reset_token" ("token_hash")
        `);
    await queryRunner.query(`
            CREATE TABLE "outbox_mail" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "to_address" character varying(320) NOT NULL,
                "subject" character varying(300) NOT NULL,
                "text_body" text NOT NULL,
                "status" character varying(16) NOT NULL DEFAULT 'pending',
                "sent_at" TIMESTAMP WITH TIME ZONE,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_d209706daddb0762c743fb58634" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_183d82d8e23bc7375ca005ff8f" ON "outbox_mail" ("status", "created_at")
        `);
    await queryRunner.query(`
            ALTER TABLE "organisation"
            ADD CONSTRAINT "FK_a413faa68fd935769db4b068851" FOREIGN KEY ("territory_id") REFERENCES "territory"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "app_user"
            ADD CONSTRAINT "FK_a3fb088f9627bf906a505283fd0" FOREIGN KEY ("territory_id") REFERENCES "territory"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "app_user"
            ADD CONSTRAINT "FK_6fa42e978fa7d7adc32736e26fd" FOREIGN KEY ("organisation_id") REFERENCES "organisation"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "password_reset_token"
            ADD CONSTRAINT "FK_7eabb22ed38459ffc24dc8b415d" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    // Not expressible in the entities: emails unique whatever their case, and the session
    // store's table (connect-pg-simple's layout, with timestamptz).
    await queryRunner.query(`
            CREATE UNIQUE INDEX "uq_app_user_email" ON "app_user" (lower("email"))
        `);
    await queryRunner.query(`
            CREATE TABLE "user_session" (
                "sid" character varying NOT NULL PRIMARY KEY,
                "sess" json NOT NULL,
                "expire" TIMESTAMP WITH TIME ZONE NOT NULL
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "idx_user_session_expire" ON "user_session" ("expire")
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "user_session"`);
    await queryRunner.query(`DROP INDEX "public"."uq_app_user_email"`);
    await queryRunner.query(`
            ALTER TABLE "password_reset_token" DROP CONSTRAINT "FK_7eabb22ed38459ffc24dc8b415d"
        `);
    await queryRunner.query(`
            ALTER TABLE "app_user" DROP CONSTRAINT "FK_6fa42e978fa7d7adc32736e26fd"
        `);
    await queryRunner.query(`
            ALTER TABLE "app_user" DROP CONSTRAINT "FK_a3fb088f9627bf906a505283fd0"
        `);
    await queryRunner.query(`
            ALTER TABLE "organisation" DROP CONSTRAINT "FK_a413faa68fd935769db4b068851"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_183d82d8e23bc7375ca005ff8f"
        `);
    await queryRunner.query(`
            DROP TABLE "outbox_mail"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_a802f319abf4af2432d629dfe5"
        `);
    await queryRunner.query(`
            DROP TABLE "password_reset_token"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_56b8ff8c5f7f0ad95fb3b4deb8"
        `);
    await queryRunner.query(`
            DROP TABLE "app_user"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_bbb56df837b767984b51f4d2ed"
        `);
    await queryRunner.query(`
            DROP TABLE "organisation"
        `);
    await queryRunner.query(`
            DROP TABLE "territory"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_9e3697dbeaaa352432746d1821"
        `);
    await queryRunner.query(`
            DROP TABLE "rate_limit_hit"
        `);
  }
}
