import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { InvalidEnvironmentError, loadConfig } from './env';

describe('loadConfig', () => {
  const root = mkdtempSync(join(tmpdir(), 'essaim-env-'));

  it('runs on an embedded database with demo data when DATABASE_URL is not set', () => {
    const config = loadConfig({}, root);
    expect(config.databaseUrl).toBeUndefined();
    expect(config.seedDemo).toBe(true);
    expect(config.embeddedPg).toEqual({ dir: join(root, '.data/pg'), port: 54329 });
  });

  it('keeps a generated session secret beside the embedded database, so restarts keep sessions', () => {
    const first = loadConfig({}, root).sessionSecret;
    expect(first.length).toBeGreaterThanOrEqual(32);
    expect(loadConfig({}, root).sessionSecret).toBe(first);
    expect(readFileSync(join(root, '.data/session-secret'), 'utf8')).toBe(first);
  });

  it('never seeds demo accounts into a server database unless asked', () => {
    const server = { DATABASE_URL: 'postgres://db/essaim', SESSION_SECRET: 's'.repeat(32) };
    expect(loadConfig(server, root).seedDemo).toBe(false);
    expect(loadConfig({ ...server, SEED_DEMO: 'true' }, root).seedDemo).toBe(true);
  });

  it('requires a session secret with a server database', () => {
    expect(() => loadConfig({ DATABASE_URL: 'postgres://db/essaim' }, root)).toThrow(InvalidEnvironmentError);
  });

  it('names each invalid variable', () => {
    expect(() => loadConfig({ PORT: 'eighty', LOG_LEVEL: 'loud' }, root)).toThrow(
      /PORT[\s\S]*LOG_LEVEL|LOG_LEVEL[\s\S]*PORT/,
    );
  });

  it('turns durations into milliseconds and trims the trailing slash of APP_URL', () => {
    const config = loadConfig(
      { SESSION_IDLE_MINUTES: '30', SESSION_ABSOLUTE_HOURS: '8', APP_URL: 'https://essaim.example.org/' },
      root,
    );
    expect(config.sessionIdleMs).toBe(30 * 60_000);
    expect(config.sessionAbsoluteMs).toBe(8 * 3_600_000);
    expect(config.appUrl).toBe('https://essaim.example.org');
  });
});
