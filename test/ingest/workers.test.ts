import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SqliteStore } from '../../src/store/sqlite/sqlite-store.js';
import { ingestPaths } from '../../src/ingest/run.js';

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
});
