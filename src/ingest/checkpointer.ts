import type { Store } from '../store/store.js';
import type { WriteLock } from './write-lock.js';

/**
 * Checkpoints the store's WAL during a worker ingest, from the thread that reads the input rather than
 * from the workers. Left to SQLite, the commit that pushed the WAL past its limit copied it into the
 * database (half a second of mostly waiting for the disk, every few hundred documents) while it held the
 * write lock, and the other worker, its analyses piling up, soon waited too: a core idle for a tenth of a
 * big ingest. The workers' connections never checkpoint (openStore's ownCheckpoints); this thread, which
 * is otherwise idle, copies the WAL every `every` documents written, waiting for nobody (a writer may go on
 * appending meanwhile). Then, at a moment the write lock is free, it takes the lock to copy the little
 * written in the meantime, so that the next write starts the WAL afresh rather than lengthening it.
 */
export class Checkpointer {
  private sinceLast = 0;
  private catchUp = false;

  constructor(private readonly store: Store, private readonly lock: WriteLock, private readonly holder: number, readonly every = 500) {}

  /** The workers wrote `n` more documents. */
  written(n: number): void {
    if (this.catchUp) this.finish();
    this.sinceLast += n;
    if (this.sinceLast < this.every) return;
    this.sinceLast = 0;
    this.store.checkpoint();
    this.catchUp = true;
    this.finish();
  }

  /** The catch-up copy, under the write lock if it is free now; else at the next report. */
  private finish(): void {
    if (!this.lock.tryAcquire(this.holder)) return;
    try {
      this.store.checkpoint();
      this.catchUp = false;
    } finally {
      this.lock.release(this.holder);
    }
  }
}
