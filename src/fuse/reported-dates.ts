import type { Event } from '../extract/types.js';
import { loadData } from '../data.js';

/**
 * When did the incident happen, as opposed to when it was reported? Extraction sometimes dates an incident
 * by the dispatch's dateline ("KHARKIV, Ukraine, June 8 (Reuters) - … attack on Kharkiv on June 7 …") or by
 * the day someone spoke ("the governor confirmed on Monday that drones had attacked … on Sunday"). Fusion
 * corrects such dates before it compares reports, so one incident is not split over the day it happened
 * and the day it was told. Only single-day dates are touched; the rules are data (data/fusion.json).
 */

interface Rules { dateline: { re: string }; speechDate: { re: string }; incidentDate: { re: string } }
const RULES = loadData<Rules>('fusion.json');
const DATELINE = new RegExp(RULES.dateline.re);
const SPEECH = new RegExp(RULES.speechDate.re, 'gi');
const INCIDENT = new RegExp(RULES.incidentDate.re, 'gi');

const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const DAY = 864e5;
const iso = (t: number) => new Date(t).toISOString().slice(0, 10);

/** A weekday or "June 7" read against a reference day: the latest such day on or before it. */
export function resolveDay(phrase: string, ref: string): string | null {
  const refT = Date.parse(`${ref}T00:00:00Z`);
  if (Number.isNaN(refT)) return null;
  const w = WEEKDAYS.indexOf(phrase.toLowerCase());
  if (w >= 0) return iso(refT - (((new Date(refT).getUTCDay() - w) + 7) % 7) * DAY);
  const m = /^([A-Za-z]+)\.?\s+(\d{1,2})$/.exec(phrase.trim());
  if (!m) return null;
  const month = MONTHS.indexOf(m[1].slice(0, 3).toLowerCase());
  if (month < 0) return null;
  const year = Number(ref.slice(0, 4));
  let t = Date.UTC(year, month, Number(m[2]));
  if (t > refT) t = Date.UTC(year - 1, month, Number(m[2]));
  return iso(t);
}

/**
 * The explicit day `text` names (outside `skip`) for the incident: `day` itself when the sentence names it
 * too ("June 10 (Reuters) - … on Tuesday"), else the first day before it, within a week; null if none.
 */
function namedDay(text: string, day: string, skip: [number, number] | null): string | null {
  // Days someone spoke on ("said on Sunday") say nothing of the incident's day.
  const spoken: [number, number][] = skip ? [skip] : [];
  SPEECH.lastIndex = 0;
  for (let m = SPEECH.exec(text); m; m = SPEECH.exec(text)) spoken.push([m.index, m.index + m[0].length]);
  INCIDENT.lastIndex = 0;
  let earlier: string | null = null;
  for (let m = INCIDENT.exec(text); m; m = INCIDENT.exec(text)) {
    const at = m.index;
    const to = at + m[0].length;
    if (spoken.some(([a, b]) => at < b && to > a)) continue;
    const d = resolveDay(m[1], day);
    if (d === day) return day;
    if (d && d < day && Date.parse(day) - Date.parse(d) <= 7 * DAY) earlier ??= d;
  }
  return earlier;
}

/** Which kind of date the event carries: the day of the incident, or a dispatch's or a speaker's day. */
export type DateOrigin = 'incident' | 'dateline' | 'speech';

/**
 * The event with its date read as the incident's: a dateline or a speech date is replaced by an earlier day
 * the sentence names ("on June 7", "on Sunday"); with none, it stands.
 */
export function incidentDated(e: Event): { event: Event; origin: DateOrigin } {
  const d = e.date;
  if (!d || d.start !== d.end) return { event: e, origin: 'incident' };
  const text = e.quote.text;
  const line = DATELINE.exec(text);
  let origin: DateOrigin | null = null;
  let skip: [number, number] | null = null;
  if (line && resolveDay(line[1], d.start) === d.start) { origin = 'dateline'; skip = [0, line[0].length]; }
  if (!origin) {
    SPEECH.lastIndex = 0;
    for (let m = SPEECH.exec(text); m; m = SPEECH.exec(text)) {
      if (resolveDay(m[1], d.start) === d.start) { origin = 'speech'; skip = [m.index, m.index + m[0].length]; break; }
    }
  }
  if (!origin) return { event: e, origin: 'incident' };
  // Another day named in the sentence ("on June 7") also falls on the reported day if it is that same day.
  const named = namedDay(text, d.start, skip);
  if (named === d.start) return { event: e, origin: 'incident' };
  if (named) return { event: { ...e, date: { ...d, start: named, end: named } }, origin };
  // No other day named: the reported day stands (most datelined reports tell of that day or its night).
  return { event: e, origin };
}
