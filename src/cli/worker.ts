import type { Command } from 'commander';
import { PostgresStore } from '../store/postgres/postgres-store.js';
import { runWorker } from '../queue/worker.js';
import { JobQueue } from '../queue/job-queue.js';
import { dbPath, openForWrite } from './util.js';

interface Opts { lease: string; exitWhenIdle?: boolean; quiet?: boolean }

export function registerWorker(program: Command): void {
  program
    .command('worker')
    .description('PostgreSQL store: take ingest jobs from the queue in the database (queued by `sitrep ingest`), analyse, store and fuse them; run as many as you like, on any machines')
    .option('--lease <seconds>', 'how long a job is this worker\'s before another may take it again (a worker that died loses its jobs to the others after this)', '120')
    .option('--exit-when-idle', 'stop once the queue is drained (nothing queued, nothing running elsewhere), instead of waiting for more')
    .option('--quiet', 'no line per job')
    .action(async (opts: Opts, cmd: Command) => {
      if (!/^\d+$/.test(opts.lease) || Number(opts.lease) < 1) throw new Error(`--lease must be a whole number of seconds, got "${opts.lease}"`);
      const store = openForWrite(cmd);
      if (!(store instanceof PostgresStore)) { store.close(); throw new Error(`sitrep worker needs a PostgreSQL store (--db postgres://…); ${dbPath(cmd)} is a SQLite file, where \`sitrep ingest\` does the work itself`); }
      const stop = new AbortController();
      // SIGTERM / SIGINT: finish the job in hand (its documents stored and fused), then stop.
      for (const sig of ['SIGTERM', 'SIGINT'] as const) process.once(sig, () => stop.abort());
      const log = opts.quiet ? undefined : (l: string) => console.error(`sitrep worker: ${l}`);
      try {
        const c = new JobQueue(store.pg).counts();
        log?.(`started: ${c.queued} jobs queued, ${c.running} running`);
        const n = await runWorker(store, { leaseS: Number(opts.lease), exitWhenIdle: !!opts.exitWhenIdle, signal: stop.signal, log });
        log?.(`stopped after ${n} jobs`);
      } finally {
        store.close();
      }
    });
}
