import type { Command } from 'commander';
import { openForRead, isoDay } from './util.js';
import { emit, loadFused, validCountry } from './brief.js';
import { loadData } from '../data.js';
import { scopeState, type Scope } from '../report/brief.js';
import { toAcledCsv } from '../report/acled-csv.js';
import { geoJsonText } from '../report/geojson.js';
import { toPloverJsonl } from '../report/plover.js';
import { claimReviewText } from '../report/claimreview.js';
import { toJsonl } from '../report/jsonl.js';
import type { FusedState } from '../fuse/fuse.js';

const FORMATS = ['acled-csv', 'geojson', 'plover-jsonl', 'claimreview', 'jsonl'] as const;
type Format = (typeof FORMATS)[number];

/** Each format from the scoped state; ACLED needs the claims too, for the claim_status column. */
const WRITERS: Record<Format, (s: FusedState, all: FusedState, opts: { located?: boolean }) => string> = {
  'acled-csv': (s, all) => toAcledCsv(s.events, all.claims),
  geojson: (s, _all, o) => geoJsonText(s.events, o),
  'plover-jsonl': (s) => toPloverJsonl(s.events),
  claimreview: (s) => claimReviewText(s.claims),
  jsonl: (s) => toJsonl(s),
};

interface Opts { format?: string; since?: string; until?: string; country?: string; region?: string; type?: string; out?: string; located?: boolean }

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
        emit(WRITERS[opts.format as Format](scopeState(all, scope), all, { located: opts.located }), opts.out);
      } finally { store.close(); }
    });
}
