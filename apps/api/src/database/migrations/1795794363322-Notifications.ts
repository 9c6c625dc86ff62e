import { MigrationInterface, QueryRunner } from 'typeorm';

export class Notifications1795794363322 implements MigrationInterface {
  name = 'Notifications1795794363322';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            CREATE TABLE "email_confirmation_token" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "user_id" uuid NOT NULL,
                "token_hash" character varying(64) NOT NULL,
                "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                "used_at" TIMESTAMP WITH TIME ZONE,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_2fa8d5586af7e96201b84492131" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "IDX_b868aa9cc5efe3b57bc4441574" ON "email_confirmation_token" ("token_hash")
        `);
    await queryRunner.query(`
            CREATE TABLE "notification_preference" (
                "user_id" uuid NOT NULL,
                "kind" character varying(40) NOT NULL,
                "email" boolean NOT NULL,
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_0f7529aefc65bd035491bb755bf" PRIMARY KEY ("user_id", "kind")
            )
        `);
    await queryRunner.query(`
            CREATE TABLE "notification" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "recipient_id" uuid NOT NULL,
                "territory_id" uuid,
                "kind" character varying(40) NOT NULL,
                "link" character varying(300) NOT NULL,
                "params" jsonb NOT NULL DEFAULT '{}',
                "case_id" uuid,
                "read_at" TIMESTAMP WITH TIME ZONE,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_705b6c7cdf9b2c2ff7ac7872cb7" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_d34aa77b1cb788d36b3f750794" ON "notification" ("recipient_id", "created_at")
        `);
    await queryRunner.query(`
            ALTER TABLE "app_user"
            ADD "email_confirmed_at" TIMESTAMP WITH TIME ZONE
        `);
    await queryRunner.query(`
            ALTER TABLE "outbox_mail"
            ADD "html_body" text
        `);
    await queryRunner.query(`
            ALTER TABLE "outbox_mail"
            ADD "kind" character varying(40) NOT NULL DEFAULT 'other'
        `);
    await queryRunner.query(`
            ALTER TABLE "outbox_mail"
            ADD "recipient_id" uuid
        `);
    await queryRunner.query(`
            ALTER TABLE "outbox_mail"
            ADD "territory_id" uuid
        `);
    await queryRunner.query(`
            ALTER TABLE "outbox_mail"
            ADD "notification_id" uuid
        `);
    await queryRunner.query(`
            ALTER TABLE "outbox_mail"
            ADD "batch_key" character varying(120)
        `);
    await queryRunner.query(`
            ALTER TABLE "outbox_mail"
            ADD "not_before" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now()
        `);
    await queryRunner.query(`
            ALTER TABLE "outbox_mail"
            ADD "attempts" smallint NOT NULL DEFAULT '0'
        `);
    await queryRunner.query(`
            ALTER TABLE "outbox_mail"
            ADD "last_error" text
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_36fe684d384db9c6d0e411dc38" ON "outbox_mail" ("territory_id", "status", "created_at")
        `);
    await queryRunner.query(`
            ALTER TABLE "email_confirmation_token"
            ADD CONSTRAINT "FK_e1ae6c0f5309069e48ef6eb9cf6" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "notification_preference"
            ADD CONSTRAINT "FK_ff040d2d2e35c49b00525783829" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "notification"
            ADD CONSTRAINT "FK_9830357f52360a126737d498e66" FOREIGN KEY ("recipient_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    // Accounts that exist already proved their address some other way (invitation, demo): only
    // new signups confirm theirs.
    await queryRunner.query(`
            UPDATE "app_user" SET "email_confirmed_at" = "created_at"
        `);
    await queryRunner.query(`
            CREATE INDEX "idx_notification_unread" ON "notification" ("recipient_id") WHERE read_at IS NULL
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "idx_notification_unread"`);
    await queryRunner.query(`
            ALTER TABLE "notification" DROP CONSTRAINT "FK_9830357f52360a126737d498e66"
        `);
    await queryRunner.query(`
            ALTER TABLE "notification_preference" DROP CONSTRAINT "FK_ff040d2d2e35c49b00525783829"
        `);
    await queryRunner.query(`
            ALTER TABLE "email_confirmation_token" DROP CONSTRAINT "FK_e1ae6c0f5309069e48ef6eb9cf6"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_36fe684d384db9c6d0e411dc38"
        `);
    await queryRunner.query(`
            ALTER TABLE "outbox_mail" DROP COLUMN "last_error"
        `);
    await queryRunner.query(`
            ALTER TABLE "outbox_mail" DROP COLUMN "attempts"
        `);
    await queryRunner.query(`
            ALTER TABLE "outbox_mail" DROP COLUMN "not_before"
        `);
    await queryRunner.query(`
            ALTER TABLE "outbox_mail" DROP COLUMN "batch_key"
        `);
    await queryRunner.query(`
            ALTER TABLE "outbox_mail" DROP COLUMN "notification_id"
        `);
    await queryRunner.query(`
            ALTER TABLE "outbox_mail" DROP COLUMN "territory_id"
        `);
    await queryRunner.query(`
            ALTER TABLE "outbox_mail" DROP COLUMN "recipient_id"
        `);
    await queryRunner.query(`
            ALTER TABLE "outbox_mail" DROP COLUMN "kind"
        `);
    await queryRunner.query(`
            ALTER TABLE "outbox_mail" DROP COLUMN "html_body"
        `);
    await queryRunner.query(`
            ALTER TABLE "app_user" DROP COLUMN "email_confirmed_at"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_d34aa77b1cb788d36b3f750794"
        `);
    await queryRunner.query(`
            DROP TABLE "notification"
        `);
    await queryRunner.query(`
            DROP TABLE "notification_preference"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_b868aa9cc5efe3b57bc4441574"
        `);
    await queryRunner.query(`
            DROP TABLE "email_confirmation_token"
        `);
  }
}
