import type { Store } from './store.js';
import { SqliteStore } from './sqlite/sqlite-store.js';
import { isPostgresUrl, PostgresStore } from './postgres/postgres-store.js';

/**
 * Opens the store at a location (`--db`, SITREP_DB, or what another thread's Store.location reported):
 * a postgres:// or postgresql:// URL is a PostgreSQL database, anything else a SQLite file.
 * `ownCheckpoints` (SQLite): this connection never checkpoints on its own; its user calls Store.checkpoint.
 */
export function openStore(location: string, opts: { ownCheckpoints?: boolean } = {}): Store {
  return isPostgresUrl(location) ? new PostgresStore(location) : new SqliteStore(location, opts);
}
