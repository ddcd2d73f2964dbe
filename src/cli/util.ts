import type { Command } from 'commander';
import { SqliteStore, defaultDbPath } from '../store/sqlite/sqlite-store.js';
import { isPostgresUrl } from '../store/postgres/postgres-store.js';
import { redact } from '../store/postgres/sync-client.js';
import { openStore } from '../store/open.js';
import type { Store } from '../store/store.js';
import { existsSync } from 'node:fs';

export function dbPath(cmd: Command): string {
  return defaultDbPath(cmd.optsWithGlobals().db as string | undefined);
}

/** Opens the store for reading; a missing file is a clear error, not an empty new database. */
export function openForRead(cmd: Command): Store {
  const p = dbPath(cmd);
  if (isPostgresUrl(p)) return openForWrite(cmd);
  if (!existsSync(p)) throw new Error(`no store at ${p}; run \`sitrep ingest PATH\` first (or pass --db)`);
  return new SqliteStore(p);
}

/** Opens (creating or upgrading) the store at --db / SITREP_DB: a SQLite file, or a postgres:// database. */
export function openForWrite(cmd: Command): Store {
  const p = dbPath(cmd);
  try {
    return openStore(p);
  } catch (e) {
    if (isPostgresUrl(p)) throw new Error(`cannot open the PostgreSQL store at ${redact(p)}: ${(e as Error).message.replace(/^PostgreSQL: /, '')}`);
    throw e;
  }
}

/** Where the store is, for messages: a file path, or a database URL without its password. */
export const storeName = (p: string): string => (isPostgresUrl(p) ? redact(p) : p);

export const isoDay = (s: string | undefined, name: string): string | undefined => {
  if (s === undefined) return undefined;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) throw new Error(`${name} must be a date as YYYY-MM-DD, got "${s}"`);
  // A calendar date, as the API checks it: 2025-13-45 and 2025-02-30 are refused, not read as some other day.
  const [y, m, d] = s.split('-').map(Number);
  const t = new Date(Date.UTC(y, m - 1, d));
  if (t.getUTCFullYear() !== y || t.getUTCMonth() !== m - 1 || t.getUTCDate() !== d) throw new Error(`${name} must be a calendar date as YYYY-MM-DD, got "${s}" (no such day)`);
  return s;
};

export const truncate = (s: string, n: number): string => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

/** The one-line answer when an id prefix names nothing or several records: "ambiguous" lists the candidates. */
export function notFoundLine(what: string, id: string, candidates: string[]): string {
  if (candidates.length > 1) return `sitrep: ambiguous id prefix ${id}: it starts ${candidates.length >= 10 ? 'at least 10' : candidates.length} ${what}s (${candidates.join(', ')}); give more characters`;
  return `sitrep: no ${what} ${id}`;
}
