import { buildDocument, InputError, type BuildOptions } from '../document/build.js';
import { analyse } from '../extract/analyse.js';
import type { Analysis } from '../extract/types.js';
import type { PutResult, Store } from '../store/store.js';
import { updateFusion } from '../fuse/update.js';
import { expandPaths, readSource, type SourceOptions } from './source.js';
import { AnalysePool } from './pool.js';
import { toStored, type StoredAnalysis } from '../store/record.js';

export interface Failure {
  origin: string;
  reason: string;
}

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
  /** Analyse in this many worker threads (default 1: in this thread). Results are stored in input order. */
  workers?: number;
}

/** Analyses one item and puts it in the shape the store writes (what ingest workers hand back). */
export function analyseForStore(article: Parameters<typeof buildDocument>[0], opts: BuildOptions): StoredAnalysis | Failure {
  const a = analyseItem(article, opts);
  return 'reason' in a ? a : toStored(a);
}

/** Reads, cleans and analyses one item; a broken item becomes a failure, never an exception. */
export function analyseItem(article: Parameters<typeof buildDocument>[0], opts: BuildOptions): Analysis | Failure {
  try {
    return analyse(buildDocument(article, opts));
  } catch (e) {
    if (e instanceof InputError) return { origin: article.origin, reason: e.message };
    return { origin: article.origin, reason: `could not analyse: ${e instanceof Error ? e.message.split('\n')[0] : String(e)}` };
  }
}

/** Ingests paths into a store. Each file stands alone: a bad one is reported and the batch goes on. */
export async function ingestPaths(store: Store, paths: string[], opts: IngestOptions = {}): Promise<IngestSummary> {
  const s: IngestSummary = { new: 0, unchanged: 0, versions: 0, failed: 0, added: [], failures: [], warnings: [] };
  const fail = (f: Failure) => { s.failed++; s.failures.push(f); opts.onFailure?.(f); };
  const { files, errors } = await expandPaths(paths);
  errors.forEach(fail);
  const chunk = opts.chunk ?? 100;
  const count = (r: PutResult) => {
    if (r.status === 'new') s.new++;
    else if (r.status === 'unchanged') s.unchanged++;
    else s.versions++;
    if (r.status !== 'unchanged') s.added.push(r.id);
  };
  // Both paths (this thread, workers) hand over the rows to store, so the writer sees one shape.
  let pending: StoredAnalysis[] = [];
  const flush = () => {
    if (!pending.length) return;
    try {
      for (const r of store.putMany(pending)) count(r);
    } catch (e) {
      // The chunk's transaction rolled back as a whole; retry one by one so one bad item can't sink the others.
      for (const a of pending) {
        try {
          count(store.put(a));
        } catch (e2) { fail({ origin: a.origin, reason: `could not store: ${(e2 as Error).message}` }); }
      }
      void e;
    }
    pending = [];
  };
  let done = 0;
  const pool = (opts.workers ?? 1) > 1 ? new AnalysePool(opts.workers!) : null;
  // With workers, keep a bounded window of articles in flight (32: enough to keep two workers busy, few
  // enough that finished results waiting their turn stay small) and take results back in input order.
  const inflight: Promise<StoredAnalysis | Failure>[] = [];
  const take = async () => accept(await inflight.shift()!);
  const accept = (a: StoredAnalysis | Failure) => {
    if ('reason' in a) { fail(a); return; }
    for (const reason of a.warnings) s.warnings.push({ origin: a.origin, reason });
    pending.push(a);
    if (pending.length >= chunk) flush();
  };
  try {
    for (const path of files) {
      for await (const item of readSource(path, opts)) {
        if (!item.ok) { fail({ origin: item.origin, reason: item.reason }); continue; }
        if (!pool) { accept(analyseForStore(item.article, opts)); continue; }
        inflight.push(pool.analyse(item.article, { published: opts.published }));
        if (inflight.length >= 32) await take();
      }
      while (inflight.length) await take();
      flush();
      opts.onFile?.(path, ++done, files.length);
    }
  } finally {
    await pool?.close();
  }
  flush();
  if (opts.fuse !== false) updateFusion(store, s.added);
  return s;
}

export const summaryLine = (s: IngestSummary): string =>
  `${s.new} new, ${s.unchanged} unchanged${s.versions ? `, ${s.versions} new versions` : ''}, ${s.failed} failed`;
