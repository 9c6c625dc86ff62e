import type { Organisation } from '../src/territories/organisation.entity';
import { Territory } from '../src/territories/territory.entity';
import type { User } from '../src/users/user.entity';
import { mailsTo, sessionsOf } from './auth-fixtures';
import { expectError, expectInvalidFields } from './http-expectations';
import { type Agent, createTestContext, TEST_PASSWORD, type TestContext } from './test-app';

describe('a territory admin’s users', () => {
  let ctx: TestContext;
  let territory: Territory;
  let operator: Organisation;
  let partner: Organisation;
  let funderOrganisation: Organisation;
  let admin: User;
  let adminAgent: Agent;

  beforeAll(async () => {
    ctx = await createTestContext();
    territory = await ctx.newTerritory();
    operator = await ctx.newOrganisation(territory, { name: 'CRESS', kind: 'support' });
    partner = await ctx.newOrganisation(territory, { name: 'Coop partenaire', kind: 'support' });
    funderOrganisation = await ctx.newOrganisation(territory, { name: 'Fonds solidaire', kind: 'funder' });
    await ctx.dataSource
      .getRepository(Territory)
      .update(territory.id, { operatorOrganisationId: operator.id });
    admin = await ctx.newUser({
      role: 'territory_admin',
      territoryId: territory.id,
      organisationId: operator.id,
    });
    adminAgent = await ctx.loginAs(admin);
  });
  afterAll(() => ctx.close());

  const advisor = (overrides: Partial<User> = {}) =>
    ctx.newUser({ role: 'advisor', territoryId: territory.id, organisationId: partner.id, ...overrides });

  function logIn(user: User) {
    return ctx
      .agent()
      .then((agent) => agent.post('/api/auth/login').send({ email: user.email, password: TEST_PASSWORD }));
  }

  describe('the list', () => {
    let otherTerritory: Territory;
    let listed: { zoe: User; yann: User; holder: User; outsider: User };

    beforeAll(async () => {
      otherTerritory = await ctx.newTerritory();
      listed = {
        zoe: await advisor({ firstName: 'Zoé', lastName: 'Zéphyr', status: 'disabled' }),
        yann: await ctx.newUser({
          role: 'funder',
          territoryId: territory.id,
          organisationId: funderOrganisation.id,
          firstName: 'Yann',
          lastName: 'Yvon',
        }),
        holder: await ctx.newUser({ territoryId: territory.id, firstName: 'Inès', lastName: 'Morel' }),
        outsider: await ctx.newUser({ role: 'advisor', territoryId: otherTerritory.id, lastName: 'Zéphyr' }),
      };
    });

    it('lists the accounts of the admin’s territory only, by name, with their organisation and status', async () => {
      const { body } = await adminAgent.get('/api/admin/users').query({ pageSize: 50 }).expect(200);

      const ids = body.items.map((user: { id: string }) => user.id);
      expect(ids).toEqual(
        expect.arrayContaining([admin.id, listed.zoe.id, listed.yann.id, listed.holder.id]),
      );
      expect(ids).not.toContain(listed.outsider.id);
      expect(body.total).toBe(body.items.length);
      const zoe = body.items.find((user: { id: string }) => user.id === listed.zoe.id);
      expect(zoe).toEqual({
        id: listed.zoe.id,
        email: listed.zoe.email,
        firstName: 'Zoé',
        lastName: 'Zéphyr',
        role: 'advisor',
        status: 'disabled',
        organisation: { id: partner.id, name: 'Coop partenaire' },
        lastLoginAt: null,
        invitation: null,
        createdAt: expect.any(String),
      });
      const lastNames = body.items.map((user: { lastName: string }) => user.lastName);
      expect(lastNames.indexOf('Zéphyr')).toBeGreaterThan(lastNames.indexOf('Yvon'));
      expect(lastNames.indexOf('Morel')).toBeLessThan(lastNames.indexOf('Yvon'));
    });

    it('filters by role, status and text (accent-insensitive), and pages', async () => {
      const byRole = await adminAgent.get('/api/admin/users').query({ role: 'funder' }).expect(200);
      expect(byRole.body.items.map((user: { id: string }) => user.id)).toEqual([listed.yann.id]);

      const byStatus = await adminAgent.get('/api/admin/users').query({ status: 'disabled' }).expect(200);
      expect(byStatus.body.items.map((user: { id: string }) => user.id)).toEqual([listed.zoe.id]);

      const byText = await adminAgent.get('/api/admin/users').query({ q: 'zephyr' }).expect(200);
      expect(byText.body.items.map((user: { id: string }) => user.id)).toEqual([listed.zoe.id]);

      const firstPage = await adminAgent.get('/api/admin/users').query({ pageSize: 1 }).expect(200);
      const secondPage = await adminAgent.get('/api/admin/users').query({ pageSize: 1, page: 2 }).expect(200);
      expect(firstPage.body).toMatchObject({ page: 1, pageSize: 1, total: secondPage.body.total });
      expect(firstPage.body.items).toHaveLength(1);
      expect(secondPage.body.items[0].id).not.toBe(firstPage.body.items[0].id);
    });

    it('names a filter it does not know', async () => {
      expectInvalidFields(await adminAgent.get('/api/admin/users').query({ role: 'boss', status: 'gone' }), {
        role: 'isIn',
        status: 'isIn',
      });
    });
  });

  describe('disabling and enabling', () => {
    it('ends the user’s sessions at once and refuses their login; enabling lets them in again', async () => {
      const user = await advisor();
      const userAgent = await ctx.loginAs(user);
      await userAgent.get('/api/auth/me').expect(200);

      const disabled = await adminAgent.post(`/api/admin/users/${user.id}/disable`);

      expect(disabled.status).toBe(200);
      expect(disabled.body).toMatchObject({ id: user.id, status: 'disabled' });
      expectError(await userAgent.get('/api/auth/me'), 401, 'unauthorized');
      expect(await sessionsOf(ctx, user.id)).toEqual([]);
      expectError(await logIn(user), 401, 'invalid_credentials');

      const enabled = await adminAgent.post(`/api/admin/users/${user.id}/enable`);

      expect(enabled.status).toBe(200);
      expect(enabled.body).toMatchObject({ id: user.id, status: 'active' });
      expect((await logIn(user)).status).toBe(200);
    });

    it('refuses a session that outlived the account’s disabling, even if its row survived', async () => {
      const user = await advisor();
      const userAgent = await ctx.loginAs(user);
      const [session] = await sessionsOf(ctx, user.id);
      await adminAgent.post(`/api/admin/users/${user.id}/disable`).expect(200);
      // As if another instance had written the session back after it was deleted.
      await ctx.dataSource.query(
        `INSERT INTO user_session (sid, sess, expire) VALUES ($1, $2, now() + interval '1 hour')`,
        [session?.sid, JSON.stringify(session?.sess)],
      );

      expectError(await userAgent.get('/api/auth/me'), 401, 'unauthorized');
    });

    it('does not let an admin disable their own account', async () => {
      const response = await adminAgent.post(`/api/admin/users/${admin.id}/disable`);

      expectError(response, 400, 'bad_request');
      expect(response.body.message).toBe('You cannot disable your own account: ask another administrator.');
      await adminAgent.get('/api/auth/me').expect(200);
    });

    it('stops a pending invitation when disabling, and enabling puts the account back to invited for a new link', async () => {
      const invited = await adminAgent
        .post('/api/admin/users')
        .send({
          email: `${territory.code}-invited@example.org`,
          firstName: 'Léa',
          lastName: 'Guérin',
          role: 'advisor',
          organisationId: partner.id,
        })
        .expect(201);
      const id = invited.body.id as string;

      await adminAgent.post(`/api/admin/users/${id}/disable`).expect(200);
      const [{ count }] = await ctx.dataSource.query<[{ count: number }]>(
        'SELECT count(*)::int AS count FROM staff_invitation WHERE user_id = $1 AND used_at IS NULL',
        [id],
      );
      expect(count).toBe(0);

      const enabled = await adminAgent.post(`/api/admin/users/${id}/enable`).expect(200);
      expect(enabled.body).toMatchObject({ status: 'invited', invitation: null });
      const resent = await adminAgent.post(`/api/admin/users/${id}/invitation`).expect(200);
      expect(resent.body.invitation).toEqual({ expiresAt: expect.any(String) });
      expect(await mailsTo(ctx, invited.body.email)).toHaveLength(2);
    });
  });

  describe('changing an organisation', () => {
    it('moves an advisor to another support organisation and a funder to another funder', async () => {
      const user = await advisor();
      const funder = await ctx.newUser({
        role: 'funder',
        territoryId: territory.id,
        organisationId: funderOrganisation.id,
      });
      const bank = await ctx.newOrganisation(territory, { name: 'Banque coopérative', kind: 'both' });

      const moved = await adminAgent
        .patch(`/api/admin/users/${user.id}`)
        .send({ organisationId: operator.id });
      const movedFunder = await adminAgent
        .patch(`/api/admin/users/${funder.id}`)
        .send({ organisationId: bank.id });

      expect(moved.status).toBe(200);
      expect(moved.body.organisation).toEqual({ id: operator.id, name: 'CRESS' });
      expect(movedFunder.status).toBe(200);
      expect(movedFunder.body.organisation).toEqual({ id: bank.id, name: 'Banque coopérative' });
    });

    it('keeps the rules of the invitation, naming organisationId, and changes nothing', async () => {
      const user = await advisor();
      const otherAdmin = await ctx.newUser({
        role: 'territory_admin',
        territoryId: territory.id,
        organisationId: operator.id,
      });

      expectInvalidFields(
        await adminAgent.patch(`/api/admin/users/${user.id}`).send({ organisationId: funderOrganisation.id }),
        { organisationId: 'wrong_kind' },
      );
      expectInvalidFields(
        await adminAgent.patch(`/api/admin/users/${otherAdmin.id}`).send({ organisationId: partner.id }),
        { organisationId: 'fixed_for_role' },
      );
      const { body } = await adminAgent.get('/api/admin/users').query({ q: user.email }).expect(200);
      expect(body.items[0].organisation.id).toBe(partner.id);
    });
  });

  it('answers 404 for an account of another territory, and changes nothing', async () => {
    const outsider = await ctx.newUser({ role: 'advisor' });

    expectError(await adminAgent.post(`/api/admin/users/${outsider.id}/disable`), 404, 'not_found');
    expectError(await adminAgent.post(`/api/admin/users/${outsider.id}/enable`), 404, 'not_found');
    expectError(await adminAgent.post(`/api/admin/users/${outsider.id}/invitation`), 404, 'not_found');
    expectError(
      await adminAgent.patch(`/api/admin/users/${outsider.id}`).send({ organisationId: partner.id }),
      404,
      'not_found',
    );
    expect((await logIn(outsider)).status).toBe(200);
  });

  it('answers 404 for a platform admin’s account', async () => {
    const platformAdmin = await ctx.newUser({ role: 'platform_admin' });

    expectError(await adminAgent.post(`/api/admin/users/${platformAdmin.id}/disable`), 404, 'not_found');
  });
});

describe('a territory’s settings', () => {
  let ctx: TestContext;
  let territory: Territory;
  let adminAgent: Agent;

  beforeAll(async () => {
    ctx = await createTestContext();
    territory = await ctx.newTerritory({
      name: 'Grand Est',
      settings: { contactEmail: 'old@cress.example' },
    });
    adminAgent = await ctx.loginAs(await ctx.newUser({ role: 'territory_admin', territoryId: territory.id }));
  });
  afterAll(() => ctx.close());

  it('reads the defaults when the territory set none', async () => {
    const { body } = await adminAgent.get('/api/admin/territory').expect(200);

    expect(body).toEqual({
      code: territory.code,
      name: 'Grand Est',
      slaDays: 5,
      inactivityDays: 30,
      contactEmail: 'old@cress.example',
    });
  });

  it('stores the thresholds and the contact address; a blank address removes it', async () => {
    const saved = await adminAgent
      .patch('/api/admin/territory')
      .send({ slaDays: 3, inactivityDays: 45, contactEmail: 'contact@cress.example' });

    expect(saved.status).toBe(200);
    expect(saved.body).toMatchObject({
      slaDays: 3,
      inactivityDays: 45,
      contactEmail: 'contact@cress.example',
    });
    const cleared = await adminAgent
      .patch('/api/admin/territory')
      .send({ slaDays: 3, inactivityDays: 45, contactEmail: ' ' })
      .expect(200);
    expect(cleared.body.contactEmail).toBeNull();
    const stored = await ctx.dataSource.getRepository(Territory).findOneByOrFail({ id: territory.id });
    expect(stored.settings).toEqual({ slaDays: 3, inactivityDays: 45 });
  });

  it('refuses thresholds out of range, naming each field, and changes nothing', async () => {
    const before = await adminAgent.get('/api/admin/territory').expect(200);

    const response = await adminAgent
      .patch('/api/admin/territory')
      .send({ slaDays: 0, inactivityDays: 366, contactEmail: 'pas-une-adresse' });

    expectInvalidFields(response, { slaDays: 'min', inactivityDays: 'max', contactEmail: 'isEmail' });
    expectInvalidFields(await adminAgent.patch('/api/admin/territory').send({}), [
      'slaDays',
      'inactivityDays',
    ]);
    expect((await adminAgent.get('/api/admin/territory').expect(200)).body).toEqual(before.body);
  });
});
