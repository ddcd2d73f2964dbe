import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SqliteStore } from '../../src/store/sqlite/sqlite-store.js';
import { analyseForStore } from '../../src/ingest/run.js';
import { Checkpointer } from '../../src/ingest/checkpointer.js';
import { WriteLock } from '../../src/ingest/write-lock.js';
import type { StoredAnalysis } from '../../src/store/record.js';

let dir: string;
beforeAll(() => { dir = mkdtempSync(join(tmpdir(), 'sitrep-checkpointer-')); });
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** `n` distinct short reports, ready to store. */
function reports(from: number, n: number): StoredAnalysis[] {
  return Array.from({ length: n }, (_, k) => {
    const i = from + k;
    const r = analyseForStore({ origin: `t:${i}`, format: 'json', url: `https://example.test/${i}`, published: '2025-06-08',
      text: `Russian drones struck Kharkiv overnight, injuring ${i + 2} people, the regional governor said. Report ${i}.` }, {});
    if ('reason' in r) throw new Error(r.reason);
    return r;
  });
}

describe('Checkpointer', () => {
  it('a connection opened with its own checkpoints never checkpoints by itself', () => {
    const path = join(dir, 'own.db');
    new SqliteStore(path).close();
    const writer = new SqliteStore(path, { ownCheckpoints: true });
    expect(writer.db.pragma('wal_autocheckpoint', { simple: true })).toBe(0);
    const other = new SqliteStore(path);
    expect(other.db.pragma('wal_autocheckpoint', { simple: true })).toBeGreaterThan(0);
    other.close();
    writer.close();
  });

  it('copies the WAL every `every` documents without the write lock, then once more under it when the lock is free', () => {
    const path = join(dir, 'ckpt.db');
    const main = new SqliteStore(path);
    const writer = new SqliteStore(path, { ownCheckpoints: true });
    const lock = new WriteLock();
    // Who held the write lock at each checkpoint (2 is the checkpointing thread's number, 0 a worker's).
    const heldBy: (number | null)[] = [];
    const store = Object.assign(Object.create(main) as SqliteStore, { checkpoint: () => { heldBy.push(lock.holder()); main.checkpoint(); } });
    const c = new Checkpointer(store, lock, 2, 10);

    writer.putMany(reports(0, 6));
    c.written(6);
    expect(heldBy).toEqual([]); // fewer than `every` so far

    writer.putMany(reports(6, 6));
    lock.acquire(0); // a worker is writing
    c.written(6);
    expect(heldBy).toEqual([0]); // the copy went ahead beside the worker; the catch-up waits for the lock
    writer.putMany(reports(12, 2));
    lock.release(0);

    c.written(2); // the lock is free now: the catch-up, under the lock, and the lock given back
    expect(heldBy).toEqual([0, 2]);
    expect(lock.holder()).toBe(null);
    c.written(1);
    expect(heldBy).toEqual([0, 2]); // nothing more until the next `every`

    writer.putMany(reports(14, 8));
    c.written(8);
    expect(heldBy).toEqual([0, 2, null, 2]);
    expect(main.count()).toBe(22);
    writer.close();
    main.close();
  });
});
