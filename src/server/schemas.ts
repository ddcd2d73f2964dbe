import { z } from 'zod';
import { EXPORT_FORMATS } from '../report/exports.js';
import type { Analysis, EventType, PlaceKind } from '../extract/types.js';
import type { FusedClaim, FusedEvent } from '../fuse/fuse.js';
import type { FusedStatus } from '../fuse/status.js';
import type { DocumentSummary, SearchHit } from '../store/store.js';
import type { Brief } from '../report/brief.js';

/**
 * Zod schemas for everything the HTTP API reads and writes. The same objects validate requests in
 * app.ts and generate the OpenAPI document in openapi.ts, so the two cannot drift apart. Response
 * schemas are checked against the TypeScript types at compile time (see the end of this file).
 */

// Names for reusable schemas: openapi.ts emits them as components and refers to them with $ref.
export const SCHEMA_NAMES = new Map<z.ZodTypeAny, string>();
const named = <T extends z.ZodTypeAny>(name: string, schema: T): T => { SCHEMA_NAMES.set(schema, name); return schema; };

// ---------------------------------------------------------------- enumerations

export const FUSED_STATUSES = ['unverified', 'corroborated', 'confirmed', 'disputed', 'denied'] as const satisfies readonly FusedStatus[];
export const EVENT_TYPES = ['strike', 'drone_attack', 'shelling', 'ground_advance', 'territorial_claim', 'civilian_casualties',
  'infrastructure_damage', 'airport_disruption', 'talks', 'other'] as const satisfies readonly EventType[];
export const PLACE_KINDS = ['city', 'region', 'country', 'facility'] as const satisfies readonly PlaceKind[];
const DOC_CLAIM_STATUSES = ['unverified', 'confirmed', 'denied', 'disputed', 'unstated'] as const;
const EVIDENCE_KINDS = ['assert', 'echo', 'corroborate', 'confirm', 'deny', 'dispute', 'could-not-verify', 'not-corroborated'] as const;
const STANCES = ['confirms', 'could-not-verify', 'not-corroborated', 'denies', 'disputes'] as const;
const FORMATS = ['text', 'markdown', 'html', 'json', 'jsonl', 'rss', 'atom', 'telegram'] as const;

const oneOf = (values: readonly string[]) => ({ errorMap: (_i: z.ZodIssueOptionalMessage, ctx: { data: unknown }) => ({ message: `must be one of ${values.join(', ')}; got "${String(ctx.data)}"` }) });

// ---------------------------------------------------------------- query and path parameters

export const MAX_LIMIT = 500;
export const DEFAULT_LIMIT = 50;

const isoDay = (what: string) => z.string({ invalid_type_error: 'must be a date as YYYY-MM-DD' })
  .date(`must be a calendar date as YYYY-MM-DD`)
  .describe(what);

/** `limit`: a whole number 1–500; strings from the query are converted only when they are all digits. */
const limit = z.preprocess(
  (v) => (typeof v === 'string' && /^\d{1,6}$/.test(v) ? Number(v) : v),
  z.number({ invalid_type_error: `must be a whole number from 1 to ${MAX_LIMIT}` }).int()
    .min(1, `must be a whole number from 1 to ${MAX_LIMIT}`).max(MAX_LIMIT, `must be a whole number from 1 to ${MAX_LIMIT}`),
).default(DEFAULT_LIMIT).describe(`page size (1–${MAX_LIMIT})`);

const cursor = z.string().min(1).max(1024).regex(/^[A-Za-z0-9_-]+$/, 'is not a cursor this API issued (expected the next_cursor of a previous page)')
  .optional().describe('opaque: the next_cursor of the previous page, with the same filters');

const view = z.enum(['full', 'summary'], oneOf(['full', 'summary'])).default('full')
  .describe('full: the fused records with every report and piece of evidence; summary: the same without them (counts instead), for lists');

const text = (what: string, max = 200) => z.string().trim().min(1, 'must not be empty').max(max, `must be at most ${max} characters`).describe(what);
const country = z.string().regex(/^[A-Za-z]{2}$/, 'must be a two-letter ISO 3166-1 country code (UA, RU, …)')
  .transform((s) => s.toUpperCase()).describe('ISO 3166-1 alpha-2 country code');

/** since ≤ until, checked on the whole query so the error names `until`. */
const ordered = <T extends { since?: string; until?: string }>(q: T, ctx: z.RefinementCtx) => {
  if (q.since && q.until && q.since > q.until) ctx.addIssue({ code: z.ZodIssueCode.custom, path: ['until'], message: `must not be before since (${q.since})` });
};

export const DocumentsQuery = z.object({
  since: isoDay('published on or after this day').optional(),
  until: isoDay('published on or before this day').optional(),
  outlet: text('outlet name, exact match ignoring case').optional(),
  limit,
  cursor,
}).superRefine(ordered);

export const ClaimsQuery = z.object({
  status: z.enum(FUSED_STATUSES, oneOf(FUSED_STATUSES)).optional().describe('fused status (as of `as_of` when given)'),
  side: z.string().regex(/^[A-Za-z0-9_.-]{1,40}$/, 'must be a side code such as UA, RU or neutral').optional().describe('claimant side from the actor registry (UA, RU, neutral, …)'),
  claimant: text('claimant name (substring, ignoring case) or actor id').optional(),
  region: text('admin-1 region (substring, ignoring case) of an event the claim asserts').optional(),
  since: isoDay('first reported on or after this day').optional(),
  until: isoDay('first reported on or before this day').optional(),
  as_of: isoDay('the claims as they stood at the end of this day: later evidence and reports are left out and status is recomputed').optional(),
  view,
  limit,
  cursor,
}).superRefine(ordered);

export const AsOfQuery = z.object({
  as_of: isoDay('as it stood at the end of this day').optional(),
});

/** What selects events: the list (/api/events) and the points view take the same filters. */
const eventFilters = {
  type: z.enum(EVENT_TYPES, oneOf(EVENT_TYPES)).optional().describe('event type'),
  country: country.optional(),
  region: text('admin-1 region (substring, ignoring case)').optional(),
  since: isoDay('events ending on or after this day').optional(),
  until: isoDay('events starting on or before this day').optional(),
};

export const EventsQuery = z.object({ ...eventFilters, view, limit, cursor }).superRefine(ordered);

/** The filters of /api/events without paging: the points view answers every incident at once. */
export const EventPointsQuery = z.object(eventFilters).superRefine(ordered);

export const PlacesQuery = z.object({
  country: country.optional(),
  admin1: text('admin-1 region (substring, ignoring case)').optional(),
  kind: z.enum(PLACE_KINDS, oneOf(PLACE_KINDS)).optional().describe('place kind'),
  since: isoDay('mentioned in documents published on or after this day').optional(),
  until: isoDay('mentioned in documents published on or before this day').optional(),
  limit,
  cursor,
}).superRefine(ordered);

export const SearchQuery = z.object({
  q: text('words to find (each word matches as a prefix)', 500),
  limit,
  cursor,
});

export const BriefQuery = z.object({
  since: isoDay('period start (default: no start)').optional(),
  until: isoDay('period end, and the day the picture is taken as of (default: no end)').optional(),
  country: country.optional(),
  region: text('first-level region (substring of its English name, ignoring case)').optional(),
  top: z.preprocess((v) => (typeof v === 'string' && /^\d{1,4}$/.test(v) ? Number(v) : v),
    z.number({ invalid_type_error: 'must be a whole number from 0 to 100' }).int().min(0, 'must be a whole number from 0 to 100').max(100, 'must be a whole number from 0 to 100'))
    .default(10).describe('how many key developments'),
}).superRefine(ordered);

export const ExportQuery = z.object({
  format: z.enum(EXPORT_FORMATS, { errorMap: () => ({ message: `must be one of ${EXPORT_FORMATS.join(', ')}` }) }).describe('export format'),
  since: isoDay('events ending / claims first reported on or after (default: no start)').optional(),
  until: isoDay('events starting / claims first reported on or before (default: no end)').optional(),
  country: country.optional(),
  region: text('first-level region (substring of its English name, ignoring case)').optional(),
  type: text('event type (strike, drone_attack, shelling, …)', 40).optional(),
  acled_numeric: z.enum(['true', 'false']).optional().describe("acled-csv: ACLED's legacy numeric actor types"),
  located: z.enum(['true', 'false']).optional().describe('geojson: leave out events without coordinates'),
}).superRefine(ordered);

export const IngestQuery = z.object({
  url: z.string().url('must be an absolute URL').max(2000).optional().describe('URL of the article, when the body does not say'),
  outlet: text('outlet, when the body does not say').optional(),
  title: text('title, when the body does not say', 500).optional(),
  published: isoDay('publication day, when neither the metadata nor the text gives one').optional(),
});

export const IdParam = z.object({
  id: z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, 'must be an id (letters, digits, - and _)').describe('id, or a unique prefix of one'),
});

// ---------------------------------------------------------------- request bodies

const optStr = z.union([z.string(), z.number()]).nullable().optional();

/**
 * One article as JSON: our shape `{id?, url?, outlet?, title?, published?, text}` or the common crawler
 * shape (`maintext`, `date_publish`, `source_domain`). Other members are kept and ignored.
 */
export const ArticleJson = named('ArticleJson', z.object({
  id: optStr.describe('the outlet\'s own id'),
  url: z.string().max(2000).nullable().optional(),
  outlet: optStr,
  title: z.string().nullable().optional(),
  published: optStr.describe('publication date (anything a date parser understands)'),
  text: z.string().optional().describe('the article text (HTML fragments are read as HTML)'),
  maintext: z.string().optional().describe('crawler shape: the article text'),
  date_publish: optStr.describe('crawler shape: publication date'),
  source_domain: z.string().nullable().optional().describe('crawler shape: outlet domain'),
}).passthrough().superRefine((o, ctx) => {
  const body = [o.text, o.maintext, o.content, o.body, o.articleBody, o.article_text].find((v) => typeof v === 'string');
  if (typeof body !== 'string') ctx.addIssue({ code: z.ZodIssueCode.custom, path: ['text'], message: 'an article needs its text (text, or maintext in the crawler shape)' });
  else if (!body.trim()) ctx.addIssue({ code: z.ZodIssueCode.custom, path: ['text'], message: 'article text is empty' });
}));

export const MAX_BATCH = 100;
export const IngestJsonBody = z.union([ArticleJson, z.array(ArticleJson).min(1, 'holds no articles').max(MAX_BATCH, `at most ${MAX_BATCH} articles per request`)]);

// ---------------------------------------------------------------- responses

const span = named('Span', z.object({ start: z.number().int(), end: z.number().int() }).describe('half-open character range into document.text'));
const quote = named('Quote', z.object({ start: z.number().int(), end: z.number().int(), text: z.string() }));
const actorRef = named('ActorRef', z.object({ id: z.string(), name: z.string(), side: z.string(), type: z.string() }));
const dateRange = named('DateRange', z.object({
  start: z.string(), end: z.string(), precision: z.enum(['day', 'week', 'month', 'year']), text: z.string().optional(), span: span.optional(),
}));
const count = named('Count', z.object({ min: z.number().nullable(), max: z.number().nullable(), text: z.string().optional() }));
const resolvedPlace = {
  name: z.string(), geonameId: z.number().int().nullable(), lat: z.number().nullable(), lon: z.number().nullable(),
  country: z.string().nullable(), admin1: z.string().nullable(), admin1Code: z.string().nullable(), admin1Acled: z.string().nullable(),
  kind: z.enum(PLACE_KINDS), precision: z.union([z.literal(1), z.literal(2), z.literal(3)]),
};
const eventPlace = named('EventPlace', z.object({ ...resolvedPlace, mention: z.string() }));
const place = named('Place', z.object({ ...resolvedPlace, mention: z.string(), span, sentence: z.number().int(), why: z.string() }));

const claim = named('Claim', z.object({
  id: z.string(),
  claimant: z.object({ name: z.string(), span, actor: actorRef.nullable() }),
  quote, content: span, verb: z.string(), hedges: z.array(z.string()), sentence: z.number().int(), rule: z.string(),
  verification: z.object({ status: z.enum(DOC_CLAIM_STATUSES), statements: z.array(z.number().int()) }),
  events: z.array(z.number().int()),
}));
const verification = named('Verification', z.object({
  by: z.object({ name: z.string(), actor: actorRef.nullable() }).nullable(),
  stance: z.enum(STANCES), asOf: z.string().nullable(), span, text: z.string(), sentence: z.number().int(), cue: z.string(), claims: z.array(z.number().int()),
}));
const event = named('Event', z.object({
  id: z.string(), type: z.enum(EVENT_TYPES), subtype: z.string().nullable(), actor: z.string().nullable(), place: eventPlace.nullable(),
  date: dateRange.nullable(), killed: count.nullable(), injured: count.nullable(), children: count.nullable(), civilian: z.boolean().nullable(),
  scope: z.enum(['incident', 'aggregate']), tollShared: z.boolean().optional().describe('the toll was given for several places at once'),
  status: z.literal('planned').optional(), quote, sentence: z.number().int(), trigger: z.string(),
  claim: z.number().int().nullable(),
  acled: z.object({ event_type: z.string(), sub_event_type: z.string(), disorder_type: z.string() }),
  plover: z.object({ event: z.string(), mode: z.string() }),
}));
const document = named('Document', z.object({
  id: z.string().describe('content hash (16 hex digits)'), externalId: z.string().nullable(), url: z.string().nullable(), outlet: z.string().nullable(),
  title: z.string().nullable(), section: z.string().nullable(), author: z.string().nullable(), published: z.string().nullable().describe('YYYY-MM-DD'),
  publishedFrom: z.enum(['metadata', 'dateline', 'caption', 'option']).nullable(), format: z.enum(FORMATS), origin: z.string(),
  text: z.string().describe('the cleaned text; every offset refers to it'),
  paragraphs: z.array(z.object({ start: z.number().int(), end: z.number().int(), kind: z.enum(['body', 'heading', 'bullet', 'caption']) })),
  sentences: z.array(z.object({ start: z.number().int(), end: z.number().int(), paragraph: z.number().int() })),
  sources: z.array(z.string()), imageCredits: z.array(z.string()),
  messages: z.array(z.object({ reason: z.string(), ruleId: z.string(), severity: z.enum(['info', 'warning', 'error']), span: span.optional() })),
}));
export const AnalysisSchema = named('Analysis', z.object({
  document, claims: z.array(claim), verifications: z.array(verification), events: z.array(event), places: z.array(place),
}).describe('one stored document and everything extracted from it'));

export const DocumentSummarySchema = named('DocumentSummary', z.object({
  id: z.string(), title: z.string().nullable(), outlet: z.string().nullable(), published: z.string().nullable(), url: z.string().nullable(),
  versionOf: z.string().nullable().describe('the earlier version this one replaced'), supersededBy: z.string().nullable(),
}));

const reportFields = {
  documentId: z.string(), url: z.string().nullable(), outlet: z.string().nullable(), published: z.string().nullable(),
  quote: z.string(), start: z.number().int(), end: z.number().int(),
  source: z.string().describe('independence family (wire, outlet, domain, or unknown:<doc>)'),
  finding: z.number().int().describe("the finding's index among its document's events (or claims)"),
  copyGroup: z.string().describe('near-duplicate copies of one story share a group'),
};
const report = named('Report', z.object(reportFields));
const sourcedCount = named('SourcedCount', z.object({
  low: z.number().nullable(), best: z.number().nullable().describe('the latest report\'s figure; never a sum'), high: z.number().nullable(),
  bySource: z.array(z.object({ source: z.string(), documentId: z.string(), published: z.string().nullable(), min: z.number().nullable(), max: z.number().nullable() })),
}));
export const FusedEventSchema = named('FusedEvent', z.object({
  id: z.string(), type: z.enum(EVENT_TYPES), subtype: z.string().nullable(), actor: z.string().nullable(), place: eventPlace.nullable(),
  date: dateRange.nullable(), scope: z.enum(['incident', 'aggregate']), killed: sourcedCount.nullable(), injured: sourcedCount.nullable(),
  reports: z.array(report), sourceCount: z.number().int().describe('independent families behind it'),
  hypothetical: z.boolean().optional().describe('every report tells of it only as a possibility ("If true, …")'),
  acled: z.object({ event_type: z.string(), sub_event_type: z.string(), disorder_type: z.string() }),
  plover: z.object({ event: z.string(), mode: z.string() }),
}).describe('one incident fused across reports'));

const evidence = named('Evidence', z.object({
  date: z.string().nullable(), kind: z.enum(EVIDENCE_KINDS), who: z.string(), whoName: z.string(), side: z.string().nullable(), type: z.string().nullable(),
  docId: z.string(), outlet: z.string().nullable(), url: z.string().nullable(), text: z.string().describe('the exact sentence or clause'),
  start: z.number().int(), end: z.number().int(),
  orphan: z.boolean().optional().describe('a statement from a report that holds no claim it speaks of, reached by names and days'),
}));
const statusChange = named('StatusChange', z.object({
  date: z.string().nullable(), status: z.enum(FUSED_STATUSES), because: z.array(z.number().int()).describe('indices into evidence'),
}));
export const FusedClaimSchema = named('FusedClaim', z.object({
  id: z.string(),
  claimant: z.object({ name: z.string(), actorId: z.string().nullable(), side: z.string().nullable(), type: z.string().nullable() }),
  text: z.string(), assertion: z.string().optional().describe('what is asserted, without the attribution'), events: z.array(z.string()).describe('fused event ids the claim asserts'),
  reports: z.array(z.object({ ...reportFields, claimant: z.string() })),
  evidence: z.array(evidence), status: z.enum(FUSED_STATUSES), statusHistory: z.array(statusChange), firstReported: z.string().nullable(),
}).describe('one claim fused across reports, its status derived from the evidence'));

export const ExplainSchema = named('ClaimExplanation', z.object({
  id: z.string(), as_of: z.string().nullable(), status: z.enum(FUSED_STATUSES),
  lines: z.array(z.string()).describe('plain-language explanation, one sentence per line'),
  evidence: z.array(evidence), statusHistory: z.array(statusChange),
}));

export const ClaimSummarySchema = named('ClaimSummary', z.object({
  id: z.string(),
  claimant: z.object({ name: z.string(), actorId: z.string().nullable(), side: z.string().nullable(), type: z.string().nullable() }),
  text: z.string(), status: z.enum(FUSED_STATUSES), firstReported: z.string().nullable(),
  lastReported: z.string().nullable().describe('publication date of the latest dated report (as of `as_of` when given)'), events: z.array(z.string()),
  statusHistory: z.array(z.object({ date: z.string().nullable(), status: z.enum(FUSED_STATUSES) })),
  reportCount: z.number().int(), storyCount: z.number().int().describe('distinct stories (near-duplicate copies count once)'),
  sourceCount: z.number().int().describe('distinct source families'), evidenceCount: z.number().int(),
}).describe('a fused claim without its reports and evidence (view=summary)'));
export type ClaimSummary = z.infer<typeof ClaimSummarySchema>;

export const EventSummarySchema = named('EventSummary', z.object({
  id: z.string(), type: z.enum(EVENT_TYPES), subtype: z.string().nullable(), actor: z.string().nullable(), place: eventPlace.nullable(),
  date: dateRange.nullable(), scope: z.enum(['incident', 'aggregate']),
  killed: z.object({ low: z.number().nullable(), best: z.number().nullable(), high: z.number().nullable() }).nullable(),
  injured: z.object({ low: z.number().nullable(), best: z.number().nullable(), high: z.number().nullable() }).nullable(),
  sourceCount: z.number().int(), reportCount: z.number().int(),
}).describe('a fused event without its reports (view=summary)'));
export type EventSummary = z.infer<typeof EventSummarySchema>;

const pointPlace = named('PointPlace', z.object({
  name: z.string(), country: z.string().nullable(), admin1: z.string().nullable(), kind: z.enum(PLACE_KINDS),
  lat: z.number().nullable(), lon: z.number().nullable(),
}));
const column = <T extends z.ZodTypeAny>(of: T, what: string) => z.array(of).describe(`${what}, one per incident`);
export const EventPointsSchema = named('EventPoints', z.object({
  count: z.number().int().describe('how many incidents (the length of every per-incident array)'),
  types: z.array(z.enum(EVENT_TYPES)).describe('the event types the `type` column points into'),
  days: z.array(z.string()).describe('the days (YYYY-MM-DD) the `start` and `end` columns point into, in order'),
  places: z.array(pointPlace).describe('the distinct places the `place` column points into'),
  id: column(z.string(), 'fused event id'),
  type: column(z.number().int(), 'index into types'),
  place: column(z.number().int().nullable(), 'index into places (null: no place)'),
  start: column(z.number().int().nullable(), 'first day, index into days (null: undated)'),
  end: column(z.number().int().nullable(), 'last day, index into days (null: undated)'),
  killed: column(z.number().nullable(), 'best estimate of the killed (null: none reported)'),
}).describe('every fused event matching the filters as parallel arrays (columns), in the order of /api/events; '
  + 'what a map, a timeline or a count needs, without reports'));
export type EventPoints = z.infer<typeof EventPointsSchema>;

export const DocumentFusedSchema = named('DocumentFused', z.object({
  document: z.string().describe('the document id'),
  items: z.array(z.object({
    kind: z.enum(['event', 'claim']), id: z.string().describe('the fused event or claim'),
    finding: z.number().int().describe("the finding's index in the document's events (or claims)"),
    start: z.number().int(), end: z.number().int(),
  }).describe("one of the document's findings and the fused record it is a report of")).describe('ordered by start, then kind and id'),
}).describe('the fused incidents and claims a document reports, finding by finding'));
export type DocumentFused = z.infer<typeof DocumentFusedSchema>;

export const SearchHitSchema = named('SearchHit', z.object({
  id: z.string(), title: z.string().nullable(), outlet: z.string().nullable(), published: z.string().nullable(),
  snippet: z.string().describe('matching passage; matches in [brackets]'),
}));

export const PlaceSummarySchema = named('PlaceSummary', z.object({
  key: z.string().describe('stable key of the place (country|admin1|name|kind|geonameid)'),
  name: z.string(), country: z.string().nullable(), admin1: z.string().nullable(), kind: z.string(), geonameId: z.number().int().nullable(),
  lat: z.number().nullable(), lon: z.number().nullable(),
  mentions: z.number().int().describe('mentions across current documents'), documents: z.number().int().describe('documents mentioning it'),
  firstSeen: z.string().nullable(), lastSeen: z.string().nullable(), aliases: z.array(z.string()).describe('distinct spellings as written'),
}));

const citation = named('Citation', z.object({
  outlet: z.string().nullable(), date: z.string().nullable(), url: z.string().nullable(), documentId: z.string(),
  start: z.number().int(), end: z.number().int(), quote: z.string().describe('the exact sentence, offsets into the document text'),
}));
const figure = named('Figure', z.object({ low: z.number().nullable(), best: z.number().nullable(), high: z.number().nullable() }));
export const BriefSchema = named('Brief', z.object({
  title: z.string(),
  period: z.object({ since: z.string().nullable(), until: z.string().nullable() }),
  scope: z.object({ since: z.string().optional(), until: z.string().optional(), country: z.string().optional(), region: z.string().optional(), type: z.string().optional() }),
  counts: z.object({ events: z.number().int(), claims: z.number().int(), reports: z.number().int() }),
  keyDevelopments: z.array(z.object({
    kind: z.enum(['event', 'claim', 'status']), id: z.string().describe('fused event or claim id'), score: z.number(),
    segments: z.array(z.object({ text: z.string(), cite: z.number().int().optional().describe('index into citations; absent for our own words') })),
    text: z.string(), citations: z.array(citation),
  })),
  awaitingVerification: z.array(z.object({
    id: z.string(), claimant: z.string(), side: z.string().nullable(), firstReported: z.string().nullable(),
    reports: z.number().int(), stories: z.number().int(), citation,
  })),
  awaitingTotal: z.number().int(),
  statusChanges: z.array(z.object({
    claimId: z.string(), date: z.string().nullable(), from: z.enum(FUSED_STATUSES).nullable(), to: z.enum(FUSED_STATUSES), claimant: z.string(), claim: citation,
    because: z.array(citation.extend({ who: z.string(), kind: z.enum(EVIDENCE_KINDS) })),
  })),
  casualties: z.array(z.object({
    country: z.string().nullable(), region: z.string(), aggregate: z.boolean().describe('a tally over several incidents: shown, never added'), events: z.array(z.string()),
    killed: figure.nullable(), injured: figure.nullable(),
    sources: z.array(z.object({ outlet: z.string(), documentId: z.string(), url: z.string().nullable(), date: z.string().nullable() })),
  })),
}).describe('the situation brief (src/report/brief.ts), as `sitrep brief --format json` prints it'));

const ingestItem = named('IngestItem', z.object({
  origin: z.string(), status: z.enum(['new', 'version', 'unchanged', 'failed']), id: z.string().nullable(),
  previous: z.string().nullable().describe('for a new version: the document it replaces'), reason: z.string().nullable(),
  title: z.string().nullable(), published: z.string().nullable(), claims: z.number().int(), events: z.number().int(), places: z.number().int(),
}));
export const IngestResultSchema = named('IngestResult', z.object({
  items: z.array(ingestItem),
  counts: z.object({ new: z.number().int(), versions: z.number().int(), unchanged: z.number().int(), failed: z.number().int() }),
  fusion: z.object({ documents: z.number().int(), full: z.boolean() }).describe('documents re-fused'),
}));

export const ProblemSchema = named('Problem', z.object({
  type: z.string().describe('URI naming the kind of problem'), title: z.string(), status: z.number().int(), detail: z.string(), instance: z.string(),
  errors: z.array(z.object({ in: z.enum(['query', 'path', 'header', 'body']), name: z.string(), detail: z.string() })).optional(),
}).passthrough().describe('RFC 9457 problem details'));

export const page = <T extends z.ZodTypeAny>(name: string, item: T) => named(name, z.object({
  items: z.array(item),
  next_cursor: z.string().nullable().describe('pass as cursor for the next page; null on the last page'),
}));

// ---------------------------------------------------------------- the route table

export type Method = 'get' | 'post';
export interface RouteSpec {
  method: Method;
  /** Hono style (`:id`); openapi.ts rewrites it to `{id}`. */
  path: string;
  summary: string;
  description?: string;
  query?: z.ZodTypeAny;
  params?: z.ZodTypeAny;
  /** Request bodies by media type; `null` schema = any content of that type. */
  body?: Record<string, z.ZodTypeAny | null>;
  responses: Record<number, { description: string; schema?: z.ZodTypeAny }>;
  write?: boolean;
}

const notFound = { 404: { description: 'no such record' } };

export const ROUTES = {
  listDocuments: { method: 'get', path: '/api/documents', summary: 'List stored documents, newest first', query: DocumentsQuery,
    description: 'Current versions only. Ordered by (published descending, id); undated documents come last.',
    responses: { 200: { description: 'a page of documents', schema: page('DocumentPage', DocumentSummarySchema) } } },
  getDocument: { method: 'get', path: '/api/documents/:id', summary: 'One document with its claims, events, places and verification statements', params: IdParam,
    responses: { 200: { description: 'the document and its analysis', schema: AnalysisSchema }, ...notFound } },
  documentFused: { method: 'get', path: '/api/documents/:id/fused', summary: "The fused incidents and claims a document's findings are reports of", params: IdParam,
    description: 'Each event and claim found in the document that fusion placed in a fused record, with that record\'s id and the finding\'s quote span.',
    responses: { 200: { description: 'the findings and their fused records', schema: DocumentFusedSchema }, ...notFound } },
  ingest: { method: 'post', path: '/api/documents', summary: 'Ingest an article (JSON, HTML, text, Markdown, RSS/Atom or JSON Lines)', query: IngestQuery, write: true,
    description: 'The body is read by the same readers as `sitrep ingest`; the stored documents are fused with the rest. 201 when anything was stored, 200 when every item was already stored.',
    body: {
      'application/json': IngestJsonBody, 'application/x-ndjson': null, 'text/html': null, 'text/plain': null, 'text/markdown': null,
      'application/rss+xml': null, 'application/atom+xml': null, 'application/xml': null,
    },
    responses: {
      201: { description: 'stored (some items may have failed; see items)', schema: IngestResultSchema },
      200: { description: 'nothing new: every item was already stored', schema: IngestResultSchema },
      413: { description: 'body larger than the limit' }, 415: { description: 'unsupported content type' }, 422: { description: 'nothing in the body could be ingested' },
    } },
  listClaims: { method: 'get', path: '/api/claims', summary: 'Claims fused across documents, with their derived status', query: ClaimsQuery,
    description: 'Ordered by (first reported, id); claims never dated come first.',
    responses: { 200: { description: 'a page of fused claims (or claim summaries with view=summary)', schema: page('ClaimPage', z.union([FusedClaimSchema, ClaimSummarySchema])) } } },
  getClaim: { method: 'get', path: '/api/claims/:id', summary: 'One fused claim', params: IdParam, query: AsOfQuery,
    responses: { 200: { description: 'the fused claim', schema: FusedClaimSchema }, ...notFound } },
  explainClaim: { method: 'get', path: '/api/claims/:id/explain', summary: 'Why a claim has its status, in plain sentences, with the evidence', params: IdParam, query: AsOfQuery,
    responses: { 200: { description: 'the explanation', schema: ExplainSchema }, ...notFound } },
  listEvents: { method: 'get', path: '/api/events', summary: 'Events fused across documents', query: EventsQuery,
    description: 'Ordered by (start date, id); undated events come first.',
    responses: { 200: { description: 'a page of fused events (or event summaries with view=summary)', schema: page('EventPage', z.union([FusedEventSchema, EventSummarySchema])) } } },
  eventPoints: { method: 'get', path: '/api/events/points', summary: 'Every fused event matching the filters at once, as compact columns for a map and timeline', query: EventPointsQuery,
    description: 'Not paged: one answer per filter set, in the order of /api/events (start date, id), with no reports or summaries. '
      + 'Carries an ETag that changes with the stored data: send it back as If-None-Match to get 304 Not Modified. '
      + 'Gzipped when the client accepts gzip. GET /api/events/{id} has the rest of an incident.',
    responses: { 200: { description: 'the incidents as columns', schema: EventPointsSchema }, 304: { description: 'not modified since the ETag given in If-None-Match' } } },
  getEvent: { method: 'get', path: '/api/events/:id', summary: 'One fused event', params: IdParam,
    responses: { 200: { description: 'the fused event', schema: FusedEventSchema }, ...notFound } },
  listPlaces: { method: 'get', path: '/api/places', summary: 'Places mentioned in current documents, with mention and document counts', query: PlacesQuery,
    description: 'Ordered by (documents descending, key).',
    responses: { 200: { description: 'a page of places', schema: page('PlacePage', PlaceSummarySchema) } } },
  search: { method: 'get', path: '/api/search', summary: 'Full-text search with highlighted snippets', query: SearchQuery,
    description: 'Ordered by relevance (BM25), then id.',
    responses: { 200: { description: 'a page of hits', schema: page('SearchPage', SearchHitSchema) } } },
  brief: { method: 'get', path: '/api/brief', summary: 'Situation brief for a period: key developments quoting their sources, claims awaiting verification, status changes, casualties by region', query: BriefQuery,
    description: 'The same brief as `sitrep brief --format json`. Without since/until it covers all reporting.',
    responses: { 200: { description: 'the briefing', schema: BriefSchema } } },
  export: { method: 'get', path: '/api/export', summary: 'Export fused events and claims: ACLED-style CSV, GeoJSON, PLOVER JSON Lines, schema.org ClaimReview JSON-LD, or JSON Lines', query: ExportQuery,
    description: 'The same files as `sitrep export --format …`, for the period and place asked for. ClaimReview urls point at this server.',
    responses: { 200: { description: 'the export, in the format\'s media type (text/csv, application/geo+json, application/x-ndjson, application/ld+json)' } } },
  openapi: { method: 'get', path: '/api/openapi.json', summary: 'This OpenAPI document',
    responses: { 200: { description: 'OpenAPI 3.1 document' } } },
} satisfies Record<string, RouteSpec>;

export type RouteName = keyof typeof ROUTES;

// ---------------------------------------------------------------- compile-time checks: what we send satisfies what we document

const conforms = <T>() => <S extends z.ZodTypeAny>(_s: S, _f: (x: T) => z.output<S>) => true;
export const TYPE_CHECKS = [
  conforms<Analysis>()(AnalysisSchema, (x) => x),
  conforms<DocumentSummary>()(DocumentSummarySchema, (x) => x),
  conforms<FusedClaim>()(FusedClaimSchema, (x) => x),
  conforms<FusedEvent>()(FusedEventSchema, (x) => x),
  conforms<SearchHit>()(SearchHitSchema, (x) => x),
  conforms<Brief>()(BriefSchema, (x) => x),
];
