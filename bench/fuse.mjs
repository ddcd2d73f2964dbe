// Fusion cost (issue #5): fusing a store of N documents from scratch, and adding one document to it
// (incremental: only the blocks and speakers it touches are re-fused). Usage: node bench/fuse.mjs [N]
import { writeFileSync, mkdtempSync, rmSync, readFileSync, readdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { makeCorpus } from './corpus.mjs';
import { SqliteStore } from '../dist/store/sqlite/sqlite-store.js';
import { ingestPaths } from '../dist/ingest/run.js';
import { updateFusion } from '../dist/fuse/update.js';

const n = Number(process.argv[2] ?? 10000);
const dir = mkdtempSync(join(tmpdir(), 'sitrep-fuse-'));
const corpus = await makeCorpus(n + 1);
writeFileSync(join(dir, 'all.jsonl'), corpus.slice(0, n).map((o) => JSON.stringify(o)).join('\n'));
// The added document is a typical single-story article (one of ours from the demo corpus, re-dated into the
// corpus' year); a generated article mixes forty unrelated stories and touches far more of the store.
const demo = readFileSync(join(dirname(fileURLToPath(import.meta.url)), '..', 'demo', 'corpus', '2025-06-10_suspilne_odesa-residential-strike.md'), 'utf8');
writeFileSync(join(dir, 'one.json'), JSON.stringify({ id: 'one', outlet: 'Suspilne', title: 'Odesa strike', published: '2025-06-10', text: demo.replace(/^---[\s\S]*?---\n/, '') }));
writeFileSync(join(dir, 'one-generated.json'), JSON.stringify({ ...corpus[n], published: '2025-06-15' }));
const store = new SqliteStore(join(dir, 'f.db'));
let t = Date.now();
await ingestPaths(store, [join(dir, 'all.jsonl')], { fuse: false });
console.log(`ingest without fusion: ${n} documents in ${((Date.now() - t) / 1000).toFixed(1)} s`);
store.markFusionStale();
t = Date.now();
updateFusion(store, []);
console.log(`full fusion of ${n} documents: ${((Date.now() - t) / 1000).toFixed(1)} s (${store.fusedEvents({ limit: 1e9 }).length} events, ${store.fusedClaims({ limit: 1e9 }).length} claims)`);
t = Date.now();
const s = await ingestPaths(store, [join(dir, 'one.json')]);
console.log(`adding one single-story article (extract + store + incremental fusion): ${Date.now() - t} ms (${s.new} new)`);
t = Date.now();
await ingestPaths(store, [join(dir, 'one-generated.json')]);
console.log(`adding one generated forty-story article: ${Date.now() - t} ms`);
// A typical day's arrivals are not all single-story: add each of a dozen demo-corpus articles (digests, statements,
// wire stories) one at a time and report the spread.
const demoDir = join(dirname(fileURLToPath(import.meta.url)), '..', 'demo', 'corpus');
const times = [];
for (const [i, f] of readdirSync(demoDir).filter((x) => /\.(md|txt)$/.test(x)).slice(0, 12).entries()) {
  const text = readFileSync(join(demoDir, f), 'utf8').replace(/^---[\s\S]*?---\n/, '');
  writeFileSync(join(dir, `d${i}.json`), JSON.stringify({ id: `d${i}`, outlet: `Outlet ${i}`, title: f, published: `2025-06-${String(8 + (i % 5)).padStart(2, '0')}`, text }));
  t = Date.now();
  await ingestPaths(store, [join(dir, `d${i}.json`)]);
  times.push(Date.now() - t);
}
times.sort((a, b) => a - b);
console.log(`adding a dozen demo-corpus articles one by one: median ${times[times.length >> 1]} ms, fastest ${times[0]} ms, slowest ${times[times.length - 1]} ms`);
store.close();
rmSync(dir, { recursive: true, force: true });
