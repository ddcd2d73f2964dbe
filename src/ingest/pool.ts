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

export class AnalysePool {
  private workers: Worker[] = [];
  private waiting = new Map<number, (r: Result) => void>();
  private next = 0;

  /** Set when a worker dies: the rest of the batch is analysed in this thread instead of hanging. */
  private broken = false;

  constructor(size: number) {
    for (let i = 0; i < size; i++) {
      const w = new Worker(workerFile());
      w.on('message', (m: { id: number; result: Result }) => { const done = this.waiting.get(m.id); this.waiting.delete(m.id); done?.(m.result); });
      w.on('error', (e) => {
        this.broken = true;
        for (const [, done] of this.waiting) done({ origin: 'worker', reason: `analysis worker failed: ${e.message}` });
        this.waiting.clear();
      });
      this.workers.push(w);
    }
  }

  analyse(article: ReaderArticle, opts: BuildOptions): Promise<Result> {
    if (this.broken) return Promise.resolve(analyseForStore(article, opts));
    const id = this.next++;
    return new Promise((resolve) => {
      this.waiting.set(id, resolve);
      this.workers[id % this.workers.length].postMessage({ id, article, opts });
    });
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.terminate()));
  }
}
