import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import type { Hono } from 'hono';
import { SqliteStore } from '../../src/store/sqlite/sqlite-store.js';
import { createApp } from '../../src/server/app.js';
import { DEFAULT_WEB_DIR } from '../../src/server/web.js';

/** The dashboard's files as the server sends them (the built web/dist; `npm test` builds it first). */

let dir: string;
let store: SqliteStore;
let app: Hono;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'sitrep-webfiles-'));
  store = new SqliteStore(join(dir, 'x.db'));
  app = createApp(store, { log: () => undefined });
});
afterAll(() => { store.close(); rmSync(dir, { recursive: true, force: true }); });

describe('dashboard files', () => {
  it('index.html is revalidated on each visit, assets are cached for a year, shapes for a day', async () => {
    const index = await app.request('/');
    expect(index.status).toBe(200);
    expect(index.headers.get('content-type')).toMatch(/^text\/html/);
    expect(index.headers.get('cache-control')).toBe('no-cache');
    const html = await index.text();
    expect(html).toBe(readFileSync(join(DEFAULT_WEB_DIR, 'index.html'), 'utf8'));
    for (const m of html.matchAll(/(?:src|href)="(\/assets\/[^"]+)"/g)) {
      const r = await app.request(m[1]);
      expect(r.status, m[1]).toBe(200);
      expect(r.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    }
    const shapes = await app.request('/geo/countries-110m.json');
    expect(shapes.headers.get('cache-control')).toBe('public, max-age=86400');
    expect((await shapes.json()).type).toBe('Topology');
    // The API keeps answering uncached.
    expect((await app.request('/api/claims')).headers.get('cache-control')).toBe('no-store');
  });

  it('sends the gzip twin only to a browser that accepts gzip', async () => {
    const plain = await app.request('/geo/admin1/UA.json');
    const gz = await app.request('/geo/admin1/UA.json', { headers: { 'Accept-Encoding': 'gzip, br' } });
    expect(plain.headers.get('content-encoding')).toBeNull();
    expect(gz.headers.get('content-encoding')).toBe('gzip');
    const body = Buffer.from(await gz.arrayBuffer());
    expect(gunzipSync(body).toString('utf8')).toBe(await plain.text());
    expect(body.length).toBeLessThan(Buffer.byteLength(await (await app.request('/geo/admin1/UA.json')).text()));
  });

  it('answers 404 with a problem for unknown files and paths that try to leave the folder', async () => {
    for (const p of ['/assets/nope.js', '/geo/..%2F..%2Fpackage.json', '/geo/admin1/.hidden', '/assets/%2e%2e/%2e%2e/package.json', '/geo/%2e%2e/%2e%2e/web/build.mjs']) {
      const r = await app.request(p);
      expect(r.status, p).toBe(404);
      expect(r.headers.get('content-type')).toMatch(/problem\+json/);
    }
  });

  it('says how to build the dashboard when it is missing, and serves the API only when told to', async () => {
    const empty = join(dir, 'empty');
    mkdirSync(empty);
    const r = await createApp(store, { web: empty, log: () => undefined }).request('/');
    expect(r.status).toBe(404);
    expect((await r.json()).detail).toMatch(/dashboard is not built .*npm run build:web/);
    writeFileSync(join(empty, 'index.html'), '<!doctype html><title>x</title>');
    expect((await createApp(store, { web: empty, log: () => undefined }).request('/')).status).toBe(200);
    expect((await createApp(store, { web: null, log: () => undefined }).request('/')).status).toBe(404);
  });
});
