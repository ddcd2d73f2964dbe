import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync, truncateSync, rmSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readSource } from '../../src/ingest/source.js';
import { ingestPaths } from '../../src/ingest/run.js';
import { SqliteStore } from '../../src/store/sqlite/sqlite-store.js';
import { FIXTURES } from '../helpers.js';

let dir: string;
const bad: Record<string, string> = {};

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'sitrep-bad-'));
  const w = (name: string, data: string | Buffer) => { const p = join(dir, name); writeFileSync(p, data); return p; };
  bad.empty = w('empty.txt', '');
  bad.blank = w('blank.txt', '   \n\n  ');
  bad.binary = w('photo.txt', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d]));
  bad.utf8 = w('latin1.txt', Buffer.from([0x4b, 0x79, 0x69, 0x76, 0x20, 0xe9, 0x74, 0xe9, 0x20, 0x6f, 0x6b, 0x0a]));
  bad.truncated = w('cut.json', '{"title": "Strike", "text": "A missile hit the ci');
  bad.notFeed = w('sitemap.xml', '<?xml version="1.0"?><urlset><url><loc>https://example.org/</loc></url></urlset>');
  bad.noArticle = w('login.html', '<html><head><title>Sign in</title></head><body><form><input name="u"><button>Go</button></form></body></html>');
  bad.noText = w('meta.json', '{"title": "Only a title", "url": "https://example.org/x"}');
  bad.huge = join(dir, 'huge.txt');
  writeFileSync(bad.huge, 'x');
  truncateSync(bad.huge, 200 * 1024 * 1024); // sparse: 200 MB on paper, nothing on disk
  bad.missing = join(dir, 'does-not-exist.txt');
  bad.badLine = w('mixed.jsonl', '{"title":"One","text":"Shelling hit Kherson on Sunday, officials said.","published":"2025-06-08"}\n{"title": broken\n{"title":"Three","text":"Drones struck Sumy overnight, the governor said.","published":"2025-06-08"}\n');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function firstFailure(path: string): Promise<string> {
  for await (const it of readSource(path)) if (!it.ok) return it.reason;
  return '(read fine)';
}

describe('bad input gets one clear line naming the problem', () => {
  it.each([
    ['empty', /^empty file/],
    ['blank', /^empty file/],
    ['binary', /^binary file/],
    ['utf8', /^invalid UTF-8 at byte 5$/],
    ['truncated', /^invalid JSON: unexpected end/],
    ['notFeed', /^XML is not an RSS or Atom feed \(root element <urlset>\)$/],
    ['noArticle', /^no article found in the HTML page$/],
    ['noText', /^no article text/],
    ['huge', /^file too large \(200 MB; the limit is 50 MB/],
    ['missing', /^no such file or folder$/],
  ])('%s', async (name, want) => {
    const reason = await firstFailure(bad[name]);
    expect(reason).toMatch(want);
    expect(reason).not.toMatch(/\n/);
  });

  it('a bad JSON line fails alone, with its line number; the others are read', async () => {
    const items = [];
    for await (const it of readSource(bad.badLine)) items.push(it);
    expect(items.map((i) => i.ok)).toEqual([true, false, true]);
    const f = items[1];
    expect(!f.ok && f.origin).toBe(`${bad.badLine}:2`);
  });
});

describe('a batch with bad files goes on and leaves the store intact', () => {
  it('stores the good ones, reports each failure, and keeps what was stored before', async () => {
    const db = join(dir, 'store.db');
    const store = new SqliteStore(db);
    const good = join(dir, 'good.json');
    copyFileSync(join(FIXTURES, 'inputs', 'article.json'), good);
    const first = await ingestPaths(store, [good]);
    expect(first).toMatchObject({ new: 1, failed: 0 });
    const before = store.get(store.documents()[0].id);

    const s = await ingestPaths(store, [bad.empty, bad.binary, bad.utf8, bad.truncated, bad.notFeed, bad.noArticle, bad.huge, bad.missing, bad.badLine, join(FIXTURES, 'inputs', 'feed.rss.xml'), good]);
    expect(s.failed).toBe(9);
    expect(s.failures.map((f) => f.origin)).toContain(bad.missing);
    expect(s.new).toBe(4); // two JSONL lines and two feed items
    expect(s.unchanged).toBe(1); // the article stored before
    expect(store.count()).toBe(5);
    expect(store.get(before!.document.id)).toEqual(before);
    expect(store.db.pragma('integrity_check', { simple: true })).toBe('ok');
    store.close();
  });
});
