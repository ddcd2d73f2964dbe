import type { FusedState } from '../fuse/fuse.js';
import { toAcledCsv } from './acled-csv.js';
import { geoJsonText } from './geojson.js';
import { toPloverJsonl } from './plover.js';
import { claimReviewText } from './claimreview.js';
import { toJsonl } from './jsonl.js';

/**
 * The export formats, one table for the CLI (`sitrep export`) and the API (`GET /api/export`): each
 * writes the scoped fused state, reading the same reconciled records the brief reads.
 */
export const EXPORT_FORMATS = ['acled-csv', 'geojson', 'plover-jsonl', 'claimreview', 'jsonl'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export interface ExportOptions {
  /** geojson: leave out events without coordinates. */
  located?: boolean;
  /** acled-csv: ACLED's legacy numeric actor types and interaction codes. */
  acledNumeric?: boolean;
  /** claimreview: where the API is served (each review's url). */
  baseUrl?: string;
}

/** Media type and file extension of each format. */
export const EXPORT_MEDIA: Record<ExportFormat, { type: string; ext: string }> = {
  'acled-csv': { type: 'text/csv; charset=UTF-8', ext: 'csv' },
  geojson: { type: 'application/geo+json', ext: 'geojson' },
  'plover-jsonl': { type: 'application/x-ndjson', ext: 'jsonl' },
  claimreview: { type: 'application/ld+json', ext: 'jsonld' },
  jsonl: { type: 'application/x-ndjson', ext: 'jsonl' },
};

/** `scoped`: the records of the period and place asked for; `all`: everything (ACLED reads every claim for claim_status). */
export function writeExport(format: ExportFormat, scoped: FusedState, all: FusedState, opts: ExportOptions = {}): string {
  switch (format) {
    case 'acled-csv': return toAcledCsv(scoped.events, all.claims, { numericInter: opts.acledNumeric });
    case 'geojson': return geoJsonText(scoped.events, { located: opts.located });
    case 'plover-jsonl': return toPloverJsonl(scoped.events);
    case 'claimreview': return claimReviewText(scoped.claims, { baseUrl: opts.baseUrl });
    case 'jsonl': return toJsonl(scoped);
  }
}
