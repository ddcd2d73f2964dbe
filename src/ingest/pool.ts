import { Worker } from 'node:worker_threads';
import { serialize, deserialize } from 'node:v8';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { ReaderArticle, BuildOptions } from '../document/build.js';
import type { PutResult, Store } from '../store/store.js';
import { documentKey } from '../store/record.js';
import { WriteLock } from './write-lock.js';
import { Checkpointer } from './checkpointer.js';
import { analyseForStore, storeChunk, type Failure } from './item.js';

/** What a worker is started with. */
export interface WorkerSetup {
  /** Where the store is (see Store.location). */
  location: string;
  /** The shared write lock's memory. */
  lock: SharedArrayBuffer;
  /** The worker's number, as the lock knows it. */
  index: number;
  /** Per worker two numbers: when it started its current article (ms since the epoch) and that article's seq + 1 (0: idle). */
  progress: SharedArrayBuffer;
}

/** How long one article may take to analyse in a worker before the worker is stopped and the article failed. */
export const DOC_BUDGET_MS = 10_000;

export interface IngestJob {
  seq: number;
  article: ReaderArticle;
  opts: BuildOptions;
}

/**
 * A job as it travels and waits: serialised once (v8.serialize), posted as bytes, and kept as bytes until
 * the worker reports, to be redone here should the worker die. Kept as objects, the articles in flight
 * outlived the young generation's collections and were promoted, so the reading thread's heap grew with
 * the batch (to ~70 MB at 4,000 articles); as bytes they sit outside the heap and its objects die young.
 */
export type PackedJob = Uint8Array;
export const packJob = (job: IngestJob): PackedJob => serialize(job);
export const unpackJob = (bytes: PackedJob): IngestJob => deserialize(bytes) as IngestJob;

/** A worker's report: each article stored (its result), or not (why). */
export interface IngestDone {
  items: { seq: number; origin: string; result: PutResult | Failure; warnings: string[] }[];
}

export type Outcome = IngestDone['items'][number];

/** The compiled worker script; from the TypeScript sources (tests) it is the built copy in dist/. */
function workerFile(): URL {
  const here = fileURLToPath(import.meta.url);
  if (here.endsWith('.ts')) return pathToFileURL(join(dirname(here), '..', '..', 'dist', 'ingest', 'worker.js'));
  return new URL('./worker.js', import.meta.url);
}

/**
 * A worker's heap is capped: extraction makes much short-lived garbage, and an uncapped V8 heap grows
 * to several hundred megabytes per thread before it collects. With the cap it collects sooner, for a
 * few per cent of speed; an article too big for it is analysed again in the main thread.
 */
const WORKER_HEAP_MB = 128;

interface Pending {
  resolve: (o: Outcome) => void;
  job: PackedJob;
  worker: number;
  key: string;
}

/**
 * Worker threads that analyse articles and store them, each through its own connection to the store
 * (one writing at a time). Extraction is a pure function of the article, so any worker may take any
 * article, except that articles with the same key (URL or id) go to the same worker, in order, so that
 * versions are stored in the order they were read. Callers await outcomes in the order they submitted.
 */
export class IngestPool {
  private workers: Worker[] = [];
  private lock = new WriteLock();
  /** Checkpoints the WAL the workers write (they never do). */
  private checkpointer: Checkpointer;
  private pending = new Map<number, Pending>();
  /** Articles each worker holds and has not reported on. */
  private load: number[] = [];
  /** Keys with an article in some worker, and which worker. */
  private keyAt = new Map<string, { worker: number; count: number }>();
  private next = 0;
  /** Set when a worker dies: its articles and the rest of the batch are handled in this thread instead. */
  private broken = false;
  private closing = false;

  /** What each worker is analysing and since when (see WorkerSetup.progress), read by the watchdog. */
  private progress: Float64Array;
  private watchdog: NodeJS.Timeout;
  /** Articles a worker was stopped on for exceeding the time budget: failed, not redone. */
  private overBudget = new Map<number, number>();

  constructor(private readonly store: Store, size: number, opts: { heapMb?: number; docBudgetMs?: number } = {}) {
    const location = store.location();
    if (!location) throw new Error('ingest workers need a store other threads can open (a database file)');
    // Holder numbers 0..size-1 are the workers'; this thread takes the lock as `size`.
    this.checkpointer = new Checkpointer(store, this.lock, size);
    const progress = new SharedArrayBuffer(size * 2 * Float64Array.BYTES_PER_ELEMENT);
    this.progress = new Float64Array(progress);
    for (let i = 0; i < size; i++) {
      const w = new Worker(workerFile(), {
        workerData: { location, lock: this.lock.buffer, index: i, progress } satisfies WorkerSetup,
        resourceLimits: { maxOldGenerationSizeMb: opts.heapMb ?? WORKER_HEAP_MB },
      });
      this.load.push(0);
      w.on('message', (m: IngestDone | 'closed') => { if (m !== 'closed') this.report(m); });
      // Out of memory is an 'error' then an 'exit'; a worker killed from outside only exits.
      w.on('error', () => this.fallBack(i));
      w.on('exit', () => { if (!this.closing) this.fallBack(i); });
      this.workers.push(w);
    }
    // One article cannot stall the batch: a worker past the budget on one article is stopped; that article
    // fails with the reason, and the worker's other articles (and the rest of the batch) are done here.
    const budget = opts.docBudgetMs ?? DOC_BUDGET_MS;
    this.watchdog = setInterval(() => this.checkBudget(budget), Math.max(1, Math.min(1000, budget / 2)));
    this.watchdog.unref();
  }

  private checkBudget(budget: number): void {
    if (this.broken) return;
    const now = Date.now();
    for (let i = 0; i < this.workers.length; i++) {
      const seq = this.progress[i * 2 + 1] - 1;
      if (seq < 0 || now - this.progress[i * 2] <= budget || !this.pending.has(seq)) continue;
      this.overBudget.set(seq, now - this.progress[i * 2]);
      void this.workers[i].terminate();
    }
  }

  private report(m: IngestDone): void {
    let written = 0;
    for (const item of m.items) {
      this.settle(item);
      if ('status' in item.result && item.result.status !== 'unchanged') written++;
    }
    if (written && !this.broken) this.checkpointer.written(written);
  }

  private settle(item: Outcome): void {
    const p = this.pending.get(item.seq);
    if (!p) return;
    this.pending.delete(item.seq);
    this.load[p.worker]--;
    const k = this.keyAt.get(p.key);
    if (k && --k.count === 0) this.keyAt.delete(p.key);
    p.resolve(item);
  }

  /** A worker died: free the write lock if it held it, and handle its articles, and all later ones, here. */
  private fallBack(dead: number): void {
    if (this.broken && !this.pending.size) return;
    this.broken = true;
    this.lock.release(dead);
    for (const [seq, p] of [...this.pending]) {
      if (p.worker !== dead) continue;
      const job = unpackJob(p.job);
      const ms = this.overBudget.get(seq);
      if (ms === undefined) { this.settle(this.here(job)); continue; }
      const reason = `took longer than ${(ms / 1000).toFixed(1)} s to analyse (the time budget per article); skipped`;
      this.settle({ seq, origin: job.article.origin, result: { origin: job.article.origin, reason }, warnings: [] });
    }
  }

  /** Analyses and stores one article in this thread (after a worker died). */
  private here(job: IngestJob): Outcome {
    const r = analyseForStore(job.article, job.opts);
    if ('reason' in r) return { seq: job.seq, origin: r.origin, result: r, warnings: [] };
    return { seq: job.seq, origin: r.origin, result: storeChunk(this.store, [r])[0], warnings: r.warnings };
  }

  submit(article: ReaderArticle, opts: BuildOptions): Promise<Outcome> {
    const job: IngestJob = { seq: this.next++, article, opts };
    if (this.broken) return Promise.resolve(this.here(job));
    const key = documentKey(article);
    // Same key as an article still in a worker: that worker, so versions keep their order. Otherwise the
    // worker with the fewest in hand: the cores of a shared machine run at different speeds (one was 40%
    // slower than the other here), and in turn the slower one sets the pace.
    let w = this.keyAt.get(key)?.worker ?? -1;
    if (w < 0) { w = 0; for (let i = 1; i < this.load.length; i++) if (this.load[i] < this.load[w]) w = i; }
    this.load[w]++;
    const k = this.keyAt.get(key);
    if (k) k.count++;
    else this.keyAt.set(key, { worker: w, count: 1 });
    const packed = packJob(job);
    return new Promise((resolve) => {
      this.pending.set(job.seq, { resolve, job: packed, worker: w, key });
      this.workers[w].postMessage(packed);
    });
  }

  /** Asks every worker to write what it holds now (the input has paused or ended). */
  flush(): void {
    if (!this.broken) for (const w of this.workers) w.postMessage('flush');
  }

  async close(): Promise<void> {
    this.closing = true;
    clearInterval(this.watchdog);
    // Each worker writes what it holds and closes its connection before it is stopped.
    await Promise.all(this.workers.map((w) => new Promise<void>((resolve) => {
      const done = () => resolve();
      if (w.threadId === -1) { done(); return; } // already gone
      w.once('exit', done);
      w.on('message', (m) => { if (m === 'closed') void w.terminate().then(done); });
      try { w.postMessage('close'); } catch { done(); }
    })));
  }
}
