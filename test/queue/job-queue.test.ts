import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PostgresStore } from '../../src/store/postgres/postgres-store.js';
import { JobQueue, MAX_ATTEMPTS } from '../../src/queue/job-queue.js';
import { fusePending } from '../../src/queue/fuse-pending.js';
import { runIngestJob } from '../../src/queue/ingest-job.js';
import { pgDatabase, withPostgres } from '../pg.js';

const article = (id: string, town: string, day: string) => ({ origin: `mem:${id}`, format: 'json' as const, externalId: id, outlet: `Outlet ${id}`, published: day,
  text: `Russian drones struck an energy facility in ${town} on ${day}, injuring three people, the regional governor said, as ${id} reported.` });

withPostgres('the job queue and pending fusion', () => {
  describe('the job queue in PostgreSQL', () => {
    let url: string;
    let a: PostgresStore;
    let b: PostgresStore;
    beforeEach(() => { url = pgDatabase(); a = new PostgresStore(url); b = new PostgresStore(url); });
    afterEach(() => { a.close(); b.close(); });

    it('two connections never take the same job; jobs come oldest first', () => {
      const qa = new JobQueue(a.pg);
      const qb = new JobQueue(b.pg);
      const ids = qa.enqueue('ingest', [{ n: 1 }, { n: 2 }, { n: 3 }]);
      const j1 = qa.take('A', 60)!;
      const j2 = qb.take('B', 60)!;
      expect([j1.id, j2.id]).toEqual(ids.slice(0, 2));
      expect(j1.payload).toEqual({ n: 1 });
      expect(qa.complete(j1, 'A', { ok: true })).toBe(true);
      expect(qb.complete(j1, 'B', { ok: true })).toBe(false);
      expect(qa.counts()).toEqual({ queued: 1, running: 1, done: 1, failed: 0 });
    });

    it('a job whose lease ran out is taken again; one taken too often is failed for good', async () => {
      const q = new JobQueue(a.pg);
      q.enqueue('ingest', [{}]);
      expect(q.take('A', 1)).not.toBeNull();
      expect(q.take('B', 1)).toBeNull();
      await new Promise((r) => setTimeout(r, 1100));
      const again = q.take('B', 1)!;
      expect(again.attempts).toBe(2);
      q.release(again, 'B', 'boom');
      expect(q.counts()).toMatchObject({ queued: 1, running: 0 });
      // Taken MAX_ATTEMPTS times already, its last worker gone: failed with the error it had, not taken again.
      a.pg.query(`UPDATE jobs SET state = 'running', attempts = ${MAX_ATTEMPTS}, locked_until = now() - interval '1 second'`);
      expect(q.take('D', 60)).toBeNull();
      expect(q.counts()).toMatchObject({ failed: 1, queued: 0, running: 0 });
      expect(a.pg.one<{ error: string }>('SELECT error FROM jobs')?.error).toMatch(/boom.*gave up after 5 attempts/);
    });

    it('documents a worker stored and did not live to fuse are fused by the next one, once', () => {
      // Stored with their fusion_pending rows, then the worker "died": nothing fused.
      const out = runIngestJob(a, { articles: [article('x1', 'Sumy', '2025-06-12'), article('x2', 'Sumy', '2025-06-12')] });
      expect(out.map((o) => ('status' in o.result ? o.result.status : o.result.reason))).toEqual(['new', 'new']);
      expect(a.fusedEvents()).toEqual([]);
      expect(fusePending(b, 'B')).toBe(2);
      const events = b.fusedEvents();
      expect(events.length).toBe(1);
      expect(events[0].reports.length).toBe(2);
      // Run again (a retried job): stored once, nothing left to fuse.
      const again = runIngestJob(b, { articles: [article('x1', 'Sumy', '2025-06-12')] });
      expect(again[0].result).toMatchObject({ status: 'unchanged' });
      expect(fusePending(b, 'B')).toBe(0);
      expect(b.count()).toBe(2);
    });

    it('a fuser that died mid-update leaves its mark: the next one redoes the whole picture', () => {
      runIngestJob(a, { articles: [article('y1', 'Poltava', '2025-06-13')] });
      fusePending(a, 'A');
      const before = a.fusedEvents();
      a.pg.query("INSERT INTO meta_kv (key, value) VALUES ('fusion_in_progress', 'dead-worker')");
      a.pg.query('TRUNCATE fused_events, fused_claims, fused_members, fused_claim_reports, fused_claim_events');
      fusePending(b, 'B');
      expect(b.fusedEvents()).toEqual(before);
      expect(b.pg.query("SELECT 1 FROM meta_kv WHERE key = 'fusion_in_progress'")).toEqual([]);
    });
  });
});
