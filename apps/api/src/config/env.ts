import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { plainToInstance, Transform } from 'class-transformer';
import {
  IsBoolean,
  IsIn,
  IsInt,
  IsNumber,
  IsOptional,
  IsString,
  IsUrl,
  Max,
  Min,
  MinLength,
  validateSync,
} from 'class-validator';
import { DEFAULT_POOL_SIZE } from '../database/data-source-options';

const toBool = ({ value }: { value: unknown }) =>
  value === undefined || value === ''
    ? undefined
    : typeof value === 'string' && ['1', 'true', 'yes'].includes(value.toLowerCase());
const toInt = ({ value }: { value: unknown }) =>
  value === undefined || value === '' ? undefined : Number(value);

/** The process environment, validated at boot. `.env.example` documents every variable. */
export class Env {
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(65535)
  @Transform(toInt)
  PORT = 3000;

  @IsOptional()
  @IsString()
  HOST = '0.0.0.0';

  @IsOptional()
  @IsUrl({ require_tld: false, require_protocol: true })
  APP_URL?: string;

  @IsOptional()
  @IsString()
  DATABASE_URL?: string;

  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(100)
  @Transform(toInt)
  DATABASE_POOL_SIZE = DEFAULT_POOL_SIZE;

  @IsOptional()
  @IsString()
  EMBEDDED_PG_DIR = '.data/pg';

  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(65535)
  @Transform(toInt)
  EMBEDDED_PG_PORT = 54329;

  @IsOptional()
  @IsBoolean()
  @Transform(toBool)
  SEED_DEMO?: boolean;

  @IsOptional()
  @IsString()
  @MinLength(12)
  DEMO_PASSWORD = 'Essaim-demo-2026';

  @IsOptional()
  @IsString()
  @MinLength(32)
  SESSION_SECRET?: string;

  @IsOptional()
  @IsInt()
  @Min(1)
  @Transform(toInt)
  SESSION_IDLE_MINUTES = 120;

  @IsOptional()
  @IsInt()
  @Min(1)
  @Transform(toInt)
  SESSION_ABSOLUTE_HOURS = 12;

  @IsOptional()
  @IsBoolean()
  @Transform(toBool)
  TRUST_PROXY = false;

  @IsOptional()
  @IsIn(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])
  LOG_LEVEL = 'info';

  @IsOptional()
  @IsString()
  WEB_DIST_DIR = 'dist/apps/web';

  @IsOptional()
  @IsUrl({ require_tld: false, require_protocol: true, protocols: ['smtp', 'smtps'] })
  SMTP_URL?: string;

  @IsOptional()
  @IsString()
  MAIL_FROM?: string;

  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(20)
  @Transform(toInt)
  MAIL_RETRY_LIMIT = 5;

  @IsOptional()
  @IsInt()
  @Min(1)
  @Transform(toInt)
  MAIL_RETRY_DELAY_SECONDS = 30;

  @IsOptional()
  @IsBoolean()
  @Transform(toBool)
  WORKERS?: boolean;

  @IsOptional()
  @IsNumber()
  @Min(0.5)
  @Transform(toInt)
  JOBS_POLL_SECONDS = 2;

  @IsOptional()
  @IsString()
  STORAGE_DIR = '.data/files';

  @IsOptional()
  @IsUrl({ require_tld: false, require_protocol: true })
  S3_ENDPOINT?: string;

  @IsOptional()
  @IsString()
  S3_BUCKET?: string;

  @IsOptional()
  @IsString()
  S3_REGION = 'us-east-1';

  @IsOptional()
  @IsString()
  S3_ACCESS_KEY_ID?: string;

  @IsOptional()
  @IsString()
  S3_SECRET_ACCESS_KEY?: string;

  @IsOptional()
  @IsBoolean()
  @Transform(toBool)
  S3_FORCE_PATH_STYLE = false;

  @IsOptional()
  @IsInt()
  @Min(1)
  @Transform(toInt)
  UPLOAD_MAX_BYTES = 20 * 1024 * 1024;
}

/** An S3-compatible bucket (AWS, MinIO, Scaleway, OVH…) for uploaded files. */
export interface S3Settings {
  bucket: string;
  region: string;
  /** Unset: AWS itself. */
  endpoint?: string;
  /** Unset: the SDK's usual sources (AWS_* variables, instance role). */
  credentials?: { accessKeyId: string; secretAccessKey: string };
  /** MinIO and most self-hosted stores want bucket names in the path, not in the host name. */
  forcePathStyle: boolean;
}

/** Settings the app runs with, after defaults that depend on each other are resolved. */
export interface AppConfig {
  port: number;
  host: string;
  appUrl: string;
  /** Unset: the app starts an embedded PostgreSQL from node_modules. */
  databaseUrl?: string;
  /** Connections of the web requests' pool (the session store shares it). */
  databasePoolSize: number;
  embeddedPg: { dir: string; port: number };
  seedDemo: boolean;
  demoPassword: string;
  sessionSecret: string;
  sessionIdleMs: number;
  sessionAbsoluteMs: number;
  trustProxy: boolean;
  logLevel: string;
  webDistDir: string;
  smtpUrl?: string;
  /** Without SMTP, mails are also printed for local use (not under tests). */
  mailToConsole: boolean;
  mail: { from: string; retryLimit: number; retryDelaySeconds: number };
  /** Background jobs: this process runs the workers and schedules when `workers` is true. */
  jobs: { workers: boolean; pollingIntervalSeconds: number; poolSize: number };
  /** Uploaded files: in the bucket when `s3` is set, else under `dir`. */
  storage: { dir: string; s3?: S3Settings };
  uploadMaxBytes: number;
}

export const APP_CONFIG = Symbol('APP_CONFIG');

export class InvalidEnvironmentError extends Error {}

export function parseEnv(source: NodeJS.ProcessEnv): Env {
  const env = plainToInstance(Env, { ...source }, { exposeDefaultValues: true });
  const errors = validateSync(env, { whitelist: false });
  if (errors.length > 0) {
    const lines = errors.map((e) => `  ${e.property}: ${Object.values(e.constraints ?? {}).join(', ')}`);
    throw new InvalidEnvironmentError(`Invalid environment:\n${lines.join('\n')}`);
  }
  return env;
}

export function loadConfig(source: NodeJS.ProcessEnv = process.env, root = process.cwd()): AppConfig {
  const env = parseEnv(source);
  const embedded = !env.DATABASE_URL;
  const embeddedDir = resolve(root, env.EMBEDDED_PG_DIR);
  const sessionSecret =
    env.SESSION_SECRET ??
    (embedded
      ? localSecret(resolve(embeddedDir, '..', 'session-secret'))
      : fail('SESSION_SECRET is required when DATABASE_URL is set (at least 32 characters).'));
  return {
    port: env.PORT,
    host: env.HOST,
    appUrl: (env.APP_URL ?? `http://localhost:${env.PORT}`).replace(/\/$/, ''),
    databaseUrl: env.DATABASE_URL,
    databasePoolSize: env.DATABASE_POOL_SIZE,
    embeddedPg: { dir: embeddedDir, port: env.EMBEDDED_PG_PORT },
    // Demo accounts go into an embedded database by default, into a server only when asked.
    seedDemo: env.SEED_DEMO ?? embedded,
    demoPassword: env.DEMO_PASSWORD,
    sessionSecret,
    sessionIdleMs: env.SESSION_IDLE_MINUTES * 60_000,
    sessionAbsoluteMs: env.SESSION_ABSOLUTE_HOURS * 3_600_000,
    trustProxy: env.TRUST_PROXY,
    logLevel: env.LOG_LEVEL,
    webDistDir: resolve(root, env.WEB_DIST_DIR),
    smtpUrl: env.SMTP_URL,
    mailToConsole: !env.SMTP_URL && source['NODE_ENV'] !== 'test',
    mail: {
      from: env.MAIL_FROM ?? `Essaim <no-reply@${new URL(env.APP_URL ?? 'http://localhost').hostname}>`,
      retryLimit: env.MAIL_RETRY_LIMIT,
      retryDelaySeconds: env.MAIL_RETRY_DELAY_SECONDS,
    },
    // Each test file starts its own app: only the tests about jobs run workers.
    jobs: {
      workers: env.WORKERS ?? source['NODE_ENV'] !== 'test',
      pollingIntervalSeconds: env.JOBS_POLL_SECONDS,
      poolSize: 4,
    },
    storage: { dir: resolve(root, env.STORAGE_DIR), s3: s3Settings(env) },
    uploadMaxBytes: env.UPLOAD_MAX_BYTES,
  };
}

function s3Settings(env: Env): S3Settings | undefined {
  if (!env.S3_BUCKET) return undefined;
  const { S3_ACCESS_KEY_ID: accessKeyId, S3_SECRET_ACCESS_KEY: secretAccessKey } = env;
  if (!accessKeyId !== !secretAccessKey) {
    fail('S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY go together: set both, or neither.');
  }
  return {
    bucket: env.S3_BUCKET,
    region: env.S3_REGION,
    endpoint: env.S3_ENDPOINT,
    credentials: accessKeyId && secretAccessKey ? { accessKeyId, secretAccessKey } : undefined,
    forcePathStyle: env.S3_FORCE_PATH_STYLE,
  };
}

function fail(message: string): never {
  throw new InvalidEnvironmentError(message);
}

/** A secret kept beside the embedded database, so a local restart keeps sessions. */
function localSecret(path: string): string {
  try {
    return readFileSync(path, 'utf8').trim();
  } catch {
    const secret = randomBytes(32).toString('base64url');
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, secret, { mode: 0o600 });
    return secret;
  }
}
