import { MigrationInterface, QueryRunner } from 'typeorm';

export class AuditEntry1795775956041 implements MigrationInterface {
  name = 'AuditEntry1795775956041';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            CREATE TABLE "audit_entry" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "territory_id" uuid,
                "actor_id" uuid NOT NULL,
                "actor_role" character varying(20) NOT NULL,
                "action" character varying(40) NOT NULL,
                "record_type" character varying(30) NOT NULL,
                "record_id" uuid NOT NULL,
                "ip" character varying(64),
                "request_id" character varying(64),
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_58a130a4b9da189f46ba2a01801" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_e5a6cea63bd68521c60db699e2" ON "audit_entry" ("record_type", "record_id")
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_0a4192f08f0449afbc5aae64ee" ON "audit_entry" ("territory_id", "created_at")
        `);
    // Written once, never changed: the database refuses an UPDATE whoever sends it.
    await queryRunner.query(`
            CREATE FUNCTION essaim_audit_append_only() RETURNS trigger LANGUAGE plpgsql
            AS $$ BEGIN RAISE EXCEPTION 'audit entries are never changed'; END $$
        `);
    await queryRunner.query(`
            CREATE TRIGGER audit_entry_append_only BEFORE UPDATE ON audit_entry
            FOR EACH ROW EXECUTE FUNCTION essaim_audit_append_only()
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER audit_entry_append_only ON audit_entry`);
    await queryRunner.query(`DROP FUNCTION essaim_audit_append_only()`);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_0a4192f08f0449afbc5aae64ee"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_e5a6cea63bd68521c60db699e2"
        `);
    await queryRunner.query(`
            DROP TABLE "audit_entry"
        `);
  }
}
