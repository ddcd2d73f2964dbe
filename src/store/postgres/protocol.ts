/** What the calling thread and the PostgreSQL client thread say to each other (sync-client.ts, client-thread.ts). */
import type { MessagePort } from 'node:worker_threads';

/** One SQL statement with its parameters ($1, $2, …). */
export interface Statement {
  text: string;
  values?: unknown[];
}

/**
 * A request: statements run one after the other on the thread's one connection; with `transaction`, inside
 * BEGIN … COMMIT (ROLLBACK on the first error). One request is one round trip between the threads,
 * however many statements it holds.
 */
export interface Request {
  statements: Statement[];
  transaction?: boolean;
}

export type Reply = { ok: true; results: Record<string, unknown>[][] } | { ok: false; message: string; code?: string; statement: number };

export interface ThreadSetup {
  url: string;
  /** Int32Array over it: [0] is 0 while a request runs, 1 once its reply was posted. */
  signal: SharedArrayBuffer;
  port: MessagePort;
}
