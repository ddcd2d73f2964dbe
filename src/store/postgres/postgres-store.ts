import { PgSourceTable } from './sources.js';
import type { SourceTable } from '../sources.js';
import type { Analysis, Event, EventType } from '../../extract/types.js';
import type { AffectedFused, ClaimFilter, ClaimRow, CopyUpdate, DocumentSummary, EventFilter, EventRow, PutResult, SearchHit, Store } from '../store.js';
import { familyOf } from '../../extract/events.js';
import { topicWords } from '../../extract/refine/attach-verifications.js';
import { isStored, toStored, type StoredAnalysis } from '../record.js';
import { unpackPlaces, type PackedPlaces } from '../packed-places.js';
import { claimDays, eventDays } from '../../fuse/days.js';
import { SOURCE_LEAD_CHARS } from '../../fuse/sources.js';
import { claimContent, contentWords, orphanStatements, SAME_WORDS, DENIAL_VERBS, FUSION_VERSION, isDenial, speakerKey, type FusedClaim, type FusedEvent, type FusedState } from '../../fuse/fuse.js';
import { frontPlaces, groundFronts } from '../../fuse/claim-rules.js';
import { multiRegionTolls } from '../../fuse/tallies.js';
import { finding, longSpan, slimAnalysis, type FindingRow, type SlimRow, type WholeRow } from '../rows.js';
import { PG_MIGRATIONS } from './migrations.js';
import { SyncPg, type PgError } from './sync-client.js';
import type { Statement } from './protocol.js';
import { ilike, newestMatchesSql, pgSearchQuery, RANKED_CANDIDATES, shiftDay } from './sql.js';
import { insertRowChunks, insertRows } from './insert-rows.js';
import { claimsBySpeaker, incidentsNear } from './fusion-neighbours.js';
import { addMateRecords, type StoredFinding } from '../fusion-mates.js';
import { withNamedRegions } from '../../fuse/readings.js';

/** Whether a --db / SITREP_DB value names a PostgreSQL database rather than a SQLite file. */
export const isPostgresUrl = (s: string): boolean => /^postgres(ql)?:\/\//i.test(s);

const SLIM_COLUMNS = `d.id, d.url, d.outlet, d.title, d.section, d.author, d.published, d.format, d.origin, f.lead, f.sketch,
  CASE WHEN f.sketch IS NULL THEN d.text END AS unsketched`;
const SLIM_FROM = 'documents d JOIN fusion_docs f ON f.doc_id = d.id';

const DOC_COLUMNS: [string, string][] = [
  ['id', 'text'], ['key', 'text'], ['version_of', 'text'], ['url', 'text'], ['outlet', 'text'], ['title', 'text'], ['section', 'text'], ['author', 'text'],
  ['published', 'text'], ['format', 'text'], ['origin', 'text'], ['text', 'text'], ['analysis', 'text'], ['ingested_at', 'text'],
];
const CLAIM_COLUMNS: [string, string][] = [
  ['doc_id', 'text'], ['idx', 'int'], ['claimant', 'text'], ['actor_id', 'text'], ['side', 'text'], ['actor_type', 'text'], ['verb', 'text'], ['status', 'text'],
  ['quote', 'text'], ['start', 'int'], ['"end"', 'int'], ['speaker', 'text'], ['json', 'text'],
];
const EVENT_COLUMNS: [string, string][] = [
  ['doc_id', 'text'], ['idx', 'int'], ['type', 'text'], ['subtype', 'text'], ['scope', 'text'], ['place', 'text'], ['country', 'text'], ['admin1', 'text'],
  ['lat', 'float8'], ['lon', 'float8'], ['date_start', 'text'], ['date_end', 'text'], ['killed_min', 'int'], ['killed_max', 'int'], ['injured_min', 'int'],
  ['quote', 'text'], ['start', 'int'], ['"end"', 'int'], ['block', 'text'], ['json', 'text'],
];
const PLACE_COLUMNS: [string, string][] = [
  ['doc_id', 'text'], ['idx', 'int'], ['name', 'text'], ['country', 'text'], ['admin1', 'text'], ['kind', 'text'], ['geonameid', 'int8'],
  ['lat', 'float8'], ['lon', 'float8'], ['mentions', 'int'], ['aliases', 'text'],
];
const FUSED_EVENT_COLUMNS: [string, string][] = [
  ['id', 'text'], ['type', 'text'], ['country', 'text'], ['admin1', 'text'], ['date_start', 'text'], ['date_end', 'text'], ['killed_best', 'int'],
  ['sources', 'int'], ['day_from', 'text'], ['day_to', 'text'], ['long_span', 'int'], ['scope', 'text'], ['json', 'text'],
  ['place_name', 'text'], ['place_kind', 'text'], ['lat', 'float8'], ['lon', 'float8'],
];
const FUSED_CLAIM_COLUMNS: [string, string][] = [
  ['id', 'text'], ['status', 'text'], ['side', 'text'], ['claimant', 'text'], ['first_reported', 'text'], ['day_from', 'text'], ['day_to', 'text'], ['json', 'text'],
];

/**
 * The Store on PostgreSQL: the same tables as the SQLite store and the same answers (test/store/contract.test.ts
 * runs one suite against both). Synchronous like its callers, through SyncPg (a client thread the caller
 * blocks on), so each method is written to take few round trips: writes of a batch go as a few multi-row
 * INSERT … SELECT FROM unnest(…) statements in one request, reads of many ids as one `= ANY($1)` query.
 *
 * Several processes may write at once (ingest workers on several machines): storing a document takes a
 * transaction-scoped advisory lock on its article key, so that two versions of one article are linked in
 * the order they were stored and the same document stored twice is stored once.
 */
export class PostgresStore implements Store {
  readonly pg: SyncPg;

  /** How many of a search's matches, the newest first, are ranked (RANKED_CANDIDATES unless told). */
  readonly rankedCandidates: number;

  constructor(readonly url: string, opts: { rankedCandidates?: number } = {}) {
    this.rankedCandidates = opts.rankedCandidates ?? RANKED_CANDIDATES;
    this.pg = new SyncPg(url);
    try {
      migrate(this.pg);
    } catch (e) {
      this.pg.close();
      throw e;
    }
  }

  /**
   * A transaction in two round trips: BEGIN and `first` (reads, locks), then what `next` makes of their
   * rows, with COMMIT. ROLLBACK when anything fails.
   */
  txRun<T>(first: Statement[], next: (rows: Record<string, unknown>[][]) => { value: T; then: Statement[] }): T {
    try {
      const rows = this.pg.run([{ text: 'BEGIN' }, ...first]).slice(1);
      const { value, then } = next(rows);
      this.pg.run([...then, { text: 'COMMIT' }]);
      return value;
    } catch (e) {
      try { this.pg.run([{ text: 'ROLLBACK' }]); } catch { /* the connection is gone: PostgreSQL rolls back itself */ }
      throw e;
    }
  }

  /**
   * Statements in one transaction, sent a few at a time: small ones share a request, and a big one (a chunk
   * of a full fusion's rows) goes alone, so no request holds much more than one chunk.
   */
  inTransaction(statements: Statement[]): void {
    const requests: Statement[][] = [[{ text: 'BEGIN' }]];
    let rows = 0;
    for (const st of statements) {
      const n = (st.values?.[0] as unknown[] | undefined)?.length ?? 1;
      if (rows + n > 1000 && requests[requests.length - 1].length) { requests.push([]); rows = 0; }
      requests[requests.length - 1].push(st);
      rows += n;
    }
    requests[requests.length - 1].push({ text: 'COMMIT' });
    try {
      for (const r of requests) this.pg.run(r);
    } catch (e) {
      try { this.pg.run([{ text: 'ROLLBACK' }]); } catch { /* the connection is gone: PostgreSQL rolls back itself */ }
      throw e;
    }
  }

  /**
   * Runs fn holding a session advisory lock (waiting for it): one holder at a time across every process
   * on this database. Workers fuse under 'fusion' (see docs/postgres.md: why one lock, not one per block).
   */
  withLock<T>(name: string, fn: () => T): T {
    this.pg.query('SELECT pg_advisory_lock(hashtextextended($1, 0))', [`sitrep:${name}`]);
    return this.holding(name, fn);
  }

  /** As withLock, but gives up at once when another holds the lock: undefined then, and fn not run. */
  tryLock<T>(name: string, fn: () => T): T | undefined {
    const got = this.pg.one<{ ok: boolean }>('SELECT pg_try_advisory_lock(hashtextextended($1, 0)) AS ok', [`sitrep:${name}`])!.ok;
    return got ? this.holding(name, fn) : undefined;
  }

  private holding<T>(name: string, fn: () => T): T {
    try {
      return fn();
    } finally {
      this.pg.query('SELECT pg_advisory_unlock(hashtextextended($1, 0))', [`sitrep:${name}`]);
    }
  }

  location(): string {
    return this.url;
  }

  put(a: Analysis | StoredAnalysis): PutResult {
    return this.putMany([a])[0];
  }

  /**
   * `queueFusion`: the new documents are also written to fusion_pending, in the same transaction, for the
   * queue's workers to fuse (queue/fuse-pending.ts).
   */
  putMany(list: (Analysis | StoredAnalysis)[], opts: { queueFusion?: boolean } = {}): PutResult[] {
    if (!list.length) return [];
    const rows = list.map((a) => (isStored(a) ? a : toStored(a)));
    const keys = [...new Set(rows.map((r) => r.key))];
    const ids = rows.map((r) => r.id);
    // Locks in one order (by hash) in every process, so two batches sharing keys cannot deadlock.
    return this.txRun([
      { text: 'SELECT pg_advisory_xact_lock(h) FROM (SELECT DISTINCT hashtextextended(k, 0) AS h FROM unnest($1::text[]) k ORDER BY 1) s', values: [keys] },
      { text: 'SELECT id FROM documents WHERE id = ANY($1)', values: [ids] },
      { text: 'SELECT DISTINCT ON (key) key, id FROM documents WHERE key = ANY($1) AND superseded_by IS NULL ORDER BY key, ingested_at DESC', values: [keys] },
    ], ([, existing, current]) => {
      const have = new Set(existing.map((r) => r.id as string));
      const currentOf = new Map(current.map((r) => [r.key as string, r.id as string]));
      const results: PutResult[] = [];
      const fresh: { r: StoredAnalysis; prev: string | undefined }[] = [];
      for (const r of rows) {
        if (have.has(r.id)) { results.push({ status: 'unchanged', id: r.id }); continue; }
        const prev = currentOf.get(r.key);
        have.add(r.id);
        currentOf.set(r.key, r.id);
        fresh.push({ r, prev });
        results.push(prev ? { status: 'version', id: r.id, previous: prev } : { status: 'new', id: r.id });
      }
      const then = fresh.length ? this.insertDocuments(fresh) : [];
      if (opts.queueFusion && fresh.length) then.push(insertRows('fusion_pending', [['doc_id', 'text']], fresh.map((f) => [f.r.id]), 'ON CONFLICT DO NOTHING'));
      return { value: results, then };
    });
  }

  /** The statements that store new documents, their findings and their version links. */
  private insertDocuments(fresh: { r: StoredAnalysis; prev: string | undefined }[]): Statement[] {
    const now = new Date().toISOString();
    const docs = fresh.map(({ r, prev }) => [r.id, r.key, prev ?? null, r.url, r.outlet, r.title, r.section, r.author, r.published, r.format, r.origin, r.text, r.json, now]);
    const out = [
      insertRows('documents', DOC_COLUMNS, docs),
      insertRows('fusion_docs', [['doc_id', 'text'], ['lead', 'text'], ['sketch', 'text'], ['verifications', 'text']],
        fresh.map(({ r }) => [r.id, r.text.slice(0, SOURCE_LEAD_CHARS), r.sketch, r.verifications])),
      ...this.insertFindings(fresh.map((f) => f.r)),
    ];
    const links = fresh.filter((f) => f.prev);
    if (links.length) {
      out.push({ text: 'UPDATE documents d SET superseded_by = v.id FROM unnest($1::text[], $2::text[]) v(id, prev) WHERE d.id = v.prev',
        values: [links.map((f) => f.r.id), links.map((f) => f.prev)] });
    }
    return out;
  }

  /** Claim, event and place rows of documents: three statements whatever their number. */
  private insertFindings(rows: StoredAnalysis[]): Statement[] {
    const rowsOf = (pick: (r: StoredAnalysis) => unknown[][]) => rows.flatMap((r) => pick(r).map((x, i) => [r.id, i, ...x]));
    return [
      insertRows('claims', CLAIM_COLUMNS, rowsOf((r) => r.claims)),
      insertRows('events', EVENT_COLUMNS, rowsOf((r) => r.events)),
      insertRows('places', PLACE_COLUMNS, rowsOf((r) => r.places)),
    ].filter((s) => (s.values?.[0] as unknown[]).length > 0);
  }

  replaceAnalyses(list: (Analysis | StoredAnalysis)[]): number {
    if (!list.length) return 0;
    // The last of several extractions of one document is the one kept (as SQLite's one-by-one updates leave it).
    const byId = new Map(list.map((x) => { const r = isStored(x) ? x : toStored(x); return [r.id, r] as const; }));
    const rows = [...byId.values()];
    return this.txRun([{ text: 'UPDATE documents d SET analysis = v.a FROM unnest($1::text[], $2::text[]) v(id, a) WHERE d.id = v.id RETURNING d.id',
      values: [rows.map((r) => r.id), rows.map((r) => r.json)] }], ([found]) => {
      const kept = new Set(found.map((r) => r.id as string));
      const stored = rows.filter((r) => kept.has(r.id));
      const ids = stored.map((r) => r.id);
      const value = list.filter((x) => kept.has(isStored(x) ? x.id : x.document.id)).length;
      if (!stored.length) return { value, then: [] };
      return { value, then: [
        { text: 'UPDATE fusion_docs f SET verifications = v.ver, sketch = v.sk FROM unnest($1::text[], $2::text[], $3::text[]) v(id, ver, sk) WHERE f.doc_id = v.id',
          values: [ids, stored.map((r) => r.verifications), stored.map((r) => r.sketch)] },
        ...['claims', 'events', 'places'].map((t) => ({ text: `DELETE FROM ${t} WHERE doc_id = ANY($1)`, values: [ids] })),
        ...this.insertFindings(stored),
      ] };
    });
  }

  documentIds(): string[] {
    return this.pg.query<{ id: string }>('SELECT id FROM documents ORDER BY id').map((r) => r.id);
  }

  get(idOrPrefix: string): Analysis | null {
    const cols = 'SELECT d.id, d.text, d.analysis, f.verifications FROM documents d JOIN fusion_docs f ON f.doc_id = d.id';
    let row = this.pg.one<WholeRow>(`${cols} WHERE d.id = $1`, [idOrPrefix]);
    if (!row && /^[0-9a-f]{4,15}$/.test(idOrPrefix)) {
      const rows = this.pg.query<WholeRow>(`${cols} WHERE d.id LIKE $1 LIMIT 2`, [`${idOrPrefix}%`]);
      if (rows.length === 1) row = rows[0];
    }
    return row ? this.wholes([row])[0] : null;
  }

  /** Stored analyses put back together (see SqliteStore.whole), their findings read in one request. */
  private wholes(rows: WholeRow[]): Analysis[] {
    const list = rows.map((row) => {
      const a = JSON.parse(row.analysis) as Analysis & { placesPacked?: PackedPlaces };
      if (a.placesPacked) { a.places = unpackPlaces(a.placesPacked); delete a.placesPacked; }
      a.document.text = row.text;
      return a;
    });
    this.fillFindings(list, rows.map((r) => r.verifications));
    return list;
  }

  /** Fills in each analysis' verification statements and all its claims and events, from their own rows. */
  private fillFindings(list: Analysis[], verifications: string[]): void {
    if (!list.length) return;
    const ids = list.map((a) => a.document.id);
    const [claims, events] = this.pg.run([
      { text: 'SELECT doc_id, json, quote FROM claims WHERE doc_id = ANY($1) ORDER BY doc_id, idx', values: [ids] },
      { text: 'SELECT doc_id, json, quote FROM events WHERE doc_id = ANY($1) ORDER BY doc_id, idx', values: [ids] },
    ]) as unknown as (FindingRow & { doc_id: string })[][];
    // A document asked for twice is two analyses, each with its own findings.
    const byDoc = new Map<string, Analysis[]>();
    list.forEach((a, i) => {
      a.verifications = JSON.parse(verifications[i]) as Analysis['verifications'];
      a.claims = [];
      a.events = [];
      byDoc.set(a.document.id, [...(byDoc.get(a.document.id) ?? []), a]);
    });
    for (const c of claims) for (const a of byDoc.get(c.doc_id)!) a.claims.push(finding(c));
    for (const e of events) for (const a of byDoc.get(e.doc_id)!) a.events.push(finding(e));
  }

  documents(opts: { limit?: number; includeSuperseded?: boolean } = {}): DocumentSummary[] {
    const where = opts.includeSuperseded ? '' : 'WHERE superseded_by IS NULL';
    return this.pg.query<DocumentSummary>(`SELECT id, title, outlet, published, url, version_of AS "versionOf", superseded_by AS "supersededBy" FROM documents ${where}
      ORDER BY published DESC NULLS LAST, id LIMIT $1`, [opts.limit ?? 1000]);
  }

  count(): number {
    return this.pg.one<{ n: number }>('SELECT count(*)::int AS n FROM documents WHERE superseded_by IS NULL')!.n;
  }

  search(query: string, limit = 20): SearchHit[] {
    const q = pgSearchQuery(query);
    if (!q) return [];
    // The hits first, then a snippet for each of them only: ts_headline parses a whole text again.
    return this.pg.query<SearchHit>(`SELECT d.id, d.title, d.outlet, d.published,
        ts_headline('simple', d.text, q, 'StartSel=[, StopSel=], MaxWords=14, MinWords=6, MaxFragments=1, FragmentDelimiter=" … "') AS snippet
      FROM (SELECT d.id, ts_rank(d.fts, q) AS rank FROM ${newestMatchesSql(q.sql, this.rankedCandidates)}
          JOIN documents d ON d.id = newest.id, ${q.sql} q ORDER BY rank DESC, d.id LIMIT $2) hit
      JOIN documents d ON d.id = hit.id, ${q.sql} q ORDER BY hit.rank DESC, d.id`, [q.value, limit]);
  }

  claims(f: ClaimFilter = {}): ClaimRow[] {
    const w = new Where('d.superseded_by IS NULL');
    if (f.status) w.add('c.status = ?', f.status);
    if (f.side) w.add('lower(c.side) = lower(?)', f.side); // `ua` is UA
    if (f.claimant) w.add('(c.claimant ILIKE ? OR c.actor_id = ?)', ilike(f.claimant), f.claimant);
    if (f.since) w.add('d.published >= ?', f.since);
    if (f.until) w.add('d.published <= ?', f.until);
    return this.pg.query<ClaimRow>(`SELECT c.doc_id AS "docId", c.idx, c.claimant, c.actor_id AS "actorId", c.side, c.verb, c.status, c.quote, d.published, d.outlet
      FROM claims c JOIN documents d ON d.id = c.doc_id WHERE ${w.sql()} ORDER BY d.published NULLS FIRST, c.doc_id, c.idx LIMIT ${w.param(f.limit ?? 500)}`, w.args);
  }

  events(f: EventFilter = {}): EventRow[] {
    const w = new Where('d.superseded_by IS NULL');
    if (f.type) w.add('e.type = ?', f.type);
    if (f.country) w.add('e.country = ?', f.country.toUpperCase());
    if (f.region) w.add('e.admin1 ILIKE ?', ilike(f.region));
    if (f.since) w.add('coalesce(e.date_end, d.published) >= ?', f.since);
    if (f.until) w.add('coalesce(e.date_start, d.published) <= ?', f.until);
    return this.pg.query<EventRow>(`SELECT e.doc_id AS "docId", e.idx, e.type, e.subtype, e.place, e.country, e.admin1, e.date_start AS "dateStart", e.date_end AS "dateEnd",
        e.killed_min AS "killedMin", e.killed_max AS "killedMax", e.injured_min AS "injuredMin", e.scope, e.quote, d.outlet
      FROM events e JOIN documents d ON d.id = e.doc_id WHERE ${w.sql()} ORDER BY e.date_start NULLS FIRST, e.doc_id, e.idx LIMIT ${w.param(f.limit ?? 500)}`, w.args);
  }

  // ---- fusion ----

  analyses(ids?: string[], opts: { slim?: boolean } = {}): Analysis[] {
    const columns = opts.slim ? `${SLIM_COLUMNS}, f.verifications` : 'd.id, d.text, d.analysis, f.verifications';
    type Row = SlimRow & WholeRow;
    const build = (rows: Row[]): Analysis[] => {
      if (!opts.slim) return this.wholes(rows);
      const list = rows.map((r) => slimAnalysis(r));
      this.fillFindings(list, rows.map((r) => r.verifications));
      return list;
    };
    // A page at a time (by id, as SQLite walks them): the whole store in one reply would be held twice over,
    // once as rows and once as analyses, and copied between the threads.
    const PAGE = 1000;
    const out: Analysis[] = [];
    if (!ids) {
      for (let after = ''; ;) {
        const rows = this.pg.query<Row>(`SELECT ${columns} FROM ${SLIM_FROM} WHERE d.superseded_by IS NULL AND d.id > $1 ORDER BY d.id LIMIT ${PAGE}`, [after]);
        for (const a of build(rows)) out.push(a);
        if (rows.length < PAGE) return out;
        after = rows[rows.length - 1].id;
      }
    }
    // In the order asked for, each once per time asked (as SQLite's one query per id gives them).
    for (let i = 0; i < ids.length; i += PAGE) {
      const chunk = ids.slice(i, i + PAGE);
      const got = new Map(this.pg.query<Row>(`SELECT ${columns} FROM ${SLIM_FROM} WHERE d.id = ANY($1) AND d.superseded_by IS NULL`, [chunk]).map((r) => [r.id, r]));
      const rows = chunk.flatMap((id) => (got.has(id) ? [got.get(id)!] : []));
      for (const a of build(rows)) out.push(a);
    }
    return out;
  }

  findings(need: Map<string, { claims: Set<number>; events: Set<number> }>): Analysis[] {
    const ids = [...need.keys()].sort((x, y) => x.localeCompare(y));
    if (!ids.length) return [];
    const pairs = (kind: 'claims' | 'events') => {
      const doc: string[] = [];
      const idx: number[] = [];
      for (const [id, want] of need) for (const i of want[kind]) { doc.push(id); idx.push(i); }
      return [doc, idx];
    };
    const [docs, claims, events, ver] = this.pg.run([
      { text: `SELECT ${SLIM_COLUMNS} FROM ${SLIM_FROM} WHERE d.id = ANY($1) AND d.superseded_by IS NULL`, values: [ids] },
      // A claim with the claims of its sentence (one quote span): fusion reads them as its counter-accounts.
      { text: 'SELECT DISTINCT c.doc_id, c.idx, c.json, c.quote FROM claims c JOIN claims w ON w.doc_id = c.doc_id AND w.start = c.start '
        + 'JOIN unnest($1::text[], $2::int[]) u(doc_id, idx) ON u.doc_id = w.doc_id AND u.idx = w.idx', values: pairs('claims') },
      { text: 'SELECT e.doc_id, e.idx, e.json, e.quote FROM events e JOIN unnest($1::text[], $2::int[]) w(doc_id, idx) USING (doc_id, idx)', values: pairs('events') },
      { text: 'SELECT doc_id, verifications FROM fusion_docs WHERE doc_id = ANY($1)', values: [ids.filter((id) => need.get(id)!.claims.size)] },
    ]);
    const byId = new Map((docs as unknown as SlimRow[]).map((r) => [r.id, slimAnalysis(r)]));
    for (const c of claims as unknown as (FindingRow & { doc_id: string; idx: number })[]) { const a = byId.get(c.doc_id); if (a) a.claims[c.idx] = finding(c); }
    for (const e of events as unknown as (FindingRow & { doc_id: string; idx: number })[]) { const a = byId.get(e.doc_id); if (a) a.events[e.idx] = finding(e); }
    for (const v of ver) { const a = byId.get(v.doc_id as string); if (a) a.verifications = JSON.parse(v.verifications as string) as Analysis['verifications']; }
    return ids.flatMap((id) => (byId.has(id) ? [byId.get(id)!] : []));
  }

  /** As SqliteStore.affectedFused (the same records, by the same rules); dates shifted here rather than by SQL's date(). */
  affectedFused(fresh: Analysis[], relabelled: string[] = []): AffectedFused {
    const pg = this.pg;
    const events = new Map<string, FusedEvent>();
    const claims = new Map<string, FusedClaim>();
    // Ids are gathered first and their JSON read in one query per kind (readRecords).
    const wantEvents: string[] = [];
    const wantClaims: string[] = [];
    const readRecords = () => {
      const ev = wantEvents.filter((id) => !events.has(id));
      const cl = wantClaims.filter((id) => !claims.has(id));
      wantEvents.length = 0;
      wantClaims.length = 0;
      if (!ev.length && !cl.length) return;
      const [er, cr] = pg.run([
        { text: 'SELECT id, json FROM fused_events WHERE id = ANY($1)', values: [ev] },
        { text: 'SELECT id, json FROM fused_claims WHERE id = ANY($1)', values: [cl] },
      ]);
      const ej = new Map(er.map((r) => [r.id as string, r.json as string]));
      const cj = new Map(cr.map((r) => [r.id as string, r.json as string]));
      for (const id of ev) if (!events.has(id) && ej.has(id)) events.set(id, JSON.parse(ej.get(id)!) as FusedEvent);
      for (const id of cl) if (!claims.has(id) && cj.has(id)) claims.set(id, JSON.parse(cj.get(id)!) as FusedClaim);
    };
    // Every incident's and every claim's candidates asked at once (fusion-neighbours.ts), then filtered here by fusion's rules.
    // Places as fusion reads them: a homonym its sentence places in another region is looked up in that region.
    const incidents = fresh.flatMap((a) => withNamedRegions(a.events).filter((e) => e.place?.country && e.date && e.scope === 'incident'));
    const near = incidentsNear(pg, incidents.map((e) => ({ country: e.place!.country!, admin1: e.place!.admin1 ?? null, start: e.date!.start, end: e.date!.end })));
    // Only an incident can join another, and only one of its own family (fusion's sameEvent).
    incidents.forEach((e, k) => { const family = familyOf(e.type); for (const r of near[k]) if (familyOf(r.type) === family) wantEvents.push(r.id); });
    // A tally told for several regions joins the tallies of its country and days by figure (fusion's sameTally).
    for (const a of fresh) {
      const multi = multiRegionTolls(a.events);
      for (const e of a.events) {
        if (!e.tollShared || !multi.has(e.sentence) || !e.place?.country || !e.date) continue;
        const tallies = pg.query<{ id: string }>(`SELECT id FROM fused_events WHERE scope = 'aggregate' AND country = $1
          AND date_start <= $2 AND coalesce(date_end, date_start) >= $3`, [e.place.country, shiftDay(e.date.end, 2), shiftDay(e.date.start, -2)]);
        for (const r of tallies) wantEvents.push(r.id);
      }
    }
    const said = fresh.flatMap((a) => a.claims.map((c) => ({ c, published: a.document.published })));
    const heard = claimsBySpeaker(pg, said.map(({ c, published }) => ({ speaker: speakerKey(c), published })));
    const claimIds = new Set<string>();
    said.forEach(({ c }, k) => {
      // Only a claim with at least SAME_WORDS of the new claim's words can be "the same speaker saying the same thing" (fusion's rule).
      const words = contentWords(claimContent(c));
      for (const r of heard[k]) {
        if (claimIds.has(r.id)) continue;
        const q = contentWords(r.quote);
        let shared = 0;
        for (const w of words) if (q.has(w)) shared++;
        if (shared >= words.size * SAME_WORDS) { claimIds.add(r.id); wantClaims.push(r.id); }
      }
    });
    readRecords();
    for (const a of fresh) {
      const denials = a.claims.filter(isDenial);
      if (!a.document.published || !denials.length) continue;
      const topics = new Set(denials.flatMap((d) => [...topicWords(claimContent(d))]));
      const recent = pg.query<{ id: string; json: string }>('SELECT id, json FROM fused_claims WHERE first_reported BETWEEN $1 AND $2',
        [shiftDay(a.document.published, -4), shiftDay(a.document.published, 1)]);
      for (const r of recent) {
        if (claims.has(r.id)) continue;
        const c = JSON.parse(r.json) as FusedClaim;
        if (c.reports.some((rep) => [...topicWords(rep.quote)].some((w) => topics.has(w)))) claims.set(r.id, c);
      }
    }
    // A statement that speaks of a claim in another report reaches the other side's claims of the days before it
    // that share a specific name with it (fusion's orphanStatements); candidates by date, side and name in the JSON.
    for (const o of orphanStatements(fresh)) {
      if (!o.doc.published) continue;
      for (const name of o.names) {
        const rows = pg.query<{ id: string; json: string }>(`SELECT id, json FROM fused_claims WHERE coalesce(first_reported, '') BETWEEN $1 AND $2
          AND side IS DISTINCT FROM $3 AND strpos(lower(json), $4) > 0`, [shiftDay(o.doc.published, -4), shiftDay(o.doc.published, 1), o.side, name]);
        for (const r of rows) {
          if (claims.has(r.id)) continue;
          const c = JSON.parse(r.json) as FusedClaim;
          if (c.reports.some((rep) => [...topicWords(rep.quote)].some((w) => o.names.has(w)))) claims.set(r.id, c);
        }
      }
    }
    // A side's territorial claim reaches that side's claims of the week around it that name the same front (fusion's rule).
    for (const a of fresh) {
      if (!a.document.published) continue;
      const fronts = new Set(a.claims.filter((c) => c.claimant.actor?.side && !isDenial(c))
        .flatMap((c) => [...groundFronts(claimContent(c), c.quote.text, c.events.map((e) => familyOf(a.events[e]?.type ?? 'other')))]
          .map((place) => `${c.claimant.actor!.side}\u0000${place}`)));
      for (const f of fronts) {
        const [side, place] = f.split('\u0000');
        const rows = pg.query<{ id: string; json: string }>(`SELECT id, json FROM fused_claims WHERE coalesce(first_reported, '') BETWEEN $1 AND $2
          AND side = $3 AND strpos(lower(json), $4) > 0`, [shiftDay(a.document.published, -8), shiftDay(a.document.published, 8), side, place]);
        for (const r of rows) {
          if (claims.has(r.id)) continue;
          const c = JSON.parse(r.json) as FusedClaim;
          if (c.reports.some((rep) => frontPlaces(rep.quote).has(place))) claims.set(r.id, c);
        }
      }
    }
    if (relabelled.length) {
      for (const r of pg.query<{ fused_id: string }>('SELECT fused_id FROM fused_members WHERE doc_id = ANY($1)', [relabelled])) {
        if (r.fused_id.startsWith('ev-')) wantEvents.push(r.fused_id); else wantClaims.push(r.fused_id);
      }
      readRecords();
    }
    // Records holding the sentence-mates of the rebuilt records' reports (fusion-mates.ts).
    addMateRecords(events, {
      findings: (docIds) => pg.query<StoredFinding>('SELECT doc_id AS "docId", idx, start FROM events WHERE doc_id = ANY($1)', [docIds]),
      events: (docId, idxs) => new Map(pg.query<FindingRow & { idx: number }>('SELECT idx, json, quote FROM events WHERE doc_id = $1 AND idx = ANY($2)', [docId, idxs])
        .map((r) => [r.idx, finding<Event>(r)] as const)),
      recordsOf: (docIds) => pg.query<{ json: string }>(`SELECT DISTINCT f.id, f.json FROM fused_members m JOIN fused_events f ON f.id = m.fused_id
        WHERE m.doc_id = ANY($1) AND m.fused_id LIKE 'ev-%'`, [docIds]).map((r) => JSON.parse(r.json) as FusedEvent),
    });
    // Claims that weigh a rebuilt incident: those asserting it, and those made in the sentences that report it.
    const evList = [...events.values()];
    if (evList.length) {
      const reps = evList.flatMap((e) => e.reports.map((r) => [r.documentId, r.start] as const));
      const [asserting, about] = pg.run([
        { text: 'SELECT claim_id FROM fused_claim_events WHERE event_id = ANY($1)', values: [evList.map((e) => e.id)] },
        { text: 'SELECT DISTINCT r.fused_id FROM fused_claim_reports r JOIN unnest($1::text[], $2::int[]) w(doc_id, start) USING (doc_id, start)',
          values: [reps.map((r) => r[0]), reps.map((r) => r[1])] },
      ]);
      for (const r of asserting) wantClaims.push(r.claim_id as string);
      for (const r of about) wantClaims.push(r.fused_id as string);
      readRecords();
    }
    const fixedEvents: AffectedFused['context']['events'] = [];
    const evidence = new Map<string, { documentId: string; finding: number }>();
    const seen = new Set(events.keys());
    const contextIds: string[] = [];
    for (const c of claims.values()) for (const id of c.events) if (!seen.has(id)) { seen.add(id); contextIds.push(id); }
    if (contextIds.length) {
      const [reports, asserting] = pg.run([
        { text: `SELECT f.id, f.type, r->>'documentId' AS "documentId", (r->>'finding')::int AS finding
          FROM fused_events f CROSS JOIN LATERAL json_array_elements(f.json::json->'reports') WITH ORDINALITY AS j(r, n) WHERE f.id = ANY($1) ORDER BY f.id, j.n`, values: [contextIds] },
        { text: 'SELECT event_id, claim_id FROM fused_claim_events WHERE event_id = ANY($1) ORDER BY event_id, claim_id', values: [contextIds] },
      ]);
      const byEvent = new Map<string, { type: EventType; reports: { documentId: string; finding: number }[] }>();
      for (const r of reports) {
        let e = byEvent.get(r.id as string);
        if (!e) byEvent.set(r.id as string, (e = { type: r.type as EventType, reports: [] }));
        e.reports.push({ documentId: r.documentId as string, finding: r.finding as number });
      }
      const evidenceClaims = new Set<string>();
      const assertingOf = new Map<string, string[]>();
      for (const r of asserting) assertingOf.set(r.event_id as string, [...(assertingOf.get(r.event_id as string) ?? []), r.claim_id as string]);
      for (const id of contextIds) {
        const e = byEvent.get(id);
        if (!e) continue;
        fixedEvents.push({ id, type: e.type, reports: e.reports });
        for (const claimId of assertingOf.get(id) ?? []) if (!claims.has(claimId)) evidenceClaims.add(claimId);
      }
      if (evidenceClaims.size) {
        const rows = pg.query<{ id: string; documentId: string; finding: number }>(`SELECT fused_id AS id, doc_id AS "documentId", finding
          FROM fused_claim_reports WHERE fused_id = ANY($1)`, [[...evidenceClaims]]);
        const byClaim = new Map<string, { documentId: string; finding: number }[]>();
        for (const r of rows) byClaim.set(r.id, [...(byClaim.get(r.id) ?? []), { documentId: r.documentId, finding: r.finding }]);
        for (const id of evidenceClaims) for (const r of byClaim.get(id) ?? []) evidence.set(`${r.documentId}:${r.finding}`, r);
      }
    }
    const days = [...claims.values()].flatMap((c) => c.reports.map((r) => r.published)).filter((d): d is string => !!d).sort();
    if (days.length) {
      const rows = pg.query<{ documentId: string; finding: number }>(`SELECT c.doc_id AS "documentId", c.idx AS finding FROM claims c JOIN documents d ON d.id = c.doc_id
        WHERE c.verb = ANY($1) AND d.superseded_by IS NULL AND d.published BETWEEN $2 AND $3 ORDER BY c.doc_id, c.idx`,
      [[...DENIAL_VERBS], days[0].slice(0, 10), shiftDay(days[days.length - 1].slice(0, 10), 4)]);
      for (const r of rows) evidence.set(`${r.documentId}:${r.finding}`, r);
    }
    return { events: [...events.values()], claims: [...claims.values()], context: { events: fixedEvents, claims: [...evidence.values()] } };
  }

  swapFused(remove: string[], add: FusedState, copies?: CopyUpdate): void {
    const json = new Map<object, string>();
    const removing = new Set(remove);
    const asked = [...add.events, ...add.claims].filter((r) => removing.has(r.id)).map((r) => r.id);
    const [se, sc] = asked.length
      ? this.pg.run([
        { text: 'SELECT id, json FROM fused_events WHERE id = ANY($1)', values: [asked] },
        { text: 'SELECT id, json FROM fused_claims WHERE id = ANY($1)', values: [asked] },
      ])
      : [[], []];
    const storedEvent = new Map(se.map((r) => [r.id as string, r.json as string]));
    const storedClaim = new Map(sc.map((r) => [r.id as string, r.json as string]));
    const same = new Set<string>();
    for (const [list, stored] of [[add.events, storedEvent], [add.claims, storedClaim]] as const) for (const r of list) {
      const j = JSON.stringify(r);
      json.set(r, j);
      if (removing.has(r.id) && stored.get(r.id) === j) same.add(r.id);
    }
    const gone = remove.filter((id) => !same.has(id));
    this.inTransaction([
      ...(gone.length ? [
        { text: 'DELETE FROM fused_events WHERE id = ANY($1)', values: [gone] },
        { text: 'DELETE FROM fused_claims WHERE id = ANY($1)', values: [gone] },
        { text: 'DELETE FROM fused_members WHERE fused_id = ANY($1)', values: [gone] },
        { text: 'DELETE FROM fused_claim_reports WHERE fused_id = ANY($1)', values: [gone] },
        { text: 'DELETE FROM fused_claim_events WHERE claim_id = ANY($1)', values: [gone] },
      ] : []),
      ...this.fusedStatements({ events: add.events.filter((e) => !same.has(e.id)), claims: add.claims.filter((c) => !same.has(c.id)) }, json),
      ...(copies ? this.copyStatements(copies) : []),
    ]);
  }

  private copyStatements(copies: CopyUpdate): Statement[] {
    const groups = [...copies.groups];
    const hashes = copies.indexed.flatMap((d) => d.sketch.map((h) => [h, d.id] as const));
    return [
      ...insertRowChunks('copy_groups', [['doc_id', 'text'], ['grp', 'text']], groups, 'ON CONFLICT (doc_id) DO UPDATE SET grp = excluded.grp', 5000),
      ...insertRowChunks('sketch_hashes', [['hash', 'int8'], ['doc_id', 'text']], hashes.map((h) => [h[0], h[1]]), 'ON CONFLICT DO NOTHING', 10000),
    ];
  }

  copyCandidates(hashes: number[], minShared: number): { id: string; sketch: number[]; group: string | null }[] {
    if (!hashes.length) return [];
    const rows = this.pg.query<{ id: string; sketch: string | null; group: string | null }>(`SELECT d.id, f.sketch, g.grp AS "group"
      FROM (SELECT doc_id FROM sketch_hashes WHERE hash = ANY($1::int8[]) GROUP BY doc_id HAVING count(*) >= $2) c
      JOIN documents d ON d.id = c.doc_id JOIN fusion_docs f ON f.doc_id = d.id LEFT JOIN copy_groups g ON g.doc_id = d.id WHERE d.superseded_by IS NULL ORDER BY d.id`,
    [hashes, minShared]);
    return rows.map((r) => ({ id: r.id, sketch: r.sketch ? (JSON.parse(r.sketch) as number[]) : [], group: r.group }));
  }

  copyGroups(ids: string[]): Map<string, string> {
    const got = new Map(this.pg.query<{ doc_id: string; grp: string }>('SELECT doc_id, grp FROM copy_groups WHERE doc_id = ANY($1)', [ids]).map((r) => [r.doc_id, r.grp]));
    return new Map(ids.map((id) => [id, got.get(id) ?? id]));
  }

  copyGroupMembers(groups: string[]): string[] {
    const rows = this.pg.query<{ grp: string; doc_id: string }>(`SELECT g.grp, g.doc_id FROM copy_groups g JOIN documents d ON d.id = g.doc_id
      WHERE g.grp = ANY($1) AND d.superseded_by IS NULL ORDER BY g.doc_id`, [groups]);
    const of = new Map<string, string[]>();
    for (const r of rows) of.set(r.grp, [...(of.get(r.grp) ?? []), r.doc_id]);
    return groups.flatMap((g) => of.get(g) ?? []);
  }

  replacesVersions(ids: string[]): boolean {
    return !!ids.length && !!this.pg.one('SELECT 1 FROM documents WHERE id = ANY($1) AND version_of IS NOT NULL LIMIT 1', [ids]);
  }

  replaceFused(state: FusedState, copies?: CopyUpdate): void {
    this.inTransaction([
      { text: 'TRUNCATE fused_events, fused_claims, fused_members, fused_claim_reports, fused_claim_events' },
      ...this.fusedStatements(state),
      ...(copies ? [{ text: 'TRUNCATE copy_groups, sketch_hashes' }, ...this.copyStatements(copies)] : []),
      { text: `INSERT INTO meta_kv (key, value) VALUES ('fusion_stale', '0'), ('fusion_version', $1) ON CONFLICT (key) DO UPDATE SET value = excluded.value`, values: [String(FUSION_VERSION)] },
    ]);
  }

  /** Fused records and their index rows, as five statements; `json` holds records already serialised. */
  private fusedStatements(state: FusedState, json = new Map<object, string>()): Statement[] {
    // The last of one id wins, as INSERT OR REPLACE leaves it (one statement may not update a row twice).
    const lastById = <T extends { id: string }>(list: T[]) => [...new Map(list.map((r) => [r.id, r])).values()];
    const events = lastById(state.events).map((e) => {
      const days = eventDays(e);
      return [e.id, e.type, e.place?.country ?? null, e.place?.admin1 ?? null, e.date?.start ?? null, e.date?.end ?? null, e.killed?.best ?? null, e.sourceCount,
        days?.start ?? null, days?.end ?? null, longSpan(e) ? 1 : 0, e.scope, json.get(e) ?? JSON.stringify(e),
        e.place?.name ?? null, e.place?.kind ?? null, e.place?.lat ?? null, e.place?.lon ?? null];
    });
    const claims = lastById(state.claims).map((c) => {
      const days = claimDays(c);
      return [c.id, c.status, c.claimant.side, c.claimant.name, c.firstReported, days?.start ?? null, days?.end ?? null, json.get(c) ?? JSON.stringify(c)];
    });
    const members = [...state.events.flatMap((e) => e.reports.map((r) => [r.documentId, e.id])), ...state.claims.flatMap((c) => c.reports.map((r) => [r.documentId, c.id]))];
    const reports = state.claims.flatMap((c) => c.reports.map((r) => [r.documentId, r.start, r.finding, c.id]));
    const asserts = state.claims.flatMap((c) => c.events.map((e) => [e, c.id]));
    const upsert = (cols: [string, string][]) => `ON CONFLICT (id) DO UPDATE SET ${cols.slice(1).map(([c]) => `${c} = excluded.${c}`).join(', ')}`;
    return [
      ...insertRowChunks('fused_events', FUSED_EVENT_COLUMNS, events, upsert(FUSED_EVENT_COLUMNS)),
      ...insertRowChunks('fused_claims', FUSED_CLAIM_COLUMNS, claims, upsert(FUSED_CLAIM_COLUMNS)),
      ...insertRowChunks('fused_members', [['doc_id', 'text'], ['fused_id', 'text']], members, 'ON CONFLICT DO NOTHING', 5000),
      ...insertRowChunks('fused_claim_reports', [['doc_id', 'text'], ['start', 'int'], ['finding', 'int'], ['fused_id', 'text']], reports, 'ON CONFLICT DO NOTHING', 5000),
      ...insertRowChunks('fused_claim_events', [['event_id', 'text'], ['claim_id', 'text']], asserts, 'ON CONFLICT DO NOTHING', 5000),
    ];
  }

  fusionStale(): boolean {
    const kv = new Map(this.pg.query<{ key: string; value: string }>("SELECT key, value FROM meta_kv WHERE key IN ('fusion_stale', 'fusion_version')").map((r) => [r.key, r.value]));
    return kv.get('fusion_stale') === '1' || (kv.has('fusion_version') ? kv.get('fusion_version') !== String(FUSION_VERSION) : this.count() > 0);
  }

  markFusionStale(): void {
    this.pg.query("INSERT INTO meta_kv (key, value) VALUES ('fusion_stale', '1') ON CONFLICT (key) DO UPDATE SET value = excluded.value");
  }

  fusedEvents(f: EventFilter & { minSources?: number } = {}): FusedEvent[] {
    const w = new Where();
    if (f.type) w.add('type = ?', f.type);
    if (f.country) w.add('country = ?', f.country.toUpperCase());
    if (f.region) w.add('admin1 ILIKE ?', ilike(f.region));
    if (f.since) w.add('coalesce(date_end, date_start) >= ?', f.since);
    if (f.until) w.add('date_start <= ?', f.until);
    const limit = w.param(Math.min(f.limit ?? 1000, Number.MAX_SAFE_INTEGER));
    return this.pg.query<{ json: string }>(`SELECT json FROM fused_events ${w.whereSql()} ORDER BY date_start NULLS FIRST, id LIMIT ${limit}`, w.args)
      .map((r) => JSON.parse(r.json) as FusedEvent);
  }

  fusedClaims(f: ClaimFilter = {}): FusedClaim[] {
    const w = new Where();
    if (f.side) w.add('lower(side) = lower(?)', f.side);
    if (f.claimant) w.add('claimant ILIKE ?', ilike(f.claimant));
    if (f.since) w.add('first_reported >= ?', f.since);
    if (f.until) w.add('first_reported <= ?', f.until);
    const limit = w.param(f.limit ?? 1000);
    return this.pg.query<{ json: string }>(`SELECT json FROM fused_claims ${w.whereSql()} ORDER BY first_reported NULLS FIRST, id LIMIT ${limit}`, w.args)
      .map((r) => JSON.parse(r.json) as FusedClaim);
  }

  fusedInPeriod(since?: string, until?: string): FusedState {
    if (!since && !until) return { events: this.fusedEvents({ limit: Number.MAX_SAFE_INTEGER }), claims: this.fusedClaims({ limit: Number.MAX_SAFE_INTEGER }) };
    const lo = since ?? '0000';
    const hi = until ? `${until}~` : '9999';
    const [cr, er] = this.pg.run([
      { text: 'SELECT json FROM fused_claims WHERE day_from <= $1 AND day_to >= $2 ORDER BY first_reported NULLS FIRST, id', values: [hi, lo] },
      { text: 'SELECT json FROM fused_events WHERE day_from <= $1 AND day_to >= $2 ORDER BY date_start NULLS FIRST, id', values: [hi, lo] },
    ]);
    const claims = cr.map((r) => JSON.parse(r.json as string) as FusedClaim);
    const events = er.map((r) => JSON.parse(r.json as string) as FusedEvent);
    const have = new Set(events.map((e) => e.id));
    const missing = [...new Set(claims.flatMap((c) => c.events))].filter((id) => !have.has(id));
    if (missing.length) {
      const got = new Map(this.pg.query<{ id: string; json: string }>('SELECT id, json FROM fused_events WHERE id = ANY($1)', [missing]).map((r) => [r.id, r.json]));
      for (const id of missing) if (got.has(id)) events.push(JSON.parse(got.get(id)!) as FusedEvent);
    }
    return { events, claims };
  }

  fused(id: string): { kind: 'event'; record: FusedEvent } | { kind: 'claim'; record: FusedClaim } | null {
    // A whole id along the primary keys; a prefix only when no record has that id (ILIKE reads every row).
    const [event, claim] = this.pg.run([
      { text: 'SELECT json FROM fused_events WHERE id = $1', values: [id] },
      { text: 'SELECT json FROM fused_claims WHERE id = $1', values: [id] },
    ]);
    if (event.length) return { kind: 'event', record: JSON.parse(event[0].json as string) as FusedEvent };
    if (claim.length) return { kind: 'claim', record: JSON.parse(claim[0].json as string) as FusedClaim };
    const [e, c] = this.pg.run([
      { text: 'SELECT json FROM fused_events WHERE id = $1 OR id ILIKE $2 LIMIT 2', values: [id, `${id}%`] },
      { text: 'SELECT json FROM fused_claims WHERE id = $1 OR id ILIKE $2 LIMIT 2', values: [id, `${id}%`] },
    ]);
    if (e.length === 1) return { kind: 'event', record: JSON.parse(e[0].json as string) as FusedEvent };
    if (c.length === 1) return { kind: 'claim', record: JSON.parse(c[0].json as string) as FusedClaim };
    return null;
  }

  idsStartingWith(prefix: string, what: 'document' | 'fused'): string[] {
    const like = `${prefix.replace(/[\\%_]/g, (ch) => `\\${ch}`)}%`;
    const sql = what === 'document'
      ? 'SELECT id FROM documents WHERE id ILIKE $1 ORDER BY id LIMIT 10'
      : 'SELECT id FROM (SELECT id FROM fused_events WHERE id ILIKE $1 UNION SELECT id FROM fused_claims WHERE id ILIKE $1) u ORDER BY id LIMIT 10';
    return this.pg.query<{ id: string }>(sql, [like]).map((r) => r.id);
  }

  /**
   * Changes whenever what this connection can see does: the snapshot (which transactions are committed)
   * moves with every write transaction anywhere on the server. Keys the API's caches, as SQLite's
   * data_version does; more often than needed (any write, even to the job queue), never too rarely.
   */
  dataVersion(): string {
    return this.pg.one<{ v: string }>('SELECT pg_current_snapshot()::text AS v')!.v;
  }

  /** A PostgreSQL store keeps no write-ahead log of its own to copy back: nothing to do. */
  checkpoint(): void {}

  sources(): SourceTable {
    return new PgSourceTable(this.pg);
  }

  close(): void {
    this.pg.close();
  }
}

/** Brings the database to the latest schema, one numbered migration per transaction; one process at a time. */
export function migrate(pg: SyncPg): void {
  pg.run([{ text: 'BEGIN' }, { text: "SELECT pg_advisory_xact_lock(hashtextextended('sitrep:migrate', 0))" }]);
  try {
    const exists = pg.one<{ t: string | null }>("SELECT to_regclass('meta_kv')::text AS t")!.t;
    const current = exists ? Number(pg.one<{ value: string }>("SELECT value FROM meta_kv WHERE key = 'schema_version'")?.value ?? 0) : 0;
    if (current > PG_MIGRATIONS.length) throw new Error(`database schema version ${current} is newer than this sitrep (${PG_MIGRATIONS.length}); upgrade sitrep`);
    for (let v = current; v < PG_MIGRATIONS.length; v++) {
      pg.run([{ text: PG_MIGRATIONS[v] },
        { text: "INSERT INTO meta_kv (key, value) VALUES ('schema_version', $1) ON CONFLICT (key) DO UPDATE SET value = excluded.value", values: [String(v + 1)] }]);
    }
    pg.run([{ text: 'COMMIT' }]);
  } catch (e) {
    try { pg.run([{ text: 'ROLLBACK' }]); } catch { /* connection gone */ }
    throw e;
  }
}

/** A WHERE clause built from conditions written with `?`, numbered $1, $2… as added. */
class Where {
  readonly args: unknown[] = [];
  private readonly parts: string[];
  constructor(...parts: string[]) { this.parts = parts; }
  add(cond: string, ...args: unknown[]): this {
    this.parts.push(cond.replace(/\?/g, () => this.param(args.shift())));
    return this;
  }
  /** Adds a parameter; its placeholder. */
  param(v: unknown): string {
    this.args.push(v);
    return `$${this.args.length}`;
  }
  sql(): string { return this.parts.join(' AND '); }
  whereSql(): string { return this.parts.length ? `WHERE ${this.sql()}` : ''; }
}

export type { PgError };
