import type { Span } from '../document/types.js';
import type { DateRange } from '../extract/types.js';
import { loadData } from '../data.js';
import { GateSet } from '../extract/gate.js';

/**
 * Relative and partial dates, anchored on the publication day. Small parsers that each propose a
 * range with its span (chrono's shape), tried in order; a later parser never overlaps an earlier hit.
 * We keep our own instead of chrono-node because press conventions differ from chrono's defaults:
 * a weekday means the most recent one on or before publication, "overnight" is [pub−1, pub],
 * "June 7 and 8" and "the night of June 7-8" are ranges, "last week" is the previous Monday–Sunday.
 */

const MONTHS: Record<string, number> = {
  january: 1, jan: 1, february: 2, feb: 2, march: 3, mar: 3, april: 4, apr: 4, may: 5, june: 6, jun: 6, july: 7, jul: 7,
  august: 8, aug: 8, september: 9, sep: 9, sept: 9, october: 10, oct: 10, november: 11, nov: 11, december: 12, dec: 12,
};
const WEEKDAYS: Record<string, number> = { sunday: 0, monday: 1, tuesday: 2, wednesday: 3, thursday: 4, friday: 5, saturday: 6 };
const NUMBER_WORDS: Record<string, number> = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, a: 1, several: 3, few: 3 };

const DAY = 864e5;
// Day numbers and ISO days convert back and forth for every date of every event: remembered (a few thousand days).
const toDayMemo = new Map<string, number>();
const fromDayMemo = new Map<number, string>();
const toDay = (iso: string): number => {
  let d = toDayMemo.get(iso);
  if (d === undefined) {
    d = Date.parse(`${iso}T00:00:00Z`) / DAY;
    if (toDayMemo.size > 50_000) toDayMemo.clear();
    toDayMemo.set(iso, d);
  }
  return d;
};
const fromDay = (d: number): string => {
  let iso = fromDayMemo.get(d);
  if (iso === undefined) {
    iso = new Date(d * DAY).toISOString().slice(0, 10);
    if (fromDayMemo.size > 50_000) fromDayMemo.clear();
    fromDayMemo.set(d, iso);
  }
  return iso;
};
const ymd = (y: number, m: number, d: number) => fromDay(Date.UTC(y, m - 1, d) / DAY);
const lastDayOf = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();
const weekday = (d: number) => new Date(d * DAY).getUTCDay();

export interface DateMention extends DateRange {
  span: Span;
  text: string;
  /** "since 2022": the start of a running total, not an incident date. */
  since?: boolean;
}

/** "June 7" (no year) → the most recent June 7 on or before publication. Year given → as written. */
export function resolveMonthDay(s: string, published: string | null): string | null {
  const m = /^([A-Za-z]+)\.?\s+(\d{1,2})(?:,?\s+(\d{4}))?$/.exec(s.trim()) ?? null;
  const m2 = m ? null : /^(\d{1,2})\s+([A-Za-z]+)\.?(?:,?\s+(\d{4}))?$/.exec(s.trim());
  if (/^\d{4}-\d{2}-\d{2}$/.test(s.trim())) return s.trim();
  const wd = WEEKDAYS[s.trim().toLowerCase()];
  if (wd !== undefined) return published ? fromDay(mostRecentWeekday(toDay(published), wd)) : null;
  const mon = m ? MONTHS[m[1].toLowerCase()] : m2 ? MONTHS[m2[2].toLowerCase()] : undefined;
  if (!mon) return null;
  const day = Number(m ? m[2] : m2![1]);
  const year = m ? m[3] : m2![3];
  if (year) return ymd(Number(year), mon, day);
  if (!published) return null;
  return recentMonthDay(published, mon, day);
}

function recentMonthDay(published: string, mon: number, day: number): string {
  const py = Number(published.slice(0, 4));
  const cand = ymd(py, mon, day);
  // A date up to a few days after publication is a time-zone or scheduling slip, not last year.
  return toDay(cand) <= toDay(published) + 3 ? cand : ymd(py - 1, mon, day);
}

function mostRecentWeekday(pub: number, wd: number): number {
  const diff = (weekday(pub) - wd + 7) % 7;
  return pub - diff;
}

function recentMonth(published: string, mon: number): [number, number] {
  const py = Number(published.slice(0, 4));
  const pm = Number(published.slice(5, 7));
  return mon <= pm ? [py, mon] : [py - 1, mon];
}

/** The first month of each season (northern hemisphere, where the wars covered are). */
const SEASONS: Record<string, number> = { spring: 3, summer: 6, autumn: 9, fall: 9, winter: 12 };

type Parser = { re: RegExp; make: (m: RegExpExecArray, pub: number, published: string) => Omit<DateMention, 'span' | 'text'> | null };

/** A month's name, written out or cut short, as the parsers here and the claims' date check read it. */
export const MONTH_RE = '(January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\\.?';
/** A month's number from its name as written ("March", "Sept.", "sep"). */
const monthOf = (name: string): number => MONTHS[name.toLowerCase().replace('.', '')];
const WD_RE = '(Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday)';

const range = (a: number, b: number, precision: DateRange['precision'] = 'day') => ({ start: fromDay(a), end: fromDay(b), precision });

function monthDayDays(published: string, mon: string, day: string, year?: string): number {
  const m = monthOf(mon);
  return toDay(year ? ymd(Number(year), m, Number(day)) : recentMonthDay(published, m, Number(day)));
}

function partOfMonth(part: string | undefined, y: number, m: number): [number, number] {
  const last = lastDayOf(y, m);
  const p = (part ?? '').toLowerCase();
  if (p === 'late' || p === 'end of') return [toDay(ymd(y, m, 21)), toDay(ymd(y, m, last))];
  if (p === 'early' || p === 'beginning of' || p === 'start of') return [toDay(ymd(y, m, 1)), toDay(ymd(y, m, 10))];
  if (p.startsWith('mid')) return [toDay(ymd(y, m, 11)), toDay(ymd(y, m, 20))];
  return [toDay(ymd(y, m, 1)), toDay(ymd(y, m, last))];
}

const DATE_LEX = loadData<{ sinceAnchors: Record<string, string>; recordBeforeSince: string }>('lexicon/dates.json');
const ANCHORS = DATE_LEX.sinceAnchors;
const RECORD_BEFORE = new RegExp(DATE_LEX.recordBeforeSince, 'i');
/**
 * "for the first time since 2016": the "since" at `at` in `text` tells a time compared with, neither a running
 * total's start nor the incident's day (events.ts reads its running totals with it too).
 */
export const comparedSince = (text: string, at: number): boolean => RECORD_BEFORE.test(text.slice(Math.max(0, at - 60), at));
const comparedWith = (m: RegExpExecArray) => comparedSince(m.input, m.index);
const ANCHOR_RE = new RegExp(`\\bsince\\s+(${Object.keys(ANCHORS).sort((a, b) => b.length - a.length).map((k) => k.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/'/g, "['’]").replace(/\s+/g, '\\s+')).join('|')})`, 'gi');

const PARSERS: Parser[] = [
  // "since Russia launched its full-scale invasion": a named starting point.
  { re: ANCHOR_RE, make: (m, pub) => { if (comparedWith(m)) return null; const k = m[1].toLowerCase().replace(/’/g, "'").replace(/\s+/g, ' '); const a = ANCHORS[k]; return a ? { ...range(toDay(a), pub), since: true } : null; } },
  // "since February 2022", "since 2022", "since the start of the full-scale invasion": running totals.
  { re: new RegExp(`\\bsince\\s+(?:${MONTH_RE}\\s+(?:(\\d{1,2}),?\\s+)?)?(\\d{4})\\b`, 'gi'), make: (m, pub) => {
    if (comparedWith(m)) return null;
    const start = toDay(m[1] ? ymd(Number(m[3]), monthOf(m[1]), m[2] ? Number(m[2]) : 1) : `${m[3]}-01-01`);
    return { ...range(start, Number.isFinite(pub) ? pub : start), precision: m[2] ? 'day' : m[1] ? 'month' : 'year', since: true };
  } },
  // "since October 7", "since 7 October": a running total's start told without its year, the most recent such day.
  { re: new RegExp(`\\bsince\\s+(?:${MONTH_RE}\\s+(\\d{1,2})|(\\d{1,2})\\s+${MONTH_RE})(?:st|nd|rd|th)?\\b(?!,?\\s+\\d{4})`, 'gi'), make: (m, pubDay, pub) => {
    if (comparedWith(m)) return null;
    const d = m[1] ? monthDayDays(pub, m[1], m[2]) : monthDayDays(pub, m[4], m[3]);
    return Number.isFinite(d) && Number.isFinite(pubDay) && d <= pubDay ? { ...range(d, pubDay), since: true } : null;
  } },
  // "since November": from the first of the most recent such month (before publication's own month) to publication.
  { re: new RegExp(`\\bsince\\s+(?:early\\s+|late\\s+|mid-?)?${MONTH_RE}\\b(?!\\s*\\d)(?!,?\\s+\\d{4})`, 'gi'), make: (m, pubDay, pub) => {
    if (comparedWith(m) || !Number.isFinite(pubDay)) return null;
    const [y, mo] = recentMonth(pub, monthOf(m[1]));
    const start = toDay(ymd(y, mo, 1));
    return start <= pubDay ? { ...range(start, pubDay), precision: 'month', since: true } : null;
  } },
  // "from March to May last year": the months of the year before publication's.
  { re: new RegExp(`\\bfrom\\s+${MONTH_RE}\\s+(?:to|until|through)\\s+${MONTH_RE}\\s+(?:of\\s+)?last\\s+year\\b`, 'gi'),
    make: (m, _p, published) => {
      const y = Number(published.slice(0, 4)) - 1;
      const [a, b] = [m[1], m[2]].map(monthOf);
      return a <= b ? { ...range(toDay(ymd(y, a, 1)), toDay(ymd(y, b, lastDayOf(y, b)))), precision: 'month' } : null;
    } },
  // "between January and October", "from March to May 2024": whole months, the most recent such stretch (a year named
  // is the year of both ends).
  { re: new RegExp(`\\b(?:between|from)\\s+${MONTH_RE}\\s+(?:and|to|until|through)\\s+${MONTH_RE}(?:,?\\s+(\\d{4}))?\\b(?!\\s+(?:\\d|of\\s+last|last))`, 'gi'),
    make: (m, pub, published) => {
      const [a, b] = [m[1], m[2]].map(monthOf);
      const [yb, mb] = m[3] ? [Number(m[3]), b] : recentMonth(published, b);
      const ya = a <= mb ? yb : yb - 1;
      const end = Math.min(toDay(ymd(yb, mb, lastDayOf(yb, mb))), Number.isFinite(pub) ? pub : Infinity);
      return { ...range(toDay(ymd(ya, a, 1)), end), precision: 'month' };
    } },
  // "in March last year", "late May of last year": that month of the year before publication's.
  { re: new RegExp(`\\b(?:in\\s+)?(late|early|mid-?|end\\s+of|beginning\\s+of|start\\s+of)?\\s*${MONTH_RE}\\s+(?:of\\s+)?last\\s+year\\b`, 'gi'),
    make: (m, _p, published) => {
      const y = Number(published.slice(0, 4)) - 1;
      const [a, b] = partOfMonth(m[1], y, monthOf(m[2]));
      return { ...range(a, b), precision: 'month' };
    } },
  // "from late January to February 6"
  { re: new RegExp(`\\bfrom\\s+(late|early|mid-?)?\\s*${MONTH_RE}(?:\\s+(\\d{1,2}))?\\s+(?:to|until|through)\\s+${MONTH_RE}\\s+(\\d{1,2})\\b`, 'gi'), make: (m, _p, pub) => {
    const a = m[3] ? monthDayDays(pub, m[2], m[3]) : (() => { const [y, mo] = recentMonth(pub, monthOf(m[2])); return partOfMonth(m[1], y, mo)[0]; })();
    const b = monthDayDays(pub, m[4], m[5]);
    return a <= b ? range(a, b) : null;
  } },
  // "the night of June 7-8", "June 7-8", "June 7 and 8", "June 7 to 9"
  // "June 30-July 2", "between June 3 and June 5": both ends named
  { re: new RegExp(`\\b(?:between\\s+|from\\s+)?${MONTH_RE}\\s+(\\d{1,2})(?:st|nd|rd|th)?\\s*(?:-|–|and|to|through|until)\\s*${MONTH_RE}\\s+(\\d{1,2})(?:st|nd|rd|th)?(?:,?\\s+(\\d{4}))?\\b`, 'gi'), make: (m, _p, pub) => {
    const b = monthDayDays(pub, m[3], m[4], m[5]);
    let a = monthDayDays(pub, m[1], m[2], m[5]);
    if (a > b) a = monthDayDays(pub, m[1], m[2], String(Number(new Date(b * DAY).getUTCFullYear()) - 1));
    return b - a < 62 ? range(a, b) : null;
  } },
  { re: new RegExp(`\\b(?:the\\s+night\\s+of\\s+|between\\s+)?${MONTH_RE}\\s+(\\d{1,2})(?:st|nd|rd|th)?\\s*(?:-|–|and|to|through)\\s*(\\d{1,2})(?:st|nd|rd|th)?(?:,?\\s+(\\d{4}))?\\b`, 'gi'), make: (m, _p, pub) => {
    const a = monthDayDays(pub, m[1], m[2], m[4]);
    const b = a + (Number(m[3]) - Number(m[2]));
    return b >= a && b - a < 31 ? range(a, b) : null;
  } },
  // "7-8 June", "7 and 8 June", "the night of 19 to 20 January"
  { re: new RegExp(`(?:\\b(?:on\\s+)?the\\s+night\\s+of\\s+)?\\b(\\d{1,2})\\s*(?:-|–|and|to)\\s*(\\d{1,2})\\s+${MONTH_RE}(?:\\s+(\\d{4}))?\\b`, 'gi'), make: (m, _p, pub) => {
    const a = monthDayDays(pub, m[3], m[1], m[4]);
    const b = a + (Number(m[2]) - Number(m[1]));
    return b >= a && b - a < 31 ? range(a, b) : null;
  } },
  // "June 8, 2025", "June 8"
  { re: new RegExp(`\\b${MONTH_RE}\\s+(\\d{1,2})(?:st|nd|rd|th)?(?:,?\\s+(\\d{4}))?\\b(?!\\s*(?:%|km|people|civilians))`, 'g'), make: (m, _p, pub) => { const d = monthDayDays(pub, m[1], m[2], m[3]); return Number.isFinite(d) ? range(d, d) : null; } },
  // "8 June 2025", "8 June"
  { re: new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+${MONTH_RE}(?:,?\\s+(\\d{4}))?\\b`, 'g'), make: (m, _p, pub) => { const d = monthDayDays(pub, m[2], m[1], m[3]); return Number.isFinite(d) ? range(d, d) : null; } },
  // ISO dates
  { re: /\b(\d{4})-(\d{2})-(\d{2})\b/g, make: (m) => { const d = toDay(ymd(+m[1], +m[2], +m[3])); return range(d, d); } },
  // "the night of Saturday to Sunday", "overnight on Tuesday", "on Tuesday night", "Sunday"
  { re: new RegExp(`\\b(?:(?:overnight|late|early)\\s+)?(?:on\\s+)?${WD_RE}(?:\\s+(night|morning|evening|afternoon))?\\b`, 'g'), make: (m, pub) => { const d = mostRecentWeekday(pub, WEEKDAYS[m[1].toLowerCase()]); return range(d, d); } },
  // "the night of Saturday to Sunday": one night, two days
  { re: new RegExp(`\\b(?:on\\s+)?(?:the\\s+)?night\\s+(?:of|from)\\s+${WD_RE}\\s+(?:to|into|and)\\s+${WD_RE}\\b`, 'gi'), make: (m, pub) => { const b = mostRecentWeekday(pub, WEEKDAYS[m[2].toLowerCase()]); const a = b - ((WEEKDAYS[m[2].toLowerCase()] - WEEKDAYS[m[1].toLowerCase()] + 7) % 7 || 7); return range(a, b); } },
  { re: /\b(\w+)\s+days?\s+ago\b/gi, make: (m, pub) => { const n = /^\d+$/.test(m[1]) ? Number(m[1]) : NUMBER_WORDS[m[1].toLowerCase()]; return n ? range(pub - n, pub - n) : null; } },
  // "a week ago" is that week give or take a few days; "over a week ago", "more than two weeks ago" lie before it.
  { re: /\b(?:(over|more\s+than)\s+)?(a|an|one|two|three|four|\d+)\s+(weeks?|months?)\s+ago\b/gi, make: (m, pub) => {
    const n = /^\d+$/.test(m[2]) ? Number(m[2]) : /^an?$/i.test(m[2]) ? 1 : NUMBER_WORDS[m[2].toLowerCase()];
    if (!n) return null;
    const unit = /^week/i.test(m[3]) ? 7 : 30;
    const at = pub - n * unit;
    return m[1] ? range(at - n * unit, at - 1, 'week') : range(at - Math.ceil(unit / 2), at + Math.floor(unit / 2), 'week');
  } },
  { re: /\blast\s+year\b/gi, make: (_m, _pub, published) => { const y = Number(published.slice(0, 4)) - 1; return { start: `${y}-01-01`, end: `${y}-12-31`, precision: 'year' }; } },
  { re: /\b(?:over|during|at)\s+the\s+(?:past\s+|last\s+)?weekend\b|\bthis\s+(?:past\s+)?weekend\b|\blast\s+weekend\b/gi, make: (_m, pub) => { const sun = mostRecentWeekday(pub, 0); const sat = weekday(pub) === 6 ? pub : sun - 1; return range(sat, Math.min(sat + 1, pub)); } },
  { re: /\blast\s+week\b|\bthe\s+(?:previous|past)\s+week\b|\bthe\s+week\s+before\b/gi, make: (m, pub) => {
    if (/past/i.test(m[0])) return range(pub - 7, pub, 'week');
    const mon = pub - ((weekday(pub) + 6) % 7); return range(mon - 7, mon - 1, 'week');
  } },
  { re: /\b(?<!later\s)this\s+week\b|\bearlier\s+this\s+week\b/gi, make: (_m, pub) => { const mon = pub - ((weekday(pub) + 6) % 7); return range(mon, pub, 'week'); } },
  // "later this week", "later this month", "later this year": from the publication day to the end of that stretch.
  { re: /\blater\s+this\s+(week|month|year)\b/gi, make: (m, pub, published) => {
    const [y, mo] = [Number(published.slice(0, 4)), Number(published.slice(5, 7))];
    if (m[1].toLowerCase() === 'week') return range(pub, pub - ((weekday(pub) + 6) % 7) + 6, 'week');
    if (m[1].toLowerCase() === 'month') return { ...range(pub, toDay(ymd(y, mo, lastDayOf(y, mo)))), precision: 'month' };
    return { ...range(pub, toDay(`${y}-12-31`)), precision: 'year' };
  } },
  { re: /\b(?:in\s+the|over\s+the|during\s+the)\s+(?:last|past)\s+(\w+)\s+(days?|weeks?|months?)\b/gi, make: (m, pub) => {
    const n = /^\d+$/.test(m[1]) ? Number(m[1]) : NUMBER_WORDS[m[1].toLowerCase()];
    if (!n) return null;
    const unit = m[2].toLowerCase().startsWith('day') ? 1 : m[2].toLowerCase().startsWith('week') ? 7 : 30;
    return range(pub - n * unit, pub, unit === 1 ? 'day' : unit === 7 ? 'week' : 'month');
  } },
  { re: /\b(?:over\s+the\s+|in\s+the\s+)?(?:past|last)\s+(?:day|24\s+hours)\b/gi, make: (_m, pub) => range(pub - 1, pub) },
  { re: /\bearlier\s+this\s+month\b|\b(?<!later\s)this\s+month\b/gi, make: (_m, pub, published) => { const [y, mo] = [Number(published.slice(0, 4)), Number(published.slice(5, 7))]; return { ...range(toDay(ymd(y, mo, 1)), pub), precision: 'month' }; } },
  // Forward references: "next week" (Monday to Sunday after this one), "tomorrow", "next month".
  { re: /\bnext\s+week\b/gi, make: (_m, pub) => { const mon = pub - ((weekday(pub) + 6) % 7) + 7; return range(mon, mon + 6, 'week'); } },
  { re: /\btomorrow\b/gi, make: (_m, pub) => range(pub + 1, pub + 1) },
  { re: /\bnext\s+month\b/gi, make: (_m, _pub, published) => { let y = Number(published.slice(0, 4)); let mo = Number(published.slice(5, 7)) + 1; if (mo === 13) { mo = 1; y++; } return { ...range(toDay(ymd(y, mo, 1)), toDay(ymd(y, mo, lastDayOf(y, mo)))), precision: 'month' }; } },
  // "last December": the most recent December before this month; "last summer", "the autumn of 2025": the season.
  { re: new RegExp(`\\blast\\s+${MONTH_RE}(?!\\s+\\d)`, 'gi'), make: (m, _p, published) => {
    const mon = monthOf(m[1]);
    const py = Number(published.slice(0, 4));
    const y = mon < Number(published.slice(5, 7)) ? py : py - 1;
    return { ...range(toDay(ymd(y, mon, 1)), toDay(ymd(y, mon, lastDayOf(y, mon)))), precision: 'month' };
  } },
  { re: /\b(?:(last)\s+|(?:in\s+)?the\s+)(spring|summer|autumn|fall|winter)(?:\s+of\s+(\d{4}))?\b/gi, make: (m, _p, published) => {
    if (!m[1] && !m[3]) return null; // "the summer" alone has no year
    const first = SEASONS[m[2].toLowerCase()];
    const py = Number(published.slice(0, 4));
    const pm = Number(published.slice(5, 7));
    // Last summer: the one that has ended before this month (this year's when it is over, else last year's).
    const y = m[3] ? Number(m[3]) : first + 2 < pm ? py : py - 1;
    const endY = first === 12 ? y + 1 : y;
    const endM = first === 12 ? 2 : first + 2;
    return { ...range(toDay(ymd(y, first, 1)), toDay(ymd(endY, endM, lastDayOf(endY, endM)))), precision: 'month' };
  } },
  { re: /\blast\s+month\b/gi, make: (_m, _pub, published) => { let y = Number(published.slice(0, 4)); let mo = Number(published.slice(5, 7)) - 1; if (mo === 0) { mo = 12; y--; } return { ...range(toDay(ymd(y, mo, 1)), toDay(ymd(y, mo, lastDayOf(y, mo)))), precision: 'month' }; } },
  { re: /\bovernight\b|\blast\s+night\b|\bon\s+the\s+night\b/gi, make: (_m, pub) => range(pub - 1, pub) },
  { re: /\byesterday\b/gi, make: (_m, pub) => range(pub - 1, pub - 1) },
  { re: /\btoday\b|\bthis\s+(?:morning|afternoon|evening)\b|\btonight\b|\bearlier\s+today\b/gi, make: (_m, pub) => range(pub, pub) },
  // "late January 2025", "in October", "October 2025"
  { re: new RegExp(`\\b(?:[Ii]n\\s+)?(late|early|mid-?|end\\s+of|beginning\\s+of|start\\s+of)?\\s*${MONTH_RE}(?:\\s+(\\d{4}))?\\b`, 'g'), make: (m, _p, published) => {
    if (!m[1] && !/^in\s/i.test(m[0]) && !m[3]) return null; // a bare month name ("May") is too ambiguous
    const mon = monthOf(m[2]);
    const [y, mo] = m[3] ? [Number(m[3]), mon] : recentMonth(published, mon);
    const [a, b] = partOfMonth(m[1], y, mo);
    return { ...range(a, b), precision: 'month' };
  } },
  { re: /\b[Ii]n\s+(\d{4})\b/g, make: (m) => ({ start: `${m[1]}-01-01`, end: `${m[1]}-12-31`, precision: 'year' }) },
];

/** The parsers' literal gates (see gate.ts), one pass for the case-insensitive patterns and one for the others. */
const SET_OF = PARSERS.map((p) => (p.re.flags.includes('i') ? 'i' : 's'));
const INDEX_IN_SET = SET_OF.map((kind, k) => SET_OF.slice(0, k).filter((x) => x === kind).length);
const INSENSITIVE = new GateSet(PARSERS.filter((_p, k) => SET_OF[k] === 'i').map((p) => p.re));
const SENSITIVE = new GateSet(PARSERS.filter((_p, k) => SET_OF[k] === 's').map((p) => p.re));

/** Words before a date that put it ahead of the writing: "will resume on March 3", "due to meet on Tuesday". */
// ("expected the parties to reconvene in March": what is awaited is ahead.)
const FUTURE = /\b(will|shall|due\s+(to|in|at)|scheduled\s+(to|for)|set\s+to|expected\s+([\w-]+\s+){0,3}?(to|in|at)|planned\s+for|plans?\s+to|is\s+to|are\s+to|next)\b[^.;]*$/i;
const WEEKDAY_IN = new RegExp(WD_RE, 'i');
/** A verb of saying between the future word and the date dates the saying ("will go on, he said on Tuesday"). */
const SAYING = /\b(said|says|told|announced|reported|added|stated|wrote|posted)\b/i;
const aheadOf = (before: string): boolean => { const f = FUTURE.exec(before); return !!f && !SAYING.test(f[0]); };

/** A date the text places ahead of publication, read as the next such day: a weekday a week on, a day of a month a year on. */
function forward(r: Omit<DateMention, 'span' | 'text'>, said: string): Omit<DateMention, 'span' | 'text'> {
  if (WEEKDAY_IN.test(said)) return { ...r, ...range(toDay(r.start) + 7, toDay(r.end) + 7, r.precision) };
  const later = (d: string) => `${Number(d.slice(0, 4)) + 1}${d.slice(4)}`;
  return { ...r, start: later(r.start), end: later(r.end) };
}

/**
 * Every date mention in `text.slice(start, end)`, resolved against `published` (YYYY-MM-DD).
 * Without a publication date only dates with a written year resolve.
 */
export function findDates(text: string, start: number, end: number, published: string | null): DateMention[] {
  const s = text.slice(start, end);
  const out: DateMention[] = [];
  const taken: [number, number][] = [];
  const pub = published ? toDay(published) : NaN;
  // Most sentences have no month, weekday or "ago": a parser none of whose words the sentence has is not run.
  const insensitive = INSENSITIVE.scan(s);
  const sensitive = SENSITIVE.scan(s);
  for (let k = 0; k < PARSERS.length; k++) {
    const p = PARSERS[k];
    if (!(SET_OF[k] === 'i' ? INSENSITIVE.may(insensitive, INDEX_IN_SET[k]) : SENSITIVE.may(sensitive, INDEX_IN_SET[k]))) continue;
    p.re.lastIndex = 0;
    for (let m = p.re.exec(s); m; m = p.re.exec(s)) {
      const a = m.index;
      const b = a + m[0].length;
      if (taken.some(([x, y]) => a < y && x < b)) continue;
      let r: Omit<DateMention, 'span' | 'text'> | null = null;
      if (published) r = p.make(m, pub, published);
      else if (/\d{4}/.test(m[0])) r = p.make(m, NaN, `${m[0].match(/\d{4}/)![0]}-12-31`);
      if (!r || !r.start || r.start.includes('NaN')) continue;
      taken.push([a, b]);
      if (published && !/\d{4}/.test(m[0]) && toDay(r.end) < pub && aheadOf(s.slice(Math.max(0, a - 60), a))) r = forward(r, m[0]);
      out.push({ ...r, span: { start: start + a, end: start + b }, text: m[0] });
    }
  }
  return out.sort((x, y) => x.span.start - y.span.start);
}

export { toDay, fromDay };
