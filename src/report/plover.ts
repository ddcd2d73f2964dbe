import type { Event } from '../extract/types.js';
import type { FusedEvent } from '../fuse/fuse.js';
import { countryCodes, countryName, targetsCivilians, typeRow, weaponOf } from './acled-csv.js';

/**
 * PLOVER JSON Lines, one fused event per line, with the field names of the PLOVER manual's data-interchange
 * chapter: id, date, enddate, source and recipient (lists of actor objects: code, sector, actor_text),
 * event (one of the 16 categories), mode (that category's modes), context ("hypothetical" for an event told
 * only as a possibility), event_loc (a GeoNames location object: geonameid, name, latitude, longitude,
 * "country code", cc3, "admin1 code"), event_text, quad_code, dead, injured, cite_info, coder. PLOVER lets
 * providers add fields: `fatalities` (the reconciled low / best / high the brief shows) and
 * `source_sentences` (each sentence with its offsets). An event with no PLOVER category (a plain "other")
 * makes no record.
 */

/** PLOVER's 16 event categories and their quad: 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict. */
export const PLOVER_QUAD: Record<string, 1 | 2 | 3 | 4> = {
  AGREE: 1, CONSULT: 1, SUPPORT: 1, CONCEDE: 1,
  COOPERATE: 2, AID: 2, RETREAT: 2,
  DEMAND: 3, ACCUSE: 3, REJECT: 3, THREATEN: 3, SANCTION: 3,
  PROTEST: 4, MOBILIZE: 4, COERCE: 4, ASSAULT: 4,
};

export const ploverCodes = (e: FusedEvent): Event['plover'] | null => e.plover ?? typeRow(e.type, e.subtype)?.plover ?? null;

export interface PloverSentence { text: string; outlet: string | null; published: string | null; url: string | null; document_id: string; start: number; end: number }
export interface PloverActor { code: string; sector?: string; actor_text: string }

export interface PloverRecord {
  id: string;
  date: string | null;
  enddate?: string;
  source: PloverActor[];
  recipient: PloverActor[];
  event: string[];
  mode: string[];
  context: string[];
  quad_code: 1 | 2 | 3 | 4;
  event_loc: Record<string, string | number | null> | null;
  event_text: string[];
  dead: number | null;
  injured: number | null;
  cite_info: { publication: string | null; url: string | null; citation: string; date: string | null }[];
  coder: string;
  fatalities: { low: number | null; best: number | null; high: number | null } | null;
  source_sentences: PloverSentence[];
}

/** A side that is a country is its alpha-3 code acting through the military; another side keeps its own name. */
function sourceActors(e: FusedEvent): PloverActor[] {
  if (!e.actor) return [];
  const cc = /^[A-Z]{2}$/.test(e.actor) ? countryCodes(e.actor) : null;
  return cc ? [{ code: cc.alpha3, sector: 'MIL', actor_text: `${countryName(e.actor) ?? e.actor} military` }] : [{ code: e.actor, actor_text: e.actor }];
}

/** The victim of one-sided violence (PLOVER: perpetrator as source, victim as recipient): the attacked country, its civilians when they were the target. */
function recipients(e: FusedEvent, event: string): PloverActor[] {
  const where = e.place?.country;
  if (event !== 'ASSAULT' || !where || where === e.actor) return [];
  const cc = countryCodes(where);
  if (!cc) return [];
  const name = countryName(where) ?? where;
  return [targetsCivilians(e) ? { code: cc.alpha3, sector: 'CVL', actor_text: `civilians in ${name}` } : { code: cc.alpha3, actor_text: name }];
}

/** PLOVER's location object uses GeoNames field names (with their spaces), plus cc3. */
function eventLoc(p: FusedEvent['place']): PloverRecord['event_loc'] {
  if (!p) return null;
  return { geonameid: p.geonameId, name: p.name, latitude: p.lat, longitude: p.lon, 'country code': p.country, cc3: countryCodes(p.country)?.alpha3 ?? null, 'admin1 code': p.admin1Code };
}

/** The record for a fused event, or null when the event has no PLOVER category. */
export function ploverRecord(e: FusedEvent): PloverRecord | null {
  const codes = ploverCodes(e);
  const event = codes?.event ?? '';
  if (!(event in PLOVER_QUAD)) return null;
  // An attack's mode is what its sentences say struck (a missile is heavy-weapons, a drone drone), else the table's.
  const mode = (event === 'ASSAULT' && e.type !== 'infrastructure_damage' ? weaponOf(e)?.plover_mode : null) || codes?.mode || '';
  const sentences = e.reports.map((r): PloverSentence => ({ text: r.quote, outlet: r.outlet, published: r.published, url: r.url, document_id: r.documentId, start: r.start, end: r.end }));
  return {
    id: e.id,
    date: e.date?.start ?? null,
    ...(e.date && e.date.end !== e.date.start ? { enddate: e.date.end } : {}),
    source: sourceActors(e),
    recipient: recipients(e, event),
    event: [event],
    mode: mode ? [mode] : [],
    context: e.hypothetical ? ['hypothetical'] : [],
    quad_code: PLOVER_QUAD[event],
    event_loc: eventLoc(e.place),
    event_text: sentences.map((s) => s.text),
    dead: e.killed?.best ?? null,
    injured: e.injured?.best ?? null,
    cite_info: e.reports.map((r) => ({ publication: r.outlet, url: r.url, citation: `${r.documentId}:${r.start}-${r.end}`, date: r.published })),
    coder: 'sitrep',
    fatalities: e.killed ? { low: e.killed.low, best: e.killed.best, high: e.killed.high } : null,
    source_sentences: sentences,
  };
}

export const toPloverJsonl = (events: FusedEvent[]): string =>
  events.map(ploverRecord).filter((r): r is PloverRecord => !!r).map((r) => `${JSON.stringify(r)}\n`).join('');
