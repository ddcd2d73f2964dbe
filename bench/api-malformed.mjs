// Malformed requests to POST /api/documents (issue #16): fuzzed bodies of every reader's kind sent with every
// content type the API takes (and some it does not), odd query strings and methods. Goal: no 5xx in 10,000.
// node bench/api-malformed.mjs [N]   (needs the build in dist/; in process, through the app's fetch handler)
import fc from 'fast-check';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { malformedRequests } from './fuzz-inputs.mjs';
import { SqliteStore } from '../dist/store/sqlite/sqlite-store.js';
import { createApp } from '../dist/server/app.js';

const n = Number(process.argv[2] ?? 10_000);
const dir = mkdtempSync(join(tmpdir(), 'sitrep-api-fuzz-'));
const store = new SqliteStore(join(dir, 'fuzz.db'));
const app = createApp(store, { log: () => undefined, maxBodyBytes: 2 * 1024 * 1024 });
const byStatus = new Map();
let fivexx = 0, notProblem = 0, slowest = 0;
const t0 = performance.now();
for (const r of fc.sample(malformedRequests(), { numRuns: n, seed: 1617 })) {
  const t = performance.now();
  const res = await app.request(`/api/documents${r.query}`, { method: r.method, body: r.method === 'POST' ? r.body : undefined, headers: r.headers });
  const ms = performance.now() - t;
  slowest = Math.max(slowest, ms);
  if (ms > 2000 && process.env.DUMP) (await import("node:fs")).writeFileSync(`${process.env.DUMP}/slow-${Math.round(ms)}.txt`, r.body);
  if (ms > 2000) console.log(`  slow ${ms.toFixed(0)} ms: ${res.status} ${r.method} ${JSON.stringify(r.headers)} ${r.body.length} chars ${JSON.stringify(r.body.slice(0, 80))}`);
  byStatus.set(res.status, (byStatus.get(res.status) ?? 0) + 1);
  if (res.status >= 500) { fivexx++; if (fivexx <= 3) console.log(`  ${res.status}: ${r.method} ${JSON.stringify(r.headers)} ${JSON.stringify(r.body.slice(0, 100))}`); }
  if (res.status >= 400 && !(res.headers.get('content-type') ?? '').includes('problem+json')) notProblem++;
  await res.arrayBuffer();
}
console.log(`${n} requests in ${((performance.now() - t0) / 1000).toFixed(1)} s: ${fivexx} 5xx, ${notProblem} errors not problem+json, slowest ${slowest.toFixed(0)} ms`);
console.log(`by status: ${[...byStatus].sort((a, b) => a[0] - b[0]).map(([s, k]) => `${s}×${k}`).join(', ')}`);
store.close();
rmSync(dir, { recursive: true, force: true });
