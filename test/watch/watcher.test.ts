import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SqliteStore } from '../../src/store/sqlite/sqlite-store.js';
import { PostgresStore } from '../../src/store/postgres/postgres-store.js';
import type { Store } from '../../src/store/store.js';
import { pgDatabase, withPostgres } from '../pg.js';
import { Watcher, type Clock } from '../../src/watch/watcher.js';
import { fetchUrl } from '../../src/ingest/fetch.js';
import { readUrl } from '../../src/ingest/url-source.js';

/**
 * The watcher against a real HTTP server on 127.0.0.1, started here. Only time is simulated: the clock and
 * sleep are injected, so back-off, Retry-After and host gaps are checked to the millisecond without waiting.
 */
type Handler = (req: IncomingMessage, res: ServerResponse) => void;
const routes = new Map<string, Handler>();
const hits: { path: string; at: number; headers: IncomingMessage['headers'] }[] = [];
let server: Server;
let base: string;
let clockNow = 0;
const clock: Clock = { now: () => clockNow, sleep: async (ms) => { clockNow += ms; } };

beforeAll(async () => {
  server = createServer((req, res) => {
    hits.push({ path: req.url ?? '', at: clockNow, headers: req.headers });
    const h = routes.get(req.url ?? '');
    if (h) h(req, res); else { res.statusCode = 404; res.end('not here'); }
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => { server.closeAllConnections(); await new Promise((r) => server.close(r)); });

const item = (n: number) => `<item><title>Night report ${n}</title><link>https://wire.example/r/${n}</link><guid>r-${n}</guid><pubDate>Mon, 09 Jun 2025 0${n}:00:00 GMT</pubDate>
<description>Russian drones struck Kharkiv overnight, injuring ${n + 1} people, regional governor Oleh Syniehubov said in report ${n}.</description></item>`;
const rss = (ns: number[]) => `<?xml version="1.0"?><rss version="2.0"><channel><title>Loopback Wire</title>${ns.map(item).join('')}</channel></rss>`;
/** A feed with an ETag, answering 304 to a matching If-None-Match. */
const feed = (ns: number[], etag: string): Handler => (req, res) => {
  if (req.headers['if-none-match'] === etag) { res.statusCode = 304; res.end(); return; }
  res.setHeader('Content-Type', 'application/rss+xml'); res.setHeader('ETag', etag); res.end(rss(ns));
};

const watcher = (s: Store) => new Watcher(s, { clock, random: () => 0.5, hostGapMs: 1000, fetch: { timeoutMs: 1500 } });
let dir: string;
let store: Store;
let w: Watcher;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'sitrep-watch-'));
  store = new SqliteStore(join(dir, 'w.db'));
  routes.clear();
  hits.length = 0;
  clockNow = 1_750_000_000_000;
  w = watcher(store);
  routes.set('/robots.txt', (_q, r) => { r.setHeader('Content-Type', 'text/plain'); r.end('User-agent: *\nDisallow: /private/\n'); });
});
const done = () => { store.close(); rmSync(dir, { recursive: true, force: true }); };

/** The watcher's behaviour, on a SQLite store and on a PostgreSQL one (sources kept in the store either way). */
const watcherSuite = (backend: string, open?: () => Store) => describe(`sitrep watch against a local server (${backend})`, () => {
  if (open) beforeEach(() => { store.close(); store = open(); w = watcher(store); });
  it('ingests a feed once, asks conditionally (304), and picks up only the new item when it changes', async () => {
    routes.set('/feed.xml', feed([1, 2], '"v1"'));
    const s = w.sources.add(`${base}/feed.xml`, 'loop', 60, clockNow);
    let [r] = await w.pollDue();
    expect(r.outcome).toBe('new');
    expect(r.newDocuments).toBe(2);
    expect(hits.find((h) => h.path === '/feed.xml')!.headers['user-agent']).toMatch(/^sitrep\//);
    // Not due yet: nothing is requested.
    expect(await w.pollDue()).toEqual([]);
    clockNow += 60_000;
    [r] = await w.pollDue();
    expect(r.outcome).toBe('not-modified');
    expect(hits.at(-1)!.headers['if-none-match']).toBe('"v1"');
    routes.set('/feed.xml', feed([1, 2, 3], '"v2"'));
    clockNow += 60_000;
    [r] = await w.pollDue();
    expect(r).toMatchObject({ outcome: 'new', newDocuments: 1 });
    expect(store.count()).toBe(3);
    expect(w.sources.get(s.id)).toMatchObject({ itemsNew: 3, requests: 3, etag: '"v2"', failures: 0, lastError: null, kind: 'feed' });
    expect(store.fusedEvents({ limit: 10 }).length).toBeGreaterThan(0);
    done();
  });

  it('429 with Retry-After: backs off at least that long and keeps its last good state', async () => {
    routes.set('/feed.xml', feed([1], '"a"'));
    const s = w.sources.add(`${base}/feed.xml`, null, 60, clockNow);
    await w.pollDue();
    routes.set('/feed.xml', (_q, res) => { res.statusCode = 429; res.setHeader('Retry-After', '300'); res.end('slow down'); });
    clockNow += 60_000;
    const t = clockNow;
    const [r] = await w.pollDue();
    expect(r.outcome).toBe('error');
    expect(r.error).toMatch(/HTTP 429/);
    const after = w.sources.get(s.id)!;
    expect(after.nextAt - t).toBeGreaterThanOrEqual(300_000);
    expect(after).toMatchObject({ etag: '"a"', kind: 'feed', failures: 1, lastStatus: 429 });
    clockNow += 200_000;
    expect(await w.pollDue()).toEqual([]); // Retry-After honoured
    // 503 twice more: the wait grows (equal jitter with random = 0.5: 3/4 of interval × 2^failures).
    routes.set('/feed.xml', (_q, res) => { res.statusCode = 503; res.end(); });
    clockNow = after.nextAt;
    await w.pollDue();
    const third = w.sources.get(s.id)!;
    expect(third.failures).toBe(2);
    expect(third.nextAt - clockNow).toBe(0.75 * 60_000 * 4);
    expect(store.count()).toBe(1);
    done();
  });

  it('a slow server times out; a redirect loop is named; both are errors in the source list', async () => {
    routes.set('/slow', (_q, res) => { setTimeout(() => { if (!res.destroyed) res.end(rss([1])); }, 4000); });
    routes.set('/a', (_q, res) => { res.statusCode = 302; res.setHeader('Location', '/b'); res.end(); });
    routes.set('/b', (_q, res) => { res.statusCode = 301; res.setHeader('Location', `${base}/a`); res.end(); });
    const slow = w.sources.add(`${base}/slow`, 'slow', 60, clockNow);
    const loop = w.sources.add(`${base}/a`, 'loop', 60, clockNow);
    await w.pollDue();
    expect(w.sources.get(slow.id)!.lastError).toMatch(/no answer within 1.5 s/);
    expect(w.sources.get(loop.id)!.lastError).toMatch(/redirect loop/);
    expect(hits.filter((h) => h.path === '/a' || h.path === '/b')).toHaveLength(2);
    done();
  });

  it('a feed that turns into an HTML page is an error, and nothing is ingested from the page', async () => {
    routes.set('/feed.xml', feed([1, 2], '"x"'));
    const s = w.sources.add(`${base}/feed.xml`, null, 60, clockNow);
    await w.pollDue();
    routes.set('/feed.xml', (_q, res) => {
      res.setHeader('Content-Type', 'text/html');
      res.end(`<html><head><title>Parked</title></head><body><article>${'<p>This domain is for sale. Contact the owner for details about the price and the transfer of this domain name.</p>'.repeat(4)}</article></body></html>`);
    });
    clockNow += 60_000;
    const [r] = await w.pollDue();
    expect(r.error).toBe('was a feed, now answers with an HTML page');
    expect(store.count()).toBe(2);
    expect(w.sources.get(s.id)).toMatchObject({ kind: 'feed', etag: '"x"', failures: 1 });
    done();
  });

  it('pages obey robots.txt; requests to one host keep the host gap', async () => {
    routes.set('/private/page.html', (_q, res) => { res.setHeader('Content-Type', 'text/html'); res.end('<html><body><p>x</p></body></html>'); });
    routes.set('/f1.xml', feed([1], '"1"'));
    routes.set('/f2.xml', feed([2], '"2"'));
    const p = w.sources.add(`${base}/private/page.html`, null, 3600, clockNow);
    w.sources.add(`${base}/f1.xml`, null, 3600, clockNow);
    w.sources.add(`${base}/f2.xml`, null, 3600, clockNow);
    await w.pollDue();
    expect(w.sources.get(p.id)!.lastError).toBe('disallowed by robots.txt');
    expect(hits.some((h) => h.path.startsWith('/private'))).toBe(false);
    const times = hits.map((h) => h.at);
    for (let i = 1; i < times.length; i++) expect(times[i] - times[i - 1]).toBeGreaterThanOrEqual(1000);
    done();
  });
});

watcherSuite('SQLite');
withPostgres('the watcher on PostgreSQL', () => watcherSuite('PostgreSQL', () => new PostgresStore(pgDatabase())));

describe('one fetch (sitrep ingest URL)', () => {
  it('follows a redirect, keeps the requested URL on a page, and caps the size', async () => {
    routes.set('/go', (_q, res) => { res.statusCode = 302; res.setHeader('Location', '/story.html'); res.end(); });
    routes.set('/story.html', (_q, res) => {
      res.setHeader('Content-Type', 'text/html; charset=utf-8');
      res.end(`<html><head><title>Bridge hit</title></head><body><article><p>${'A missile damaged a road bridge near Kupiansk on Monday, the Kharkiv regional governor said. '.repeat(4)}</p></article></body></html>`);
    });
    const items = [];
    for await (const it of readUrl(`${base}/go`)) items.push(it);
    expect(items).toHaveLength(1);
    expect(items[0].ok && items[0].article.url).toBe(`${base}/go`);
    await expect(fetchUrl(`${base}/story.html`, { maxBytes: 100 })).rejects.toThrow(/too large/);
    await expect(fetchUrl(`${base}/go`, { maxRedirects: 0 })).rejects.toThrow(/more than 0 redirects/);
    const missing = [];
    for await (const it of readUrl(`${base}/nothing`)) missing.push(it);
    expect(missing).toEqual([{ ok: false, origin: `${base}/nothing`, reason: 'HTTP 404 Not Found' }]);
    done();
  });
});

describe('sitrep serve --watch', () => {
  it('polls the stored sources inside the server: their items appear in the API', async () => {
    const { spawn } = await import('node:child_process');
    const { fileURLToPath } = await import('node:url');
    const { dirname } = await import('node:path');
    routes.set('/feed.xml', feed([1, 2], '"s"'));
    routes.set('/robots.txt', (_q, r) => { r.end('User-agent: *\nAllow: /\n'); });
    const d = mkdtempSync(join(tmpdir(), 'sitrep-serve-watch-'));
    const db = join(d, 's.db');
    const s = new SqliteStore(db);
    new Watcher(s).sources.add(`${base}/feed.xml`, 'loop', 3600, Date.now());
    s.close();
    const bin = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'bin', 'sitrep.js');
    const child = spawn(process.execPath, [bin, '--db', db, 'serve', '--port', '0', '--watch'], { stdio: ['ignore', 'pipe', 'pipe'] });
    try {
      const url = await new Promise<string>((resolve, reject) => {
        child.stdout.on('data', (b: Buffer) => { const m = /listening on (\S+)/.exec(b.toString()); if (m) resolve(m[1]); });
        child.on('exit', () => reject(new Error('serve exited')));
      });
      let n = 0;
      for (let i = 0; i < 100 && n < 2; i++) {
        await new Promise((r) => setTimeout(r, 100));
        n = ((await (await fetch(`${url}/api/documents`)).json()) as { items: unknown[] }).items.length;
      }
      expect(n).toBe(2);
    } finally {
      child.kill('SIGTERM');
      await new Promise((r) => child.on('exit', r));
      rmSync(d, { recursive: true, force: true });
      done();
    }
  }, 30_000);

  it('sitrep sources add / list / remove and watch --once: a failing feed shows its error in the list', async () => {
    const { spawnSync } = await import('node:child_process');
    const { fileURLToPath } = await import('node:url');
    const { dirname } = await import('node:path');
    const bin = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'bin', 'sitrep.js');
    const db = join(dir, 'cli.db');
    // spawnSync blocks this thread, so the server here cannot answer: the CLI is pointed at a closed port instead.
    const probe = createServer();
    await new Promise<void>((r) => probe.listen(0, '127.0.0.1', r));
    const port = (probe.address() as AddressInfo).port;
    await new Promise((r) => probe.close(r));
    const dead = `http://127.0.0.1:${port}/feed.xml`;
    const run = (...a: string[]) => spawnSync(process.execPath, [bin, '--db', db, ...a], { encoding: 'utf8' });
    expect(run('sources', 'add', dead, '--name', 'dead', '--every', '10s').stderr).toMatch(/at least 60s/);
    expect(run('sources', 'add', dead, '--name', 'dead', '--every', 'soon').stderr).toMatch(/--every must be a duration/);
    expect(run('sources', 'add', dead, '--name', 'dead', '--every', '2h').stdout).toMatch(/dead .*every 2h .*not polled yet/);
    const once = run('watch', '--once', '--quiet');
    expect(once.status).toBe(1);
    expect(once.stdout).toMatch(/1 polled, 0 new documents, 1 failed/);
    expect(run('sources', 'list').stdout).toMatch(/ERROR robots.txt unavailable \(cannot fetch: ECONNREFUSED\).*1 in a row; last good never/);
    expect(run('sources', 'remove', 'dead').stdout).toMatch(/removed 1/);
    expect(run('sources', 'list').stdout).toMatch(/no sources/);
    done();
  });
});
