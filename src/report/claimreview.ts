import type { FusedClaim } from '../fuse/fuse.js';
import { explainClaim } from '../fuse/explain.js';
import type { FusedStatus } from '../fuse/status.js';
import { actors } from '../resolve/actors.js';

/**
 * schema.org ClaimReview as JSON-LD: one review per fused claim, in an @graph under the schema.org
 * context, as Google's fact-check markup asks: `url` (the claim's page in sitrep's API), `claimReviewed`
 * (the claim itself, short, without "X said"), `reviewRating` with a number on a five-point scale
 * (denied 1, disputed 2, unverified 3, corroborated 4, confirmed 5; bestRating 5, worstRating 1), the status
 * word as `alternateName` and one or two sentences of `ratingExplanation`, and the reviewing organisation as
 * `author`. Every node also has an @id (a urn:sitrep: name).
 */

export const SCHEMA_CONTEXT = 'https://schema.org';

export interface CreativeWork {
  '@type': 'CreativeWork';
  '@id': string;
  url?: string;
  /** The sitrep document id; the @id adds the sentence's character span. */
  identifier: string;
  datePublished?: string;
  publisher?: { '@type': 'Organization'; name: string };
  text: string;
}

export interface ClaimReviewNode {
  '@type': 'ClaimReview';
  '@id': string;
  claimReviewed: string;
  itemReviewed: {
    '@type': 'Claim';
    author: { '@type': 'Person' | 'Organization'; name: string };
    datePublished?: string;
    appearance: CreativeWork[];
    firstAppearance?: { '@id': string };
  };
  url: string;
  reviewRating: { '@type': 'Rating'; ratingValue: number; bestRating: 5; worstRating: 1; alternateName: FusedStatus; ratingExplanation: string };
  author: { '@type': 'Organization'; name: string; url?: string };
  datePublished?: string;
}

export interface ClaimReviewDocument { '@context': typeof SCHEMA_CONTEXT; '@graph': ClaimReviewNode[] }

/** A registry entry with a role or a parent body is a person (a governor, a spokesman); the rest, and unknown speakers, are organisations. */
function authorType(c: FusedClaim): 'Person' | 'Organization' {
  const a = c.claimant.actorId ? actors().byId.get(c.claimant.actorId) : undefined;
  return a && (a.role || a.memberOf) ? 'Person' : 'Organization';
}

/**
 * Who made the claim, by name: the registry's name for a known speaker ("Russian Ministry of Defence", not
 * "the agency's press service" or "the ministry"); an unknown one as written, without a leading article.
 */
function authorName(c: FusedClaim): string {
  const a = c.claimant.actorId ? actors().byId.get(c.claimant.actorId) : undefined;
  if (a) return a.name;
  const bare = c.claimant.name.replace(/^(the|a|an)\s+/i, '');
  return bare.charAt(0).toUpperCase() + bare.slice(1);
}

/** Status as a number on the review's five-point scale (Google's ClaimReview asks for ratingValue with best and worst). */
export const RATING: Record<FusedStatus, number> = { denied: 1, disputed: 2, unverified: 3, corroborated: 4, confirmed: 5 };

/** What was claimed, short: the sentence without its dateline and its "X said"; at most about 75 characters, cut at a word. */
export function shortClaim(c: FusedClaim, max = 75): string {
  // What the claim asserts, as extraction cut it out; the whole sentence when that cut is too short to stand alone.
  const own = c.assertion && c.assertion.split(/\s+/).length >= 4 ? c.assertion : null;
  let t = own ?? c.text;
  // A dateline: "KYIV, June 9 (Reuters) -", "KYIV, Ukraine (AP) —", "MOSCOW, June 10. /TASS/."
  t = t.replace(/^[A-Z][A-Z'./ ]+(?:,\s*[A-Z][A-Za-z.]*)*(?:,?\s*[A-Z][a-z]+\.?\s+\d{1,2})?\.?\s*(?:\([A-Za-z ]+\)|\/[A-Z]+\/\.?)\s*[-—–]?\s*/, '');
  if (!own) {
    t = t.replace(/,?\s+(?:according\s+to\b[^,.]*|(?:the\s+)?[A-Za-z'’ -]{0,80}?\s(?:said|says|reported|claimed|added|stated|announced)(?:\s+on\s+\w+)?)\s*[.]?$/i, '.');
    t = t.replace(/^(?:According\s+to\s+[^,]+,\s*|[A-Z][^,]{0,80}?\s(?:said|says|claimed|reported|announced|confirmed|denied)(?:\s+on\s+\w+)?(?:\s+that)?\s+)/, '');
  }
  t = t.replace(/\s+/g, ' ').trim().replace(/[.,;:]$/, '');
  t = t.charAt(0).toUpperCase() + t.slice(1);
  if (t.length <= max) return t;
  const cut = t.slice(0, max - 1);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), max / 2)).replace(/[,;:]$/, '')}…`;
}

/** One or two sentences: what the status means, and the evidence that last changed it. */
function ratingExplanation(c: FusedClaim): string {
  const lines = explainClaim(c);
  const meaning = lines[1]?.replace(/^Status: \w+ — /, '') ?? '';
  const last = c.statusHistory.at(-1);
  const why = last ? last.because.map((i) => c.evidence[i]).filter((e) => e && e.kind !== 'assert' && e.kind !== 'echo') : [];
  const first = meaning ? `${c.status.charAt(0).toUpperCase()}${c.status.slice(1)}: ${meaning.replace(/\.$/, '')}.` : `${c.status}.`;
  if (!why.length) return first;
  const who = [...new Set(why.map((e) => e.whoName))].slice(0, 3).join(', ');
  return `${first} Last changed on ${last!.date ?? 'an undated report'} by ${who}.`;
}

export interface ClaimReviewOptions {
  /** Where sitrep's API is served: each review's url is this plus /api/claims/<id>. */
  baseUrl?: string;
  /** The organisation publishing the reviews. */
  reviewer?: { name: string; url?: string };
}

const appearanceOf = (r: FusedClaim['reports'][number]): CreativeWork => ({
  '@type': 'CreativeWork',
  '@id': `urn:sitrep:document:${r.documentId}#${r.start}-${r.end}`,
  ...(r.url && /^https?:\/\//i.test(r.url) ? { url: r.url } : {}),
  identifier: r.documentId,
  ...(r.published ? { datePublished: r.published } : {}),
  ...(r.outlet ? { publisher: { '@type': 'Organization' as const, name: r.outlet } } : {}),
  text: r.quote,
});

/** The review is as of the last thing that could change it: the latest status change, else the latest evidence or report. */
function reviewDate(c: FusedClaim): string | undefined {
  const dates = [...c.statusHistory.map((h) => h.date), ...c.evidence.map((e) => e.date), ...c.reports.map((r) => r.published), c.firstReported].filter((d): d is string => !!d);
  return dates.sort().pop();
}

export function claimReview(c: FusedClaim, opts: ClaimReviewOptions = {}): ClaimReviewNode {
  const base = (opts.baseUrl ?? DEFAULT_BASE).replace(/\/+$/, '');
  const reviewer = opts.reviewer ?? { name: 'sitrep' };
  const appearance = c.reports.map(appearanceOf);
  const first = c.firstReported ?? undefined;
  return {
    '@type': 'ClaimReview',
    '@id': `urn:sitrep:claim:${c.id}`,
    url: `${base}/api/claims/${encodeURIComponent(c.id)}`,
    claimReviewed: shortClaim(c),
    itemReviewed: {
      '@type': 'Claim',
      author: { '@type': authorType(c), name: authorName(c) },
      ...(first ? { datePublished: first } : {}),
      appearance,
      // The first appearance is the claimant's own report, referenced by @id rather than repeated.
      ...(appearance[0] ? { firstAppearance: { '@id': appearance[0]['@id'] } } : {}),
    },
    reviewRating: { '@type': 'Rating', ratingValue: RATING[c.status], bestRating: 5, worstRating: 1, alternateName: c.status, ratingExplanation: ratingExplanation(c) },
    author: { '@type': 'Organization', name: reviewer.name, ...(reviewer.url ? { url: reviewer.url } : {}) },
    ...(reviewDate(c) ? { datePublished: reviewDate(c) } : {}),
  };
}

/** `sitrep serve`'s default address, for exports made away from a server. */
export const DEFAULT_BASE = 'http://localhost:8080';

export const toClaimReview = (claims: FusedClaim[], opts: ClaimReviewOptions = {}): ClaimReviewDocument => ({ '@context': SCHEMA_CONTEXT, '@graph': claims.map((c) => claimReview(c, opts)) });

export const claimReviewText = (claims: FusedClaim[], opts: ClaimReviewOptions = {}) => `${JSON.stringify(toClaimReview(claims, opts), null, 2)}\n`;
