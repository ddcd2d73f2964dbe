import type Database from 'better-sqlite3';

/** A live source as stored (times in milliseconds since the epoch). */
export interface Source {
  id: number;
  url: string;
  name: string | null;
  everyS: number;
  /** The reader kind of the last good fetch (feed, html, json…): a feed that turns into a page is an error. */
  kind: string | null;
  etag: string | null;
  lastModified: string | null;
  checkedAt: number | null;
  okAt: number | null;
  nextAt: number;
  failures: number;
  lastError: string | null;
  lastStatus: number | null;
  itemsNew: number;
  requests: number;
  addedAt: number;
}

const COLUMNS: Record<keyof Source, string> = {
  id: 'id', url: 'url', name: 'name', everyS: 'every_s', kind: 'kind', etag: 'etag', lastModified: 'last_modified', checkedAt: 'checked_at',
  okAt: 'ok_at', nextAt: 'next_at', failures: 'failures', lastError: 'last_error', lastStatus: 'last_status', itemsNew: 'items_new',
  requests: 'requests', addedAt: 'added_at',
};
const SELECT = `SELECT ${Object.entries(COLUMNS).map(([k, c]) => `${c} AS ${k}`).join(', ')} FROM sources`;

/** The sources table (migration 15): what `sitrep sources` lists and edits and `sitrep watch` polls. */
export class SourceTable {
  constructor(private readonly db: Database.Database) {}

  add(url: string, name: string | null, everyS: number, now: number): Source {
    const r = this.db.prepare('INSERT INTO sources (url, name, every_s, next_at, added_at) VALUES (?, ?, ?, ?, ?) ON CONFLICT(url) DO UPDATE SET name = coalesce(excluded.name, name), every_s = excluded.every_s RETURNING id')
      .get(url, name, everyS, now, now) as { id: number };
    return this.get(r.id)!;
  }

  get(id: number): Source | null {
    return (this.db.prepare(`${SELECT} WHERE id = ?`).get(id) as Source | undefined) ?? null;
  }

  /** By id, URL or name. */
  find(ref: string): Source | null {
    return (this.db.prepare(`${SELECT} WHERE url = ? OR name = ? OR CAST(id AS TEXT) = ? ORDER BY id LIMIT 1`).get(ref, ref, ref) as Source | undefined) ?? null;
  }

  list(): Source[] {
    return this.db.prepare(`${SELECT} ORDER BY id`).all() as Source[];
  }

  remove(id: number): boolean {
    return this.db.prepare('DELETE FROM sources WHERE id = ?').run(id).changes > 0;
  }

  update(id: number, patch: Partial<Omit<Source, 'id' | 'url' | 'addedAt'>>): void {
    const keys = Object.keys(patch) as (keyof typeof patch)[];
    if (!keys.length) return;
    this.db.prepare(`UPDATE sources SET ${keys.map((k) => `${COLUMNS[k]} = ?`).join(', ')} WHERE id = ?`).run(...keys.map((k) => patch[k] ?? null), id);
  }
}
