import type { Command } from 'commander';
import { openForRead } from './util.js';

export function registerSearch(program: Command): void {
  program
    .command('search')
    .description('full-text search over stored titles and text, with highlighted snippets')
    .argument('<query...>', 'words to find (prefix match)')
    .option('-n, --limit <n>', 'how many hits', '20')
    .option('--json', 'print JSON Lines')
    .action((query: string[], opts: { limit: string; json?: boolean }, cmd: Command) => {
      const store = openForRead(cmd);
      try {
        const hits = store.search(query.join(' '), Number(opts.limit) || 20);
        if (opts.json) { for (const h of hits) console.log(JSON.stringify(h)); return; }
        if (!hits.length) { console.log('no matches'); return; }
        for (const h of hits) {
          console.log(`${h.id}  ${h.published ?? '????-??-??'}  ${h.outlet ?? '?'} — ${h.title ?? '(untitled)'}`);
          console.log(`    ${h.snippet.replace(/\s+/g, ' ')}`);
        }
      } finally { store.close(); }
    });
}
