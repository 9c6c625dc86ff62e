import { createHash } from 'node:crypto';
import type { User } from '../src/users/user.entity';
import { mailedResetToken, mailsTo, OTHER_PASSWORD, sessionsOf } from './auth-fixtures';
import { expectError, expectInvalidFields } from './http-expectations';
import { type Agent, createTestContext, TEST_PASSWORD, type TestContext } from './test-app';

// Every reset request of this file comes from one address: 20 an hour at most.
describe('password reset', () => {
  let ctx: TestContext;
  let agent: Agent;

  beforeAll(async () => {
    ctx = await createTestContext();
    agent = await ctx.agent();
  });
  afterAll(() => ctx.close());

  function requestReset(email: string) {
    return agent.post('/api/auth/password-reset/request').send({ email });
  }

  function confirmReset(token: string, password: string) {
    return agent.post('/api/auth/password-reset/confirm').send({ token, password });
  }

  /** A user who asked for a reset, and the token of the link they were mailed. */
  async function userWithResetLink(): Promise<{ user: User; token: string }> {
    const user = await ctx.newUser();
    await requestReset(user.email).expect(202);
    return { user, token: await mailedResetToken(ctx, user.email) };
  }

  function logIn(email: string, password: string) {
    return agent.post('/api/auth/login').send({ email, password });
  }

  it('mails a single link to the account, and stores only a hash of its token', async () => {
    const user = await ctx.newUser();

    await requestReset(user.email).expect(202);

    const mails = await mailsTo(ctx, user.email);
    expect(mails).toHaveLength(1);
    const token = await mailedResetToken(ctx, user.email);
    expect(mails[0]?.text_body).toContain(`${ctx.config.appUrl}/reset-password?token=${token}`);
    const stored = await ctx.dataSource.query<{ token_hash: string }[]>(
      'SELECT token_hash FROM password_reset_token WHERE user_id = $1',
      [user.id],
    );
    expect(stored).toEqual([{ token_hash: createHash('sha256').update(token).digest('hex') }]);
  });

  it('answers an unknown email exactly as a known one, and mails nothing', async () => {
    const user = await ctx.newUser();
    const email = 'nobody-here@example.org';

    const known = await requestReset(user.email);
    const unknown = await requestReset(email);

    expect({ status: unknown.status, body: unknown.body }).toEqual({ status: 202, body: known.body });
    expect(await mailsTo(ctx, email)).toEqual([]);
  });

  it('mails nothing to a disabled account', async () => {
    const user = await ctx.newUser({ status: 'disabled' });

    await requestReset(user.email).expect(202);

    expect(await mailsTo(ctx, user.email)).toEqual([]);
  });

  it('mails an account at most three links an hour, answering every request the same', async () => {
    const user = await ctx.newUser();

    for (let attempt = 0; attempt < 4; attempt += 1) await requestReset(user.email).expect(202);

    expect(await mailsTo(ctx, user.email)).toHaveLength(3);
  });

  it('sets the new password: it logs in, and the old one no longer does', async () => {
    const { user, token } = await userWithResetLink();

    await confirmReset(token, OTHER_PASSWORD).expect(204);

    await logIn(user.email, OTHER_PASSWORD).expect(200);
    expectError(await logIn(user.email, TEST_PASSWORD), 401, 'invalid_credentials');
  });

  it('ends every session of the account', async () => {
    const { user, token } = await userWithResetLink();
    const loggedIn = await ctx.loginAs(user);

    await confirmReset(token, OTHER_PASSWORD).expect(204);

    expectError(await loggedIn.get('/api/auth/me'), 401, 'unauthorized');
    expect(await sessionsOf(ctx, user.id)).toEqual([]);
  });

  it('refuses a token used once already with 400 invalid_token', async () => {
    const { token } = await userWithResetLink();
    await confirmReset(token, OTHER_PASSWORD).expect(204);

    expectError(await confirmReset(token, 'Encore une autre phrase à moi'), 400, 'invalid_token');
  });

  it('lets a token through only once, even when two requests bring it at the same time', async () => {
    const { token } = await userWithResetLink();

    const responses = await Promise.all([
      confirmReset(token, OTHER_PASSWORD),
      confirmReset(token, 'Encore une autre phrase à moi'),
    ]);

    expect(responses.map((response) => response.status).sort()).toEqual([204, 400]);
  });

  it('refuses an expired token with 400 invalid_token, and leaves the password as it was', async () => {
    const { user, token } = await userWithResetLink();
    await ctx.dataSource.query(
      `UPDATE password_reset_token SET expires_at = now() - interval '1 second' WHERE user_id = $1`,
      [user.id],
    );

    expectError(await confirmReset(token, OTHER_PASSWORD), 400, 'invalid_token');
    await logIn(user.email, TEST_PASSWORD).expect(200);
  });

  it('refuses a token it never issued with 400 invalid_token', async () => {
    expectError(await confirmReset('A'.repeat(43), OTHER_PASSWORD), 400, 'invalid_token');
  });

  it('refuses a common new password, and the link stays usable', async () => {
    const { token } = await userWithResetLink();

    expectInvalidFields(await confirmReset(token, 'motdepasse123'), { password: 'too_common' });
    await confirmReset(token, OTHER_PASSWORD).expect(204);
  });
});
