import request from 'supertest';
import { signupBody, userCountWithEmail } from './auth-fixtures';
import { expectError, setCookie } from './http-expectations';
import { createTestContext, type TestContext } from './test-app';

describe('CSRF double-submit protection', () => {
  let ctx: TestContext;

  beforeAll(async () => {
    ctx = await createTestContext();
  });
  afterAll(() => ctx.close());

  /** A client that holds the XSRF-TOKEN cookie but sends no header unless told to. */
  async function cookieOnlyAgent() {
    const agent = request.agent(ctx.app.getHttpServer());
    const token = setCookie(await agent.get('/api/meta').expect(200), 'XSRF-TOKEN')!.value;
    return { agent, token };
  }

  it('hands out a token cookie on a GET that scripts can read: not httpOnly, SameSite=Lax', async () => {
    const response = await request(ctx.app.getHttpServer()).get('/api/meta').expect(200);

    const cookie = setCookie(response, 'XSRF-TOKEN');
    expect(cookie).toMatchObject({ httpOnly: false, sameSite: 'lax' });
    expect(cookie?.value).toMatch(/^[A-Za-z0-9_-]{43}$/);
  });

  it('refuses a POST without the X-XSRF-TOKEN header with 403 csrf_failed, and creates nothing', async () => {
    const { agent } = await cookieOnlyAgent();
    const body = signupBody(await ctx.newTerritory());

    expectError(await agent.post('/api/auth/signup').send(body), 403, 'csrf_failed');
    expect(await userCountWithEmail(ctx, body.email)).toBe(0);
  });

  it('refuses a POST whose header does not match the cookie, and creates nothing', async () => {
    const { agent, token } = await cookieOnlyAgent();
    const body = signupBody(await ctx.newTerritory());
    const wrong = `${token.slice(0, -1)}${token.endsWith('A') ? 'B' : 'A'}`;

    expectError(
      await agent.post('/api/auth/signup').set('X-XSRF-TOKEN', wrong).send(body),
      403,
      'csrf_failed',
    );
    expect(await userCountWithEmail(ctx, body.email)).toBe(0);
  });

  it('refuses a POST that brings the header without the cookie', async () => {
    const { token } = await cookieOnlyAgent();
    const body = signupBody(await ctx.newTerritory());

    const response = await request(ctx.app.getHttpServer())
      .post('/api/auth/signup')
      .set('X-XSRF-TOKEN', token)
      .send(body);

    expectError(response, 403, 'csrf_failed');
    expect(await userCountWithEmail(ctx, body.email)).toBe(0);
  });

  it('lets through a request that echoes the cookie in the header', async () => {
    const { agent, token } = await cookieOnlyAgent();

    await agent.post('/api/auth/logout').set('X-XSRF-TOKEN', token).expect(204);
  });

  describe('for a logged-in user', () => {
    // A request the app never answers must fail its test quickly, not hang the run.
    const ANSWER_TIMEOUT_MS = 3_000;

    it('refuses a PATCH without the header, leaves the data as it was, and keeps the session', async () => {
      const agent = await ctx.loginAs('holder');

      const response = await agent
        .patch('/api/auth/me')
        .unset('X-XSRF-TOKEN')
        .send({ locale: 'en' })
        .timeout(ANSWER_TIMEOUT_MS);

      expectError(response, 403, 'csrf_failed');
      expect((await agent.get('/api/auth/me').expect(200)).body.locale).toBe('fr');
    });

    it('refuses a logout without the header, and the session goes on', async () => {
      const agent = await ctx.loginAs('holder');

      const response = await agent.post('/api/auth/logout').unset('X-XSRF-TOKEN').timeout(ANSWER_TIMEOUT_MS);

      expectError(response, 403, 'csrf_failed');
      await agent.get('/api/auth/me').expect(200);
    });
  });
});
