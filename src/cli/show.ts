import type { Command } from 'commander';
import { notFoundLine, openForRead } from './util.js';
import { toOutput } from './extract.js';

export function registerShow(program: Command): void {
  program
    .command('show')
    .description('a stored document with numbered sentences (ID or a unique prefix)')
    .argument('<id>', 'document id or unique prefix')
    .option('--json', 'print the stored analysis as JSON')
    .action((id: string, opts: { json?: boolean }, cmd: Command) => {
      const store = openForRead(cmd);
      try {
        const a = store.get(id);
        if (!a) { console.error(notFoundLine('document', id, store.idsStartingWith(id, 'document'))); process.exitCode = 1; return; }
        if (opts.json) { console.log(JSON.stringify(toOutput(a), null, 2)); return; }
        const d = a.document;
        console.log(`${d.title ?? '(untitled)'}`);
        console.log(`${d.outlet ?? '?'} · ${d.published ?? 'undated'} · ${d.url ?? d.origin} · id ${d.id}`);
        if (d.sources.length) console.log(`declared sources: ${d.sources.join(', ')}`);
        console.log('');
        let para = -1;
        d.sentences.forEach((s, i) => {
          if (s.paragraph !== para) { if (para >= 0) console.log(''); para = s.paragraph; const k = d.paragraphs[para].kind; if (k !== 'body') console.log(`  [${k}]`); }
          console.log(`${String(i + 1).padStart(4)}  ${d.text.slice(s.start, s.end)}`);
        });
        if (a.claims.length) {
          console.log('\nclaims:');
          for (const c of a.claims) console.log(`  s${c.sentence + 1} ${c.claimant.name} (${c.verb}) → ${c.verification.status}`);
        }
        if (a.events.length) {
          console.log('\nevents:');
          for (const e of a.events) console.log(`  s${e.sentence + 1} ${e.type}${e.subtype ? `/${e.subtype}` : ''} ${e.place?.name ?? '?'} ${e.date?.start ?? ''}${e.killed?.min != null ? ` killed≥${e.killed.min}` : ''}`);
        }
      } finally { store.close(); }
    });
}
