import { describe, expect, it } from 'vitest';
import { Worker } from 'node:worker_threads';
import { WriteLock } from '../../src/ingest/write-lock.js';

/** A thread that takes the lock as holder 1 and says when it has it. */
const WAITER = `
const { parentPort, workerData } = require('node:worker_threads');
const cell = new Int32Array(workerData);
for (;;) { const seen = Atomics.compareExchange(cell, 0, 0, 2); if (seen === 0) break; Atomics.wait(cell, 0, seen, 100); }
parentPort.postMessage('acquired');
`;

describe('WriteLock', () => {
  it('one holder at a time: a waiter gets it when the holder releases, not before', async () => {
    const lock = new WriteLock();
    lock.acquire(0);
    expect(lock.holder()).toBe(0);
    let released = false;
    const w = new Worker(WAITER, { eval: true, workerData: lock.buffer });
    const acquiredAfterRelease = new Promise<boolean>((resolve) => w.on('message', () => resolve(released)));
    await new Promise((r) => setTimeout(r, 150));
    expect(lock.holder()).toBe(0);
    released = true;
    lock.release(0);
    expect(await acquiredAfterRelease).toBe(true);
    expect(lock.holder()).toBe(1);
    await w.terminate();
  });

  it('a release by someone else is ignored; a dead holder can be released on its behalf', () => {
    const lock = new WriteLock();
    lock.acquire(3);
    lock.release(1);
    expect(lock.holder()).toBe(3);
    lock.release(3);
    expect(lock.holder()).toBe(null);
    lock.acquire(1);
    expect(lock.holder()).toBe(1);
  });
});
