import { afterAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DOMParser } from 'linkedom';
import { SqliteStore } from '../../src/store/sqlite/sqlite-store.js';
import { ingestPaths } from '../../src/ingest/run.js';
import { buildBrief, briefToHtml } from '../../src/report/brief.js';

/**
 * Script payloads in every field of an article (title, outlet, URL, author, and the text, where they
 * end up in claimant names, quotes and places) go through the whole pipeline — read, analyse, store,
 * fuse — and must come out of the HTML brief as text: no element, attribute or link they could run from.
 */
const SCRIPT = '<script>alert(1)</script>';
const IMG = '<img src=x onerror=alert(2)>';
const ARTICLES = [1, 2].map((n) => ({
  id: `xss-${n}`,
  url: n === 1 ? 'javascript:alert(3)' : `https://evil.example/${n}"><script>alert(4)</script>`,
  outlet: `Outlet ${n} ${IMG}`,
  author: SCRIPT,
  title: `Strike ${SCRIPT} report ${n}`,
  published: '2025-06-10',
  text: `Russian missiles struck Kharkiv on Monday ${SCRIPT}, killing ${n + 2} people ${IMG}, regional governor Oleh Syniehubov said.\n\n`
    + `"The strike ${IMG} hit a market ${SCRIPT}," the governor <b onmouseover="alert(5)">said</b> on Monday. `
    + `The Institute for the Study of War said it could not independently verify the claim ${SCRIPT}.`,
}));

const dir = mkdtempSync(join(tmpdir(), 'sitrep-xss-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('a script payload in any article field stays inert in the HTML brief', async () => {
  const file = join(dir, 'payload.json');
  writeFileSync(file, JSON.stringify(ARTICLES));
  const store = new SqliteStore(join(dir, 'xss.db'));
  const summary = await ingestPaths(store, [file], {});
  const brief = buildBrief(store.fusedInPeriod(undefined, undefined), {});
  store.close();
  const html = briefToHtml(brief);
  const doc = new DOMParser().parseFromString(html, 'text/html');

  it('the payloads were read and reach the brief (as text)', () => {
    expect(summary.new).toBe(2);
    expect(brief.keyDevelopments.length).toBeGreaterThan(0);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('&lt;img src=x onerror=alert(2)&gt;');
  });

  it('no script, image or handler attribute is built from them', () => {
    expect(doc.querySelectorAll('script, img, iframe, object, embed, svg').length).toBe(0);
    for (const el of doc.querySelectorAll('*')) for (const a of el.attributes) expect(a.name.startsWith('on'), `${el.tagName} ${a.name}`).toBe(false);
  });

  it('links are web links only, with no markup breaking out of the attribute', () => {
    for (const a of doc.querySelectorAll('a')) {
      const href = a.getAttribute('href') ?? '';
      expect(href).toMatch(/^https?:\/\//);
      expect(href).not.toMatch(/[<>"]/);
    }
  });
});
