import type { Command } from 'commander';
import cliProgress from 'cli-progress';
import { stat } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { ingestPaths, summaryLine } from '../ingest/run.js';
import { isoDay, openForWrite } from './util.js';
import { PostgresStore } from '../store/postgres/postgres-store.js';
import { ingestViaQueue } from '../queue/ingest-via-queue.js';

/** Worker threads pay off only for big batches: start them when the input is more than a few megabytes. */
async function workersFor(paths: string[]): Promise<number> {
  let bytes = 0;
  for (const p of paths) { try { const st = await stat(p); bytes += st.isDirectory() ? 4e6 : st.size; } catch { /* reported later */ } }
  return bytes > 3e6 ? Math.max(1, Math.min(availableParallelism(), 4)) : 1;
}

export function registerIngest(program: Command): void {
  program
    .command('ingest')
    .description('read articles (files, folders, - for stdin, http(s) URLs) into the store: text, Markdown, HTML, article JSON, JSON Lines, RSS/Atom, JSON Feed, Telegram export (result.json)')
    .argument('<paths...>', 'files, folders (read recursively), - for standard input, or URLs of pages and feeds (fetched once; see `sitrep sources` to follow them)')
    .option('--published <date>', 'publication date (YYYY-MM-DD) for articles whose metadata and text give none')
    .option('--quiet', 'no progress bar and no warnings')
    .option('--no-fuse', 'skip updating the fused picture (for a series of big batches): the next ingest that fuses, or `sitrep fuse`, redoes it whole')
    .option('--no-wait', 'PostgreSQL store: only queue the articles as jobs for `sitrep worker`s, and return (without it, this command works through its jobs too)')
    .action(async (paths: string[], opts: { published?: string; quiet?: boolean; fuse: boolean; wait: boolean }, cmd: Command) => {
      const store = openForWrite(cmd);
      if (store instanceof PostgresStore) { await queuedIngest(store, paths, opts); return; }
      const bar = process.stderr.isTTY && !opts.quiet ? new cliProgress.SingleBar({ format: 'ingest [{bar}] {value}/{total} files', stream: process.stderr }, cliProgress.Presets.shades_classic) : null;
      let started = false;
      try {
        const s = await ingestPaths(store, paths, {
          published: isoDay(opts.published, '--published'),
          workers: await workersFor(paths),
          fuse: opts.fuse,
          onFile: (_p, done, total) => { if (bar) { if (!started) { bar.start(total, 0); started = true; } bar.update(done); } },
          onFailure: (f) => { if (!bar) console.error(`${f.origin}: ${f.reason}`); },
        });
        // Skipped, the fused picture no longer covers the store: the next fusing ingest (or `sitrep fuse`) redoes it whole.
        if (!opts.fuse && s.added.length) store.markFusionStale();
        if (bar && started) bar.stop();
        if (bar) for (const f of s.failures) console.error(`${f.origin}: ${f.reason}`);
        if (!opts.quiet) for (const w of s.warnings) console.error(`warning: ${w.origin}: ${w.reason}`);
        console.log(summaryLine(s));
        process.exitCode = s.failed ? 1 : 0;
      } finally {
        store.close();
      }
    });
}

/**
 * On PostgreSQL, ingest goes through the job queue in the database (queue/ingest-via-queue.ts): this
 * command reads the inputs and queues their articles, then works through its jobs beside any running
 * `sitrep worker`s and prints the same summary as a SQLite ingest; with --no-wait it only queues them.
 */
async function queuedIngest(store: PostgresStore, paths: string[], opts: { published?: string; quiet?: boolean; fuse: boolean; wait: boolean }): Promise<void> {
  try {
    const q = await ingestViaQueue(store, paths, {
      published: isoDay(opts.published, '--published'), fuse: opts.fuse, wait: opts.wait,
      onFailure: (f) => console.error(`${f.origin}: ${f.reason}`),
    });
    if (!q.summary) {
      console.log(`queued ${q.articles} articles as ${q.jobs} jobs (batch ${q.batch}); \`sitrep worker\` stores them`);
      return;
    }
    if (!opts.quiet) for (const w of q.summary.warnings) console.error(`warning: ${w.origin}: ${w.reason}`);
    console.log(summaryLine(q.summary));
    process.exitCode = q.summary.failed ? 1 : 0;
  } finally {
    store.close();
  }
}
