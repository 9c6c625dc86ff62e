import request from 'supertest';
import { createApp } from '../src/app';
import { SESSION_COOKIE } from '../src/common/sessions';
import type { User } from '../src/users/user.entity';
import { sessionsOf } from './auth-fixtures';
import { expectError, expectInvalidFields, setCookie } from './http-expectations';
import { createTestContext, TEST_PASSWORD, type TestContext } from './test-app';

// Behind a trusted proxy, as in production: plain requests are plain HTTP, and the proxy's
// X-Forwarded-Proto says when the client came over HTTPS.
describe('sessions', () => {
  let ctx: TestContext;

  beforeAll(async () => {
    ctx = await createTestContext({ env: { TRUST_PROXY: 'true' } });
  });
  afterAll(() => ctx.close());

  async function logIn(user: User, headers: Record<string, string> = {}) {
    const agent = await ctx.agent();
    const response = await agent
      .post('/api/auth/login')
      .set(headers)
      .send({ email: user.email, password: TEST_PASSWORD })
      .expect(200);
    return { agent, response, sessionCookie: setCookie(response, SESSION_COOKIE)!.value };
  }

  /** A request that brings only this session cookie, as a copied or stolen cookie would. */
  function meWithCookie(sessionCookie: string, app = ctx.app) {
    return request(app.getHttpServer())
      .get('/api/auth/me')
      .set('Cookie', `${SESSION_COOKIE}=${sessionCookie}`);
  }

  it('stores the session in PostgreSQL, and its cookie keeps working from request to request', async () => {
    const user = await ctx.newUser();
    const { agent } = await logIn(user);

    expect(await sessionsOf(ctx, user.id)).toHaveLength(1);
    expect((await agent.get('/api/auth/me').expect(200)).body.id).toBe(user.id);
    expect((await agent.get('/api/auth/me').expect(200)).body.id).toBe(user.id);
  });

  it('honours on a second API instance a session opened on the first', async () => {
    const user = await ctx.newUser();
    const { sessionCookie } = await logIn(user);
    const otherInstance = await createApp(ctx.config);
    try {
      const response = await meWithCookie(sessionCookie, otherInstance).expect(200);

      expect(response.body.id).toBe(user.id);
    } finally {
      await otherInstance.close();
    }
  });

  it('sets the session cookie httpOnly and SameSite=Lax, and not Secure over plain HTTP', async () => {
    const { response } = await logIn(await ctx.newUser());

    expect(setCookie(response, SESSION_COOKIE)).toMatchObject({
      httpOnly: true,
      sameSite: 'lax',
      secure: false,
    });
  });

  it('sets both cookies Secure when the trusted proxy says the client came over HTTPS', async () => {
    const overHttps = { 'X-Forwarded-Proto': 'https' };

    const { response: login } = await logIn(await ctx.newUser(), overHttps);
    const firstVisit = await request(ctx.app.getHttpServer()).get('/api/meta').set(overHttps).expect(200);

    expect(setCookie(login, SESSION_COOKIE)).toMatchObject({ httpOnly: true, sameSite: 'lax', secure: true });
    expect(setCookie(firstVisit, 'XSRF-TOKEN')).toMatchObject({
      httpOnly: false,
      sameSite: 'lax',
      secure: true,
    });
  });

  it('gives a new session id at login, and the id held before stops working', async () => {
    const user = await ctx.newUser();
    const { agent, sessionCookie: before } = await logIn(user);

    const again = await agent
      .post('/api/auth/login')
      .send({ email: user.email, password: TEST_PASSWORD })
      .expect(200);
    const after = setCookie(again, SESSION_COOKIE)!.value;

    expect(after).not.toBe(before);
    expectError(await meWithCookie(before), 401, 'unauthorized');
    await meWithCookie(after).expect(200);
  });

  it('ends the session on the server at logout: the row goes, and a copy of the cookie no longer works', async () => {
    const user = await ctx.newUser();
    const { agent, sessionCookie } = await logIn(user);

    const response = await agent.post('/api/auth/logout').expect(204);

    expect(setCookie(response, SESSION_COOKIE)?.value).toBe('');
    expect(await sessionsOf(ctx, user.id)).toEqual([]);
    expectError(await meWithCookie(sessionCookie), 401, 'unauthorized');
  });

  it('ends a session older than the absolute timeout, however active it was', async () => {
    const user = await ctx.newUser();
    const { agent } = await logIn(user);
    const loggedInTooLongAgo = Date.now() - ctx.config.sessionAbsoluteMs - 60_000;
    await ctx.dataSource.query(
      `UPDATE user_session SET sess = jsonb_set(sess::jsonb, '{loggedInAt}', to_jsonb($2::bigint))::json
        WHERE sess->>'userId' = $1`,
      [user.id, loggedInTooLongAgo],
    );

    expectError(await agent.get('/api/auth/me'), 401, 'unauthorized');
    expect(await sessionsOf(ctx, user.id)).toEqual([]);
  });

  it('ends a session left idle past its expiry', async () => {
    const user = await ctx.newUser();
    const { agent } = await logIn(user);
    await ctx.dataSource.query(
      `UPDATE user_session SET expire = now() - interval '1 minute' WHERE sess->>'userId' = $1`,
      [user.id],
    );

    expectError(await agent.get('/api/auth/me'), 401, 'unauthorized');
  });

  it("stops a disabled user's session at once", async () => {
    const user = await ctx.newUser();
    const { agent } = await logIn(user);
    await ctx.dataSource.query(`UPDATE app_user SET status = 'disabled' WHERE id = $1`, [user.id]);

    expectError(await agent.get('/api/auth/me'), 401, 'unauthorized');
    expect(await sessionsOf(ctx, user.id)).toEqual([]);
  });

  describe('the current user', () => {
    it('answers 401 unauthorized when nobody is logged in', async () => {
      expectError(await request(ctx.app.getHttpServer()).get('/api/auth/me'), 401, 'unauthorized');
    });

    it('describes the logged-in user, their territory and organisation, and nothing more', async () => {
      const territory = await ctx.newTerritory();
      const organisation = await ctx.newOrganisation(territory);
      const user = await ctx.newUser({
        role: 'advisor',
        territoryId: territory.id,
        organisationId: organisation.id,
      });
      const agent = await ctx.loginAs(user);

      const response = await agent.get('/api/auth/me').expect(200);

      expect(response.body).toEqual({
        id: user.id,
        email: user.email,
        firstName: user.firstName,
        lastName: user.lastName,
        role: 'advisor',
        locale: 'fr',
        territory: { code: territory.code, name: territory.name },
        organisation: { id: organisation.id, name: organisation.name, kind: organisation.kind },
        // A partner's advisor: not the operator's staff, who see every case of the territory.
        operatorStaff: false,
        emailConfirmed: true,
      });
      const operatorAdvisor = await ctx.loginAs(
        await ctx.newUser({ role: 'advisor', territoryId: territory.id }),
      );
      expect((await operatorAdvisor.get('/api/auth/me').expect(200)).body.operatorStaff).toBe(true);
    });

    it('changes the locale of the logged-in user', async () => {
      const user = await ctx.newUser({ locale: 'fr' });
      const agent = await ctx.loginAs(user);

      expect((await agent.patch('/api/auth/me').send({ locale: 'en' }).expect(200)).body.locale).toBe('en');
      expect((await agent.get('/api/auth/me').expect(200)).body.locale).toBe('en');
    });

    it('refuses any other change through /me, so users cannot give themselves a role', async () => {
      const user = await ctx.newUser({ role: 'holder' });
      const agent = await ctx.loginAs(user);

      const response = await agent.patch('/api/auth/me').send({ locale: 'en', role: 'platform_admin' });

      expectInvalidFields(response, { role: 'unknown_field' });
      expect((await agent.get('/api/auth/me').expect(200)).body).toMatchObject({
        role: 'holder',
        locale: 'fr',
      });
    });

    it('refuses a locale it does not offer, and keeps the one it had', async () => {
      const user = await ctx.newUser({ locale: 'fr' });
      const agent = await ctx.loginAs(user);

      expectInvalidFields(await agent.patch('/api/auth/me').send({ locale: 'xx' }), { locale: 'isIn' });
      expect((await agent.get('/api/auth/me').expect(200)).body.locale).toBe('fr');
    });
  });
});
