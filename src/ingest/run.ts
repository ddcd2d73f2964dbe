import type { BuildOptions } from '../document/build.js';
import type { PutResult, Store } from '../store/store.js';
import { fuseSerialised } from '../store/fuse-serialised.js';
import { expandPaths, readSource, type SourceOptions } from './source.js';
import { IngestPool, type Outcome } from './pool.js';
import { analyseForStore, storeChunk, type Failure } from './item.js';
import type { StoredAnalysis } from '../store/record.js';

export { analyseForStore, analyseItem, storeChunk, type Failure } from './item.js';


export interface IngestSummary {
  new: number;
  unchanged: number;
  versions: number;
  failed: number;
  /** Ids of documents stored new or as new versions, for incremental fusion. */
  added: string[];
  failures: Failure[];
  warnings: Failure[];
}

export interface IngestOptions extends BuildOptions, SourceOptions {
  /** Called once per input path, after it is done (progress bars). */
  onFile?: (path: string, done: number, total: number) => void;
  /** Called on each failure as it happens, so a long batch reports early. */
  onFailure?: (f: Failure) => void;
  chunk?: number;
  /** Update the fused picture afterwards (default true). */
  fuse?: boolean;
  /** Analyse and store in this many worker threads (default 1: all in this thread). Outcomes are reported in input order, and versions of one article stored in the order read. */
  workers?: number;
  /** With workers: how long one article may take to analyse before it is failed (default DOC_BUDGET_MS). */
  docBudgetMs?: number;
}

/**
 * Articles handed to workers and not yet reported on. Enough that neither worker runs dry while it or
 * the other writes (each holds up to a few dozen analyses between writes), or while this thread
 * checkpoints the WAL (Checkpointer: a quarter of a second now and then, when it hands out nothing), and
 * few enough to hold little memory (they wait serialised, a few KB each).
 */
const WINDOW = 256;

/** Ingests paths into a store. Each file stands alone: a bad one is reported and the batch goes on. */
export async function ingestPaths(store: Store, paths: string[], opts: IngestOptions = {}): Promise<IngestSummary> {
  const s: IngestSummary = { new: 0, unchanged: 0, versions: 0, failed: 0, added: [], failures: [], warnings: [] };
  const fail = (f: Failure) => { s.failed++; s.failures.push(f); opts.onFailure?.(f); };
  const { files, errors } = await expandPaths(paths);
  errors.forEach(fail);
  const chunk = opts.chunk ?? 100;
  const count = (origin: string, r: PutResult | Failure, warnings: string[]) => {
    if ('reason' in r) { fail(r); return; }
    for (const reason of warnings) s.warnings.push({ origin, reason });
    if (r.status === 'new') s.new++;
    else if (r.status === 'unchanged') s.unchanged++;
    else s.versions++;
    if (r.status !== 'unchanged') s.added.push(r.id);
  };
  // In this thread: analyse, then store in chunks of `chunk` per transaction.
  let pending: StoredAnalysis[] = [];
  const flush = () => {
    storeChunk(store, pending).forEach((r, k) => count(pending[k].origin, r, pending[k].warnings));
    pending = [];
  };
  let done = 0;
  // With workers (a big batch, and a store other threads can open), each worker analyses and stores through
  // its own connection; this thread reads the input and counts what they report, in input order.
  const pool = (opts.workers ?? 1) > 1 && store.location() ? new IngestPool(store, opts.workers!, { docBudgetMs: opts.docBudgetMs }) : null;
  const inflight: Promise<Outcome>[] = [];
  const take = async () => { const o = await inflight.shift()!; count(o.origin, o.result, o.warnings); };
  try {
    for (const path of files) {
      for await (const item of readSource(path, opts)) {
        if (!item.ok) { fail({ origin: item.origin, reason: item.reason }); continue; }
        if (!pool) {
          const a = analyseForStore(item.article, opts);
          if ('reason' in a) fail(a);
          else { pending.push(a); if (pending.length >= chunk) flush(); }
          continue;
        }
        inflight.push(pool.submit(item.article, { published: opts.published }));
        if (inflight.length >= WINDOW) await take();
      }
      pool?.flush();
      while (inflight.length) await take();
      if (pending.length) flush();
      opts.onFile?.(path, ++done, files.length);
    }
  } finally {
    await pool?.close();
  }
  if (pending.length) flush();
  if (opts.fuse !== false) fuseSerialised(store, s.added);
  return s;
}

export const summaryLine = (s: IngestSummary): string =>
  `${s.new} new, ${s.unchanged} unchanged${s.versions ? `, ${s.versions} new versions` : ''}, ${s.failed} failed`;
