import type { Store } from '../store/store.js';
import { fuse } from './fuse.js';

/**
 * Brings the fused picture up to date after documents were added. Incremental: only the documents
 * that share an event block or a speaker with the new ones are re-fused, and only their fused records
 * are replaced; a store whose fusion is marked stale (new schema, first run) is fused whole.
 */
export function updateFusion(store: Store, newDocIds: string[]): { documents: number; full: boolean } {
  if (store.fusionStale()) {
    const all = store.analyses(undefined, { slim: true });
    store.replaceFused(fuse(all), all.map((a) => a.document.id), true);
    return { documents: all.length, full: true };
  }
  if (!newDocIds.length) return { documents: 0, full: false };
  const ids = store.neighbourhood(newDocIds);
  // When the neighbourhood is most of the store, one full pass is cheaper than a partial one.
  if (ids.length > store.count() / 2) {
    const all = store.analyses(undefined, { slim: true });
    store.replaceFused(fuse(all), all.map((a) => a.document.id), true);
    return { documents: all.length, full: true };
  }
  const subset = store.analyses(ids, { slim: true });
  store.replaceFused(fuse(subset), ids);
  return { documents: subset.length, full: false };
}
