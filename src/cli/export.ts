import type { Command } from 'commander';
import { openForRead, isoDay } from './util.js';
import { emit, loadFused, validCountry } from './brief.js';
import { loadData } from '../data.js';
import { scopeState, type Scope } from '../report/brief.js';
import { EXPORT_FORMATS as FORMATS, writeExport, type ExportFormat as Format } from '../report/exports.js';

interface Opts { format?: string; since?: string; until?: string; country?: string; region?: string; type?: string; out?: string; located?: boolean; acledNumeric?: boolean; baseUrl?: string }

export function registerExport(program: Command): void {
  program
    .command('export')
    .description('export fused events and claims: ACLED-style CSV, GeoJSON, PLOVER JSONL, schema.org ClaimReview JSON-LD, or JSON Lines')
    .requiredOption('--format <format>', FORMATS.join(', '))
    .option('--since <date>', 'events ending / claims first reported on or after (YYYY-MM-DD)')
    .option('--until <date>', 'events starting / claims first reported on or before (YYYY-MM-DD)')
    .option('--country <cc>', 'ISO 3166-1 alpha-2 country code (claims: through the events they assert)')
    .option('--region <name>', 'first-level region (substring of its English name)')
    .option('--type <type>', 'event type (strike, drone_attack, shelling, …)')
    .option('--located', 'geojson: leave out events without coordinates instead of giving them a null geometry')
    .option('--acled-numeric', "acled-csv: ACLED's legacy numeric actor types and interaction codes instead of the current text")
    .option('--base-url <url>', 'claimreview: where sitrep serve runs, for each review\'s url (default: http://localhost:8080)')
    .option('-o, --out <file>', 'write to a file instead of stdout')
    .action((opts: Opts, cmd: Command) => {
      if (!FORMATS.includes(opts.format as Format)) throw new Error(`--format must be one of ${FORMATS.join(', ')}, got "${opts.format}"`);
      const types = Object.keys(loadData<Record<string, unknown>>('event-types.json')).filter((k) => !k.startsWith('_'));
      if (opts.type && !types.includes(opts.type)) throw new Error(`--type must be one of ${types.join(', ')}, got "${opts.type}"`);
      const scope: Scope = { since: isoDay(opts.since, '--since'), until: isoDay(opts.until, '--until'), country: validCountry(opts.country), region: opts.region, type: opts.type };
      if (scope.since && scope.until && scope.since > scope.until) throw new Error(`--since ${scope.since} is after --until ${scope.until}`);
      const store = openForRead(cmd);
      try {
        const all = loadFused(store);
        if (opts.baseUrl && !/^https?:\/\/[^\s/]+/.test(opts.baseUrl)) throw new Error(`--base-url must be an http(s) URL, got "${opts.baseUrl}"`);
        emit(writeExport(opts.format as Format, scopeState(all, scope), all, { located: opts.located, acledNumeric: opts.acledNumeric, baseUrl: opts.baseUrl }), opts.out);
      } finally { store.close(); }
    });
}
