import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SqliteStore } from '../../src/store/sqlite/sqlite-store.js';
import { analyseForStore, ingestPaths } from '../../src/ingest/run.js';
import { AnalysePool } from '../../src/ingest/pool.js';

// The pool loads the compiled worker (dist/), which `npm test` builds first.
const CORPUS = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'demo', 'corpus');
let dir: string;
beforeAll(() => { dir = mkdtempSync(join(tmpdir(), 'sitrep-workers-')); });
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('ingest with worker threads', () => {
  it('stores exactly what a single-threaded ingest stores, failures included', async () => {
    const one = new SqliteStore(join(dir, 'one.db'));
    const two = new SqliteStore(join(dir, 'two.db'));
    const missing = join(dir, 'nope.txt');
    const a = await ingestPaths(one, [CORPUS, missing]);
    const b = await ingestPaths(two, [CORPUS, missing], { workers: 2 });
    expect(b.new).toBe(a.new);
    expect(b.failures).toEqual(a.failures);
    const strip = (s: SqliteStore) => s.analyses().map((x) => JSON.stringify(x));
    expect(strip(two)).toEqual(strip(one));
    one.close();
    two.close();
  });

  const articles = Array.from({ length: 8 }, (_, i) => ({ origin: `mem:${i}`, format: 'json' as const, published: '2025-06-08', text: `Russian drones struck Kharkiv overnight, injuring ${i + 2} people, the regional governor said.` }));
  const expected = articles.map((a) => analyseForStore(a, {}));

  it('a worker killed mid-batch loses nothing: its articles are analysed in this thread', async () => {
    const pool = new AnalysePool(2);
    const pending = articles.map((a) => pool.analyse(a, {}));
    await (pool as unknown as { workers: { terminate(): Promise<number> }[] }).workers[0].terminate();
    expect(await Promise.all(pending)).toEqual(expected);
    expect((pool as unknown as { broken: boolean }).broken).toBe(true);
    await pool.close();
  });

  it('a worker that runs out of memory loses nothing either', async () => {
    const pool = new AnalysePool(1, { heapMb: 2 });
    expect(await Promise.all(articles.map((a) => pool.analyse(a, {})))).toEqual(expected);
    expect((pool as unknown as { broken: boolean }).broken).toBe(true);
    await pool.close();
  });
});
