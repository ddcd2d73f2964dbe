import { parentPort, workerData } from 'node:worker_threads';
import { analyseForStore, storeChunk } from './item.js';
import { WriteLock } from './write-lock.js';
import { openStore } from '../store/open.js';
import type { StoredAnalysis } from '../store/record.js';
import { unpackJob, type IngestDone, type PackedJob, type WorkerSetup } from './pool.js';

/**
 * An ingest worker: reads, cleans, analyses and stores the articles it is given, through its own
 * connection to the store. Writes go in small transactions, one worker at a time (WriteLock), so the
 * thread that reads the input does not also have to receive every analysis and write it.
 */
const setup = workerData as WorkerSetup;
// Never checkpoints: the thread that started the workers does, outside their writes (Checkpointer).
const store = openStore(setup.location, { ownCheckpoints: true });
const lock = new WriteLock(setup.lock);
const progress = new Float64Array(setup.progress);

/**
 * Analysed, not yet written: written once there are BATCH of them and the store is free, or when no more
 * articles are waiting. While the other worker writes, this one goes on analysing rather than wait, up to
 * MAX_HELD, then waits its turn.
 */
let held: { seq: number; row: StoredAnalysis }[] = [];
const BATCH = 25;
const MAX_HELD = 50;
let received = 0;
let idleCheck = false;

function write(wait = true): void {
  if (!held.length) return;
  if (!wait && !lock.tryAcquire(setup.index)) return;
  if (wait) lock.acquire(setup.index);
  const batch = held;
  held = [];
  let done: IngestDone['items'];
  try {
    const results = storeChunk(store, batch.map((h) => h.row));
    done = batch.map((h, k) => ({ seq: h.seq, origin: h.row.origin, result: results[k], warnings: h.row.warnings }));
  } finally {
    lock.release(setup.index);
  }
  parentPort!.postMessage({ items: done } satisfies IngestDone);
}

parentPort!.on('message', (msg: PackedJob | 'flush' | 'close') => {
  if (msg === 'flush') { write(); return; }
  if (msg === 'close') { write(); store.close(); parentPort!.postMessage('closed'); return; }
  const m = unpackJob(msg);
  received++;
  progress[setup.index * 2] = Date.now();
  progress[setup.index * 2 + 1] = m.seq + 1;
  const r = analyseForStore(m.article, m.opts);
  progress[setup.index * 2 + 1] = 0;
  if ('reason' in r) parentPort!.postMessage({ items: [{ seq: m.seq, origin: r.origin, result: r, warnings: [] }] } satisfies IngestDone);
  else held.push({ seq: m.seq, row: r });
  if (held.length >= BATCH) { write(held.length >= MAX_HELD); if (!held.length) return; }
  if (!idleCheck) { idleCheck = true; seen = received; setImmediate(whenIdle); }
});

let seen = 0;
/**
 * Messages already waiting are handled before an immediate runs: if none came in meanwhile, the input has
 * paused (the reading thread waits for these results, or the input is done), so what is held is written now.
 */
function whenIdle(): void {
  if (received !== seen) { seen = received; setImmediate(whenIdle); return; }
  idleCheck = false;
  write();
}
