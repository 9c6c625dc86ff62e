import { randomUUID } from 'node:crypto';
import { NOTIFICATION_KINDS_BY_ROLE } from '@essaim/domain';
import { DigestService } from '../src/notifications/digest.service';
import { RemindersService } from '../src/notifications/reminders.service';
import { SlaService } from '../src/notifications/sla.service';
import type { Commune } from '../src/territories/commune.entity';
import type { Territory } from '../src/territories/territory.entity';
import type { User } from '../src/users/user.entity';
import { signupBody } from './auth-fixtures';
import { addTask, follow, setCase } from './case-list-fixtures';
import {
  answeredDiagnostic,
  newCommune,
  newProject,
  publishQuestionnaire,
  SMALL_ANSWERS,
  submittedCase,
} from './holder-journey-fixtures';
import { expectError, expectInvalidFields } from './http-expectations';
import { type Agent, agentOf, createTestContext, type TestContext } from './test-app';

interface NotificationRow {
  id: string;
  recipient_id: string;
  kind: string;
  link: string;
  params: Record<string, string | number>;
  case_id: string | null;
}

interface MailRow {
  id: string;
  to_address: string;
  kind: string;
  subject: string;
  text_body: string;
  html_body: string;
  status: string;
  recipient_id: string;
  notification_id: string | null;
  batch_key: string | null;
  not_before: Date;
}

const MINUTE = 60_000;

/** The calendar day in Paris, `days` from today, as YYYY-MM-DD. */
function parisDay(days: number, from = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris' }).format(
    new Date(from.getTime() + days * 86_400_000),
  );
}

describe('notifications', () => {
  let ctx: TestContext;
  let territory: Territory;
  let commune: Commune;
  let holder: User;
  let holderAgent: Agent;
  let lead: User;
  let leadAgent: Agent;
  let colleague: User;
  let admin: User;
  let adminAgent: Agent;

  beforeAll(async () => {
    ctx = await createTestContext();
    territory = await ctx.newTerritory({ settings: { slaDays: 3, inactivityDays: 30 } });
    await publishQuestionnaire(ctx, territory);
    commune = await newCommune(ctx, territory);
    holder = await ctx.newUser({ territoryId: territory.id, firstName: 'Awa' });
    holderAgent = await ctx.loginAs(holder);
    lead = await ctx.newUser({ role: 'advisor', territoryId: territory.id, locale: 'en', firstName: 'Lena' });
    leadAgent = await ctx.loginAs(lead);
    colleague = await ctx.newUser({ role: 'advisor', territoryId: territory.id, firstName: 'Karim' });
    admin = await ctx.newUser({ role: 'territory_admin', territoryId: territory.id });
    adminAgent = await ctx.loginAs(admin);
  });
  afterAll(() => ctx.close());

  /** A case of the holder's, led by `leadAdvisor` (none: waiting in the queue). */
  async function caseLedBy(leadAdvisor: User | null): Promise<string> {
    const caseId = await submittedCase(ctx, holder, holderAgent, commune);
    if (leadAdvisor) await setCase(ctx, caseId, { stage: 'accompaniment', leadAdvisorId: leadAdvisor.id });
    return caseId;
  }

  function notificationsOf(caseId: string, kind?: string): Promise<NotificationRow[]> {
    return ctx.dataSource.query(
      `SELECT id, recipient_id, kind, link, params, case_id FROM notification
        WHERE case_id = $1 AND ($2::text IS NULL OR kind = $2) ORDER BY created_at, id`,
      [caseId, kind ?? null],
    );
  }

  function mailsOf(caseId: string, recipient: User): Promise<MailRow[]> {
    return ctx.dataSource.query(
      `SELECT id, to_address, kind, subject, text_body, html_body, status, recipient_id, notification_id,
              batch_key, not_before
         FROM outbox_mail WHERE batch_key = $1 ORDER BY created_at, id`,
      [`message:${caseId}:${recipient.id}`],
    );
  }

  async function postMessage(agent: Agent, caseId: string, body = 'Bonjour, une question sur mon budget.') {
    await agent.post(`/api/cases/${caseId}/messages`).send({ body }).expect(201);
  }

  describe('messages', () => {
    it('tells the lead advisor of a holder’s message: one notification, one mail in their locale with the link', async () => {
      const caseId = await caseLedBy(lead);
      await postMessage(holderAgent, caseId, 'Mon chiffre d’affaires prévisionnel est secret');

      const notifications = await notificationsOf(caseId, 'message_received');
      expect(notifications).toEqual([
        expect.objectContaining({ recipient_id: lead.id, link: `/app/cases/${caseId}`, case_id: caseId }),
      ]);
      const mails = await mailsOf(caseId, lead);
      expect(mails).toHaveLength(1);
      const [mail] = mails;
      expect(mail).toEqual(
        expect.objectContaining({
          to_address: lead.email,
          kind: 'message_received',
          status: 'pending',
          recipient_id: lead.id,
          notification_id: notifications[0].id,
        }),
      );
      // English, as the lead chose; the link to the case page; never the message itself.
      expect(mail.subject).toMatch(/^Essaim: New message on/);
      expect(mail.text_body).toContain('Hello Lena,');
      expect(mail.text_body).toContain(`${ctx.config.appUrl}/app/cases/${caseId}`);
      expect(mail.html_body).toContain(`${ctx.config.appUrl}/app/cases/${caseId}`);
      expect(`${mail.subject}${mail.text_body}${mail.html_body}`).not.toContain('prévisionnel');
    });

    it('never tells the author, nor advisors who are not on the case', async () => {
      const caseId = await caseLedBy(lead);
      await postMessage(holderAgent, caseId);
      const recipients = (await notificationsOf(caseId)).map((row) => row.recipient_id);
      expect(recipients).not.toContain(holder.id);
      expect(recipients).not.toContain(colleague.id);
      expect(recipients).not.toContain(admin.id);
    });

    it('tells the followers too, and the project’s holders of a staff message (not the staff author)', async () => {
      const caseId = await caseLedBy(lead);
      await follow(ctx, caseId, colleague);
      await postMessage(holderAgent, caseId);
      expect((await notificationsOf(caseId)).map((row) => row.recipient_id).sort()).toEqual(
        [lead.id, colleague.id].sort(),
      );

      await postMessage(leadAgent, caseId, 'Voici la réponse.');
      const rows = await notificationsOf(caseId);
      expect(rows.slice(2).map((row) => row.recipient_id)).toEqual([holder.id]);
      const [holderMail] = await mailsOf(caseId, holder);
      expect(holderMail.subject).toMatch(/^Essaim : Nouveau message sur/);
    });

    it('tells the territory admins when nobody leads the case', async () => {
      const caseId = await caseLedBy(null);
      await postMessage(holderAgent, caseId);
      expect((await notificationsOf(caseId)).map((row) => row.recipient_id)).toEqual([admin.id]);
    });

    it('batches a thread’s mails: a second message within 10 minutes is in the app, not mailed again', async () => {
      const caseId = await caseLedBy(lead);
      await postMessage(holderAgent, caseId);
      await postMessage(holderAgent, caseId);
      expect(await notificationsOf(caseId, 'message_received')).toHaveLength(2);
      const mails = await mailsOf(caseId, lead);
      expect(mails).toHaveLength(1);
      expect(mails.filter((mail) => mail.status === 'pending')).toHaveLength(1);

      // Once the mail is gone, the next one waits until 10 minutes after it.
      const sentAt = new Date(Date.now() - 3 * MINUTE);
      await ctx.dataSource.query(`UPDATE outbox_mail SET status = 'sent', sent_at = $2 WHERE id = $1`, [
        mails[0].id,
        sentAt,
      ]);
      await postMessage(holderAgent, caseId);
      const afterSent = await mailsOf(caseId, lead);
      expect(afterSent).toHaveLength(2);
      expect(afterSent[1].status).toBe('pending');
      expect(afterSent[1].not_before.getTime()).toBe(sentAt.getTime() + 10 * MINUTE);

      // …and while it waits, later messages add no mail.
      await postMessage(holderAgent, caseId);
      expect(await mailsOf(caseId, lead)).toHaveLength(2);
      expect(await notificationsOf(caseId, 'message_received')).toHaveLength(4);
    });

    it('respects a disabled email preference: the notification, no mail', async () => {
      const quiet = await ctx.newUser({ role: 'advisor', territoryId: territory.id });
      const quietAgent = await ctx.loginAs(quiet);
      await quietAgent
        .put('/api/me/notification-settings')
        .send({ settings: [{ kind: 'message_received', email: false }] })
        .expect(200);
      const caseId = await caseLedBy(quiet);
      await postMessage(holderAgent, caseId);
      expect((await notificationsOf(caseId)).map((row) => row.recipient_id)).toEqual([quiet.id]);
      expect(await mailsOf(caseId, quiet)).toEqual([]);
      const [{ count }] = await ctx.dataSource.query(
        `SELECT count(*)::int AS count FROM outbox_mail WHERE recipient_id = $1`,
        [quiet.id],
      );
      expect(count).toBe(0);
    });
  });

  describe('assignment', () => {
    it('tells the new lead and new followers, not the one who assigns nor those already on it', async () => {
      const caseId = await caseLedBy(null);
      const version = async () => (await adminAgent.get(`/api/cases/${caseId}`).expect(200)).body.version;
      await adminAgent
        .post(`/api/cases/${caseId}/assignment`)
        .send({ version: await version(), leadAdvisorId: lead.id, followerIds: [colleague.id] })
        .expect(200);
      const rows = await notificationsOf(caseId, 'case_assigned');
      expect(rows.map((row) => row.recipient_id).sort()).toEqual([lead.id, colleague.id].sort());
      expect(rows[0].params).toEqual(
        expect.objectContaining({ reference: expect.stringMatching(/\S/), projectName: expect.any(String) }),
      );

      // The lead hands the case to the colleague: the colleague was already on it, nobody is told.
      await leadAgent
        .post(`/api/cases/${caseId}/assignment`)
        .send({ version: await version(), leadAdvisorId: colleague.id, followerIds: [lead.id] })
        .expect(200);
      expect(await notificationsOf(caseId, 'case_assigned')).toHaveLength(2);
    });

    it('does not tell an advisor who takes a case themself', async () => {
      const caseId = await caseLedBy(null);
      const { version } = (await leadAgent.get(`/api/cases/${caseId}`).expect(200)).body;
      await leadAgent
        .post(`/api/cases/${caseId}/assignment`)
        .send({ version, leadAdvisorId: lead.id })
        .expect(200);
      expect(await notificationsOf(caseId, 'case_assigned')).toEqual([]);
    });
  });

  describe('scheduled checks', () => {
    it('flags a case left unassigned past the territory’s SLA days to its admins, once', async () => {
      const late = await caseLedBy(null);
      const recent = await caseLedBy(null);
      await setCase(ctx, late, { submittedAt: new Date(Date.now() - 4 * 86_400_000).toISOString() });
      await setCase(ctx, recent, { submittedAt: new Date(Date.now() - 2 * 86_400_000).toISOString() });
      const sla = ctx.app.get(SlaService);

      expect(await sla.run(new Date())).toBeGreaterThanOrEqual(1);
      const rows = await notificationsOf(late, 'sla_unassigned');
      expect(rows).toEqual([
        expect.objectContaining({
          recipient_id: admin.id,
          link: `/app/cases/${late}`,
          params: expect.objectContaining({ days: 3 }),
        }),
      ]);
      expect(await notificationsOf(recent, 'sla_unassigned')).toEqual([]);

      expect(await sla.run(new Date())).toBe(0);
      expect(await notificationsOf(late, 'sla_unassigned')).toHaveLength(1);
    });

    it('flags a case with no event for the inactivity days to its lead and the admins, once per period', async () => {
      const caseId = await caseLedBy(lead);
      const sla = ctx.app.get(SlaService);
      await sla.run(new Date());
      await setCase(ctx, caseId, { lastEventAt: new Date(Date.now() - 31 * 86_400_000).toISOString() });
      await sla.run(new Date());
      const rows = await notificationsOf(caseId, 'sla_inactive');
      expect(rows.map((row) => row.recipient_id).sort()).toEqual([lead.id, admin.id].sort());
      await sla.run(new Date());
      expect(await notificationsOf(caseId, 'sla_inactive')).toHaveLength(2);
    });

    it('reminds the assignee of a task due tomorrow and of an overdue task, once per task', async () => {
      const caseId = await caseLedBy(lead);
      const tomorrow = await addTask(ctx, caseId, lead, parisDay(1), { title: 'Appeler la banque' });
      const overdue = await addTask(ctx, caseId, colleague, parisDay(-2), { title: 'Relancer le porteur' });
      await addTask(ctx, caseId, lead, parisDay(5));
      await addTask(ctx, caseId, lead, parisDay(-1), { done: true });
      const reminders = ctx.app.get(RemindersService);

      expect(await reminders.run(new Date())).toBe(2);
      const due = await notificationsOf(caseId, 'task_due_tomorrow');
      expect(due).toEqual([
        expect.objectContaining({
          recipient_id: lead.id,
          params: expect.objectContaining({ taskId: tomorrow.id, taskTitle: 'Appeler la banque' }),
        }),
      ]);
      const late = await notificationsOf(caseId, 'task_overdue');
      expect(late).toEqual([
        expect.objectContaining({
          recipient_id: colleague.id,
          params: expect.objectContaining({ taskId: overdue.id }),
        }),
      ]);

      expect(await reminders.run(new Date())).toBe(0);
      expect(await notificationsOf(caseId)).toHaveLength(2);
    });

    it('sends the operator’s advisors a digest of the day’s new cases, once a day', async () => {
      const digestTerritory = await ctx.newTerritory();
      await publishQuestionnaire(ctx, digestTerritory);
      const digestCommune = await newCommune(ctx, digestTerritory);
      const digestHolder = await ctx.newUser({ territoryId: digestTerritory.id });
      const digestAgent = await ctx.loginAs(digestHolder);
      const advisor = await ctx.newUser({ role: 'advisor', territoryId: digestTerritory.id });
      await submittedCase(ctx, digestHolder, digestAgent, digestCommune);
      await submittedCase(ctx, digestHolder, digestAgent, digestCommune);
      const digest = ctx.app.get(DigestService);

      await digest.run(new Date(Date.now() + MINUTE));
      const rows: NotificationRow[] = await ctx.dataSource.query(
        `SELECT recipient_id, params, link FROM notification WHERE kind = 'new_cases_digest' AND territory_id = $1`,
        [digestTerritory.id],
      );
      expect(rows).toEqual([
        expect.objectContaining({
          recipient_id: advisor.id,
          link: '/app/cases',
          params: expect.objectContaining({ count: 2 }),
        }),
      ]);
      await digest.run(new Date(Date.now() + 2 * MINUTE));
      const [{ count }] = await ctx.dataSource.query(
        `SELECT count(*)::int AS count FROM notification WHERE kind = 'new_cases_digest' AND territory_id = $1`,
        [digestTerritory.id],
      );
      expect(count).toBe(1);
    });
  });

  describe('in-app API', () => {
    it('lists the caller’s own notifications, newest first, with the unread count; marks one and all read', async () => {
      const reader = await ctx.newUser({ role: 'advisor', territoryId: territory.id });
      const readerAgent = await ctx.loginAs(reader);
      const first = await caseLedBy(reader);
      const second = await caseLedBy(reader);
      await postMessage(holderAgent, first);
      await postMessage(holderAgent, second);
      await postMessage(holderAgent, second);

      const list = (await readerAgent.get('/api/notifications').expect(200)).body;
      expect(list).toEqual({ items: expect.any(Array), total: 3, page: 1, pageSize: 20, unreadCount: 3 });
      expect(list.items.map((item: { link: string }) => item.link)).toEqual([
        `/app/cases/${second}`,
        `/app/cases/${second}`,
        `/app/cases/${first}`,
      ]);
      expect(list.items[0]).toEqual({
        id: expect.any(String),
        kind: 'message_received',
        link: `/app/cases/${second}`,
        params: expect.objectContaining({ reference: expect.any(String), projectName: expect.any(String) }),
        createdAt: expect.any(String),
        read: false,
      });

      const oldest = list.items[2].id as string;
      await readerAgent.post(`/api/notifications/${oldest}/read`).expect(204);
      expect((await readerAgent.get('/api/notifications/unread-count').expect(200)).body).toEqual({
        count: 2,
      });
      const unread = (await readerAgent.get('/api/notifications?unread=true').expect(200)).body;
      expect(unread.total).toBe(2);
      expect(unread.items.map((item: { id: string }) => item.id)).not.toContain(oldest);

      // Someone else's notification, or one that does not exist: 404, and it stays unread.
      const lead404 = await leadAgent.post(`/api/notifications/${unread.items[0].id}/read`);
      expectError(lead404, 404, 'not_found');
      expectError(await readerAgent.post(`/api/notifications/${randomUUID()}/read`), 404, 'not_found');
      expect((await readerAgent.get('/api/notifications/unread-count').expect(200)).body).toEqual({
        count: 2,
      });
      const leadsList = (await leadAgent.get('/api/notifications?pageSize=100').expect(200)).body;
      expect(leadsList.items.map((item: { link: string }) => item.link)).not.toContain(`/app/cases/${first}`);

      expect((await readerAgent.post('/api/notifications/read-all').expect(200)).body).toEqual({ count: 2 });
      expect((await readerAgent.get('/api/notifications/unread-count').expect(200)).body).toEqual({
        count: 0,
      });
      expect(
        (await readerAgent.get('/api/notifications').expect(200)).body.items.every(
          (item: { read: boolean }) => item.read,
        ),
      ).toBe(true);
    });

    it('refuses a bad page with a 400 naming it', async () => {
      expectInvalidFields(await leadAgent.get('/api/notifications?page=0'), ['page']);
      expectInvalidFields(await leadAgent.get('/api/notifications?unread=yes'), ['unread']);
    });
  });

  describe('settings', () => {
    it('lists the kinds of the caller’s role, email on by default, and saves changes', async () => {
      const someone = await ctx.newUser({ territoryId: territory.id });
      const agent = await ctx.loginAs(someone);
      const initial = (await agent.get('/api/me/notification-settings').expect(200)).body;
      expect(initial).toEqual(NOTIFICATION_KINDS_BY_ROLE.holder.map((kind) => ({ kind, email: true })));

      const saved = (
        await agent
          .put('/api/me/notification-settings')
          .send({ settings: [{ kind: 'referral_decided', email: false }] })
          .expect(200)
      ).body;
      expect(saved).toEqual(
        NOTIFICATION_KINDS_BY_ROLE.holder.map((kind) => ({ kind, email: kind !== 'referral_decided' })),
      );
      expect((await agent.get('/api/me/notification-settings').expect(200)).body).toEqual(saved);
    });

    it('refuses a kind not of the role with a 400 naming settings.N.kind, and changes nothing', async () => {
      const agent = await ctx.loginAs(await ctx.newUser({ territoryId: territory.id }));
      const response = await agent.put('/api/me/notification-settings').send({
        settings: [
          { kind: 'message_received', email: false },
          { kind: 'referral_received', email: false },
        ],
      });
      expectInvalidFields(response, { 'settings.1.kind': 'not_for_role' });
      const after = (await agent.get('/api/me/notification-settings').expect(200)).body;
      expect(after.every((setting: { email: boolean }) => setting.email)).toBe(true);

      expectInvalidFields(
        await agent
          .put('/api/me/notification-settings')
          .send({ settings: [{ kind: 'gossip', email: true }] }),
        ['settings.0.kind'],
      );
      expectInvalidFields(
        await agent
          .put('/api/me/notification-settings')
          .send({ settings: [{ kind: 'message_received', email: 'no' }] }),
        ['settings.0.email'],
      );
    });
  });

  describe('email confirmation', () => {
    async function signUp(): Promise<{ agent: Agent; user: User; token: string }> {
      const agent = await agentOf(ctx.app);
      const body = signupBody(territory);
      const me = (await agent.post('/api/auth/signup').send(body).expect(201)).body;
      expect(me.emailConfirmed).toBe(false);
      const [mail]: { text_body: string; html_body: string; kind: string; subject: string }[] =
        await ctx.dataSource.query(
          `SELECT text_body, html_body, kind, subject FROM outbox_mail WHERE recipient_id = $1`,
          [me.id],
        );
      expect(mail.kind).toBe('email_confirmation');
      expect(mail.subject).toMatch(/^Essaim : /);
      const token = new RegExp(`${ctx.config.appUrl}/confirm-email\\?token=([A-Za-z0-9_-]{43})`).exec(
        mail.text_body,
      )?.[1];
      expect(token).toBeDefined();
      const user = await ctx.dataSource.getRepository('User').findOneByOrFail({ id: me.id });
      return { agent, user: user as User, token: token! };
    }

    it('refuses an unconfirmed holder’s diagnostic (403), confirms once, then lets them submit', async () => {
      const { agent, user, token } = await signUp();
      const project = await newProject(ctx, user, commune);
      const diagnosticId = await answeredDiagnostic(agent, project.id, SMALL_ANSWERS);
      const refused = await agent.post(`/api/diagnostics/${diagnosticId}/submit`);
      expectError(refused, 403, 'email_unconfirmed');
      expect(refused.body.message).toMatch(/link/);
      const [{ cases }] = await ctx.dataSource.query(
        `SELECT count(*)::int AS cases FROM case_file WHERE diagnostic_id = $1`,
        [diagnosticId],
      );
      expect(cases).toBe(0);

      await (await agentOf(ctx.app)).post('/api/auth/confirm-email').send({ token }).expect(204);
      expect((await agent.get('/api/auth/me').expect(200)).body.emailConfirmed).toBe(true);
      const again = await (await agentOf(ctx.app)).post('/api/auth/confirm-email').send({ token });
      expectError(again, 400, 'invalid_token');

      await agent.post(`/api/diagnostics/${diagnosticId}/submit`).expect(201);
    });

    it('refuses an unknown or expired link, and a malformed token naming the field', async () => {
      const anonymous = await agentOf(ctx.app);
      const unknown = await anonymous.post('/api/auth/confirm-email').send({ token: 'a'.repeat(43) });
      expectError(unknown, 400, 'invalid_token');
      expectInvalidFields(await anonymous.post('/api/auth/confirm-email').send({ token: 'short' }), [
        'token',
      ]);

      const { agent, user, token } = await signUp();
      await ctx.dataSource.query(
        `UPDATE email_confirmation_token SET expires_at = now() - interval '1 minute' WHERE user_id = $1`,
        [user.id],
      );
      expectError(await anonymous.post('/api/auth/confirm-email').send({ token }), 400, 'invalid_token');
      expect((await agent.get('/api/auth/me').expect(200)).body.emailConfirmed).toBe(false);
    });

    it('sends a new link on request; a confirmed account gets none', async () => {
      const { agent, user } = await signUp();
      await agent.post('/api/auth/confirm-email/resend').expect(204);
      const count = async (id: string) =>
        (
          await ctx.dataSource.query(
            `SELECT count(*)::int AS count FROM outbox_mail WHERE recipient_id = $1 AND kind = 'email_confirmation'`,
            [id],
          )
        )[0].count as number;
      expect(await count(user.id)).toBe(2);

      await holderAgent.post('/api/auth/confirm-email/resend').expect(204);
      expect(await count(holder.id)).toBe(0);
      expect((await holderAgent.get('/api/auth/me').expect(200)).body.emailConfirmed).toBe(true);
    });
  });
});
