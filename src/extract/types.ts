import type { Document, Span } from '../document/types.js';

export type Side = string;

export interface ActorRef {
  id: string;
  name: string;
  side: Side;
  type: string;
}

/** A quoted stretch of the document: its text and where it is. */
export interface Quote extends Span {
  text: string;
}

export type Stance = 'confirms' | 'could-not-verify' | 'not-corroborated' | 'denies' | 'disputes';
export type ClaimStatus = 'unverified' | 'confirmed' | 'denied' | 'disputed' | 'unstated';

export interface Claimant {
  /** The name as the text gives it ("Serhiy Lysak, the regional governor"). */
  name: string;
  span: Span;
  actor: ActorRef | null;
}

export interface Claim {
  id: string;
  claimant: Claimant;
  /** The sentence (or sentences, for a multi-sentence quote) that carries the claim. */
  quote: Quote;
  /** The asserted content without the attribution, when it can be cut out. */
  content: Span;
  verb: string;
  hedges: string[];
  sentence: number;
  /** Which rule found it, for debugging and the negative-case tests. */
  rule: string;
  /**
   * The status and what it rests on: statements (indices into the analysis' verifications) and, where the document
   * gives no statement, other claims about the same event that agree with it or conflict with it.
   */
  verification: { status: ClaimStatus; statements: number[]; basis?: { claim: number; relation: 'agrees' | 'conflicts' }[] };
  /** Indices into the analysis' events that this claim asserts. */
  events: number[];
}

export interface Verification {
  by: { name: string; actor: ActorRef | null } | null;
  stance: Stance;
  asOf: string | null;
  span: Span;
  text: string;
  sentence: number;
  cue: string;
  /** Indices of the claims it speaks of. */
  claims: number[];
}

export type PlaceKind = 'city' | 'region' | 'country' | 'facility';

export interface ResolvedPlace {
  name: string;
  geonameId: number | null;
  lat: number | null;
  lon: number | null;
  country: string | null;
  admin1: string | null;
  admin1Code: string | null;
  admin1Acled: string | null;
  kind: PlaceKind;
  /** ACLED geo_precision: 1 town, 2 near a town or a district, 3 a region. */
  precision: 1 | 2 | 3;
}

export interface Place extends ResolvedPlace {
  mention: string;
  span: Span;
  sentence: number;
  /** Which evidence picked this candidate ("region-context", "focus-country", "population"). */
  why: string;
}

export interface DateRange {
  start: string;
  end: string;
  precision: 'day' | 'week' | 'month' | 'year';
  text?: string;
  span?: Span;
}

export interface Count {
  min: number | null;
  max: number | null;
  text?: string;
}

export type EventType =
  | 'strike' | 'drone_attack' | 'shelling' | 'ground_advance' | 'territorial_claim' | 'civilian_casualties'
  | 'infrastructure_damage' | 'airport_disruption' | 'talks' | 'other';

export interface Event {
  id: string;
  type: EventType;
  subtype: string | null;
  actor: string | null;
  place: (ResolvedPlace & { mention: string }) | null;
  date: DateRange | null;
  killed: Count | null;
  injured: Count | null;
  children: Count | null;
  civilian: boolean | null;
  scope: 'incident' | 'aggregate';
  /** The toll was given for several places at once ("killed 14 in Kharkiv, Donetsk and Kherson"): not this place's own count. */
  tollShared?: boolean;
  status?: 'planned';
  quote: Quote;
  sentence: number;
  trigger: string;
  claim: number | null;
  acled: { event_type: string; sub_event_type: string; disorder_type: string };
  plover: { event: string; mode: string };
}

/** Everything sitrep reads out of one document. */
export interface Analysis {
  document: Document;
  claims: Claim[];
  verifications: Verification[];
  events: Event[];
  places: Place[];
  /** The text's near-duplicate sketch (fuse/near-duplicates.ts), when a store kept it; fusion computes it otherwise. */
  sketch?: number[];
}
