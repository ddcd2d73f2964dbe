import { randomUUID } from 'node:crypto';
import type { RawArticle } from '../document/types.js';
import { expandPaths, readSource } from '../ingest/source.js';
import type { Failure } from '../ingest/item.js';
import type { IngestOptions, IngestSummary } from '../ingest/run.js';
import type { PostgresStore } from '../store/postgres/postgres-store.js';
import { JobQueue } from './job-queue.js';
import type { IngestOutcome, IngestPayload } from './ingest-job.js';
import { runWorker } from './worker.js';

/** Articles per job: enough that a job's transaction and fusion are worth their round trips, few enough that a lost job costs little. */
export const ARTICLES_PER_JOB = 25;

export interface QueuedIngestOptions extends Pick<IngestOptions, 'published' | 'fuse' | 'onFile' | 'onFailure' | 'maxBytes'> {
  /** Only queue the jobs, for `sitrep worker`s to do; don't wait for them. */
  wait?: boolean;
  articlesPerJob?: number;
  leaseS?: number;
}

export interface QueuedIngest { batch: string; jobs: number; articles: number; summary: IngestSummary | null }

/**
 * `sitrep ingest` on a PostgreSQL store: reads the inputs here and queues their articles as jobs in the
 * database, then (unless told not to wait) works through its own jobs like a `sitrep worker`, beside any
 * workers that are running, until every one is done; the summary counts their results in input order.
 * With no worker running it does all the work itself; with workers on other machines it shares it.
 */
export async function ingestViaQueue(store: PostgresStore, paths: string[], opts: QueuedIngestOptions = {}): Promise<QueuedIngest> {
  const queue = new JobQueue(store.pg);
  const batch = randomUUID();
  const s: IngestSummary = { new: 0, unchanged: 0, versions: 0, failed: 0, added: [], failures: [], warnings: [] };
  const fail = (f: Failure) => { s.failed++; s.failures.push(f); opts.onFailure?.(f); };
  const per = opts.articlesPerJob ?? ARTICLES_PER_JOB;
  let jobs = 0;
  let articles = 0;
  let held: RawArticle[] = [];
  const send = () => {
    if (!held.length) return;
    queue.enqueue<IngestPayload>('ingest', [{ articles: held, published: opts.published, fuse: opts.fuse }], batch);
    jobs++;
    held = [];
  };
  const { files, errors } = await expandPaths(paths);
  errors.forEach(fail);
  let done = 0;
  for (const path of files) {
    for await (const item of readSource(path, { maxBytes: opts.maxBytes })) {
      if (!item.ok) { fail({ origin: item.origin, reason: item.reason }); continue; }
      held.push(item.article);
      articles++;
      if (held.length >= per) send();
    }
    opts.onFile?.(path, ++done, files.length);
  }
  send();
  if (opts.wait === false) return { batch, jobs, articles, summary: null };
  // Work through this batch's jobs; then wait for those other workers hold (taking any whose lease runs out).
  for (;;) {
    await runWorker(store, { batch, exitWhenIdle: true, leaseS: opts.leaseS });
    const c = queue.counts(batch);
    if (!c.queued && !c.running) break;
    await new Promise((r) => setTimeout(r, 200));
  }
  for (const job of queue.finished<IngestOutcome[]>(batch)) {
    if (job.state === 'failed' || !job.result) { fail({ origin: `job ${job.id}`, reason: `failed: ${job.error ?? 'no result'}` }); continue; }
    for (const o of job.result) {
      if ('reason' in o.result) { fail(o.result); continue; }
      for (const reason of o.warnings) s.warnings.push({ origin: o.origin, reason });
      if (o.result.status === 'new') s.new++;
      else if (o.result.status === 'unchanged') s.unchanged++;
      else s.versions++;
      if (o.result.status !== 'unchanged') s.added.push(o.result.id);
    }
  }
  return { batch, jobs, articles, summary: s };
}
