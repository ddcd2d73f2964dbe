import type { FusedClaim } from '../fuse/fuse.js';
import { explainClaim } from '../fuse/explain.js';
import type { FusedStatus } from '../fuse/status.js';
import { actors } from '../resolve/actors.js';

/**
 * schema.org ClaimReview as JSON-LD: one review per fused claim, in an @graph under the schema.org
 * context. The rating is our status as a word (alternateName) with the plain-language explanation
 * from fuse/explain.ts; there is no numeric scale, since "disputed" is not between "denied" and
 * "confirmed". Every node gets an @id (a urn:sitrep: name), so the graph links without URLs of ours.
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
  reviewRating: { '@type': 'Rating'; alternateName: FusedStatus; ratingExplanation: string };
  author: { '@type': 'Organization'; name: 'sitrep' };
  datePublished?: string;
}

export interface ClaimReviewDocument { '@context': typeof SCHEMA_CONTEXT; '@graph': ClaimReviewNode[] }

/** A registry entry with a role or a parent body is a person (a governor, a spokesman); the rest, and unknown speakers, are organisations. */
function authorType(c: FusedClaim): 'Person' | 'Organization' {
  const a = c.claimant.actorId ? actors().byId.get(c.claimant.actorId) : undefined;
  return a && (a.role || a.memberOf) ? 'Person' : 'Organization';
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

export function claimReview(c: FusedClaim): ClaimReviewNode {
  const appearance = c.reports.map(appearanceOf);
  const first = c.firstReported ?? undefined;
  return {
    '@type': 'ClaimReview',
    '@id': `urn:sitrep:claim:${c.id}`,
    claimReviewed: c.text,
    itemReviewed: {
      '@type': 'Claim',
      author: { '@type': authorType(c), name: c.claimant.name },
      ...(first ? { datePublished: first } : {}),
      appearance,
      // The first appearance is the claimant's own report, referenced by @id rather than repeated.
      ...(appearance[0] ? { firstAppearance: { '@id': appearance[0]['@id'] } } : {}),
    },
    reviewRating: { '@type': 'Rating', alternateName: c.status, ratingExplanation: explainClaim(c).join(' ') },
    author: { '@type': 'Organization', name: 'sitrep' },
    ...(reviewDate(c) ? { datePublished: reviewDate(c) } : {}),
  };
}

export const toClaimReview = (claims: FusedClaim[]): ClaimReviewDocument => ({ '@context': SCHEMA_CONTEXT, '@graph': claims.map(claimReview) });

export const claimReviewText = (claims: FusedClaim[]) => `${JSON.stringify(toClaimReview(claims), null, 2)}\n`;
