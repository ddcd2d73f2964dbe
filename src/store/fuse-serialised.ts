import { updateFusion } from '../fuse/update.js';
import type { Store } from './store.js';
import { PostgresStore } from './postgres/postgres-store.js';

/**
 * updateFusion, one fuser at a time on a shared store: on PostgreSQL, under the advisory lock the queue's
 * workers fuse under (queue/fuse-pending.ts), so an API write or a `sitrep fuse` never interleaves its
 * read-then-swap with theirs. SQLite has one writer at a time already.
 */
export function fuseSerialised(store: Store, ids: string[]): ReturnType<typeof updateFusion> {
  return store instanceof PostgresStore ? store.withLock('fusion', () => updateFusion(store, ids)) : updateFusion(store, ids);
}
