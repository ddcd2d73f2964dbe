import type { RawArticle } from '../document/types.js';
import { analyseForStore, type Failure } from '../ingest/item.js';
import type { PostgresStore } from '../store/postgres/postgres-store.js';
import type { StoredAnalysis } from '../store/record.js';
import type { PutResult } from '../store/store.js';

/** What an ingest job carries: the articles as read (a worker on another machine cannot read the files). */
export interface IngestPayload {
  articles: RawArticle[];
  /** --published: the date for articles that give none. */
  published?: string | null;
  /** false: skip fusing (the picture is marked stale instead), as `sitrep ingest --no-fuse`. */
  fuse?: boolean;
}

/** One article's outcome, in the job's result. */
export interface IngestOutcome { origin: string; result: PutResult | Failure; warnings: string[] }

/**
 * Analyses a job's articles and stores them in one transaction (one by one when that fails, so one bad
 * article cannot sink the others), their ids queued for fusion in the same transaction. Storing is
 * idempotent: a job run again after its worker died finds its documents stored ('unchanged'), never twice.
 */
export function runIngestJob(store: PostgresStore, p: IngestPayload): IngestOutcome[] {
  const out: (IngestOutcome | null)[] = [];
  const rows: { at: number; row: StoredAnalysis }[] = [];
  for (const article of p.articles) {
    const a = analyseForStore(article, { published: p.published });
    if ('reason' in a) out.push({ origin: a.origin, result: a, warnings: [] });
    else { rows.push({ at: out.length, row: a }); out.push(null); }
  }
  let results: (PutResult | Failure)[];
  try {
    results = store.putMany(rows.map((r) => r.row), { queueFusion: true });
  } catch {
    results = rows.map(({ row }) => {
      try { return store.putMany([row], { queueFusion: true })[0]; } catch (e) { return { origin: row.origin, reason: `could not store: ${(e as Error).message}` }; }
    });
  }
  rows.forEach(({ at, row }, k) => { out[at] = { origin: row.origin, result: results[k], warnings: row.warnings }; });
  return out as IngestOutcome[];
}
