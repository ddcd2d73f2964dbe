import type { Command } from 'commander';
import { notFoundLine, openForRead, isoDay, truncate } from './util.js';
import type { ClaimStatus } from '../extract/types.js';
import { claimAsOf, explainClaim } from '../fuse/explain.js';
import type { FusedStatus } from '../fuse/status.js';

const DOC_STATUSES: ClaimStatus[] = ['unverified', 'confirmed', 'denied', 'disputed', 'unstated'];
const FUSED_STATUSES: FusedStatus[] = ['unverified', 'corroborated', 'confirmed', 'disputed', 'denied'];

interface Opts { status?: string; side?: string; claimant?: string; since?: string; until?: string; asOf?: string; limit: string; json?: boolean; perDocument?: boolean }

export function registerClaims(program: Command): void {
  program
    .command('claims')
    .description('claims fused across documents, with a status derived from the evidence (or per document with --per-document)')
    .option('--status <status>', `fused: ${FUSED_STATUSES.join(', ')}; per document: ${DOC_STATUSES.join(', ')}`)
    .option('--side <side>', 'claimant side from the actor registry (RU, UA, SD-RSF, …)')
    .option('--claimant <name>', 'claimant name (substring) or actor id')
    .option('--since <date>', 'first reported on or after (YYYY-MM-DD)')
    .option('--until <date>', 'first reported on or before (YYYY-MM-DD)')
    .option('--as-of <date>', 'the picture as it stood at the end of that day (YYYY-MM-DD)')
    .option('--per-document', 'one row per claim per document, with the status that document reports')
    .option('-n, --limit <n>', 'at most this many', '200')
    .option('--json', 'print JSON Lines (fused records with reports, evidence, status and statusHistory)')
    .action((opts: Opts, cmd: Command) => {
      const store = openForRead(cmd);
      try {
        const filter = { side: opts.side, claimant: opts.claimant, since: isoDay(opts.since, '--since'), until: isoDay(opts.until, '--until'), limit: Number(opts.limit) || 200 };
        if (opts.perDocument) {
          if (opts.status && !DOC_STATUSES.includes(opts.status as ClaimStatus)) throw new Error(`--status must be one of ${DOC_STATUSES.join(', ')} with --per-document, got "${opts.status}"`);
          const rows = store.claims({ ...filter, status: opts.status as ClaimStatus | undefined });
          if (opts.json) { for (const r of rows) console.log(JSON.stringify(r)); return; }
          if (!rows.length) { console.log('no claims'); return; }
          for (const r of rows) {
            console.log(`${r.published ?? '????-??-??'}  ${r.status.padEnd(10)}  ${truncate(r.claimant, 40)}${r.side ? ` [${r.side}]` : ''} (${r.verb}) — ${r.outlet ?? '?'} ${r.docId.slice(0, 8)}`);
            console.log(`    “${truncate(r.quote.replace(/\s+/g, ' '), 160)}”`);
          }
          return;
        }
        if (opts.status && !FUSED_STATUSES.includes(opts.status as FusedStatus)) throw new Error(`--status must be one of ${FUSED_STATUSES.join(', ')}, got "${opts.status}"`);
        const asOf = isoDay(opts.asOf, '--as-of');
        let claims = store.fusedClaims({ ...filter, limit: 100_000 });
        if (asOf) claims = claims.map((c) => claimAsOf(c, asOf)).filter((c): c is NonNullable<typeof c> => !!c);
        if (opts.status) claims = claims.filter((c) => c.status === opts.status);
        claims = claims.slice(0, filter.limit);
        if (opts.json) { for (const c of claims) console.log(JSON.stringify(c)); return; }
        if (!claims.length) { console.log('no claims'); return; }
        for (const c of claims) {
          const outlets = new Set(c.reports.map((r) => r.outlet ?? r.source)).size;
          console.log(`${c.id.slice(0, 11)}  ${(c.firstReported ?? '????-??-??')}  ${c.status.padEnd(12)} ${truncate(c.claimant.name, 36)}${c.claimant.side ? ` [${c.claimant.side}]` : ''} — ${c.reports.length} reports, ${outlets} outlets`);
          console.log(`    “${truncate(c.text.replace(/\s+/g, ' '), 150)}”`);
        }
      } finally { store.close(); }
    });

  program
    .command('explain')
    .description('explain a fused claim’s status in plain sentences, citing the sentences and outlets behind it')
    .argument('<id>', 'fused claim id (or a unique prefix)')
    .option('--as-of <date>', 'as it stood at the end of that day')
    .action((id: string, opts: { asOf?: string }, cmd: Command) => {
      const store = openForRead(cmd);
      try {
        const asOf = isoDay(opts.asOf, '--as-of');
        const f = store.fused(id);
        if (!f || f.kind !== 'claim') { console.error(notFoundLine('fused claim', id, f ? [] : store.idsStartingWith(id, 'fused'))); process.exitCode = 1; return; }
        const c = asOf ? claimAsOf(f.record, asOf) : f.record;
        if (!c) { console.log(`not yet reported on ${asOf}`); return; }
        for (const line of explainClaim(c)) console.log(line);
      } finally { store.close(); }
    });
}
