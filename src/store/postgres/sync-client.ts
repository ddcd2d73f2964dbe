import { MessageChannel, receiveMessageOnPort, Worker, type MessagePort } from 'node:worker_threads';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { dirname, join } from 'node:path';
import type { Reply, Request, Statement, ThreadSetup } from './protocol.js';

/** The compiled thread script; from the TypeScript sources (tests) it is the built copy in dist/. */
function threadFile(): URL {
  const here = fileURLToPath(import.meta.url);
  if (here.endsWith('.ts')) return pathToFileURL(join(dirname(here), '..', '..', '..', 'dist', 'store', 'postgres', 'client-thread.js'));
  return new URL('./client-thread.js', import.meta.url);
}

/** A query that failed in PostgreSQL: its message, and its SQLSTATE code (23505: unique violation…). */
export class PgError extends Error {
  constructor(message: string, readonly code?: string) { super(message); }
}

/**
 * A synchronous PostgreSQL connection. The Store interface is synchronous (better-sqlite3 is), and its
 * callers (CLI, server, fusion) use it so; PostgreSQL's pure-JavaScript client is asynchronous. So the
 * client runs on a thread of its own, and this thread posts a request and blocks on Atomics.wait until
 * the reply is there (the technique of the synckit package, without its generality). No native build:
 * pg-native would need libpq's headers on every machine. The cost is one thread round trip per request
 * (see docs/postgres.md for the figure); a request can carry many statements, run in one transaction.
 */
export class SyncPg {
  private readonly worker: Worker;
  private readonly port: MessagePort;
  private readonly signal = new Int32Array(new SharedArrayBuffer(4));
  private closed = false;

  constructor(readonly url: string) {
    const { port1, port2 } = new MessageChannel();
    this.port = port1;
    const setup: ThreadSetup = { url, signal: this.signal.buffer as SharedArrayBuffer, port: port2 };
    this.worker = new Worker(threadFile(), { workerData: setup, transferList: [port2] });
    // The thread never keeps the process alive on its own: a CLI command ends when its work does.
    this.worker.unref();
  }

  /** Runs statements in order (in one transaction with `transaction`); the rows of each. */
  run(statements: Statement[], opts: { transaction?: boolean } = {}): Record<string, unknown>[][] {
    const reply = this.send({ statements, transaction: opts.transaction });
    if (!reply.ok) throw new PgError(`PostgreSQL: ${reply.message}${statements[reply.statement] ? ` (in: ${statements[reply.statement].text.replace(/\s+/g, ' ').slice(0, 120)})` : ''}`, reply.code);
    return reply.results;
  }

  /** The rows of one statement. */
  query<T = Record<string, unknown>>(text: string, values: unknown[] = []): T[] {
    return this.run([{ text, values }])[0] as T[];
  }

  /** The first row, or undefined. */
  one<T = Record<string, unknown>>(text: string, values: unknown[] = []): T | undefined {
    return this.query<T>(text, values)[0];
  }

  close(): void {
    if (this.closed) return;
    this.closed = true;
    this.send('close');
    void this.worker.terminate();
  }

  private send(msg: Request | 'close'): Reply {
    if (this.closed && msg !== 'close') throw new Error('PostgreSQL connection is closed');
    Atomics.store(this.signal, 0, 0);
    this.port.postMessage(msg);
    // Ten minutes without an answer means the thread is gone; a long query (a full fusion's writes) takes seconds.
    if (Atomics.wait(this.signal, 0, 0, 600_000) === 'timed-out') throw new Error(`PostgreSQL at ${redact(this.url)}: no answer in 10 minutes`);
    const got = receiveMessageOnPort(this.port);
    if (!got) throw new Error('PostgreSQL client thread gave no reply');
    return got.message as Reply;
  }
}

/** A connection URL without its password, for messages. */
export const redact = (url: string): string => url.replace(/(\/\/[^:/@]+):[^@]*@/, '$1:***@');
