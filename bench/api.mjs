// HTTP API latency: N generated articles ingested through the CLI, then `sitrep serve` started as a
// second process on loopback, and the list endpoints and a week's /api/brief timed from this process
// with bounded sequential request loops. Prints p50/p95 per endpoint.
//
//   node bench/api.mjs [N=10000] [requests per endpoint=200]
//   BENCH_DB=/tmp/api-bench.db node bench/api.mjs 10000   keeps the store and reuses it on the next run (skips ingest)
//   BENCH_DB=postgres://…  node bench/api.mjs 10000        the API over that PostgreSQL store (ingests only when it is empty)
//   BENCH_BUDGET_S=60                                      stops each endpoint's loop after this many seconds
import { writeFileSync, mkdtempSync, rmSync, readFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { spawn, spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { makeCorpus } from './corpus.mjs';

const n = Number(process.argv[2] ?? 10000);
const perEndpoint = Number(process.argv[3] ?? 200);
// Each endpoint's loop also stops after this long, so a slow endpoint cannot hold the run for ever.
const budgetMs = Number(process.env.BENCH_BUDGET_S ?? 60) * 1000;
if (!Number.isInteger(n) || n < 1 || !Number.isInteger(perEndpoint) || perEndpoint < 1) {
  console.error('usage: node bench/api.mjs [N documents] [requests per endpoint]');
  process.exit(2);
}
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const bin = join(root, 'bin', 'sitrep.js');
const dir = mkdtempSync(join(tmpdir(), 'sitrep-bench-api-'));
const db = process.env.BENCH_DB ?? join(dir, 'bench.db');

let server = null;
const cleanup = () => { if (server && server.exitCode === null) server.kill('SIGTERM'); rmSync(dir, { recursive: true, force: true }); };
process.on('SIGINT', () => { cleanup(); process.exit(130); });

try {
  // 1. corpus → JSONL → `sitrep ingest` (a separate process, as a user would run it)
  let t0 = Date.now();
  const filledPg = /^postgres(ql)?:\/\//.test(db) && await hasDocuments(db);
  if (process.env.BENCH_DB && (existsSync(db) || filledPg)) console.log(`ingest: reusing ${db} (BENCH_DB)`);
  else {
    const file = join(dir, 'corpus.jsonl');
    writeFileSync(file, (await makeCorpus(n)).map((o) => JSON.stringify(o)).join('\n'));
    t0 = Date.now();
    const ing = spawnSync(process.execPath, [bin, '--db', db, 'ingest', '--quiet', file], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    if (ing.status !== 0 && ing.status !== 1) throw new Error(`ingest failed (${ing.status}): ${ing.stderr.slice(-2000)}`);
    console.log(`ingest: ${ing.stdout.trim()} in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  }

  // 2. `sitrep serve --port 0` on loopback; the URL comes from its first line.
  const registered = /--private/.test(spawnSync(process.execPath, [bin, 'serve', '--help'], { encoding: 'utf8' }).stdout ?? '');
  const args = ['--db', db, 'serve', '--port', '0', '--host', '127.0.0.1'];
  // Until `serve` is registered in src/cli/main.ts, start the same command through registerServe directly.
  const launcher = `import { Command } from 'commander'; import { registerServe } from './dist/cli/serve.js';
    const p = new Command().name('sitrep').option('--db <file>'); registerServe(p);
    p.parseAsync(['node', 'sitrep', ...process.argv.slice(1)]).catch((e) => { console.error('sitrep: ' + e.message); process.exit(2); });`;
  server = registered
    ? spawn(process.execPath, [bin, ...args], { stdio: ['ignore', 'pipe', 'pipe'] })
    : spawn(process.execPath, ['--input-type=module', '-e', launcher, '--', ...args], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  server.stderr.on('data', (d) => { stderr += d; });
  t0 = Date.now();
  const base = await new Promise((resolve, reject) => {
    let out = '';
    server.stdout.on('data', (d) => { out += d; const m = /listening on (http:\/\/\S+)/.exec(out); if (m) resolve(m[1]); });
    server.once('exit', (code) => reject(new Error(`serve exited (${code}): ${stderr.slice(-2000)}`)));
    setTimeout(() => reject(new Error(`serve did not start in 120 s: ${stderr.slice(-2000)}`)), 120_000);
  });
  console.log(`serve: ${registered ? 'sitrep serve' : 'registerServe (serve is not in main.ts yet)'} on ${base}, ready in ${Date.now() - t0} ms (pid ${server.pid})`);

  // 3. A week ending on the latest published day.
  const latest = (await (await fetch(`${base}/api/documents?limit=1`)).json()).items[0]?.published ?? '2025-06-28';
  const day = (d, k) => new Date(Date.parse(`${d}T00:00:00Z`) + k * 86_400_000).toISOString().slice(0, 10);
  const week = { since: day(latest, -6), until: latest };

  const endpoints = [
    ['documents', '/api/documents?limit=50'],
    ['documents (walk pages)', '/api/documents?limit=50', true],
    ['documents outlet+since', `/api/documents?limit=50&outlet=Example%20News&since=${week.since}`],
    ['claims', '/api/claims?limit=50'],
    ['claims (walk pages)', '/api/claims?limit=50', true],
    ['claims view=summary', '/api/claims?limit=50&view=summary'],
    ['claims status=disputed', '/api/claims?limit=50&status=disputed'],
    [`claims as_of ${week.since}`, `/api/claims?limit=50&as_of=${week.since}`],
    ['events', '/api/events?limit=50'],
    ['events (walk pages)', '/api/events?limit=50', true],
    ['events view=summary', '/api/events?limit=50&view=summary'],
    ['events country=UA week', `/api/events?limit=50&country=UA&since=${week.since}&until=${week.until}`],
    ['places', '/api/places?limit=50'],
    ['places country=UA', '/api/places?limit=50&country=UA'],
    ['search q=drone', '/api/search?q=drone&limit=20'],
    [`brief ${week.since}..${week.until}`, `/api/brief?since=${week.since}&until=${week.until}`],
  ];

  const pct = (xs, p) => xs[Math.min(xs.length - 1, Math.ceil((p / 100) * xs.length) - 1)];
  const rows = [];
  for (const [name, path, walk] of endpoints) {
    const times = [];
    let bytes = 0;
    let cursor = null;
    let first = null;
    let pages = 0;
    const deadline = performance.now() + budgetMs;
    for (let i = 0; i <= perEndpoint && performance.now() < deadline; i++) {
      const url = `${base}${path}${walk && cursor ? `&cursor=${cursor}` : ''}`;
      const t = performance.now();
      const res = await fetch(url);
      const body = await res.text();
      const ms = performance.now() - t;
      if (res.status !== 200) throw new Error(`${url}: ${res.status} ${body.slice(0, 300)}`);
      // The first request of each endpoint is reported apart (cold caches: the brief loads the fused state).
      if (i === 0) { first = ms; } else { times.push(ms); bytes += body.length; }
      if (walk) { cursor = JSON.parse(body).next_cursor; pages++; }
    }
    times.sort((a, b) => a - b);
    rows.push({ name, n: times.length, first, p50: pct(times, 50), p95: pct(times, 95), max: times[times.length - 1], kb: bytes / times.length / 1024, pages: walk ? pages : null });
  }
  let peak = null;
  try { peak = Number(/VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${server.pid}/status`, 'utf8'))[1]) / 1024; } catch { /* not Linux */ }

  const w = Math.max(...rows.map((r) => r.name.length));
  const f = (x) => x.toFixed(1).padStart(8);
  console.log(`\n${n} documents; per endpoint one cold request, then up to ${perEndpoint} sequential requests (at most ${budgetMs / 1000} s); times in ms`);
  console.log(`${'endpoint'.padEnd(w)}  requests    first      p50      p95      max   KB/resp`);
  for (const r of rows) console.log(`${r.name.padEnd(w)}  ${String(r.n).padStart(8)} ${f(r.first)} ${f(r.p50)} ${f(r.p95)} ${f(r.max)} ${r.kb.toFixed(1).padStart(9)}${r.pages ? `  (${r.pages} pages walked, wrapping at the end)` : ''}`);
  if (peak) console.log(`server peak RSS ${peak.toFixed(0)} MB`);
} finally {
  cleanup();
}

/** Whether the PostgreSQL store at url holds documents already. */
async function hasDocuments(url) {
  const { SyncPg } = await import('../dist/store/postgres/sync-client.js');
  const pg = new SyncPg(url);
  try { return !!pg.one("SELECT to_regclass('documents') AS t").t && !!pg.one('SELECT 1 AS one FROM documents LIMIT 1'); } finally { pg.close(); }
}
