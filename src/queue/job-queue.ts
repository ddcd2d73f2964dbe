import type { SyncPg } from '../store/postgres/sync-client.js';

/** A job as a worker holds it. */
export interface Job<P = unknown> {
  id: number;
  kind: string;
  batch: string | null;
  payload: P;
  /** How many times it was taken, this time included. */
  attempts: number;
}

export interface QueueCounts { queued: number; running: number; done: number; failed: number }

/** A job taken this many times and still not done is failed for good (its error kept), not retried again. */
export const MAX_ATTEMPTS = 5;

/**
 * The job queue in the store's PostgreSQL database (table `jobs`, migration 2). A worker takes the oldest
 * ready job with SELECT … FOR UPDATE SKIP LOCKED (workers never wait for each other's rows, and never take
 * the same job at once) and holds it under a lease: a job still 'running' when its lease ran out belonged to
 * a worker that died or hung, and is ready again. Done jobs keep their result, for the `sitrep ingest` that
 * queued them to report.
 *
 * Why a table of our own rather than pg-boss: the store's connection is synchronous (SyncPg) and pg-boss
 * is an asynchronous library with a pool of its own; the queue needs four statements; and a job's result,
 * its documents and their fusion_pending rows can be read and written next to each other in one database.
 */
export class JobQueue {
  constructor(private readonly pg: SyncPg) {}

  /** Adds jobs; their ids, in order. */
  enqueue<P>(kind: string, payloads: P[], batch: string | null = null): number[] {
    if (!payloads.length) return [];
    return this.pg.query<{ id: number }>(`INSERT INTO jobs (kind, batch, payload) SELECT $1, $2, p FROM unnest($3::jsonb[]) WITH ORDINALITY AS u(p, n) ORDER BY n RETURNING id`,
      [kind, batch, payloads.map((p) => JSON.stringify(p))]).map((r) => r.id).sort((a, b) => a - b);
  }

  /**
   * Takes the oldest ready job (of one batch, given one) for `worker` for `leaseS` seconds; null when none is
   * ready. A job taken MAX_ATTEMPTS times before is failed instead, and the next one taken.
   */
  take<P>(worker: string, leaseS: number, batch?: string): Job<P> | null {
    for (;;) {
      const row = this.pg.one<Job<P>>(`UPDATE jobs SET state = 'running', attempts = attempts + 1, locked_by = $1, locked_until = now() + make_interval(secs => $2)
        WHERE id = (SELECT id FROM jobs WHERE (state = 'queued' OR (state = 'running' AND locked_until < now())) ${batch ? 'AND batch = $3' : ''}
          ORDER BY id FOR UPDATE SKIP LOCKED LIMIT 1)
        RETURNING id, kind, batch, payload, attempts`, batch ? [worker, leaseS, batch] : [worker, leaseS]);
      if (!row) return null;
      if (row.attempts <= MAX_ATTEMPTS) return row;
      this.pg.query(`UPDATE jobs SET state = 'failed', error = coalesce(error, '') || $2, locked_by = NULL, locked_until = NULL, done_at = now() WHERE id = $1`,
        [row.id, `gave up after ${MAX_ATTEMPTS} attempts`]);
    }
  }

  /** Records a job done with its result; false when the job is no longer this worker's (its lease ran out and another took it). */
  complete(job: Job, worker: string, result: unknown): boolean {
    return this.pg.query(`UPDATE jobs SET state = 'done', result = $3, locked_by = NULL, locked_until = NULL, done_at = now()
      WHERE id = $1 AND locked_by = $2 AND state = 'running' RETURNING id`, [job.id, worker, JSON.stringify(result)]).length > 0;
  }

  /** Gives a job back after an error: ready again at once, or failed for good after MAX_ATTEMPTS. */
  release(job: Job, worker: string, error: string): void {
    this.pg.query(`UPDATE jobs SET state = CASE WHEN attempts >= $3 THEN 'failed' ELSE 'queued' END, error = $4, locked_by = NULL, locked_until = NULL,
      done_at = CASE WHEN attempts >= $3 THEN now() END WHERE id = $1 AND locked_by = $2`, [job.id, worker, MAX_ATTEMPTS, error]);
  }

  /** Jobs by state (of one batch, given one). */
  counts(batch?: string): QueueCounts {
    const rows = this.pg.query<{ state: keyof QueueCounts; n: number }>(`SELECT state, count(*)::int AS n FROM jobs ${batch ? 'WHERE batch = $1' : ''} GROUP BY state`, batch ? [batch] : []);
    const c: QueueCounts = { queued: 0, running: 0, done: 0, failed: 0 };
    for (const r of rows) c[r.state] = r.n;
    return c;
  }

  /** The finished jobs of a batch, in the order they were queued. */
  finished<R>(batch: string): { id: number; state: 'done' | 'failed'; result: R | null; error: string | null }[] {
    return this.pg.query(`SELECT id, state, result, error FROM jobs WHERE batch = $1 AND state IN ('done', 'failed') ORDER BY id`, [batch]);
  }
}
