import type { Store } from '../store/store.js';
import { SqliteStore } from '../store/sqlite/sqlite-store.js';
import { PostgresStore } from '../store/postgres/postgres-store.js';
import type { ListSource } from './list-source.js';
import { SqliteLists } from './sqlite-lists.js';
import { PgLists } from './pg-lists.js';

/** The API lists' row source for a store, by its kind. */
export function listSourceFor(store: Store): ListSource {
  if (store instanceof SqliteStore) return new SqliteLists(store);
  if (store instanceof PostgresStore) return new PgLists(store);
  throw new Error('the API serves SQLite and PostgreSQL stores only');
}
