import type { Event } from '../extract/types.js';
import { familyOf } from '../extract/events.js';
import { nameKey } from '../resolve/normalise.js';
import { kmBetween } from '../resolve/distance.js';
import { loadData } from '../data.js';

/**
 * The one definition of "the same incident", used by fusion, the API and the exports alike.
 * Two event reports are the same incident when their kinds are compatible, their places are the
 * same or nested, their dates overlap (a day of slack for time zones and late reports) and their
 * attackers don't contradict each other. Aggregates ("since 2022") never merge with incidents.
 */


export interface EventReport {
  docId: string;
  idx: number;
  published: string | null;
  event: Event;
  /** Where the date came from: the incident's own day, or a dateline's or speaker's day that stood (reported-dates.ts). */
  dateOrigin?: 'incident' | 'dateline' | 'speech';
  /** Day numbers of the event's date range, computed once (fusion compares them many times). */
  start?: number;
  end?: number;
}

export function withDays(r: EventReport): EventReport {
  r.start = r.event.date ? day(r.event.date.start) : -Infinity;
  r.end = r.event.date ? day(r.event.date.end) : Infinity;
  return r;
}

const DAY = 864e5;
const day = (s: string) => Date.parse(`${s.slice(0, 10)}T00:00:00Z`) / DAY;

export function compatibleTypes(a: Event, b: Event): boolean {
  if (familyOf(a.type) !== familyOf(b.type)) return false;
  if (a.type === 'other') return a.subtype === b.subtype;
  return true;
}

function km(a: { lat: number | null; lon: number | null }, b: { lat: number | null; lon: number | null }): number {
  if (a.lat == null || a.lon == null || b.lat == null || b.lon == null) return Infinity;
  return kmBetween(a.lat, a.lon, b.lat, b.lon);
}

/** Same place, or one inside the other (a city and its region; a region and its country). */
export function compatiblePlaces(a: Event['place'], b: Event['place']): boolean {
  if (!a || !b) return false;
  if (a.country !== b.country) return false;
  const pointA = a.kind === 'city' || a.kind === 'facility';
  const pointB = b.kind === 'city' || b.kind === 'facility';
  // Spelling variants of one town resolve to the same point; neighbouring towns a few km apart stay apart.
  if (pointA && pointB) {
    if (nameKey(a.name) === nameKey(b.name) || km(a, b) <= 3) return true;
    // A city that is its own first-level region (Moscow, Sevastopol) holds every point of that region: "Moscow's
    // Vnukovo airport" is in Moscow.
    if (a.admin1 !== null && a.admin1 === b.admin1 && [a, b].some((p) => nameKey(p.name) === nameKey(p.admin1!))) return true;
    // A plant named after its town ("Novomoskovsk Azot chemical plant", Novomoskovsk) is in that town,
    // though the gazetteer puts the two some kilometres apart.
    if (a.kind === b.kind) return false;
    const [f, c] = a.kind === 'facility' ? [a, b] : [b, a];
    return ` ${nameKey(f.name)} `.includes(` ${nameKey(c.name)} `) && km(a, b) <= 15;
  }
  if (a.kind === 'country' || b.kind === 'country') return a.kind === b.kind;
  // A district or hromada is not its whole oblast: two different districts of one oblast are different places.
  const sub = (p: NonNullable<Event['place']>) => p.kind === 'region' && p.admin1 !== null && nameKey(p.name) !== nameKey(p.admin1);
  if (sub(a) && sub(b)) return nameKey(a.name) === nameKey(b.name);
  return a.admin1 !== null && a.admin1 === b.admin1;
}

export function overlappingDates(a: Event['date'], b: Event['date'], slackDays = 1): boolean {
  if (!a || !b) return false;
  return day(a.start) <= day(b.end) + slackDays && day(b.start) <= day(a.end) + slackDays;
}

export function compatibleActors(a: Event, b: Event): boolean {
  return !a.actor || !b.actor || a.actor === b.actor;
}

/** Days of slack between dates, by family (data/fusion.json): claims of ground are repeated for days, talks last days; an attack is dated to its day. */
export const dateSlack = (e: Event): number => SLACK[familyOf(e.type)] ?? 0;
const SLACK = loadData<Record<string, number>>('fusion.json').dateSlackDays as unknown as Record<string, number>;

export function sameEvent(a: EventReport, b: EventReport): boolean {
  if (a.docId === b.docId) return false; // one document already lists each of its incidents once
  const x = a.event;
  const y = b.event;
  if (x.scope !== 'incident' || y.scope !== 'incident') return false;
  const slack = dateSlack(x);
  // The same town on the same day outweighs a disagreement on who attacked, which our reading of actors often gets wrong.
  const samePointSameDay = !!x.place && !!y.place && (x.place.kind === 'city' || x.place.kind === 'facility') && x.date?.start === y.date?.start;
  const dates = a.start !== undefined && b.start !== undefined && x.date && y.date
    ? a.start <= b.end! + slack && b.start <= a.end! + slack
    : overlappingDates(x.date, y.date, slack);
  return compatibleTypes(x, y) && dates && compatiblePlaces(x.place, y.place) && (samePointSameDay || compatibleActors(x, y));
}
