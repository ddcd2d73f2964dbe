import type { SqliteStore } from './sqlite/sqlite-store.js';
import type { PostgresStore } from './postgres/postgres-store.js';
import { insertRows } from './postgres/insert-rows.js';

/**
 * The tables `sitrep migrate` copies, in an order that keeps foreign keys satisfied (documents first, in
 * the order they were stored, so an older version is there before the newer one that points at it).
 * The SQLite store's full-text index is not copied: PostgreSQL computes its own from each row.
 */
export const COPIED_TABLES: { name: string; order?: string }[] = [
  { name: 'documents', order: 'rowid' }, { name: 'fusion_docs' }, { name: 'claims' }, { name: 'events' }, { name: 'places' },
  { name: 'fused_events' }, { name: 'fused_claims' }, { name: 'fused_members' }, { name: 'fused_claim_reports' }, { name: 'fused_claim_events' },
  { name: 'copy_groups' }, { name: 'sketch_hashes' }, { name: 'sources', order: 'id' },
];
/** meta_kv rows about the picture (fusion_stale, fusion_version) come along; schema versions are each store's own. */
export const COPIED_META_KEYS = ['fusion_stale', 'fusion_version'];
const CHUNK = 2000;
const ARRAY_TYPE: Record<string, string> = { text: 'text', integer: 'int', bigint: 'int8', 'double precision': 'float8' };

/** Rows copied per table. */
export type CopyCounts = Record<string, number>;

/**
 * Copies a SQLite store into an empty PostgreSQL store, row for row, in one PostgreSQL transaction (a
 * failure leaves the target empty). Columns are those both schemas have (an old SQLite column, such as
 * documents.sketch from before migration 11, is left behind: nothing reads it).
 */
export function copyToPostgres(from: SqliteStore, to: PostgresStore, onTable?: (table: string, rows: number) => void): CopyCounts {
  if (to.pg.one('SELECT 1 FROM documents LIMIT 1')) throw new Error('the target PostgreSQL store is not empty; migrate into a new database');
  const counts: CopyCounts = {};
  to.pg.run([{ text: 'BEGIN' }]);
  try {
    for (const t of COPIED_TABLES) {
      const pgCols = to.pg.query<{ column_name: string; data_type: string }>(`SELECT column_name, data_type FROM information_schema.columns
        WHERE table_schema = current_schema() AND table_name = $1 AND is_generated = 'NEVER' ORDER BY ordinal_position`, [t.name]);
      const liteCols = new Set((from.db.prepare(`SELECT name FROM pragma_table_info(?)`).all(t.name) as { name: string }[]).map((r) => r.name));
      const cols = pgCols.filter((c) => liteCols.has(c.column_name)).map((c) => [`"${c.column_name}"`, ARRAY_TYPE[c.data_type] ?? 'text'] as [string, string]);
      const st = from.db.prepare(`SELECT ${cols.map((c) => c[0]).join(', ')} FROM ${t.name} ${t.order ? `ORDER BY ${t.order}` : ''}`).raw();
      let chunk: unknown[][] = [];
      let n = 0;
      const flush = () => { if (chunk.length) { to.pg.run([insertRows(t.name, cols, chunk)]); n += chunk.length; chunk = []; } };
      for (const row of st.iterate() as Iterable<unknown[]>) { chunk.push(row); if (chunk.length >= CHUNK) flush(); }
      flush();
      counts[t.name] = n;
      onTable?.(t.name, n);
    }
    const meta = from.db.prepare(`SELECT key, value FROM meta_kv WHERE key IN (${COPIED_META_KEYS.map(() => '?').join(',')})`).all(...COPIED_META_KEYS) as { key: string; value: string }[];
    to.pg.run([
      insertRows('meta_kv', [['key', 'text'], ['value', 'text']], meta.map((m) => [m.key, m.value]), 'ON CONFLICT (key) DO UPDATE SET value = excluded.value'),
      // The next source added gets an id after the copied ones.
      { text: "SELECT setval(pg_get_serial_sequence('sources', 'id'), greatest((SELECT max(id) FROM sources), 1), (SELECT max(id) FROM sources) IS NOT NULL)" },
      { text: 'COMMIT' },
    ]);
  } catch (e) {
    try { to.pg.run([{ text: 'ROLLBACK' }]); } catch { /* connection gone */ }
    throw e;
  }
  return counts;
}
