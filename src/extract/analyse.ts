import type { Document } from '../document/types.js';
import type { Analysis } from './types.js';
import { extractClaims } from './claims.js';
import { extractVerifications } from './verification.js';
import { extractPlaces } from './places.js';
import { extractEvents } from './events.js';
import { attachVerifications } from './refine/attach-verifications.js';
import { reasonAcrossClaims } from './refine/cross-claims.js';

/**
 * Runs every extractor over one document, then the refiners that link their findings.
 * Pure: the same document always gives the same analysis.
 */
export function analyse(document: Document): Analysis {
  const claims = extractClaims(document);
  const verifications = extractVerifications(document);
  attachVerifications(document, claims, verifications);
  const places = extractPlaces(document, claims);
  const events = extractEvents(document, places, claims, verifications);
  reasonAcrossClaims(document, { claims, events, places, verifications });
  return { document, claims, verifications, events, places };
}
