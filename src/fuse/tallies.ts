import type { Event } from '../extract/types.js';
import { loadData } from '../data.js';
import { nameKey } from '../resolve/normalise.js';
import { compatibleTypes, type EventReport } from './same-event.js';

/**
 * Tallies are not incidents. A toll given for several places at once ("killed 14 civilians in the Kharkiv,
 * Donetsk and Kherson regions over the weekend") is a cumulative figure of its own kind: extraction gives one
 * report per place, flagged `tollShared`; fusion reads them as one aggregate, shown beside the incidents and
 * never added to them. Bodies or prisoners handed over in an exchange are people returned, not deaths.
 */

interface Rules { notDeathsSubtypes: string[]; notDeaths: { re: string } }
const RULES = loadData<Rules>('fusion.json');
const NOT_DEATHS_SUBTYPES = new Set(RULES.notDeathsSubtypes);
const NOT_DEATHS = new RegExp(RULES.notDeaths.re, 'i');

/** Whether a report's "killed" figure counts people handed over (bodies, prisoners), not deaths. */
export const countsHandedOver = (e: Event): boolean =>
  (e.subtype !== null && NOT_DEATHS_SUBTYPES.has(e.subtype)) || (!!e.killed && NOT_DEATHS.test(e.quote.text));

/**
 * The sentences of a document whose shared toll really spans several regions of one country: a tally. Extraction
 * also flags a toll as shared when a sentence names one town twice over ("the Black Sea port city of Odesa") or
 * a misread place; such a toll is not a tally, and stays out of the incident's count as before.
 */
export function multiRegionTolls(events: readonly (Event | undefined)[]): Set<number> {
  // Counted per country, and without districts: "as talks went on in Istanbul" or "Kherson's Dniprovskyi district"
  // read as a district of Kyiv do not make one city's toll a tally of several regions.
  const regions = new Map<string, Set<string>>();
  for (const e of events) {
    const p = e?.place;
    if (!e?.tollShared || !p?.country || !p.admin1) continue;
    if (p.kind === 'region' && nameKey(p.name) !== nameKey(p.admin1)) continue;
    const k = `${e.sentence}|${p.country}`;
    let r = regions.get(k); if (!r) regions.set(k, (r = new Set())); r.add(p.admin1);
  }
  return new Set([...regions].filter(([, r]) => r.size >= 2).map(([k]) => Number(k.split('|')[0])));
}

/** An extracted event as fusion reads it: a shared toll is an aggregate; an exchange's bodies are not its dead. */
export function asFusionInput(e: Event, multiRegion: Set<number>): Event {
  let out = e;
  // A toll shared by places of one region (or of several countries: a misread place) stays out of the incident's count.
  if (e.tollShared && multiRegion.has(e.sentence) && e.scope !== 'aggregate') out = { ...out, scope: 'aggregate' };
  if (e.killed && countsHandedOver(e)) out = { ...out, killed: null };
  return out;
}

const DAY = 864e5;
const dayOf = (s: string) => Date.parse(`${s.slice(0, 10)}T00:00:00Z`) / DAY;

/**
 * Two aggregate reports are one tally when they give the same figure for the same country, kind and days
 * (a day of slack: "over the weekend" told on Monday). Within one document only the parts of one sentence
 * join (one statement split by place); two tallies in one report stay two.
 */
export function sameTally(a: EventReport, b: EventReport): boolean {
  const x = a.event;
  const y = b.event;
  if (x.scope !== 'aggregate' || y.scope !== 'aggregate') return false;
  // The parts of one statement split by place are one tally, whatever their places.
  if (a.docId === b.docId) return x.sentence === y.sentence;
  if (!x.place || !y.place || x.place.country !== y.place.country || !compatibleTypes(x, y)) return false;
  const kx = x.killed?.min ?? null;
  const ky = y.killed?.min ?? null;
  if (kx !== ky && !(kx == null && ky == null && x.injured?.min != null && x.injured.min === y.injured?.min)) return false;
  if (!x.date || !y.date) return false;
  return dayOf(x.date.start) <= dayOf(y.date.end) + 1 && dayOf(y.date.start) <= dayOf(x.date.end) + 1;
}

/**
 * The place of a tally told for several regions: the country, named by its regions. A region only one
 * report of several names is that report's misreading, not part of the tally.
 */
export function tallyPlace(members: EventReport[]): Event['place'] {
  const docsOf = new Map<string, Set<string>>();
  const places = members.map((m) => m.event.place).filter((p): p is NonNullable<Event['place']> => !!p);
  for (const m of members) {
    const p = m.event.place;
    if (!p) continue;
    const k = p.admin1 ?? p.name;
    let d = docsOf.get(k); if (!d) docsOf.set(k, (d = new Set())); d.add(m.docId);
  }
  const most = Math.max(0, ...[...docsOf.values()].map((d) => d.size));
  const regions = [...docsOf].filter(([, d]) => d.size * 2 >= most).map(([k]) => k);
  if (regions.length < 2) return places.find((p) => (p.admin1 ?? p.name) === regions[0]) ?? places[0] ?? null;
  const first = places.find((p) => (p.admin1 ?? p.name) === regions[0])!;
  return {
    name: regions.join(', '), mention: regions.join(', '), geonameId: null, lat: null, lon: null, country: first.country,
    admin1: null, admin1Code: null, admin1Acled: null, kind: 'country', precision: 3,
  };
}
