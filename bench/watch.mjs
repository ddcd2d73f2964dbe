// `sitrep watch` over 50 local feeds (issue #16): a loopback server publishes new items now and then, the
// watcher polls each feed on its interval with the real clock and real HTTP. Goal: every new item ingested
// exactly once; one request per feed per interval (304s counted).
// node bench/watch.mjs [minutes=10] [interval seconds=60] [feeds=50]   (needs the build in dist/)
import { createServer } from 'node:http';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SqliteStore } from '../dist/store/sqlite/sqlite-store.js';
import { Watcher } from '../dist/watch/watcher.js';

const minutes = Number(process.argv[2] ?? 10);
const everyS = Number(process.argv[3] ?? 60);
const FEEDS = Number(process.argv[4] ?? 50);
const PLACES = ['Kharkiv', 'Sumy', 'Odesa', 'Kherson', 'Dnipro', 'Poltava', 'Zaporizhzhia', 'Mykolaiv'];
const start = Date.now();

// Feed f holds items 0..count-1; every few seconds one random feed publishes a new item (ETag changes with it).
const feeds = Array.from({ length: FEEDS }, () => ({ count: 2, requests: 0, notModified: 0 }));
const item = (f, n) => `<item><title>Feed ${f} report ${n}</title><link>https://feed${f}.example/r/${n}</link><guid>f${f}-${n}</guid>`
  + `<pubDate>${new Date(Date.UTC(2025, 5, 9, 6, 0, n)).toUTCString()}</pubDate><description>Russian drones struck ${PLACES[(f + n) % PLACES.length]} overnight, `
  + `injuring ${n + 1} people, the regional governor said in report ${n} of feed ${f}.</description></item>`;
const server = createServer((req, res) => {
  const f = Number(/^\/feed(\d+)\.xml$/.exec(req.url ?? '')?.[1] ?? -1);
  if (req.url === '/robots.txt') { res.end('User-agent: *\nAllow: /\n'); return; }
  if (!feeds[f]) { res.statusCode = 404; res.end(); return; }
  const feed = feeds[f];
  feed.requests++;
  const etag = `"${f}-${feed.count}"`;
  if (req.headers['if-none-match'] === etag) { feed.notModified++; res.statusCode = 304; res.end(); return; }
  res.setHeader('Content-Type', 'application/rss+xml');
  res.setHeader('ETag', etag);
  res.end(`<?xml version="1.0"?><rss version="2.0"><channel><title>Feed ${f}</title>${Array.from({ length: feed.count }, (_, n) => item(f, n)).join('')}</channel></rss>`);
});
await new Promise((r) => server.listen(0, '127.0.0.1', r));
const base = `http://127.0.0.1:${server.address().port}`;
const publisher = setInterval(() => { feeds[Math.floor(Math.random() * FEEDS)].count++; }, 3000);

const dir = mkdtempSync(join(tmpdir(), 'sitrep-watch-bench-'));
const store = new SqliteStore(join(dir, 'watch.db'));
// All feeds share one host here (loopback), so the per-host gap is shortened to fit 50 feeds into an interval.
const w = new Watcher(store, { hostGapMs: Math.floor((everyS * 1000) / (FEEDS * 2)) });
for (let f = 0; f < FEEDS; f++) w.sources.add(`${base}/feed${f}.xml`, `feed${f}`, everyS, Date.now());
const ac = new AbortController();
// Publishing stops an interval and a half before the end, so every item has a poll after it to be found by.
setTimeout(() => clearInterval(publisher), Math.max(0, minutes * 60_000 - everyS * 1500));
setTimeout(() => ac.abort(), minutes * 60_000);
await w.run(ac.signal);

const published = feeds.reduce((k, f) => k + f.count, 0);
const stored = store.db.prepare('SELECT count(*) AS n, count(DISTINCT key) AS k FROM documents').get();
const sources = w.sources.list();
const requests = feeds.reduce((k, f) => k + f.requests, 0);
const notModified = feeds.reduce((k, f) => k + f.notModified, 0);
const intervals = (Date.now() - start) / 1000 / everyS;
const perFeed = feeds.map((f) => f.requests / intervals);
console.log(`${FEEDS} feeds, ${minutes} min, every ${everyS} s: ${published} items published, ${stored.n} documents stored (${stored.k} distinct), `
  + `${published - stored.k} missing, ${stored.n - stored.k} stored twice`);
console.log(`requests ${requests} (${notModified} answered 304); per feed per interval: mean ${(requests / FEEDS / intervals).toFixed(2)}, `
  + `max ${Math.max(...perFeed).toFixed(2)}; errors ${sources.filter((s) => s.lastError).length}`);
const items = sources.reduce((k, s) => k + s.itemsNew, 0);
console.log(`sources list counts ${items} new items`);
store.close();
server.close();
rmSync(dir, { recursive: true, force: true });
