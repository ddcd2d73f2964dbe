import type { Document, Span } from '../document/types.js';
import { loadData } from '../data.js';
import { actors, actorKey } from '../resolve/actors.js';
import { gazetteer, admin1Info, type Candidate } from '../resolve/gazetteer/gazetteer.js';
import { admin1ByGeonames, countryTable } from '../resolve/gazetteer/geo-data.js';
import { nameKey } from '../resolve/normalise.js';
import type { Place, PlaceKind, ResolvedPlace } from './types.js';
import { tokenize, type Token } from './tokens.js';

interface PlaceLexicon {
  notPlaces: string[];
  unitWords: string[];
  titles: string[];
  regionWords: string[];
  cityWords: string[];
  facilityWords: string[];
  cityOfPatterns: string[];
  connectors: string[];
}

const LEX = loadData<PlaceLexicon>('lexicon/places.json');
const NOT_PLACES = new Set(LEX.notPlaces);
const UNIT_WORDS = new Set(LEX.unitWords);
const TITLES = new Set(LEX.titles);
const REGION_WORDS = new Set(LEX.regionWords);
const CITY_WORDS = new Set(LEX.cityWords);
const FACILITY_WORDS = new Set(LEX.facilityWords);
const CONNECTORS = new Set(LEX.connectors);
const CITY_OF = LEX.cityOfPatterns.map((p) => p.split(' '));
const MAX_NAME_TOKENS = 5;

/** A place name found in the text, before resolution. */
interface Mention {
  span: Span;
  /** The name as written, without "region"/"airport" words. */
  name: string;
  /** The whole mention as written ("Dnipropetrovsk region"). */
  mention: string;
  kindHint: PlaceKind | null;
  sentence: number;
  /** "Russia's Tula region": the country the text pins the place to. */
  countryHint: string | null;
  candidates: Candidate[];
}

const startsCap = (t: Token) => t.cap || /^(al|el|ad|an|as|ash|ar|at|az|ed|es)-\p{Lu}/u.test(t.text);
const plainWord = (t: Token) => t.lower.replace(/[’']s?$/, '');

let countryByKey: Map<string, string> | null = null;
/** Country code for a country name or alias ("Russia", "Russia's" → RU). */
export function countryCodeOf(word: string): string | null {
  if (!countryByKey) {
    countryByKey = new Map();
    for (const c of countryTable()) for (const n of [c.name, ...c.aliases]) countryByKey.set(nameKey(n), c.code);
  }
  return countryByKey.get(nameKey(word.replace(/[’']s$/, ''))) ?? null;
}

/** Spans of multi-word organisation names from the actor registry: a toponym inside one is not a place. */
function organisationSpans(toks: Token[]): Span[] {
  const reg = actors();
  const out: Span[] = [];
  for (let i = 0; i < toks.length; i++) {
    if (!toks[i].cap) continue;
    for (let n = Math.min(9, toks.length - i); n >= 2; n--) {
      const words = toks.slice(i, i + n);
      if (!words[n - 1].word) continue;
      const phrase = words.map((t) => t.text).join(' ');
      const a = reg.exact(phrase);
      if (a && a.type !== 'government' || a && !countryCodeOf(phrase) && actorKey(phrase).split(' ').length > 1) {
        out.push({ start: words[0].start, end: words[n - 1].end });
        i += n - 1;
        break;
      }
    }
  }
  return out;
}

/** Finds place-name mentions in one sentence: capitalised runs that the gazetteer knows, plus typed forms. */
function findMentions(doc: Document, si: number): Mention[] {
  const s = doc.sentences[si];
  const toks = tokenize(doc.text, s.start, s.end);
  const orgs = organisationSpans(toks);
  const gz = gazetteer();
  const out: Mention[] = [];
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i];
    if (!t.word || !startsCap(t)) continue;
    if (NOT_PLACES.has(plainWord(t)) && !(toks[i + 1] && REGION_WORDS.has(toks[i + 1].lower))) continue;
    if (orgs.some((o) => o.start <= t.start && t.end <= o.end)) continue;
    const prev = toks[i - 1];
    if (prev && TITLES.has(prev.lower.replace('.', ''))) continue; // "President Zelensky", "Governor Syniehubov"
    // Longest run first: "Deir Al Balah", "Gaza Strip", "Democratic Republic of the Congo".
    let found: Mention | null = null;
    for (let n = Math.min(MAX_NAME_TOKENS, toks.length - i); n >= 1 && !found; n--) {
      const run = toks.slice(i, i + n);
      const last = run[n - 1];
      if (!last.word || (!startsCap(last) && n > 1)) continue;
      if (run.some((x, k) => !x.word && !(x.text === '-' && k > 0 && k < n - 1))) continue;
      if (run.some((x, k) => k > 0 && !startsCap(x) && !CONNECTORS.has(x.lower))) continue;
      const nameText = doc.text.slice(run[0].start, last.end).replace(/[’']s$/, '');
      const nameEnd = run[0].start + nameText.length;
      const next = toks[i + n];
      const next2 = toks[i + n + 1];
      // A unit or an organisation: "Sever group", "Kyiv Independent", "Geneva Academy".
      if (next && next.word && UNIT_WORDS.has(next.lower) && !REGION_WORDS.has(next.lower)) {
        if (!(next.lower === 'front')) { i += n - 1; found = { span: { start: 0, end: 0 }, name: '', mention: '', kindHint: null, sentence: si, countryHint: null, candidates: [] }; break; }
      }
      // Typed forms first: "X region", "X Oblast", "X airport", "X village".
      if (next && next.word && (REGION_WORDS.has(next.lower) || FACILITY_WORDS.has(next.lower) || CITY_WORDS.has(next.lower))) {
        const typed = `${nameText} ${next.text}`;
        const cands = gz.lookup(typed);
        const kindHint: PlaceKind = REGION_WORDS.has(next.lower) ? 'region' : FACILITY_WORDS.has(next.lower) ? 'facility' : 'city';
        const bareCands = gz.lookup(nameText);
        const fitting = cands.length ? cands : bareCands.filter((c) => (kindHint === 'region' ? c.kind === 'region' || c.kind === 'city' : kindHint === 'city' ? c.kind === 'city' : true));
        if (fitting.length || kindHint !== 'facility') {
          let end = next.end;
          if (next2 && next2.word && (next2.lower === 'region' || next2.lower === 'oblast') && REGION_WORDS.has(next.lower)) end = next2.end;
          found = { span: { start: run[0].start, end }, name: nameText, mention: doc.text.slice(run[0].start, end), kindHint, sentence: si, countryHint: null, candidates: fitting };
          if (!fitting.length && kindHint === 'region') found = null;
          if (found) break;
        }
      }
      if (NOT_PLACES.has(nameKey(nameText)) ) continue;
      const cands = gz.lookup(nameText);
      if (cands.length) found = { span: { start: run[0].start, end: nameEnd }, name: nameText, mention: nameText, kindHint: null, sentence: si, countryHint: null, candidates: cands };
    }
    if (!found) {
      // "the village of X" names a place even when the gazetteer has never heard of it.
      const pat = CITY_OF.find((p) => p.every((w, k) => toks[i - p.length + k]?.lower === w));
      if (pat && t.cap) {
        let e = i;
        while (toks[e + 1] && (startsCap(toks[e + 1]) || (toks[e + 1].text === '-' && toks[e + 2] && startsCap(toks[e + 2])))) e++;
        const nameText = doc.text.slice(t.start, toks[e].end);
        found = { span: { start: t.start, end: toks[e].end }, name: nameText, mention: nameText, kindHint: 'city', sentence: si, countryHint: null, candidates: [] };
      }
    }
    if (!found || !found.mention) continue;
    // "Russia's Tula region", "Ukraine's Dnipropetrovsk region": the possessive pins the country.
    const before = toks.filter((x) => x.end <= found!.span.start).slice(-1)[0];
    if (before && /[’']s$/.test(before.text)) found.countryHint = countryCodeOf(before.text);
    out.push(found);
    i = toks.findIndex((x) => x.start >= found!.span.end) - 1;
    if (i < 0) break;
  }
  // "Moscow-area airports": the place is Moscow; keep it, the kind stays a city.
  return out;
}

/** Where a document is set: countries and first-level regions of its unambiguous mentions, and its dateline. */
interface Focus {
  countries: Map<string, number>;
  admin1s: Map<string, number>;
  /** Admin1 codes per sentence, for "Pokrovsk beside Donetsk region". */
  sentenceAdmin1: Map<number, Set<string>>;
}

function unambiguous(m: Mention): Candidate | null {
  const strong = m.candidates.filter((c) => c.kind === 'country' || c.kind === 'region');
  if (strong.length === 1) return strong[0];
  if (m.candidates.length === 1) return m.candidates[0];
  const countries = new Set(m.candidates.map((c) => c.country));
  if (countries.size === 1) return m.candidates.sort((a, b) => b.population - a.population)[0];
  return null;
}

function buildFocus(mentions: Mention[]): Focus {
  const f: Focus = { countries: new Map(), admin1s: new Map(), sentenceAdmin1: new Map() };
  for (const m of mentions) {
    const c = unambiguous(m);
    if (!c) continue;
    if (c.country) f.countries.set(c.country, (f.countries.get(c.country) ?? 0) + (c.kind === 'country' ? 1 : 2));
    if (c.admin1) {
      f.admin1s.set(c.admin1, (f.admin1s.get(c.admin1) ?? 0) + 1);
      let set = f.sentenceAdmin1.get(m.sentence);
      if (!set) f.sentenceAdmin1.set(m.sentence, (set = new Set()));
      set.add(c.admin1);
    }
  }
  return f;
}

const FEATURE_BONUS: Record<string, number> = { PPLC: 2, PPLA: 1.2, PPLA2: 0.6, PPLA3: 0.2, ADM1: 0, PCLI: 0, AIRP: 0 };

/** Picks the candidate the context supports. Returns it with the reason, for `why`. */
function choose(m: Mention, focus: Focus): { c: Candidate; why: string } | null {
  if (!m.candidates.length) return null;
  let best: Candidate | null = null;
  let bestScore = -Infinity;
  let why = 'population';
  const total = [...focus.countries.values()].reduce((a, b) => a + b, 0) || 1;
  for (const c of m.candidates) {
    let score = Math.log10(c.population + 10) * 0.9 + (FEATURE_BONUS[c.fcode] ?? 0) + (c.official ? 0.4 : 0);
    let reason = 'population';
    if (m.kindHint && c.kind === m.kindHint) score += 3;
    if (m.kindHint === 'region' && c.kind !== 'region') score -= 2;
    if (!m.kindHint && c.kind === 'country') score += 6;
    if (!m.kindHint && c.kind === 'region') score += 0.5;
    if (c.kind === 'facility' && m.kindHint !== 'facility') score -= 4;
    if (m.countryHint) { if (c.country === m.countryHint) { score += 6; reason = 'possessive-country'; } else score -= 6; }
    const cf = c.country ? (focus.countries.get(c.country) ?? 0) / total : 0;
    if (cf > 0) { score += 4 * cf + 1; if (reason === 'population') reason = 'focus-country'; }
    if (c.admin1 && focus.sentenceAdmin1.get(m.sentence)?.has(c.admin1)) { score += 4; reason = 'region-context'; }
    else if (c.admin1 && focus.admin1s.has(c.admin1)) { score += 2; if (reason !== 'possessive-country') reason = 'document-region'; }
    if (score > bestScore) { bestScore = score; best = c; why = reason; }
  }
  return best ? { c: best, why } : null;
}

const PRECISION: Record<PlaceKind, 1 | 2 | 3> = { city: 1, facility: 1, region: 3, country: 3 };

export function toResolved(c: Candidate): ResolvedPlace {
  const a = c.kind === 'country' ? null : admin1Info(c.admin1);
  const entry = c.admin1 ? admin1ByGeonames(c.admin1) : undefined;
  return {
    name: c.name,
    geonameId: c.id < 900_000_000 ? c.id : null,
    lat: c.lat,
    lon: c.lon,
    country: c.country,
    admin1: a?.name ?? null,
    admin1Code: a?.iso ?? null,
    admin1Acled: a?.acled ?? entry?.acled ?? null,
    kind: c.kind,
    precision: PRECISION[c.kind],
  };
}

/**
 * Toponyms of a document resolved to the gazetteer. Two passes: unambiguous mentions (countries,
 * typed regions, unique names) set the document's focus; then every mention is resolved with it.
 */
export function extractPlaces(doc: Document): Place[] {
  const mentions: Mention[] = [];
  for (let si = 0; si < doc.sentences.length; si++) {
    if (doc.paragraphs[doc.sentences[si].paragraph].kind === 'heading') continue;
    mentions.push(...findMentions(doc, si));
  }
  const focus = buildFocus(mentions);
  const places: Place[] = [];
  for (const m of mentions) {
    const pick = choose(m, focus);
    if (pick) {
      places.push({ ...toResolved(pick.c), mention: m.mention, span: m.span, sentence: m.sentence, why: pick.why });
    } else if (m.kindHint) {
      // Named as a village or district but unknown to the gazetteer: keep it, placed by context.
      const ctx = [...(focus.sentenceAdmin1.get(m.sentence) ?? [])][0] ?? [...focus.admin1s.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null;
      const country = m.countryHint ?? (ctx ? ctx.slice(0, 2) : [...focus.countries.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null);
      const a = ctx && ctx.startsWith(country ?? '') ? admin1Info(ctx) : null;
      places.push({ name: m.name, geonameId: null, lat: null, lon: null, country, admin1: a?.name ?? null, admin1Code: a?.iso ?? null, admin1Acled: a?.acled ?? null, kind: m.kindHint, precision: 2, mention: m.mention, span: m.span, sentence: m.sentence, why: 'unresolved-context' });
    }
  }
  return places;
}
