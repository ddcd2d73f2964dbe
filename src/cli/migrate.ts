import type { Command } from 'commander';
import { existsSync } from 'node:fs';
import { SqliteStore } from '../store/sqlite/sqlite-store.js';
import { isPostgresUrl, PostgresStore } from '../store/postgres/postgres-store.js';
import { redact } from '../store/postgres/sync-client.js';
import { copyToPostgres } from '../store/copy-to-postgres.js';

export function registerMigrate(program: Command): void {
  program
    .command('migrate')
    .description('copy a SQLite store into a new PostgreSQL store: documents, findings, the fused picture, copy groups and sources, row for row')
    .requiredOption('--from <file>', 'the SQLite store to copy')
    .requiredOption('--to <url>', 'an empty PostgreSQL database (postgres://user@host/db); its tables are created')
    .option('--quiet', 'no line per table')
    .action((opts: { from: string; to: string; quiet?: boolean }) => {
      if (isPostgresUrl(opts.from)) throw new Error('--from must be a SQLite store file (copying out of PostgreSQL is not supported yet)');
      if (!existsSync(opts.from)) throw new Error(`--from: no store at ${opts.from}`);
      if (!isPostgresUrl(opts.to)) throw new Error(`--to must be a postgres:// or postgresql:// URL, got "${opts.to}"`);
      // Opened as any command opens it: an older file is brought to the current schema first, so every column has its place.
      const from = new SqliteStore(opts.from);
      let to: PostgresStore | null = null;
      try {
        to = new PostgresStore(opts.to);
        const t0 = Date.now();
        const counts = copyToPostgres(from, to, opts.quiet ? undefined : (t, n) => console.error(`  ${t}: ${n} rows`));
        console.log(`copied ${counts.documents} documents (${Object.values(counts).reduce((a, b) => a + b, 0)} rows) from ${opts.from} to ${redact(opts.to)} in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
      } finally {
        from.close();
        to?.close();
      }
    });
}
