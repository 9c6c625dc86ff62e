// The raw baseline of the benchmark: what the /api/auth/me user lookup costs with nothing but node:http
// and pg. Runs in a worker thread of tools/bench/run.mjs so that it has its own event loop, like the API.
import { createServer } from 'node:http';
import { parentPort, workerData } from 'node:worker_threads';
import pg from 'pg';

const { databaseUrl, email, poolSize } = workerData;
const pool = new pg.Pool({ connectionString: databaseUrl, max: poolSize });
const LOOKUP = 'SELECT id, email, first_name, last_name, role, locale FROM app_user WHERE email = $1';

const server = createServer((req, res) => {
  pool.query(LOOKUP, [email]).then(
    ({ rows }) => {
      const body = JSON.stringify(rows[0] ?? null);
      res.writeHead(rows[0] ? 200 : 404, {
        'content-type': 'application/json; charset=utf-8',
        'content-length': Buffer.byteLength(body),
      });
      res.end(body);
    },
    (error) => {
      res.writeHead(500).end(String(error));
    },
  );
});

server.listen(0, '127.0.0.1', () => {
  parentPort.postMessage({ port: server.address().port });
});

parentPort.on('message', (message) => {
  if (message === 'stop') {
    server.close();
    server.closeAllConnections();
    void pool.end().then(() => parentPort.close());
  }
});
