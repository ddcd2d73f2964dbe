import type { Event } from '../extract/types.js';
import type { FusedEvent } from '../fuse/fuse.js';
import { countryCodes, countryName, typeRow } from './acled-csv.js';

/**
 * PLOVER-style JSON Lines, one fused event per line. The record uses the PLOVER specification's JSON
 * field names (id, date, enddate, source, event, mode, event_loc, event_text, quad_code, …; PLOVER
 * suggests JSONL itself), plus the flat POLECAT-like fields many PLOVER users read (event_type,
 * event_date, country, admin1, location, latitude, longitude, actor, fatalities, source_sentences).
 * PLOVER lets providers add fields; both sets come from the same values, so they cannot disagree.
 */

/** PLOVER's quad categories: 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict. */
const QUAD: Record<string, 1 | 2 | 3 | 4> = {
  AGREE: 1, CONSULT: 1, SUPPORT: 1, CONCEDE: 1,
  COOPERATE: 2, AID: 2, RETREAT: 2, INVESTIGATE: 2,
  DEMAND: 3, ACCUSE: 3, DISAPPROVE: 3, REJECT: 3, THREATEN: 3, SANCTION: 3,
  PROTEST: 4, MOBILIZE: 4, COERCE: 4, ASSAULT: 4, FIGHT: 4, CRIME: 4,
};

export const ploverCodes = (e: FusedEvent): Event['plover'] | null => e.plover ?? typeRow(e.type, e.subtype)?.plover ?? null;

export interface PloverSentence { text: string; outlet: string | null; published: string | null; url: string | null; document_id: string; start: number; end: number }

export interface PloverRecord {
  id: string;
  date: string | null;
  enddate: string | null;
  event: string[];
  mode: string[];
  quad_code: 1 | 2 | 3 | 4 | null;
  source: { code: string; actor_text: string; sector?: string }[];
  event_loc: Record<string, string | number | null> | null;
  event_text: string[];
  dead: number | null;
  injured: number | null;
  cite_info: { publication: string | null; url: string | null; citation: string; date: string | null }[];
  coder: string;
  // flat fields
  event_type: string | null;
  event_mode: string | null;
  event_date: string | null;
  country: string | null;
  admin1: string | null;
  location: string | null;
  latitude: number | null;
  longitude: number | null;
  actor: string | null;
  fatalities: { low: number | null; best: number | null; high: number | null } | null;
  source_sentences: PloverSentence[];
}

/** Our actor is a side; a side that is a country becomes PLOVER's 3-letter country code with the military sector. */
function sourceActors(e: FusedEvent): PloverRecord['source'] {
  if (!e.actor) return [];
  const cc = /^[A-Z]{2}$/.test(e.actor) ? countryCodes(e.actor) : null;
  return cc ? [{ code: cc.alpha3, sector: 'MIL', actor_text: countryName(e.actor) ?? e.actor }] : [{ code: e.actor, actor_text: e.actor }];
}

/** PLOVER's location object uses GeoNames field names (with its "country code" spelling), plus cc3. */
function eventLoc(p: FusedEvent['place']): PloverRecord['event_loc'] {
  if (!p) return null;
  return { geonameid: p.geonameId, name: p.name, latitude: p.lat, longitude: p.lon, 'country code': p.country, cc3: countryCodes(p.country)?.alpha3 ?? null, 'admin1 code': p.admin1Code, admin1: p.admin1 };
}

export function ploverRecord(e: FusedEvent): PloverRecord {
  const codes = ploverCodes(e);
  const sentences = e.reports.map((r): PloverSentence => ({ text: r.quote, outlet: r.outlet, published: r.published, url: r.url, document_id: r.documentId, start: r.start, end: r.end }));
  const events = codes?.event ? [codes.event] : [];
  return {
    id: e.id,
    date: e.date?.start ?? null,
    enddate: e.date && e.date.end !== e.date.start ? e.date.end : null,
    event: events,
    mode: codes?.mode ? [codes.mode] : [],
    quad_code: codes?.event ? QUAD[codes.event] ?? null : null,
    source: sourceActors(e),
    event_loc: eventLoc(e.place),
    event_text: sentences.map((s) => s.text),
    dead: e.killed?.best ?? null,
    injured: e.injured?.best ?? null,
    cite_info: e.reports.map((r) => ({ publication: r.outlet, url: r.url, citation: `${r.documentId}:${r.start}-${r.end}`, date: r.published })),
    coder: 'sitrep',
    event_type: codes?.event ?? null,
    event_mode: codes?.mode || null,
    event_date: e.date?.start ?? null,
    country: e.place?.country ?? null,
    admin1: e.place?.admin1 ?? null,
    location: e.place?.name ?? null,
    latitude: e.place?.lat ?? null,
    longitude: e.place?.lon ?? null,
    actor: e.actor,
    fatalities: e.killed ? { low: e.killed.low, best: e.killed.best, high: e.killed.high } : null,
    source_sentences: sentences,
  };
}

export const toPloverJsonl = (events: FusedEvent[]): string => events.map((e) => `${JSON.stringify(ploverRecord(e))}\n`).join('');
