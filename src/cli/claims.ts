import type { Command } from 'commander';
import { openForRead, isoDay, truncate } from './util.js';
import type { ClaimStatus } from '../extract/types.js';

const STATUSES: ClaimStatus[] = ['unverified', 'confirmed', 'denied', 'disputed', 'unstated'];

export function registerClaims(program: Command): void {
  program
    .command('claims')
    .description('list stored claims with claimant, status and quote')
    .option('--status <status>', `one of ${STATUSES.join(', ')}`)
    .option('--side <side>', 'claimant side from the actor registry (RU, UA, SD-RSF, …)')
    .option('--claimant <name>', 'claimant name (substring) or actor id')
    .option('--since <date>', 'published on or after (YYYY-MM-DD)')
    .option('--until <date>', 'published on or before (YYYY-MM-DD)')
    .option('-n, --limit <n>', 'at most this many', '200')
    .option('--json', 'print JSON Lines')
    .action((opts: { status?: string; side?: string; claimant?: string; since?: string; until?: string; limit: string; json?: boolean }, cmd: Command) => {
      if (opts.status && !STATUSES.includes(opts.status as ClaimStatus)) throw new Error(`--status must be one of ${STATUSES.join(', ')}, got "${opts.status}"`);
      const store = openForRead(cmd);
      try {
        const rows = store.claims({ status: opts.status as ClaimStatus | undefined, side: opts.side, claimant: opts.claimant, since: isoDay(opts.since, '--since'), until: isoDay(opts.until, '--until'), limit: Number(opts.limit) || 200 });
        if (opts.json) { for (const r of rows) console.log(JSON.stringify(r)); return; }
        if (!rows.length) { console.log('no claims'); return; }
        for (const r of rows) {
          console.log(`${r.published ?? '????-??-??'}  ${r.status.padEnd(10)}  ${truncate(r.claimant, 40)}${r.side ? ` [${r.side}]` : ''} (${r.verb}) — ${r.outlet ?? '?'} ${r.docId.slice(0, 8)}`);
          console.log(`    “${truncate(r.quote.replace(/\s+/g, ' '), 160)}”`);
        }
      } finally { store.close(); }
    });
}
