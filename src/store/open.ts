import type { Store } from './store.js';
import { SqliteStore } from './sqlite/sqlite-store.js';

/** Opens the store at a location another thread reported (Store.location): today, a SQLite file. */
export function openStore(location: string): Store {
  return new SqliteStore(location);
}
