import { randomUUID } from 'node:crypto';
import { RetentionService } from '../src/notifications/retention.service';
import type { User } from '../src/users/user.entity';
import { newCommune, newProject } from './holder-journey-fixtures';
import { createTestContext, type TestContext } from './test-app';

/** What the daily retention job deletes, and what it keeps. */
describe('the retention job', () => {
  let ctx: TestContext;
  let holder: User;
  let projectId: string;
  const now = new Date('2026-06-15T10:00:00Z');
  const ago = (days: number) => new Date(now.getTime() - days * 86_400_000).toISOString();
  const later = (days: number) => ago(-days);

  beforeAll(async () => {
    ctx = await createTestContext();
    const territory = await ctx.newTerritory();
    holder = await ctx.newUser({ territoryId: territory.id });
    projectId = (await newProject(ctx, holder, await newCommune(ctx, territory))).id;
  });
  afterAll(() => ctx.close());

  const sql = (statement: string, params: unknown[] = []) => ctx.dataSource.query(statement, params);

  /** Inserts each row, tagged with whether it should survive; answers the tags left after the job. */
  async function survivors(table: string, rows: { tag: string; insert: () => Promise<unknown> }[]) {
    const ids = new Map<string, string>();
    for (const row of rows) {
      const [inserted] = (await row.insert()) as { id?: string; sid?: string }[];
      ids.set(String(inserted?.id ?? inserted?.sid), row.tag);
    }
    await ctx.app.get(RetentionService).run(now);
    const key = table === 'user_session' ? 'sid' : 'id';
    const left: { key: string }[] = await sql(`SELECT ${key} AS key FROM ${table} WHERE ${key} = ANY($1)`, [
      [...ids.keys()],
    ]);
    return left.map((row) => ids.get(String(row.key))).sort();
  }

  it('ends expired sessions only', async () => {
    const session = (expire: string) => () =>
      sql(`INSERT INTO user_session (sid, sess, expire) VALUES ($1, '{}', $2) RETURNING sid`, [
        randomUUID(),
        expire,
      ]);
    expect(
      await survivors('user_session', [
        { tag: 'expired', insert: session(ago(1)) },
        { tag: 'live', insert: session(later(1)) },
      ]),
    ).toEqual(['live']);
  });

  it('keeps rate-limit hits a day', async () => {
    const hit = (at: string) => () =>
      sql(`INSERT INTO rate_limit_hit (key, hit_at) VALUES ('login:test', $1) RETURNING id`, [at]);
    expect(
      await survivors('rate_limit_hit', [
        { tag: 'old', insert: hit(ago(2)) },
        { tag: 'recent', insert: hit(ago(0.5)) },
      ]),
    ).toEqual(['recent']);
  });

  it.each(['password_reset_token', 'email_confirmation_token'])(
    'deletes a %s once used or expired',
    async (table) => {
      const token = (expiresAt: string, usedAt: string | null) => () =>
        sql(
          `INSERT INTO ${table} (user_id, token_hash, expires_at, used_at) VALUES ($1, $2, $3, $4) RETURNING id`,
          [holder.id, randomUUID(), expiresAt, usedAt],
        );
      expect(
        await survivors(table, [
          { tag: 'used', insert: token(later(1), ago(0.1)) },
          { tag: 'expired', insert: token(ago(1), null) },
          { tag: 'usable', insert: token(later(1), null) },
        ]),
      ).toEqual(['usable']);
    },
  );

  it('deletes invitations that expired unanswered, and keeps those answered', async () => {
    const staff = (expiresAt: string, usedAt: string | null) => () =>
      sql(
        `INSERT INTO staff_invitation (user_id, token_hash, expires_at, used_at) VALUES ($1, $2, $3, $4) RETURNING id`,
        [holder.id, randomUUID(), expiresAt, usedAt],
      );
    expect(
      await survivors('staff_invitation', [
        { tag: 'expired', insert: staff(ago(1), null) },
        { tag: 'pending', insert: staff(later(1), null) },
        { tag: 'used', insert: staff(ago(1), ago(3)) },
      ]),
    ).toEqual(['pending', 'used']);

    const project = (expiresAt: string, acceptedAt: string | null) => () =>
      sql(
        `INSERT INTO project_invitation (project_id, email, token_hash, invited_by_id, expires_at, accepted_at)
         VALUES ($1, 'co@example.org', $2, $3, $4, $5) RETURNING id`,
        [projectId, randomUUID(), holder.id, expiresAt, acceptedAt],
      );
    expect(
      await survivors('project_invitation', [
        { tag: 'expired', insert: project(ago(1), null) },
        { tag: 'pending', insert: project(later(1), null) },
        { tag: 'accepted', insert: project(ago(1), ago(3)) },
      ]),
    ).toEqual(['accepted', 'pending']);
  });

  it('keeps notifications a year after they were read, and unread ones always', async () => {
    const notification = (readAt: string | null) => () =>
      sql(
        `INSERT INTO notification (recipient_id, kind, link, created_at, read_at)
         VALUES ($1, 'message_received', '/', $2, $3) RETURNING id`,
        [holder.id, ago(800), readAt],
      );
    expect(
      await survivors('notification', [
        { tag: 'read long ago', insert: notification(ago(366)) },
        { tag: 'read this year', insert: notification(ago(300)) },
        { tag: 'unread', insert: notification(null) },
      ]),
    ).toEqual(['read this year', 'unread']);
  });

  it('keeps delivered mails a month, failed ones three months, and never a mail still to send', async () => {
    const mail = (status: string, createdAt: string, sentAt: string | null) => () =>
      sql(
        `INSERT INTO outbox_mail (to_address, subject, text_body, status, created_at, sent_at)
         VALUES ('someone@example.org', 'Essaim', 'Bonjour', $1, $2, $3) RETURNING id`,
        [status, createdAt, sentAt],
      );
    expect(
      await survivors('outbox_mail', [
        { tag: 'sent long ago', insert: mail('sent', ago(40), ago(40)) },
        { tag: 'sent lately', insert: mail('sent', ago(20), ago(20)) },
        { tag: 'console long ago', insert: mail('console', ago(40), ago(40)) },
        { tag: 'failed long ago', insert: mail('failed', ago(100), null) },
        { tag: 'failed lately', insert: mail('failed', ago(40), null) },
        { tag: 'pending', insert: mail('pending', ago(400), null) },
      ]),
    ).toEqual(['failed lately', 'pending', 'sent lately']);
  });
});
