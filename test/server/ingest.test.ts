import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Hono } from 'hono';
import { SqliteStore } from '../../src/store/sqlite/sqlite-store.js';
import { createApp } from '../../src/server/app.js';
import { IngestResultSchema } from '../../src/server/schemas.js';

// Fixtures: short invented reports, written for these tests.
const HARBOUR = {
  url: 'https://harbour-gazette.example/2025/06/14/port-strike',
  outlet: 'Harbour Gazette',
  title: 'Drone strike sets grain terminal alight in Izmail',
  published: '2025-06-14',
  text: 'A drone strike set a grain terminal on fire in Izmail overnight, injuring four dock workers, the regional governor said on Saturday.\n\n'
    + 'Firefighters worked until dawn to contain the blaze, which destroyed two warehouses, according to the port authority.',
};
const CRAWLED = {
  title: 'Shelling cuts power in Nikopol',
  maintext: 'Artillery shelling damaged a substation in Nikopol on Friday, leaving several thousand homes without electricity, the city council said.',
  date_publish: '2025-06-13 09:30:00',
  source_domain: 'riverside-news.example',
  url: 'https://riverside-news.example/nikopol-power',
};
const PLAIN = 'Air defence units shot down eleven drones over the Poltava region overnight, the regional military administration said on Sunday. Falling debris broke windows in two villages.';
const PAGE = `<!doctype html><html><head><title>Quiet night in Zaporizhzhia | Steppe Courier</title>
<meta property="og:title" content="Quiet night in Zaporizhzhia">
<meta property="og:site_name" content="Steppe Courier">
<meta property="article:published_time" content="2025-06-15T08:00:00Z"></head>
<body><nav>Home | World | Subscribe</nav><article><h1>Quiet night in Zaporizhzhia</h1>
<p>No strikes were recorded in Zaporizhzhia overnight for the first time in a week, the city administration said on Sunday.</p>
<p>Residents used the pause to repair roofs damaged by earlier shelling, local officials said.</p></article>
<footer>All rights reserved</footer></body></html>`;
const FEED = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Lowland Wire</title><link>https://lowland-wire.example</link>
<item><title>Bridge damaged near Kupiansk</title><link>https://lowland-wire.example/a</link><pubDate>Mon, 16 Jun 2025 07:00:00 GMT</pubDate>
<description><![CDATA[<p>A missile damaged a road bridge near Kupiansk on Monday, the Kharkiv regional governor said.</p>]]></description></item>
<item><title>Evacuation continues in Kostiantynivka</title><link>https://lowland-wire.example/b</link><pubDate>Mon, 16 Jun 2025 11:00:00 GMT</pubDate>
<description><![CDATA[<p>Volunteers evacuated forty residents from Kostiantynivka on Monday, the Donetsk regional administration said.</p>]]></description></item>
</channel></rss>`;
const NOTE = '# Sumy update\n\nRussian forces shelled the outskirts of Sumy on Tuesday, the regional administration said. Two people were wounded.';

let dir: string;
let store: SqliteStore;
let app: Hono;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'sitrep-api-ingest-'));
  store = new SqliteStore(join(dir, 'ingest.db'));
  app = createApp(store, { log: () => undefined });
});
afterAll(() => { store.close(); rmSync(dir, { recursive: true, force: true }); });

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;
async function post(body: BodyInit, type: string | null, query = '', on: Hono = app, headers: Record<string, string> = {}): Promise<{ status: number; headers: Headers; body: Json }> {
  const res = await on.request(`/api/documents${query}`, { method: 'POST', body, headers: { ...(type ? { 'Content-Type': type } : {}), ...headers } });
  const t = res.headers.get('content-type') ?? '';
  return { status: res.status, headers: res.headers, body: t.includes('json') ? await res.json() : await res.text() };
}
const get = async (path: string): Promise<Json> => (await app.request(path)).json();

describe('POST /api/documents', () => {
  let harbourId: string;

  it('ingests one JSON article: 201, Location, counts; then the API finds it everywhere', async () => {
    const r = await post(JSON.stringify(HARBOUR), 'application/json');
    expect(r.status).toBe(201);
    expect(IngestResultSchema.parse(r.body)).toBeTruthy();
    expect(r.body.counts).toEqual({ new: 1, versions: 0, unchanged: 0, failed: 0 });
    const [item] = r.body.items;
    expect(item).toMatchObject({ status: 'new', title: HARBOUR.title, published: '2025-06-14', reason: null });
    expect(item.events).toBeGreaterThan(0);
    harbourId = item.id;
    expect(r.headers.get('location')).toBe(`/api/documents/${harbourId}`);

    const doc = await get(`/api/documents/${harbourId}`);
    expect(doc.document).toMatchObject({ url: HARBOUR.url, outlet: 'Harbour Gazette', published: '2025-06-14' });
    expect((await get('/api/documents?outlet=harbour%20gazette')).items.map((d: Json) => d.id)).toEqual([harbourId]);
    expect((await get('/api/search?q=warehouses')).items.map((h: Json) => h.id)).toEqual([harbourId]);
    // Fusion was brought up to date: the incident is a fused event in Izmail.
    const events = (await get('/api/events?since=2025-06-13&until=2025-06-14&limit=500')).items;
    expect(events.some((e: Json) => e.reports.some((rep: Json) => rep.documentId === harbourId))).toBe(true);
    expect((await get('/api/places?limit=500')).items.map((p: Json) => p.name)).toContain('Izmail');
  });

  it('the same article again: 200, unchanged', async () => {
    const r = await post(JSON.stringify(HARBOUR), 'application/json; charset=utf-8');
    expect(r.status).toBe(200);
    expect(r.body.counts).toEqual({ new: 0, versions: 0, unchanged: 1, failed: 0 });
    expect(r.body.items[0]).toMatchObject({ status: 'unchanged', id: harbourId });
  });

  it('changed text under the same URL: a new version that replaces the old one', async () => {
    const r = await post(JSON.stringify({ ...HARBOUR, text: HARBOUR.text.replace('four dock workers', 'five dock workers') }), 'application/json');
    expect(r.status).toBe(201);
    expect(r.body.items[0]).toMatchObject({ status: 'version', previous: harbourId });
    const ids = (await get('/api/documents?outlet=Harbour%20Gazette')).items.map((d: Json) => d.id);
    expect(ids).toEqual([r.body.items[0].id]);
  });

  it('the crawler shape and arrays of articles', async () => {
    const r = await post(JSON.stringify(CRAWLED), 'application/json');
    expect(r.status).toBe(201);
    const doc = await get(`/api/documents/${r.body.items[0].id}`);
    expect(doc.document).toMatchObject({ outlet: 'riverside-news.example', published: '2025-06-13', title: CRAWLED.title });
    const two = await post(JSON.stringify([
      { title: 'Checkpoint reopened', outlet: 'Border Bulletin', published: '2025-06-12', text: 'The Chop checkpoint on the Slovak border reopened on Thursday after a two-day closure, customs officials said.' },
      { title: 'Rail line repaired', outlet: 'Border Bulletin', published: '2025-06-12', text: 'Rail traffic between Lviv and Przemysl resumed on Thursday after repairs to a damaged section of track, the railway operator said.' },
    ]), 'application/json');
    expect(two.status).toBe(201);
    expect(two.body.counts.new).toBe(2);
  });

  it('raw text with metadata from the query string', async () => {
    const r = await post(PLAIN, 'text/plain', '?outlet=Plains%20Radio&published=2025-06-15&url=https%3A%2F%2Fplains-radio.example%2Fpoltava&title=Drones%20downed');
    expect(r.status).toBe(201);
    const doc = await get(`/api/documents/${r.body.items[0].id}`);
    expect(doc.document).toMatchObject({ outlet: 'Plains Radio', published: '2025-06-15', url: 'https://plains-radio.example/poltava', title: 'Drones downed', format: 'text' });
  });

  it('HTML pages, Markdown, RSS feeds and JSON Lines go through the same readers as the CLI', async () => {
    const html = await post(PAGE, 'text/html; charset=UTF-8');
    expect(html.status).toBe(201);
    const page = await get(`/api/documents/${html.body.items[0].id}`);
    expect(page.document).toMatchObject({ format: 'html', title: 'Quiet night in Zaporizhzhia', outlet: 'Steppe Courier', published: '2025-06-15' });
    expect(page.document.text).not.toMatch(/Subscribe|All rights reserved/);

    const md = await post(NOTE, 'text/markdown', '?published=2025-06-17');
    expect(md.status).toBe(201);
    expect((await get(`/api/documents/${md.body.items[0].id}`)).document.format).toBe('markdown');

    const feed = await post(FEED, 'application/rss+xml');
    expect(feed.status).toBe(201);
    expect(feed.body.items.map((i: Json) => i.status)).toEqual(['new', 'new']);
    expect(feed.body.items.map((i: Json) => i.title)).toEqual(['Bridge damaged near Kupiansk', 'Evacuation continues in Kostiantynivka']);

    const lines = [
      JSON.stringify({ title: 'Ferry suspended', outlet: 'Delta Daily', published: '2025-06-18', text: 'Ferry crossings on the Dnipro near Kherson were suspended on Wednesday because of shelling, local officials said.' }),
      '{"title": "broken line"',
      JSON.stringify({ title: 'no text here' }),
    ].join('\n');
    const jl = await post(lines, 'application/x-ndjson');
    expect(jl.status).toBe(201);
    expect(jl.body.counts).toEqual({ new: 1, versions: 0, unchanged: 0, failed: 2 });
    expect(jl.body.items.filter((i: Json) => i.status === 'failed').map((i: Json) => i.reason)).toEqual([expect.stringMatching(/invalid JSON/), expect.stringMatching(/no article text/)]);
  });
});

describe('POST /api/documents: refusals', () => {
  it('413 past the body limit, with or without Content-Length', async () => {
    const small = createApp(store, { maxBodyBytes: 1024, log: () => undefined });
    const big = JSON.stringify({ ...HARBOUR, text: 'x'.repeat(2000) });
    const r = await post(big, 'application/json', '', small, { 'Content-Length': String(Buffer.byteLength(big)) });
    expect(r.status).toBe(413);
    expect(r.headers.get('content-type')).toBe('application/problem+json');
    expect(r.body).toMatchObject({ type: 'urn:sitrep:problem:payload-too-large', status: 413 });
    const stream = new ReadableStream({ start(c) { c.enqueue(new TextEncoder().encode(big)); c.close(); } });
    const res = await small.request('/api/documents', { method: 'POST', body: stream, headers: { 'Content-Type': 'application/json' }, duplex: 'half' } as RequestInit);
    expect(res.status).toBe(413);
    // The default limit is 5 MB.
    const huge = await post('a '.repeat(2.6 * 1024 * 1024), 'text/plain');
    expect(huge.status).toBe(413);
    expect(huge.body.detail).toMatch(/5\.0 MB/);
  });

  it('415 for content types no reader takes, a missing Content-Type or another charset', async () => {
    for (const type of ['image/png', null, 'text/plain; charset=iso-8859-1']) {
      // Bytes, not a string: a string body would get text/plain from the Request constructor.
      const r = await post(new TextEncoder().encode(PLAIN), type);
      expect(r.status, String(type)).toBe(415);
      expect(r.body.type).toBe('urn:sitrep:problem:unsupported-media-type');
    }
  });

  it('400 for malformed bodies: bad JSON, empty, binary, bad UTF-8', async () => {
    const cases: [BodyInit, string, RegExp][] = [
      ['{"title": "x", ', 'application/json', /invalid JSON/],
      ['', 'text/plain', /empty/],
      ['   \n  ', 'text/plain', /empty/],
      [new Uint8Array([65, 0, 66, 67]), 'text/plain', /binary/],
      [new Uint8Array([0x41, 0xc3, 0x28, 0x42]), 'text/plain', /UTF-8/],
    ];
    for (const [body, type, why] of cases) {
      const r = await post(body, type);
      expect(r.status).toBe(400);
      expect(r.body.type).toBe('urn:sitrep:problem:invalid-body');
      expect(r.body.detail).toMatch(why);
    }
  });

  it('422 when the body is well-formed but holds nothing to ingest, with pointers into the JSON', async () => {
    const noText = await post(JSON.stringify({ title: 'Headline only', outlet: 'Nowhere' }), 'application/json');
    expect(noText.status).toBe(422);
    expect(noText.body.errors).toEqual([{ in: 'body', name: '/text', detail: expect.stringMatching(/text/) }]);
    const badItem = await post(JSON.stringify([{ text: 'Fine text about shelling in Kherson, officials said.' }, { url: 5 }]), 'application/json');
    expect(badItem.status).toBe(422);
    expect(badItem.body.errors.map((e: Json) => e.name)).toContain('/1/url');
    expect((await post('[]', 'application/json')).status).toBe(422);
    expect((await post('<rss><channel></channel>', 'application/rss+xml')).status).toBe(422);
    expect((await post('<html><body></body></html>', 'text/html')).status).toBe(422);
  });

  it('400 naming bad query parameters', async () => {
    const r = await post(PLAIN, 'text/plain', '?published=last%20week&url=not-a-url');
    expect(r.status).toBe(400);
    expect(r.body.errors.map((e: Json) => e.name).sort()).toEqual(['published', 'url']);
  });
});

describe('bearer token', () => {
  const TOKEN = 'correct-horse-battery-staple';

  it('when set, writes need it and reads do not', async () => {
    const guarded = createApp(store, { token: TOKEN, log: () => undefined });
    expect((await guarded.request('/api/documents?limit=1')).status).toBe(200);
    const none = await post(PLAIN, 'text/plain', '?published=2025-06-15', guarded);
    expect(none.status).toBe(401);
    expect(none.headers.get('www-authenticate')).toBe('Bearer realm="sitrep"');
    expect(none.body).toMatchObject({ type: 'urn:sitrep:problem:unauthorized', status: 401 });
    const wrong = await post(PLAIN, 'text/plain', '', guarded, { Authorization: `Bearer ${TOKEN}x` });
    expect(wrong.status).toBe(401);
    expect(wrong.headers.get('www-authenticate')).toMatch(/invalid_token/);
    expect((await post(PLAIN, 'text/plain', '', guarded, { Authorization: TOKEN })).status).toBe(401);
    expect((await post(PLAIN, 'text/plain', '', guarded, { Authorization: `Basic ${TOKEN}` })).status).toBe(401);
    const right = await post(`${PLAIN} A third village reported damage.`, 'text/plain', '?published=2025-06-15', guarded, { Authorization: `bearer ${TOKEN}` });
    expect(right.status).toBe(201);
  });

  it('--private: reads need it too, the OpenAPI document included', async () => {
    const priv = createApp(store, { token: TOKEN, private: true, log: () => undefined });
    for (const path of ['/api/documents', '/api/claims', '/api/openapi.json', '/api/brief', '/api/nothing']) {
      const res = await priv.request(path);
      expect(res.status, path).toBe(401);
      expect(res.headers.get('content-type')).toBe('application/problem+json');
    }
    expect((await priv.request('/api/documents', { headers: { Authorization: `Bearer ${TOKEN}` } })).status).toBe(200);
  });

  it('--private without a token refuses to start', () => {
    expect(() => createApp(store, { private: true })).toThrow(/SITREP_TOKEN/);
  });

  it('without a token, writes are open (the server binds to loopback by default)', async () => {
    expect((await post(`${PLAIN} Open write.`, 'text/plain', '?published=2025-06-15')).status).toBe(201);
  });
});

describe('CORS', () => {
  it('off unless an origin is given', async () => {
    const res = await app.request('/api/documents', { headers: { Origin: 'https://elsewhere.example' } });
    expect(res.headers.get('access-control-allow-origin')).toBeNull();
    expect((await app.request('/api/documents', { method: 'OPTIONS', headers: { Origin: 'https://elsewhere.example', 'Access-Control-Request-Method': 'GET' } })).status).toBe(405);
  });

  it('with an origin: preflight and responses carry it; preflight needs no token', async () => {
    const withCors = createApp(store, { cors: 'https://dashboard.example', token: 's3cret', private: true, log: () => undefined });
    const pre = await withCors.request('/api/claims', { method: 'OPTIONS', headers: { Origin: 'https://dashboard.example', 'Access-Control-Request-Method': 'GET', 'Access-Control-Request-Headers': 'authorization' } });
    expect(pre.status).toBe(204);
    expect(pre.headers.get('access-control-allow-origin')).toBe('https://dashboard.example');
    expect(pre.headers.get('access-control-allow-headers')?.toLowerCase()).toContain('authorization');
    const res = await withCors.request('/api/claims', { headers: { Origin: 'https://dashboard.example', Authorization: 'Bearer s3cret' } });
    expect(res.status).toBe(200);
    expect(res.headers.get('access-control-allow-origin')).toBe('https://dashboard.example');
  });
});
