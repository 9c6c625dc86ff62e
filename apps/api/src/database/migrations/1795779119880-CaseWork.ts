import { MigrationInterface, QueryRunner } from 'typeorm';

export class CaseWork1795779119880 implements MigrationInterface {
  name = 'CaseWork1795779119880';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            CREATE TABLE "case_message" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "case_id" uuid NOT NULL,
                "author_id" uuid NOT NULL,
                "body" text NOT NULL,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_fbd91c2b28954afd51a74408053" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_5747e39aa0ce19db5716349759" ON "case_message" ("case_id", "created_at")
        `);
    await queryRunner.query(`
            CREATE TABLE "case_thread_read" (
                "case_id" uuid NOT NULL,
                "user_id" uuid NOT NULL,
                "read_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                CONSTRAINT "PK_24332c5da47bf4cfc5a2c57e5a3" PRIMARY KEY ("case_id", "user_id")
            )
        `);
    await queryRunner.query(`
            CREATE TABLE "case_document" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "case_id" uuid NOT NULL,
                "category" character varying(20) NOT NULL,
                "message_id" uuid,
                "current_version" integer NOT NULL DEFAULT '1',
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_ec7b8f5c5bbda47d84b23d6f944" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_b272b0e1da05ffcc9764551866" ON "case_document" ("case_id", "created_at")
        `);
    await queryRunner.query(`
            CREATE TABLE "case_document_version" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "document_id" uuid NOT NULL,
                "version" integer NOT NULL,
                "storage_key" character varying(200) NOT NULL,
                "file_name" character varying(255) NOT NULL,
                "content_type" character varying(120) NOT NULL,
                "size_bytes" bigint NOT NULL,
                "sha256" character varying(64) NOT NULL,
                "uploaded_by_id" uuid NOT NULL,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "UQ_c98b9889c5c801419c5cbb754bc" UNIQUE ("storage_key"),
                CONSTRAINT "UQ_b2f5bde3427087c9018aacb1799" UNIQUE ("document_id", "version"),
                CONSTRAINT "PK_6332b8135eec1334a86cef29709" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE TABLE "case_note" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "case_id" uuid NOT NULL,
                "author_id" uuid NOT NULL,
                "visibility" character varying(8) NOT NULL,
                "body" text NOT NULL,
                "version" integer NOT NULL DEFAULT '1',
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_7b0442af3f3d9273fb63d2799a2" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_9ec4c5d57b105e1e6392f60596" ON "case_note" ("case_id", "created_at")
        `);
    await queryRunner.query(`
            CREATE TABLE "case_note_revision" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "note_id" uuid NOT NULL,
                "version" integer NOT NULL,
                "visibility" character varying(8) NOT NULL,
                "body" text NOT NULL,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_8ce806f54785f4d8da741b3844b" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_fed677244f80fe27c787481fad" ON "case_note_revision" ("note_id", "created_at")
        `);
    await queryRunner.query(`
            CREATE TABLE "case_task" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "case_id" uuid NOT NULL,
                "title" character varying(200) NOT NULL,
                "due_date" date NOT NULL,
                "assignee_id" uuid NOT NULL,
                "created_by_id" uuid NOT NULL,
                "done_at" TIMESTAMP WITH TIME ZONE,
                "done_by_id" uuid,
                "version" integer NOT NULL DEFAULT '1',
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_06ca77cf52ae5e6d862daf4ec23" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "idx_case_task_open_by_case" ON "case_task" ("case_id", "due_date")
            WHERE "done_at" IS NULL
        `);
    await queryRunner.query(`
            CREATE INDEX "idx_case_task_open_by_assignee" ON "case_task" ("assignee_id", "due_date")
            WHERE "done_at" IS NULL
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_8dbe360f490d27733f9a2e6032" ON "case_task" ("case_id")
        `);
    await queryRunner.query(`
            CREATE TABLE "orientation" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "case_id" uuid NOT NULL,
                "territory_id" uuid NOT NULL,
                "organisation_id" uuid NOT NULL,
                "offer_id" uuid NOT NULL,
                "message" text NOT NULL,
                "status" character varying(12) NOT NULL DEFAULT 'proposed',
                "decline_reason" text,
                "proposed_by_id" uuid NOT NULL,
                "answered_by_id" uuid,
                "answered_at" TIMESTAMP WITH TIME ZONE,
                "completed_at" TIMESTAMP WITH TIME ZONE,
                "version" integer NOT NULL DEFAULT '1',
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_855d7b7a876102fbb47cba97d15" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_12e7e479d4c27e24833b8ef594" ON "orientation" ("organisation_id", "status")
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_c3a0233aa0407d58e8ed7e432b" ON "orientation" ("case_id")
        `);
    await queryRunner.query(`
            CREATE TABLE "saved_filter" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "user_id" uuid NOT NULL,
                "name" character varying(80) NOT NULL,
                "query" jsonb NOT NULL,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "UQ_87f7187cc7e396c6bd289aa2933" UNIQUE ("user_id", "name"),
                CONSTRAINT "PK_efff8142c6db3d6ed6f47bc2719" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE TABLE "staff_invitation" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "user_id" uuid NOT NULL,
                "token_hash" character varying(64) NOT NULL,
                "invited_by_id" uuid,
                "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                "used_at" TIMESTAMP WITH TIME ZONE,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_8586bd3a7c4130502b6a8baa982" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "IDX_eefea1a07959f7a4d3b6af2fa7" ON "staff_invitation" ("token_hash")
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_e14f9fe46065eca91d81bc7354" ON "staff_invitation" ("user_id")
        `);
    await queryRunner.query(`
            ALTER TABLE "case_file"
            ADD "last_event_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now()
        `);
    await queryRunner.query(`
            ALTER TABLE "case_file"
            ADD "search_text" text NOT NULL DEFAULT ''
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_ca804d2667b90bdb2cf5e526f5" ON "case_file" ("lead_advisor_id", "stage")
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_356493d765046e8fa4015894cf" ON "case_file" ("territory_id", "submitted_at")
        `);
    await queryRunner.query(`
            ALTER TABLE "case_message"
            ADD CONSTRAINT "FK_7125ccedea6435b137ac7299dfb" FOREIGN KEY ("case_id") REFERENCES "case_file"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "case_message"
            ADD CONSTRAINT "FK_46e9807565c2e5b34de7f61add1" FOREIGN KEY ("author_id") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "case_thread_read"
            ADD CONSTRAINT "FK_bac9aece5f50bb2f39a100b317f" FOREIGN KEY ("case_id") REFERENCES "case_file"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "case_thread_read"
            ADD CONSTRAINT "FK_f4637be612e818a197df140e3e0" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "case_document"
            ADD CONSTRAINT "FK_0732b850f7a973dfdf2f61da2a9" FOREIGN KEY ("case_id") REFERENCES "case_file"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "case_document"
            ADD CONSTRAINT "FK_a53aa378814dc5a7f7e0b23dbed" FOREIGN KEY ("message_id") REFERENCES "case_message"("id") ON DELETE
            SET NULL ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "case_document_version"
            ADD CONSTRAINT "FK_4e5ecfaf4f1af0745ea9af138a5" FOREIGN KEY ("document_id") REFERENCES "case_document"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "case_document_version"
            ADD CONSTRAINT "FK_74e1a3a3c5c05a82a6367c6dd13" FOREIGN KEY ("uploaded_by_id") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "case_note"
            ADD CONSTRAINT "FK_e9997cf60eeebccc538b273d76e" FOREIGN KEY ("case_id") REFERENCES "case_file"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "case_note"
            ADD CONSTRAINT "FK_0d34d6c06378d0316a0f583aab0" FOREIGN KEY ("author_id") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "case_note_revision"
            ADD CONSTRAINT "FK_48fa5e1f1dccb2b962ed9c0c20f" FOREIGN KEY ("note_id") REFERENCES "case_note"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "case_task"
            ADD CONSTRAINT "FK_8dbe360f490d27733f9a2e6032d" FOREIGN KEY ("case_id") REFERENCES "case_file"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "case_task"
            ADD CONSTRAINT "FK_d42497265ecc7dff2eaa7fdc864" FOREIGN KEY ("assignee_id") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "case_task"
            ADD CONSTRAINT "FK_7e6116a8dfb710e3f64330ae923" FOREIGN KEY ("created_by_id") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "orientation"
            ADD CONSTRAINT "FK_c3a0233aa0407d58e8ed7e432b8" FOREIGN KEY ("case_id") REFERENCES "case_file"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "orientation"
            ADD CONSTRAINT "FK_00a4fbccf5f8668a8654fe9dbff" FOREIGN KEY ("organisation_id") REFERENCES "organisation"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "orientation"
            ADD CONSTRAINT "FK_7809e1fc53a8b8a8e600e177bf4" FOREIGN KEY ("offer_id") REFERENCES "offer"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "orientation"
            ADD CONSTRAINT "FK_e4e99ccc8f5014788032027213b" FOREIGN KEY ("proposed_by_id") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "saved_filter"
            ADD CONSTRAINT "FK_ac2504faca95269034100121927" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "staff_invitation"
            ADD CONSTRAINT "FK_e14f9fe46065eca91d81bc7354e" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "staff_invitation"
            ADD CONSTRAINT "FK_ebdf36b582f1fb9ff3855c01597" FOREIGN KEY ("invited_by_id") REFERENCES "app_user"("id") ON DELETE
            SET NULL ON UPDATE NO ACTION
        `);
    // The case list's search: reference, project name and holders' names, unaccented, kept by
    // triggers so that every path that renames a project or a person keeps it right.
    await queryRunner.query(`
            CREATE FUNCTION essaim_case_search_text(p_reference text, p_project_id uuid) RETURNS text
            LANGUAGE sql STABLE
            AS $$
              SELECT essaim_unaccent(lower(concat_ws(' ', p_reference, p.name,
                (SELECT string_agg(u.first_name || ' ' || u.last_name, ' ')
                   FROM project_member m JOIN app_user u ON u.id = m.user_id
                  WHERE m.project_id = p.id))))
                FROM project p WHERE p.id = p_project_id
            $$
        `);
    await queryRunner.query(`
            CREATE FUNCTION essaim_case_search_on_write() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
              NEW.search_text := coalesce(essaim_case_search_text(NEW.reference, NEW.project_id), '');
              RETURN NEW;
            END $$
        `);
    await queryRunner.query(`
            CREATE TRIGGER case_file_search_text BEFORE INSERT OR UPDATE OF reference, project_id ON case_file
            FOR EACH ROW EXECUTE FUNCTION essaim_case_search_on_write()
        `);
    await queryRunner.query(`
            CREATE FUNCTION essaim_case_search_on_project() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
              UPDATE case_file SET search_text = coalesce(essaim_case_search_text(reference, project_id), '')
               WHERE project_id = NEW.id;
              RETURN NULL;
            END $$
        `);
    await queryRunner.query(`
            CREATE TRIGGER project_case_search_text AFTER UPDATE OF name ON project
            FOR EACH ROW EXECUTE FUNCTION essaim_case_search_on_project()
        `);
    await queryRunner.query(`
            CREATE FUNCTION essaim_case_search_on_member() RETURNS trigger LANGUAGE plpgsql AS $$
            DECLARE changed uuid;
            BEGIN
              IF TG_OP = 'DELETE' THEN changed := OLD.project_id; ELSE changed := NEW.project_id; END IF;
              UPDATE case_file SET search_text = coalesce(essaim_case_search_text(reference, project_id), '')
               WHERE project_id = changed;
              RETURN NULL;
            END $$
        `);
    await queryRunner.query(`
            CREATE TRIGGER project_member_case_search_text AFTER INSERT OR DELETE ON project_member
            FOR EACH ROW EXECUTE FUNCTION essaim_case_search_on_member()
        `);
    await queryRunner.query(`
            CREATE FUNCTION essaim_case_search_on_person() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
              UPDATE case_file SET search_text = coalesce(essaim_case_search_text(reference, project_id), '')
               WHERE project_id IN (SELECT project_id FROM project_member WHERE user_id = NEW.id);
              RETURN NULL;
            END $$
        `);
    await queryRunner.query(`
            CREATE TRIGGER app_user_case_search_text AFTER UPDATE OF first_name, last_name ON app_user
            FOR EACH ROW EXECUTE FUNCTION essaim_case_search_on_person()
        `);
    await queryRunner.query(`
            CREATE INDEX "idx_case_file_search_trgm" ON "case_file" USING gin ("search_text" gin_trgm_ops)
        `);
    // A case's latest event time, for the inactivity alert, kept by the timeline itself.
    await queryRunner.query(`
            CREATE FUNCTION essaim_case_last_event() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
              UPDATE case_file SET last_event_at = NEW.created_at
               WHERE id = NEW.case_id AND last_event_at < NEW.created_at;
              RETURN NULL;
            END $$
        `);
    await queryRunner.query(`
            CREATE TRIGGER case_event_last_event AFTER INSERT ON case_event
            FOR EACH ROW EXECUTE FUNCTION essaim_case_last_event()
        `);
    await queryRunner.query(`
            UPDATE case_file c SET search_text = coalesce(essaim_case_search_text(c.reference, c.project_id), ''),
                   last_event_at = coalesce((SELECT max(e.created_at) FROM case_event e WHERE e.case_id = c.id), c.submitted_at)
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER case_event_last_event ON case_event`);
    await queryRunner.query(`DROP FUNCTION essaim_case_last_event()`);
    await queryRunner.query(`DROP INDEX "idx_case_file_search_trgm"`);
    await queryRunner.query(`DROP TRIGGER app_user_case_search_text ON app_user`);
    await queryRunner.query(`DROP FUNCTION essaim_case_search_on_person()`);
    await queryRunner.query(`DROP TRIGGER project_member_case_search_text ON project_member`);
    await queryRunner.query(`DROP FUNCTION essaim_case_search_on_member()`);
    await queryRunner.query(`DROP TRIGGER project_case_search_text ON project`);
    await queryRunner.query(`DROP FUNCTION essaim_case_search_on_project()`);
    await queryRunner.query(`DROP TRIGGER case_file_search_text ON case_file`);
    await queryRunner.query(`DROP FUNCTION essaim_case_search_on_write()`);
    await queryRunner.query(`DROP FUNCTION essaim_case_search_text(text, uuid)`);
    await queryRunner.query(`
            ALTER TABLE "staff_invitation" DROP CONSTRAINT "FK_ebdf36b582f1fb9ff3855c01597"
        `);
    await queryRunner.query(`
            ALTER TABLE "staff_invitation" DROP CONSTRAINT "FK_e14f9fe46065eca91d81bc7354e"
        `);
    await queryRunner.query(`
            ALTER TABLE "saved_filter" DROP CONSTRAINT "FK_ac2504faca95269034100121927"
        `);
    await queryRunner.query(`
            ALTER TABLE "orientation" DROP CONSTRAINT "FK_e4e99ccc8f5014788032027213b"
        `);
    await queryRunner.query(`
            ALTER TABLE "orientation" DROP CONSTRAINT "FK_7809e1fc53a8b8a8e600e177bf4"
        `);
    await queryRunner.query(`
            ALTER TABLE "orientation" DROP CONSTRAINT "FK_00a4fbccf5f8668a8654fe9dbff"
        `);
    await queryRunner.query(`
            ALTER TABLE "orientation" DROP CONSTRAINT "FK_c3a0233aa0407d58e8ed7e432b8"
        `);
    await queryRunner.query(`
            ALTER TABLE "case_task" DROP CONSTRAINT "FK_7e6116a8dfb710e3f64330ae923"
        `);
    await queryRunner.query(`
            ALTER TABLE "case_task" DROP CONSTRAINT "FK_d42497265ecc7dff2eaa7fdc864"
        `);
    await queryRunner.query(`
            ALTER TABLE "case_task" DROP CONSTRAINT "FK_8dbe360f490d27733f9a2e6032d"
        `);
    await queryRunner.query(`
            ALTER TABLE "case_note_revision" DROP CONSTRAINT "FK_48fa5e1f1dccb2b962ed9c0c20f"
        `);
    await queryRunner.query(`
            ALTER TABLE "case_note" DROP CONSTRAINT "FK_0d34d6c06378d0316a0f583aab0"
        `);
    await queryRunner.query(`
            ALTER TABLE "case_note" DROP CONSTRAINT "FK_e9997cf60eeebccc538b273d76e"
        `);
    await queryRunner.query(`
            ALTER TABLE "case_document_version" DROP CONSTRAINT "FK_74e1a3a3c5c05a82a6367c6dd13"
        `);
    await queryRunner.query(`
            ALTER TABLE "case_document_version" DROP CONSTRAINT "FK_4e5ecfaf4f1af0745ea9af138a5"
        `);
    await queryRunner.query(`
            ALTER TABLE "case_document" DROP CONSTRAINT "FK_a53aa378814dc5a7f7e0b23dbed"
        `);
    await queryRunner.query(`
            ALTER TABLE "case_document" DROP CONSTRAINT "FK_0732b850f7a973dfdf2f61da2a9"
        `);
    await queryRunner.query(`
            ALTER TABLE "case_thread_read" DROP CONSTRAINT "FK_f4637be612e818a197df140e3e0"
        `);
    await queryRunner.query(`
            ALTER TABLE "case_thread_read" DROP CONSTRAINT "FK_bac9aece5f50bb2f39a100b317f"
        `);
    await queryRunner.query(`
            ALTER TABLE "case_message" DROP CONSTRAINT "FK_46e9807565c2e5b34de7f61add1"
        `);
    await queryRunner.query(`
            ALTER TABLE "case_message" DROP CONSTRAINT "FK_7125ccedea6435b137ac7299dfb"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_356493d765046e8fa4015894cf"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_ca804d2667b90bdb2cf5e526f5"
        `);
    await queryRunner.query(`
            ALTER TABLE "case_file" DROP COLUMN "search_text"
        `);
    await queryRunner.query(`
            ALTER TABLE "case_file" DROP COLUMN "last_event_at"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_e14f9fe46065eca91d81bc7354"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_eefea1a07959f7a4d3b6af2fa7"
        `);
    await queryRunner.query(`
            DROP TABLE "staff_invitation"
        `);
    await queryRunner.query(`
            DROP TABLE "saved_filter"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_c3a0233aa0407d58e8ed7e432b"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_12e7e479d4c27e24833b8ef594"
        `);
    await queryRunner.query(`
            DROP TABLE "orientation"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_8dbe360f490d27733f9a2e6032"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."idx_case_task_open_by_assignee"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."idx_case_task_open_by_case"
        `);
    await queryRunner.query(`
            DROP TABLE "case_task"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_fed677244f80fe27c787481fad"
        `);
    await queryRunner.query(`
            DROP TABLE "case_note_revision"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_9ec4c5d57b105e1e6392f60596"
        `);
    await queryRunner.query(`
            DROP TABLE "case_note"
        `);
    await queryRunner.query(`
            DROP TABLE "case_document_version"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_b272b0e1da05ffcc9764551866"
        `);
    await queryRunner.query(`
            DROP TABLE "case_document"
        `);
    await queryRunner.query(`
            DROP TABLE "case_thread_read"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_5747e39aa0ce19db5716349759"
        `);
    await queryRunner.query(`
            DROP TABLE "case_message"
        `);
  }
}
