#!/usr/bin/env node
// Essaim benchmarks (`npm run bench`, after a build). Not a test: it measures and prints, it does not
// judge — except that a figure which cannot be measured is an error.
//
// Each figure is one async function in FIGURES below; it receives the shared context and returns one or
// more measurements { bench, value, unit, note? }. To add a figure, write a function and list it.
// Output: a readable table, then one JSON line per measurement: {"bench": "...", "value": 1, "unit": "..."}.
//
// `npm run bench -- --large` measures the case list and the case page instead, on the database at
// BENCH_LARGE_DATABASE_URL (else DATABASE_URL) that `npm run seed:large` filled, as the demo operator
// advisor of its biggest territory; add `--explain` to print the list statements' EXPLAIN (ANALYZE, BUFFERS).
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { gzipSync } from 'node:zlib';
import autocannon from 'autocannon';
import pg from 'pg';
import PgBoss from 'pg-boss';
import { SMTPServer } from 'smtp-server';
import { CASE_LIST_QUERIES } from './case-list-queries.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const API_MAIN = join(ROOT, 'dist/apps/api/main.js');
const WEB_DIST = join(ROOT, 'dist/apps/web');
const PG_DIR = join(ROOT, 'tmp/bench-pg');
const PORT = 3210;
const PG_PORT = 54339;
const BASE_URL = `http://127.0.0.1:${PORT}`;
const DEMO_EMAIL = 'porteur@demo.essaim.test';
const LARGE = process.argv.includes('--large');
const LARGE_ADVISOR = 'conseil@demo.essaim.test';
const LARGE_DB_URL = process.env.BENCH_LARGE_DATABASE_URL ?? process.env.DATABASE_URL;
const DEMO_PASSWORD = process.env.DEMO_PASSWORD ?? 'Essaim-demo-2026';
const EMBEDDED_DB_URL = `postgres://essaim:essaim@127.0.0.1:${PG_PORT}/essaim`;
const LOAD = {
  connections: 20,
  duration: Number(process.env.BENCH_DURATION ?? 10),
  warmup: Number(process.env.BENCH_WARMUP ?? 2),
};
// Request logs at "info" would measure the log pipe as much as the app; override with BENCH_LOG_LEVEL.
const LOG_LEVEL = process.env.BENCH_LOG_LEVEL ?? 'warn';
const SPA_BUDGET_KB = 200;
// The app's mail goes to an SMTP sink of this process (set by main() before the app starts).
let SMTP_SINK_URL = '';

// ---------------------------------------------------------------------------------------------------
// Figures

/** Spawn → first 200 on /api/health, on a fresh embedded database (initdb, migrations, demo seed). */
async function coldStart(ctx) {
  const started = performance.now();
  ctx.app = startApp();
  await waitForHealth(ctx.app, 120_000);
  const ms = performance.now() - started;
  return [
    {
      bench: 'cold_start',
      value: round(ms, 0),
      unit: 'ms',
      note: 'fresh embedded DB, migrations, demo seed',
    },
  ];
}

async function healthLoad() {
  return load('health', `${BASE_URL}/api/health`, {}, 'GET /api/health');
}

async function authMeLoad(ctx) {
  ctx.cookieHeader ??= await logIn(DEMO_EMAIL, DEMO_PASSWORD);
  const check = await fetch(`${BASE_URL}/api/auth/me`, { headers: { cookie: ctx.cookieHeader } });
  if (check.status !== 200) throw new Error(`GET /api/auth/me after login answered ${check.status}`);
  return load(
    'auth_me',
    `${BASE_URL}/api/auth/me`,
    { cookie: ctx.cookieHeader },
    `GET /api/auth/me as ${DEMO_EMAIL}`,
  );
}

/** The same user lookup with only node:http + pg (a pool of 10, TypeORM's default), in a worker thread. */
async function rawBaseline() {
  const worker = new Worker(new URL('./raw-server.mjs', import.meta.url), {
    workerData: { databaseUrl: EMBEDDED_DB_URL, email: DEMO_EMAIL, poolSize: 10 },
  });
  try {
    const { port } = await new Promise((resolvePort, reject) => {
      worker.once('message', resolvePort);
      worker.once('error', reject);
      worker.once('exit', (code) => reject(new Error(`raw server exited (${code})`)));
    });
    const url = `http://127.0.0.1:${port}/`;
    const probe = await fetch(url);
    if (probe.status !== 200) throw new Error(`raw baseline answered ${probe.status}: ${await probe.text()}`);
    return await load('raw_user_lookup', url, {}, 'node:http + pg, same query');
  } finally {
    worker.postMessage('stop');
    await Promise.race([new Promise((done) => worker.once('exit', done)), sleep(5_000)]);
    await worker.terminate();
  }
}

/** How much of the raw throughput the full stack keeps (session, guards, ORM, logging). */
async function apiVsRaw(ctx) {
  const api = ctx.value('auth_me_rps');
  const raw = ctx.value('raw_user_lookup_rps');
  return [
    {
      bench: 'auth_me_vs_raw_rps_ratio',
      value: round(api / raw, 3),
      unit: 'ratio',
      note: 'API req/s ÷ raw req/s',
    },
  ];
}

/** Gzip size of what the browser downloads first: the SPA's <script src> and modulepreload files. */
async function spaInitialJs() {
  const indexHtml = join(WEB_DIST, 'index.html');
  if (!existsSync(indexHtml)) throw new Error(`${indexHtml} is missing: build the web app first`);
  const html = readFileSync(indexHtml, 'utf8');
  const urls = new Set();
  for (const tag of html.match(/<(script|link)\b[^>]*>/gi) ?? []) {
    const attr = (name) => tag.match(new RegExp(`\\b${name}\\s*=\\s*["']([^"']+)["']`, 'i'))?.[1];
    if (/^<script/i.test(tag) && attr('src')) urls.add(attr('src'));
    if (/^<link/i.test(tag) && attr('rel')?.toLowerCase() === 'modulepreload' && attr('href'))
      urls.add(attr('href'));
  }
  let bytes = 0;
  for (const url of urls) {
    if (/^(https?:)?\/\//.test(url)) throw new Error(`external script in index.html: ${url}`);
    const file = join(WEB_DIST, url.split(/[?#]/)[0].replace(/^\//, ''));
    bytes += gzipSync(readFileSync(file)).length;
  }
  const kb = bytes / 1024;
  const verdict = kb < SPA_BUDGET_KB ? 'within' : 'OVER';
  return [
    {
      bench: 'spa_initial_js_gzip',
      value: round(kb, 1),
      unit: 'KB',
      note: `${urls.size} file(s); ${verdict} the ${SPA_BUDGET_KB} KB budget`,
    },
  ];
}

/**
 * Diagnostics submitted per second with 10 concurrent requests, each opening a case (scoring,
 * matching, the territory's case counter). The drafts are prepared first through the API as the
 * demo holder: a project each, every required answer of the published questionnaire.
 */
async function diagnosticSubmitThroughput(ctx) {
  const count = Number(process.env.BENCH_SUBMITS ?? 200);
  const concurrency = 10;
  ctx.cookieHeader ??= await logIn(DEMO_EMAIL, DEMO_PASSWORD);
  const api = apiClient(ctx.cookieHeader);
  const communes = await api('GET', '/api/territories/pdl/communes?q=nantes&limit=1');
  if (!communes[0]) throw new Error('the demo territory has no commune matching "nantes"');
  const { definition } = await api('GET', '/api/questionnaire');
  const answers = requiredAnswers(definition);

  const drafts = await inParallel(count, concurrency, async (index) => {
    const project = await api('POST', '/api/projects', {
      name: `Bench ${index + 1}`,
      legalForm: 'association',
      sector: 'circular_economy',
      stage: 'creation',
      communeCode: communes[0].code,
    });
    const diagnostic = await api('POST', `/api/projects/${project.id}/diagnostics`);
    for (const [key, value] of Object.entries(answers)) {
      await api('PUT', `/api/diagnostics/${diagnostic.id}/answers/${key}`, { value });
    }
    return diagnostic.id;
  });

  const latencies = [];
  const started = performance.now();
  await inParallel(count, concurrency, async (index) => {
    const sent = performance.now();
    await api('POST', `/api/diagnostics/${drafts[index]}/submit`, undefined, 201);
    latencies.push(performance.now() - sent);
  });
  const seconds = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  const p95 = latencies[Math.min(latencies.length - 1, Math.ceil(latencies.length * 0.95) - 1)];
  return [
    {
      bench: 'diagnostic_submit_throughput',
      value: round(count / seconds, 1),
      unit: 'submits/s',
      note: `${count} diagnostics of ${Object.keys(answers).length} answers, ${concurrency} concurrent, each opens a case`,
    },
    {
      bench: 'diagnostic_submit_p95',
      value: round(p95, 2),
      unit: 'ms',
      note: 'p95 of the submit response times',
    },
  ];
}

/** The public directory on the demo catalogue: a free-text search, then text with filters. */
async function directorySearchLoad() {
  const text = `${BASE_URL}/api/directory/offers?q=pret%20d%27honneur`;
  const filtered =
    `${BASE_URL}/api/directory/offers?q=tiers%20lieu&territory=pdl&commune=44109` +
    '&need=premises&need=funding&stage=creation';
  for (const url of [text, filtered]) {
    const res = await fetch(url);
    const body = await res.json();
    if (res.status !== 200 || !(body.total > 0))
      throw new Error(`${url} answered ${res.status} with ${body.total ?? 'no'} offers`);
  }
  return [
    ...(await load('directory_search', text, {}, "GET /api/directory/offers?q=pret d'honneur")),
    ...(await load(
      'directory_search_filtered',
      filtered,
      {},
      'q=tiers lieu, territory, commune, two needs, stage',
    )),
  ];
}

/** The app on the large data set (already migrated and seeded). */
async function largeStart(ctx) {
  if (!LARGE_DB_URL)
    throw new Error('--large needs BENCH_LARGE_DATABASE_URL (or DATABASE_URL): run npm run seed:large');
  const started = performance.now();
  ctx.app = startApp(LARGE_DB_URL);
  await waitForHealth(ctx.app, 60_000);
  ctx.cookieHeader = await logIn(LARGE_ADVISOR, DEMO_PASSWORD);
  const page = await apiClient(ctx.cookieHeader)('GET', '/api/staff/cases');
  return [
    {
      bench: 'large_start',
      value: round(performance.now() - started, 0),
      unit: 'ms',
      note: `spawn to healthy on the large database; ${LARGE_ADVISOR} sees ${cases(page)} cases`,
    },
  ];
}

/** What any logged-in request costs on this machine (session, guard, user), to read the list's figures against. */
async function largeAuthMeLoad(ctx) {
  return load(
    'large_auth_me',
    `${BASE_URL}/api/auth/me`,
    { cookie: ctx.cookieHeader },
    `as ${LARGE_ADVISOR}, the floor of a logged-in request`,
  );
}

/** GET /api/staff/cases on the large data set, for each query of case-list-queries.mjs. */
async function caseListLoad(ctx) {
  const api = apiClient(ctx.cookieHeader);
  const results = [];
  for (const [name, query] of Object.entries(CASE_LIST_QUERIES)) {
    const path = `/api/staff/cases?${query}`;
    const page = await api('GET', path);
    if (!(page.total > 0)) throw new Error(`${path} lists no case: is this the seed:large database?`);
    results.push(
      ...(await load(
        `case_list_${name}`,
        `${BASE_URL}${path}`,
        { cookie: ctx.cookieHeader },
        `?${query} (${cases(page)} cases)`,
      )),
    );
  }
  return results;
}

/** GET /api/cases/:id (timeline, people, moves; an audit entry each) over 500 cases of the territory. */
async function casePageLoad(ctx) {
  const api = apiClient(ctx.cookieHeader);
  const ids = [];
  for (let page = 1; page <= 5; page += 1) {
    const { items } = await api('GET', `/api/staff/cases?sort=lastEventAt&pageSize=100&page=${page}`);
    ids.push(...items.map((item) => item.id));
  }
  let next = 0;
  const requests = [
    { setupRequest: (request) => ({ ...request, path: `/api/cases/${ids[next++ % ids.length]}` }) },
  ];
  return load(
    'case_page',
    `${BASE_URL}/api/cases/${ids[0]}`,
    { cookie: ctx.cookieHeader },
    `${ids.length} different cases`,
    requests,
  );
}

/** EXPLAIN (ANALYZE, BUFFERS) of the list's statements, printed (no figure). */
async function explainCaseList() {
  await new Promise((done, fail) => {
    const child = spawn(process.execPath, [join(ROOT, 'tools/bench/explain-case-list.mjs')], {
      cwd: ROOT,
      env: { ...process.env, DATABASE_URL: LARGE_DB_URL, ADVISOR_EMAIL: LARGE_ADVISOR },
      stdio: 'inherit',
    });
    child.once('exit', (code) =>
      code === 0 ? done() : fail(new Error(`explain-case-list exited with ${code}`)),
    );
  });
  return [];
}

const LARGE_FIGURES = [
  largeStart,
  largeAuthMeLoad,
  caseListLoad,
  casePageLoad,
  ...(process.argv.includes('--explain') ? [explainCaseList] : []),
];

/**
 * Outbox mails delivered per second by the API's own workers, through SMTP to a sink in this process:
 * BENCH_MAILS rows and their `mail-deliver` jobs written in one transaction, as MailService writes
 * them, then timed from the commit until the last one is `sent` (the first poll of the workers included).
 */
async function mailDeliveryThroughput(ctx) {
  const count = Number(process.env.BENCH_MAILS ?? 1000);
  const sink = ctx.smtpSink;
  const client = new pg.Client({ connectionString: EMBEDDED_DB_URL });
  await client.connect();
  try {
    const boss = new PgBoss({ connectionString: EMBEDDED_DB_URL, migrate: false });
    const db = { executeSql: (text, values) => client.query(text, values) };
    await client.query('BEGIN');
    const { rows } = await client.query(
      `INSERT INTO outbox_mail (to_address, subject, text_body, html_body, kind)
       SELECT 'bench-' || n || '@example.org', 'Essaim : un dossier vous attend',
              'Bonjour,\n\nUn dossier vous attend : http://localhost/app/cases/' || n || '\n',
              '<p>Bonjour,</p><p><a href="http://localhost/app/cases/' || n || '">Un dossier vous attend</a></p>',
              'case_assigned'
         FROM generate_series(1, $1) AS n
       RETURNING id`,
      [count],
    );
    const ids = rows.map((row) => row.id);
    await boss.insert(
      ids.map((mailId) => ({
        name: 'mail-deliver',
        data: { mailId },
        retryLimit: 5,
        retryDelay: 30,
        retryBackoff: true,
      })),
      { db },
    );
    const receivedBefore = sink.received;
    await client.query('COMMIT');
    const started = performance.now();
    const deadline = started + 300_000;
    for (;;) {
      const { rows: done } = await client.query(
        `SELECT count(*)::int AS sent FROM outbox_mail WHERE id = ANY($1) AND status = 'sent'`,
        [ids],
      );
      if (done[0].sent === count) break;
      if (performance.now() > deadline)
        throw new Error(`only ${done[0].sent} of ${count} mails sent after 300 s`);
      await sleep(20);
    }
    const seconds = (performance.now() - started) / 1000;
    const received = sink.received - receivedBefore;
    if (received !== count) throw new Error(`the SMTP sink received ${received} mails for ${count} queued`);
    return [
      {
        bench: 'mail_delivery_throughput',
        value: round(count / seconds, 1),
        unit: 'mails/s',
        note: `${count} outbox mails → pg-boss → SMTP sink in the bench process (target 200/s)`,
      },
    ];
  } finally {
    await client.end();
  }
}

/** An SMTP server that accepts and counts every mail (no TLS, no auth), for SMTP_URL. */
async function startSmtpSink() {
  const sink = { received: 0, url: '', close: null };
  const server = new SMTPServer({
    disabledCommands: ['STARTTLS', 'AUTH'],
    authOptional: true,
    logger: false,
    onData(stream, _session, callback) {
      stream.on('data', () => undefined);
      stream.on('end', () => {
        sink.received += 1;
        callback();
      });
    },
  });
  await new Promise((done) => server.listen(0, '127.0.0.1', done));
  sink.url = `smtp://127.0.0.1:${server.server.address().port}`;
  sink.close = () => new Promise((done) => server.close(done));
  return sink;
}

const FIGURES = [
  coldStart,
  healthLoad,
  authMeLoad,
  rawBaseline,
  apiVsRaw,
  directorySearchLoad,
  diagnosticSubmitThroughput,
  mailDeliveryThroughput,
  spaInitialJs,
];

// ---------------------------------------------------------------------------------------------------
// Helpers

/** The built API on a fresh embedded database with demo data, or on `databaseUrl` as it is. */
function startApp(databaseUrl) {
  const env = { ...process.env, PORT: String(PORT), HOST: '127.0.0.1', LOG_LEVEL, SMTP_URL: SMTP_SINK_URL };
  if (databaseUrl) {
    Object.assign(env, {
      DATABASE_URL: databaseUrl,
      SESSION_SECRET: 'bench-session-secret-at-least-32-chars',
      SEED_DEMO: 'false',
    });
  } else {
    stopStalePostgres(PG_DIR);
    rmSync(PG_DIR, { recursive: true, force: true });
    Object.assign(env, { EMBEDDED_PG_DIR: PG_DIR, EMBEDDED_PG_PORT: String(PG_PORT), SEED_DEMO: 'true' });
    delete env.DATABASE_URL;
  }
  const child = spawn(process.execPath, [API_MAIN], { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
  child.output = '';
  const keep = (chunk) => {
    child.output = (child.output + chunk).slice(-20_000);
  };
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);
  child.exited = new Promise((done) => child.once('exit', (code, signal) => done({ code, signal })));
  return child;
}

async function waitForHealth(child, timeoutMs) {
  let exited = null;
  void child.exited.then((status) => (exited = status));
  const deadline = performance.now() + timeoutMs;
  while (performance.now() < deadline) {
    if (exited)
      throw new Error(`the API exited (${JSON.stringify(exited)}) before it was healthy:\n${child.output}`);
    try {
      const res = await fetch(`${BASE_URL}/api/health`, { signal: AbortSignal.timeout(1_000) });
      if (res.status === 200) return;
    } catch {
      // not listening yet
    }
    await sleep(25);
  }
  throw new Error(`the API was not healthy after ${timeoutMs} ms:\n${child.output}`);
}

async function stopApp(child) {
  if (!child || child.exitCode !== null || child.signalCode !== null) return;
  child.kill('SIGTERM');
  const stopped = await Promise.race([child.exited, sleep(20_000).then(() => null)]);
  if (!stopped) {
    console.error('the API did not stop within 20 s of SIGTERM: killing it');
    child.kill('SIGKILL');
    await child.exited;
    stopStalePostgres(PG_DIR);
  }
}

/** A previous run killed hard leaves its PostgreSQL running: stop it before wiping its folder. */
function stopStalePostgres(dir) {
  const pidFile = join(dir, 'postmaster.pid');
  if (!existsSync(pidFile)) return;
  const pid = Number.parseInt(readFileSync(pidFile, 'utf8').split('\n')[0], 10);
  if (!Number.isInteger(pid) || pid <= 0) return;
  try {
    process.kill(pid, 'SIGINT'); // PostgreSQL's "fast" shutdown
  } catch {
    return; // not running
  }
  for (let waited = 0; waited < 10_000; waited += 100) {
    try {
      process.kill(pid, 0);
    } catch {
      return;
    }
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 100);
  }
}

/** CSRF dance: a GET under /api (not /api/health, which skips sessions) sets XSRF-TOKEN, the login POST echoes it; returns the Cookie header to reuse. */
async function logIn(email, password) {
  const jar = new Map();
  const absorb = (res) => {
    for (const line of res.headers.getSetCookie()) {
      const [pair] = line.split(';');
      const at = pair.indexOf('=');
      jar.set(pair.slice(0, at).trim(), pair.slice(at + 1).trim());
    }
  };
  const cookieHeader = () => [...jar].map(([k, v]) => `${k}=${v}`).join('; ');
  absorb(await fetch(`${BASE_URL}/api/auth/me`));
  const xsrf = jar.get('XSRF-TOKEN');
  if (!xsrf) throw new Error('no XSRF-TOKEN cookie after GET /api/auth/me');
  const res = await fetch(`${BASE_URL}/api/auth/login`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'x-xsrf-token': decodeURIComponent(xsrf),
      cookie: cookieHeader(),
    },
    body: JSON.stringify({ email, password }),
  });
  absorb(res);
  if (!res.ok) throw new Error(`login as ${email} answered ${res.status}: ${await res.text()}`);
  if (!jar.has('essaim.sid')) throw new Error('login succeeded but set no essaim.sid cookie');
  return cookieHeader();
}

/** fetch with the session cookie and its CSRF token; answers the JSON body, throws on another status. */
function apiClient(cookieHeader) {
  const xsrf = decodeURIComponent(/(?:^|; )XSRF-TOKEN=([^;]*)/.exec(cookieHeader)?.[1] ?? '');
  return async (method, path, body, expected) => {
    const res = await fetch(`${BASE_URL}${path}`, {
      method,
      headers: { cookie: cookieHeader, 'x-xsrf-token': xsrf, 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const ok = expected === undefined ? res.ok : res.status === expected;
    if (!ok) throw new Error(`${method} ${path} answered ${res.status}: ${await res.text()}`);
    return res.status === 204 ? null : res.json();
  };
}

/** Runs task(0 … count-1) with at most `concurrency` at a time; answers the results in order. */
async function inParallel(count, concurrency, task) {
  const results = new Array(count);
  let next = 0;
  const worker = async () => {
    while (next < count) {
      const index = next++;
      results[index] = await task(index);
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, count) }, worker));
  return results;
}

/** An answer to every required question that is shown, given the answers before it. */
function requiredAnswers(definition) {
  const answers = {};
  const keysOf = (value) =>
    typeof value === 'boolean' ? [value ? 'yes' : 'no'] : [value].flat().map(String);
  for (const question of definition.sections.flatMap((section) => section.questions)) {
    const { condition } = question;
    const shown =
      !condition ||
      (answers[condition.question] !== undefined &&
        keysOf(answers[condition.question]).some((key) => condition.equals.includes(key)));
    if (!question.required || !shown) continue;
    const first = question.options?.[0]?.key;
    answers[question.key] = {
      single_choice: first,
      multiple_choice: [first],
      scale: 2,
      number: Math.max(question.min ?? 0, 0),
      text: 'Réponse du banc d’essai',
      yes_no: true,
    }[question.type];
  }
  return answers;
}

/**
 * autocannon at LOAD.connections for LOAD.duration s (after a warm-up); p95 from every response time.
 * `requests` (autocannon's) may vary each request, e.g. its path.
 */
async function load(name, url, headers, note, requests) {
  const options = { url, headers, connections: LOAD.connections, duration: LOAD.duration, requests };
  if (LOAD.warmup > 0) await autocannon({ ...options, duration: LOAD.warmup });
  const latencies = [];
  const run = autocannon(options);
  run.on('response', (_client, _status, _bytes, responseTime) => latencies.push(responseTime));
  const result = await run;
  const failures = result.non2xx + result.errors + result.timeouts;
  if (failures > 0) {
    throw new Error(
      `${name}: ${failures} failed request(s) (non-2xx ${result.non2xx}, errors ${result.errors}, timeouts ${result.timeouts})`,
    );
  }
  latencies.sort((a, b) => a - b);
  const p95 = latencies[Math.min(latencies.length - 1, Math.ceil(latencies.length * 0.95) - 1)];
  const detail = `${note}; ${result.requests.total} req, ${LOAD.connections} conn, ${LOAD.duration} s`;
  return [
    { bench: `${name}_rps`, value: round(result.requests.average, 0), unit: 'req/s', note: detail },
    { bench: `${name}_p95`, value: round(p95, 2), unit: 'ms', note: 'p95 of all response times' },
  ];
}

const round = (value, digits) => Number(value.toFixed(digits));

/** A case list's total as people read it: "1000+" when the API stopped counting. */
const cases = (page) => `${page.total}${page.totalCapped ? '+' : ''}`;

function printTable(rows) {
  const cells = rows.map((r) => [r.bench, String(r.value), r.unit, r.note ?? '']);
  const head = ['figure', 'value', 'unit', 'note'];
  const widths = head.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i].length)));
  const line = (c) => c.map((v, i) => (i === 1 ? v.padStart(widths[i]) : v.padEnd(widths[i]))).join('  ');
  console.log(`\n${line(head)}\n${widths.map((w) => '-'.repeat(w)).join('  ')}`);
  for (const c of cells) console.log(line(c));
  console.log('');
}

// ---------------------------------------------------------------------------------------------------

async function main() {
  if (!existsSync(API_MAIN)) throw new Error(`${API_MAIN} is missing: run \`npm run build\` first`);
  const results = [];
  const ctx = {
    app: null,
    cookieHeader: null,
    value(bench) {
      const found = results.find((r) => r.bench === bench);
      if (!found) throw new Error(`figure ${bench} was not measured`);
      return found.value;
    },
  };
  ctx.smtpSink = await startSmtpSink();
  SMTP_SINK_URL = ctx.smtpSink.url;
  const stop = () => stopApp(ctx.app).finally(() => ctx.smtpSink.close());
  const onSignal = (signal) => {
    console.error(`\n${signal}: stopping the API`);
    void stop().finally(() => process.exit(130));
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);

  console.log(
    `Essaim bench — node ${process.version}, ${LOAD.connections} connections, ${LOAD.duration} s per load ` +
      `(+${LOAD.warmup} s warm-up), LOG_LEVEL=${LOG_LEVEL}`,
  );
  try {
    for (const figure of LARGE ? LARGE_FIGURES : FIGURES) {
      process.stdout.write(`… ${figure.name}\n`);
      results.push(...(await figure(ctx)));
    }
  } finally {
    await stop();
    if (results.length > 0) {
      printTable(results);
      for (const { bench, value, unit } of results) console.log(JSON.stringify({ bench, value, unit }));
    }
  }
}

main().catch((error) => {
  console.error(`\nbench failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
});
