import { MigrationInterface, QueryRunner } from 'typeorm';

export class Referrals1795792100000 implements MigrationInterface {
  name = 'Referrals1795792100000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            CREATE TABLE "funding_criterion" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "offer_id" uuid NOT NULL,
                "label" character varying(200) NOT NULL,
                "weight" smallint NOT NULL,
                "scale" smallint NOT NULL,
                "position" smallint NOT NULL,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_e9a09af8d17b210edddaf35070d" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_7b8ed66f3c6534548b2f886172" ON "funding_criterion" ("offer_id", "position")
        `);
    await queryRunner.query(`
            CREATE TABLE "referral" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "territory_id" uuid NOT NULL,
                "case_id" uuid NOT NULL,
                "organisation_id" uuid NOT NULL,
                "offer_id" uuid NOT NULL,
                "status" character varying(16) NOT NULL DEFAULT 'sent',
                "asked_cents" bigint NOT NULL,
                "asked_instrument" character varying(20) NOT NULL,
                "message" text NOT NULL,
                "snapshot" jsonb NOT NULL,
                "granted_cents" bigint,
                "granted_instrument" character varying(20),
                "conditions" text,
                "decline_reason" text,
                "decided_at" TIMESTAMP WITH TIME ZONE,
                "decided_by_id" uuid,
                "withdrawn_at" TIMESTAMP WITH TIME ZONE,
                "sent_by_id" uuid NOT NULL,
                "version" integer NOT NULL DEFAULT '1',
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_a2d3e935a6591168066defec5ad" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_d5bd15e33603dfd96523f1425f" ON "referral" ("organisation_id", "status", "created_at")
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_a3c42a65967c8a70e3ae1e1b6b" ON "referral" ("case_id")
        `);
    await queryRunner.query(`
            CREATE TABLE "referral_disbursement" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "referral_id" uuid NOT NULL,
                "amount_cents" bigint NOT NULL,
                "paid_on" date NOT NULL,
                "recorded_by_id" uuid NOT NULL,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_6ac0aad72335889e1d14e2014ae" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_74be017b94ce23f0c0f1ef6180" ON "referral_disbursement" ("referral_id", "paid_on")
        `);
    await queryRunner.query(`
            CREATE TABLE "referral_exchange" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "referral_id" uuid NOT NULL,
                "kind" character varying(10) NOT NULL,
                "body" text NOT NULL,
                "author_id" uuid NOT NULL,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_e872cd60c4ec8cf898bd0a0108e" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_8c9a7a317f3dafd1442fcbfe9c" ON "referral_exchange" ("referral_id", "created_at")
        `);
    await queryRunner.query(`
            CREATE TABLE "referral_document" (
                "referral_id" uuid NOT NULL,
                "document_version_id" uuid NOT NULL,
                "exchange_id" uuid,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_4436b6f1459a7ecafd2bea659b5" PRIMARY KEY ("referral_id", "document_version_id")
            )
        `);
    await queryRunner.query(`
            CREATE TABLE "referral_review" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "referral_id" uuid NOT NULL,
                "reviewer_id" uuid NOT NULL,
                "scores" jsonb NOT NULL,
                "comment" text NOT NULL DEFAULT '',
                "version" integer NOT NULL DEFAULT '1',
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_5e93066b869ff386f514fc1e912" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "IDX_559902539c13e84d03f546cf30" ON "referral_review" ("referral_id", "reviewer_id")
        `);
    await queryRunner.query(`
            ALTER TABLE "funding_criterion"
            ADD CONSTRAINT "FK_50ef978c905644020ff228aaf7b" FOREIGN KEY ("offer_id") REFERENCES "offer"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "referral"
            ADD CONSTRAINT "FK_a3c42a65967c8a70e3ae1e1b6b6" FOREIGN KEY ("case_id") REFERENCES "case_file"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "referral"
            ADD CONSTRAINT "FK_2005e73e0169561b970a9fc262c" FOREIGN KEY ("organisation_id") REFERENCES "organisation"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "referral"
            ADD CONSTRAINT "FK_1ee2e3928bd19f8787a1ba91b98" FOREIGN KEY ("offer_id") REFERENCES "offer"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "referral"
            ADD CONSTRAINT "FK_020c8ea28767f19aec1c6e16a25" FOREIGN KEY ("sent_by_id") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "referral_disbursement"
            ADD CONSTRAINT "FK_6bcff2b38037338d8a4071ba814" FOREIGN KEY ("referral_id") REFERENCES "referral"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "referral_disbursement"
            ADD CONSTRAINT "FK_443cec4128c2b60af58667f352f" FOREIGN KEY ("recorded_by_id") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "referral_exchange"
            ADD CONSTRAINT "FK_cfaefeab0e320df5a5c0d00ae11" FOREIGN KEY ("referral_id") REFERENCES "referral"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "referral_exchange"
            ADD CONSTRAINT "FK_ef100aefc72b7b467a3d4ba682b" FOREIGN KEY ("author_id") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "referral_document"
            ADD CONSTRAINT "FK_0ceca947e26480ee12a338d6f65" FOREIGN KEY ("referral_id") REFERENCES "referral"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "referral_document"
            ADD CONSTRAINT "FK_a2061be39f4e62205b84dd070a1" FOREIGN KEY ("document_version_id") REFERENCES "case_document_version"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "referral_document"
            ADD CONSTRAINT "FK_91e58352beac80d91f012234632" FOREIGN KEY ("exchange_id") REFERENCES "referral_exchange"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "referral_review"
            ADD CONSTRAINT "FK_ac28ca8f51440d86fd1733dcbfb" FOREIGN KEY ("referral_id") REFERENCES "referral"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "referral_review"
            ADD CONSTRAINT "FK_d94a3c6a90d56ffe76636f074e4" FOREIGN KEY ("reviewer_id") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            ALTER TABLE "referral_review" DROP CONSTRAINT "FK_d94a3c6a90d56ffe76636f074e4"
        `);
    await queryRunner.query(`
            ALTER TABLE "referral_review" DROP CONSTRAINT "FK_ac28ca8f51440d86fd1733dcbfb"
        `);
    await queryRunner.query(`
            ALTER TABLE "referral_document" DROP CONSTRAINT "FK_91e58352beac80d91f012234632"
        `);
    await queryRunner.query(`
            ALTER TABLE "referral_document" DROP CONSTRAINT "FK_a2061be39f4e62205b84dd070a1"
        `);
    await queryRunner.query(`
            ALTER TABLE "referral_document" DROP CONSTRAINT "FK_0ceca947e26480ee12a338d6f65"
        `);
    await queryRunner.query(`
            ALTER TABLE "referral_exchange" DROP CONSTRAINT "FK_ef100aefc72b7b467a3d4ba682b"
        `);
    await queryRunner.query(`
            ALTER TABLE "referral_exchange" DROP CONSTRAINT "FK_cfaefeab0e320df5a5c0d00ae11"
        `);
    await queryRunner.query(`
            ALTER TABLE "referral_disbursement" DROP CONSTRAINT "FK_443cec4128c2b60af58667f352f"
        `);
    await queryRunner.query(`
            ALTER TABLE "referral_disbursement" DROP CONSTRAINT "FK_6bcff2b38037338d8a4071ba814"
        `);
    await queryRunner.query(`
            ALTER TABLE "referral" DROP CONSTRAINT "FK_020c8ea28767f19aec1c6e16a25"
        `);
    await queryRunner.query(`
            ALTER TABLE "referral" DROP CONSTRAINT "FK_1ee2e3928bd19f8787a1ba91b98"
        `);
    await queryRunner.query(`
            ALTER TABLE "referral" DROP CONSTRAINT "FK_2005e73e0169561b970a9fc262c"
        `);
    await queryRunner.query(`
            ALTER TABLE "referral" DROP CONSTRAINT "FK_a3c42a65967c8a70e3ae1e1b6b6"
        `);
    await queryRunner.query(`
            ALTER TABLE "funding_criterion" DROP CONSTRAINT "FK_50ef978c905644020ff228aaf7b"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_559902539c13e84d03f546cf30"
        `);
    await queryRunner.query(`
            DROP TABLE "referral_review"
        `);
    await queryRunner.query(`
            DROP TABLE "referral_document"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_8c9a7a317f3dafd1442fcbfe9c"
        `);
    await queryRunner.query(`
            DROP TABLE "referral_exchange"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_74be017b94ce23f0c0f1ef6180"
        `);
    await queryRunner.query(`
            DROP TABLE "referral_disbursement"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_a3c42a65967c8a70e3ae1e1b6b"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_d5bd15e33603dfd96523f1425f"
        `);
    await queryRunner.query(`
            DROP TABLE "referral"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_7b8ed66f3c6534548b2f886172"
        `);
    await queryRunner.query(`
            DROP TABLE "funding_criterion"
        `);
  }
}
