import type { Event } from '../extract/types.js';
import { loadData } from '../data.js';
import { familyOf } from '../extract/events.js';
import { nameKey } from '../resolve/normalise.js';

/**
 * How fusion reads an extracted event before comparing it: whether its place is a place at all (a capital
 * named as its government is not), whether it happened or is only supposed ("If true, it would be …"),
 * and whether several places named together in one sentence are one development.
 */
interface Rules {
  metonymy: { capitals: string[]; re: string };
  hypothetical: { re: string };
  listedTogether: { families: string[]; townsOfOneRegion: string[] };
  frontDirection: { re: string };
  inNamedRegion: { re: string };
}
const RULES = loadData<Rules>('fusion.json');
/** Per capital: the pattern of it acting or speaking, and the pattern of it named as a place ("on Moscow", "in Moscow"). */
const CAPITALS = new Map(RULES.metonymy.capitals.map((c) => [c.toLowerCase(), {
  acts: new RegExp(RULES.metonymy.re.replace('{place}', c), 'i'),
  place: new RegExp(`\\b(?:on|in|at|near|over|around|outside|toward|towards)\\s+(?:the\\s+)?${c}\\b`, 'i'),
}]));
const HYPOTHETICAL = new RegExp(RULES.hypothetical.re, 'i');
const LISTED = new Set(RULES.listedTogether.families);
const LISTED_TOWNS = new Set(RULES.listedTogether.townsOfOneRegion);
const escapeRe = (s: string) => s.replace(/[\\^$.*+?()[\]{}|/]/g, '\\$&');
/** The rule's pattern with its mentions filled in, escaped (a mention is text, not a pattern). */
const filled = (re: string, names: Record<string, string>) =>
  new RegExp(Object.entries(names).reduce((r, [k, v]) => r.replaceAll(`{${k}}`, escapeRe(v)), re), 'u');

/** The event's place is a capital named as its government ("Moscow escalated strikes"), and nothing else places it. */
export function placedByMetonymy(e: Event): boolean {
  const p = e.place;
  if (!p || (p.kind !== 'city' && p.kind !== 'country')) return false;
  const c = CAPITALS.get(p.name.toLowerCase()) ?? CAPITALS.get(p.mention.toLowerCase());
  if (!c || !c.acts.test(e.quote.text)) return false;
  // Named as a place elsewhere in the sentence ("on Moscow", "in Moscow", "near Moscow"): a place after all.
  return !c.place.test(e.quote.text);
}

/** The sentence tells of the event only as a possibility. */
export const hypothetical = (e: Event): boolean => HYPOTHETICAL.test(e.quote.text);

/** Several places of this kind named in one sentence are one development. */
export const listedTogether = (e: Event): boolean => LISTED.has(familyOf(e.type));

/** Two events of one sentence that name places of one development: listed together, or towns of one region listed together. */
export const listedAsOne = (a: Event, b: Event): boolean => {
  if (listedTogether(a) && listedTogether(b)) return true;
  const town = (e: Event) => e.place?.kind === 'city' || e.place?.kind === 'facility';
  return LISTED_TOWNS.has(familyOf(a.type)) && LISTED_TOWNS.has(familyOf(b.type)) && town(a) && town(b)
    && a.place!.admin1 !== null && a.place!.admin1 === b.place!.admin1;
};

/** The event's town is named as the direction of a front ("on the Pokrovsk and Novopavlivka directions"). */
export function namedAsDirection(e: Event): boolean {
  const p = e.place;
  if (!p || !p.mention) return false;
  return filled(RULES.frontDirection.re, { place: p.mention }).test(e.quote.text);
}

/**
 * One document's events with a misread homonym corrected: a town its sentence places in a region ("Zelenyi Kut
 * in Donetsk region") that the gazetteer put in another region of the country stands at the region the sentence
 * names (the place of a sentence-mate report). Returns the events unchanged (the same array) when none is.
 * `events` may have holes (findings not read).
 */
export function withNamedRegions(events: Event[]): Event[] {
  let out: Event[] | null = null;
  events.forEach((e, i) => {
    const p = e.place;
    if (!p || (p.kind !== 'city' && p.kind !== 'facility') || !p.mention) return;
    const region = events.find((o) => !!o && o.sentence === e.sentence && o.place?.kind === 'region' && o.place.country === p.country
      && o.place.admin1 !== null && o.place.admin1 !== p.admin1 && !!o.place.mention
      && filled(RULES.inNamedRegion.re, { place: p.mention, region: o.place.mention }).test(e.quote.text));
    if (!region) return;
    out ??= events.slice(); // slice keeps a partial read's holes (store.findings)
    out[i] = { ...e, place: region.place };
  });
  return out ?? events;
}

/**
 * Whether fusion's sentence rules (fuse.ts) can join or re-place `x` by its sentence-mate `y`, so that a store
 * rebuilding one must rebuild it beside the other (store/fusion-mates.ts): places of one development listed
 * together, an airport closure naming the place of a raid, front directions, a homonym the sentence places, and a
 * report placed on no land with its placed twin. A superset of what fusion joins: it only decides what is read.
 */
export function sentenceMates(x: Event, y: Event): boolean {
  if (x.sentence !== y.sentence) return false;
  if (listedAsOne(x, y)) return true;
  const named = (a: Event, b: Event) => listedTogether(b) && !!a.place && !!b.place && nameKey(a.place.name) === nameKey(b.place.name);
  if (named(x, y) || named(y, x)) return true;
  if (familyOf(x.type) === familyOf(y.type) && namedAsDirection(x) && namedAsDirection(y)) return true;
  if (withNamedRegions([x, y])[0] !== x || withNamedRegions([y, x])[0] !== y) return true;
  return familyOf(x.type) === familyOf(y.type) && (!x.place?.country || !y.place?.country);
}
