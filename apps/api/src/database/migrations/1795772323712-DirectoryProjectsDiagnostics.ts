import { MigrationInterface, QueryRunner } from 'typeorm';

export class DirectoryProjectsDiagnostics1795772323712 implements MigrationInterface {
  name = 'DirectoryProjectsDiagnostics1795772323712';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            CREATE TABLE "case_counter" (
                "territory_id" uuid NOT NULL,
                "year" integer NOT NULL,
                "last_value" integer NOT NULL,
                CONSTRAINT "PK_3a7bb81811c5026db8b7ce95a36" PRIMARY KEY ("territory_id", "year")
            )
        `);
    await queryRunner.query(`
            CREATE TABLE "commune" (
                "code" character varying(5) NOT NULL,
                "name" character varying(200) NOT NULL,
                "departement_code" character varying(3) NOT NULL,
                "territory_id" uuid NOT NULL,
                "postal_codes" character varying array NOT NULL DEFAULT '{}',
                CONSTRAINT "PK_c7da656431051b5e8b730945285" PRIMARY KEY ("code")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_d9a20999fdbd25715fff6d8c4e" ON "commune" ("territory_id", "name")
        `);
    await queryRunner.query(`
            CREATE TABLE "project" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "territory_id" uuid NOT NULL,
                "name" character varying(200) NOT NULL,
                "summary" text NOT NULL DEFAULT '',
                "legal_form" character varying(20) NOT NULL,
                "siret" character varying(14),
                "sector" character varying(30) NOT NULL,
                "stage" character varying(20) NOT NULL,
                "commune_code" character varying(5) NOT NULL,
                "jobs_now" integer NOT NULL DEFAULT '0',
                "jobs_planned" integer NOT NULL DEFAULT '0',
                "funding_need_cents" bigint NOT NULL DEFAULT '0',
                "version" integer NOT NULL DEFAULT '1',
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_4d68b1358bb5b766d3e78f32f57" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_665a10f57129d8c4cb99cd0dea" ON "project" ("territory_id", "created_at")
        `);
    await queryRunner.query(`
            CREATE TABLE "questionnaire_version" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "territory_id" uuid NOT NULL,
                "number" integer NOT NULL,
                "definition" jsonb NOT NULL,
                "published_by_id" uuid,
                "published_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_563cc375d2213a2b6df8c9a4f9c" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "IDX_dafb7fe75f36b2f0080114e69f" ON "questionnaire_version" ("territory_id", "number")
        `);
    await queryRunner.query(`
            CREATE TABLE "diagnostic" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "territory_id" uuid NOT NULL,
                "project_id" uuid NOT NULL,
                "questionnaire_version_id" uuid NOT NULL,
                "answers" jsonb NOT NULL DEFAULT '{}',
                "status" character varying(12) NOT NULL DEFAULT 'draft',
                "started_by_id" uuid NOT NULL,
                "submitted_at" TIMESTAMP WITH TIME ZONE,
                "need_profile" jsonb,
                "matches" jsonb,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_98c9b0b51c24cd981d15ee3091b" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_c94b39729c5bb31bf37e990e30" ON "diagnostic" ("project_id", "created_at")
        `);
    await queryRunner.query(`
            CREATE TABLE "case_file" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "territory_id" uuid NOT NULL,
                "reference" character varying(32) NOT NULL,
                "project_id" uuid NOT NULL,
                "diagnostic_id" uuid NOT NULL,
                "stage" character varying(16) NOT NULL DEFAULT 'submitted',
                "stage_entered_at" jsonb NOT NULL DEFAULT '{}',
                "priority" character varying(8) NOT NULL DEFAULT 'normal',
                "lead_advisor_id" uuid,
                "submitted_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                "version" integer NOT NULL DEFAULT '1',
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "UQ_8b2d3382d18e097c99977ed90d9" UNIQUE ("reference"),
                CONSTRAINT "UQ_ddc39087fde6b5607f675729719" UNIQUE ("diagnostic_id"),
                CONSTRAINT "REL_ddc39087fde6b5607f67572971" UNIQUE ("diagnostic_id"),
                CONSTRAINT "PK_911fb1b39fb664d0e88843036b9" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_de2f9f26c08ebf73ccf6cef7a7" ON "case_file" ("project_id")
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_36511152d3d1a9fa3ac807b397" ON "case_file" ("territory_id", "stage")
        `);
    await queryRunner.query(`
            CREATE TABLE "case_event" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "case_id" uuid NOT NULL,
                "territory_id" uuid NOT NULL,
                "kind" character varying(40) NOT NULL,
                "visibility" character varying(8) NOT NULL,
                "actor_id" uuid,
                "payload" jsonb NOT NULL DEFAULT '{}',
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_5b6e18b2d4fd178711a2269645e" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_7ad999e7075634fdd1a1e8030e" ON "case_event" ("case_id", "created_at")
        `);
    await queryRunner.query(`
            CREATE TABLE "offer" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "territory_id" uuid NOT NULL,
                "organisation_id" uuid NOT NULL,
                "name" character varying(200) NOT NULL,
                "summary" text NOT NULL DEFAULT '',
                "kind" character varying(16) NOT NULL,
                "stages" character varying array NOT NULL DEFAULT '{}',
                "legal_forms" character varying array NOT NULL DEFAULT '{}',
                "sectors" character varying array NOT NULL DEFAULT '{}',
                "need_categories" character varying array NOT NULL DEFAULT '{}',
                "instrument" character varying(20),
                "amount_min_cents" bigint,
                "amount_max_cents" bigint,
                "published" boolean NOT NULL DEFAULT true,
                "search_text" text NOT NULL DEFAULT '',
                "version" integer NOT NULL DEFAULT '1',
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_57c6ae1abe49201919ef68de900" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_47d5e67618bf84e9e322c3a25a" ON "offer" ("organisation_id")
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_601d4e82e2cd3470da1829dfbd" ON "offer" ("territory_id", "published")
        `);
    await queryRunner.query(`
            CREATE TABLE "project_invitation" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "project_id" uuid NOT NULL,
                "email" character varying(320) NOT NULL,
                "token_hash" character varying(64) NOT NULL,
                "invited_by_id" uuid NOT NULL,
                "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                "accepted_at" TIMESTAMP WITH TIME ZONE,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_ba41c49adf5e2c6e828de7a108d" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "IDX_62b19f9263e739a93a492ac836" ON "project_invitation" ("token_hash")
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_9dd317f479606b1165e963a24a" ON "project_invitation" ("project_id")
        `);
    await queryRunner.query(`
            CREATE TABLE "project_member" (
                "project_id" uuid NOT NULL,
                "user_id" uuid NOT NULL,
                "role" character varying(12) NOT NULL,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_0d739aa2794632a5a09276afb7a" PRIMARY KEY ("project_id", "user_id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_c5aa3e0aec43d3459e159d21dd" ON "project_member" ("user_id")
        `);
    await queryRunner.query(`
            CREATE TABLE "questionnaire_draft" (
                "territory_id" uuid NOT NULL,
                "definition" jsonb NOT NULL,
                "revision" integer NOT NULL DEFAULT '1',
                "updated_by_id" uuid,
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_68c7bcfe0751287e9028cca54c5" PRIMARY KEY ("territory_id")
            )
        `);
    await queryRunner.query(`
            ALTER TABLE "territory"
            ADD "departements" character varying array NOT NULL DEFAULT '{}'
        `);
    await queryRunner.query(`
            ALTER TABLE "organisation"
            ADD "description" text NOT NULL DEFAULT ''
        `);
    await queryRunner.query(`
            ALTER TABLE "organisation"
            ADD "website" character varying(300)
        `);
    await queryRunner.query(`
            ALTER TABLE "organisation"
            ADD "contact_email" character varying(320)
        `);
    await queryRunner.query(`
            ALTER TABLE "organisation"
            ADD "contact_phone" character varying(30)
        `);
    await queryRunner.query(`
            ALTER TABLE "organisation"
            ADD "address" character varying(300)
        `);
    await queryRunner.query(`
            ALTER TABLE "organisation"
            ADD "communes" character varying array NOT NULL DEFAULT '{}'
        `);
    await queryRunner.query(`
            ALTER TABLE "organisation"
            ADD "departements" character varying array NOT NULL DEFAULT '{}'
        `);
    await queryRunner.query(`
            ALTER TABLE "organisation"
            ADD "published" boolean NOT NULL DEFAULT true
        `);
    await queryRunner.query(`
            ALTER TABLE "organisation"
            ADD "version" integer NOT NULL DEFAULT '1'
        `);
    await queryRunner.query(`
            ALTER TABLE "project"
            ADD CONSTRAINT "FK_58039bae6ab4a612b6095e23f6d" FOREIGN KEY ("commune_code") REFERENCES "commune"("code") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "diagnostic"
            ADD CONSTRAINT "FK_9584f563e4f3881bfaa0f5c0e79" FOREIGN KEY ("project_id") REFERENCES "project"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "diagnostic"
            ADD CONSTRAINT "FK_032aca0bad12ed163a6c18c5674" FOREIGN KEY ("questionnaire_version_id") REFERENCES "questionnaire_version"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "case_file"
            ADD CONSTRAINT "FK_de2f9f26c08ebf73ccf6cef7a72" FOREIGN KEY ("project_id") REFERENCES "project"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "case_file"
            ADD CONSTRAINT "FK_ddc39087fde6b5607f675729719" FOREIGN KEY ("diagnostic_id") REFERENCES "diagnostic"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "case_file"
            ADD CONSTRAINT "FK_bc7c09b61f00c005bdbd10dfada" FOREIGN KEY ("lead_advisor_id") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "case_event"
            ADD CONSTRAINT "FK_85962fcd8d72296385c01a5dd45" FOREIGN KEY ("case_id") REFERENCES "case_file"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "offer"
            ADD CONSTRAINT "FK_47d5e67618bf84e9e322c3a25a9" FOREIGN KEY ("organisation_id") REFERENCES "organisation"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "project_invitation"
            ADD CONSTRAINT "FK_9dd317f479606b1165e963a24a0" FOREIGN KEY ("project_id") REFERENCES "project"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "project_invitation"
            ADD CONSTRAINT "FK_1aeb9383df0618ec3a4a40722bb" FOREIGN KEY ("invited_by_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "project_member"
            ADD CONSTRAINT "FK_aaef76230abfcdf30adb15d0be8" FOREIGN KEY ("project_id") REFERENCES "project"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "project_member"
            ADD CONSTRAINT "FK_c5aa3e0aec43d3459e159d21dd3" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    // Not expressible in the entities: accent-insensitive French search.
    await queryRunner.query(`CREATE EXTENSION IF NOT EXISTS unaccent`);
    await queryRunner.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm`);
    // unaccent() is only STABLE; an index needs an IMMUTABLE wrapper with a fixed dictionary.
    await queryRunner.query(`
            CREATE OR REPLACE FUNCTION essaim_unaccent(text) RETURNS text
            LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
            AS $$ SELECT public.unaccent('public.unaccent'::regdictionary, $1) $$
        `);
    await queryRunner.query(
      `CREATE INDEX "idx_offer_search" ON "offer" USING gin (to_tsvector('french', "search_text"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "idx_offer_search_trgm" ON "offer" USING gin ("search_text" gin_trgm_ops)`,
    );
    await queryRunner.query(
      `CREATE INDEX "idx_organisation_name_trgm" ON "organisation" USING gin (essaim_unaccent(lower("name")) gin_trgm_ops)`,
    );
    await queryRunner.query(
      `CREATE INDEX "idx_commune_name_trgm" ON "commune" USING gin (essaim_unaccent(lower("name")) gin_trgm_ops)`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "idx_commune_name_trgm"`);
    await queryRunner.query(`DROP INDEX "idx_organisation_name_trgm"`);
    await queryRunner.query(`DROP INDEX "idx_offer_search_trgm"`);
    await queryRunner.query(`DROP INDEX "idx_offer_search"`);
    await queryRunner.query(`DROP FUNCTION essaim_unaccent(text)`);
    await queryRunner.query(`
            ALTER TABLE "project_member" DROP CONSTRAINT "FK_c5aa3e0aec43d3459e159d21dd3"
        `);
    await queryRunner.query(`
            ALTER TABLE "project_member" DROP CONSTRAINT "FK_aaef76230abfcdf30adb15d0be8"
        `);
    await queryRunner.query(`
            ALTER TABLE "project_invitation" DROP CONSTRAINT "FK_1aeb9383df0618ec3a4a40722bb"
        `);
    await queryRunner.query(`
            ALTER TABLE "project_invitation" DROP CONSTRAINT "FK_9dd317f479606b1165e963a24a0"
        `);
    await queryRunner.query(`
            ALTER TABLE "offer" DROP CONSTRAINT "FK_47d5e67618bf84e9e322c3a25a9"
        `);
    await queryRunner.query(`
            ALTER TABLE "case_event" DROP CONSTRAINT "FK_85962fcd8d72296385c01a5dd45"
        `);
    await queryRunner.query(`
            ALTER TABLE "case_file" DROP CONSTRAINT "FK_bc7c09b61f00c005bdbd10dfada"
        `);
    await queryRunner.query(`
            ALTER TABLE "case_file" DROP CONSTRAINT "FK_ddc39087fde6b5607f675729719"
        `);
    await queryRunner.query(`
            ALTER TABLE "case_file" DROP CONSTRAINT "FK_de2f9f26c08ebf73ccf6cef7a72"
        `);
    await queryRunner.query(`
            ALTER TABLE "diagnostic" DROP CONSTRAINT "FK_032aca0bad12ed163a6c18c5674"
        `);
    await queryRunner.query(`
            ALTER TABLE "diagnostic" DROP CONSTRAINT "FK_9584f563e4f3881bfaa0f5c0e79"
        `);
    await queryRunner.query(`
            ALTER TABLE "project" DROP CONSTRAINT "FK_58039bae6ab4a612b6095e23f6d"
        `);
    await queryRunner.query(`
            ALTER TABLE "organisation" DROP COLUMN "version"
        `);
    await queryRunner.query(`
            ALTER TABLE "organisation" DROP COLUMN "published"
        `);
    await queryRunner.query(`
            ALTER TABLE "organisation" DROP COLUMN "departements"
        `);
    await queryRunner.query(`
            ALTER TABLE "organisation" DROP COLUMN "communes"
        `);
    await queryRunner.query(`
            ALTER TABLE "organisation" DROP COLUMN "address"
        `);
    await queryRunner.query(`
            ALTER TABLE "organisation" DROP COLUMN "contact_phone"
        `);
    await queryRunner.query(`
            ALTER TABLE "organisation" DROP COLUMN "contact_email"
        `);
    await queryRunner.query(`
            ALTER TABLE "organisation" DROP COLUMN "website"
        `);
    await queryRunner.query(`
            ALTER TABLE "organisation" DROP COLUMN "description"
        `);
    await queryRunner.query(`
            ALTER TABLE "territory" DROP COLUMN "departements"
        `);
    await queryRunner.query(`
            DROP TABLE "questionnaire_draft"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_c5aa3e0aec43d3459e159d21dd"
        `);
    await queryRunner.query(`
            DROP TABLE "project_member"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_9dd317f479606b1165e963a24a"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_62b19f9263e739a93a492ac836"
        `);
    await queryRunner.query(`
            DROP TABLE "project_invitation"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_601d4e82e2cd3470da1829dfbd"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_47d5e67618bf84e9e322c3a25a"
        `);
    await queryRunner.query(`
            DROP TABLE "offer"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_7ad999e7075634fdd1a1e8030e"
        `);
    await queryRunner.query(`
            DROP TABLE "case_event"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_36511152d3d1a9fa3ac807b397"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_de2f9f26c08ebf73ccf6cef7a7"
        `);
    await queryRunner.query(`
            DROP TABLE "case_file"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_c94b39729c5bb31bf37e990e30"
        `);
    await queryRunner.query(`
            DROP TABLE "diagnostic"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_dafb7fe75f36b2f0080114e69f"
        `);
    await queryRunner.query(`
            DROP TABLE "questionnaire_version"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_665a10f57129d8c4cb99cd0dea"
        `);
    await queryRunner.query(`
            DROP TABLE "project"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_d9a20999fdbd25715fff6d8c4e"
        `);
    await queryRunner.query(`
            DROP TABLE "commune"
        `);
    await queryRunner.query(`
            DROP TABLE "case_counter"
        `);
  }
}
