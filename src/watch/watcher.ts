import type { Store } from '../store/store.js';
import type { Source, SourceTable } from '../store/sources.js';
import { fetchUrl, HttpError, type FetchOptions } from '../ingest/fetch.js';
import { readFetched } from '../ingest/url-source.js';
import { analyseForStore, storeChunk } from '../ingest/item.js';
import { fuseSerialised } from '../store/fuse-serialised.js';
import { InputError } from '../document/build.js';
import type { StoredAnalysis } from '../store/record.js';
import { backoffMs } from './backoff.js';
import { parseRobots, robotsAllow, type RobotsRules } from './robots.js';

/**
 * `sitrep watch`: polls each source when it is due, with a conditional GET, and ingests and fuses what is new.
 * Politeness: one request at a time per host, at least `hostGapMs` apart; robots.txt for anything not known
 * to be a feed; back-off with jitter after errors, 429 and 503, never sooner than Retry-After. A failing
 * source keeps its last good state (ETag, kind, what it ingested) and records the error for `sources list`.
 * The clock, sleep and randomness are injectable so tests run fast and repeatably over real HTTP.
 */

export interface Clock {
  now(): number;
  sleep(ms: number, signal?: AbortSignal): Promise<void>;
}

export const realClock: Clock = {
  now: () => Date.now(),
  sleep: (ms, signal) => new Promise((resolve) => {
    const wake = () => { clearTimeout(t); signal?.removeEventListener('abort', wake); resolve(); };
    const t = setTimeout(wake, ms);
    signal?.addEventListener('abort', wake, { once: true });
  }),
};

export interface WatchOptions {
  clock?: Clock;
  random?: () => number;
  fetch?: FetchOptions;
  /** Least time between two requests to one host (default 2 s). */
  hostGapMs?: number;
  /** How long robots.txt is trusted (default a day). */
  robotsTtlMs?: number;
  log?: (line: string) => void;
}

export interface PollResult {
  source: Source;
  outcome: 'new' | 'unchanged' | 'not-modified' | 'error';
  newDocuments: number;
  error?: string;
}

/** Kinds that are lists of items: such a source that starts answering with an HTML page is broken, not a page. */
const FEED_KINDS = new Set(['feed', 'json', 'jsonl']);

export class Watcher {
  readonly sources: SourceTable;
  private clock: Clock;
  private random: () => number;
  private lastAtHost = new Map<string, number>();
  private robots = new Map<string, { rules: RobotsRules | 'all' | { none: string }; at: number }>();

  constructor(private readonly store: Store, private readonly opts: WatchOptions = {}) {
    this.sources = store.sources();
    this.clock = opts.clock ?? realClock;
    this.random = opts.random ?? Math.random;
  }

  /** Polls every source that is due now, one after another. */
  async pollDue(): Promise<PollResult[]> {
    const now = this.clock.now();
    const due = this.sources.list().filter((s) => s.nextAt <= now);
    const out: PollResult[] = [];
    for (const s of due) out.push(await this.poll(s));
    return out;
  }

  /** Polls until the signal aborts: each source on its schedule, sleeping until the next one is due. */
  async run(signal: AbortSignal): Promise<void> {
    while (!signal.aborted) {
      await this.pollDue();
      const next = Math.min(...this.sources.list().map((s) => s.nextAt), this.clock.now() + 60_000);
      await this.clock.sleep(Math.max(50, next - this.clock.now()), signal);
    }
  }

  /** Waits for the host's turn (at least hostGapMs after its last request), then notes this request. */
  private async politely(url: string): Promise<void> {
    const host = new URL(url).host;
    const gap = this.opts.hostGapMs ?? 2000;
    const last = this.lastAtHost.get(host);
    if (last !== undefined) {
      const wait = last + gap - this.clock.now();
      if (wait > 0) await this.clock.sleep(wait);
    }
    this.lastAtHost.set(host, this.clock.now());
  }

  /** Null when robots.txt lets us fetch the URL, else why not. */
  private async robotsRefusal(url: string): Promise<string | null> {
    const u = new URL(url);
    const ttl = this.opts.robotsTtlMs ?? 24 * 3600 * 1000;
    let r = this.robots.get(u.origin);
    if (!r || this.clock.now() - r.at > ttl) {
      let rules: RobotsRules | 'all' | { none: string };
      try {
        await this.politely(url);
        const f = await fetchUrl(`${u.origin}/robots.txt`, { ...this.opts.fetch, maxBytes: 512 * 1024 }, () => this.clock.now());
        rules = parseRobots(Buffer.from(f.body).toString('utf8'));
      } catch (e) {
        // RFC 9309: robots.txt missing (4xx) allows everything; a server error or no answer disallows for now.
        rules = e instanceof HttpError && e.status >= 400 && e.status < 500 ? 'all' : { none: `robots.txt unavailable (${(e as Error).message}); not fetching until it answers` };
      }
      r = { rules, at: this.clock.now() };
      this.robots.set(u.origin, r);
    }
    if (r.rules === 'all') return null;
    if ('none' in r.rules) return r.rules.none;
    return robotsAllow(r.rules, `${u.pathname}${u.search}`) ? null : 'disallowed by robots.txt';
  }

  async poll(s: Source): Promise<PollResult> {
    const everyMs = s.everyS * 1000;
    const fail = (message: string, status: number | null, retryAfter: number | null = null): PollResult => {
      const failures = s.failures + 1;
      this.sources.update(s.id, {
        checkedAt: this.clock.now(), failures, lastError: message, lastStatus: status,
        nextAt: this.clock.now() + backoffMs(everyMs, failures, this.random, retryAfter), requests: s.requests,
      });
      this.opts.log?.(`${s.name ?? s.url}: ${message}`);
      return { source: this.sources.get(s.id)!, outcome: 'error', newDocuments: 0, error: message };
    };
    if (!s.kind || !FEED_KINDS.has(s.kind)) {
      const refusal = await this.robotsRefusal(s.url);
      if (refusal) return fail(refusal, null);
    }
    await this.politely(s.url);
    s.requests++;
    let fetched;
    try {
      fetched = await fetchUrl(s.url, { ...this.opts.fetch, etag: s.etag, lastModified: s.lastModified }, () => this.clock.now());
    } catch (e) {
      if (e instanceof HttpError) return fail(e.message, e.status || null, e.retryAfterMs);
      return fail(e instanceof Error ? e.message : String(e), null);
    }
    const ok = { checkedAt: this.clock.now(), okAt: this.clock.now(), failures: 0, lastError: null, nextAt: this.clock.now() + everyMs, requests: s.requests };
    if (fetched.status === 304) {
      this.sources.update(s.id, { ...ok, lastStatus: 304 });
      return { source: this.sources.get(s.id)!, outcome: 'not-modified', newDocuments: 0 };
    }
    let read;
    try {
      read = readFetched(fetched, s.url);
    } catch (e) {
      return fail(e instanceof InputError ? e.message : `cannot read: ${(e as Error).message}`, 200);
    }
    if (s.kind && FEED_KINDS.has(s.kind) && !FEED_KINDS.has(read.kind)) {
      return fail(`was a ${s.kind === 'feed' ? 'feed' : 'JSON feed'}, now answers with ${read.kind === 'html' ? 'an HTML page' : `${read.kind} content`}`, 200);
    }
    const rows: StoredAnalysis[] = [];
    for (const it of read.items) {
      if (!it.ok) continue;
      const a = analyseForStore(it.article, {});
      if (!('reason' in a)) rows.push(a);
    }
    const results = storeChunk(this.store, rows);
    const added = results.flatMap((r) => ('status' in r && r.status !== 'unchanged' ? [r.id] : []));
    if (added.length) fuseSerialised(this.store, added);
    this.sources.update(s.id, { ...ok, lastStatus: 200, kind: read.kind, etag: fetched.etag, lastModified: fetched.lastModified, itemsNew: s.itemsNew + added.length });
    if (added.length) this.opts.log?.(`${s.name ?? s.url}: ${added.length} new`);
    return { source: this.sources.get(s.id)!, outcome: added.length ? 'new' : 'unchanged', newDocuments: added.length };
  }
}
