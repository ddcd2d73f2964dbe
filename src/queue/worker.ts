import { hostname } from 'node:os';
import { randomBytes } from 'node:crypto';
import type { PostgresStore } from '../store/postgres/postgres-store.js';
import { JobQueue, type Job } from './job-queue.js';
import { runIngestJob, type IngestPayload } from './ingest-job.js';
import { fusePending, fusionDue } from './fuse-pending.js';

export interface WorkerOptions {
  /** Seconds a job is this worker's before another may take it again (longer than a job takes). */
  leaseS?: number;
  /** Only jobs of this batch (a `sitrep ingest` draining its own). */
  batch?: string;
  /**
   * Return once the queue (the batch, given one) is drained: nothing queued and nothing running. A job
   * another worker holds is waited for, and taken over if that worker's lease runs out.
   */
  exitWhenIdle?: boolean;
  /** Seconds between looks at an empty queue. */
  pollS?: number;
  /** Stops the loop after the job in hand. */
  signal?: AbortSignal;
  log?: (line: string) => void;
}

export const workerId = (): string => `${hostname()}:${process.pid}:${randomBytes(3).toString('hex')}`;

/**
 * The worker loop: takes a job, runs it, records the result; fuses what the workers stored when it is due
 * (fusionDue) and whenever the queue runs dry; again, until stopped (or, with exitWhenIdle, until the queue
 * is drained). Returns how many jobs it finished.
 */
export async function runWorker(store: PostgresStore, opts: WorkerOptions = {}): Promise<number> {
  const queue = new JobQueue(store.pg);
  const me = workerId();
  const log = opts.log ?? (() => undefined);
  let finished = 0;
  while (!opts.signal?.aborted) {
    const job = queue.take<IngestPayload>(me, opts.leaseS ?? 120, opts.batch);
    if (!job) {
      // Documents of a job whose worker died after storing them are fused by whoever comes next.
      fusePending(store, me);
      if (opts.exitWhenIdle) {
        const c = queue.counts(opts.batch);
        if (!c.queued && !c.running) break;
      }
      await sleep((opts.pollS ?? 1) * 1000, opts.signal);
      continue;
    }
    try {
      const result = runJob(store, job, me);
      if (queue.complete(job, me, result)) finished++;
      log(`job ${job.id} (${job.kind}, attempt ${job.attempts}): ${describe(result)}`);
    } catch (e) {
      queue.release(job, me, (e as Error).message);
      log(`job ${job.id} (${job.kind}) failed: ${(e as Error).message}`);
    }
  }
  return finished;
}

function runJob(store: PostgresStore, job: Job<IngestPayload>, me: string): unknown {
  if (job.kind !== 'ingest') throw new Error(`unknown job kind ${job.kind}`);
  const outcomes = runIngestJob(store, job.payload);
  if (job.payload.fuse === false) fusePending(store, me, false);
  // Due: fused now, unless another worker is fusing (then this one goes on with the queue rather than wait).
  else if (fusionDue(store)) fusePending(store, me, true, { wait: false });
  return outcomes;
}

const describe = (r: unknown) => {
  const list = r as { result: { status?: string; reason?: string } }[];
  const n = (s: string) => list.filter((o) => o.result.status === s).length;
  return `${n('new')} new, ${n('unchanged')} unchanged, ${n('version')} versions, ${list.filter((o) => o.result.reason).length} failed`;
};

function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const t = setTimeout(resolve, ms);
    signal?.addEventListener('abort', () => { clearTimeout(t); resolve(); }, { once: true });
  });
}
