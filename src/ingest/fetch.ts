import { InputError } from '../document/build.js';

/**
 * One polite HTTP(S) GET: a User-Agent that says who we are, a timeout over the whole exchange, a size
 * limit enforced while reading (not trusted from Content-Length), redirects followed by hand up to a cap
 * (a loop is an error, not a hang), and conditional headers when the caller has an ETag or Last-Modified.
 */

export const USER_AGENT = 'sitrep/0.1 (situation-report monitor; polls feeds on a schedule, honours robots.txt and Retry-After)';

export interface FetchOptions {
  timeoutMs?: number;
  maxBytes?: number;
  maxRedirects?: number;
  etag?: string | null;
  lastModified?: string | null;
}

export const FETCH_DEFAULTS = { timeoutMs: 20_000, maxBytes: 10 * 1024 * 1024, maxRedirects: 5 } as const;

export interface Fetched {
  /** 200 (body read) or 304 (not modified; no body). Other statuses throw HttpError. */
  status: 200 | 304;
  /** Where the content came from, after redirects. */
  url: string;
  contentType: string | null;
  body: Uint8Array;
  etag: string | null;
  lastModified: string | null;
}

/** A response that is not content: its status, and how long the server asks us to wait (Retry-After), if it says. */
export class HttpError extends InputError {
  constructor(message: string, readonly status: number, readonly retryAfterMs: number | null = null) {
    super(message);
  }
}

/** Retry-After as milliseconds: delta-seconds or an HTTP date (relative to `now`). */
export function retryAfterMs(header: string | null, now: number): number | null {
  if (!header) return null;
  if (/^\s*\d+\s*$/.test(header)) return Number(header) * 1000;
  const t = Date.parse(header);
  return Number.isNaN(t) ? null : Math.max(0, t - now);
}

export const isUrl = (s: string): boolean => /^https?:\/\//i.test(s);

export async function fetchUrl(url: string, opts: FetchOptions = {}, now: () => number = Date.now): Promise<Fetched> {
  const timeoutMs = opts.timeoutMs ?? FETCH_DEFAULTS.timeoutMs;
  const maxBytes = opts.maxBytes ?? FETCH_DEFAULTS.maxBytes;
  const maxRedirects = opts.maxRedirects ?? FETCH_DEFAULTS.maxRedirects;
  const ac = new AbortController();
  const timer = setTimeout(() => ac.abort(), timeoutMs);
  const seen = new Set<string>();
  let at = url;
  try {
    for (let hop = 0; ; hop++) {
      if (!isUrl(at)) throw new InputError(`redirected to ${at}, which is not an http(s) URL`);
      seen.add(at);
      const headers: Record<string, string> = { 'User-Agent': USER_AGENT, Accept: 'application/rss+xml, application/atom+xml, application/feed+json, application/json, text/html;q=0.9, text/*;q=0.8, */*;q=0.5' };
      if (opts.etag) headers['If-None-Match'] = opts.etag;
      if (opts.lastModified) headers['If-Modified-Since'] = opts.lastModified;
      let res: Response;
      try {
        res = await fetch(at, { headers, redirect: 'manual', signal: ac.signal });
      } catch (e) {
        if (ac.signal.aborted) throw new HttpError(`no answer within ${timeoutMs / 1000} s`, 0);
        const cause = (e as { cause?: { code?: string; message?: string } }).cause;
        throw new HttpError(`cannot fetch: ${cause?.code ?? cause?.message ?? (e as Error).message}`, 0);
      }
      if (res.status >= 300 && res.status < 400 && res.status !== 304) {
        await res.body?.cancel();
        const loc = res.headers.get('location');
        if (!loc) throw new HttpError(`HTTP ${res.status} without a Location`, res.status);
        const next = new URL(loc, at).toString();
        if (seen.has(next)) throw new HttpError(`redirect loop (${[...seen, next].length - 1} hops back to ${next})`, res.status);
        if (hop + 1 > maxRedirects) throw new HttpError(`more than ${maxRedirects} redirects`, res.status);
        at = next;
        continue;
      }
      const common = { url: at, contentType: res.headers.get('content-type'), etag: res.headers.get('etag'), lastModified: res.headers.get('last-modified') };
      if (res.status === 304) { await res.body?.cancel(); return { status: 304, body: new Uint8Array(), ...common }; }
      if (res.status !== 200) {
        await res.body?.cancel();
        throw new HttpError(`HTTP ${res.status}${res.statusText ? ` ${res.statusText}` : ''}`, res.status, retryAfterMs(res.headers.get('retry-after'), now()));
      }
      const declared = Number(res.headers.get('content-length'));
      if (declared > maxBytes) { await res.body?.cancel(); throw new HttpError(`response too large (${declared} bytes; the limit is ${maxBytes})`, 200); }
      const chunks: Uint8Array[] = [];
      let size = 0;
      try {
        for await (const c of res.body ?? []) {
          size += c.byteLength;
          if (size > maxBytes) { ac.abort(); throw new HttpError(`response too large (over ${maxBytes} bytes)`, 200); }
          chunks.push(c);
        }
      } catch (e) {
        if (e instanceof HttpError) throw e;
        throw new HttpError(ac.signal.aborted ? `no complete answer within ${timeoutMs / 1000} s` : `connection failed while reading: ${(e as Error).message}`, 0);
      }
      return { status: 200, body: Buffer.concat(chunks), ...common };
    }
  } finally {
    clearTimeout(timer);
  }
}
