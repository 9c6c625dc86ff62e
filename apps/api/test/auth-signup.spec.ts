import type { Territory } from '../src/territories/territory.entity';
import { signupBody, userCountWithEmail } from './auth-fixtures';
import { expectError, expectInvalidFields } from './http-expectations';
import { type Agent, createTestContext, type TestContext } from './test-app';

describe('signup', () => {
  let ctx: TestContext;
  let territory: Territory;

  beforeAll(async () => {
    ctx = await createTestContext();
    territory = await ctx.newTerritory();
  });
  afterAll(() => ctx.close());

  async function signUp(body: object, agent?: Agent) {
    return (agent ?? (await ctx.agent())).post('/api/auth/signup').send(body);
  }

  it('creates a holder in the chosen territory and logs them in', async () => {
    const body = signupBody(territory);

    const agent = await ctx.agent();
    const response = await signUp(body, agent);

    expect(response.status).toBe(201);
    expect(response.body).toEqual({
      id: expect.any(String),
      email: body.email,
      firstName: 'Camille',
      lastName: 'Durand',
      role: 'holder',
      locale: 'fr',
      territory: { code: territory.code, name: territory.name },
      organisation: null,
      operatorStaff: false,
      emailConfirmed: false,
    });
    expect((await agent.get('/api/auth/me').expect(200)).body.id).toBe(response.body.id);
  });

  it('stores the password as an argon2id hash, never as typed', async () => {
    const body = signupBody(territory);

    expect((await signUp(body)).status).toBe(201);

    const [row] = await ctx.dataSource.query<{ password_hash: string }[]>(
      'SELECT password_hash FROM app_user WHERE email = $1',
      [body.email],
    );
    expect(row?.password_hash).toMatch(/^\$argon2id\$/);
    expect(row?.password_hash).not.toContain(body.password);
  });

  it('accepts a password of 128 characters', async () => {
    const password = 'Le vent se lève, il faut tenter de vivre. '.repeat(4).slice(0, 128);

    expect((await signUp(signupBody(territory, { password }))).status).toBe(201);
  });

  it('accepts a password in any script: accented letters, emoji, CJK — and logs in with it', async () => {
    const body = signupBody(territory, { password: 'Éléonore 🐝 蜂の巣 ça marche' });
    expect((await signUp(body)).status).toBe(201);
    const agent = await ctx.agent();

    await agent.post('/api/auth/login').send({ email: body.email, password: body.password }).expect(200);
  });

  it('refuses a password shorter than 12 characters, and creates nobody', async () => {
    const body = signupBody(territory, { password: 'Court-1234!' });

    expectInvalidFields(await signUp(body), { password: 'too_short' });
    expect(await userCountWithEmail(ctx, body.email)).toBe(0);
  });

  it.each(['password1234', '123456789012', 'azertyuiop123', 'Motdepasse2024!', 'aaaaaaaaaaaaaaaa'])(
    'refuses the common password %s as too_common, and creates nobody',
    async (password) => {
      const body = signupBody(territory, { password });

      expectInvalidFields(await signUp(body), { password: 'too_common' });
      expect(await userCountWithEmail(ctx, body.email)).toBe(0);
    },
  );

  it('refuses a password that contains the email', async () => {
    const body = signupBody(territory, {
      email: 'dominique.martin@example.org',
      password: 'dominique.martin est là',
    });

    expectInvalidFields(await signUp(body), { password: 'contains_email' });
    expect(await userCountWithEmail(ctx, body.email)).toBe(0);
  });

  it('keeps emails unique whatever their case', async () => {
    expect((await signUp(signupBody(territory, { email: 'Camille@X.org' }))).status).toBe(201);

    expectError(await signUp(signupBody(territory, { email: 'camille@x.org' })), 409, 'email_taken');
    expect(await userCountWithEmail(ctx, 'camille@x.org')).toBe(1);
  });

  it('refuses a territory that does not exist, and creates nobody', async () => {
    const body = signupBody(territory, { territoryCode: 'nowhere' });

    expectInvalidFields(await signUp(body), { territoryCode: 'unknown_territory' });
    expect(await userCountWithEmail(ctx, body.email)).toBe(0);
  });

  it('refuses a signup that does not accept the terms, and creates nobody', async () => {
    const body = signupBody(territory, { acceptTerms: false });

    expectInvalidFields(await signUp(body), { acceptTerms: 'equals' });
    expect(await userCountWithEmail(ctx, body.email)).toBe(0);
  });

  it('names every missing field', async () => {
    expectInvalidFields(await signUp({}), [
      'email',
      'password',
      'firstName',
      'lastName',
      'territoryCode',
      'acceptTerms',
    ]);
  });

  it('names every field at fault at once, the password included', async () => {
    const body = signupBody(territory, {
      email: 'not-an-email',
      password: 'Court-1234!',
      acceptTerms: false,
    });

    expectInvalidFields(await signUp(body), {
      email: 'isEmail',
      password: 'too_short',
      acceptTerms: 'equals',
    });
  });

  it('refuses a field it does not know, so a signup cannot choose its role', async () => {
    const body = { ...signupBody(territory), role: 'platform_admin' };

    expectInvalidFields(await signUp(body), { role: 'unknown_field' });
    expect(await userCountWithEmail(ctx, body.email)).toBe(0);
  });
});
