import type { Command } from 'commander';
import { openForRead, isoDay, truncate } from './util.js';
import { loadData } from '../data.js';

export function registerEvents(program: Command): void {
  program
    .command('events')
    .description('incidents fused across reports, with place, dates, low/best/high tolls and sources (or per document with --per-document)')
    .option('--type <type>', 'event type (strike, drone_attack, shelling, ground_advance, territorial_claim, …)')
    .option('--country <cc>', 'ISO 3166-1 alpha-2 country code')
    .option('--region <name>', 'first-level region (substring of its English name)')
    .option('--since <date>', 'events ending on or after (YYYY-MM-DD)')
    .option('--until <date>', 'events starting on or before (YYYY-MM-DD)')
    .option('-n, --limit <n>', 'at most this many', '200')
    .option('--per-document', 'one row per event per document instead of fused incidents')
    .option('--json', 'print JSON Lines (fused records with reports and sourced casualty counts)')
    .action((opts: { type?: string; country?: string; region?: string; since?: string; until?: string; limit: string; json?: boolean; perDocument?: boolean }, cmd: Command) => {
      const types = Object.keys(loadData<Record<string, unknown>>('event-types.json')).filter((k) => !k.startsWith('_'));
      if (opts.type && !types.includes(opts.type)) throw new Error(`--type must be one of ${types.join(', ')}, got "${opts.type}"`);
      if (opts.country && !/^[A-Za-z]{2}$/.test(opts.country)) throw new Error(`--country must be a two-letter ISO code, got "${opts.country}"`);
      const store = openForRead(cmd);
      try {
        if (!opts.perDocument) {
          const fused = store.fusedEvents({ type: opts.type, country: opts.country, region: opts.region, since: isoDay(opts.since, '--since'), until: isoDay(opts.until, '--until'), limit: Number(opts.limit) || 200 });
          if (opts.json) { for (const e of fused) console.log(JSON.stringify(e)); return; }
          if (!fused.length) { console.log('no events'); return; }
          for (const e of fused) {
            const when = e.date ? (e.date.end !== e.date.start ? `${e.date.start}/${e.date.end}` : e.date.start) : 'undated';
            const toll = e.killed ? `  killed ${e.killed.low ?? '?'}–${e.killed.high ?? '?'} (best ${e.killed.best ?? '?'})` : '';
            console.log(`${e.id.slice(0, 11)}  ${when.padEnd(21)} ${(e.type + (e.subtype ? `/${e.subtype}` : '')).padEnd(22)} ${truncate(e.place?.name ?? '?', 24).padEnd(24)} ${e.place?.country ?? '??'} ${truncate(e.place?.admin1 ?? '', 26).padEnd(26)}${toll}${e.scope === 'aggregate' ? '  (aggregate)' : ''} — ${e.reports.length} reports, ${e.sourceCount} sources`);
          }
          return;
        }
        const rows = store.events({ type: opts.type, country: opts.country, region: opts.region, since: isoDay(opts.since, '--since'), until: isoDay(opts.until, '--until'), limit: Number(opts.limit) || 200 });
        if (opts.json) { for (const r of rows) console.log(JSON.stringify(r)); return; }
        if (!rows.length) { console.log('no events'); return; }
        for (const r of rows) {
          const when = r.dateStart ? (r.dateEnd && r.dateEnd !== r.dateStart ? `${r.dateStart}/${r.dateEnd}` : r.dateStart) : 'undated';
          const toll = [r.killedMin != null ? `killed ≥${r.killedMin}` : r.killedMax != null ? `killed ≤${r.killedMax}` : '', r.injuredMin != null ? `injured ≥${r.injuredMin}` : ''].filter(Boolean).join(', ');
          console.log(`${when.padEnd(21)} ${(r.type + (r.subtype ? `/${r.subtype}` : '')).padEnd(22)} ${truncate(r.place ?? '?', 24).padEnd(24)} ${r.country ?? '??'} ${truncate(r.admin1 ?? '', 28)}${toll ? `  ${toll}` : ''}${r.scope === 'aggregate' ? '  (aggregate)' : ''} — ${r.outlet ?? '?'}`);
          console.log(`    “${truncate(r.quote.replace(/\s+/g, ' '), 160)}”`);
        }
      } finally { store.close(); }
    });
}
