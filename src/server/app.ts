import { createHash, timingSafeEqual } from 'node:crypto';
import { Hono, type Context, type MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { cors } from 'hono/cors';
import type { z } from 'zod';
import { InputError } from '../document/build.js';
import type { FusedClaim, FusedEvent, FusedState } from '../fuse/fuse.js';
import { explainClaim } from '../fuse/explain.js';
import { buildBrief, scopeState } from '../report/brief.js';
import { EXPORT_MEDIA, writeExport } from '../report/exports.js';
import { loadData } from '../data.js';
import { fuseSerialised } from '../store/fuse-serialised.js';
import { analyseItem } from '../ingest/run.js';
import { READERS } from '../ingest/registry.js';
import { MEDIA, type ReaderKind } from '../ingest/media-types.js';
import { decode } from '../ingest/source.js';
import { jsonErrorWhere, jsonTooDeep, readJson } from '../ingest/json.js';
import type { ReadItem } from '../ingest/types.js';
import type { Analysis } from '../extract/types.js';
import type { Store } from '../store/store.js';
import { listSourceFor } from './list-source-for.js';
import { buildOpenApi, objectShape } from './openapi.js';
import { EventPointsCache } from './event-points.js';
import { claimOn, Lists, VersionedCache } from './pagination.js';
import { ApiProblem, problemResponse, zodErrors, type ProblemError } from './problem.js';
import { mountDashboard } from './web.js';
import { IdParam, IngestJsonBody, ROUTES, type ClaimSummary, type DocumentFused, type EventSummary, type RouteName } from './schemas.js';

/**
 * The HTTP API as a hono app over a store: validation (zod, schemas.ts), auth, problem details and
 * paging here; the work is done by the store, the list queries (pagination.ts), fusion and the readers.
 */

export const DEFAULT_MAX_BODY = 5 * 1024 * 1024;


export interface AppOptions {
  /** Bearer token (SITREP_TOKEN). When set, writes need it. */
  token?: string | null;
  /** Reads need the token too. Requires `token`. */
  private?: boolean;
  /** Allowed CORS origin; CORS is off when absent. */
  cors?: string | null;
  /** Largest request body in bytes (default 5 MB). */
  maxBodyBytes?: number;
  log?: (msg: string) => void;
  /** Folder of the built dashboard served at `/` (default web/dist); null serves the API only. */
  web?: string | null;
}

// ---------------------------------------------------------------- request helpers

/** Validates the query string against a schema: unknown and repeated parameters are errors too. */
export function parseQuery<S extends z.ZodTypeAny>(c: Context, schema: S): z.output<S> {
  const shape = objectShape(schema);
  const all = c.req.queries() as Record<string, string[]>;
  const errors: ProblemError[] = [];
  const values: Record<string, string> = {};
  for (const [name, list] of Object.entries(all)) {
    if (!(name in shape)) { errors.push({ in: 'query', name, detail: `unknown parameter (this endpoint takes ${Object.keys(shape).join(', ') || 'none'})` }); continue; }
    if (list.length > 1) { errors.push({ in: 'query', name, detail: 'given more than once' }); continue; }
    values[name] = list[0];
  }
  const r = schema.safeParse(values);
  if (!r.success) errors.push(...zodErrors(r.error, 'query').filter((e) => !errors.some((x) => x.name === e.name)));
  if (errors.length) throw ApiProblem.params(errors);
  return r.data as z.output<S>;
}

function idParam(c: Context): string {
  const r = IdParam.safeParse({ id: c.req.param('id') });
  if (!r.success) throw ApiProblem.params(zodErrors(r.error, 'path'));
  return r.data.id;
}

const digest = (s: string) => createHash('sha256').update(s, 'utf8').digest();

/** Constant-time check of `Authorization: Bearer <token>` (both sides hashed, so lengths match). */
export function bearerMatches(header: string | undefined, token: string): boolean {
  const m = /^Bearer[ \t]+(\S+)[ \t]*$/i.exec(header ?? '');
  const given = digest(m ? m[1] : '');
  const ok = timingSafeEqual(given, digest(token));
  return ok && !!m;
}

function auth(token: string | null, readsToo: boolean): MiddlewareHandler {
  return async (c, next) => {
    const write = !['GET', 'HEAD', 'OPTIONS'].includes(c.req.method);
    if (token && (write || readsToo)) {
      const header = c.req.header('authorization');
      if (!bearerMatches(header, token)) {
        const why = header ? 'the bearer token is not valid' : `this server needs \`Authorization: Bearer <token>\` ${write ? 'for writes' : 'for every request (--private)'}`;
        throw new ApiProblem('unauthorized', why, { headers: { 'WWW-Authenticate': header ? 'Bearer realm="sitrep", error="invalid_token"' : 'Bearer realm="sitrep"' } });
      }
    }
    await next();
  };
}

// ---------------------------------------------------------------- ingest

function readerFor(contentType: string | undefined): ReaderKind {
  if (!contentType) throw new ApiProblem('unsupported-media-type', 'a Content-Type header is required (application/json, text/html, text/plain, text/markdown, application/rss+xml, application/atom+xml or application/x-ndjson)');
  const [media, ...params] = contentType.split(';').map((s) => s.trim().toLowerCase());
  const charset = params.map((p) => /^charset\s*=\s*"?([^";]+)"?$/.exec(p)?.[1]).find(Boolean);
  if (charset && charset !== 'utf-8' && charset !== 'utf8' && charset !== 'us-ascii') throw new ApiProblem('unsupported-media-type', `only UTF-8 bodies are accepted, not charset=${charset}`);
  const kind = MEDIA[media] ?? (media.endsWith('+json') ? 'json' : undefined);
  if (!kind) throw new ApiProblem('unsupported-media-type', `cannot ingest ${media}; send ${Object.keys(MEDIA).join(', ')}`);
  return kind;
}

interface IngestItem {
  origin: string; status: 'new' | 'version' | 'unchanged' | 'failed'; id: string | null; previous: string | null; reason: string | null;
  title: string | null; published: string | null; claims: number; events: number; places: number;
}

async function ingest(c: Context, store: Store) {
  const q = parseQuery(c, ROUTES.ingest.query);
  const kind = readerFor(c.req.header('content-type'));
  const bytes = new Uint8Array(await c.req.arrayBuffer());
  let content: string;
  try { content = decode(bytes); } catch (e) {
    if (e instanceof InputError) throw new ApiProblem('invalid-body', e.message.replace(/\bfile\b/g, 'body'));
    throw e;
  }
  const origin = `api:${createHash('sha256').update(bytes).digest('hex').slice(0, 12)}`;
  let items: ReadItem[];
  try {
    if (kind === 'json') {
      const deep = jsonTooDeep(content);
      if (deep) throw new ApiProblem('invalid-body', deep);
      let data: unknown;
      try { data = JSON.parse(content); } catch (e) { throw new ApiProblem('invalid-body', `invalid JSON: ${jsonErrorWhere(content, e)}`); }
      const v = IngestJsonBody.safeParse(data);
      if (!v.success) {
        // The union's own message is unhelpful: report the issues of the branch that matches the body's shape.
        const branch = Array.isArray(data) ? IngestJsonBody.options[1] : IngestJsonBody.options[0];
        const r = branch.safeParse(data);
        throw new ApiProblem('unprocessable', 'the JSON body is not an article (or an array of articles)', { errors: zodErrors(r.success ? v.error : r.error, 'body') });
      }
      items = readJson(content, origin);
    } else {
      items = READERS[kind](content, origin);
    }
  } catch (e) {
    if (e instanceof ApiProblem) throw e;
    if (e instanceof InputError) throw new ApiProblem('unprocessable', e.message);
    // A reader that fails on what it was given is a body it cannot read, not a server fault.
    throw new ApiProblem('unprocessable', `could not read the body as ${kind}: ${e instanceof Error ? e.message.split('\n')[0] : String(e)}`);
  }
  const oks = items.filter((i): i is Extract<ReadItem, { ok: true }> => i.ok);
  for (const it of oks) {
    it.article.outlet ??= q.outlet ?? null;
    if (oks.length === 1) { it.article.url ??= q.url ?? null; it.article.title ??= q.title ?? null; }
  }
  const results: IngestItem[] = [];
  const analyses: { a: Analysis; slot: number }[] = [];
  for (const it of items) {
    const failed = (origin: string, reason: string) => results.push({ origin, status: 'failed', id: null, previous: null, reason, title: null, published: null, claims: 0, events: 0, places: 0 });
    if (!it.ok) { failed(it.origin, it.reason); continue; }
    const a = analyseItem(it.article, { published: q.published });
    if ('reason' in a) { failed(a.origin, a.reason); continue; }
    analyses.push({ a, slot: results.length });
    const d = a.document;
    results.push({ origin: d.origin, status: 'unchanged', id: d.id, previous: null, reason: null, title: d.title, published: d.published, claims: a.claims.length, events: a.events.length, places: a.places.length });
  }
  const stored = analyses.length ? store.putMany(analyses.map((x) => x.a)) : [];
  stored.forEach((r, i) => {
    const slot = results[analyses[i].slot];
    slot.status = r.status;
    if (r.status === 'version') slot.previous = r.previous;
  });
  const added = stored.filter((r) => r.status !== 'unchanged').map((r) => r.id);
  const fusion = added.length || store.fusionStale() ? fuseSerialised(store, added) : { documents: 0, full: false };
  const counts = {
    new: results.filter((r) => r.status === 'new').length, versions: results.filter((r) => r.status === 'version').length,
    unchanged: results.filter((r) => r.status === 'unchanged').length, failed: results.filter((r) => r.status === 'failed').length,
  };
  const body = { items: results, counts, fusion };
  if (!analyses.length) {
    const reasons = results.map((r) => `${r.origin}: ${r.reason}`);
    throw new ApiProblem('unprocessable', results.length === 1 ? results[0].reason ?? 'nothing could be ingested' : `none of the ${results.length} items could be ingested`, { extensions: { items: results }, errors: reasons.slice(0, 20).map((d) => ({ in: 'body', name: '', detail: d })) });
  }
  if (added.length) {
    if (added.length === 1) c.header('Location', `/api/documents/${added[0]}`);
    return c.json(body, 201);
  }
  return c.json(body, 200);
}

// ---------------------------------------------------------------- views

/** The publication date of a claim's latest dated report. */
const latestReport = (c: FusedClaim): string | null =>
  c.reports.reduce<string | null>((last, r) => (r.published && (!last || r.published > last) ? r.published : last), null);

/** The list view of a fused claim: everything but the reports and evidence, which become counts. */
export function claimSummary(c: FusedClaim): ClaimSummary {
  return {
    id: c.id, claimant: c.claimant, text: c.text, status: c.status, firstReported: c.firstReported, lastReported: latestReport(c),
    events: c.events, statusHistory: c.statusHistory.map(({ date, status }) => ({ date, status })),
    reportCount: c.reports.length, storyCount: new Set(c.reports.map((r) => r.copyGroup)).size, sourceCount: new Set(c.reports.map((r) => r.source)).size, evidenceCount: c.evidence.length,
  };
}

/** The list view of a fused event: tolls as figures, reports as counts. */
export function eventSummary(e: FusedEvent): EventSummary {
  const fig = (x: FusedEvent['killed']) => (x ? { low: x.low, best: x.best, high: x.high } : null);
  return {
    id: e.id, type: e.type, subtype: e.subtype, actor: e.actor, place: e.place, date: e.date, scope: e.scope,
    killed: fig(e.killed), injured: fig(e.injured), sourceCount: e.sourceCount, reportCount: e.reports.length,
  };
}

// ---------------------------------------------------------------- the app

export function createApp(store: Store, opts: AppOptions = {}): Hono {
  const token = opts.token || null;
  if (opts.private && !token) throw new Error('--private needs a token: set SITREP_TOKEN');
  const log = opts.log ?? ((m: string) => console.error(m));
  const source = listSourceFor(store);
  const lists = new Lists(source);
  const points = new EventPointsCache(source);
  // The brief reads the fused records of its period (and the events its claims assert), once per period and database version.
  const fused = new VersionedCache<FusedState>(() => store.dataVersion(), 4);
  const EVENT_TYPES = () => Object.keys(loadData<Record<string, unknown>>('event-types.json')).filter((k) => !k.startsWith('_'));
  const fusedFor = (since?: string, until?: string) => fused.get(`${since ?? ''}|${until ?? ''}`, () => store.fusedInPeriod(since, until));
  const maxBody = opts.maxBodyBytes ?? DEFAULT_MAX_BODY;
  let openapi: string | null = null;

  const app = new Hono();
  app.onError((err, c) => problemResponse(c, err, log));
  app.notFound((c) => problemResponse(c, ApiProblem.notFound(`no route ${c.req.method} ${c.req.path}`)));
  app.use('*', async (c, next) => {
    await next();
    c.header('X-Content-Type-Options', 'nosniff');
    // The dashboard's files say how long they keep; API answers are never cached.
    if (!c.res.headers.has('Cache-Control')) c.header('Cache-Control', 'no-store');
  });
  if (opts.cors) app.use('/api/*', cors({ origin: opts.cors, allowMethods: ['GET', 'POST', 'OPTIONS'], allowHeaders: ['Authorization', 'Content-Type'], maxAge: 600 }));
  app.use('/api/*', auth(token, !!opts.private));

  if (opts.web !== null) mountDashboard(app, opts.web ?? undefined);

  const path = (name: RouteName) => ROUTES[name].path;
  const fusedClaim = (id: string) => { const f = store.fused(id); if (!f || f.kind !== 'claim') throw ApiProblem.notFound(`no fused claim ${id}`); return f.record; };
  /** A fused claim as it stood at the end of `asOf` (now, without it); 404 when unknown or not yet reported then. */
  const claimAt = (id: string, asOf: string | undefined) => {
    const claim = asOf ? claimOn(fusedClaim(id), asOf) : fusedClaim(id);
    if (!claim) throw ApiProblem.notFound(`claim ${id} was not yet reported on ${asOf}`);
    return claim;
  };

  app.get(path('listDocuments'), (c) => {
    const { limit, cursor, ...f } = parseQuery(c, ROUTES.listDocuments.query);
    return c.json(lists.documents(f, { limit, cursor }));
  });
  app.get(path('getDocument'), (c) => {
    const id = idParam(c);
    const a = store.get(id);
    if (!a) throw ApiProblem.notFound(`no document ${id}`);
    return c.json(a);
  });
  app.get(path('documentFused'), (c) => {
    const id = idParam(c);
    const doc = store.get(id)?.document.id;
    if (!doc) throw ApiProblem.notFound(`no document ${id}`);
    const items: DocumentFused['items'] = [];
    for (const row of source.fusedOfDocumentRows(doc)) {
      const record = JSON.parse(row.json) as { id: string; reports: { documentId: string; finding: number; start: number; end: number }[] };
      for (const r of record.reports) if (r.documentId === doc) items.push({ kind: row.kind, id: record.id, finding: r.finding, start: r.start, end: r.end });
    }
    items.sort((a, b) => a.start - b.start || a.kind.localeCompare(b.kind) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0) || a.finding - b.finding);
    return c.json({ document: doc, items });
  });
  app.post(path('ingest'), bodyLimit({ maxSize: maxBody, onError: () => { throw new ApiProblem('payload-too-large', `the body is larger than ${(maxBody / 1024 / 1024).toFixed(1)} MB; send fewer articles per request`); } }), async (c) => {
    return ingest(c, store);
  });

  app.get(path('listClaims'), (c) => {
    const { limit, cursor, view, ...f } = parseQuery(c, ROUTES.listClaims.query);
    const page = lists.claims(f, { limit, cursor });
    return c.json(view === 'summary' ? { ...page, items: page.items.map(claimSummary) } : page);
  });
  app.get(path('getClaim'), (c) => {
    const id = idParam(c);
    return c.json(claimAt(id, parseQuery(c, ROUTES.getClaim.query).as_of));
  });
  app.get(path('explainClaim'), (c) => {
    const id = idParam(c);
    const { as_of } = parseQuery(c, ROUTES.explainClaim.query);
    const claim = claimAt(id, as_of);
    return c.json({ id: claim.id, as_of: as_of ?? null, status: claim.status, lines: explainClaim(claim), evidence: claim.evidence, statusHistory: claim.statusHistory });
  });

  app.get(path('listEvents'), (c) => {
    const { limit, cursor, view, ...f } = parseQuery(c, ROUTES.listEvents.query);
    const page = lists.events(f, { limit, cursor });
    return c.json(view === 'summary' ? { ...page, items: page.items.map(eventSummary) } : page);
  });
  // Before /api/events/:id, which would take `points` for an id.
  app.get(path('eventPoints'), (c) => {
    const body = points.get(parseQuery(c, ROUTES.eventPoints.query));
    // Kept by the browser and revalidated on each use: unchanged data costs a 304 and no body.
    const headers: Record<string, string> = { ETag: body.etag, 'Cache-Control': 'private, no-cache', Vary: 'Accept-Encoding' };
    const match = c.req.header('if-none-match');
    if (match && match.split(',').some((t) => t.trim().replace(/^W\//, '') === body.etag)) return c.body(null, 304, headers);
    if (/\bgzip\b/.test(c.req.header('accept-encoding') ?? '')) {
      return c.body(body.gz as Uint8Array<ArrayBuffer>, 200, { ...headers, 'Content-Type': 'application/json; charset=UTF-8', 'Content-Encoding': 'gzip' });
    }
    return c.body(body.json, 200, { ...headers, 'Content-Type': 'application/json; charset=UTF-8' });
  });
  app.get(path('getEvent'), (c) => {
    const id = idParam(c);
    const f = store.fused(id);
    if (!f || f.kind !== 'event') throw ApiProblem.notFound(`no fused event ${id}`);
    return c.json(f.record);
  });

  app.get(path('listPlaces'), (c) => {
    const { limit, cursor, ...f } = parseQuery(c, ROUTES.listPlaces.query);
    return c.json(lists.places(f, { limit, cursor }));
  });
  app.get(path('search'), (c) => {
    const { q, limit, cursor } = parseQuery(c, ROUTES.search.query);
    return c.json(lists.search(q, { limit, cursor }));
  });
  app.get(path('brief'), (c) => {
    const q = parseQuery(c, ROUTES.brief.query);
    return c.json(buildBrief(fusedFor(q.since, q.until), q));
  });
  app.get(path('export'), (c) => {
    const q = parseQuery(c, ROUTES.export.query);
    if (q.type && !EVENT_TYPES().includes(q.type)) throw new ApiProblem('invalid-parameter', `invalid parameter type — must be one of ${EVENT_TYPES().join(', ')}`);
    const all = store.fusedInPeriod(undefined, undefined);
    const body = writeExport(q.format, scopeState(all, q), all, { located: q.located === 'true', acledNumeric: q.acled_numeric === 'true', baseUrl: new URL(c.req.url).origin });
    return c.body(body, 200, { 'Content-Type': EXPORT_MEDIA[q.format].type, 'Content-Disposition': `inline; filename="sitrep.${EXPORT_MEDIA[q.format].ext}"` });
  });
  app.get(path('openapi'), (c) => {
    openapi ??= JSON.stringify(buildOpenApi());
    return c.body(openapi, 200, { 'Content-Type': 'application/json; charset=UTF-8' });
  });

  // Known paths with other methods: 405 with Allow, not 404.
  const methods = new Map<string, string[]>();
  for (const r of Object.values(ROUTES)) methods.set(r.path, [...(methods.get(r.path) ?? []), r.method.toUpperCase()]);
  for (const [p, m] of methods) {
    app.all(p, (c) => {
      const allow = [...m, ...(m.includes('GET') ? ['HEAD'] : [])].join(', ');
      throw new ApiProblem('method-not-allowed', `${c.req.method} is not allowed on ${p}; use ${allow}`, { headers: { Allow: allow } });
    });
  }
  return app;
}
