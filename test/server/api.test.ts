import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Hono } from 'hono';
import { SqliteStore } from '../../src/store/sqlite/sqlite-store.js';
import { ingestPaths } from '../../src/ingest/run.js';
import { DEMO_CORPUS } from '../../src/cli/demo.js';
import { createApp } from '../../src/server/app.js';
import { claimOn } from '../../src/server/pagination.js';
import { briefToJson, buildBrief } from '../../src/report/brief.js';
import { updateFusion } from '../../src/fuse/update.js';
import { AnalysisSchema, DocumentSummarySchema, EventPointsSchema, ExplainSchema, FusedClaimSchema, FusedEventSchema, PlaceSummarySchema, SearchHitSchema } from '../../src/server/schemas.js';
import type { FusedClaim, FusedEvent } from '../../src/fuse/fuse.js';
import type { DocumentSummary, SearchHit } from '../../src/store/store.js';
import type { PlaceSummary } from '../../src/server/pagination.js';

let dir: string;
let store: SqliteStore;
let app: Hono;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'sitrep-api-'));
  store = new SqliteStore(join(dir, 'api.db'));
  const s = await ingestPaths(store, [DEMO_CORPUS]);
  expect(s.failed).toBe(0);
  app = createApp(store, { log: () => undefined });
});
afterAll(() => { store.close(); rmSync(dir, { recursive: true, force: true }); });

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;
async function get(path: string): Promise<{ status: number; type: string | null; body: Json }> {
  const res = await app.request(path);
  const type = res.headers.get('content-type');
  return { status: res.status, type, body: type?.includes('json') ? await res.json() : await res.text() };
}
async function ok(path: string): Promise<Json> {
  const r = await get(path);
  if (r.status !== 200) throw new Error(`${path}: ${r.status} ${JSON.stringify(r.body)}`);
  return r.body;
}

/** Walks every page of a list; returns all items in order and the number of pages. */
async function walk<T>(path: string, limit: number, start: string | null = null): Promise<{ items: T[]; pages: number }> {
  const items: T[] = [];
  let cursor: string | null = start;
  let pages = 0;
  const sep = path.includes('?') ? '&' : '?';
  do {
    const body: { items: T[]; next_cursor: string | null } = await ok(`${path}${sep}limit=${limit}${cursor ? `&cursor=${cursor}` : ''}`);
    expect(body.items.length).toBeLessThanOrEqual(limit);
    if (body.next_cursor) expect(body.items.length).toBe(limit);
    items.push(...body.items);
    cursor = body.next_cursor;
    pages++;
    if (pages > 1000) throw new Error('runaway pagination');
  } while (cursor);
  return { items, pages };
}

const sortedBy = <T>(xs: T[], key: (x: T) => string, cmp: (a: string, b: string) => number = (a, b) => (a < b ? -1 : a > b ? 1 : 0)) =>
  xs.every((x, i) => i === 0 || cmp(key(xs[i - 1]), key(x)) <= 0);

describe('lists: pagination', () => {
  const lists: [string, (x: Json) => string][] = [
    ['/api/documents', (d: DocumentSummary) => d.id],
    ['/api/claims', (c: FusedClaim) => c.id],
    ['/api/events', (e: FusedEvent) => e.id],
    ['/api/places', (p: PlaceSummary) => p.key],
    ['/api/search?q=attack', (h: SearchHit) => h.id],
  ];

  it.each(lists)('%s: walking all pages gives every item once, in the one-page order', async (path, id) => {
    const sep = path.includes('?') ? '&' : '?';
    const all: Json[] = (await ok(`${path}${sep}limit=500`)).items;
    expect(all.length).toBeGreaterThan(3);
    for (const limit of [1, 2, 7, all.length, all.length + 1]) {
      const { items, pages } = await walk<Json>(path, limit);
      const ids = items.map(id);
      expect(new Set(ids).size).toBe(ids.length); // no duplicates
      expect(ids).toEqual(all.map(id)); // none missing, same order
      expect(pages).toBe(Math.max(1, Math.ceil(all.length / limit)));
    }
  });

  it('the order is stable and total: documents newest first, then by id', async () => {
    const docs: DocumentSummary[] = (await ok('/api/documents?limit=500')).items;
    expect(docs).toHaveLength(store.count());
    expect(sortedBy(docs, (d) => `${d.published ?? ''}`, (a, b) => (a > b ? -1 : a < b ? 1 : 0))).toBe(true);
    for (let i = 1; i < docs.length; i++) if (docs[i].published === docs[i - 1].published) expect(docs[i - 1].id < docs[i].id).toBe(true);
    expect(await ok('/api/documents?limit=500')).toEqual(await ok('/api/documents?limit=500'));
  });

  it('claims and events are in (date, id) order; places by documents, then key', async () => {
    const claims: FusedClaim[] = (await ok('/api/claims?limit=500')).items;
    expect(sortedBy(claims, (c) => `${c.firstReported ?? ''}\u0000${c.id}`)).toBe(true);
    const events: FusedEvent[] = (await ok('/api/events?limit=500')).items;
    expect(sortedBy(events, (e) => `${e.date?.start ?? ''}\u0000${e.id}`)).toBe(true);
    const places: PlaceSummary[] = (await ok('/api/places?limit=500')).items;
    for (let i = 1; i < places.length; i++) {
      const [a, b] = [places[i - 1], places[i]];
      expect(a.documents > b.documents || (a.documents === b.documents && a.key < b.key)).toBe(true);
    }
  });

  it('limit defaults to 50 and a walk with filters keeps them', async () => {
    const page = await ok('/api/claims');
    expect(page.items.length).toBe(Math.min(50, (await ok('/api/claims?limit=500')).items.length));
    const ua = await walk<FusedClaim>('/api/claims?side=UA', 3);
    expect(ua.items.length).toBeGreaterThan(3);
    expect(ua.items.every((c) => c.claimant.side === 'UA')).toBe(true);
  });

  it('a document stored in the middle of a walk does not disturb it (no duplicates, nothing skipped of what was there)', async () => {
    const before: string[] = (await ok('/api/documents?limit=500')).items.map((d: DocumentSummary) => d.id);
    const first = await ok('/api/documents?limit=5');
    const res = await app.request('/api/documents', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({
      url: 'https://example.test/walk/1', outlet: 'Walk Test Daily', title: 'Mid-walk report', published: '2025-06-09',
      text: 'Officials in Sumy said artillery fire damaged a school overnight. Nobody was hurt, the regional administration said.',
    }) });
    expect(res.status).toBe(201);
    // The cursor carries no limit, so the walk may go on with another page size.
    const rest = await walk<DocumentSummary>('/api/documents', 4, first.next_cursor);
    const ids = [...first.items.map((d: DocumentSummary) => d.id), ...rest.items.map((d) => d.id)];
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of before) expect(ids).toContain(id);
  });
});

describe('lists: filters', () => {
  it('documents: outlet (any case), since, until', async () => {
    const reuters: DocumentSummary[] = (await ok('/api/documents?outlet=reuters&limit=500')).items;
    expect(reuters.length).toBeGreaterThan(1);
    expect(reuters.every((d) => d.outlet === 'Reuters')).toBe(true);
    const mid: DocumentSummary[] = (await ok('/api/documents?since=2025-06-09&until=2025-06-10&limit=500')).items;
    expect(mid.length).toBeGreaterThan(0);
    expect(mid.every((d) => d.published! >= '2025-06-09' && d.published! <= '2025-06-10')).toBe(true);
    expect((await ok('/api/documents?outlet=No%20Such%20Outlet')).items).toEqual([]);
  });

  it('claims: status, side, claimant, since/until', async () => {
    const all: FusedClaim[] = (await ok('/api/claims?limit=500')).items;
    for (const status of ['disputed', 'unverified', 'confirmed']) {
      const got: FusedClaim[] = (await ok(`/api/claims?status=${status}&limit=500`)).items;
      expect(got.map((c) => c.id)).toEqual(all.filter((c) => c.status === status).map((c) => c.id));
    }
    const ru: FusedClaim[] = (await ok('/api/claims?side=RU&limit=500')).items;
    expect(ru.length).toBeGreaterThan(0);
    expect(ru.every((c) => c.claimant.side === 'RU')).toBe(true);
    const name = all.find((c) => /ministry/i.test(c.claimant.name))!.claimant.name;
    const byName: FusedClaim[] = (await ok(`/api/claims?claimant=${encodeURIComponent('MINISTRY')}&limit=500`)).items;
    expect(byName.map((c) => c.claimant.name)).toContain(name);
    expect(byName.every((c) => /ministry/i.test(c.claimant.name) || c.claimant.actorId === 'MINISTRY')).toBe(true);
    const byActor = all.find((c) => c.claimant.actorId)!;
    expect((await ok(`/api/claims?claimant=${byActor.claimant.actorId}&limit=500`)).items.map((c: FusedClaim) => c.id)).toContain(byActor.id);
    const window: FusedClaim[] = (await ok('/api/claims?since=2025-06-09&until=2025-06-09&limit=500')).items;
    expect(window.length).toBeGreaterThan(0);
    expect(window.every((c) => c.firstReported === '2025-06-09')).toBe(true);
    // region: the claims asserting an event whose first-level region holds the words, ignoring case.
    const events: FusedEvent[] = (await ok('/api/events?limit=500')).items;
    const admin1 = new Map(events.map((e) => [e.id, e.place?.admin1 ?? '']));
    for (const region of ['kharkiv', 'Donetsk Oblast', 'oblast']) {
      const expected = all.filter((c) => c.events.some((id) => (admin1.get(id) ?? '').toLowerCase().includes(region.toLowerCase())));
      const got: FusedClaim[] = (await ok(`/api/claims?region=${encodeURIComponent(region)}&limit=500`)).items;
      expect(got.map((c) => c.id)).toEqual(expected.map((c) => c.id));
      if (region !== 'oblast') expect(got.length).toBeLessThan(all.length);
      expect(got.length).toBeGreaterThan(0);
    }
    expect((await ok('/api/claims?region=50%25&limit=500')).items).toEqual([]);
    const asOfRegion: FusedClaim[] = (await ok('/api/claims?region=kharkiv&as_of=2025-06-08&limit=500')).items;
    expect(asOfRegion.every((c) => c.events.some((id) => /kharkiv/i.test(admin1.get(id) ?? '')))).toBe(true);
  });

  it('claims: as_of gives the picture at the end of that day, and status filters that picture', async () => {
    const all: FusedClaim[] = (await ok('/api/claims?limit=500')).items;
    const day = '2025-06-09';
    const asOf: FusedClaim[] = (await ok(`/api/claims?as_of=${day}&limit=500`)).items;
    const expected = all.map((c) => claimOn(c, day)).filter((c): c is FusedClaim => !!c);
    expect(asOf).toEqual(expected);
    expect(asOf.length).toBeLessThan(all.length);
    for (const c of asOf) {
      expect(c.firstReported === null || c.firstReported <= day).toBe(true);
      expect(c.evidence.every((e) => !e.date || e.date <= day)).toBe(true);
      for (const h of c.statusHistory) for (const i of h.because) expect(c.evidence[i]).toBeDefined();
    }
    // A status that changed later: filtering by the earlier status finds it as of the earlier day.
    const changed = all.find((c) => c.statusHistory.length > 1 && c.statusHistory[0].date && c.statusHistory[0].date < c.statusHistory[1].date!)!;
    expect(changed).toBeDefined();
    const early = changed.statusHistory[0];
    const hits: FusedClaim[] = (await walk<FusedClaim>(`/api/claims?as_of=${early.date}&status=${early.status}`, 2)).items;
    expect(hits.map((c) => c.id)).toContain(changed.id);
    expect(hits.every((c) => c.status === early.status)).toBe(true);
  });

  it('events: type, country (any case), region, since/until', async () => {
    const all: FusedEvent[] = (await ok('/api/events?limit=500')).items;
    const strikes: FusedEvent[] = (await ok('/api/events?type=strike&limit=500')).items;
    expect(strikes.map((e) => e.id)).toEqual(all.filter((e) => e.type === 'strike').map((e) => e.id));
    const ru: FusedEvent[] = (await ok('/api/events?country=ru&limit=500')).items;
    expect(ru.length).toBeGreaterThan(0);
    expect(ru.every((e) => e.place?.country === 'RU')).toBe(true);
    const kharkiv: FusedEvent[] = (await ok('/api/events?region=kharkiv&limit=500')).items;
    expect(kharkiv.length).toBeGreaterThan(0);
    expect(kharkiv.every((e) => /kharkiv/i.test(e.place?.admin1 ?? ''))).toBe(true);
    const day: FusedEvent[] = (await ok('/api/events?since=2025-06-10&until=2025-06-10&limit=500')).items;
    expect(day.length).toBeGreaterThan(0);
    expect(day.every((e) => e.date && e.date.start <= '2025-06-10' && e.date.end >= '2025-06-10')).toBe(true);
  });

  it('places: counts agree with the per-document places table; country, kind and admin1 filter', async () => {
    const all: PlaceSummary[] = (await walk<PlaceSummary>('/api/places', 100)).items;
    const total = (store.db.prepare('SELECT sum(p.mentions) AS n FROM places p JOIN documents d ON d.id = p.doc_id WHERE d.superseded_by IS NULL').get() as { n: number }).n;
    // Every place mention of every current document is counted once.
    const analysed = store.analyses().reduce((n, a) => n + a.places.length, 0);
    expect(total).toBe(analysed);
    expect(all.reduce((s, p) => s + p.mentions, 0)).toBe(total);
    expect(all.every((p) => p.documents >= 1 && p.documents <= p.mentions && p.aliases.length >= 1)).toBe(true);
    const uaCities: PlaceSummary[] = (await ok('/api/places?country=UA&kind=city&limit=500')).items;
    expect(uaCities.length).toBeGreaterThan(0);
    expect(uaCities.every((p) => p.country === 'UA' && p.kind === 'city')).toBe(true);
    expect(uaCities.map((p) => p.name)).toContain('Kharkiv');
    const donetsk: PlaceSummary[] = (await ok('/api/places?admin1=donetsk&limit=500')).items;
    expect(donetsk.length).toBeGreaterThan(0);
    expect(donetsk.every((p) => /donetsk/i.test(p.admin1 ?? ''))).toBe(true);
    const early: PlaceSummary[] = (await ok('/api/places?until=2025-06-07&limit=500')).items;
    expect(early.every((p) => p.firstSeen! <= '2025-06-07' && p.lastSeen! <= '2025-06-07')).toBe(true);
  });

  it('search: FTS hits with highlighted snippets; words are prefixes; punctuation is harmless', async () => {
    const hits: SearchHit[] = (await ok('/api/search?q=chemic&limit=500')).items;
    expect(hits.length).toBeGreaterThan(0);
    expect(hits.some((h) => /\[chemical\]/i.test(h.snippet))).toBe(true);
    expect((await ok(`/api/search?q=${encodeURIComponent('"unbalanced (quote AND')}`)).items).toEqual([]);
    expect((await ok('/api/search?q=%2B%2B%2B')).items).toEqual([]);
  });
});

describe('views and caches', () => {
  it('view=summary: the same records in the same order, reports and evidence as counts', async () => {
    const full: FusedClaim[] = (await ok('/api/claims?limit=500')).items;
    const summary = (await ok('/api/claims?limit=500&view=summary')).items;
    expect(summary.map((c: Json) => c.id)).toEqual(full.map((c) => c.id));
    expect(summary[0]).not.toHaveProperty('reports');
    expect(summary[0]).not.toHaveProperty('evidence');
    const big = full.reduce((a, b) => (b.reports.length > a.reports.length ? b : a));
    expect(summary.find((c: Json) => c.id === big.id)).toMatchObject({ reportCount: big.reports.length, evidenceCount: big.evidence.length, status: big.status });
    // The latest report's date, which the board's cards show beside the first.
    for (const c of full) expect(summary.find((x: Json) => x.id === c.id).lastReported).toBe(c.reports.map((r) => r.published).filter(Boolean).sort().pop() ?? null);
    expect(summary.some((c: Json) => c.lastReported && c.lastReported !== c.firstReported)).toBe(true);
    const events: FusedEvent[] = (await ok('/api/events?limit=500')).items;
    const ev = (await ok('/api/events?limit=500&view=summary')).items;
    expect(ev.map((e: Json) => e.id)).toEqual(events.map((e) => e.id));
    const toll = events.find((e) => e.killed)!;
    expect(ev.find((e: Json) => e.id === toll.id).killed).toEqual({ low: toll.killed!.low, best: toll.killed!.best, high: toll.killed!.high });
    // A walk may switch views: the cursor does not depend on it.
    const first = await ok('/api/claims?limit=2&view=summary');
    expect((await get(`/api/claims?limit=2&cursor=${first.next_cursor}`)).status).toBe(200);
    expect((await get('/api/claims?view=compact')).body.errors[0].name).toBe('view');
  });

  it('the points view: every event of the filtered list at once, as columns that rebuild what the summaries say', async () => {
    for (const q of ['', '?type=strike', '?country=ua&since=2025-06-08&until=2025-06-09', '?region=kharkiv']) {
      const list: Json[] = (await walk<Json>(`/api/events${q}${q ? '&' : '?'}view=summary`, 500)).items;
      const p = await ok(`/api/events/points${q}`);
      expect(EventPointsSchema.safeParse(p).success).toBe(true);
      expect(p.count).toBe(list.length);
      expect(p.id).toEqual(list.map((e) => e.id));
      for (const col of ['type', 'place', 'start', 'end', 'killed']) expect(p[col]).toHaveLength(p.count);
      expect([...p.days].sort()).toEqual(p.days);
      list.forEach((e, i) => {
        const place = p.place[i] == null ? null : p.places[p.place[i]];
        expect(p.types[p.type[i]]).toBe(e.type);
        expect(place && { name: place.name, country: place.country, admin1: place.admin1, kind: place.kind, lat: place.lat, lon: place.lon })
          .toEqual(e.place && { name: e.place.name, country: e.place.country, admin1: e.place.admin1, kind: e.place.kind, lat: e.place.lat, lon: e.place.lon });
        expect(p.start[i] == null ? null : p.days[p.start[i]]).toBe(e.date?.start.slice(0, 10) ?? null);
        expect(p.end[i] == null ? null : p.days[p.end[i]]).toBe(e.date ? (e.date.end || e.date.start).slice(0, 10) : null);
        expect(p.killed[i]).toBe(e.killed?.best ?? null);
      });
    }
    expect((await ok('/api/events/points?type=strike')).count).toBeGreaterThan(0);
    expect((await get('/api/events/points?limit=10')).body.errors[0].name).toBe('limit');
    expect((await get('/api/events/points?since=2025-06-10&until=2025-06-01')).status).toBe(400);
  });

  it('the points view carries an ETag: 304 while the data is unchanged, a new one after a write; gzip when asked', async () => {
    const first = await app.request('/api/events/points');
    const etag = first.headers.get('etag')!;
    expect(etag).toMatch(/^"p-[A-Za-z0-9_-]+"$/);
    expect(first.headers.get('cache-control')).toBe('private, no-cache');
    const body = await first.json() as Json;
    const again = await app.request('/api/events/points', { headers: { 'If-None-Match': etag } });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe('');
    expect((await app.request('/api/events/points?type=strike', { headers: { 'If-None-Match': etag } })).status).toBe(200);
    const zipped = await app.request('/api/events/points', { headers: { 'Accept-Encoding': 'gzip' } });
    expect(zipped.headers.get('content-encoding')).toBe('gzip');
    const { gunzipSync } = await import('node:zlib');
    expect(JSON.parse(gunzipSync(Buffer.from(await zipped.arrayBuffer())).toString('utf8'))).toEqual(body);
    const res = await app.request('/api/documents', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({
      url: 'https://example.test/points/1', outlet: 'Points Test Courier', title: 'Drone strike in Poltava', published: '2025-06-12',
      text: 'A drone struck a warehouse in Poltava on Thursday, killing two workers, the regional governor said.',
    }) });
    expect(res.status).toBe(201);
    const after = await app.request('/api/events/points', { headers: { 'If-None-Match': etag } });
    expect(after.status).toBe(200);
    expect(after.headers.get('etag')).not.toBe(etag);
    const now = await after.json() as Json;
    expect(now.count).toBe((await walk('/api/events', 500)).items.length);
  });

  it('the cached place counts follow writes, through the API or straight to the store', async () => {
    const count = async (name: string) => ((await ok('/api/places?limit=500')).items as PlaceSummary[]).find((p) => p.name === name)?.mentions ?? 0;
    const before = await count('Kramatorsk');
    const res = await app.request('/api/documents', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({
      url: 'https://example.test/cache/1', outlet: 'Cache Test Courier', title: 'Kramatorsk hit', published: '2025-06-11',
      text: 'A guided bomb hit an apartment block in Kramatorsk on Wednesday, the city mayor said.',
    }) });
    expect(res.status).toBe(201);
    const afterPost = await count('Kramatorsk');
    expect(afterPost).toBeGreaterThan(before);
    const { analyse } = await import('../../src/extract/analyse.js');
    const { buildDocument } = await import('../../src/document/build.js');
    const put = store.put(analyse(buildDocument({ origin: 'direct', format: 'json', url: 'https://example.test/cache/2', published: '2025-06-11', text: 'Shelling damaged houses in Kramatorsk overnight, officials said.' })));
    updateFusion(store, [put.id]);
    expect(await count('Kramatorsk')).toBeGreaterThan(afterPost);
  });
});

describe('records', () => {
  it('a document by id or unique prefix, with its analysis', async () => {
    const [d] = (await ok('/api/documents?limit=1')).items as DocumentSummary[];
    const full = await ok(`/api/documents/${d.id}`);
    expect(full.document.id).toBe(d.id);
    expect(AnalysisSchema.safeParse(full).success).toBe(true);
    expect((await ok(`/api/documents/${d.id.slice(0, 10)}`)).document.id).toBe(d.id);
  });

  it('a fused claim, its explanation (plain lines plus evidence), and as_of', async () => {
    const all: FusedClaim[] = (await ok('/api/claims?limit=500')).items;
    const c = all.find((x) => x.statusHistory.length > 1)!;
    expect(await ok(`/api/claims/${c.id}`)).toEqual(c);
    const ex = await ok(`/api/claims/${c.id}/explain`);
    expect(ExplainSchema.parse(ex)).toBeTruthy();
    expect(ex.lines[0]).toContain(c.claimant.name);
    expect(ex.lines.join('\n')).toMatch(/^Status: /m);
    expect(ex.evidence).toEqual(c.evidence);
    const day = c.statusHistory[0].date!;
    const then = await ok(`/api/claims/${c.id}/explain?as_of=${day}`);
    expect(then.status).toBe(c.statusHistory[0].status);
    expect(then.as_of).toBe(day);
    const before = await get(`/api/claims/${c.id}?as_of=2025-01-01`);
    expect(before.status).toBe(404);
    expect(before.body.detail).toMatch(/not yet reported/);
  });

  it("a document's findings with the fused events and claims they are reports of", async () => {
    const docs: DocumentSummary[] = (await ok('/api/documents?limit=500')).items;
    let events = 0;
    let claims = 0;
    for (const d of docs) {
      const f = await ok(`/api/documents/${d.id.slice(0, 12)}/fused`);
      expect(f.document).toBe(d.id);
      const a = await ok(`/api/documents/${d.id}`);
      for (const x of f.items) {
        const record = await ok(`/api/${x.kind === 'event' ? 'events' : 'claims'}/${x.id}`);
        expect(record.reports).toContainEqual(expect.objectContaining({ documentId: d.id, finding: x.finding, start: x.start, end: x.end }));
        const finding = x.kind === 'event' ? a.events[x.finding] : a.claims[x.finding];
        expect(finding.quote.start).toBe(x.start);
        if (x.kind === 'event') events++; else claims++;
      }
      expect(f.items.map((x: Json) => x.start)).toEqual([...f.items.map((x: Json) => x.start)].sort((p, q) => p - q));
    }
    // Every report of every fused record is listed under its document.
    const all = [...(await walk<FusedEvent>('/api/events', 500)).items, ...(await walk<FusedClaim>('/api/claims', 500)).items];
    expect(events + claims).toBe(all.reduce((n, r) => n + r.reports.length, 0));
    expect(events).toBeGreaterThan(0);
    expect(claims).toBeGreaterThan(0);
    expect((await get('/api/documents/0000000000000000/fused')).status).toBe(404);
  });

  it('a fused event', async () => {
    const [e] = (await ok('/api/events?limit=1')).items as FusedEvent[];
    expect(await ok(`/api/events/${e.id}`)).toEqual(e);
  });

  it('responses match the documented schemas', async () => {
    const check = (schema: { safeParse: (x: unknown) => { success: boolean; error?: unknown } }, xs: unknown[]) => {
      for (const x of xs) { const r = schema.safeParse(x); if (!r.success) throw new Error(JSON.stringify(r.error)); }
    };
    check(DocumentSummarySchema, (await ok('/api/documents?limit=500')).items);
    check(FusedClaimSchema, (await ok('/api/claims?limit=500')).items);
    check(FusedEventSchema, (await ok('/api/events?limit=500')).items);
    check(PlaceSummarySchema, (await ok('/api/places?limit=500')).items);
    check(SearchHitSchema, (await ok('/api/search?q=kharkiv&limit=500')).items);
  });
});

describe('brief', () => {
  const state = () => ({ events: store.fusedEvents({ limit: 1e9 }), claims: store.fusedClaims({ limit: 1e9 }) });

  it('is the brief of src/report/brief.ts, the same JSON `sitrep brief --format json` prints', async () => {
    const b = await ok('/api/brief');
    expect(b).toEqual(JSON.parse(briefToJson(buildBrief(state()))));
    expect(b.keyDevelopments).toHaveLength(10);
    expect(b.counts.events).toBeGreaterThan(0);
  });

  it('takes since, until, country, region and top', async () => {
    const b = await ok('/api/brief?since=2025-06-10&until=2025-06-11&country=ua&top=3');
    expect(b).toEqual(JSON.parse(briefToJson(buildBrief(state(), { since: '2025-06-10', until: '2025-06-11', country: 'UA', top: 3 }))));
    expect(b.period).toEqual({ since: '2025-06-10', until: '2025-06-11' });
    expect(b.keyDevelopments.length).toBeLessThanOrEqual(3);
    const r = await ok('/api/brief?region=kharkiv');
    expect(r.scope).toEqual({ region: 'kharkiv' });
    expect((await ok('/api/brief?since=2019-01-01&until=2019-01-07')).counts.events).toBe(0);
    expect((await get('/api/brief?top=1000')).status).toBe(400);
  });

  it('sees documents stored after it was first asked for', async () => {
    const before = (await ok('/api/brief')).counts.reports;
    const res = await app.request('/api/documents', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({
      url: 'https://example.test/brief/1', outlet: 'Brief Test Herald', title: 'Strike on Mykolaiv', published: '2025-06-12',
      text: 'A missile strike damaged a warehouse in Mykolaiv on Thursday, injuring three people, the regional governor said.',
    }) });
    expect(res.status).toBe(201);
    const after = await ok('/api/brief');
    expect(after.counts.reports).toBeGreaterThan(before);
  });
});

describe('errors', () => {
  const bad: [string, string][] = [
    ['/api/documents?limit=abc', 'limit'],
    ['/api/documents?limit=0', 'limit'],
    ['/api/documents?limit=501', 'limit'],
    ['/api/documents?limit=2.5', 'limit'],
    ['/api/documents?since=yesterday', 'since'],
    ['/api/documents?until=2025-02-30', 'until'],
    ['/api/documents?since=2025-06-10&until=2025-06-01', 'until'],
    ['/api/documents?outlet=', 'outlet'],
    ['/api/documents?cursor=not-a-cursor', 'cursor'],
    ['/api/documents?cursor=%25%25', 'cursor'],
    ['/api/claims?status=maybe', 'status'],
    ['/api/claims?as_of=tomorrow', 'as_of'],
    ['/api/claims?side=%3Bdrop', 'side'],
    ['/api/claims/cl-x?as_of=June', 'as_of'],
    ['/api/events?type=explosion', 'type'],
    ['/api/events?country=Ukraine', 'country'],
    ['/api/places?kind=village', 'kind'],
    ['/api/search', 'q'],
    ['/api/search?q=%20%20', 'q'],
    ['/api/brief?country=X1', 'country'],
    ['/api/claims?stauts=disputed', 'stauts'],
    ['/api/claims?status=disputed&status=denied', 'status'],
    ['/api/documents/bad%20id', 'id'],
  ];

  it.each(bad)('%s → 400 problem naming %s', async (path, param) => {
    const r = await get(path);
    expect(r.status).toBe(400);
    expect(r.type).toBe('application/problem+json');
    expect(r.body).toMatchObject({ type: 'urn:sitrep:problem:invalid-parameter', title: expect.any(String), status: 400, instance: path.split('?')[0] });
    expect(r.body.detail).toContain(param);
    expect(r.body.errors.map((e: { name: string }) => e.name)).toContain(param);
  });

  it('a cursor from another list, or with other filters, is a 400 on cursor', async () => {
    const docs = await ok('/api/documents?limit=1');
    const r1 = await get(`/api/claims?cursor=${docs.next_cursor}`);
    expect(r1.status).toBe(400);
    expect(r1.body.detail).toMatch(/cursor.*\/api\/documents/);
    const ru = await ok('/api/events?country=RU&limit=1');
    const r2 = await get(`/api/events?country=UA&cursor=${ru.next_cursor}`);
    expect(r2.status).toBe(400);
    expect(r2.body.errors[0].name).toBe('cursor');
    // A well-formed cursor whose key has the wrong shape.
    const forged = Buffer.from(JSON.stringify({ v: 1, l: 'places', f: 'x', k: ['a', 'b'] })).toString('base64url');
    expect((await get(`/api/places?cursor=${forged}`)).status).toBe(400);
    // Changing only the limit between pages is fine.
    expect((await get(`/api/events?country=RU&limit=3&cursor=${ru.next_cursor}`)).status).toBe(200);
  });

  it('unknown ids and routes → 404 problem', async () => {
    for (const path of ['/api/documents/ffffffffffffffff', '/api/claims/cl-000000000000', '/api/claims/cl-000000000000/explain', '/api/events/ev-000000000000', '/api/nothing-here']) {
      const r = await get(path);
      expect(r.status, path).toBe(404);
      expect(r.type).toBe('application/problem+json');
      expect(r.body).toMatchObject({ type: 'urn:sitrep:problem:not-found', status: 404, instance: path });
    }
    // An event id is not a claim.
    const [e] = (await ok('/api/events?limit=1')).items as FusedEvent[];
    expect((await get(`/api/claims/${e.id}`)).status).toBe(404);
  });

  it('a wrong method on a known path → 405 with Allow', async () => {
    const res = await app.request('/api/claims', { method: 'DELETE' });
    expect(res.status).toBe(405);
    expect(res.headers.get('allow')).toBe('GET, HEAD');
    expect(res.headers.get('content-type')).toBe('application/problem+json');
  });

  it('an unexpected failure is a 500 problem without internals', async () => {
    const logged: string[] = [];
    const broken = createApp(new Proxy(store, { get: (t, p) => (p === 'fused' ? () => { throw new Error('disk on fire at /secret/path'); } : Reflect.get(t, p, t)) }) as SqliteStore, { log: (m) => logged.push(m) });
    const res = await broken.request('/api/events/ev-1');
    expect(res.status).toBe(500);
    const body = await res.json();
    expect(body).toMatchObject({ type: 'urn:sitrep:problem:internal', status: 500 });
    expect(JSON.stringify(body)).not.toMatch(/secret|fire/);
    expect(logged.join('\n')).toMatch(/disk on fire/);
  });
});
