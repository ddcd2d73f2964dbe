import type { Command } from 'commander';
import { readSource } from '../ingest/source.js';
import { analyseItem } from '../ingest/run.js';
import type { Analysis } from '../extract/types.js';
import { isoDay } from './util.js';

export type Admin1Style = 'acled' | 'english';

/**
 * The JSON object `extract` prints: the document's fields at the top level, findings beside them. With the
 * 'acled' style a place's `admin1` is spelled as ACLED spells it ("Nord-Kivu", "Idleb", "HaDarom"), for output
 * compared with or joined to ACLED data; `admin1Name` keeps the English name and `admin1Code` the ISO code.
 */
export function toOutput(a: Analysis, style: Admin1Style = 'english'): Record<string, unknown> {
  const out = { ...a.document, claims: a.claims, verifications: a.verifications, events: a.events, places: a.places };
  if (style === 'english') return out;
  const spell = <P extends { admin1: string | null; admin1Acled: string | null } | null>(p: P): P =>
    p && p.admin1Acled ? { ...p, admin1: p.admin1Acled, admin1Name: p.admin1 } : p;
  return { ...out, places: a.places.map(spell), events: a.events.map((e) => ({ ...e, place: spell(e.place) })) };
}

export function registerExtract(program: Command): void {
  program
    .command('extract')
    .description('analyse files without storing them; prints one JSON object per article, in input order')
    .argument('<files...>', 'files or - for standard input')
    .option('--json', 'JSON Lines output (the default and only format for now)')
    .option('--published <date>', 'publication date (YYYY-MM-DD) for articles whose metadata and text give none')
    .option('--admin1 <style>', 'how first-level regions are spelled: acled (ACLED\'s own spelling, English name in ' +
      'admin1Name) or english', 'acled')
    .action(async (files: string[], opts: { published?: string; admin1: string }) => {
      const published = isoDay(opts.published, '--published');
      if (opts.admin1 !== 'acled' && opts.admin1 !== 'english') {
        console.error(`--admin1: expected acled or english, got "${opts.admin1}"`);
        process.exitCode = 2;
        return;
      }
      const style: Admin1Style = opts.admin1;
      let failed = 0;
      for (const f of files) {
        for await (const item of readSource(f)) {
          if (!item.ok) { failed++; console.error(`${item.origin}: ${item.reason}`); process.stdout.write(`${JSON.stringify({ origin: item.origin, error: item.reason })}\n`); continue; }
          const a = analyseItem(item.article, { published });
          if ('reason' in a) { failed++; console.error(`${a.origin}: ${a.reason}`); process.stdout.write(`${JSON.stringify({ origin: a.origin, error: a.reason })}\n`); continue; }
          process.stdout.write(`${JSON.stringify(toOutput(a, style))}\n`);
        }
      }
      process.exitCode = failed ? 1 : 0;
    });
}
