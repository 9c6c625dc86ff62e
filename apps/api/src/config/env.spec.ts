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

  it('gives the web requests a pool of 5 connections unless DATABASE_POOL_SIZE says otherwise', () => {
    expect(loadConfig({}, root).databasePoolSize).toBe(5);
    expect(loadConfig({ DATABASE_POOL_SIZE: '12' }, root).databasePoolSize).toBe(12);
    expect(() => loadConfig({ DATABASE_POOL_SIZE: '0' }, root)).toThrow(/DATABASE_POOL_SIZE/);
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

  it('keeps uploaded files in .data/files, up to 20 MB each, unless a bucket is named', () => {
    const config = loadConfig({}, root);
    expect(config.storage).toEqual({ dir: join(root, '.data/files'), s3: undefined });
    expect(config.uploadMaxBytes).toBe(20 * 1024 * 1024);
  });

  it('puts uploaded files in the S3 bucket when S3_BUCKET is set', () => {
    const config = loadConfig(
      {
        S3_BUCKET: 'essaim-files',
        S3_ENDPOINT: 'http://minio:9000',
        S3_ACCESS_KEY_ID: 'essaim',
        S3_SECRET_ACCESS_KEY: 'secret-key',
        S3_FORCE_PATH_STYLE: 'true',
      },
      root,
    );
    expect(config.storage.s3).toEqual({
      bucket: 'essaim-files',
      region: 'us-east-1',
      endpoint: 'http://minio:9000',
      credentials: { accessKeyId: 'essaim', secretAccessKey: 'secret-key' },
      forcePathStyle: true,
    });
  });

  it('refuses half a pair of S3 keys', () => {
    expect(() => loadConfig({ S3_BUCKET: 'essaim-files', S3_ACCESS_KEY_ID: 'essaim' }, root)).toThrow(
      /S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY/,
    );
  });
});
