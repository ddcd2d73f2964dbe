import { SOURCE_COLUMNS, type Source, type SourcePatch, type SourceTable } from '../sources.js';
import type { SyncPg } from './sync-client.js';

const SELECT = `SELECT ${Object.entries(SOURCE_COLUMNS).map(([k, c]) => `${c} AS "${k}"`).join(', ')} FROM sources`;

/**
 * The sources table of a PostgreSQL store (migration 1), as the SQLite store keeps it: one team's watch list,
 * shared by whoever runs `sitrep watch` or `serve --watch` against the database.
 */
export class PgSourceTable implements SourceTable {
  constructor(private readonly pg: SyncPg) {}

  add(url: string, name: string | null, everyS: number, now: number): Source {
    const r = this.pg.one<{ id: number }>(`INSERT INTO sources (url, name, every_s, next_at, added_at) VALUES ($1, $2, $3, $4, $4)
      ON CONFLICT (url) DO UPDATE SET name = coalesce(excluded.name, sources.name), every_s = excluded.every_s RETURNING id`,
    [url, name, everyS, now])!;
    return this.get(r.id)!;
  }

  get(id: number): Source | null {
    return this.pg.one<Source>(`${SELECT} WHERE id = $1`, [id]) ?? null;
  }

  find(ref: string): Source | null {
    return this.pg.one<Source>(`${SELECT} WHERE url = $1 OR name = $1 OR id::text = $1 ORDER BY id LIMIT 1`, [ref]) ?? null;
  }

  list(): Source[] {
    return this.pg.query<Source>(`${SELECT} ORDER BY id`);
  }

  remove(id: number): boolean {
    return this.pg.query<{ id: number }>('DELETE FROM sources WHERE id = $1 RETURNING id', [id]).length > 0;
  }

  update(id: number, patch: SourcePatch): void {
    const keys = Object.keys(patch) as (keyof SourcePatch)[];
    if (!keys.length) return;
    const sets = keys.map((k, i) => `${SOURCE_COLUMNS[k]} = $${i + 2}`).join(', ');
    this.pg.query(`UPDATE sources SET ${sets} WHERE id = $1`, [id, ...keys.map((k) => patch[k] ?? null)]);
  }
}
