import { Worker } from 'node:worker_threads';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { analyseForStore } from './run.js';
import type { ReaderArticle, BuildOptions } from '../document/build.js';
import type { StoredAnalysis } from '../store/record.js';

type Result = StoredAnalysis | { origin: string; reason: string };

/**
 * A small pool of worker threads that analyse articles in parallel. Extraction is a pure function of
 * the article, so any worker may take any article; callers await results in the order they asked.
 */
/** The compiled worker script; from the TypeScript sources (tests) it is the built copy in dist/. */
function workerFile(): URL {
  const here = fileURLToPath(import.meta.url);
  if (here.endsWith('.ts')) return pathToFileURL(join(dirname(here), '..', '..', 'dist', 'ingest', 'analyse-worker.js'));
  return new URL('./analyse-worker.js', import.meta.url);
}

/**
 * A worker's heap is capped: extraction makes much short-lived garbage, and an uncapped V8 heap grows
 * to several hundred megabytes per thread before it collects. With the cap it collects sooner, for a
 * few per cent of speed; an article too big for it is analysed again in the main thread.
 */
const WORKER_HEAP_MB = 128;

export class AnalysePool {
  private workers: Worker[] = [];
  private waiting = new Map<number, { resolve: (r: Result) => void; article: ReaderArticle; opts: BuildOptions }>();
  private next = 0;
  /** Articles each worker has and has not handed back yet. */
  private load: number[] = [];

  /** Set when a worker dies: its articles and the rest of the batch are analysed in this thread instead. */
  private broken = false;

  private closing = false;

  constructor(size: number, opts: { heapMb?: number } = {}) {
    for (let i = 0; i < size; i++) {
      const w = new Worker(workerFile(), { resourceLimits: { maxOldGenerationSizeMb: opts.heapMb ?? WORKER_HEAP_MB } });
      this.load.push(0);
      w.on('message', (m: { id: number; result: Result }) => { this.load[i]--; const job = this.waiting.get(m.id); this.waiting.delete(m.id); job?.resolve(m.result); });
      // Out of memory is an 'error' then an 'exit'; a worker killed from outside only exits.
      w.on('error', () => this.fallBack());
      w.on('exit', () => { if (!this.closing) this.fallBack(); });
      this.workers.push(w);
    }
  }

  private fallBack(): void {
    this.broken = true;
    const jobs = [...this.waiting.values()];
    this.waiting.clear();
    for (const job of jobs) job.resolve(analyseForStore(job.article, job.opts));
  }

  analyse(article: ReaderArticle, opts: BuildOptions): Promise<Result> {
    if (this.broken) return Promise.resolve(analyseForStore(article, opts));
    const id = this.next++;
    // To the worker with the fewest articles in hand, not in turn: the cores of a shared machine run at
    // different speeds (one was 40% slower than the other here), and in turn the slower one sets the pace.
    let w = 0;
    for (let i = 1; i < this.load.length; i++) if (this.load[i] < this.load[w]) w = i;
    this.load[w]++;
    return new Promise((resolve) => {
      this.waiting.set(id, { resolve, article, opts });
      this.workers[w].postMessage({ id, article, opts });
    });
  }

  async close(): Promise<void> {
    this.closing = true;
    await Promise.all(this.workers.map((w) => w.terminate()));
  }
}
