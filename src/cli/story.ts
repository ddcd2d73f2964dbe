import type { Command } from 'commander';
import { notFoundLine, openForRead } from './util.js';
import { describeEvent, explainClaim } from '../fuse/explain.js';

export function registerStory(program: Command): void {
  program
    .command('story')
    .description('one fused event or claim with all its evidence')
    .argument('<id>', 'fused event or claim id (or a unique prefix)')
    .option('--json', 'print the fused record as JSON')
    .action((id: string, opts: { json?: boolean }, cmd: Command) => {
      const store = openForRead(cmd);
      try {
        const f = store.fused(id);
        if (!f) { console.error(notFoundLine('fused event or claim', id, store.idsStartingWith(id, 'fused'))); process.exitCode = 1; return; }
        if (opts.json) { console.log(JSON.stringify(f.record, null, 2)); return; }
        if (f.kind === 'event') { for (const l of describeEvent(f.record)) console.log(l); return; }
        for (const l of explainClaim(f.record)) console.log(l);
        console.log('\nEvidence:');
        for (const e of f.record.evidence) console.log(`  ${e.date ?? 'undated'} ${e.kind.padEnd(16)} ${e.whoName}${e.outlet ? ` — ${e.outlet}` : ''}${e.url ? ` ${e.url}` : ''}\n      “${e.text}” [${e.docId.slice(0, 8)} ${e.start}–${e.end}]`);
      } finally { store.close(); }
    });

  program
    .command('fuse')
    .description('recompute the whole fused picture from the stored documents (ingest keeps it up to date incrementally)')
    .action(async (_o: unknown, cmd: Command) => {
      const { fuseSerialised } = await import('../store/fuse-serialised.js');
      const store = openForRead(cmd);
      try {
        store.markFusionStale();
        const t0 = Date.now();
        const r = fuseSerialised(store, []);
        console.log(`fused ${r.documents} documents in ${((Date.now() - t0) / 1000).toFixed(1)} s: ${store.fusedEvents({ limit: 1e9 }).length} events, ${store.fusedClaims({ limit: 1e9 }).length} claims`);
      } finally { store.close(); }
    });
}
