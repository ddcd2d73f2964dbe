import type { Command } from 'commander';
import { existsSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { serve, type ServerType } from '@hono/node-server';
import type { Store } from '../store/store.js';
import { isPostgresUrl } from '../store/postgres/postgres-store.js';
import { fuseSerialised } from '../store/fuse-serialised.js';
import { createApp, type AppOptions } from '../server/app.js';
import { dbPath, openForWrite, storeName } from './util.js';

export interface RunningServer {
  url: string;
  port: number;
  server: ServerType;
  close(): Promise<void>;
}

/** Starts the API on host:port (port 0 picks a free one). Resolves once listening. */
export function startServer(store: Store, o: AppOptions & { port: number; host: string }): Promise<RunningServer> {
  const app = createApp(store, o);
  return new Promise((resolve, reject) => {
    const server = serve({ fetch: app.fetch, port: o.port, hostname: o.host }, (info: AddressInfo) => {
      server.off('error', reject);
      const host = info.family === 'IPv6' ? `[${info.address}]` : info.address;
      resolve({
        url: `http://${host}:${info.port}`,
        port: info.port,
        server,
        close: () => new Promise<void>((res, rej) => {
          (server as { closeAllConnections?: () => void }).closeAllConnections?.();
          server.close((err) => (err ? rej(err) : res()));
        }),
      });
    });
    server.once('error', reject);
    answerClientErrors(server);
  });
}

/**
 * Requests Node's HTTP parser refuses before the app sees them (headers over its 16 KB limit, malformed
 * request lines) get a problem+json answer too, rather than the bare status line Node writes itself.
 */
function answerClientErrors(server: ServerType): void {
  server.on('clientError', (err: NodeJS.ErrnoException, socket: import('node:stream').Duplex) => {
    if (!socket.writable) { socket.destroy(); return; }
    const big = err.code === 'HPE_HEADER_OVERFLOW';
    const status = big ? 431 : 400;
    const body = JSON.stringify({
      type: big ? 'urn:sitrep:problem:headers-too-large' : 'urn:sitrep:problem:bad-request',
      title: big ? 'Request headers too large' : 'Malformed request', status,
      detail: big ? 'the request headers are larger than the server accepts (16 KB in all); send fewer or shorter headers' : `the request could not be parsed (${err.code ?? err.message})`,
    });
    socket.end(`HTTP/1.1 ${status} ${big ? 'Request Header Fields Too Large' : 'Bad Request'}\r\nContent-Type: application/problem+json\r\n`
      + `Content-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`);
  });
}

const LOOPBACK = new Set(['127.0.0.1', '::1', 'localhost']);

interface Opts { port: string; host: string; private?: boolean; cors?: string; watch?: boolean }

export function registerServe(program: Command): void {
  program
    .command('serve')
    .description('serve the store over HTTP: the dashboard (map, timeline, claim board, evidence) at /, the JSON API under /api (OpenAPI document at /api/openapi.json); set SITREP_TOKEN to require a bearer token for writes')
    .option('--port <n>', 'port to listen on (0 picks a free one)', '8080')
    .option('--host <address>', 'address to bind (loopback by default; anything else exposes the store to the network)', '127.0.0.1')
    .option('--private', 'require the bearer token (SITREP_TOKEN) for reads too')
    .option('--cors <origin>', 'allow cross-origin requests from this origin (off by default)')
    .option('--watch', 'also poll the sources (`sitrep sources add`) on their schedules, as `sitrep watch` does')
    .action(async (opts: Opts, cmd: Command) => {
      if (!/^\d{1,5}$/.test(opts.port) || Number(opts.port) > 65535) throw new Error(`--port must be a number from 0 to 65535, got "${opts.port}"`);
      const token = process.env.SITREP_TOKEN?.trim() || null;
      if (opts.private && !token) throw new Error('--private needs a token: set SITREP_TOKEN');
      if (opts.cors && opts.cors !== '*' && !/^https?:\/\/[^/\s]+$/.test(opts.cors)) throw new Error(`--cors must be an origin such as https://example.org (or *), got "${opts.cors}"`);
      const path = dbPath(cmd);
      const fresh = !isPostgresUrl(path) && !existsSync(path);
      const store = openForWrite(cmd);
      if (fresh) console.error(`sitrep serve: created an empty store at ${path}`);
      if (store.fusionStale()) fuseSerialised(store, []);
      let running: RunningServer;
      try {
        running = await startServer(store, { port: Number(opts.port), host: opts.host, token, private: !!opts.private, cors: opts.cors ?? null });
      } catch (e) {
        store.close();
        const code = (e as NodeJS.ErrnoException).code;
        throw new Error(code === 'EADDRINUSE' ? `port ${opts.port} on ${opts.host} is already in use (try --port 0)` : code === 'EADDRNOTAVAIL' ? `cannot bind to ${opts.host}` : (e as Error).message);
      }
      if (!LOOPBACK.has(opts.host) && !token) console.error('sitrep serve: warning: listening beyond loopback without SITREP_TOKEN; anyone who can reach it can add documents');
      console.log(`sitrep serve: listening on ${running.url} (store ${storeName(path)}, ${store.count()} documents${token ? `; token required for ${opts.private ? 'all requests' : 'writes'}` : ''}${opts.cors ? `; CORS for ${opts.cors}` : ''})`);
      // The dashboard's incidents (the points view, a few hundred ms at 10,000 documents) and the places list
      // (every mention aggregated, about a second) are built once per database version: do it now, not on
      // the first visitor's request.
      const warm = (p: string) => fetch(`${running.url}${p}`, token ? { headers: { Authorization: `Bearer ${token}` } } : {}).then((r) => r.body?.cancel());
      setImmediate(() => { warm('/api/events/points').catch(() => undefined).then(() => warm('/api/places?limit=1')).catch(() => undefined); });
      // The watcher shares the server's connection and thread: it polls between requests, never during one.
      const watching = new AbortController();
      if (opts.watch) {
        const { Watcher } = await import('../watch/watcher.js');
        const w = new Watcher(store, { log: (l) => console.error(`sitrep serve --watch: ${l}`) });
        console.error(`sitrep serve: watching ${w.sources.list().length} sources`);
        void w.run(watching.signal).catch((e: unknown) => console.error(`sitrep serve --watch: stopped: ${(e as Error).message}`));
      }
      const stop = (signal: string) => {
        watching.abort();
        console.error(`sitrep serve: ${signal}, shutting down`);
        running.close().catch(() => undefined).finally(() => { store.close(); process.exit(0); });
      };
      process.once('SIGINT', () => stop('SIGINT'));
      process.once('SIGTERM', () => stop('SIGTERM'));
    });
}
