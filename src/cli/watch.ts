import type { Command } from 'commander';
import { Watcher } from '../watch/watcher.js';
import { openForWrite } from './util.js';

export function registerWatch(program: Command): void {
  program
    .command('watch')
    .description('poll the sources (`sitrep sources add`) on their schedules and ingest and fuse what is new, until interrupted')
    .option('--once', 'poll every source that is due once, then exit')
    .option('--quiet', 'print nothing but errors')
    .action(async (opts: { once?: boolean; quiet?: boolean }, cmd: Command) => {
      const store = openForWrite(cmd);
      const log = (l: string) => { if (!opts.quiet || /error|HTTP|disallowed|cannot|no answer|redirect|was a/i.test(l)) console.error(`sitrep watch: ${l}`); };
      const w = new Watcher(store, { log });
      if (!w.sources.list().length) { store.close(); throw new Error('no sources to watch; add one with `sitrep sources add URL`'); }
      try {
        if (opts.once) {
          const r = await w.pollDue();
          const n = r.reduce((k, x) => k + x.newDocuments, 0);
          console.log(`${r.length} polled, ${n} new documents, ${r.filter((x) => x.outcome === 'error').length} failed`);
          process.exitCode = r.some((x) => x.outcome === 'error') ? 1 : 0;
          return;
        }
        const ac = new AbortController();
        const stop = () => ac.abort();
        process.once('SIGINT', stop);
        process.once('SIGTERM', stop);
        if (!opts.quiet) console.error(`sitrep watch: watching ${w.sources.list().length} sources (Ctrl-C to stop)`);
        await w.run(ac.signal);
      } finally { store.close(); }
    });
}
