import type { Command } from 'commander';
import { openForRead } from './util.js';
import { analyse } from '../extract/analyse.js';
import { fuseSerialised } from '../store/fuse-serialised.js';
import type { Analysis } from '../extract/types.js';

/**
 * Extraction improves between versions; stored analyses do not. `reanalyse` runs the current extractors
 * again over every stored document's cleaned text (kept in the store, so no source file is needed),
 * replaces its findings, and fuses the whole picture again. Document ids are hashes of that text, so
 * they, their versions and every link to them stay as they were.
 */
export function registerReanalyse(program: Command): void {
  program
    .command('reanalyse')
    .description('run the current extractors again over every stored document (after upgrading sitrep), then fuse the picture again')
    .option('--quiet', 'no progress lines')
    .action((opts: { quiet?: boolean }, cmd: Command) => {
      const store = openForRead(cmd);
      try {
        const ids = store.documentIds();
        const t0 = Date.now();
        let done = 0;
        let failed = 0;
        for (let i = 0; i < ids.length; i += 100) {
          const batch: Analysis[] = [];
          for (const id of ids.slice(i, i + 100)) {
            const old = store.get(id);
            if (!old) continue;
            try {
              batch.push(analyse(old.document));
            } catch (e) {
              failed++;
              console.error(`${old.document.origin}: could not analyse: ${e instanceof Error ? e.message.split('\n')[0] : String(e)}`);
            }
          }
          done += store.replaceAnalyses(batch);
          if (!opts.quiet && process.stderr.isTTY) process.stderr.write(`\rreanalysed ${done}/${ids.length}`);
        }
        if (!opts.quiet && process.stderr.isTTY) process.stderr.write('\n');
        store.markFusionStale();
        const r = fuseSerialised(store, []);
        console.log(`reanalysed ${done} documents${failed ? `, ${failed} failed` : ''} and fused ${r.documents} in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
        process.exitCode = failed ? 1 : 0;
      } finally { store.close(); }
    });
}
