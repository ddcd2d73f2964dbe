import { afterAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { mkdtempSync, rmSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
// @ts-expect-error: a plain ES module shared with bench/api-malformed.mjs, which sends 10,000 of these
import { malformedRequests } from '../../bench/fuzz-inputs.mjs';
import { SqliteStore } from '../../src/store/sqlite/sqlite-store.js';
import { createApp } from '../../src/server/app.js';
import { startServer } from '../../src/cli/serve.js';

const dir = mkdtempSync(join(tmpdir(), 'sitrep-malformed-'));
const store = new SqliteStore(join(dir, 'm.db'));
afterAll(() => { store.close(); rmSync(dir, { recursive: true, force: true }); });

interface Req { method: string; body: string; query: string; headers: Record<string, string> }

describe('malformed requests to POST /api/documents', () => {
  const app = createApp(store, { log: () => undefined });

  it('fuzzed bodies under every content type: never a 5xx, every error problem+json', async () => {
    await fc.assert(fc.asyncProperty(malformedRequests({ maxRepeat: 500, maxChars: 20_000 }), async (r: Req) => {
      const res = await app.request(`/api/documents${r.query}`, { method: r.method, body: r.method === 'POST' ? r.body : undefined, headers: r.headers });
      expect(res.status).toBeLessThan(500);
      if (res.status >= 400) {
        expect(res.headers.get('content-type')).toContain('application/problem+json');
        const p = await res.json() as { detail: string; status: number };
        expect(p.status).toBe(res.status);
        expect(p.detail).toBeTruthy();
      } else await res.arrayBuffer();
    }), { numRuns: 150, seed: 1618 });
  }, 120_000);

  it('names the problem for shapes that used to answer 500', async () => {
    const cases: [string, string, RegExp][] = [
      ['text/html', '{"text":"a"}', /./],
      ['application/json', `{"text":"x","a":${'['.repeat(500)}${']'.repeat(500)}}`, /nested more than 64 levels/],
      ['text/html', `<html><body>${'<div>'.repeat(3000)}</body></html>`, /no article/],
      ['application/rss+xml', `<rss><channel>${'<item>'.repeat(200)}</channel></rss>`, /XML/],
    ];
    for (const [type, body, detail] of cases) {
      const res = await app.request('/api/documents', { method: 'POST', body, headers: { 'Content-Type': type } });
      expect(res.status, `${type} ${body.slice(0, 40)}`).toBeLessThan(500);
      if (res.status >= 400) expect(((await res.json()) as { detail: string }).detail).toMatch(detail);
    }
  });

  it('oversized headers get 431 with problem+json from the real server', async () => {
    const s = await startServer(store, { port: 0, host: '127.0.0.1', log: () => undefined });
    try {
      const { status, type, body } = await new Promise<{ status: number; type: string; body: string }>((resolve, reject) => {
        const req = request(`${s.url}/api/documents`, { method: 'GET', headers: { 'X-Big': 'x'.repeat(20_000) } }, (res) => {
          let b = '';
          res.on('data', (c) => { b += c; });
          res.on('end', () => resolve({ status: res.statusCode ?? 0, type: String(res.headers['content-type']), body: b }));
        });
        req.on('error', reject);
        req.end();
      });
      expect(status).toBe(431);
      expect(type).toContain('application/problem+json');
      expect(JSON.parse(body)).toMatchObject({ status: 431, type: 'urn:sitrep:problem:headers-too-large' });
    } finally { await s.close(); }
  });
});
