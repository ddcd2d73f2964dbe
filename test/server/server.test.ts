import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SqliteStore } from '../../src/store/sqlite/sqlite-store.js';
import { startServer, type RunningServer } from '../../src/cli/serve.js';

const TOKEN = 'loopback-test-token';
let dir: string;
let store: SqliteStore;
let server: RunningServer;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'sitrep-api-server-'));
  store = new SqliteStore(join(dir, 'srv.db'));
  server = await startServer(store, { port: 0, host: '127.0.0.1', token: TOKEN, log: () => undefined });
});
afterAll(async () => { await server?.close(); store.close(); rmSync(dir, { recursive: true, force: true }); });

describe('the real server on loopback', () => {
  it('listens on 127.0.0.1 with the port the OS picked', () => {
    expect(server.port).toBeGreaterThan(0);
    expect(server.url).toBe(`http://127.0.0.1:${server.port}`);
  });

  it('serves reads, guards writes with the token, and finds what was posted', async () => {
    const empty = await fetch(`${server.url}/api/documents`);
    expect(empty.status).toBe(200);
    expect(await empty.json()).toEqual({ items: [], next_cursor: null });

    const article = {
      url: 'https://loopback-times.example/kherson-ferry', outlet: 'Loopback Times', title: 'Ferry pier shelled in Kherson', published: '2025-06-19',
      text: 'Shelling damaged a ferry pier in Kherson on Thursday, injuring two workers, the city military administration said.',
    };
    const refused = await fetch(`${server.url}/api/documents`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(article) });
    expect(refused.status).toBe(401);
    expect(refused.headers.get('content-type')).toBe('application/problem+json');

    const posted = await fetch(`${server.url}/api/documents`, { method: 'POST', headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${TOKEN}` }, body: JSON.stringify(article) });
    expect(posted.status).toBe(201);
    const { items } = await posted.json();
    const got = await fetch(`${server.url}${posted.headers.get('location')}`);
    expect(got.status).toBe(200);
    expect((await got.json()).document).toMatchObject({ id: items[0].id, outlet: 'Loopback Times' });

    const list = await (await fetch(`${server.url}/api/documents?limit=5`)).json();
    expect(list.items.map((d: { id: string }) => d.id)).toEqual([items[0].id]);
    const search = await (await fetch(`${server.url}/api/search?q=ferry`)).json();
    expect(search.items[0].id).toBe(items[0].id);

    const spec = await fetch(`${server.url}/api/openapi.json`);
    expect((await spec.json()).openapi).toBe('3.1.0');
  });

  it('answers 413 over the wire before reading a huge body', async () => {
    const res = await fetch(`${server.url}/api/documents`, { method: 'POST', headers: { 'Content-Type': 'text/plain', Authorization: `Bearer ${TOKEN}` }, body: 'x'.repeat(5 * 1024 * 1024 + 1) });
    expect(res.status).toBe(413);
    expect((await res.json()).status).toBe(413);
  });
});
