import type { Command } from 'commander';
import type { Source } from '../store/sources.js';
import { parseEvery } from '../watch/backoff.js';
import { isUrl } from '../ingest/fetch.js';
import { openForRead, openForWrite } from './util.js';

const when = (ms: number | null) => (ms ? new Date(ms).toISOString().replace(/\.\d+Z$/, 'Z') : 'never');
const every = (s: number) => (s % 86400 === 0 ? `${s / 86400}d` : s % 3600 === 0 ? `${s / 3600}h` : s % 60 === 0 ? `${s / 60}m` : `${s}s`);

function line(s: Source): string {
  const state = s.lastError ? `ERROR ${s.lastError} (${s.failures} in a row; last good ${when(s.okAt)})` : s.okAt ? `ok ${when(s.okAt)}` : 'not polled yet';
  return `${String(s.id).padStart(3)}  ${s.name ?? '-'}  ${s.url}  every ${every(s.everyS)}  ${s.kind ?? '?'}  ${s.itemsNew} new so far  next ${when(s.nextAt)}  ${state}`;
}

export function registerSources(program: Command): void {
  const cmd = program.command('sources').description('the feeds and pages `sitrep watch` polls (stored in the store)');
  cmd.command('add')
    .description('add a feed (RSS, Atom, JSON Feed) or page to watch; adding a URL again updates its name and interval')
    .argument('<url>', 'http(s) URL')
    .option('--name <name>', 'a short name to list and remove it by')
    .option('--every <duration>', 'how often to poll it (90s, 15m, 2h, 1d)', '15m')
    .action((url: string, opts: { name?: string; every: string }, c: Command) => {
      if (!isUrl(url)) throw new Error(`not an http(s) URL: ${url}`);
      const everyS = parseEvery(opts.every);
      if (everyS < 60) throw new Error(`--every must be at least 60s, to be polite to the server, got "${opts.every}"`);
      const store = openForWrite(c);
      try { console.log(line(store.sources().add(new URL(url).toString(), opts.name ?? null, everyS, Date.now()))); } finally { store.close(); }
    });
  cmd.command('list')
    .description('every source with its schedule, the last good poll and the last error')
    .option('--json', 'one JSON object per source')
    .action((opts: { json?: boolean }, c: Command) => {
      const store = openForRead(c);
      try {
        const list = store.sources().list();
        if (opts.json) { for (const s of list) console.log(JSON.stringify(s)); return; }
        if (!list.length) { console.log('no sources; add one with `sitrep sources add URL`'); return; }
        for (const s of list) console.log(line(s));
      } finally { store.close(); }
    });
  cmd.command('remove')
    .description('stop watching a source (by id, URL or name); what it brought in stays in the store')
    .argument('<source>', 'id, URL or name')
    .action((ref: string, _o: unknown, c: Command) => {
      const store = openForRead(c);
      try {
        const t = store.sources();
        const s = t.find(ref);
        if (!s) { console.error(`sitrep: no source ${ref}`); process.exitCode = 1; return; }
        t.remove(s.id);
        console.log(`removed ${s.id} ${s.url}`);
      } finally { store.close(); }
    });
}
