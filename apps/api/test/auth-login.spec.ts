import type { Response } from 'supertest';
import { createApp } from '../src/app';
import { expectError } from './http-expectations';
import { type Agent, agentOf, createTestContext, TEST_PASSWORD, type TestContext } from './test-app';
import { uniqueName } from './test-database';

const WRONG_PASSWORD = 'Not the password at all';
const FIFTEEN_MINUTES_S = 15 * 60;

// Behind a trusted proxy, so that each test can come from its own address (X-Forwarded-For)
// and the per-address limit of one test does not spill over into the next.
describe('login', () => {
  let ctx: TestContext;
  let lastAddress = 0;

  beforeAll(async () => {
    ctx = await createTestContext({ env: { TRUST_PROXY: 'true' } });
  });
  afterAll(() => ctx.close());

  /** A client from an address no other test uses. */
  async function fromNewAddress(): Promise<Agent> {
    lastAddress += 1;
    const agent = await ctx.agent();
    return agent.set('X-Forwarded-For', `198.51.100.${lastAddress}`);
  }

  function logIn(agent: Agent, email: string, password: string) {
    return agent.post('/api/auth/login').send({ email, password });
  }

  async function failLogins(agent: Agent, email: string, times: number): Promise<void> {
    for (let attempt = 0; attempt < times; attempt += 1) {
      expectError(await logIn(agent, email, WRONG_PASSWORD), 401, 'invalid_credentials');
    }
  }

  /** What a client learns from a response, but for the id of the request. */
  function answer(response: Response) {
    const { requestId: _requestId, ...body } = response.body;
    return { status: response.status, body };
  }

  function unknownEmail(): string {
    return `${uniqueName('nobody')}@example.org`;
  }

  it('logs in with the right password, whatever the case of the email, and answers with the user', async () => {
    const user = await ctx.newUser();
    const agent = await fromNewAddress();

    const response = await logIn(agent, user.email.toUpperCase(), TEST_PASSWORD).expect(200);

    expect(response.body).toMatchObject({ id: user.id, email: user.email, role: 'holder' });
    expect((await agent.get('/api/auth/me').expect(200)).body.id).toBe(user.id);
  });

  it('gives the same answer for an unknown email and a wrong password', async () => {
    const user = await ctx.newUser();
    const agent = await fromNewAddress();

    const wrongPassword = await logIn(agent, user.email, WRONG_PASSWORD);
    const unknown = await logIn(agent, unknownEmail(), WRONG_PASSWORD);

    expectError(wrongPassword, 401, 'invalid_credentials');
    expect(answer(unknown)).toEqual(answer(wrongPassword));
  });

  it('gives a disabled account the answer of a wrong password, even with the right one', async () => {
    const user = await ctx.newUser({ status: 'disabled' });
    const agent = await fromNewAddress();

    const disabled = await logIn(agent, user.email, TEST_PASSWORD);
    const wrongPassword = await logIn(agent, (await ctx.newUser()).email, WRONG_PASSWORD);

    expectError(wrongPassword, 401, 'invalid_credentials');
    expect(answer(disabled)).toEqual(answer(wrongPassword));
  });

  it('recognises a password typed in another Unicode normalisation form', async () => {
    const password = 'Crème brûlée à la lavande';
    const user = await ctx.newUser({ password: password.normalize('NFC') });

    await logIn(await fromNewAddress(), user.email, password.normalize('NFD')).expect(200);
  });

  describe('throttling per account', () => {
    it('locks an account after five failures in 15 minutes, even with the right password from another address', async () => {
      const user = await ctx.newUser();
      await failLogins(await fromNewAddress(), user.email, 5);

      const response = await logIn(await fromNewAddress(), user.email, TEST_PASSWORD);

      expectError(response, 429, 'too_many_requests');
      expect(Number(response.headers['retry-after'])).toBeGreaterThan(0);
      expect(Number(response.headers['retry-after'])).toBeLessThanOrEqual(FIFTEEN_MINUTES_S);
    });

    it('counts the failures of an account whatever the case of its email', async () => {
      const user = await ctx.newUser();
      const agent = await fromNewAddress();
      await failLogins(agent, user.email.toUpperCase(), 3);
      await failLogins(agent, user.email, 2);

      expectError(await logIn(agent, user.email, TEST_PASSWORD), 429, 'too_many_requests');
    });

    it('locks an unknown email like an account, so that the lock reveals nothing', async () => {
      const email = unknownEmail();
      const agent = await fromNewAddress();
      await failLogins(agent, email, 5);

      expectError(await logIn(agent, email, WRONG_PASSWORD), 429, 'too_many_requests');
    });

    it('lets no more than five guesses at an account through, even when they come all at once', async () => {
      const user = await ctx.newUser();
      const agent = await fromNewAddress();

      const responses = await Promise.all(
        Array.from({ length: 12 }, () => logIn(agent, user.email, WRONG_PASSWORD)),
      );

      const statuses = responses.map((response) => response.status);
      expect(statuses.filter((status) => status === 401).length).toBeLessThanOrEqual(5);
      expect(statuses.filter((status) => status !== 401 && status !== 429)).toEqual([]);
    });

    it('holds the lock on every API instance, since the count lives in PostgreSQL', async () => {
      const user = await ctx.newUser();
      await failLogins(await fromNewAddress(), user.email, 5);
      const otherInstance = await createApp(ctx.config);
      try {
        const agent = await agentOf(otherInstance);

        expectError(await logIn(agent, user.email, TEST_PASSWORD), 429, 'too_many_requests');
      } finally {
        await otherInstance.close();
      }
    });

    it("clears the account's failures at a successful login", async () => {
      const user = await ctx.newUser();
      const agent = await fromNewAddress();
      await failLogins(agent, user.email, 4);
      await logIn(agent, user.email, TEST_PASSWORD).expect(200);
      await failLogins(agent, user.email, 1);

      await logIn(agent, user.email, TEST_PASSWORD).expect(200);
    });
  });

  describe('throttling per address', () => {
    it('blocks an address after 30 failures across different emails, while other addresses still log in', async () => {
      const user = await ctx.newUser();
      const attacker = await fromNewAddress();
      for (let attempt = 0; attempt < 30; attempt += 1) {
        expectError(await logIn(attacker, unknownEmail(), WRONG_PASSWORD), 401, 'invalid_credentials');
      }

      const blocked = await logIn(attacker, user.email, TEST_PASSWORD);

      expectError(blocked, 429, 'too_many_requests');
      expect(Number(blocked.headers['retry-after'])).toBeGreaterThan(0);
      await logIn(await fromNewAddress(), user.email, TEST_PASSWORD).expect(200);
    });
  });
});
