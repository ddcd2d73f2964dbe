import { workerData } from 'node:worker_threads';
import pg from 'pg';
import type { Reply, Request, ThreadSetup } from './protocol.js';

/**
 * The PostgreSQL client thread behind SyncPg: it owns one connection (the pure-JavaScript `pg` client,
 * which is asynchronous) and answers each request on the port, then wakes the calling thread, which
 * waits on the shared signal (Atomics.wait) and takes the reply off the port synchronously.
 */
const setup = workerData as ThreadSetup;
const signal = new Int32Array(setup.signal);
// Integers and timestamps as JavaScript numbers and strings, as better-sqlite3 gives them: counts are
// bigint (int8) in PostgreSQL, which `pg` would otherwise hand back as strings.
pg.types.setTypeParser(pg.types.builtins.INT8, (v) => Number(v));
const client = new pg.Client({ connectionString: setup.url, application_name: 'sitrep' });
let lost: Error | null = null;
client.on('error', (e) => { lost = e; });
const ready = client.connect().then(() => client.query('SET client_min_messages = warning'));
// A failed connection is reported to the request that waits for it, not as an unhandled rejection.
ready.catch(() => {});

async function run(req: Request): Promise<Reply> {
  let i = -1;
  try {
    await ready;
    if (lost) throw lost;
    const results: Record<string, unknown>[][] = [];
    if (req.transaction) await client.query('BEGIN');
    for (i = 0; i < req.statements.length; i++) {
      const s = req.statements[i];
      const r = await client.query({ text: s.text, values: s.values });
      results.push(r.rows as Record<string, unknown>[]);
    }
    if (req.transaction) await client.query('COMMIT');
    return { ok: true, results };
  } catch (e) {
    if (req.transaction) await client.query('ROLLBACK').catch(() => {});
    const err = e as Error & { code?: string };
    return { ok: false, message: err.message, code: err.code, statement: i };
  }
}

setup.port.on('message', (msg: Request | 'close') => {
  if (msg === 'close') {
    void client.end().catch(() => {}).finally(() => { setup.port.postMessage({ ok: true, results: [] } satisfies Reply); wake(); setup.port.close(); });
    return;
  }
  void run(msg).then((reply) => { setup.port.postMessage(reply); wake(); });
});

function wake(): void {
  Atomics.store(signal, 0, 1);
  Atomics.notify(signal, 0);
}
