import type { Command } from 'commander';
import { readSource } from '../ingest/source.js';
import { analyseItem } from '../ingest/run.js';
import type { Analysis } from '../extract/types.js';
import { isoDay } from './util.js';

/** The JSON object `extract` prints: the document's fields at the top level, findings beside them. */
export function toOutput(a: Analysis): Record<string, unknown> {
  return { ...a.document, claims: a.claims, verifications: a.verifications, events: a.events, places: a.places };
}

export function registerExtract(program: Command): void {
  program
    .command('extract')
    .description('analyse files without storing them; prints one JSON object per article, in input order')
    .argument('<files...>', 'files or - for standard input')
    .option('--json', 'JSON Lines output (the default and only format for now)')
    .option('--published <date>', 'publication date (YYYY-MM-DD) for articles whose metadata and text give none')
    .action(async (files: string[], opts: { published?: string }) => {
      const published = isoDay(opts.published, '--published');
      let failed = 0;
      for (const f of files) {
        for await (const item of readSource(f)) {
          if (!item.ok) { failed++; console.error(`${item.origin}: ${item.reason}`); process.stdout.write(`${JSON.stringify({ origin: item.origin, error: item.reason })}\n`); continue; }
          const a = analyseItem(item.article, { published });
          if ('reason' in a) { failed++; console.error(`${a.origin}: ${a.reason}`); process.stdout.write(`${JSON.stringify({ origin: a.origin, error: a.reason })}\n`); continue; }
          process.stdout.write(`${JSON.stringify(toOutput(a))}\n`);
        }
      }
      process.exitCode = failed ? 1 : 0;
    });
}
