import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createTestContext, type TestContext } from './test-app';

describe('the web app served by the API', () => {
  let ctx: TestContext;
  let dist: string;

  beforeAll(async () => {
    dist = mkdtempSync(join(tmpdir(), 'essaim-web-'));
    writeFileSync(join(dist, 'index.html'), '<!doctype html><title>Essaim</title>');
    mkdirSync(join(dist, 'assets'));
    writeFileSync(join(dist, 'assets', 'app-1234.js'), 'console.log("essaim")');
    // A file that happens to sit under /api in the build must never shadow the API.
    mkdirSync(join(dist, 'api'));
    writeFileSync(join(dist, 'api', 'health'), 'not the API');
    ctx = await createTestContext({ env: { WEB_DIST_DIR: dist } });
  });
  afterAll(async () => {
    await ctx.close();
    rmSync(dist, { recursive: true, force: true });
  });

  it('serves hashed assets for good and any page as index.html, never cached', async () => {
    const agent = await ctx.agent();
    const asset = await agent.get('/assets/app-1234.js').expect(200);
    expect(asset.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    const page = await agent.get('/app/cases/123').set('Accept', 'text/html').expect(200);
    expect(page.text).toContain('<title>Essaim</title>');
    expect(page.headers['cache-control']).toBe('no-cache');
  });

  it('leaves every /api path to the API: no file, no index.html', async () => {
    const agent = await ctx.agent();
    const health = await agent.get('/api/health').expect(200);
    expect(health.body).toMatchObject({ status: 'ok' });
    const unknown = await agent.get('/api/nothing-here').set('Accept', 'text/html');
    expect(unknown.status).toBe(404);
    expect(unknown.body).toMatchObject({ error: 'not_found' });
  });
});
