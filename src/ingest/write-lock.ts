/**
 * One writer at a time among ingest workers that share a store. SQLite allows a single writer; left to
 * itself, a worker that finds the database locked sleeps in SQLite's busy handler (1, 2, 5, 10… ms steps),
 * while this lock wakes the waiting worker the moment the other commits. It lives in shared memory: a
 * single 32-bit cell holding 0 (free) or the holder's number + 1, so the thread that starts the workers can
 * free it when a holder dies mid-write.
 */
export class WriteLock {
  private readonly cell: Int32Array;

  constructor(readonly buffer: SharedArrayBuffer = new SharedArrayBuffer(4)) {
    this.cell = new Int32Array(buffer);
  }

  /** Blocks this thread until the lock is free, then takes it for `holder`. */
  acquire(holder: number): void {
    for (;;) {
      const seen = Atomics.compareExchange(this.cell, 0, 0, holder + 1);
      if (seen === 0) return;
      // Wake on release; the timeout only guards against a release that was lost with a dead thread.
      Atomics.wait(this.cell, 0, seen, 100);
    }
  }

  /** Takes the lock for `holder` if it is free; never waits. */
  tryAcquire(holder: number): boolean {
    return Atomics.compareExchange(this.cell, 0, 0, holder + 1) === 0;
  }

  /** Frees the lock if `holder` has it (also for a thread that died holding it); anyone else's release is ignored. */
  release(holder: number): void {
    if (Atomics.compareExchange(this.cell, 0, holder + 1, 0) === holder + 1) Atomics.notify(this.cell, 0, 1);
  }

  /** Who holds it (a worker number), or null. */
  holder(): number | null {
    const v = Atomics.load(this.cell, 0);
    return v === 0 ? null : v - 1;
  }
}
