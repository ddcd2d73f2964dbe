import { updateFusion } from '../fuse/update.js';
import type { PostgresStore } from '../store/postgres/postgres-store.js';

/**
 * Fuses what the queue's workers stored and nobody fused yet (fusion_pending), one fuser at a time across
 * all workers and machines: a session advisory lock, which PostgreSQL lets go by itself when the holder's
 * connection ends (a killed worker does not block the others).
 *
 * One lock for the whole picture rather than one per fusion block: an incremental update reads records
 * far from the new document's place (the claims that assert an incident, the denials of the days after,
 * copies of its text anywhere), so which blocks a document touches is only known once it is fused. With one
 * lock, workers store in parallel and fuse in turn, and the picture is one a single process would have built.
 * Fusing is the short part (milliseconds per document; analysing is the long one, docs/postgres.md).
 *
 * A fuser that dies mid-way leaves its mark (meta_kv 'fusion_in_progress'): the next one redoes the whole
 * picture rather than trust a half-written update. Returns how many documents it fused. With `wait: false`
 * it fuses only if no one else is fusing (0 otherwise): a worker with jobs to do goes on with them, and the
 * documents are fused by the current fuser's next round or by whoever finds the queue empty.
 */
/** updateFusion's own threshold (fuse/update.ts, fullAbove): past this share of the store, a full fusion is cheaper. */
const FULL_ABOVE = 0.25;

export function fusePending(store: PostgresStore, worker: string, fuse = true, opts: { wait?: boolean } = {}): number {
  const locked = <T>(fn: () => T) => (opts.wait === false ? store.tryLock('fusion', fn) : store.withLock('fusion', fn));
  return locked(() => {
    const [mark, pending] = store.pg.run([
      { text: "SELECT value FROM meta_kv WHERE key = 'fusion_in_progress'" },
      { text: 'SELECT doc_id FROM fusion_pending ORDER BY doc_id' },
    ]);
    const ids = pending.map((r) => r.doc_id as string);
    if (!ids.length && !mark.length) return 0;
    // A dead fuser's half-done update, or more waiting than an incremental update would take on (updateFusion
    // redoes the picture whole past a quarter of the store, but only after looking up every new document's
    // copies and neighbours): the whole picture, at once.
    if (mark.length || !fuse || ids.length > store.count() * FULL_ABOVE) store.markFusionStale();
    if (fuse) {
      store.pg.query("INSERT INTO meta_kv (key, value) VALUES ('fusion_in_progress', $1) ON CONFLICT (key) DO UPDATE SET value = excluded.value", [worker]);
      updateFusion(store, ids);
    }
    store.pg.run([
      { text: 'DELETE FROM fusion_pending WHERE doc_id = ANY($1)', values: [ids] },
      { text: "DELETE FROM meta_kv WHERE key = 'fusion_in_progress'" },
    ], { transaction: true });
    return ids.length;
  }) ?? 0;
}

/**
 * When a worker fuses (worker.ts): not after every job but once enough documents wait or the oldest has waited
 * long enough, and whenever the queue runs dry. Fusing many documents at once costs far less than fusing them
 * job by job (an update reads the same neighbourhood again for each job, and a job holding a new version of a
 * stored article makes fusion redo the whole picture), and the picture is at most this far behind.
 */
export const FUSE_EVERY = { documents: 500, seconds: 30 };

/** Whether the documents waiting for fusion are due (see FUSE_EVERY). */
export function fusionDue(store: PostgresStore): boolean {
  const r = store.pg.one<{ n: number; age: number | null }>('SELECT count(*)::int AS n, extract(epoch FROM now() - min(added_at))::float8 AS age FROM fusion_pending')!;
  return r.n >= FUSE_EVERY.documents || (r.age ?? 0) >= FUSE_EVERY.seconds;
}
