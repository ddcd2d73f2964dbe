import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { spawn, type ChildProcess } from 'node:child_process';
import { SqliteStore } from '../../src/store/sqlite/sqlite-store.js';
import { PostgresStore } from '../../src/store/postgres/postgres-store.js';
import { ingestPaths } from '../../src/ingest/run.js';
import { ingestViaQueue } from '../../src/queue/ingest-via-queue.js';
import { JobQueue } from '../../src/queue/job-queue.js';
import { DEMO_CORPUS } from '../../src/cli/demo.js';
import { pgDatabase, withPostgres } from '../pg.js';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** Short reports of our own: several outlets telling the same strikes, so that workers fuse into shared incidents. */
function writeReports(dir: string): void {
  const towns = ['Kherson', 'Sumy', 'Mykolaiv', 'Zaporizhzhia', 'Chernihiv', 'Poltava', 'Kramatorsk', 'Nikopol'];
  const outlets = ['Suspilne', 'Ukrinform', 'Reuters'];
  let n = 0;
  towns.forEach((town, t) => outlets.forEach((outlet, o) => {
    const day = `2025-06-${String(12 + (t % 4)).padStart(2, '0')}`;
    const hurt = 2 + t + o;
    writeFileSync(join(dir, `r${n++}.json`), JSON.stringify({
      id: `w-${t}-${o}`, outlet, published: day, url: `https://example.org/${outlet.toLowerCase()}/${t}`, title: `Shelling in ${town}`,
      text: `Russian shelling hit a residential area of ${town} on ${day}, injuring ${hurt} people, the regional governor said. ${outlet} could not verify the figure.`,
    }));
  }));
}

const worker = (url: string) => spawn(process.execPath, [join(ROOT, 'bin', 'sitrep.js'), '--db', url, 'worker', '--lease', '3', '--exit-when-idle'], { stdio: ['ignore', 'pipe', 'pipe'] });
const exited = (p: ChildProcess) => new Promise<number | null>((resolve) => p.once('exit', (code) => resolve(code)));

withPostgres('two workers draining one queue, one killed mid-batch', () => {
  describe('two sitrep workers on one queue, one killed mid-batch', () => {
    let dir: string;
    let url: string;
    let store: PostgresStore;
    let reference: SqliteStore;
    let attempts: number[];
    let killedHeld: number;

    beforeAll(async () => {
      dir = mkdtempSync(join(tmpdir(), 'sitrep-workers-'));
      mkdirSync(join(dir, 'reports'));
      writeReports(join(dir, 'reports'));
      const inputs = [DEMO_CORPUS, join(dir, 'reports')];
      // The same inputs ingested by one process into SQLite: what the workers' picture must equal.
      reference = new SqliteStore(join(dir, 'ref.db'));
      expect((await ingestPaths(reference, inputs)).failed).toBe(0);

      url = pgDatabase();
      store = new PostgresStore(url);
      const q = await ingestViaQueue(store, inputs, { wait: false, articlesPerJob: 3 });
      expect(q.jobs).toBeGreaterThan(10);
      const a = worker(url);
      const b = worker(url);
      const queue = new JobQueue(store.pg);
      // Kill the first worker once it holds a job (and has maybe stored part of it): SIGKILL, no clean-up.
      const pidA = a.pid!;
      for (let i = 0; i < 600; i++) {
        const held = store.pg.query<{ id: number }>("SELECT id FROM jobs WHERE state = 'running' AND locked_by LIKE $1", [`%:${pidA}:%`]);
        if (held.length) { killedHeld = held[0].id; break; }
        await new Promise((r) => setTimeout(r, 50));
      }
      expect(killedHeld).toBeGreaterThan(0);
      a.kill('SIGKILL');
      await exited(a);
      expect(await exited(b)).toBe(0);
      expect(queue.counts()).toMatchObject({ queued: 0, running: 0, failed: 0 });
      attempts = store.pg.query<{ attempts: number }>('SELECT attempts FROM jobs ORDER BY id').map((r) => r.attempts);
    }, 180_000);
    afterAll(() => { store?.close(); reference?.close(); rmSync(dir, { recursive: true, force: true }); });

    it('the job the killed worker held was taken again and finished by the other', () => {
      expect(attempts[killedHeld - 1]).toBe(2);
      expect(store.pg.one<{ state: string }>('SELECT state FROM jobs WHERE id = $1', [killedHeld])?.state).toBe('done');
    });

    it('every document stored once: the same documents and finding rows as the single-process ingest', () => {
      expect(store.documentIds()).toEqual(reference.documentIds());
      expect(store.count()).toBe(reference.count());
      expect(store.claims({ limit: 1e5 })).toEqual(reference.claims({ limit: 1e5 }));
      expect(store.events({ limit: 1e5 })).toEqual(reference.events({ limit: 1e5 }));
      expect(store.pg.one<{ n: number }>('SELECT count(*)::int AS n FROM fusion_pending')?.n).toBe(0);
    });

    it('the fused picture equals the single-process one', () => {
      expect(store.fusionStale()).toBe(false);
      expect(store.fusedEvents({ limit: 1e5 })).toEqual(reference.fusedEvents({ limit: 1e5 }));
      expect(store.fusedClaims({ limit: 1e5 })).toEqual(reference.fusedClaims({ limit: 1e5 }));
    });
  });
});
