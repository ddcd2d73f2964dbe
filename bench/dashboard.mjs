// Dashboard timings in headless chromium (Debian's, via playwright-core) on a store of N generated articles:
// first paint and first data drawn at `/`, then interactions (type filter, timeline window, opening an
// incident, the claim board and an as-of change), each a median of a few runs; and the page's own JS+CSS size
// gzipped. `sitrep serve` runs as a second process on loopback.
//
//   node bench/dashboard.mjs [N=10000] [runs=5]
//   BENCH_DB=/tmp/dash-bench.db node bench/dashboard.mjs 10000   keeps the store and reuses it (skips ingest)
import { writeFileSync, mkdtempSync, rmSync, existsSync, readdirSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { spawn, spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { makeCorpus } from './corpus.mjs';

const n = Number(process.argv[2] ?? 10000);
const runs = Number(process.argv[3] ?? 5);
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const bin = join(root, 'bin', 'sitrep.js');
const dir = mkdtempSync(join(tmpdir(), 'sitrep-bench-dash-'));
const db = process.env.BENCH_DB ?? join(dir, 'bench.db');
const chromiumPath = process.env.SITREP_CHROMIUM ?? '/usr/bin/chromium';

let server = null;
let browser = null;
const cleanup = async () => {
  await browser?.close().catch(() => undefined);
  if (server && server.exitCode === null) server.kill('SIGTERM');
  rmSync(dir, { recursive: true, force: true });
};
const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s[Math.floor(s.length / 2)]; };
const fmt = (xs) => `median ${median(xs).toFixed(0)} ms (${Math.min(...xs).toFixed(0)}–${Math.max(...xs).toFixed(0)})`;

try {
  // The page's own code, as sent (gzip): what the < 600 KB goal counts. Map shapes are loaded per zoom level.
  const assets = join(root, 'web/dist/assets');
  if (!existsSync(assets)) throw new Error('web/dist is not built: run npm run build:web');
  const gz = readdirSync(assets).filter((f) => f.endsWith('.gz')).reduce((a, f) => a + statSync(join(assets, f)).size, 0);
  const shapes = ['countries-110m.json.gz', 'admin1/UA.json.gz'].map((f) => `${f.replace('.gz', '')} ${(statSync(join(root, 'web/dist/geo', f)).size / 1024).toFixed(0)} KB`);
  console.log(`page JS+CSS gzipped: ${(gz / 1024).toFixed(1)} KB (goal < 600 KB); shapes gzipped: ${shapes.join(', ')}`);

  if (process.env.BENCH_DB && existsSync(db)) console.log(`ingest: reusing ${db} (BENCH_DB)`);
  else {
    const file = join(dir, 'corpus.jsonl');
    writeFileSync(file, (await makeCorpus(n)).map((o) => JSON.stringify(o)).join('\n'));
    const t0 = Date.now();
    const ing = spawnSync(process.execPath, [bin, '--db', db, 'ingest', '--quiet', file], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    if (ing.status !== 0 && ing.status !== 1) throw new Error(`ingest failed (${ing.status}): ${ing.stderr.slice(-2000)}`);
    console.log(`ingest: ${ing.stdout.trim()} in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  }

  server = spawn(process.execPath, [bin, '--db', db, 'serve', '--port', '0', '--host', '127.0.0.1'], { stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  server.stderr.on('data', (d) => { stderr += d; });
  const base = await new Promise((resolve, reject) => {
    let out = '';
    server.stdout.on('data', (d) => { out += d; const m = /listening on (http:\/\/\S+)/.exec(out); if (m) resolve(m[1]); });
    server.once('exit', (code) => reject(new Error(`serve exited (${code}): ${stderr.slice(-2000)}`)));
    setTimeout(() => reject(new Error('serve did not start in 120 s')), 120_000);
  });
  const count = async (path) => { let k = 0; let c = null; do { const p = await (await fetch(`${base}${path}&limit=500${c ? `&cursor=${c}` : ''}`)).json(); k += p.items.length; c = p.next_cursor; } while (c); return k; };
  console.log(`store: ${n} documents, ${await count('/api/events?view=summary')} fused events, ${await count('/api/claims?view=summary')} fused claims`);
  await fetch(`${base}/api/places?limit=1`); // serve warms this itself; wait for it to be done

  browser = await chromium.launch({ executablePath: chromiumPath, args: ['--no-sandbox', '--disable-gpu'] });
  const times = { first: [], fcp: [], ready: [], filter: [], window: [], open: [], board: [], asOf: [], filterIn: [], windowIn: [], openIn: [] };
  for (let r = 0; r < runs; r++) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 860 } });
    const page = await context.newPage();
    await page.goto(`${base}/`);
    await page.waitForSelector('body[data-ready] .marker', { timeout: 120_000 });
    const paint = await page.evaluate(() => ({
      fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN,
      // Every incident on the map (the page marks it), and when the driver could see it (polled: after the
      // map's shapes, which are drawn next, let the page answer).
      drawn: performance.getEntriesByName('sitrep:incidents-drawn')[0]?.startTime ?? NaN,
      ready: performance.now(),
    }));
    times.first.push(paint.drawn);
    times.fcp.push(paint.fcp);
    times.ready.push(paint.ready);
    // An interaction: from the input event to the condition holding, measured inside the page.
    const timed = async (act, until) => {
      await page.evaluate(() => { window.__t0 = performance.now(); });
      await act();
      await page.waitForFunction(until, null, { polling: 'raf', timeout: 60_000 });
      return page.evaluate(() => performance.now() - window.__t0);
    };
    times.filter.push(await timed(() => page.selectOption('#f-type', 'strike'), () => location.hash.includes('type=strike') && !document.querySelector('.marker[data-type]:not([data-type="strike"])')));
    await page.selectOption('#f-type', '');
    const days = [...new Set(await page.$$eval('.timeline .bar', (bs) => bs.map((b) => b.getAttribute('data-day'))))].sort();
    const [since, until] = [days[Math.max(0, days.length - 7)], days[days.length - 1]];
    times.window.push(await timed(async () => { await page.fill('#since', since); await page.dispatchEvent('#since', 'change'); }, () => location.hash.includes('since=') && /^\d+ incident/.test(document.querySelector('.map-status')?.textContent ?? '')));
    const inView = await page.evaluate(() => {
      const box = document.querySelector('.map').getBoundingClientRect();
      return [...document.querySelectorAll('.marker:not(.cluster)')].find((el) => {
        const r = el.getBoundingClientRect();
        return r.left > box.left + 50 && r.right < box.right - 10 && r.top > box.top + 10 && r.bottom < box.bottom - 30;
      })?.getAttribute('data-id') ?? null;
    });
    const marker = page.locator(`.marker[data-id="${inView}"]`);
    if (inView) times.open.push(await timed(() => marker.click(), () => !!document.querySelector('.incident .source')));
    times.board.push(await timed(() => page.click('nav a[data-view="claims"]'), () => /^\d+ claims?/.test(document.querySelector('.board-status')?.textContent ?? '')));
    times.asOf.push(await timed(async () => { await page.fill('#as-of', since); await page.dispatchEvent('#as-of', 'change'); }, () => (document.querySelector('.board-status')?.textContent ?? '').includes('as of')));
    void until;
    // The same interactions timed inside the page, from the input event to the frame after the change is drawn
    // (no driver round trips): what a user waits.
    await page.evaluate(() => { location.hash = '#'; });
    await page.waitForFunction(() => !document.querySelector('.incident .source') && !!document.querySelector('.marker'));
    times.filterIn.push(await page.evaluate(async () => {
      const next = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
      const sel = document.querySelector('#f-type');
      const t0 = performance.now();
      sel.value = 'strike'; sel.dispatchEvent(new Event('change'));
      const rendered = () => (performance.getEntriesByName('sitrep:rendered').pop()?.startTime ?? 0) > t0;
      while (!rendered() || document.querySelector('.marker[data-type]:not([data-type="strike"])')) await next();
      const drawn = performance.getEntriesByName('sitrep:rendered').pop().startTime - t0;
      await next();
      return [drawn, performance.now() - t0];
    }));
    times.windowIn.push(await page.evaluate(async (day) => {
      const next = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
      const input = document.querySelector('#since');
      const t0 = performance.now();
      input.value = day; input.dispatchEvent(new Event('change'));
      const rendered = () => (performance.getEntriesByName('sitrep:rendered').pop()?.startTime ?? 0) > t0;
      while (!rendered() || !location.hash.includes('since=')) await next();
      const drawn = performance.getEntriesByName('sitrep:rendered').pop().startTime - t0;
      await next();
      return [drawn, performance.now() - t0];
    }, since));
    times.openIn.push(await page.evaluate(async () => {
      const next = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
      const m = document.querySelector('.marker:not(.cluster)');
      const t0 = performance.now();
      m.dispatchEvent(new MouseEvent('click', { bubbles: true }));
      while (!document.querySelector('.incident .source')) await next();
      const drawn = performance.now() - t0; // the panel is filled after the fetch, not in a render
      await next();
      return [drawn, performance.now() - t0];
    }));
    await context.close();
  }
  console.log(`first contentful paint: ${fmt(times.fcp)} (goal < 1500 ms)`);
  console.log(`all incidents drawn (one request to /api/events/points, marked in the page): ${fmt(times.first)}; seen by the driver (polled, after the map shapes): ${fmt(times.ready)}`);
  console.log(`driven by playwright (its round trips included): type filter: ${fmt(times.filter)}; window (since): ${fmt(times.window)}; open an incident: ${times.open.length ? fmt(times.open) : 'no single marker'} (goal < 150 ms)`);
  const pair = (xs) => `${fmt(xs.map((x) => x[0]))} to the DOM redrawn, ${fmt(xs.map((x) => x[1]))} to the frame after`;
  console.log(`the same inside the page (no driver): type filter ${pair(times.filterIn)}; window ${pair(times.windowIn)}; open an incident (fetch included) ${pair(times.openIn)}`);
  console.log(`claim board for the last 7 days' window, first load: ${fmt(times.board)}; as-of change (refetch): ${fmt(times.asOf)}`);
} finally {
  await cleanup();
}
