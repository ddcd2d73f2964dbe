import { buildDocument, InputError, type BuildOptions } from '../document/build.js';
import { analyse } from '../extract/analyse.js';
import type { Analysis } from '../extract/types.js';
import type { PutResult, Store } from '../store/store.js';
import { toStored, type StoredAnalysis } from '../store/record.js';

/**
 * One item's way from article to store, apart from the batch runner (run.ts): ingest workers load this
 * and not the readers (HTML, feeds), which they never use and which cost each worker a third of a
 * second to load and ~25 MB to hold.
 */

export interface Failure {
  origin: string;
  reason: string;
}

/** Analyses one item and puts it in the shape the store writes. */
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

/**
 * Stores rows in one transaction; if that fails, one by one, so one bad item can't sink the others (the
 * chunk's transaction rolled back as a whole). One result per row: stored, or why not.
 */
export function storeChunk(store: Store, rows: StoredAnalysis[]): (PutResult | Failure)[] {
  try {
    return store.putMany(rows);
  } catch {
    return rows.map((a) => {
      try {
        return store.put(a);
      } catch (e) {
        return { origin: a.origin, reason: `could not store: ${(e as Error).message}` };
      }
    });
  }
}
