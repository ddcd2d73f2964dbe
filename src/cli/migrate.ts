import type { Command } from 'commander';
import { existsSync, rmSync } from 'node:fs';
import { SqliteStore } from '../store/sqlite/sqlite-store.js';
import { isPostgresUrl, PostgresStore } from '../store/postgres/postgres-store.js';
import { redact } from '../store/postgres/sync-client.js';
import { copyToPostgres, type CopyCounts } from '../store/copy-to-postgres.js';
import { copyToSqlite } from '../store/copy-to-sqlite.js';

export function registerMigrate(program: Command): void {
  program
    .command('migrate')
    .description('copy a store into a new one of the other kind, row for row: a SQLite file into PostgreSQL, or PostgreSQL back into a SQLite file (documents, findings, the fused picture, copy groups and sources)')
    .requiredOption('--from <store>', 'the store to copy: a SQLite file, or postgres://…')
    .requiredOption('--to <store>', 'the new store: an empty PostgreSQL database (postgres://user@host/db; its tables are created), or a SQLite file that does not exist yet')
    .option('--quiet', 'no line per table')
    .action((opts: { from: string; to: string; quiet?: boolean }) => {
      const onTable = opts.quiet ? undefined : (t: string, n: number) => console.error(`  ${t}: ${n} rows`);
      const toPg = !isPostgresUrl(opts.from);
      if (toPg && !existsSync(opts.from)) throw new Error(`--from: no store at ${opts.from}`);
      if (toPg && !isPostgresUrl(opts.to)) throw new Error(`--to must be a postgres:// or postgresql:// URL when --from is a SQLite file, got "${opts.to}"`);
      if (!toPg && isPostgresUrl(opts.to)) throw new Error('--to must be a SQLite file when --from is PostgreSQL (to copy between databases, use pg_dump)');
      if (!toPg && existsSync(opts.to)) throw new Error(`--to: ${opts.to} exists already; migrate into a new file`);
      const t0 = Date.now();
      let counts: CopyCounts;
      if (toPg) {
        // Opened as any command opens it: an older file is brought to the current schema first, so every column has its place.
        const from = new SqliteStore(opts.from);
        let to: PostgresStore | null = null;
        try {
          to = new PostgresStore(opts.to);
          counts = copyToPostgres(from, to, onTable);
        } finally { from.close(); to?.close(); }
      } else {
        let from: PostgresStore;
        try { from = new PostgresStore(opts.from); } catch (e) {
          throw new Error(`cannot open the PostgreSQL store at ${redact(opts.from)}: ${(e as Error).message.replace(/^PostgreSQL: /, '')}`);
        }
        let to: SqliteStore | null = null;
        try {
          to = new SqliteStore(opts.to);
          counts = copyToSqlite(from, to, onTable);
        } catch (e) {
          // Nothing half-copied is left behind: the file was new.
          to?.close(); to = null;
          for (const suffix of ['', '-wal', '-shm']) rmSync(`${opts.to}${suffix}`, { force: true });
          throw e;
        } finally { from.close(); to?.close(); }
      }
      const rows = Object.values(counts).reduce((a, b) => a + b, 0);
      const name = (s: string) => (isPostgresUrl(s) ? redact(s) : s);
      console.log(`copied ${counts.documents} documents (${rows} rows) from ${name(opts.from)} to ${name(opts.to)} in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
    });
}
