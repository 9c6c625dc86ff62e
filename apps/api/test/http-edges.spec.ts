import request from 'supertest';
import { expectError, expectInvalidFields } from './http-expectations';
import { type Agent, createTestContext, type TestContext } from './test-app';
import { TEST_SERVER_URL_ENV, withAdmin } from './test-database';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

describe('HTTP edges', () => {
  let ctx: TestContext;
  let agent: Agent;

  beforeAll(async () => {
    ctx = await createTestContext();
    agent = await ctx.agent();
  });
  afterAll(() => ctx.close());

  function anonymous() {
    return request(ctx.app.getHttpServer());
  }

  describe('input', () => {
    it('names each invalid field with a reason and a message', async () => {
      const response = await agent.post('/api/auth/login').send({ email: 42 });

      expectInvalidFields(response, { email: 'isString', password: 'isNotEmpty' });
    });

    it('refuses a field the route does not know, with reason unknown_field', async () => {
      const response = await agent
        .post('/api/auth/login')
        .send({ email: 'a@example.org', password: 'x', remember: true });

      expectInvalidFields(response, { remember: 'unknown_field' });
    });

    it('answers a body that is not JSON with 400 malformed_json', async () => {
      const response = await agent
        .post('/api/auth/login')
        .set('Content-Type', 'application/json')
        .send('{"email": ');

      expectError(response, 400, 'malformed_json');
    });

    it('answers a body over 1 MB with 413 payload_too_large', async () => {
      const response = await agent
        .post('/api/auth/login')
        .send({ email: 'a@example.org', password: 'x'.repeat(1_100_000) });

      expectError(response, 413, 'payload_too_large');
    });
  });

  describe('errors', () => {
    // expectError checks the shape: exactly statusCode, error, message, details (only when
    // fields are at fault) and requestId — never a stack or anything else.
    it.each([
      ['an unknown route', () => anonymous().get('/api/no-such-route'), 404, 'not_found'],
      ['a route that needs a session', () => anonymous().get('/api/auth/me'), 401, 'unauthorized'],
      ['a missing CSRF token', () => anonymous().post('/api/auth/logout'), 403, 'csrf_failed'],
      ['invalid fields', () => agent.post('/api/auth/login').send({}), 400, 'validation_failed'],
      [
        'malformed JSON',
        () => agent.post('/api/auth/login').set('Content-Type', 'application/json').send('{'),
        400,
        'malformed_json',
      ],
    ] as const)('answers %s in the one error shape, without a stack', async (_case, send, status, error) => {
      const response = await send();

      expectError(response, status, error);
      expect(JSON.stringify(response.body)).not.toMatch(/\bat .*\.(ts|js):\d+/);
    });

    it('answers an unexpected failure with 500 internal_error, telling nothing of its cause', async () => {
      await ctx.dataSource.query('ALTER TABLE territory RENAME TO territory_out_of_the_way');
      let response: request.Response;
      try {
        response = await anonymous().get('/api/territories');
      } finally {
        await ctx.dataSource.query('ALTER TABLE territory_out_of_the_way RENAME TO territory');
      }

      expectError(response, 500, 'internal_error');
      expect(JSON.stringify(response.body)).not.toMatch(/territory|relation|QueryFailed|SELECT/i);
    });
  });

  describe('request ids', () => {
    it('echoes a valid incoming X-Request-Id, in the header and in an error body', async () => {
      const response = await anonymous().get('/api/auth/me').set('X-Request-Id', 'lb-7f3a.42_x');

      expect(response.headers['x-request-id']).toBe('lb-7f3a.42_x');
      expect(response.body.requestId).toBe('lb-7f3a.42_x');
    });

    it.each([
      ['holds characters other than letters, digits, dot, dash and underscore', 'id with spaces; and more'],
      ['is longer than 64 characters', 'a'.repeat(65)],
    ])('replaces an incoming id that %s with its own', async (_case, incoming) => {
      const response = await anonymous().get('/api/meta').set('X-Request-Id', incoming);

      expect(response.headers['x-request-id']).toMatch(UUID);
    });

    it('gives each request its own id when none comes in', async () => {
      const first = await anonymous().get('/api/meta');
      const second = await anonymous().get('/api/meta');

      expect(first.headers['x-request-id']).toMatch(UUID);
      expect(second.headers['x-request-id']).toMatch(UUID);
      expect(first.headers['x-request-id']).not.toBe(second.headers['x-request-id']);
    });
  });

  it("sends security headers: a CSP that runs only the site's own scripts, nosniff, no X-Powered-By", async () => {
    const response = await anonymous().get('/api/meta').expect(200);

    const scriptSrc = /(?:^|;)\s*script-src ([^;]*)/.exec(
      String(response.headers['content-security-policy']),
    )?.[1];
    expect(scriptSrc?.trim()).toBe("'self'");
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['x-powered-by']).toBeUndefined();
  });

  it('serves an OpenAPI 3 document that lists the login route', async () => {
    const response = await anonymous().get('/api/openapi.json').expect(200);

    expect(response.body.openapi).toMatch(/^3\./);
    expect(response.body.paths).toHaveProperty(['/api/auth/login', 'post']);
  });

  describe('health', () => {
    it("answers 200 with the database's state when all is well", async () => {
      const response = await anonymous().get('/api/health').expect(200);

      expect(response.body).toEqual({ status: 'ok', database: 'up' });
    });

    it('answers 503 while the database is unreachable, and recovers with it, sessions included', async () => {
      const user = await ctx.newUser();
      const loggedIn = await ctx.loginAs(user);
      await cutOffDatabase(ctx);
      let whileDown: request.Response;
      try {
        whileDown = await anonymous().get('/api/health');
      } finally {
        await restoreDatabase(ctx);
      }

      expect({ status: whileDown.status, body: whileDown.body }).toEqual({
        status: 503,
        body: { status: 'error', database: 'down' },
      });
      expect((await anonymous().get('/api/health').expect(200)).body).toEqual({
        status: 'ok',
        database: 'up',
      });
      expect((await loggedIn.get('/api/auth/me').expect(200)).body.id).toBe(user.id);
    });
  });
});

function databaseOf(ctx: TestContext): string {
  return new URL(ctx.config.databaseUrl).pathname.slice(1);
}

/** Refuses new connections to the context's database and ends the open ones, as an outage would. */
async function cutOffDatabase(ctx: TestContext): Promise<void> {
  await withAdmin(process.env[TEST_SERVER_URL_ENV]!, async (admin) => {
    await admin.query(`ALTER DATABASE ${databaseOf(ctx)} ALLOW_CONNECTIONS false`);
    await admin.query('SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1', [
      databaseOf(ctx),
    ]);
  });
}

async function restoreDatabase(ctx: TestContext): Promise<void> {
  await withAdmin(process.env[TEST_SERVER_URL_ENV]!, (admin) =>
    admin.query(`ALTER DATABASE ${databaseOf(ctx)} ALLOW_CONNECTIONS true`),
  );
}
