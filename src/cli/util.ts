import type { Command } from 'commander';
import { SqliteStore, defaultDbPath } from '../store/sqlite/sqlite-store.js';
import { existsSync } from 'node:fs';

export function dbPath(cmd: Command): string {
  return defaultDbPath(cmd.optsWithGlobals().db as string | undefined);
}

/** Opens the store for reading; a missing file is a clear error, not an empty new database. */
export function openForRead(cmd: Command): SqliteStore {
  const p = dbPath(cmd);
  if (!existsSync(p)) throw new Error(`no store at ${p}; run \`sitrep ingest PATH\` first (or pass --db)`);
  return new SqliteStore(p);
}

export const isoDay = (s: string | undefined, name: string): string | undefined => {
  if (s === undefined) return undefined;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) throw new Error(`${name} must be a date as YYYY-MM-DD, got "${s}"`);
  return s;
};

export const truncate = (s: string, n: number): string => (s.length > n ? `${s.slice(0, n - 1)}…` : s);
