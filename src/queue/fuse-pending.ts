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
 * picture rather than trust a half-written update. Returns how many documents it fused.
 */
export function fusePending(store: PostgresStore, worker: string, fuse = true): number {
  return store.withLock('fusion', () => {
    const [mark, pending] = store.pg.run([
      { text: "SELECT value FROM meta_kv WHERE key = 'fusion_in_progress'" },
      { text: 'SELECT doc_id FROM fusion_pending ORDER BY doc_id' },
    ]);
    const ids = pending.map((r) => r.doc_id as string);
    if (!ids.length && !mark.length) return 0;
    if (mark.length || !fuse) store.markFusionStale();
    if (fuse) {
      store.pg.query("INSERT INTO meta_kv (key, value) VALUES ('fusion_in_progress', $1) ON CONFLICT (key) DO UPDATE SET value = excluded.value", [worker]);
      updateFusion(store, ids);
    }
    store.pg.run([
      { text: 'DELETE FROM fusion_pending WHERE doc_id = ANY($1)', values: [ids] },
      { text: "DELETE FROM meta_kv WHERE key = 'fusion_in_progress'" },
    ], { transaction: true });
    return ids.length;
  });
}
