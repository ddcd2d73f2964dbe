/** Briefs and export formats over the fused picture: pure functions, shared by the CLI and the HTTP API. */
export * from './brief.js';
export * from './acled-csv.js';
export * from './geojson.js';
export * from './plover.js';
export * from './claimreview.js';
export * from './jsonl.js';
