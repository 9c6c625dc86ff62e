import { createHash } from 'node:crypto';
import type { Organisation } from '../src/territories/organisation.entity';
import { Territory } from '../src/territories/territory.entity';
import type { User } from '../src/users/user.entity';
import { mailsTo, OTHER_PASSWORD } from './auth-fixtures';
import { expectError, expectInvalidFields } from './http-expectations';
import { type Agent, createTestContext, type TestContext } from './test-app';
import { uniqueName } from './test-database';

describe('staff invitations', () => {
  let ctx: TestContext;
  let territory: Territory;
  let operator: Organisation;
  let partner: Organisation;
  let funderOrganisation: Organisation;
  let admin: User;
  let adminAgent: Agent;

  beforeAll(async () => {
    ctx = await createTestContext();
    territory = await ctx.newTerritory({ name: 'Pays de la Loire' });
    operator = await ctx.newOrganisation(territory, { name: 'CRESS', kind: 'support' });
    partner = await ctx.newOrganisation(territory, { name: 'Coop partenaire', kind: 'both' });
    funderOrganisation = await ctx.newOrganisation(territory, { name: 'Fonds solidaire', kind: 'funder' });
    await ctx.dataSource
      .getRepository(Territory)
      .update(territory.id, { operatorOrganisationId: operator.id });
    admin = await ctx.newUser({
      role: 'territory_admin',
      territoryId: territory.id,
      organisationId: operator.id,
      firstName: 'Claire',
      lastName: 'Rousseau',
    });
    adminAgent = await ctx.loginAs(admin);
  });
  afterAll(() => ctx.close());

  const newEmail = () => `${uniqueName('invitee')}@example.org`;

  function invite(body: Record<string, unknown>) {
    return adminAgent.post('/api/admin/users').send({ firstName: 'Karim', lastName: 'Benali', ...body });
  }

  /** The token of the newest invitation link mailed to this address. */
  async function mailedToken(email: string): Promise<string> {
    const mails = await mailsTo(ctx, email);
    const token = /\/staff-invitation\?token=([A-Za-z0-9_-]+)/.exec(mails.at(-1)?.text_body ?? '')?.[1];
    if (!token) throw new Error(`No invitation link was mailed to ${email}.`);
    return token;
  }

  /** An advisor of the partner invited by the admin, and the token of their link. */
  async function invitedAdvisor(): Promise<{ id: string; email: string; token: string }> {
    const email = newEmail();
    const response = await invite({ email, role: 'advisor', organisationId: partner.id });
    expect(response.status).toBe(201);
    return { id: response.body.id, email, token: await mailedToken(email) };
  }

  async function accept(token: string, password = OTHER_PASSWORD) {
    const agent = await ctx.agent();
    const response = await agent.post('/api/staff-invitations/accept').send({ token, password });
    return { agent, response };
  }

  it('creates an invited account without a password and mails it a link valid 7 days, of which only a hash is kept', async () => {
    const email = newEmail();

    const response = await invite({
      email: email.toUpperCase(),
      role: 'advisor',
      organisationId: partner.id,
    });

    expect(response.status).toBe(201);
    expect(response.body).toMatchObject({
      email,
      firstName: 'Karim',
      lastName: 'Benali',
      role: 'advisor',
      status: 'invited',
      organisation: { id: partner.id, name: 'Coop partenaire' },
      lastLoginAt: null,
    });
    const expiresIn = Date.parse(response.body.invitation.expiresAt) - Date.now();
    expect(expiresIn).toBeGreaterThan(7 * 24 * 3600_000 - 60_000);
    expect(expiresIn).toBeLessThanOrEqual(7 * 24 * 3600_000);
    const [stored] = await ctx.dataSource.query<{ password_hash: string | null }[]>(
      'SELECT password_hash FROM app_user WHERE id = $1',
      [response.body.id],
    );
    expect(stored?.password_hash).toBeNull();
    const mails = await mailsTo(ctx, email);
    expect(mails).toHaveLength(1);
    expect(mails[0]?.subject).toBe('Essaim : votre invitation pour le territoire Pays de la Loire');
    expect(mails[0]?.text_body).toContain('Claire Rousseau vous invite');
    const token = await mailedToken(email);
    expect(mails[0]?.text_body).toContain(`${ctx.config.appUrl}/staff-invitation?token=${token}`);
    const hashes = await ctx.dataSource.query<{ token_hash: string }[]>(
      'SELECT token_hash FROM staff_invitation WHERE user_id = $1',
      [response.body.id],
    );
    expect(hashes).toEqual([{ token_hash: createHash('sha256').update(token).digest('hex') }]);
  });

  it('writes the mail in English for an invitee who reads English', async () => {
    const email = newEmail();
    await invite({ email, role: 'funder', organisationId: funderOrganisation.id, locale: 'en' }).expect(201);

    const [mail] = await mailsTo(ctx, email);
    expect(mail?.subject).toBe('Essaim: your invitation for the territory Pays de la Loire');
    expect(mail?.text_body).toContain('Claire Rousseau invites you to join Essaim');
  });

  it('shows the invitee who invited them, for which territory and role, before they choose a password', async () => {
    const { email, token } = await invitedAdvisor();

    const response = await (await ctx.agent()).post('/api/staff-invitations/preview').send({ token });

    expect(response.status).toBe(200);
    expect(response.body).toEqual({
      email,
      firstName: 'Karim',
      role: 'advisor',
      territory: { code: territory.code, name: 'Pays de la Loire' },
      organisation: { name: 'Coop partenaire' },
      invitedBy: { id: admin.id, firstName: 'Claire', lastName: 'Rousseau' },
      expiresAt: expect.any(String),
    });
  });

  it('sets the password, activates the account and logs it in; the link then works no more', async () => {
    const { id, email, token } = await invitedAdvisor();

    const { agent, response } = await accept(token);

    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({ id, email, role: 'advisor', organisation: { id: partner.id } });
    const me = await agent.get('/api/auth/me').expect(200);
    expect(me.body.id).toBe(id);
    await (await ctx.agent()).post('/api/auth/login').send({ email, password: OTHER_PASSWORD }).expect(200);
    expectError((await accept(token, 'Encore une autre phrase à moi')).response, 400, 'invalid_token');
    expectError(
      await (await ctx.agent()).post('/api/staff-invitations/preview').send({ token }),
      400,
      'invalid_token',
    );
  });

  it('lets a link through only once, even when two requests bring it at the same time', async () => {
    const { token } = await invitedAdvisor();

    const responses = await Promise.all([accept(token), accept(token, 'Encore une autre phrase à moi')]);

    expect(responses.map(({ response }) => response.status).sort()).toEqual([200, 400]);
  });

  it('refuses an expired link with the same answer as a used one, and leaves the account invited', async () => {
    const { id, token } = await invitedAdvisor();
    await ctx.dataSource.query(
      `UPDATE staff_invitation SET expires_at = now() - interval '1 second' WHERE user_id = $1`,
      [id],
    );

    const { response } = await accept(token);

    expectError(response, 400, 'invalid_token');
    expect(response.body.message).toBe(
      'This invitation link is no longer valid: ask the person who invited you for a new one.',
    );
    const [row] = await ctx.dataSource.query<{ status: string }[]>(
      'SELECT status FROM app_user WHERE id = $1',
      [id],
    );
    expect(row?.status).toBe('invited');
  });

  it('refuses an unknown token like a used one', async () => {
    expectError((await accept('not-a-token-that-was-ever-mailed')).response, 400, 'invalid_token');
  });

  it('sends a new link on request: the older one stops working, the new one works', async () => {
    const { id, email, token: first } = await invitedAdvisor();

    const resent = await adminAgent.post(`/api/admin/users/${id}/invitation`);

    expect(resent.status).toBe(200);
    expect(resent.body).toMatchObject({
      id,
      status: 'invited',
      invitation: { expiresAt: expect.any(String) },
    });
    const second = await mailedToken(email);
    expect(second).not.toBe(first);
    expectError((await accept(first)).response, 400, 'invalid_token');
    expect((await accept(second)).response.status).toBe(200);
  });

  it('sends no new link to an account that already chose its password', async () => {
    const { id, email, token } = await invitedAdvisor();
    await accept(token);

    expectError(await adminAgent.post(`/api/admin/users/${id}/invitation`), 409, 'conflict');
    expect(await mailsTo(ctx, email)).toHaveLength(1);
  });

  it('refuses a password the policy refuses, naming it, and keeps the link usable', async () => {
    const { token } = await invitedAdvisor();

    expectInvalidFields((await accept(token, 'court')).response, { password: 'too_short' });
    expectInvalidFields((await accept(token, 'motdepasse123456')).response, { password: 'too_common' });
    expect((await accept(token)).response.status).toBe(200);
  });

  it('does not let an invited account log in, with the answer of a wrong password', async () => {
    const { email } = await invitedAdvisor();

    const response = await (
      await ctx.agent()
    )
      .post('/api/auth/login')
      .send({ email, password: OTHER_PASSWORD });

    expectError(response, 401, 'invalid_credentials');
  });

  it('refuses an email that already has an account, whatever its case, with 409 email_taken', async () => {
    const existing = await ctx.newUser({ territoryId: territory.id });

    const response = await invite({
      email: existing.email.toUpperCase(),
      role: 'advisor',
      organisationId: partner.id,
    });

    expectError(response, 409, 'email_taken');
  });

  it('gives each role the organisation it needs, naming organisationId otherwise, and creates nothing', async () => {
    const otherTerritory = await ctx.newTerritory();
    const elsewhere = await ctx.newOrganisation(otherTerritory, { kind: 'support' });
    const email = newEmail();

    expectInvalidFields(await invite({ email, role: 'advisor' }), { organisationId: 'required' });
    expectInvalidFields(await invite({ email, role: 'advisor', organisationId: funderOrganisation.id }), {
      organisationId: 'wrong_kind',
    });
    expectInvalidFields(await invite({ email, role: 'funder', organisationId: operator.id }), {
      organisationId: 'wrong_kind',
    });
    expectInvalidFields(await invite({ email, role: 'advisor', organisationId: elsewhere.id }), {
      organisationId: 'unknown_organisation',
    });
    expectInvalidFields(await invite({ email, role: 'territory_admin', organisationId: partner.id }), {
      organisationId: 'not_operator',
    });
    expectInvalidFields(await invite({ email, role: 'holder' }), { role: 'isIn' });
    expectInvalidFields(await invite({ email, role: 'platform_admin' }), { role: 'isIn' });
    expect(await mailsTo(ctx, email)).toEqual([]);
    const [{ count }] = await ctx.dataSource.query<[{ count: number }]>(
      'SELECT count(*)::int AS count FROM app_user WHERE email = $1',
      [email],
    );
    expect(count).toBe(0);
  });

  it('puts a territory admin in the operator, and a funder in a funder organisation', async () => {
    const adminEmail = newEmail();
    const funderEmail = newEmail();

    const invitedAdmin = await invite({ email: adminEmail, role: 'territory_admin' });
    const invitedFunder = await invite({ email: funderEmail, role: 'funder', organisationId: partner.id });

    expect(invitedAdmin.status).toBe(201);
    expect(invitedAdmin.body.organisation).toEqual({ id: operator.id, name: 'CRESS' });
    expect(invitedFunder.status).toBe(201);
    expect(invitedFunder.body.organisation).toEqual({ id: partner.id, name: 'Coop partenaire' });
  });

  it('names each missing or malformed field of an invitation', async () => {
    const response = await adminAgent
      .post('/api/admin/users')
      .send({ email: 'pas-une-adresse', firstName: ' ', role: 'advisor', organisationId: 'x' });

    expectInvalidFields(response, ['email', 'firstName', 'lastName', 'organisationId']);
  });
});
