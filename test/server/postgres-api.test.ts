import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Hono } from 'hono';
import { SqliteStore } from '../../src/store/sqlite/sqlite-store.js';
import { PostgresStore } from '../../src/store/postgres/postgres-store.js';
import { ingestPaths } from '../../src/ingest/run.js';
import { DEMO_CORPUS } from '../../src/cli/demo.js';
import { createApp } from '../../src/server/app.js';
import { pgDatabase, withPostgres } from '../pg.js';

/** The API on a PostgreSQL store answers what it answers on a SQLite store with the same documents. */
withPostgres('the API on PostgreSQL', () => {
  let dir: string;
  let lite: SqliteStore;
  let pg: PostgresStore;
  let apps: { lite: Hono; pg: Hono };

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'sitrep-pg-api-'));
    lite = new SqliteStore(join(dir, 'api.db'));
    pg = new PostgresStore(pgDatabase());
    for (const s of [lite, pg]) expect((await ingestPaths(s, [DEMO_CORPUS])).failed).toBe(0);
    apps = { lite: createApp(lite, { log: () => undefined }), pg: createApp(pg, { log: () => undefined }) };
  }, 120_000);
  afterAll(() => { lite?.close(); pg?.close(); rmSync(dir, { recursive: true, force: true }); });

  const both = async (path: string) => {
    const [a, b] = await Promise.all([apps.lite.request(path), apps.pg.request(path)]);
    return { lite: { status: a.status, body: await a.json() }, pg: { status: b.status, body: await b.json() } };
  };

  /** Every page of a list, following next_cursor. */
  async function walk(app: Hono, path: string, limit: number): Promise<unknown[]> {
    const items: unknown[] = [];
    let cursor: string | null = null;
    const sep = path.includes('?') ? '&' : '?';
    do {
      const res = await app.request(`${path}${sep}limit=${limit}${cursor ? `&cursor=${cursor}` : ''}`);
      expect(res.status).toBe(200);
      const page = await res.json() as { items: unknown[]; next_cursor: string | null };
      items.push(...page.items);
      cursor = page.next_cursor;
    } while (cursor);
    return items;
  }

  describe('the API on PostgreSQL', () => {
    for (const path of ['/api/documents', '/api/claims', '/api/claims?side=ua', '/api/claims?region=kharkiv&as_of=2025-06-09', '/api/claims?as_of=2025-06-09&status=unverified', '/api/events',
      '/api/events?country=UA&since=2025-06-07&until=2025-06-09', '/api/events/points', '/api/events/points?type=strike&since=2025-06-08',
      '/api/events/points?country=ua&region=kharkiv', '/api/places', '/api/places?country=ua', '/api/brief?since=2025-06-07&until=2025-06-10']) {
      it(`${path}: the same answer as on SQLite`, async () => {
        const r = await both(path);
        expect(r.pg.status).toBe(200);
        expect(r.pg.body).toEqual(r.lite.body);
      });
    }

    it('pages walk the same lists, page by page, on both', async () => {
      for (const path of ['/api/documents', '/api/claims', '/api/events', '/api/places']) {
        const [a, b] = [await walk(apps.lite, path, 7), await walk(apps.pg, path, 7)];
        expect(b.length).toBeGreaterThan(7);
        expect(b).toEqual(a);
      }
    });

    it('search pages through every hit once, and finds the documents SQLite finds', async () => {
      const hits = (await walk(apps.pg, '/api/search?q=kharkiv', 2)) as { id: string; snippet: string }[];
      expect(new Set(hits.map((h) => h.id)).size).toBe(hits.length);
      const lite = (await walk(apps.lite, '/api/search?q=kharkiv', 50)) as { id: string }[];
      expect(new Set(hits.map((h) => h.id))).toEqual(new Set(lite.map((h) => h.id)));
      expect(hits[0].snippet).toMatch(/\[kharkiv\]/i);
    });

    it('a search matching more documents than it ranks pages through the newest of them, each once', async () => {
      const few = new PostgresStore(pg.url, { rankedCandidates: 3 });
      try {
        const app = createApp(few, { log: () => undefined });
        const hits = (await walk(app, '/api/search?q=kharkiv', 2)) as { id: string; published: string }[];
        const all = (await walk(apps.pg, '/api/search?q=kharkiv', 50)) as { id: string; published: string }[];
        expect(all.length).toBeGreaterThan(3);
        expect(hits).toHaveLength(3);
        expect(new Set(hits.map((h) => h.id)).size).toBe(3);
        const newest = all.map((h) => h.published ?? '').sort().reverse().slice(0, 3);
        expect(hits.map((h) => h.published ?? '').sort().reverse()).toEqual(newest);
      } finally { few.close(); }
    });

    it('one document, a fused claim with its explanation, a fused event, documents\' fused records: the same', async () => {
      const docs = (await both('/api/documents?limit=3')).lite.body.items as { id: string }[];
      const claims = (await both('/api/claims?limit=1')).lite.body.items as { id: string }[];
      const events = (await both('/api/events?limit=1')).lite.body.items as { id: string }[];
      for (const path of [`/api/documents/${docs[0].id}`, `/api/claims/${claims[0].id}`, `/api/claims/${claims[0].id}/explain`, `/api/events/${events[0].id}`,
        ...docs.map((d) => `/api/documents/${d.id}/fused`)]) {
        const r = await both(path);
        expect(r.pg.status).toBe(200);
        expect(r.pg.body).toEqual(r.lite.body);
      }
    });

    it('a document posted to the API is stored in PostgreSQL and fused', async () => {
      const before = pg.count();
      const res = await apps.pg.request('/api/documents', { method: 'POST', headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ id: 'pg-post', outlet: 'Suspilne', published: '2025-06-12', text: 'A drone hit a warehouse in Kremenchuk on Thursday, injuring two workers, the mayor said.' }) });
      expect(res.status).toBeLessThan(300);
      expect(pg.count()).toBe(before + 1);
      expect(pg.fusedEvents({ limit: 1000 }).some((e) => e.place?.name === 'Kremenchuk')).toBe(true);
    });
  });
});
