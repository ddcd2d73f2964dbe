import { afterAll, describe, expect, it } from 'vitest';
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';

/**
 * kill -9 of `sitrep ingest` in the middle of a batch big enough for its worker threads: the store
 * stays intact (integrity_check), and ingesting the same batch again completes it with every article
 * stored exactly once. Runs the built CLI (dist/), as a user would.
 */
const BIN = join(__dirname, '..', '..', 'bin', 'sitrep.js');
const N = 1400;
const dir = mkdtempSync(join(tmpdir(), 'sitrep-kill9-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const PLACES = ['Kharkiv', 'Sumy', 'Odesa', 'Zaporizhzhia', 'Dnipro', 'Kherson', 'Poltava'];
function article(i: number): string {
  const place = PLACES[i % PLACES.length];
  const body = Array.from({ length: 14 }, (_, k) => `Report ${i}, part ${k}: drones struck ${place} overnight and ${k + 1} people were injured, the regional governor said on Monday.`).join(' ');
  return JSON.stringify({ id: `k9-${i}`, url: `https://wire.example/k9/${i}`, outlet: 'Kill Nine Wire', title: `Night attack ${i}`, published: '2025-06-09', text: body });
}

const count = (db: string): number => {
  try { const d = new Database(db, { readonly: true, fileMustExist: true }); try { return (d.prepare('SELECT count(*) AS n FROM documents').get() as { n: number }).n; } finally { d.close(); } } catch { return 0; }
};

describe('kill -9 during a worker-pool ingest', () => {
  it('leaves an intact store, and a second run stores every article exactly once', async () => {
    const input = join(dir, 'batch.jsonl');
    writeFileSync(input, Array.from({ length: N }, (_, i) => article(i)).join('\n'));
    const db = join(dir, 'k9.db');
    const child = spawn(process.execPath, [BIN, 'ingest', input, '--db', db, '--quiet', '--no-fuse'], { stdio: 'ignore' });
    const exited = new Promise<NodeJS.Signals | null>((resolve) => child.on('exit', (_code, signal) => resolve(signal)));
    // Kill it once some documents are stored, well before all are.
    let stored = 0;
    for (let t = 0; t < 600 && stored < 150; t++) { await new Promise((r) => setTimeout(r, 50)); stored = count(db); }
    child.kill('SIGKILL');
    expect(await exited).toBe('SIGKILL');
    const before = count(db);
    expect(before).toBeGreaterThan(0);
    expect(before).toBeLessThan(N);

    const d = new Database(db);
    expect(d.pragma('integrity_check', { simple: true })).toBe('ok');
    d.close();

    const again = spawnSync(process.execPath, [BIN, 'ingest', input, '--db', db, '--quiet'], { encoding: 'utf8' });
    expect(again.status, again.stderr).toBe(0);
    expect(again.stdout).toMatch(new RegExp(`^${N - before} new, ${before} unchanged, 0 failed`, 'm'));
    const after = new Database(db, { readonly: true });
    expect(after.pragma('integrity_check', { simple: true })).toBe('ok');
    expect((after.prepare('SELECT count(*) AS n, count(DISTINCT key) AS k FROM documents').get())).toEqual({ n: N, k: N });
    after.close();
  }, 180_000);
});
