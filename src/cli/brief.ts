import type { Command } from 'commander';
import { writeFileSync } from 'node:fs';
import { openForRead, isoDay } from './util.js';
import { briefToHtml, briefToJson, briefToMarkdown, buildBrief } from '../report/brief.js';
import type { FusedState } from '../fuse/fuse.js';
import type { Store } from '../store/store.js';

const FORMATS = ['md', 'html', 'json'] as const;
type Format = (typeof FORMATS)[number];

interface Opts { since?: string; until?: string; country?: string; region?: string; format: string; out?: string; top: string }

/** The fused records a period can show (all of them for an open period); the brief applies its own rules to them. */
export function loadFused(store: Store, since?: string, until?: string): FusedState {
  if (store.fusionStale()) console.error('sitrep: the fused picture is out of date; run `sitrep fuse` for a current one');
  return store.fusedInPeriod(since, until);
}

/** Writes to --out, else stdout; a file gets a one-line note on stderr so scripts can still pipe stdout. */
export function emit(text: string, out: string | undefined): void {
  if (!out) { process.stdout.write(text); return; }
  writeFileSync(out, text);
  console.error(`sitrep: wrote ${out} (${Buffer.byteLength(text)} bytes)`);
}

export function validCountry(cc: string | undefined): string | undefined {
  if (cc !== undefined && !/^[A-Za-z]{2}$/.test(cc)) throw new Error(`--country must be a two-letter ISO code, got "${cc}"`);
  return cc?.toUpperCase();
}

export function registerBrief(program: Command): void {
  program
    .command('brief')
    .description('a situation brief: key developments quoting their sources, claims awaiting verification, status changes, casualties by region')
    .option('--since <date>', 'period start (YYYY-MM-DD)')
    .option('--until <date>', 'period end, and the day the picture is taken as of (YYYY-MM-DD)')
    .option('--country <cc>', 'ISO 3166-1 alpha-2 country code')
    .option('--region <name>', 'first-level region (substring of its English name)')
    .option('--format <format>', `${FORMATS.join(', ')}`, 'md')
    .option('-n, --top <n>', 'how many key developments', '10')
    .option('-o, --out <file>', 'write to a file instead of stdout')
    .action((opts: Opts, cmd: Command) => {
      if (!FORMATS.includes(opts.format as Format)) throw new Error(`--format must be one of ${FORMATS.join(', ')}, got "${opts.format}"`);
      const since = isoDay(opts.since, '--since');
      const until = isoDay(opts.until, '--until');
      if (since && until && since > until) throw new Error(`--since ${since} is after --until ${until}`);
      const top = Number(opts.top);
      if (!Number.isInteger(top) || top < 0) throw new Error(`--top must be a whole number, got "${opts.top}"`);
      const store = openForRead(cmd);
      try {
        const brief = buildBrief(loadFused(store, since, until), { since, until, country: validCountry(opts.country), region: opts.region, top });
        const render = { md: briefToMarkdown, html: briefToHtml, json: briefToJson }[opts.format as Format];
        emit(render(brief), opts.out);
      } finally { store.close(); }
    });
}
