// PostgreSQL against SQLite (issue #15): N generated ~800-word articles ingested into a fresh SQLite store by
// the CLI (its two worker threads) and into a fresh PostgreSQL database by two `sitrep worker` processes
// draining the job queue `sitrep ingest --no-wait` filled; side by side in one run, on a throwaway local
// PostgreSQL server with its default durability (fsync on). Then table sizes, the cost of one round trip
// through the synchronous bridge, and (unless --no-api) the API's p95 on the PostgreSQL store (bench/api.mjs).
//
//   node bench/postgres.mjs [N=10000] [--no-fuse] [--no-api] [--keep]
//   --no-fuse: store only (both stores), then time a full `sitrep fuse` on each
//   --keep: leave the server running and print the database URL (stop it with the printed command)
import { writeFileSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { spawn, spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { makeCorpus } from './corpus.mjs';

const n = Number(process.argv[2] && !process.argv[2].startsWith('--') ? process.argv[2] : 10000);
const noFuse = process.argv.includes('--no-fuse');
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const bin = join(root, 'bin', 'sitrep.js');
const { startLocalServer } = await import('../dist/store/postgres/local-server.js');
const { SyncPg } = await import('../dist/store/postgres/sync-client.js');
const dir = mkdtempSync(join(tmpdir(), 'sitrep-bench-pg-'));
const server = startLocalServer({ durable: true });
const fuseFlag = noFuse ? ['--no-fuse'] : [];
const timed = (args) => {
  const t0 = Date.now();
  const r = spawnSync('/usr/bin/time', ['-f', '%M %U %S', process.execPath, bin, ...args], { encoding: 'utf8', maxBuffer: 64 << 20 });
  const [kb, user, sys] = r.stderr.trim().split('\n').pop().split(' ').map(Number);
  if (r.status !== 0 && r.status !== 1) throw new Error(`${args.join(' ')}: ${r.stderr.slice(-2000)}`);
  return { s: (Date.now() - t0) / 1000, mb: kb / 1024, cpu: user + sys, out: r.stdout.trim() };
};
const fmt = (x) => `${x.s.toFixed(1)} s, peak ${x.mb.toFixed(0)} MB, ${x.cpu.toFixed(0)} CPU-s`;
try {
  const file = join(dir, 'corpus.jsonl');
  writeFileSync(file, (await makeCorpus(n)).map((o) => JSON.stringify(o)).join('\n'));
  const v = new SyncPg(server.url('postgres'));
  console.log(`corpus: ${n} articles; ${v.one('SELECT version() AS v').v.split(' on ')[0]} on a Unix socket in ${server.socketDir}`);
  v.close();

  // SQLite: the CLI, two worker threads that analyse and store (src/ingest/pool.ts).
  const lite = join(dir, 'bench.db');
  const l = timed(['--db', lite, 'ingest', '--quiet', ...fuseFlag, file]);
  console.log(`SQLite ingest (CLI, 2 worker threads${noFuse ? ', --no-fuse' : ', then its fusion'}): ${l.out} — ${fmt(l)} = ${Math.round(n / l.s)} articles/s`);

  // PostgreSQL: queue the articles, then two worker processes drain the queue.
  const url = server.createDatabase('bench');
  const q = timed(['--db', url, 'ingest', '--quiet', '--no-wait', ...fuseFlag, file]);
  console.log(`PostgreSQL queue: ${q.out} — ${fmt(q)}`);
  const t0 = Date.now();
  const workers = [0, 1].map(() => spawn('/usr/bin/time', ['-f', '%M %U %S', process.execPath, bin, '--db', url, 'worker', '--exit-when-idle', '--quiet'], { stdio: ['ignore', 'inherit', 'pipe'] }));
  const stats = await Promise.all(workers.map((w) => new Promise((resolve) => {
    let err = '';
    w.stderr.on('data', (d) => { err += d; });
    w.once('exit', (code) => { const [kb, u, s] = err.trim().split('\n').pop().split(' ').map(Number); resolve({ code, mb: kb / 1024, cpu: u + s, s: (Date.now() - t0) / 1000 }); });
  })));
  const drain = (Date.now() - t0) / 1000;
  console.log(`PostgreSQL ingest (2 sitrep worker processes${noFuse ? ', --no-fuse' : ', each job fused incrementally under the fusion lock'}): ${drain.toFixed(1)} s = ${Math.round(n / drain)} articles/s; `
    + `workers ${stats.map((s) => `${s.s.toFixed(1)} s / ${s.mb.toFixed(0)} MB / ${s.cpu.toFixed(0)} CPU-s (exit ${s.code})`).join(', ')}; queueing took ${q.s.toFixed(1)} s more`);

  const pg = new SyncPg(url);
  const c = pg.one("SELECT (SELECT count(*) FROM documents) AS docs, (SELECT count(*) FROM fused_events) AS events, (SELECT count(*) FROM fused_claims) AS claims, (SELECT count(*) FROM jobs WHERE state <> 'done') AS open");
  console.log(`PostgreSQL store: ${c.docs} documents, ${c.events} fused incidents, ${c.claims} fused claims, ${c.open} jobs not done`);

  if (noFuse) {
    const lf = timed(['--db', lite, 'fuse']);
    const pf = timed(['--db', url, 'fuse']);
    console.log(`full fusion: SQLite ${fmt(lf)}; PostgreSQL ${fmt(pf)}`);
  }

  // Adding one article to the full store, as an API POST or a live source does: stored and fused incrementally, in process.
  {
    const { openStore } = await import('../dist/store/open.js');
    const { analyse } = await import('../dist/extract/analyse.js');
    const { buildDocument } = await import('../dist/document/build.js');
    const { fuseSerialised } = await import('../dist/store/fuse-serialised.js');
    const extra = (await makeCorpus(n + 40)).slice(n);
    for (const [name, where] of [['SQLite', lite], ['PostgreSQL', url]]) {
      const store = openStore(where);
      if (store.fusionStale()) fuseSerialised(store, []);
      const ms = [];
      for (const [k, o] of extra.slice(0, 12).entries()) {
        const a = analyse(buildDocument({ origin: `bench-extra#${k}`, format: 'json', ...o, url: `${o.url ?? 'https://example.org/x'}#extra${k}` }));
        const t = performance.now();
        const [r] = store.putMany([a]);
        if (r.status !== 'unchanged') fuseSerialised(store, [r.id]);
        ms.push(performance.now() - t);
      }
      ms.sort((x, y) => x - y);
      console.log(`add one article to the ${n}-document store and fuse it (${name}, 12 articles): median ${ms[6].toFixed(0)} ms, fastest ${ms[0].toFixed(0)} ms, slowest ${ms[11].toFixed(0)} ms`);
      store.close();
    }
  }

  // Where the bytes go.
  const sizes = pg.query(`SELECT relname AS t, pg_total_relation_size(c.oid) AS total, pg_relation_size(c.oid) AS heap,
      pg_indexes_size(c.oid) AS idx FROM pg_class c JOIN pg_namespace s ON s.oid = c.relnamespace
    WHERE s.nspname = 'public' AND c.relkind = 'r' ORDER BY total DESC`);
  const mb = (b) => `${(b / 1048576).toFixed(1)} MB`;
  console.log(`PostgreSQL database ${mb(pg.one('SELECT pg_database_size(current_database()) AS b').b)}; SQLite file ${mb(statSync(lite).size)}`);
  for (const r of sizes.slice(0, 10)) console.log(`  ${r.t.padEnd(22)} ${mb(r.total).padStart(9)} (table ${mb(r.heap)}, indexes ${mb(r.idx)})`);

  // One round trip through the bridge: the calling thread posts, blocks on Atomics.wait, the client thread answers.
  for (const [what, sql] of [['SELECT 1', 'SELECT 1'], ['count of current documents', 'SELECT count(*) FROM documents WHERE superseded_by IS NULL']]) {
    const k = 2000;
    let t = performance.now();
    for (let i = 0; i < k; i++) pg.query(sql);
    t = performance.now() - t;
    console.log(`round trip (${what}): ${(t / k * 1000).toFixed(0)} µs per query over ${k}`);
  }
  pg.close();

  if (!process.argv.includes('--no-api')) {
    const api = spawnSync(process.execPath, [join(root, 'bench', 'api.mjs'), String(n)], { env: { ...process.env, BENCH_DB: url }, stdio: 'inherit' });
    if (api.status !== 0) console.log(`api bench exited ${api.status}`);
  }
  if (process.argv.includes('--keep')) { console.log(`kept: ${url}`); process.exit(0); }
} finally {
  if (!process.argv.includes('--keep')) server.stop();
  rmSync(dir, { recursive: true, force: true });
}
