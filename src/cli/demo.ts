import type { Command } from 'commander';
import { join } from 'node:path';
import { openStore } from '../store/open.js';
import { ingestPaths, summaryLine } from '../ingest/run.js';
import { DATA_DIR } from '../data.js';
import { dbPath, truncate } from './util.js';
import { briefToMarkdown, buildBrief } from '../report/brief.js';
import { loadFused } from './brief.js';

export const DEMO_CORPUS = join(DATA_DIR, '..', 'demo', 'corpus');

export function registerDemo(program: Command): void {
  program
    .command('demo')
    .description('ingest the bundled demo corpus (June 2025 reporting, our own words) and print what sitrep found')
    .action(async (_opts: unknown, cmd: Command) => {
      const path = dbPath(cmd);
      const store = openStore(path);
      try {
        console.log(`sitrep demo: ingesting ${DEMO_CORPUS} into ${path}`);
        const s = await ingestPaths(store, [DEMO_CORPUS], { onFailure: (f) => console.error(`${f.origin}: ${f.reason}`) });
        console.log(summaryLine(s));
        const docs = store.documents({ limit: 1000 });
        console.log(`\nDocuments (${docs.length})`);
        for (const d of [...docs].reverse()) console.log(`  ${d.published ?? 'undated   '}  ${truncate(d.outlet ?? '?', 22).padEnd(22)} ${truncate(d.title ?? '(untitled)', 80)}  ${d.id.slice(0, 8)}`);
        const claims = store.fusedClaims({ limit: 100_000 });
        const byStatus = new Map<string, number>();
        for (const c of claims) byStatus.set(c.status, (byStatus.get(c.status) ?? 0) + 1);
        console.log(`\nClaims fused across reports (${claims.length}): ${[...byStatus].map(([k, v]) => `${v} ${k}`).join(', ') || 'none'}`);
        const notable = claims.filter((c) => c.statusHistory.length > 1 || c.reports.length > 2).slice(0, 12);
        for (const c of notable) {
          const path = c.statusHistory.map((h) => `${h.status} (${h.date?.slice(5) ?? '?'})`).join(' → ');
          console.log(`  ${c.id.slice(0, 11)}  ${truncate(c.claimant.name, 30).padEnd(30)} ${path}`);
          console.log(`      “${truncate(c.text.replace(/\s+/g, ' '), 110)}” — ${c.reports.length} reports`);
        }
        const events = store.fusedEvents({ limit: 100_000 }).filter((e) => e.scope === 'incident');
        console.log(`\nIncidents fused across reports (${events.length}); those with several sources:`);
        for (const e of events.filter((x) => x.sourceCount > 1).slice(0, 15)) {
          const toll = e.killed ? `  killed ${e.killed.low}–${e.killed.high} (best ${e.killed.best})` : '';
          console.log(`  ${(e.date?.start ?? 'undated').padEnd(10)}  ${e.type.padEnd(20)} ${truncate(e.place?.name ?? '?', 22).padEnd(22)} ${truncate(e.place?.admin1 ?? '', 24).padEnd(24)}${toll} — ${e.sourceCount} sources`);
        }
        // The demo ends with the briefing of its corpus: what an analyst would read first.
        console.log(`\n${'─'.repeat(72)}\n`);
        console.log(briefToMarkdown(buildBrief(loadFused(store), { top: 8 })));
        console.log(`\nNext: sitrep claims · sitrep claims --as-of 2025-06-08 · sitrep explain ID · sitrep events --country UA · sitrep story ID · sitrep search drone · sitrep show ${docs[0]?.id.slice(0, 8) ?? 'ID'}`);
        process.exitCode = s.failed ? 1 : 0;
      } finally { store.close(); }
    });
}
