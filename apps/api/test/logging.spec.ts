import { mailedResetToken, OTHER_PASSWORD, signupBody } from './auth-fixtures';
import { createTestContext, type TestContext } from './test-app';

interface RequestLine {
  req?: { id?: string; method?: string; path?: string };
  res?: { statusCode?: number };
}

describe('logs', () => {
  let ctx: TestContext;
  const written: string[] = [];

  beforeAll(async () => {
    // Before the app starts: pino writes through process.stdout only when its write is replaced.
    jest.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
      written.push(typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8'));
      return true;
    });
    ctx = await createTestContext({ env: { LOG_LEVEL: 'info' } });
  });
  afterAll(async () => {
    await ctx.close();
    jest.restoreAllMocks();
  });

  /** What the app logs while `work` runs, one string per line. */
  async function logsOf(work: () => Promise<void>): Promise<string[]> {
    const start = written.length;
    await work();
    // pino-http writes its line when the response finishes, which may come a tick later.
    await new Promise((resolve) => setImmediate(resolve));
    return written.slice(start).join('').split('\n').filter(Boolean);
  }

  function requestLines(lines: string[]): RequestLine[] {
    return lines.map((line) => JSON.parse(line) as RequestLine).filter((line) => line.req !== undefined);
  }

  it('holds no password, email or token through a signup, a login and a password reset', async () => {
    const body = signupBody(await ctx.newTerritory());
    const agent = await ctx.agent();
    let token = '';

    const lines = await logsOf(async () => {
      await agent.post('/api/auth/signup').send(body).expect(201);
      await agent
        .post('/api/auth/login')
        .send({ email: body.email, password: 'A wrong guess, logged?' })
        .expect(401);
      await agent.post('/api/auth/login').send({ email: body.email, password: body.password }).expect(200);
      await agent.post('/api/auth/password-reset/request').send({ email: body.email }).expect(202);
      token = await mailedResetToken(ctx, body.email);
      await agent
        .post('/api/auth/password-reset/confirm')
        .send({ token, password: OTHER_PASSWORD })
        .expect(204);
    });

    expect(requestLines(lines).map((line) => line.req?.path)).toEqual(
      expect.arrayContaining(['/api/auth/signup', '/api/auth/login', '/api/auth/password-reset/confirm']),
    );
    const log = lines.join('\n');
    for (const secret of [body.email, body.password, 'A wrong guess, logged?', token, OTHER_PASSWORD]) {
      expect(log).not.toContain(secret);
    }
  });

  it('writes a line for each request with its id, method, path and status, and nothing of the client', async () => {
    const agent = await ctx.agent();
    const lines = await logsOf(async () => {
      await agent.get('/api/auth/me').set('X-Request-Id', 'log-line-check').expect(401);
    });

    expect(requestLines(lines).filter((line) => line.req?.id === 'log-line-check')).toEqual([
      expect.objectContaining({
        req: { id: 'log-line-check', method: 'GET', path: '/api/auth/me' },
        res: { statusCode: 401 },
      }),
    ]);
  });

  it('logs a request refused before any route, for a missing CSRF token or malformed JSON, like any other', async () => {
    const agent = await ctx.agent();
    const lines = await logsOf(async () => {
      await agent
        .post('/api/auth/logout')
        .unset('X-XSRF-TOKEN')
        .set('X-Request-Id', 'log-csrf-check')
        .expect(403);
      await agent
        .post('/api/auth/login')
        .set('Content-Type', 'application/json')
        .set('X-Request-Id', 'log-json-check')
        .send('{')
        .expect(400);
    });

    const statusById = Object.fromEntries(
      requestLines(lines).map((line) => [line.req?.id, line.res?.statusCode]),
    );
    expect(statusById).toMatchObject({ 'log-csrf-check': 403, 'log-json-check': 400 });
  });

  it('leaves the query string out of the path it logs', async () => {
    const agent = await ctx.agent();
    const lines = await logsOf(async () => {
      await agent
        .get('/api/meta?token=query-string-secret')
        .set('X-Request-Id', 'log-query-check')
        .expect(200);
    });

    expect(requestLines(lines).find((line) => line.req?.id === 'log-query-check')?.req?.path).toBe(
      '/api/meta',
    );
    expect(lines.join('\n')).not.toContain('query-string-secret');
  });
});
