import type Database from 'better-sqlite3';
import { SOURCE_COLUMNS, type Source, type SourcePatch, type SourceTable } from '../sources.js';

const SELECT = `SELECT ${Object.entries(SOURCE_COLUMNS).map(([k, c]) => `${c} AS ${k}`).join(', ')} FROM sources`;

/** The sources table (migration 15) of a SQLite store. */
export class SqliteSourceTable implements SourceTable {
  constructor(private readonly db: Database.Database) {}

  add(url: string, name: string | null, everyS: number, now: number): Source {
    const r = this.db.prepare(`INSERT INTO sources (url, name, every_s, next_at, added_at) VALUES (?, ?, ?, ?, ?)
      ON CONFLICT(url) DO UPDATE SET name = coalesce(excluded.name, name), every_s = excluded.every_s RETURNING id`)
      .get(url, name, everyS, now, now) as { id: number };
    return this.get(r.id)!;
  }

  get(id: number): Source | null {
    return (this.db.prepare(`${SELECT} WHERE id = ?`).get(id) as Source | undefined) ?? null;
  }

  find(ref: string): Source | null {
    const sql = `${SELECT} WHERE url = ? OR name = ? OR CAST(id AS TEXT) = ? ORDER BY id LIMIT 1`;
    return (this.db.prepare(sql).get(ref, ref, ref) as Source | undefined) ?? null;
  }

  list(): Source[] {
    return this.db.prepare(`${SELECT} ORDER BY id`).all() as Source[];
  }

  remove(id: number): boolean {
    return this.db.prepare('DELETE FROM sources WHERE id = ?').run(id).changes > 0;
  }

  update(id: number, patch: SourcePatch): void {
    const keys = Object.keys(patch) as (keyof SourcePatch)[];
    if (!keys.length) return;
    const sets = keys.map((k) => `${SOURCE_COLUMNS[k]} = ?`).join(', ');
    this.db.prepare(`UPDATE sources SET ${sets} WHERE id = ?`).run(...keys.map((k) => patch[k] ?? null), id);
  }
}
