import type { SqliteStore } from './sqlite/sqlite-store.js';
import type { PostgresStore } from './postgres/postgres-store.js';
import { COPIED_META_KEYS, COPIED_TABLES, type CopyCounts } from './copy-to-postgres.js';

/** Rows fetched from PostgreSQL at a time. */
const CHUNK = 2000;

/**
 * Copies a PostgreSQL store into an empty SQLite store, row for row, in one SQLite transaction (a failure
 * leaves the file empty): the way back from `copyToPostgres`, for an analyst who takes a team's picture
 * onto a laptop. Documents come in the order they were ingested; foreign keys are checked at the commit, so
 * a version stored in the same second as the one it replaces cannot trip them. PostgreSQL's tsvector stays
 * behind: the SQLite full-text index is rebuilt from the copied documents.
 */
export function copyToSqlite(from: PostgresStore, to: SqliteStore, onTable?: (table: string, rows: number) => void): CopyCounts {
  if (to.db.prepare('SELECT 1 FROM documents LIMIT 1').get()) throw new Error('the target SQLite store is not empty; migrate into a new file');
  const counts: CopyCounts = {};
  const copy = to.db.transaction(() => {
    to.db.pragma('defer_foreign_keys = ON');
    for (const t of COPIED_TABLES) {
      const liteCols = new Set((to.db.prepare('SELECT name FROM pragma_table_info(?)').all(t.name) as { name: string }[]).map((r) => r.name));
      const cols = from.pg.query<{ column_name: string }>(`SELECT column_name FROM information_schema.columns
        WHERE table_schema = current_schema() AND table_name = $1 AND is_generated = 'NEVER' ORDER BY ordinal_position`, [t.name])
        .map((c) => c.column_name).filter((c) => liteCols.has(c));
      const insert = to.db.prepare(`INSERT INTO ${t.name} (${cols.map((c) => `"${c}"`).join(', ')}) VALUES (${cols.map(() => '?').join(', ')})`);
      // Documents in the order they were stored, so an older version comes before the one that replaces it.
      const order = t.name === 'documents' ? 'ORDER BY ingested_at, id' : '';
      let n = 0;
      from.pg.run([{ text: 'BEGIN' }, { text: `DECLARE copy_rows NO SCROLL CURSOR FOR SELECT ${cols.map((c) => `"${c}"`).join(', ')} FROM ${t.name} ${order}` }]);
      try {
        for (;;) {
          const rows = from.pg.query<Record<string, unknown>>(`FETCH ${CHUNK} FROM copy_rows`);
          for (const r of rows) insert.run(...cols.map((c) => r[c] ?? null));
          n += rows.length;
          if (rows.length < CHUNK) break;
        }
      } finally { from.pg.run([{ text: 'COMMIT' }]); }
      counts[t.name] = n;
      onTable?.(t.name, n);
    }
    to.db.prepare("INSERT INTO documents_fts (documents_fts) VALUES ('rebuild')").run();
    const meta = from.pg.query<{ key: string; value: string }>('SELECT key, value FROM meta_kv WHERE key = ANY($1)', [COPIED_META_KEYS]);
    const setMeta = to.db.prepare('INSERT INTO meta_kv (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value');
    for (const m of meta) setMeta.run(m.key, m.value);
    // Documents a worker stored but has not fused yet: the copy's picture is behind its documents.
    if (from.pg.one('SELECT 1 FROM fusion_pending LIMIT 1')) setMeta.run('fusion_stale', '1');
  });
  copy();
  return counts;
}
