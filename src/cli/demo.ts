import type { Command } from 'commander';
import { join } from 'node:path';
import { SqliteStore } from '../store/sqlite/sqlite-store.js';
import { ingestPaths, summaryLine } from '../ingest/run.js';
import { DATA_DIR } from '../data.js';
import { dbPath, truncate } from './util.js';

export const DEMO_CORPUS = join(DATA_DIR, '..', 'demo', 'corpus');

export function registerDemo(program: Command): void {
  program
    .command('demo')
    .description('ingest the bundled demo corpus (June 2025 reporting, our own words) and print what sitrep found')
    .action(async (_opts: unknown, cmd: Command) => {
      const path = dbPath(cmd);
      const store = new SqliteStore(path);
      try {
        console.log(`sitrep demo: ingesting ${DEMO_CORPUS} into ${path}`);
        const s = await ingestPaths(store, [DEMO_CORPUS], { onFailure: (f) => console.error(`${f.origin}: ${f.reason}`) });
        console.log(summaryLine(s));
        const docs = store.documents({ limit: 1000 });
        console.log(`\nDocuments (${docs.length})`);
        for (const d of [...docs].reverse()) console.log(`  ${d.published ?? 'undated   '}  ${truncate(d.outlet ?? '?', 22).padEnd(22)} ${truncate(d.title ?? '(untitled)', 80)}  ${d.id.slice(0, 8)}`);
        const claims = store.claims({ limit: 1000 });
        const byStatus = new Map<string, number>();
        for (const c of claims) byStatus.set(c.status, (byStatus.get(c.status) ?? 0) + 1);
        console.log(`\nClaims (${claims.length}): ${[...byStatus].map(([k, v]) => `${v} ${k}`).join(', ') || 'none'}`);
        for (const c of claims.filter((c) => c.status !== 'unstated').slice(0, 15)) console.log(`  ${c.published}  ${c.status.padEnd(10)} ${truncate(c.claimant, 36)}: “${truncate(c.quote.replace(/\s+/g, ' '), 110)}”`);
        const events = store.events({ limit: 1000 });
        console.log(`\nEvents (${events.length})`);
        for (const e of events.filter((e) => e.scope === 'incident').slice(0, 25)) {
          const toll = e.killedMin != null ? `  killed ≥${e.killedMin}` : '';
          console.log(`  ${(e.dateStart ?? 'undated').padEnd(10)}  ${e.type.padEnd(20)} ${truncate(e.place ?? '?', 22).padEnd(22)} ${truncate(e.admin1 ?? '', 24).padEnd(24)}${toll}  — ${e.outlet ?? '?'}`);
        }
        console.log(`\nNext: sitrep search drone · sitrep claims --status unverified · sitrep events --country UA · sitrep show ${docs[0]?.id.slice(0, 8) ?? 'ID'}`);
        process.exitCode = s.failed ? 1 : 0;
      } finally { store.close(); }
    });
}
