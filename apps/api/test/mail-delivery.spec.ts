import { NestFactory } from '@nestjs/core';
import type { INestApplicationContext } from '@nestjs/common';
import { AppModule } from '../src/app.module';
import { BossService } from '../src/jobs/boss.service';
import { MAIL_DELIVER } from '../src/jobs/queues';
import { renderMail } from '../src/mail/layout';
import { MailService, type QueuedMail } from '../src/mail/mail.service';
import type { Territory } from '../src/territories/territory.entity';
import { setCase } from './case-list-fixtures';
import { newCommune, publishQuestionnaire, submittedCase } from './holder-journey-fixtures';
import { startSmtpSink, type SmtpSink } from './smtp-sink';
import { createTestContext, type TestContext } from './test-app';

/** Fast workers: poll every half second, retry after about a second, two attempts in all. */
const FAST_JOBS = {
  WORKERS: 'true',
  JOBS_POLL_SECONDS: '0.5',
  MAIL_RETRY_DELAY_SECONDS: '1',
  MAIL_RETRY_LIMIT: '1',
};

interface MailRow {
  id: string;
  status: string;
  attempts: number;
  last_error: string | null;
}

function mailOf(to: string, territory?: Territory, title = 'un dossier vous attend'): QueuedMail {
  return {
    to,
    kind: 'case_assigned',
    territoryId: territory?.id ?? null,
    ...renderMail('fr', {
      title,
      paragraphs: ['Bonjour Camille,', 'Un dossier « Café & <Épicerie> » vous est confié.'],
      action: { label: 'Ouvrir le dossier', url: 'http://localhost:3000/app/cases/1' },
    }),
  };
}

async function queue(ctx: TestContext, mails: QueuedMail[]): Promise<string[]> {
  const service = ctx.app.get(MailService);
  return ctx.dataSource.transaction(async (manager) => {
    const ids: string[] = [];
    for (const mail of mails) ids.push(await service.queue(manager, mail));
    return ids;
  });
}

async function rowsOf(ctx: TestContext, ids: string[]): Promise<MailRow[]> {
  return ctx.dataSource.query<MailRow[]>(
    'SELECT id, status, attempts, last_error FROM outbox_mail WHERE id = ANY($1) ORDER BY id',
    [ids],
  );
}

/** Waits until none of the mails is pending any more (or fails after `timeoutMs`). */
async function settled(ctx: TestContext, ids: string[], timeoutMs = 20_000): Promise<MailRow[]> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const rows = await rowsOf(ctx, ids);
    if (rows.length === ids.length && rows.every((row) => row.status !== 'pending')) return rows;
    if (Date.now() > deadline) throw new Error(`Mails still pending: ${JSON.stringify(rows)}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** The jobs of these mails that pg-boss still holds as not finished. */
async function unfinishedJobs(ctx: TestContext, ids: string[]): Promise<number> {
  const [row] = await ctx.dataSource.query<{ count: string }[]>(
    `SELECT count(*) FROM pgboss.job WHERE name = $1 AND data->>'mailId' = ANY($2) AND state < 'completed'`,
    [MAIL_DELIVER, ids],
  );
  return Number(row?.count);
}

/** Waits until pg-boss has finished every job of these mails; how many are left (0 unless it timed out). */
async function jobsFinished(ctx: TestContext, ids: string[], timeoutMs = 10_000): Promise<number> {
  const deadline = Date.now() + timeoutMs;
  let left = await unfinishedJobs(ctx, ids);
  while (left > 0 && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 100));
    left = await unfinishedJobs(ctx, ids);
  }
  return left;
}

describe('mail delivery through SMTP', () => {
  let sink: SmtpSink;
  let ctx: TestContext;

  beforeAll(async () => {
    sink = await startSmtpSink();
    ctx = await createTestContext({
      env: { ...FAST_JOBS, SMTP_URL: sink.url, MAIL_FROM: 'Essaim <ne-pas-repondre@essaim.test>' },
    });
  });
  afterAll(async () => {
    await ctx.close();
    await sink.close();
  });

  const address = (name: string) => `${name}-${Math.random().toString(36).slice(2, 10)}@example.org`;
  const caughtFor = (to: string) => sink.mails.filter((mail) => mail.to.includes(to));

  it('delivers a queued mail once, with its text and its HTML', async () => {
    const to = address('once');

    const [id] = await queue(ctx, [mailOf(to)]);
    const [row] = await settled(ctx, [id]);

    expect(row).toMatchObject({ status: 'sent', attempts: 1, last_error: null });
    const caught = caughtFor(to);
    expect(caught).toHaveLength(1);
    expect(caught[0]?.from).toBe('ne-pas-repondre@essaim.test');
    expect(caught[0]?.subject).toBe('Essaim : un dossier vous attend');
    expect(caught[0]?.text).toContain('Un dossier « Café & <Épicerie> » vous est confié.');
    expect(caught[0]?.text).toContain('http://localhost:3000/app/cases/1');
    expect(caught[0]?.html).toContain('Café &amp; &lt;Épicerie&gt;');
    expect(caught[0]?.html).toContain('href="http://localhost:3000/app/cases/1"');
    expect(caught[0]?.html).not.toMatch(/<img|<script/i);
    // The job is finished: nothing will send it again.
    expect(await jobsFinished(ctx, [id])).toBe(0);
  });

  it('writes nothing and sends nothing when the change that queued the mail rolls back', async () => {
    const to = address('rolled-back');
    const service = ctx.app.get(MailService);

    await expect(
      ctx.dataSource.transaction(async (manager) => {
        await service.queue(manager, mailOf(to));
        throw new Error('the change failed');
      }),
    ).rejects.toThrow('the change failed');

    const [outbox] = await ctx.dataSource.query<{ count: string }[]>(
      'SELECT count(*) FROM outbox_mail WHERE to_address = $1',
      [to],
    );
    expect(Number(outbox?.count)).toBe(0);
    const [jobs] = await ctx.dataSource.query<{ count: string }[]>(
      `SELECT count(*) FROM pgboss.job j WHERE j.name = $1 AND NOT EXISTS (SELECT 1 FROM outbox_mail m WHERE m.id::text = j.data->>'mailId')`,
      [MAIL_DELIVER],
    );
    expect(Number(jobs?.count)).toBe(0);
  });

  it('retries a mail the SMTP server refused once, and delivers it exactly once', async () => {
    const to = address('retried');
    const attemptsBefore = sink.attempts;
    sink.refuseNext(1, 451);

    const [id] = await queue(ctx, [mailOf(to)]);
    const [row] = await settled(ctx, [id]);

    expect(row).toMatchObject({ status: 'sent', attempts: 2 });
    expect(sink.attempts - attemptsBefore).toBe(2);
    expect(caughtFor(to)).toHaveLength(1);
    expect(await jobsFinished(ctx, [id])).toBe(0);
  });

  it('delivers each mail once when two workers run at once, even with a duplicate job for a mail', async () => {
    // A second worker process: the whole app without HTTP, its own pg-boss, on the same database.
    const second: INestApplicationContext = await NestFactory.createApplicationContext(
      AppModule.register(ctx.config),
      { logger: false },
    );
    try {
      const recipients = Array.from({ length: 40 }, (_, i) => address(`pair${i}`));
      const ids = await queue(
        ctx,
        recipients.map((to) => mailOf(to)),
      );
      // A second job for a third of the mails: only the row lock and its status keep them single.
      await ctx.dataSource.transaction(async (manager) => {
        for (const mailId of ids.filter((_, i) => i % 3 === 0)) {
          await ctx.app.get(BossService).sendInTransaction(manager, MAIL_DELIVER, { mailId });
        }
      });

      const rows = await settled(ctx, ids);

      expect(rows.every((row) => row.status === 'sent' && row.attempts === 1)).toBe(true);
      for (const to of recipients) expect(caughtFor(to)).toHaveLength(1);
      // Wait for the duplicate jobs to finish too, then check again that nobody got a second copy.
      expect(await jobsFinished(ctx, ids)).toBe(0);
      for (const to of recipients) expect(caughtFor(to)).toHaveLength(1);
    } finally {
      await second.close();
    }
  });

  it('marks the mail failed after its last attempt, and shows it to its territory admins only', async () => {
    const territory = await ctx.newTerritory();
    const to = address('refused');
    sink.refuseAlways(to, 550);

    const [id] = await queue(ctx, [mailOf(to, territory, 'un message que le serveur refuse')]);
    const [row] = await settled(ctx, [id]);

    expect(row).toMatchObject({ status: 'failed', attempts: 2 });
    expect(row?.last_error).toContain('550');
    expect(caughtFor(to)).toHaveLength(0);
    expect(await jobsFinished(ctx, [id])).toBe(0);

    const admin = await ctx.loginAs(
      await ctx.newUser({ role: 'territory_admin', territoryId: territory.id }),
    );
    const failures = await admin.get('/api/admin/mail-failures').expect(200);
    expect(failures.body).toMatchObject({ total: 1, page: 1, pageSize: 20 });
    expect(failures.body.items).toEqual([
      {
        id,
        to,
        kind: 'case_assigned',
        subject: 'Essaim : un message que le serveur refuse',
        attempts: 2,
        lastError: row?.last_error,
        createdAt: expect.any(String),
      },
    ]);

    const otherAdmin = await ctx.loginAs('territory_admin');
    const others = await otherAdmin.get('/api/admin/mail-failures').expect(200);
    expect(others.body.items.map((item: { id: string }) => item.id)).not.toContain(id);
  });

  it('mails the lead advisor once, in their language, with the case’s link, when the holder writes', async () => {
    const territory = await ctx.newTerritory();
    await publishQuestionnaire(ctx, territory);
    const commune = await newCommune(ctx, territory);
    const holder = await ctx.newUser({ territoryId: territory.id });
    const holderAgent = await ctx.loginAs(holder);
    const lead = await ctx.newUser({
      role: 'advisor',
      territoryId: territory.id,
      locale: 'en',
      firstName: 'Lena',
    });
    const colleague = await ctx.newUser({ role: 'advisor', territoryId: territory.id });
    const caseId = await submittedCase(ctx, holder, holderAgent, commune);
    await setCase(ctx, caseId, { stage: 'accompaniment', leadAdvisorId: lead.id });
    const before = sink.mails.length;

    await holderAgent
      .post(`/api/cases/${caseId}/messages`)
      .send({ body: 'Une question sur mon budget' })
      .expect(201);

    const [mailId] = (
      await ctx.dataSource.query<{ id: string }[]>(
        `SELECT id FROM outbox_mail WHERE recipient_id = $1 AND kind = 'message_received'`,
        [lead.id],
      )
    ).map((row) => row.id);
    expect(await settled(ctx, [mailId])).toEqual([expect.objectContaining({ status: 'sent' })]);
    const delivered = sink.mails.slice(before);
    expect(delivered).toHaveLength(1);
    const [mail] = delivered;
    expect(mail.to).toEqual([lead.email.toLowerCase()]);
    expect(mail.subject).toMatch(/^Essaim: New message on/);
    expect(mail.text).toContain(`${ctx.config.appUrl}/app/cases/${caseId}`);
    expect(mail.html).toContain(`${ctx.config.appUrl}/app/cases/${caseId}`);
    expect(caughtFor(holder.email.toLowerCase())).toHaveLength(0);
    expect(caughtFor(colleague.email.toLowerCase())).toHaveLength(0);
  });

  it('hides the demo mail list when mail goes through SMTP', async () => {
    const [id] = await queue(ctx, [mailOf(address('hidden'))]);
    const platform = await ctx.loginAs('platform_admin');

    await platform.get('/api/platform/mails').expect(404);
    await platform.get(`/api/platform/mails/${id}`).expect(404);
  });
});

describe('mail without SMTP (the demo)', () => {
  let ctx: TestContext;

  beforeAll(async () => {
    ctx = await createTestContext({ env: FAST_JOBS });
  });
  afterAll(() => ctx.close());

  it('ends the mail as `console`, kept in the outbox, listed for the platform admins', async () => {
    const to = `demo-${Math.random().toString(36).slice(2, 10)}@example.org`;

    const [id] = await queue(ctx, [mailOf(to)]);
    const [row] = await settled(ctx, [id]);

    expect(row).toMatchObject({ status: 'console', attempts: 1 });
    const platform = await ctx.loginAs('platform_admin');
    const list = await platform.get('/api/platform/mails').expect(200);
    expect(list.body).toMatchObject({ page: 1, pageSize: 20 });
    expect(list.body.items).toContainEqual({
      id,
      to,
      kind: 'case_assigned',
      subject: 'Essaim : un dossier vous attend',
      status: 'console',
      createdAt: expect.any(String),
      sentAt: expect.any(String),
    });
    const detail = await platform.get(`/api/platform/mails/${id}`).expect(200);
    expect(detail.body.text).toContain('Un dossier « Café & <Épicerie> » vous est confié.');
    expect(detail.body.html).toContain('Café &amp; &lt;Épicerie&gt;');

    await platform.get('/api/platform/mails?page=0').expect(400);
    await platform.get('/api/platform/mails/00000000-0000-4000-8000-000000000000').expect(404);
    const admin = await ctx.loginAs('territory_admin');
    await admin.get('/api/platform/mails').expect(403);
  });
});
