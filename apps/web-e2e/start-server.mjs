// Starts the built app for the browser journeys on a fresh embedded database (see playwright.config.ts).
// Wipes EMBEDDED_PG_DIR first, stopping a PostgreSQL left running there by an interrupted run.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const pgDir = resolve(root, process.env.EMBEDDED_PG_DIR ?? 'tmp/e2e-pg');
const main = join(root, 'dist/apps/api/main.js');
if (!existsSync(main)) {
  console.error(`${main} is missing: run \`npm run build\` first (npm run e2e does).`);
  process.exit(1);
}

const alive = (pid) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};
const pidFile = join(pgDir, 'postmaster.pid');
if (existsSync(pidFile)) {
  const pid = Number.parseInt(readFileSync(pidFile, 'utf8').split('\n')[0], 10);
  if (Number.isInteger(pid) && pid > 0 && alive(pid)) {
    process.kill(pid, 'SIGINT');
    for (let waited = 0; waited < 10_000 && alive(pid); waited += 100) {
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 100);
    }
  }
}
rmSync(pgDir, { recursive: true, force: true });

const env = { ...process.env, EMBEDDED_PG_DIR: pgDir };
delete env.DATABASE_URL; // always the fresh embedded database, whatever the caller's environment
const child = spawn(process.execPath, [main], { cwd: root, env, stdio: 'inherit' });
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => child.kill(signal));
}
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
