import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SqliteStore } from '../../src/store/sqlite/sqlite-store.js';
import { analyseForStore, ingestPaths } from '../../src/ingest/run.js';
import { IngestPool } from '../../src/ingest/pool.js';

// The pool loads the compiled worker (dist/), which `npm test` builds first.
const CORPUS = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'demo', 'corpus');
let dir: string;
let n = 0;
const fresh = () => new SqliteStore(join(dir, `s${n++}.db`));
beforeAll(() => { dir = mkdtempSync(join(tmpdir(), 'sitrep-workers-')); });
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Everything a store holds of its documents, comparable across stores. */
const contents = (s: SqliteStore) => ({
  analyses: s.analyses().map((x) => JSON.stringify(x)),
  versions: s.documents({ includeSuperseded: true }).map((d) => [d.id, d.versionOf, d.supersededBy]).sort(),
  places: s.db.prepare('SELECT doc_id, idx, name, mentions, aliases FROM places ORDER BY doc_id, idx').all(),
});

describe('ingest with worker threads (each analyses and stores)', () => {
  it('stores exactly what a single-threaded ingest stores, failures included', async () => {
    const one = fresh();
    const two = fresh();
    const missing = join(dir, 'nope.txt');
    const a = await ingestPaths(one, [CORPUS, missing]);
    const b = await ingestPaths(two, [CORPUS, missing], { workers: 2 });
    expect(b.new).toBe(a.new);
    expect(b.new).toBeGreaterThan(20);
    expect(b.failures).toEqual(a.failures);
    expect(b.added).toEqual(a.added);
    expect(contents(two)).toEqual(contents(one));
    one.close();
    two.close();
  });

  it('two versions of one article in one batch are stored in the order they were read, by any number of workers', async () => {
    // The same URL three times with changing text, among other articles: each later one supersedes the one before.
    const items = Array.from({ length: 40 }, (_, i) => ({ url: `https://example.test/a/${i % 13 === 0 ? 'same' : i}`, title: `Item ${i}`, published: '2025-06-08',
      text: `Russian drones struck Kharkiv overnight, injuring ${i + 2} people, the regional governor said. Report number ${i}.` }));
    const file = join(dir, 'versions.jsonl');
    writeFileSync(file, items.map((x) => JSON.stringify(x)).join('\n'));
    const one = fresh();
    const two = fresh();
    const a = await ingestPaths(one, [file]);
    const b = await ingestPaths(two, [file], { workers: 2 });
    expect(a.versions).toBe(3);
    expect(b.versions).toBe(3);
    expect(contents(two)).toEqual(contents(one));
    const same = two.documents({ includeSuperseded: true }).filter((d) => d.url === 'https://example.test/a/same');
    expect(same.filter((d) => d.supersededBy === null).map((d) => d.title)).toEqual(['Item 39']);
    one.close();
    two.close();
  });

  const articles = Array.from({ length: 8 }, (_, i) => ({ origin: `mem:${i}`, format: 'json' as const, published: '2025-06-08', text: `Russian drones struck Kharkiv overnight, injuring ${i + 2} people, the regional governor said.` }));
  const expected = articles.map((a) => analyseForStore(a, {}));

  it('a worker killed mid-batch loses nothing: its articles are analysed and stored in this thread', async () => {
    const store = fresh();
    const pool = new IngestPool(store, 2);
    const outcomes = articles.map((a) => pool.submit(a, {}));
    await (pool as unknown as { workers: { terminate(): Promise<number> }[] }).workers[0].terminate();
    pool.flush();
    const done = await Promise.all(outcomes);
    await pool.close();
    expect(done.map((o) => ('status' in o.result ? o.result.status : o.result.reason))).toEqual(articles.map(() => 'new'));
    expect((pool as unknown as { broken: boolean }).broken).toBe(true);
    expect(store.analyses().map((x) => x.document.id).sort()).toEqual(expected.map((x) => ('id' in x ? x.id : '')).sort());
    store.close();
  });

  it('a worker that runs out of memory loses nothing either', async () => {
    const store = fresh();
    const pool = new IngestPool(store, 1, { heapMb: 2 });
    const done = await Promise.all(articles.map((a) => pool.submit(a, {})));
    await pool.close();
    expect(done.every((o) => 'status' in o.result && o.result.status === 'new')).toBe(true);
    expect((pool as unknown as { broken: boolean }).broken).toBe(true);
    expect(store.count()).toBe(articles.length);
    store.close();
  });

  it('an article past the time budget fails alone with the reason; the rest of the batch is stored', async () => {
    const store = fresh();
    // A budget of 1 ms: the watchdog stops the first worker it finds analysing anything.
    const many = Array.from({ length: 60 }, (_, i) => ({ ...articles[0], origin: `mem:b${i}`, text: `${articles[0].text} Item ${i}.` }));
    const pool = new IngestPool(store, 2, { docBudgetMs: 1 });
    const outcomes = many.map((a) => pool.submit(a, {}));
    pool.flush();
    const done = await Promise.all(outcomes);
    await pool.close();
    const failed = done.filter((o) => 'reason' in o.result);
    expect(failed.length).toBeGreaterThanOrEqual(1);
    expect(failed.length).toBeLessThanOrEqual(2); // one per worker at most: the rest went on in this thread
    for (const f of failed) expect('reason' in f.result && f.result.reason).toMatch(/took longer than .* time budget/);
    expect(store.count()).toBe(many.length - failed.length);
    store.close();
  });

  it('needs a store other threads can open', () => {
    const mem = new SqliteStore(':memory:');
    expect(() => new IngestPool(mem, 2)).toThrow(/store other threads can open/);
    mem.close();
  });
});
