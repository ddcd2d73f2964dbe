import { SqliteSourceTable } from './sources.js';
import type { SourceTable } from '../sources.js';
import Database from 'better-sqlite3';
import { resolve } from 'node:path';
import type { Analysis, Event, EventType } from '../../extract/types.js';
import type { AffectedFused, ClaimFilter, ClaimRow, CopyUpdate, DocumentSummary, EventFilter, EventRow, PutResult, SearchHit, Store } from '../store.js';
import { MIGRATIONS } from './migrations.js';
import { familyOf } from '../../extract/events.js';
import { topicWords } from '../../extract/refine/attach-verifications.js';
import { isStored, toStored, type StoredAnalysis } from '../record.js';
import { unpackPlaces, type PackedPlaces } from '../packed-places.js';
import { claimDays, eventDays } from '../../fuse/days.js';
import { SOURCE_LEAD_CHARS } from '../../fuse/sources.js';
import { frontPlaces, groundFronts } from '../../fuse/claim-rules.js';
import { multiRegionTolls } from '../../fuse/tallies.js';
import { finding, longSpan, slimAnalysis, SLIM_COLUMNS, SLIM_FROM, type FindingRow, type SlimRow, type WholeRow } from '../rows.js';
import { claimContent, contentWords, orphanStatements, SAME_WORDS, DENIAL_VERBS, FUSION_VERSION, isDenial, speakerKey, type FusedClaim, type FusedEvent, type FusedState } from '../../fuse/fuse.js';
import { addMateRecords, type StoredFinding } from '../fusion-mates.js';
import { withNamedRegions } from '../../fuse/readings.js';

type DB = Database.Database;

/** The identity of "the same article" across edits: its URL, else its own id, else where it came from. */
export function migrate(db: DB): void {
  const current = db.pragma('user_version', { simple: true }) as number;
  if (current > MIGRATIONS.length) throw new Error(`database schema version ${current} is newer than this sitrep (${MIGRATIONS.length}); upgrade sitrep`);
  for (let v = current; v < MIGRATIONS.length; v++) {
    db.transaction(() => {
      db.exec(MIGRATIONS[v]);
      db.pragma(`user_version = ${v + 1}`);
    })();
  }
}

/** Turns a user's words into an FTS5 query: each word a quoted prefix term, so punctuation can't break the syntax. */
export function ftsQuery(q: string): string {
  const words = q.match(/[\p{L}\p{N}]+/gu) ?? [];
  return words.map((w) => `"${w}"*`).join(' ');
}

export class SqliteStore implements Store {
  readonly db: DB;
  private stmts: ReturnType<SqliteStore['prepare']>;

  /**
   * `ownCheckpoints`: the connection never checkpoints the WAL itself (SQLite would, inside whichever commit
   * pushes the WAL past its limit), and someone else calls checkpoint() when it suits: ingest workers'
   * connections are opened so, and the thread that reads the input checkpoints outside their writes
   * (ingest/checkpointer.ts).
   */
  constructor(readonly path: string, opts: { readonly?: boolean; ownCheckpoints?: boolean } = {}) {
    this.db = new Database(path, { readonly: opts.readonly ?? false, fileMustExist: opts.readonly ?? false });
    if (!opts.readonly) {
      // 8 KB pages for a new store (an existing file keeps its own): a document's JSON rows span fewer pages,
      // and the WAL takes fewer, larger writes (storing a document ~18% faster than with 4 KB at 3,000).
      this.db.pragma('page_size = 8192');
      this.db.pragma('journal_mode = WAL');
      this.db.pragma('synchronous = NORMAL');
      // Checkpoint the WAL into the database every 20,000 pages (~160 MB with 8 KB pages) rather than SQLite's
      // 1,000: an incremental fusion rewrites the same hot records again and again, and a big ingest the same
      // index pages, and rarer checkpoints copy each page once, not per update (storing a document 1.02 ->
      // 0.81 ms at 3,000, against ~40 MB). The WAL file is cut back to 64 MB after each checkpoint, so it does
      // not keep the disk space.
      this.db.pragma('wal_autocheckpoint = 20000');
      this.db.pragma('journal_size_limit = 67108864');
      // 16 MB of page cache rather than SQLite's 2 MB: a document's rows go into a dozen b-trees (tables,
      // indexes, the full-text index), and with 2 MB their inner pages kept being read back from the OS
      // (storing a document 1.29 -> 1.07 ms at 4,000 documents).
      this.db.pragma('cache_size = -16000');
      this.db.pragma('foreign_keys = ON');
      migrate(this.db);
    }
    if (opts.ownCheckpoints) this.db.pragma('wal_autocheckpoint = 0');
    this.db.pragma('busy_timeout = 5000');
    this.stmts = this.prepare();
  }

  private prepare() {
    const db = this.db;
    return {
      byId: db.prepare('SELECT rowid, id FROM documents WHERE id = ?'),
      currentByKey: db.prepare('SELECT id FROM documents WHERE key = ? AND superseded_by IS NULL ORDER BY ingested_at DESC LIMIT 1'),
      insertDoc: db.prepare(`INSERT INTO documents (id, key, version_of, url, outlet, title, section, author, published, format, origin, text, analysis, ingested_at)
        VALUES (@id, @key, @version_of, @url, @outlet, @title, @section, @author, @published, @format, @origin, @text, @analysis, @ingested_at)`),
      insertFusionDoc: db.prepare(`INSERT INTO fusion_docs (doc_id, lead, sketch, verifications) VALUES (?, substr(?, 1, ${SOURCE_LEAD_CHARS}), ?, ?)`),
      supersede: db.prepare('UPDATE documents SET superseded_by = ? WHERE id = ?'),
      insertFts: db.prepare('INSERT INTO documents_fts (rowid, title, text) VALUES (?, ?, ?)'),
      insertClaim: db.prepare('INSERT INTO claims (doc_id, idx, claimant, actor_id, side, actor_type, verb, status, quote, start, end, speaker, json) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)'),
      insertEvent: db.prepare(`INSERT INTO events (doc_id, idx, type, subtype, scope, place, country, admin1, lat, lon, date_start, date_end, killed_min, killed_max, injured_min, quote, start, end, block, json)
        VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)`),
      insertPlace: db.prepare('INSERT INTO places (doc_id, idx, name, country, admin1, kind, geonameid, lat, lon, mentions, aliases) VALUES (?,?,?,?,?,?,?,?,?,?,?)'),
      get: db.prepare('SELECT d.id, d.text, d.analysis, f.verifications FROM documents d JOIN fusion_docs f ON f.doc_id = d.id WHERE d.id = ?'),
      getPrefix: db.prepare('SELECT d.id, d.text, d.analysis, f.verifications FROM documents d JOIN fusion_docs f ON f.doc_id = d.id WHERE d.id LIKE ? LIMIT 2'),
      claimsOf: db.prepare('SELECT json, quote FROM claims WHERE doc_id = ? ORDER BY idx'),
      eventsOf: db.prepare('SELECT json, quote FROM events WHERE doc_id = ? ORDER BY idx'),
      count: db.prepare('SELECT count(*) AS n FROM documents WHERE superseded_by IS NULL'),
    };
  }

  put(a: Analysis | StoredAnalysis): PutResult {
    return this.db.transaction(() => this.putOne(isStored(a) ? a : toStored(a)))();
  }

  putMany(list: (Analysis | StoredAnalysis)[]): PutResult[] {
    return this.db.transaction(() => list.map((a) => this.putOne(isStored(a) ? a : toStored(a))))();
  }

  private putOne(r: StoredAnalysis): PutResult {
    if (this.stmts.byId.get(r.id)) return { status: 'unchanged', id: r.id };
    const prev = this.stmts.currentByKey.get(r.key) as { id: string } | undefined;
    const info = this.stmts.insertDoc.run({
      id: r.id, key: r.key, version_of: prev?.id ?? null, url: r.url, outlet: r.outlet, title: r.title, section: r.section, author: r.author,
      published: r.published, format: r.format, origin: r.origin, text: r.text, analysis: r.json, ingested_at: new Date().toISOString(),
    });
    this.stmts.insertFusionDoc.run(r.id, r.text, r.sketch, r.verifications);
    if (prev) this.stmts.supersede.run(r.id, prev.id);
    this.stmts.insertFts.run(info.lastInsertRowid, r.title ?? '', r.text);
    this.insertFindings(r);
    return prev ? { status: 'version', id: r.id, previous: prev.id } : { status: 'new', id: r.id };
  }

  /** One row per claim, event and place of a document. */
  private insertFindings(r: StoredAnalysis): void {
    // Plain loops: arrows made per document were each compiled anew by V8 (seen with --trace-opt).
    const { insertClaim, insertEvent, insertPlace } = this.stmts;
    for (let i = 0; i < r.claims.length; i++) insertClaim.run(r.id, i, ...r.claims[i]);
    for (let i = 0; i < r.events.length; i++) insertEvent.run(r.id, i, ...r.events[i]);
    for (let i = 0; i < r.places.length; i++) insertPlace.run(r.id, i, ...r.places[i]);
  }

  /**
   * Replaces the findings of documents already stored (a newer extraction of the same cleaned text): the
   * analysis, its sketch and its claim, event and place rows, in one transaction. The document id, its
   * text and its versions stay. Returns how many were stored; ids not in the store are left out.
   */
  replaceAnalyses(list: (Analysis | StoredAnalysis)[]): number {
    const upd = this.db.prepare('UPDATE documents SET analysis = ? WHERE id = ?');
    const updFusion = this.db.prepare('UPDATE fusion_docs SET verifications = ?, sketch = ? WHERE doc_id = ?');
    const del = ['claims', 'events', 'places'].map((t) => this.db.prepare(`DELETE FROM ${t} WHERE doc_id = ?`));
    return this.db.transaction(() => {
      let n = 0;
      for (const x of list) {
        const r = isStored(x) ? x : toStored(x);
        if (!upd.run(r.json, r.id).changes) continue;
        updFusion.run(r.verifications, r.sketch, r.id);
        for (const d of del) d.run(r.id);
        this.insertFindings(r);
        n++;
      }
      return n;
    })();
  }

  /** Ids of every stored document (all versions), in id order. */
  documentIds(): string[] {
    return this.db.prepare('SELECT id FROM documents ORDER BY id').pluck().all() as string[];
  }

  get(idOrPrefix: string): Analysis | null {
    let row = this.stmts.get.get(idOrPrefix) as WholeRow | undefined;
    if (!row && /^[0-9a-f]{4,15}$/.test(idOrPrefix)) {
      const rows = this.stmts.getPrefix.all(`${idOrPrefix}%`) as WholeRow[];
      if (rows.length === 1) row = rows[0];
    }
    return row ? this.whole(row) : null;
  }

  /** A stored analysis put back together: the document (its text from its column) and places, its verification statements, and its findings' rows in order. */
  private whole(row: WholeRow): Analysis {
    const a = JSON.parse(row.analysis) as Analysis & { placesPacked?: PackedPlaces };
    // Places are stored packed (packed-places.ts); rows written before that hold them as objects, read as they are.
    if (a.placesPacked) { a.places = unpackPlaces(a.placesPacked); delete a.placesPacked; }
    a.document.text = row.text;
    return this.withFindings(a, row.verifications);
  }

  /** Fills in a document's verification statements and all its claims and events, from their own rows. */
  private withFindings(a: Analysis, verifications: string): Analysis {
    a.verifications = JSON.parse(verifications) as Analysis['verifications'];
    a.claims = (this.stmts.claimsOf.all(a.document.id) as FindingRow[]).map(finding<Analysis['claims'][number]>);
    a.events = (this.stmts.eventsOf.all(a.document.id) as FindingRow[]).map(finding<Analysis['events'][number]>);
    return a;
  }

  documents(opts: { limit?: number; includeSuperseded?: boolean } = {}): DocumentSummary[] {
    const where = opts.includeSuperseded ? '' : 'WHERE superseded_by IS NULL';
    return this.db.prepare(`SELECT id, title, outlet, published, url, version_of AS versionOf, superseded_by AS supersededBy FROM documents ${where}
      ORDER BY published DESC, id LIMIT ?`).all(opts.limit ?? 1000) as DocumentSummary[];
  }

  count(): number {
    return (this.stmts.count.get() as { n: number }).n;
  }

  search(query: string, limit = 20): SearchHit[] {
    const q = ftsQuery(query);
    if (!q) return [];
    return this.db.prepare(`SELECT d.id, d.title, d.outlet, d.published,
        snippet(documents_fts, 1, '[', ']', ' … ', 14) AS snippet
      FROM documents_fts JOIN documents d ON d.rowid = documents_fts.rowid
      WHERE documents_fts MATCH ? AND d.superseded_by IS NULL ORDER BY rank LIMIT ?`).all(q, limit) as SearchHit[];
  }

  claims(f: ClaimFilter = {}): ClaimRow[] {
    const where = ['d.superseded_by IS NULL'];
    const args: unknown[] = [];
    if (f.status) { where.push('c.status = ?'); args.push(f.status); }
    if (f.side) { where.push('c.side = ? COLLATE NOCASE'); args.push(f.side); } // `ua` is UA
    if (f.claimant) { where.push('(c.claimant LIKE ? OR c.actor_id = ?)'); args.push(`%${f.claimant}%`, f.claimant); }
    if (f.since) { where.push('d.published >= ?'); args.push(f.since); }
    if (f.until) { where.push('d.published <= ?'); args.push(f.until); }
    args.push(f.limit ?? 500);
    return this.db.prepare(`SELECT c.doc_id AS docId, c.idx, c.claimant, c.actor_id AS actorId, c.side, c.verb, c.status, c.quote, d.published, d.outlet
      FROM claims c JOIN documents d ON d.id = c.doc_id WHERE ${where.join(' AND ')} ORDER BY d.published, c.doc_id, c.idx LIMIT ?`).all(...args) as ClaimRow[];
  }

  events(f: EventFilter = {}): EventRow[] {
    const where = ['d.superseded_by IS NULL'];
    const args: unknown[] = [];
    if (f.type) { where.push('e.type = ?'); args.push(f.type); }
    if (f.country) { where.push('e.country = ?'); args.push(f.country.toUpperCase()); }
    if (f.region) { where.push('e.admin1 LIKE ?'); args.push(`%${f.region}%`); }
    if (f.since) { where.push('coalesce(e.date_end, d.published) >= ?'); args.push(f.since); }
    if (f.until) { where.push('coalesce(e.date_start, d.published) <= ?'); args.push(f.until); }
    args.push(f.limit ?? 500);
    return this.db.prepare(`SELECT e.doc_id AS docId, e.idx, e.type, e.subtype, e.place, e.country, e.admin1, e.date_start AS dateStart, e.date_end AS dateEnd,
        e.killed_min AS killedMin, e.killed_max AS killedMax, e.injured_min AS injuredMin, e.scope, e.quote, d.outlet
      FROM events e JOIN documents d ON d.id = e.doc_id WHERE ${where.join(' AND ')} ORDER BY e.date_start, e.doc_id, e.idx LIMIT ?`).all(...args) as EventRow[];
  }

  // ---- fusion ----

  /**
   * Stored analyses (current versions only), all or the given ids. `slim` gives what fusion reads and no
   * more: the document's columns, its first characters (a wire credit, see fuse/sources.ts) and its
   * near-duplicate sketch, its claims, events and verification statements; no paragraphs, sentences or
   * places, and no document JSON parsed.
   */
  analyses(ids?: string[], opts: { slim?: boolean } = {}): Analysis[] {
    const columns = opts.slim ? `${SLIM_COLUMNS}, f.verifications` : 'd.id, d.text, d.analysis, f.verifications';
    const build = (r: SlimRow & WholeRow): Analysis => (opts.slim ? this.withFindings(slimAnalysis(r), r.verifications) : this.whole(r));
    type Row = SlimRow & WholeRow;
    if (!ids) {
      const all: Analysis[] = [];
      for (const r of this.db.prepare(`SELECT ${columns} FROM ${SLIM_FROM} WHERE d.superseded_by IS NULL ORDER BY d.id`).iterate() as Iterable<Row>) all.push(build(r));
      return all;
    }
    const out: Analysis[] = [];
    const st = this.db.prepare(`SELECT ${columns} FROM ${SLIM_FROM} WHERE d.id = ? AND d.superseded_by IS NULL`);
    for (const id of ids) { const r = st.get(id) as Row | undefined; if (r) out.push(build(r)); }
    return out;
  }

  /**
   * Partial analyses for incremental fusion: of each document, only the claims and events asked for (by
   * index; the arrays have holes elsewhere, which fusion's loops pass over) and, with any claim, its
   * verification statements. A document is read as `analyses(…, { slim: true })` reads it, so a finding
   * fused from here is fused as from a whole read. Current versions only.
   */
  findings(need: Map<string, { claims: Set<number>; events: Set<number> }>): Analysis[] {
    const doc = this.db.prepare(`SELECT ${SLIM_COLUMNS} FROM ${SLIM_FROM} WHERE d.id = ? AND d.superseded_by IS NULL`);
    const verifications = this.db.prepare('SELECT verifications FROM fusion_docs WHERE doc_id = ?').pluck();
    // A claim with the claims of its sentence ("the MoD claimed …, while Ukrainian officials reported …"): one quote span.
    const claim = this.db.prepare('SELECT c.idx, c.json, c.quote FROM claims c JOIN claims w ON w.doc_id = c.doc_id AND w.start = c.start '
      + 'WHERE w.doc_id = ? AND w.idx = ?');
    const event = this.db.prepare('SELECT json, quote FROM events WHERE doc_id = ? AND idx = ?');
    const out: Analysis[] = [];
    for (const [id, want] of [...need].sort((x, y) => x[0].localeCompare(y[0]))) {
      const r = doc.get(id) as SlimRow | undefined;
      if (!r) continue;
      const a = slimAnalysis(r);
      for (const i of want.claims) for (const f of claim.all(id, i) as (FindingRow & { idx: number })[]) a.claims[f.idx] ??= finding(f);
      for (const i of want.events) { const f = event.get(id, i) as FindingRow | undefined; if (f) a.events[i] = finding(f); }
      if (want.claims.size) a.verifications = JSON.parse(verifications.get(id) as string) as Analysis['verifications'];
      out.push(a);
    }
    return out;
  }

  /**
   * The fused records new analyses can change: incidents in the same place within a few days of one of
   * their events; claims by the same speaker within a few days that share enough words to be the same
   * claim; claims a new denial can reach; the claims that weigh those incidents. Plus the context their
   * rebuilding reads but does not change: the other incidents those claims assert, and the claims and
   * denials that are evidence about them. Re-fusing these gives what fusing the whole store would
   * (test/fuse/demo-corpus.test.ts checks it).
   */
  affectedFused(fresh: Analysis[], relabelled: string[] = []): AffectedFused {
    // Ids first, records after: the same record is reached many times over, and most candidates are of another family.
    // Short records (a month or less, see long_span) are an index range on the start date; long or undated ones few.
    // An aggregate joins no incident (sameEvent), except one that says exactly the same dates (fusion's signature).
    const evShort = this.db.prepare(`SELECT id, type FROM fused_events WHERE country = ? AND admin1 IS ? AND long_span = 0
      AND date_start BETWEEN date(?, '-35 day') AND date(?, '+4 day') AND date_end >= date(?, '-4 day')
      AND (scope IS NOT 'aggregate' OR (date_start = ? AND date_end = ?))`);
    // Undated incidents (date_start NULL) match any date, as fusion lets them.
    const evLong = this.db.prepare(`SELECT id, type FROM fused_events WHERE country = ? AND admin1 IS ? AND long_span = 1
      AND (date_start IS NULL OR date_start <= date(?, '+4 day')) AND coalesce(date_end, date_start, '9999') >= date(?, '-4 day')
      AND (scope IS NOT 'aggregate' OR (date_start = ? AND date_end = ?))`);
    const incidentsNear = (country: string, admin1: string | null, start: string, end: string) => [
      ...evShort.all(country, admin1, start, end, start, start, end), ...evLong.all(country, admin1, end, start, start, end)] as { id: string; type: EventType }[];
    // Claims are found report by report: the claims table knows each claim's speaker and sentence start.
    // A dated document's neighbours are found by date first (a ministry speaks in tens of thousands of
    // stored claims; a week holds a few hundred documents), an undated one's by speaker. The unary plus
    // in `+c.speaker` keeps SQLite from walking the speaker index inside the date loop.
    const bySpeakerNear = this.db.prepare(`SELECT DISTINCT r.fused_id AS id, c.quote FROM documents d CROSS JOIN claims c ON c.doc_id = d.id
      JOIN fused_claim_reports r ON r.doc_id = c.doc_id AND r.start = c.start
      WHERE d.published >= date(?, '-4 day') AND d.published < date(?, '+5 day') AND d.superseded_by IS NULL AND +c.speaker = ?`);
    const bySpeakerAny = this.db.prepare(`SELECT DISTINCT r.fused_id AS id, c.quote FROM claims c JOIN documents d ON d.id = c.doc_id
      JOIN fused_claim_reports r ON r.doc_id = c.doc_id AND r.start = c.start
      WHERE c.speaker = ? AND d.superseded_by IS NULL`);
    const bySpeaker = (speaker: string, published: string | null) => (published
      ? bySpeakerNear.all(published.slice(0, 10), published.slice(0, 10), speaker)
      : bySpeakerAny.all(speaker)) as { id: string; quote: string }[];
    const aboutEvent = this.db.prepare('SELECT DISTINCT fused_id FROM fused_claim_reports WHERE doc_id = ? AND start = ?').pluck();
    const asserting = this.db.prepare('SELECT claim_id FROM fused_claim_events WHERE event_id = ?').pluck();
    const eventJson = this.db.prepare('SELECT json FROM fused_events WHERE id = ?').pluck();
    const claimJson = this.db.prepare('SELECT json FROM fused_claims WHERE id = ?').pluck();
    const talliesNear = this.db.prepare(`SELECT id FROM fused_events WHERE scope = 'aggregate' AND country = ?
      AND date_start <= date(?, '+2 day') AND coalesce(date_end, date_start) >= date(?, '-2 day')`).pluck();
    const events = new Map<string, FusedEvent>();
    const claims = new Map<string, FusedClaim>();
    const addEvent = (id: string) => { if (!events.has(id)) events.set(id, JSON.parse(eventJson.get(id) as string) as FusedEvent); };
    const addClaim = (id: string) => {
      if (claims.has(id)) return;
      const json = claimJson.get(id) as string | undefined;
      if (json) claims.set(id, JSON.parse(json) as FusedClaim);
    };
    // Each speaker's stored claims near a date, read and split into words once per call, not once per new claim.
    const nearSpeaker = new Map<string, { id: string; words: Set<string> }[]>();
    const speakerClaims = (speaker: string, published: string | null) => {
      const key = `${speaker}|${published?.slice(0, 10) ?? ''}`;
      let rows = nearSpeaker.get(key);
      if (!rows) nearSpeaker.set(key, (rows = bySpeaker(speaker, published).map((r) => ({ id: r.id, words: contentWords(r.quote) }))));
      return rows;
    };
    const tried = new Set<string>();
    for (const a of fresh) {
      // Places as fusion reads them: a homonym its sentence places in another region is looked up in that region.
      for (const e of withNamedRegions(a.events)) {
        // Only an incident can join another, and only one of its own family (fusion's sameEvent): an aggregate
        // "since 2022" or a ground advance never reaches the strikes of its region.
        if (!e.place?.country || !e.date || e.scope !== 'incident') continue;
        const family = familyOf(e.type);
        for (const r of incidentsNear(e.place.country, e.place.admin1, e.date.start, e.date.end)) if (familyOf(r.type) === family) addEvent(r.id);
      }
      // A tally told for several regions joins the tallies of its country and days by figure (fusion's sameTally).
      const multi = multiRegionTolls(a.events);
      for (const e of a.events) {
        if (!e.tollShared || !multi.has(e.sentence) || !e.place?.country || !e.date) continue;
        for (const id of talliesNear.all(e.place.country, e.date.end, e.date.start) as string[]) addEvent(id);
      }
      const p = a.document.published;
      for (const c of a.claims) {
        // A document that says one thing many times (a degenerate or fuzzed one) is looked up once per thing said.
        const said = `${speakerKey(c)}|${p ?? ''}|${claimContent(c)}`;
        if (tried.has(said)) continue;
        tried.add(said);
        // Only a claim with at least SAME_WORDS of the new claim's words can be "the same speaker saying the same thing" (fusion's rule).
        const words = contentWords(claimContent(c));
        for (const r of speakerClaims(speakerKey(c), p)) {
          if (claims.has(r.id)) continue;
          let shared = 0;
          for (const w of words) if (r.words.has(w)) shared++;
          if (shared >= words.size * SAME_WORDS) addClaim(r.id);
        }
      }
    }
    // A denial reaches the other side's claims of the days before it that share a proper name with it.
    const recent = this.db.prepare(`SELECT f.id, f.json FROM fused_claims f WHERE f.first_reported BETWEEN date(?, '-4 day') AND date(?, '+1 day')`);
    for (const a of fresh) {
      const denials = a.claims.filter(isDenial);
      if (!a.document.published || !denials.length) continue;
      const topics = new Set(denials.flatMap((d) => [...topicWords(claimContent(d))]));
      for (const r of recent.all(a.document.published, a.document.published) as { id: string; json: string }[]) {
        if (claims.has(r.id)) continue;
        const c = JSON.parse(r.json) as FusedClaim;
        if (c.reports.some((rep) => [...topicWords(rep.quote)].some((w) => topics.has(w)))) claims.set(r.id, c);
      }
    }
    // A name within a record's JSON, case-insensitively: SQLite's LIKE folds ASCII case as its lower() does, without
    // making a lower-cased copy of every candidate's JSON.
    const containing = (name: string) => `%${name.replace(/[\\%_]/g, '\\$&')}%`;
    // A statement that speaks of a claim in another report reaches the other side's claims of the days before it
    // that share a specific name with it (fusion's orphanStatements).
    // SQLite picks the candidates by date (the fused_claims_list index), side and name in the JSON text; only those are parsed.
    const recentNaming = this.db.prepare(`SELECT f.id, f.json FROM fused_claims f WHERE coalesce(f.first_reported, '') BETWEEN date(?, '-4 day') AND date(?, '+1 day')
      AND f.side IS NOT ? AND f.json LIKE ? ESCAPE '\\'`);
    for (const o of orphanStatements(fresh)) {
      for (const name of o.names) for (const r of recentNaming.all(o.doc.published, o.doc.published, o.side, containing(name)) as { id: string; json: string }[]) {
        if (claims.has(r.id)) continue;
        const c = JSON.parse(r.json) as FusedClaim;
        if (c.reports.some((rep) => [...topicWords(rep.quote)].some((w) => o.names.has(w)))) claims.set(r.id, c);
      }
    }
    // A side's territorial claim reaches that side's claims of the week around it that name the same front (fusion's rule).
    const aroundWeek = this.db.prepare(`SELECT f.id, f.json FROM fused_claims f WHERE coalesce(f.first_reported, '') BETWEEN date(?, '-8 day') AND date(?, '+8 day')
      AND f.side = ? AND f.json LIKE ? ESCAPE '\\'`);
    for (const a of fresh) {
      if (!a.document.published) continue;
      const fronts = new Set(a.claims.filter((c) => c.claimant.actor?.side && !isDenial(c))
        .flatMap((c) => [...groundFronts(claimContent(c), c.quote.text, c.events.map((e) => familyOf(a.events[e]?.type ?? 'other')))]
          .map((place) => `${c.claimant.actor!.side}\u0000${place}`)));
      for (const f of fronts) {
        const [side, place] = f.split('\u0000');
        for (const r of aroundWeek.all(a.document.published, a.document.published, side, containing(place)) as { id: string; json: string }[]) {
          if (claims.has(r.id)) continue;
          const c = JSON.parse(r.json) as FusedClaim;
          if (c.reports.some((rep) => frontPlaces(rep.quote).has(place))) claims.set(r.id, c);
        }
      }
    }
    // Records with a report from a document whose copy group changes: their reports' groups (and source counts) change.
    const memberOf = this.db.prepare('SELECT fused_id FROM fused_members WHERE doc_id = ?').pluck();
    for (const doc of relabelled) for (const id of memberOf.all(doc) as string[]) if (id.startsWith('ev-')) addEvent(id); else addClaim(id);
    // Records holding the sentence-mates of the rebuilt records' reports (fusion-mates.ts).
    const findingsOf = this.db.prepare('SELECT doc_id AS docId, idx, start FROM events WHERE doc_id = ?');
    const eventRow = this.db.prepare('SELECT json, quote FROM events WHERE doc_id = ? AND idx = ?');
    const recordsOf = this.db.prepare("SELECT f.json FROM fused_members m JOIN fused_events f ON f.id = m.fused_id WHERE m.doc_id = ? AND m.fused_id LIKE 'ev-%'").pluck();
    addMateRecords(events, {
      findings: (docIds) => docIds.flatMap((d) => findingsOf.all(d) as StoredFinding[]),
      events: (docId, idxs) => new Map(idxs.flatMap((i) => { const f = eventRow.get(docId, i) as FindingRow | undefined; return f ? [[i, finding<Event>(f)] as const] : []; })),
      recordsOf: (docIds) => {
        const seen = new Map<string, FusedEvent>();
        for (const d of docIds) for (const json of recordsOf.all(d) as string[]) { const e = JSON.parse(json) as FusedEvent; seen.set(e.id, e); }
        return [...seen.values()];
      },
    });
    // Claims that weigh a rebuilt incident: those asserting it, and those made in the sentences that report it.
    for (const e of [...events.values()]) {
      for (const id of asserting.all(e.id) as string[]) addClaim(id);
      for (const rep of e.reports) for (const id of aboutEvent.all(rep.documentId, rep.start) as string[]) addClaim(id);
    }
    // Context, read but not rebuilt: the incidents a rebuilt claim asserts stay as they are (their reports
    // keep pointing at them), and the other claims about those incidents, and denials of the days after
    // a rebuilt claim's reports, are its evidence.
    // Only the (document, finding) pairs of their reports are needed: SQLite picks them out of the JSON.
    const eventReports = this.db.prepare("SELECT json_extract(j.value, '$.documentId') AS documentId, json_extract(j.value, '$.finding') AS finding FROM fused_events f, json_each(f.json, '$.reports') j WHERE f.id = ?");
    const eventType = this.db.prepare('SELECT type FROM fused_events WHERE id = ?').pluck();
    const assertingIds = this.db.prepare('SELECT claim_id FROM fused_claim_events WHERE event_id = ?').pluck();
    const claimReports = this.db.prepare('SELECT doc_id AS documentId, finding FROM fused_claim_reports WHERE fused_id = ?');
    const fixedEvents: AffectedFused['context']['events'] = [];
    const evidence = new Map<string, { documentId: string; finding: number }>();
    const seen = new Set(events.keys());
    const evidenceClaims = new Set<string>();
    for (const c of claims.values()) for (const id of c.events) {
      if (seen.has(id)) continue;
      seen.add(id);
      const reports = eventReports.all(id) as { documentId: string; finding: number }[];
      if (!reports.length) continue;
      fixedEvents.push({ id, type: eventType.get(id) as EventType, reports });
      for (const claimId of assertingIds.all(id) as string[]) if (!claims.has(claimId)) evidenceClaims.add(claimId);
    }
    // Each evidence claim's reports are read once, however many of those incidents it asserts.
    for (const id of evidenceClaims) for (const r of claimReports.all(id) as { documentId: string; finding: number }[]) evidence.set(`${r.documentId}:${r.finding}`, r);
    const days = [...claims.values()].flatMap((c) => c.reports.map((r) => r.published)).filter((d): d is string => !!d).sort();
    if (days.length) {
      const denials = this.db.prepare(`SELECT c.doc_id AS documentId, c.idx AS finding FROM claims c JOIN documents d ON d.id = c.doc_id
        WHERE c.verb IN (${[...DENIAL_VERBS].map(() => '?').join(',')}) AND d.superseded_by IS NULL AND d.published BETWEEN ? AND date(?, '+4 day')`);
      for (const r of denials.all(...DENIAL_VERBS, days[0].slice(0, 10), days[days.length - 1].slice(0, 10)) as { documentId: string; finding: number }[]) evidence.set(`${r.documentId}:${r.finding}`, r);
    }
    return { events: [...events.values()], claims: [...claims.values()], context: { events: fixedEvents, claims: [...evidence.values()] } };
  }

  /**
   * Removes fused records by id and adds others, in one transaction. A record rebuilt exactly as it was
   * stored is left alone: an incremental update rebuilds many records to change a few, and rewriting a
   * claim with a hundred reports means a hundred index rows deleted and inserted again.
   */
  swapFused(remove: string[], add: FusedState, copies?: CopyUpdate): void {
    const json = new Map<object, string>();
    const storedEvent = this.db.prepare('SELECT json FROM fused_events WHERE id = ?').pluck();
    const storedClaim = this.db.prepare('SELECT json FROM fused_claims WHERE id = ?').pluck();
    const removing = new Set(remove);
    const same = new Set<string>();
    for (const [list, stored] of [[add.events, storedEvent], [add.claims, storedClaim]] as const) for (const r of list) {
      const j = JSON.stringify(r);
      json.set(r, j);
      if (removing.has(r.id) && stored.get(r.id) === j) same.add(r.id);
    }
    this.db.transaction(() => {
      const de = this.db.prepare('DELETE FROM fused_events WHERE id = ?');
      const dc = this.db.prepare('DELETE FROM fused_claims WHERE id = ?');
      const dm = this.db.prepare('DELETE FROM fused_members WHERE fused_id = ?');
      const dr = this.db.prepare('DELETE FROM fused_claim_reports WHERE fused_id = ?');
      const dce = this.db.prepare('DELETE FROM fused_claim_events WHERE claim_id = ?');
      for (const id of remove) if (!same.has(id)) { de.run(id); dc.run(id); dm.run(id); dr.run(id); dce.run(id); }
      this.insertFused({ events: add.events.filter((e) => !same.has(e.id)), claims: add.claims.filter((c) => !same.has(c.id)) }, json);
      if (copies) this.writeCopies(copies);
    })();
  }

  /** Copy groups and sketch hashes of documents, written with the fused records they were fused with. */
  private writeCopies(copies: CopyUpdate): void {
    const group = this.db.prepare('INSERT OR REPLACE INTO copy_groups (doc_id, grp) VALUES (?, ?)');
    const hash = this.db.prepare('INSERT OR IGNORE INTO sketch_hashes (hash, doc_id) VALUES (?, ?)');
    for (const [id, g] of copies.groups) group.run(id, g);
    // In hash order: the index is built front to back rather than at random places.
    const rows = copies.indexed.flatMap((d) => d.sketch.map((h) => [h, d.id] as const));
    if (rows.length > 1000) rows.sort((x, y) => x[0] - y[0] || (x[1] < y[1] ? -1 : 1));
    for (const [h, id] of rows) hash.run(h, id);
  }

  /**
   * Stored documents that may be copies of a text with this sketch: current versions sharing at least
   * `minShared` of its hashes, with their own sketch and copy group (null before a full fusion gave one).
   */
  copyCandidates(hashes: number[], minShared: number): { id: string; sketch: number[]; group: string | null }[] {
    if (!hashes.length) return [];
    // Counted in the hash index alone; only the few that share enough are looked up (a stock phrase's hash is in thousands of sketches).
    const rows = this.db.prepare(`SELECT d.id, f.sketch, g.grp AS "group" FROM (SELECT doc_id FROM sketch_hashes WHERE hash IN (${hashes.map(() => '?').join(',')})
      GROUP BY doc_id HAVING count(*) >= ?) c JOIN documents d ON d.id = c.doc_id JOIN fusion_docs f ON f.doc_id = d.id LEFT JOIN copy_groups g ON g.doc_id = d.id WHERE d.superseded_by IS NULL`).all(...hashes, minShared) as { id: string; sketch: string | null; group: string | null }[];
    return rows.map((r) => ({ id: r.id, sketch: r.sketch ? (JSON.parse(r.sketch) as number[]) : [], group: r.group }));
  }

  /** The stored copy group of each document (its own id when it has none yet). */
  copyGroups(ids: string[]): Map<string, string> {
    const st = this.db.prepare('SELECT grp FROM copy_groups WHERE doc_id = ?').pluck();
    return new Map(ids.map((id) => [id, (st.get(id) as string | null | undefined) ?? id]));
  }

  /** Current documents in any of these copy groups. */
  copyGroupMembers(groups: string[]): string[] {
    const st = this.db.prepare('SELECT g.doc_id FROM copy_groups g JOIN documents d ON d.id = g.doc_id WHERE g.grp = ? AND d.superseded_by IS NULL').pluck();
    return groups.flatMap((g) => st.all(g) as string[]);
  }

  /** Whether any of these documents is a new version of a stored one (it changes what is current). */
  replacesVersions(ids: string[]): boolean {
    const st = this.db.prepare('SELECT 1 FROM documents WHERE id = ? AND version_of IS NOT NULL').pluck();
    return ids.some((id) => st.get(id) !== undefined);
  }

  /** Replaces the whole fused picture with `state`; with `copies`, every document's copy group and sketch hashes too. */
  replaceFused(state: FusedState, copies?: CopyUpdate): void {
    this.db.transaction(() => {
      this.db.exec('DELETE FROM fused_events; DELETE FROM fused_claims; DELETE FROM fused_members; DELETE FROM fused_claim_reports; DELETE FROM fused_claim_events;');
      this.insertFused(state);
      if (copies) {
        this.db.exec('DELETE FROM copy_groups; DELETE FROM sketch_hashes;');
        this.writeCopies(copies);
      }
      this.db.prepare("INSERT OR REPLACE INTO meta_kv (key, value) VALUES ('fusion_stale', '0'), ('fusion_version', ?)").run(String(FUSION_VERSION));
    })();
  }

  /** Writes fused records and their index rows; `json` holds records already serialised. */
  private insertFused(state: FusedState, json = new Map<object, string>()): void {
    const ie = this.db.prepare(`INSERT OR REPLACE INTO fused_events (id, type, country, admin1, date_start, date_end, killed_best, sources, day_from, day_to, long_span, scope, json,
      place_name, place_kind, lat, lon) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)`);
    const ic = this.db.prepare('INSERT OR REPLACE INTO fused_claims (id, status, side, claimant, first_reported, day_from, day_to, json) VALUES (?,?,?,?,?,?,?,?)');
    const im = this.db.prepare('INSERT OR IGNORE INTO fused_members (doc_id, fused_id) VALUES (?,?)');
    for (const e of state.events) {
      const days = eventDays(e);
      ie.run(e.id, e.type, e.place?.country ?? null, e.place?.admin1 ?? null, e.date?.start ?? null, e.date?.end ?? null, e.killed?.best ?? null, e.sourceCount, days?.start ?? null, days?.end ?? null, longSpan(e) ? 1 : 0, e.scope, json.get(e) ?? JSON.stringify(e),
        e.place?.name ?? null, e.place?.kind ?? null, e.place?.lat ?? null, e.place?.lon ?? null);
      for (const r of e.reports) im.run(r.documentId, e.id);
    }
    const ir = this.db.prepare('INSERT OR IGNORE INTO fused_claim_reports (doc_id, start, finding, fused_id) VALUES (?,?,?,?)');
    const ice = this.db.prepare('INSERT OR IGNORE INTO fused_claim_events (event_id, claim_id) VALUES (?,?)');
    for (const c of state.claims) {
      const days = claimDays(c);
      ic.run(c.id, c.status, c.claimant.side, c.claimant.name, c.firstReported, days?.start ?? null, days?.end ?? null, json.get(c) ?? JSON.stringify(c));
      for (const r of c.reports) { im.run(r.documentId, c.id); ir.run(r.documentId, r.start, r.finding, c.id); }
      for (const e of c.events) ice.run(e, c.id);
    }
  }

  /** Stale when marked so, or fused by another version of the fusion rules (their results differ). */
  fusionStale(): boolean {
    const kv = new Map((this.db.prepare("SELECT key, value FROM meta_kv WHERE key IN ('fusion_stale', 'fusion_version')").all() as { key: string; value: string }[]).map((r) => [r.key, r.value]));
    return kv.get('fusion_stale') === '1' || (kv.has('fusion_version') ? kv.get('fusion_version') !== String(FUSION_VERSION) : this.count() > 0);
  }

  markFusionStale(): void {
    this.db.prepare("INSERT OR REPLACE INTO meta_kv (key, value) VALUES ('fusion_stale', '1')").run();
  }

  fusedEvents(f: EventFilter & { minSources?: number } = {}): FusedEvent[] {
    const where: string[] = [];
    const args: unknown[] = [];
    if (f.type) { where.push('type = ?'); args.push(f.type); }
    if (f.country) { where.push('country = ?'); args.push(f.country.toUpperCase()); }
    if (f.region) { where.push('admin1 LIKE ?'); args.push(`%${f.region}%`); }
    if (f.since) { where.push('coalesce(date_end, date_start) >= ?'); args.push(f.since); }
    if (f.until) { where.push('date_start <= ?'); args.push(f.until); }
    args.push(f.limit ?? 1000);
    return (this.db.prepare(`SELECT json FROM fused_events ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY date_start, id LIMIT ?`).all(...args) as { json: string }[]).map((r) => JSON.parse(r.json) as FusedEvent);
  }

  fusedClaims(f: ClaimFilter = {}): FusedClaim[] {
    const where: string[] = [];
    const args: unknown[] = [];
    if (f.side) { where.push('side = ? COLLATE NOCASE'); args.push(f.side); } // `ua` is UA
    if (f.claimant) { where.push('claimant LIKE ?'); args.push(`%${f.claimant}%`); }
    if (f.since) { where.push('first_reported >= ?'); args.push(f.since); }
    if (f.until) { where.push('first_reported <= ?'); args.push(f.until); }
    args.push(f.limit ?? 1000);
    return (this.db.prepare(`SELECT json FROM fused_claims ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY first_reported, id LIMIT ?`).all(...args) as { json: string }[]).map((r) => JSON.parse(r.json) as FusedClaim);
  }

  /**
   * The part of the fused picture a period can show: events whose days meet [since, until], claims
   * reported or weighed in it, and the events those claims assert (they place a claim on the map).
   * A superset: the brief applies its own exact rules to it. Undated records belong to no period.
   */
  fusedInPeriod(since?: string, until?: string): FusedState {
    if (!since && !until) return { events: this.fusedEvents({ limit: Number.MAX_SAFE_INTEGER }), claims: this.fusedClaims({ limit: Number.MAX_SAFE_INTEGER }) };
    const lo = since ?? '0000';
    const hi = until ? `${until}~` : '9999';
    const parse = <T>(rows: { json: string }[]) => rows.map((r) => JSON.parse(r.json) as T);
    const claims = parse<FusedClaim>(this.db.prepare('SELECT json FROM fused_claims WHERE day_from <= ? AND day_to >= ? ORDER BY first_reported, id').all(hi, lo) as { json: string }[]);
    const events = parse<FusedEvent>(this.db.prepare('SELECT json FROM fused_events WHERE day_from <= ? AND day_to >= ? ORDER BY date_start, id').all(hi, lo) as { json: string }[]);
    const have = new Set(events.map((e) => e.id));
    const byId = this.db.prepare('SELECT json FROM fused_events WHERE id = ?');
    for (const id of new Set(claims.flatMap((c) => c.events))) {
      if (have.has(id)) continue;
      const r = byId.get(id) as { json: string } | undefined;
      if (r) { events.push(JSON.parse(r.json) as FusedEvent); have.add(id); }
    }
    return { events, claims };
  }

  fused(id: string): { kind: 'event'; record: FusedEvent } | { kind: 'claim'; record: FusedClaim } | null {
    // A whole id along the primary keys; a prefix (typed by a person) only when no record has that id, by the
    // LIKE below, which reads every row (~40 ms per lookup at 10,000 documents, every incident the dashboard opened).
    const event = this.db.prepare('SELECT json FROM fused_events WHERE id = ?').pluck().get(id) as string | undefined;
    if (event) return { kind: 'event', record: JSON.parse(event) as FusedEvent };
    const claim = this.db.prepare('SELECT json FROM fused_claims WHERE id = ?').pluck().get(id) as string | undefined;
    if (claim) return { kind: 'claim', record: JSON.parse(claim) as FusedClaim };
    const e = this.db.prepare('SELECT json FROM fused_events WHERE id = ? OR id LIKE ? LIMIT 2').all(id, `${id}%`) as { json: string }[];
    if (e.length === 1) return { kind: 'event', record: JSON.parse(e[0].json) as FusedEvent };
    const c = this.db.prepare('SELECT json FROM fused_claims WHERE id = ? OR id LIKE ? LIMIT 2').all(id, `${id}%`) as { json: string }[];
    if (c.length === 1) return { kind: 'claim', record: JSON.parse(c[0].json) as FusedClaim };
    return null;
  }

  /** Ids starting with a prefix (up to 10), to tell an ambiguous prefix from an unknown one. */
  idsStartingWith(prefix: string, what: 'document' | 'fused'): string[] {
    const like = `${prefix.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    const sql = what === 'document'
      ? "SELECT id FROM documents WHERE id LIKE ? ESCAPE '\\' ORDER BY id LIMIT 10"
      : "SELECT id FROM (SELECT id FROM fused_events WHERE id LIKE ? ESCAPE '\\' UNION SELECT id FROM fused_claims WHERE id LIKE ? ESCAPE '\\') ORDER BY id LIMIT 10";
    const args = what === 'document' ? [like] : [like, like];
    return (this.db.prepare(sql).all(...args) as { id: string }[]).map((r) => r.id);
  }

  /**
   * Changes whenever the database does: PRAGMA data_version moves when another connection (a CLI
   * ingest) commits, total_changes() when this one writes.
   */
  dataVersion(): string {
    return `${this.db.pragma('data_version', { simple: true }) as number}:${this.db.prepare('SELECT total_changes()').pluck().get() as number}`;
  }

  location(): string | null {
    return this.path === ':memory:' || this.path === '' ? null : resolve(this.path);
  }

  checkpoint(): void {
    // PASSIVE: copies what no reader still needs and returns; a writer may go on appending meanwhile.
    this.db.pragma('wal_checkpoint(PASSIVE)');
  }

  sources(): SourceTable {
    return new SqliteSourceTable(this.db);
  }

  close(): void {
    this.db.close();
  }
}

/** Where the store lives: `--db`, else SITREP_DB, else ./sitrep.db. */
export function defaultDbPath(flag?: string): string {
  return flag ?? process.env.SITREP_DB ?? 'sitrep.db';
}
