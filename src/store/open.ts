import type { Store } from './store.js';
import { SqliteStore } from './sqlite/sqlite-store.js';

/**
 * Opens the store at a location another thread reported (Store.location): today, a SQLite file.
 * `ownCheckpoints`: this connection never checkpoints on its own; its user calls Store.checkpoint.
 */
export function openStore(location: string, opts: { ownCheckpoints?: boolean } = {}): Store {
  return new SqliteStore(location, opts);
}
