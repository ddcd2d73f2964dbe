// Looks for incidents counted twice in the exports of a folder of articles ingested together: pairs of
// ACLED rows (the CSV export) in one first-level region within a day of each other, of the same ACLED event
// type, that both carry deaths, and GeoJSON features with the same place and date. Each pair is printed with
// its cited sentences, for a person to judge; a fused picture with no double counting prints none.
//   npx tsc -p tsconfig.json && node bench/double-counts.mjs DIR
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SqliteStore } from '../dist/store/sqlite/sqlite-store.js';
import { ingestPaths } from '../dist/ingest/run.js';
import { acledEligible, acledRow } from '../dist/report/acled-csv.js';

const dir = process.argv[2];
if (!dir) { console.error('usage: node bench/double-counts.mjs DIR'); process.exit(2); }
const tmp = mkdtempSync(join(tmpdir(), 'sitrep-dc-'));
const store = new SqliteStore(join(tmp, 'dc.db'));
try {
  const s = await ingestPaths(store, [dir]);
  const events = store.fusedEvents({ limit: 1e6 });
  const claims = store.fusedClaims({ limit: 1e6 });
  const rows = events.filter(acledEligible).map((e) => ({ e, r: acledRow(e, claims) }));
  const day = (d) => Date.parse(`${d}T00:00:00Z`) / 864e5;
  const pairs = [];
  for (let i = 0; i < rows.length; i++) for (let j = i + 1; j < rows.length; j++) {
    const a = rows[i]; const b = rows[j];
    if (a.e.scope !== 'incident' || b.e.scope !== 'incident') continue;
    if (a.r.country !== b.r.country || a.r.admin1 !== b.r.admin1 || a.r.event_type !== b.r.event_type) continue;
    if (Math.abs(day(a.r.event_date) - day(b.r.event_date)) > 1) continue;
    if (!(a.e.killed?.best > 0) || !(b.e.killed?.best > 0)) continue;
    pairs.push([a, b]);
  }
  console.log(`${s.new} documents, ${events.length} fused events (${rows.length} ACLED rows), ${claims.length} fused claims`);
  console.log(`${pairs.length} pairs of rows that could count one incident twice (same region and type, within a day, both with deaths):`);
  for (const [a, b] of pairs) {
    console.log(`- ${a.r.location} ${a.r.event_date} killed ${a.e.killed.best} | ${b.r.location} ${b.r.event_date} killed ${b.e.killed.best}`);
    console.log(`    “${a.e.reports[0].quote.slice(0, 160)}”`);
    console.log(`    “${b.e.reports[0].quote.slice(0, 160)}”`);
  }
} finally {
  store.close();
  rmSync(tmp, { recursive: true, force: true });
}
