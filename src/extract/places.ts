import type { Document, Span } from '../document/types.js';
import { loadData } from '../data.js';
import { actors, actorKey, isDemonym, type Actor } from '../resolve/actors.js';
import { gazetteer, admin1Info, type Candidate } from '../resolve/gazetteer/gazetteer.js';
import { acledSpelling, admin1ByGeonames, admin1Table, countryCodeOf } from '../resolve/gazetteer/geo-data.js';
import { nameKey } from '../resolve/normalise.js';
import { kmBetween } from '../resolve/distance.js';
import { demonymCode, farFromCountries, nationalitiesNamed } from './nationality-focus.js';
import type { Claim, Place, PlaceKind, ResolvedPlace } from './types.js';
import { sentenceTokens, type Token } from './tokens.js';

interface PlaceLexicon {
  vesselNouns: string[];
  unresolvedTypedWords: string[];
  notPlaces: string[];
  unitWords: string[];
  organisationHeads: string[];
  affiliateHeads: string[];
  titles: string[];
  regionWords: string[];
  cityWords: string[];
  facilityWords: string[];
  cityOfPatterns: string[];
  connectors: string[];
  admin2Words: string[];
  institutionWords: string[];
  toponymTitles: string[];
  waterWords: string[];
}

const LEX = loadData<PlaceLexicon>('lexicon/places.json');
/** Demonyms and tiny-place collisions, and English function words, which alone are never a place ("Her", "By"). */
const FUNCTION_WORDS = loadData<{ words: string[]; conflictWords: string[] }>('lexicon/function-words.json');
/** Articles and determiners: never the name of a place before a unit word ("The state", "This region"). */
const DETERMINERS = new Set(['the', 'a', 'an', 'this', 'that', 'these', 'those', 'each', 'every', 'its', 'their', 'whose', 'our']);
const NOT_PLACES = new Set([...LEX.notPlaces, ...FUNCTION_WORDS.words, ...FUNCTION_WORDS.conflictWords]);
const UNIT_WORDS = new Set(LEX.unitWords);
const TITLES = new Set(LEX.titles);
const REGION_WORDS = new Set(LEX.regionWords);
const CITY_WORDS = new Set(LEX.cityWords);
/** Type words in the plural ("townships", "villages"): they type every name of a list before them. */
const PLURAL_TYPES = new Set([...REGION_WORDS, ...CITY_WORDS].filter((w) => w.endsWith('s')));
const FACILITY_WORDS = new Set(LEX.facilityWords);
const CONNECTORS = new Set(LEX.connectors);
const CITY_OF = LEX.cityOfPatterns.map((p) => p.split(' '));
const MAX_NAME_TOKENS = 5;
const UNRESOLVED_TYPED = new Set(LEX.unresolvedTypedWords);
const ADMIN2_WORDS = new Set(LEX.admin2Words);
const INSTITUTION_WORDS = new Set(LEX.institutionWords);
const TOPONYM_TITLES = new Set(LEX.toponymTitles);
const WATER_WORDS = new Set(LEX.waterWords);
/** "Marinovka military airfield": a describing word between a name and its facility word. */
const FACILITY_ADJECTIVES = new Set(['military', 'air', 'naval', 'chemical', 'oil', 'power', 'nuclear', 'main', 'thermal', 'hydroelectric', 'displacement', 'refugee']);

/** A place name found in the text, before resolution. */
/** "the city's", "the town's": a possessive that points at the last city named. */
const CITY_OWNER = /\b(city|town)['’]s\s+$/i;
/** How many sentences back "the city's" looks for its city. */
const CITY_OWNER_REACH = 3;

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
  /** Places named right after it that say where it is: "Udachne, Donetsk", "Mangala village (Djugu, Ituri)". */
  context?: Mention[];
  /** How the first of those is joined: "in" is weaker than a comma or brackets ("Kelly in Melbourne" is a reporter). */
  contextJoin?: 'comma' | 'in' | 'bracket';
  /** A piece of a longer capitalised name ("Tan" in "Koe Tan Kauk"): see fragmentRun. */
  fragment?: boolean;
  /** The place in the possessive right before it ("Gaza City's Zeitoun"): where it is, when nothing after it says. */
  possessor?: Mention;
  /** A place it is told to be near ("Stepove, southwest of Huliaipole", "Kiliba near Uvira"): it lies close to it. */
  nearTo?: Mention;
  /** Named right after another place to say where it is ("Port Sudan, Red Sea"): a unit, not a sea or river. */
  isContext?: boolean;
}

// "al-Fashir", "el-Obeid": an Arabic article before a capital. The hyphen test first spares most words the regex.
const ARTICLE_CAP = /^(al|el|ad|an|as|ash|ar|at|az|ed|es)-\p{Lu}/u;
const startsCap = (t: Token) => t.cap || (t.text.length > 3 && (t.text[2] === '-' || t.text[3] === '-') && ARTICLE_CAP.test(t.text));
/** The word without a possessive ("Russia’s" → "russia"); most words have none, and are returned as they are. */
const plainWord = (t: Token) => (endsPossessive(t.lower) ? t.lower.replace(/[’']s?$/, '') : t.lower);
/** Ends in an apostrophe, or an apostrophe and "s": the cheap test before any replace. */
function endsPossessive(w: string): boolean {
  const last = w.charCodeAt(w.length - 1);
  const apostrophe = (c: number) => c === 39 || c === 0x2019;
  return apostrophe(last) || ((last === 115 || last === 83) && w.length > 1 && apostrophe(w.charCodeAt(w.length - 2)));
}
/** Ends in "’s"/"'s" exactly (what /[’']s$/ tests). */
const endsApostropheS = (w: string) => w.length > 1 && w.charCodeAt(w.length - 1) === 115 && (w.charCodeAt(w.length - 2) === 39 || w.charCodeAt(w.length - 2) === 0x2019);


const ORGANISATION_HEADS = new Set(LEX.organisationHeads);
const AFFILIATE_HEADS = new Set(LEX.affiliateHeads);
/**
 * Up to two capitalised words from k whose last is an organisation's head: "Africa Command", "Airlines"; or a part of a
 * group right after: "(al-Qaeda's Sahel) affiliate".
 */
function organisationNameAfter(toks: Token[], k: number): boolean {
  if (toks[k]?.word && AFFILIATE_HEADS.has(toks[k].lower)) return true;
  for (let m = 0; m < 2; m++) {
    const t = toks[k + m];
    if (!t?.word || !startsCap(t)) return false;
    if (ORGANISATION_HEADS.has(t.lower)) return true;
  }
  return false;
}

/** Spans of multi-word organisation names from the actor registry: a toponym inside one is not a place. */
/** (Also notes in `seen` the countries of the registry's actors named, for nationality-focus.ts.) */
function organisationSpans(toks: Token[], seen?: Set<string>): Span[] {
  const reg = actors();
  const out: Span[] = [];
  // Each token's actor key, computed once per sentence (a token falls in several candidate windows).
  const keys: (string | undefined)[] = new Array(toks.length);
  const keyOf = (k: number) => (keys[k] ??= (toks[k].lex.actorKey ??= actorKey(toks[k].text)));
  const hits: { n: number; a: Actor; multiWord: boolean }[] = [];
  for (let i = 0; i < toks.length; i++) {
    if (!toks[i].cap) continue;
    // A name is at most as many tokens as the longest alias starting with its first word ("The" aside).
    const the = toks[i].lower === 'the' && toks[i + 1] ? 1 : 0;
    const longest = reg.longestStartingWith(keyOf(i + the));
    if (!longest) continue;
    // An actor key is made word by word (see actorKey), so the phrase's key is its tokens' keys joined: the
    // registry's names are walked a token at a time, stopping at the first word none continues with.
    hits.length = 0;
    let node = reg.root;
    let words = 0;
    for (let n = 1, max = Math.min(longest + the + 1, toks.length - i); n <= max; n++) {
      const k = n <= the ? '' : keyOf(i + n - 1);
      if (k) {
        const next = reg.step(node, k);
        if (!next) break;
        node = next;
        words += k.includes(' ') ? k.split(' ').length : 1;
      }
      if (!words || !toks[i + n - 1].word || !node.actor) continue;
      hits.push({ n, a: node.actor, multiWord: words > 1 });
      if (node.actor.country) seen?.add(node.actor.country);
    }
    // Longest name first.
    for (let h = hits.length - 1; h >= 0; h--) {
      const { n, a, multiWord } = hits[h];
      let phrase = toks[i].text;
      for (let k = 1; k < n; k++) phrase += ` ${toks[i + k].text}`;
      // ("Sanaa's airport": the possessive is no part of the name.)
      if (endsApostropheS(phrase)) phrase = phrase.slice(0, -2);
      if (countryCodeOf(phrase)) continue;
      // An authority named by its territory ("the Donetsk People's Republic") is still the place, and so is
      // a government named by its seat ("Port Sudan", "Moscow").
      // A capital standing for whoever holds it ("Sanaa" for the Houthis) is the capital too.
      const asPlace = a.type === 'government' || a.type === 'local-official' || n === 1 ? gazetteer().lookup(phrase) : [];
      if (asPlace.some((c) => c.kind === 'region') || (a.type === 'government' && asPlace.some((c) => c.kind === 'country' || (c.kind === 'city' && c.population > 50_000)))) continue;
      if (n === 1 && asPlace.some((c) => c.fcode === 'PPLC' || c.fcode === 'PPLA')) continue;
      // A hospital or plant that speaks as a source ("Nasser Hospital said") is still the building, a place.
      if (n > 1 && (FACILITY_WORDS.has(toks[i + n - 1].lower) || gazetteer().lookup(phrase).some((c) => c.kind === 'facility'))) continue;
      // One word: an organisation or a person ("Hamas", "Turk"), not a government metonym ("Moscow", "Kremlin").
      const single = n === 1 && !(a.type === 'government' || a.type === 'military' && /kremlin|pentagon/i.test(phrase));
      if ((n > 1 && (a.type !== 'government' || multiWord)) || (single && (a.role || !['government', 'local-official'].includes(a.type)))) {
        // "Myanmar junta", "Russia's defence ministry": the country that opens the name is still named; so is the town,
        // region or seat that opens an office's title ("Lviv Mayor Andrii Sadovyi", "In Kharkiv, Mayor …", "the
        // Bryansk governor", "the Kremlin's spokesman").
        const first = n > 1 && (countryCodeOf(toks[i + the].text) || placeBeforeTitle(toks, i + the, i + n - 1)) ? i + the + 1 : i;
        out.push({ start: toks[first].start, end: toks[i + n - 1].end });
        i += n - 1;
        break;
      }
    }
  }
  return out;
}

/**
 * Token h names a town, region or seat and a title word follows it at once, within tokens h+1…e ("Lviv Mayor Andrii
 * Sadovyi", "Kharkiv, Mayor …"). Not with another word between ("Kherson's regional governor" speaks for the region).
 */
function placeBeforeTitle(toks: Token[], h: number, e: number): boolean {
  // (A unit word, a comma or both may come between: "Kharkiv, Mayor …", "the Odesa region governor", "In the Mykolaiv
  // region, governor Vitaliy Kim said".)
  let t = h + 1;
  if (REGION_WORDS.has(toks[t]?.lower ?? '')) t++;
  if (toks[t]?.text === ',') t++;
  if (t > e || !TITLES.has(toks[t].lower)) return false;
  return gazetteer().lookup(plainWord(toks[h])).some((c) => c.kind === 'region' || c.kind === 'facility' || (c.kind === 'city' && c.population >= 50_000));
}

/** A mention with every field set from the start: one object shape for all of them (the functions that read mentions stay monomorphic). */
/** "the X", "the south X": a name right after "the" and at most a word of direction. */
const afterThe = (toks: Token[], i: number) => toks[i - 1]?.lower === 'the'
  || (DIRECTION_WORD.test(toks[i - 1]?.lower ?? '') && toks[i - 2]?.lower === 'the');
const DIRECTION_WORD = new RegExp('^(north|south|east|west|northern|southern|eastern|western|central|northeast|northwest|southeast|'
  + 'southwest|north-?eastern|north-?western|south-?eastern|south-?western)$');

function newMention(span: Span, name: string, mention: string, kindHint: PlaceKind | null, sentence: number, candidates: Candidate[]): Mention {
  return { span, name, mention, kindHint, sentence, countryHint: null, candidates, context: undefined, contextJoin: undefined, isContext: false, possessor: undefined };
}

/** Words for a settlement, as "the North Darfur town of Tawila" names one (not a quarter: "the Al-Rawdah neighbourhood of Taiz"). */
const TOWN_WORDS = new Set(['town', 'city', 'village', 'settlement', 'hamlet', 'port']);
/** What stands between a region and the place it holds in "the North Darfur town of Tawila": a type word and "of". */
export const REGION_BEFORE_TYPE = /^\s+(?:region\s+|oblast\s+|province\s+|state\s+|governorate\s+)?(?:(?:border|frontline|front-line|coastal|port|market|mining|industrial)\s+)?(?:town|city|village|port|settlement|hamlet|locality)\s+of\s+$/i;

/** "the village of", "the town of": words just before token i that name what follows as a place. */
function cityOfBefore(toks: Token[], i: number): boolean {
  for (const p of CITY_OF) {
    let k = 0;
    while (k < p.length && toks[i - p.length + k]?.lower === p[k]) k++;
    if (k === p.length) return true;
  }
  return false;
}

/** Gazetteer candidates of a one-word name, kept on its word (and asked again if the gazetteer was replaced since). */
function looseOfWord(t: Token, nameText: string): Candidate[] {
  const gz = gazetteer();
  if (t.lex.looseFrom !== gz) { t.lex.loose = gz.lookupLoose(nameText); t.lex.looseFrom = gz; }
  return t.lex.loose as Candidate[];
}

/** The facility word after one or two lower-case describing words from token j ("nuclear power plant"), or null. */
function facilityAfter(toks: Token[], j: number): Token | null {
  for (let k = j; k < j + 2; k++) {
    const t = toks[k];
    if (!t || !t.word || t.cap || !FACILITY_ADJECTIVES.has(t.lower)) return null;
    const f = toks[k + 1];
    if (f && f.word && FACILITY_WORDS.has(f.lower)) return f;
  }
  return null;
}

/** A plant placed at the town it is named after ("the Novovoronezh nuclear power plant"): still a facility. An airport
 * the airport list lacks stays the town ("the Domodedovo and Zhukovo airports"). */
const plantAtTown = (m: Mention, kind: PlaceKind) => m.kindHint === 'facility' && kind === 'city' && !/\bair(port|field)s?\b/i.test(m.mention);

/** Tokens i…i+n−1 can be one name: words (a hyphen only inside), each after the first capitalised or a connector ("of", "al"). */
function nameRun(toks: Token[], i: number, n: number): boolean {
  for (let k = 0; k < n; k++) { const x = toks[i + k]; if (!x.word && !(x.text === '-' && k > 0 && k < n - 1)) return false; }
  for (let k = 1; k < n; k++) { const x = toks[i + k]; if (!startsCap(x) && !CONNECTORS.has(x.lower)) return false; }
  return true;
}

/** A token before the last of tokens i…i+n−1 ends in a possessive "’s". */
function possessiveInside(toks: Token[], i: number, n: number): boolean {
  for (let k = 0; k < n - 1; k++) if (endsApostropheS(toks[i + k].text)) return true;
  return false;
}

/** Finds place-name mentions in one sentence: capitalised runs that the gazetteer knows, plus typed forms. */
/** "and Rathedaung townships": the plural type word after the next name, if the list ends there. */
/**
 * "Kursk, Oryol and Smolensk regions": the plural type word at the end of a list of names that goes on after the
 * name ending at token j - 1, with commas and one "and".
 */
function listTypeAfter(toks: Token[], j: number): Token | null {
  for (let k = j; k < toks.length && k < j + 12; k++) {
    const t = toks[k];
    if (t.lower === 'and') return pluralTypeAfter(toks, k + 1);
    if (t.text !== ',' && !(t.word && t.cap)) return null;
  }
  return null;
}

function pluralTypeAfter(toks: Token[], j: number): Token | null {
  for (let k = j; k < toks.length && k < j + 4; k++) {
    const t = toks[k];
    if (!t.word) return null;
    if (!t.cap) return PLURAL_TYPES.has(t.lower) && k > j ? t : null;
  }
  return null;
}

/** Words for a ship, after which a capitalised name is the ship's (data/lexicon/places.json, vesselNouns). */
const VESSEL_NOUNS = new Set<string>(LEX.vesselNouns);
/**
 * Ships' names: "the tanker Vega Horizon", "the cruiser Moskva", "The vessel, the Aegean Star, …". A ship bears a
 * name, not a place ("Star", Idaho; "Moskva", Moscow).
 */
function vesselNames(toks: Token[]): Span[] {
  const out: Span[] = [];
  for (let i = 0; i < toks.length - 1; i++) {
    if (!VESSEL_NOUNS.has(toks[i].lower)) continue;
    let j = i + 1;
    if (toks[j]?.text === ',') j++;
    if (toks[j]?.lower === 'the' && toks[j + 1]?.cap) j++;
    let k = j;
    while (k < toks.length && k - j < 4 && toks[k].word && toks[k].cap) k++;
    if (k > j) out.push({ start: toks[j].start, end: toks[k - 1].end });
  }
  return out;
}

function findMentions(doc: Document, si: number, actorCountries?: Set<string>): Mention[] {
  const s = doc.sentences[si];
  const toks = sentenceTokens(doc, si);
  const orgs = [...organisationSpans(toks, actorCountries), ...vesselNames(toks)];
  const gz = gazetteer();
  const out: Mention[] = [];
  const headline = titleCase(toks);
  // The last token of the last name found after a preposition of place: a list may go on ("in X and Y").
  let listedAfter = -1;
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i];
    if (!t.word || !startsCap(t)) continue;
    // (A demonym before a facility word names a facility: "the Indonesian Hospital", see namedAfterCountry.)
    // ("Russian state media", "Syrian state TV": a nationality before a unit word describes it, and names no place.)
    // ("The state health ministry": an article before a unit word names no place.)
    // ("the Druze community", "Fulani communities": people, not a Ukrainian hromada.)
    if ((t.lex.notPlace ??= NOT_PLACES.has(plainWord(t))) && !(toks[i + 1] && REGION_WORDS.has(toks[i + 1].lower) && !nationality(plainWord(t))
      && !/^communit/.test(toks[i + 1].lower)
      && !DETERMINERS.has(t.lower))
      && !(toks[i + 1]?.cap && FACILITY_WORDS.has(toks[i + 1].lower) && nationality(t.lower)) && !opensRegionName(doc, toks, i)) continue;
    if (orgs.some((o) => o.start <= t.start && t.end <= o.end)) continue;
    // ("the Somali militants": a demonym alone is no place, though a region bears its name; "the Somali region" is one.)
    if (isDemonym(plainWord(t)) && !(toks[i + 1] && REGION_WORDS.has(toks[i + 1].lower)) && !toks[i + 1]?.cap) continue;
    const prev = toks[i - 1];
    if (prev && TITLES.has(prev.lower.includes('.') ? prev.lower.replace('.', '') : prev.lower)) continue;
    // "Moscow-area airports", "Kyiv-based officials": the name before the hyphen is a place.
    const compound = t.text.includes('-') ? /^(\p{Lu}[\p{L}]+)-(area|based|backed|led|controlled|held|occupied|bound)$/u.exec(t.text) : null;
    // "Druze-majority Sweida", "Kurdish-run Qamishli": a describing compound is no part of the name after it.
    if (!compound && t.text.includes('-') && /-(majority|dominated|populated|speaking|run|ruled|inhabited)$/u.test(t.text)) continue;
    if (compound) {
      // "Hamas-led militants": an organisation's name before the hyphen is no place (nor a homonym of one).
      const cands = NOT_PLACES.has(compound[1].toLowerCase()) ? [] : gz.lookup(compound[1]);
      if (cands.length) out.push(newMention({ start: t.start, end: t.start + compound[1].length }, compound[1], compound[1], null, si, cands));
      continue;
    } // "President Zelensky", "Governor Syniehubov"
    // Longest run first: "Deir Al Balah", "Gaza Strip", "Democratic Republic of the Congo".
    let found: Mention | null = null;
    for (let n = Math.min(MAX_NAME_TOKENS, toks.length - i); n >= 1 && !found; n--) {
      const last = toks[i + n - 1];
      if (!last.word || (!startsCap(last) && n > 1)) continue;
      if (!nameRun(toks, i, n)) continue;
      // "Russia's Tula region": a possessive ends a name; the next name starts after it, unless the whole
      // run is itself a name ("Donetsk People's Republic").
      if (possessiveInside(toks, i, n) && !gz.lookup(doc.text.slice(t.start, last.end)).some((c) => c.kind === 'region' || c.kind === 'country')) continue;
      const whole = n === 1 ? t.text : doc.text.slice(t.start, last.end);
      const nameText = endsApostropheS(whole) ? whole.slice(0, -2) : whole;
      const nameEnd = t.start + nameText.length;
      const next = toks[i + n];
      const next2 = toks[i + n + 1];
      // A unit or an organisation: "Sever group", "Kyiv Independent", "Geneva Academy".
      // ("cleared the town of Sudzha of Russian forces": a demonym after a connector names the unit's side, and the name
      // before the connector stands alone.)
      if (next && next.word && UNIT_WORDS.has(next.lower) && n > 2 && CONNECTORS.has(toks[i + n - 2].lower)
        && isDemonym(plainWord(last))) continue;
      if (next && next.word && UNIT_WORDS.has(next.lower) && !REGION_WORDS.has(next.lower)) {
        if (!(next.lower === 'front')) { i += n - 1; found = newMention({ start: 0, end: 0 }, '', '', null, si, []); break; }
      }
      // "US Africa Command", "Middle East Airlines": a name that opens an organisation's capitalised name.
      if (organisationNameAfter(toks, i + n)) { i += n - 1; found = newMention({ start: 0, end: 0 }, '', '', null, si, []); break; }
      // "Marinovka military airfield", "Engels air base", "the Zaporizhzhia nuclear power plant": a facility word after
      // one or two describing words. The facility itself where the gazetteer has it, else one at the named place.
      const afterAdj = facilityAfter(toks, i + n);
      if (afterAdj) {
        const whole = gz.lookup(doc.text.slice(t.start, afterAdj.end)).filter((c) => c.kind === 'facility');
        // (A plant the gazetteer lacks, "the Novovoronezh nuclear power plant", is at the town of 10,000 or more it is
        // named after. Not an airport: the airport list is whole, so one it lacks is no town's: "Zhukovo airports".)
        const named = gz.lookup(nameText);
        const facilities = named.filter((c) => c.kind === 'facility');
        const airport = /^air(port|field)s?$/.test(afterAdj.lower);
        const cands = whole.length ? whole : facilities.length || airport ? facilities
          : named.filter((c) => c.kind === 'city' && c.population >= 10_000);
        found = newMention({ start: t.start, end: afterAdj.end }, nameText, doc.text.slice(t.start, afterAdj.end), 'facility', si, cands);
        break;
      }
      // "the Litani river", "across the Dnipro river": a river is not the town of its name. One the gazetteer lacks is
      // placed by its context.
      if (next && next.word && WATER_WORDS.has(next.lower)) {
        const cands = gz.lookup(`${nameText} ${next.text}`);
        found = newMention({ start: t.start, end: next.end }, nameText, doc.text.slice(t.start, next.end), cands.length ? null : 'region', si, cands);
        break;
      }
      // Typed forms first: "X region", "X Oblast", "X airport", "X village"; and the first of a pair typed once,
      // in the plural, after the second ("Minbya and Rathedaung townships").
      const listType = next?.lower === 'and' ? pluralTypeAfter(toks, i + n + 1) : next?.text === ',' ? listTypeAfter(toks, i + n) : null;
      // "the Kharkiv region's governor", "Ben Gurion airport's terminal": a type word in the possessive still types the name.
      const poss = !listType && next?.word && endsApostropheS(next.text) ? 2 : 0;
      const nextLower = next ? next.lower.slice(0, next.lower.length - poss) : '';
      // ("the Red Sea port city of Hodeidah": a port city named after the sea, not a port called "Red Sea".)
      // ("the south Lebanon city of Nabatieh": a city in a country, not a city called Lebanon.)
      // ("the North Darfur town of Tawila": a town in North Darfur, not a town called "North Darfur"; but "Gouz Al-Naqa
      // village of Abu Gouta area" is a village called Gouz Al-Naqa.)
      const ofTown = !listType && next?.word && !REGION_WORDS.has(next.lower) && (/^\s+(city|town)\s+of\b/i.test(doc.text.slice(next.end, next.end + 12))
        || (TOWN_WORDS.has(next.lower) && afterThe(toks, i) && /^\s+of\s+(the\s+)?\p{Lu}/u.test(doc.text.slice(next.end, next.end + 12))
          && gz.lookupLoose(nameText).some((c) => (c.kind === 'region' || c.kind === 'country') && c.fcode !== 'WTR')));
      if (!ofTown && (listType || (next && next.word && (REGION_WORDS.has(nextLower) || FACILITY_WORDS.has(nextLower) || CITY_WORDS.has(nextLower))))) {
        const typeWord = listType ?? { ...next!, text: next!.text.slice(0, next!.text.length - poss), lower: nextLower };
        const typed = `${nameText} ${typeWord.text}`;
        // "the Kaluga and Bryansk regions": each name is looked up with the type in the singular.
        const plural = PLURAL_TYPES.has(typeWord.lower);
        const cands = plural ? gz.lookup(`${nameText} ${typeWord.text.slice(0, -1)}`) : gz.lookup(typed);
        const kindHint: PlaceKind = REGION_WORDS.has(typeWord.lower) ? 'region' : FACILITY_WORDS.has(typeWord.lower) ? 'facility' : 'city';
        const bareCands = gz.lookupLoose(nameText);
        // "the Saudi Hospital in El Fasher", "the Turkish Hospital": a facility named after a country is in the story's
        // place, not in that country (so it is placed by its context below).
        const namedAfterCountry = kindHint === 'facility' && !cands.length && (bareCands.some((c) => c.kind === 'country') || (n === 1 && nationality(t.lower)));
        let fitting = cands.length ? cands : namedAfterCountry ? [] : bareCands.filter((c) => (kindHint === 'region' ? c.kind === 'region' || c.kind === 'city' : kindHint === 'city' ? c.kind === 'city' : true));
        // "the Kaluga and Bryansk regions": a name typed as a region is the region where there is one, not its capital.
        if (kindHint === 'region' && fitting.some((c) => c.kind === 'region')) fitting = fitting.filter((c) => c.kind === 'region');
        // "Gangaw region" for a district: the second-level unit of that name.
        if (!fitting.length && kindHint === 'region') fitting = gz.lookup(`${nameText} district`).filter((c) => c.fcode === 'ADM2');
        // (A facility the gazetteer lacks is kept only where its type word says it is a place of its own: "Abu Shouk camp".)
        if (fitting.length || kindHint !== 'facility' || namedAfterCountry || UNRESOLVED_TYPED.has(typeWord.lower)) {
          let end = listType ? nameEnd : next.end - poss;
          if (!listType && !poss && next2 && next2.word && (next2.lower === 'region' || next2.lower === 'oblast') && REGION_WORDS.has(next.lower)) end = next2.end;
          // (Named whole: its country's name alone, told again, is the country.)
          found = newMention({ start: t.start, end }, namedAfterCountry ? typed : nameText, doc.text.slice(t.start, end), kindHint, si, fitting);
          // Unknown to the gazetteer but named as a place ("Pidhorodnenska community", "Abu Gouta area"): kept, placed by context.
          if (!fitting.length && !UNRESOLVED_TYPED.has(typeWord.lower) && !namedAfterCountry) found = null;
          if (found) break;
        }
      }
      // A one-word name is a function of its word: both answers are kept on the word (see Lexeme).
      if (n === 1 ? (t.lex.nameNotPlace ??= NOT_PLACES.has(nameKey(nameText))) : NOT_PLACES.has(nameKey(nameText))) continue;
      let cands = n === 1 ? looseOfWord(t, nameText) : gz.lookupLoose(nameText);
      // A lone article or particle ("Al", "De") is no place by itself.
      if (n === 1 && CONNECTORS.has(t.lower)) cands = [];
      // An acronym ("SMM", "ISW") is an organisation unless it names a country or region ("UK", "DRC").
      // Datelines ("ODESA, Ukraine (AP) —") are capitals too, and are places.
      // (Only at the sentence's start: "the news agency SANA, which reported …" is the agency.)
      const dateline = i === 0 && next && (next.text === ',' || next.text === '(');
      if (n === 1 && nameText.length <= 5 && /^\p{Lu}{2,5}$/u.test(nameText) && !dateline) cands = cands.filter((c) => c.kind === 'country' || c.kind === 'region');
      if (cands.length) found = newMention({ start: t.start, end: nameEnd }, nameText, nameText, null, si, cands);
      // Marked here, settled after the sentence's names are joined (joinUnknownNames, dropFragments).
      if (found && !headline && fragmentRun(toks, i, i + n - 1)) {
        found.fragment = true;
        // "Khutir Vilny": a settlement word before the name makes it a place the gazetteer lacks (below).
        if (cityOfBefore(toks, i)) found = null;
      }
    }
    if (!found && t.cap && i > 0) {
      // "Pobeda, a small village about five kilometers west of …": an appositive says what it is.
      let e = i;
      while (toks[e + 1] && startsCap(toks[e + 1])) e++;
      // (The comma first: most capitalised words are followed by none, and then nothing need be cut from the text.)
      const rest = doc.text.charCodeAt(toks[e].end) === 44 ? doc.text.slice(toks[e].end, Math.min(s.end, toks[e].end + 40)) : '';
      if (rest && /^,\s+(a|the)\s+([\w-]+\s+){0,2}(village|town|city|settlement|hamlet)\b/.test(rest)) {
        const nameText = doc.text.slice(t.start, toks[e].end);
        found = newMention({ start: t.start, end: toks[e].end }, nameText, nameText, 'city', si, gz.lookup(nameText));
      }
    }
    if (!found) {
      // "the village of X" names a place even when the gazetteer has never heard of it.
      if (t.cap && cityOfBefore(toks, i)) {
        let e = i;
        while (toks[e + 1] && (startsCap(toks[e + 1]) || (toks[e + 1].text === '-' && toks[e + 2] && startsCap(toks[e + 2])))) e++;
        const nameText = doc.text.slice(t.start, toks[e].end);
        found = newMention({ start: t.start, end: toks[e].end }, nameText, nameText, 'city', si, []);
      } else if (t.cap && i > 0 && (LOCATIVE.has(toks[i - 1].lower) || (listedAfter === i - 2 && LIST_JOINS.has(toks[i - 1].text.toLowerCase())))
        && (unknownName(t) || (TOPONYM_TITLES.has(t.lower) && !!toks[i + 1] && unknownName(toks[i + 1])))) {
        // "clashed in Bikenge near Kavumu", "shelled positions near Hranitne", "in Qubtan and Sheikh Aqil": a name the
        // gazetteer lacks, right after a preposition of place (or listed after one such), is a village or quarter,
        // placed by its context.
        let e = i;
        while (toks[e + 1] && (unknownName(toks[e + 1]) || (CONNECTORS.has(toks[e + 1].lower) && toks[e + 2] && unknownName(toks[e + 2])))) e++;
        const nameText = doc.text.slice(t.start, toks[e].end);
        if (!actors().exact(nameText)) { found = newMention({ start: t.start, end: toks[e].end }, nameText, nameText, 'city', si, []); listedAfter = e; }
      }
    }
    if (!found || !found.mention) continue;
    // ("Foreign Minister Israel Katz": a country's name as a person's first name, between a title or a name and a
    // surname the index does not know.)
    const after = toks.find((x) => x.start >= found!.span.end);
    if (found.candidates.length && found.candidates.every((c) => c.kind === 'country') && after?.cap && after.word
      && after.start - found.span.end === 1 && !gz.lookup(after.text).length && !REGION_WORDS.has(after.lower)
      && !FACILITY_WORDS.has(after.lower) && !CITY_WORDS.has(after.lower) && i > 0 && toks[i - 1].cap && toks[i - 1].word) continue;
    // "Russia's Tula region", "Ukraine's Dnipropetrovsk region": the possessive pins the country.
    let b = i;
    while (b >= 0 && toks[b].end > found.span.start) b--;
    const before = b >= 0 ? toks[b] : undefined;
    if (before && endsApostropheS(before.text)) {
      found.countryHint = countryCodeOf(before.text);
      // "Gaza City's Zeitoun neighbourhood", "Kyiv's Darnytskyi district": a town or region in the possessive says
      // where the place after it is, as a place named after it would.
      const owner = found.countryHint ? undefined : out[out.length - 1];
      if (owner && owner.span.end <= before.end && owner.span.end >= before.start) found.possessor = owner;
    } else if (before?.lower === 'of' && b >= 2 && TOWN_WORDS.has(toks[b - 1].lower)) {
      // ("the eastern Ukrainian town of Maryinka": the demonym before the town word pins the country.)
      found.countryHint = demonymCode(toks[b - 2].lower) ?? found.countryHint;
    }
    out.push(found);
    // On past the mention (tokens before i all start before it).
    let next = i;
    while (next < toks.length && toks[next].start < found.span.end) next++;
    if (next >= toks.length) break;
    i = next - 1;
  }
  joinUnknownNames(doc, toks, out);
  dropFragments(out);
  // "Udachne, Donetsk", "Sokhneh in Homs", "Mangala village (Djugu, Ituri)": places named right after a
  // place, joined by a comma or "in" or in brackets, say where it is.
  out.forEach((m, j) => {
    const ctx: Mention[] = [];
    let end = m.span.end;
    let inBrackets = false;
    for (let k = j + 1; k < out.length && ctx.length < 3; k++) {
      const gap = doc.text.slice(end, out[k].span.start);
      // "the Bachoura district of central Beirut": a typed quarter or district "of" a city is in it.
      const of = !ctx.length && !!m.kindHint && /^\s+of\s+(?:the\s+)?(?:(?:central|northern|southern|eastern|western|north|south|east|west)\s+)?$/.test(gap);
      if (!(/^\s*,\s*$/.test(gap) || of || (!ctx.length && /^\s+in\s+(the\s+)?$/.test(gap)) || (!inBrackets && !ctx.length && /^\s*\(\s*$/.test(gap) && (inBrackets = true)))) break;
      ctx.push(out[k]);
      end = out[k].span.end;
    }
    // "Stepove, southwest of Huliaipole", "Kiliba, 20 km north of Uvira", "Kiliba near Uvira": a reference point.
    const next = out[j + 1];
    if (next && NEAR_REFERENCE.test(doc.text.slice(m.span.end, next.span.start))) m.nearTo = next;
    // "the North Darfur town of Tawila", "the Donetsk region village of Udachne": a region named before the type word.
    const before = j > 0 ? out[j - 1] : undefined;
    if (!ctx.length && !m.possessor && before && REGION_BEFORE_TYPE.test(doc.text.slice(before.span.end, m.span.start))
      && before.candidates.some((c) => c.kind === 'region') && !before.candidates.some((c) => c.fcode === 'WTR')) {
      m.context = [before];
      before.isContext = true;
      m.contextJoin = 'comma';
    } else if (!ctx.length && m.possessor) {
      m.context = [m.possessor];
      m.contextJoin = 'comma';
    } else if (ctx.length) {
      m.context = ctx;
      for (const x of ctx) x.isContext = true;
      const gap = doc.text.slice(m.span.end, ctx[0].span.start);
      m.contextJoin = gap.includes(',') ? 'comma' : gap.includes('(') ? 'bracket' : 'in';
    }
  });
  // "the Sheikh Maqsoud and Ashrafieh neighbourhoods of Aleppo": names typed once in the plural are in one place.
  for (let j = out.length - 2; j >= 0; j--) {
    const [m, n] = [out[j], out[j + 1]];
    const typeWord = n.mention.slice(n.mention.lastIndexOf(' ') + 1).toLowerCase();
    if (m.context?.length || !n.context?.length || !m.kindHint || !PLURAL_TYPES.has(typeWord)) continue;
    if (!/^\s*(?:,|and|,\s*and)\s*$/.test(doc.text.slice(m.span.end, n.span.start))) continue;
    m.context = n.context;
    m.contextJoin = n.contextJoin;
  }
  return out;
}

/**
 * The longer run of capitalised words that tokens a…b are a fragment of ("Tan" in "Koe Tan Kauk", "Guy" in "Guy
 * Faulconbridge"), when the run holds a word no list knows: not a type, title, function or institution word
 * ("Zmiiv Thermal Power Plant" is at Zmiiv), a demonym or an acronym. Null otherwise. A possessive ends the run
 * ("Sudan's Kordofan"), and a sentence's first word is not part of it ("Capturing Maryinka …").
 */
function fragmentRun(toks: Token[], a: number, b: number): string | null {
  let [l, r] = [a, b];
  const runWord = (t: Token | undefined) => !!t && t.word && startsCap(t);
  // A title ends the run too: "Lviv Mayor Andrii Sadovyi" is the mayor of Lviv, and Lviv is named.
  if (!endsApostropheS(toks[b].text)) while (runWord(toks[r + 1]) && !endsApostropheS(toks[r].text) && !TITLES.has(toks[r + 1].lower)) r++;
  while (l - 1 > 0 && runWord(toks[l - 1]) && !endsApostropheS(toks[l - 1].text)) l--;
  for (let k = l; k <= r; k++) {
    if (k >= a && k <= b) continue;
    if (unknownName(toks[k])) return toks.slice(l, r + 1).map((x) => x.text).join(' ');
  }
  return null;
}

/**
 * A piece of a longer name the gazetteer lacks ("Tan" in "Koe Tan Kauk", "Vladimir" in "Vladimir Soldatkin") is not
 * the place it names elsewhere: only a country or region keeps its sense there ("All Burma Students' Front" aside,
 * which the actor registry keeps). Mentions left with no sense are removed, in place.
 */
function dropFragments(out: Mention[]): void {
  for (let j = out.length - 1; j >= 0; j--) {
    const m = out[j];
    if (!m.fragment) continue;
    m.candidates = m.candidates.filter((c) => c.kind === 'country' || c.kind === 'region');
    if (!m.candidates.length) out.splice(j, 1);
  }
}

/** Prepositions of place: a capitalised name after one is where something is. */
const LOCATIVE = new Set(['in', 'near', 'outside', 'around']);
/** Words that go on a list of places: "in X and Y", "near X, Y". */
const LIST_JOINS = new Set(['and', ',', 'or']);

/**
 * A word that may be part of a name the gazetteer lacks: a name word, not an institution or facility word, an
 * acronym, a nationality ("Syrian", "Yemeni": the registry's table) or a word shaped like one or like a language
 * ("Hungarian", "Amharic"). Both the fragment test and the names after a preposition of place read it.
 */
function unknownName(t: Token): boolean {
  return nameWord(t) && !INSTITUTION_WORDS.has(t.lower) && !FACILITY_WORDS.has(t.lower) && !/^\p{Lu}+$/u.test(t.text)
    && !isDemonym(plainWord(t)) && !/(ic|ian|ean|ese|ish)$/.test(t.lower);
}

/**
 * "Central Equatoria state", "West Kordofan": a word that is no place alone ("Central", "West") opens the name of a
 * first-level region the gazetteer knows, two or three capitalised words long.
 */
function opensRegionName(doc: Document, toks: Token[], i: number): boolean {
  const gz = gazetteer();
  for (let n = 2; n <= 3 && toks[i + n - 1]?.word && startsCap(toks[i + n - 1]); n++) {
    if (gz.lookup(doc.text.slice(toks[i].start, toks[i + n - 1].end)).some((c) => c.kind === 'region' && c.fcode === 'ADM1')) return true;
  }
  return false;
}

/** A nationality word ("Turkish", "Indonesian", "Kuwaiti"): the registry's table, or a word shaped like one. */
const nationality = (w: string) => isDemonym(w) || /(an|ese|ish|i)$/.test(w);

/** Most words of a title-case line (a headline, a caption) are capitalised: runs of them say nothing about names. */
function titleCase(toks: Token[]): boolean {
  let words = 0;
  let caps = 0;
  for (const t of toks) if (t.word) { words++; if (t.cap) caps++; }
  return words >= 4 && caps / words > 0.75;
}

/** A capitalised word that may be part of a place's name the gazetteer lacks (not a type, title or function word). */
const nameWord = (t: Token | undefined): boolean => !!t && t.word && startsCap(t) && !NOT_PLACES.has(plainWord(t))
  && !REGION_WORDS.has(t.lower) && !CITY_WORDS.has(t.lower) && !UNIT_WORDS.has(t.lower) && !TITLES.has(t.lower) && !endsApostropheS(t.text);

/**
 * "Mala Shestirnya, Kherson", "Stepova Dolyna, Mykolaiv region": a village the gazetteer lacks, one of whose
 * words it knows as a place elsewhere (a Mala in Peru, a Dolyna in the west), named beside the region it is in
 * (or the region's capital, as ACLED's notes and wire copy name a region).
 * The word alone is another place; the whole run of capitalised words is the village, placed by that region.
 * Only when no sense of those words lies in the region or country named after the comma: "Zmiiv Power Plant,
 * Kharkiv" is at Zmiiv. Mentions are replaced in place (they are in text order).
 */
function joinUnknownNames(doc: Document, toks: Token[], out: Mention[]): void {
  for (let j = 0; j < out.length; j++) {
    const m = out[j];
    if (m.kindHint) continue;
    let a = 0;
    while (a < toks.length && toks[a].start < m.span.start) a++;
    let b = a;
    while (b + 1 < toks.length && toks[b + 1].end <= m.span.end) b++;
    const [a0, b0] = [a, b];
    while (b + 1 < toks.length && nameWord(toks[b + 1])) b++;
    // Not the sentence's first word: a capital there says nothing.
    while (a - 1 > 0 && nameWord(toks[a - 1]) && !toks[a - 1].lower.endsWith('ian')) a--;
    if ((a === a0 && b === b0) || toks[b + 1]?.text !== ',' || !toks[b + 2]) continue;
    const inside = out.filter((x) => x.span.start >= toks[a].start && x.span.end <= toks[b].end);
    const ctx = out.find((x) => x.span.start === toks[b + 2].start);
    // A region, a country, or a region's capital standing for its region ("Kherson" in "…, Kherson").
    const where = ctx?.candidates.filter((c) => c.kind === 'region' || c.kind === 'country' || c.fcode === 'PPLA') ?? [];
    if (!where.length) continue;
    const inWhere = (c: Candidate) => where.some((w) => (w.kind === 'country' ? c.country === w.country : c.admin1 === w.admin1));
    if (inside.some((x) => x.candidates.some(inWhere))) continue;
    const name = doc.text.slice(toks[a].start, toks[b].end);
    const joined = newMention({ start: toks[a].start, end: toks[b].end }, name, name, 'city', m.sentence, gazetteer().lookup(name));
    const first = out.indexOf(inside[0]);
    out.splice(first, inside.length, joined);
    j = first;
  }
}

/** Where a document is set: countries and first-level regions of its unambiguous mentions, and its dateline. */
interface Focus {
  countries: Map<string, number>;
  admin1s: Map<string, number>;
  /** Admin1 codes per sentence, for "Pokrovsk beside Donetsk region". */
  sentenceAdmin1: Map<number, Set<string>>;
  /** Only from regions named as regions ("Donetsk region"), the strongest context for a village. */
  sentenceRegion: Map<number, Set<string>>;
  /** Where the sure places below country level are, and by which name ("Mambasa" cannot vouch for itself). */
  points: { lat: number; lon: number; key: string }[];
  /** Countries where the story names a sure place below country level. */
  placeCountries: Set<string>;
  /** What each name adds to a country's weight: a name cannot vouch for its own country ("Boma" alone). */
  byName: Map<string, Map<string, number>>;
  /** Countries named only by nationality, read when nothing else is to go by (see nationality-focus.ts). */
  nationalities: Set<string>;
}

function unambiguous(m: Mention): Candidate | null {
  const strong = m.candidates.filter((c) => c.kind === 'country' || c.kind === 'region');
  if (strong.length === 1) return strong[0];
  if (m.candidates.length === 1) return m.candidates[0];
  const countries = new Set(m.candidates.map((c) => c.country));
  // Sorted into a copy of its own: candidate lists are the gazetteer's remembered arrays, shared by every mention of the name.
  if (countries.size === 1) return (m.candidates = [...m.candidates].sort((a, b) => b.population - a.population))[0];
  return null;
}

function buildFocus(mentions: Mention[]): Focus {
  const f: Focus = { countries: new Map(), admin1s: new Map(), sentenceAdmin1: new Map(), sentenceRegion: new Map(), points: [], placeCountries: new Set(), byName: new Map(), nationalities: new Set() };
  for (const m of mentions) {
    const c = unambiguous(m);
    if (!c) continue;
    // A dateline ("MOSCOW (Reuters) -") says where the reporter sat; it is no context for the places in the story.
    if (m.mention.length > 2 && m.mention === m.mention.toUpperCase()) continue;
    // Only what is surely where it says shapes the focus: countries, regions, big or typed places.
    // (A town of 20,000 whose every namesake is in one country is sure of its country: "Kostiantynivka".)
    if (!(c.kind === 'country' || c.kind === 'region' || m.kindHint || c.population >= 100_000 || c.population >= 20_000
      && m.candidates.every((x) => x.country === c.country))) continue;
    addToFocus(f, m, c);
  }
  return f;
}

/** Adds one sure mention to a document's focus (see buildFocus). */
function addToFocus(f: Focus, m: Mention, c: Candidate): void {
  if (c.country) {
    const w = c.kind === 'country' ? 1 : 2;
    f.countries.set(c.country, (f.countries.get(c.country) ?? 0) + w);
    const key = nameKey(m.name);
    let own = f.byName.get(key);
    if (!own) f.byName.set(key, (own = new Map()));
    own.set(c.country, (own.get(c.country) ?? 0) + w);
  }
  if (c.kind !== 'country') {
    f.points.push({ lat: c.lat, lon: c.lon, key: nameKey(m.name) });
    if (c.country) f.placeCountries.add(c.country);
  }
  if (!c.admin1 || !(c.kind === 'region' || m.candidates.every((x) => x.admin1 === c.admin1))) return;
  f.admin1s.set(c.admin1, (f.admin1s.get(c.admin1) ?? 0) + 1);
  let set = f.sentenceAdmin1.get(m.sentence);
  if (!set) f.sentenceAdmin1.set(m.sentence, (set = new Set()));
  set.add(c.admin1);
  if (c.kind === 'region' && m.kindHint === 'region') {
    let r = f.sentenceRegion.get(m.sentence);
    if (!r) f.sentenceRegion.set(m.sentence, (r = new Set()));
    r.add(c.admin1);
  }
}

/** First-level regions that the places named right after a mention pin it to ("Udachne, Donetsk" → Donetsk Oblast). */
function statedAdmin1(m: Mention): Set<string> {
  const out = new Set<string>();
  for (const x of m.context ?? []) {
    for (const c of x.candidates) {
      if (!c.admin1 || c.variant || !(c.kind === 'region' || c.fcode === 'PPLA' || c.fcode === 'PPLC')) continue;
      out.add(c.admin1);
      // "Bucha, Kyiv": a capital that is a unit of its own also stands for the region it is the seat of.
      if (c.kind === 'city') for (const a of regionsSeatedAt(c)) out.add(a);
    }
  }
  return out.size <= 3 ? out : new Set();
}

let seats: Map<string, string[]> | null = null;
/** First-level regions whose seat is the city (by name, in its country) while the city is in another unit. */
function regionsSeatedAt(c: Candidate): string[] {
  if (!seats) {
    seats = new Map();
    for (const a of admin1Table()) {
      if (!a.capital) continue;
      const k = `${a.country}:${nameKey(a.capital)}`;
      seats.set(k, [...(seats.get(k) ?? []), a.geonames]);
    }
  }
  return (seats.get(`${c.country}:${nameKey(c.name)}`) ?? []).filter((a) => a !== c.admin1);
}

const FEATURE_BONUS: Record<string, number> = { PPLC: 2, PPLA: 1.2, PPLA2: 0.6, PPLA3: 0.2, ADM1: 0, PCLI: 0, AIRP: 0 };

/** Picks the candidate the context supports, or null when none fits the document (then the mention is placed by context). */
const FAR_CITY_POPULATION = 1_000_000;
const fold = (s: string) => s.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
/** Two spellings of one name start alike; an unrelated alternate name does not. */
const sameStem = (a: string, b: string) => stem(a) === stem(b);
/** The first letters after an article or a saint's title ("The Hague" for "Hague", "Al-Hasakah" for "Hasakeh"). */
const stem = (s: string) => fold(s).replace(/^(the|al|el|an|ad|as|ash|ar|at|az|ed|es|saint|sankt|st\.?)[\s-]+/, '').slice(0, 3);

function choose(m: Mention, focus: Focus): { c: Candidate; why: string } | 'context' | null {
  if (!m.candidates.length) return m.kindHint ? 'context' : null;
  const stated = statedAdmin1(m);
  // A romanisation variant ("Kalinovo" for Kalynove) counts only where the document says it is, unless nothing else matched.
  const where = new Set([...stated, ...(focus.sentenceAdmin1.get(m.sentence) ?? []), ...focus.admin1s.keys()]);
  const exact = m.candidates.filter((c) => !c.variant);
  let candidates = [...exact, ...m.candidates.filter((c) => c.variant && c.admin1 && where.has(c.admin1))];
  if (!exact.length && !where.size) candidates = m.candidates;
  if (!candidates.length) return m.kindHint ? 'context' : null;
  // "the Red Sea", "attacks on shipping in the Gulf of Aden": a sea, gulf, lake or river named bare is the water, not
  // the state named after it ("Red Sea state" is typed; "Port Sudan, Red Sea" names it as the place's unit).
  const water = !m.kindHint && !m.isContext ? candidates.find((c) => c.fcode === 'WTR') : undefined;
  if (water) return { c: water, why: 'water' };
  let best: Candidate | null = null;
  let bestScore = -Infinity;
  let why = 'population';
  let elsewhere = false;
  const total = [...focus.countries.values()].reduce((a, b) => a + b, 0);
  const sentenceRegions = focus.sentenceAdmin1.get(m.sentence);
  const namedRegions = focus.sentenceRegion.get(m.sentence);
  const smallOnly = candidates.every((c) => c.kind === 'city' && c.population < 10_000);
  // A small place named beside a region it is not in is another place of that name, unknown to the gazetteer.
  if (smallOnly && namedRegions?.size && !candidates.some((c) => c.admin1 && namedRegions.has(c.admin1))) return 'context';
  // "in" counts when what follows is a region ("Kut in the Donetsk People's Republic"), not a city ("Kelly in Melbourne" is a reporter).
  const inRegion = m.contextJoin === 'in' && !!m.context?.[0]?.candidates.some((c) => c.kind === 'region');
  if (smallOnly && stated.size && (m.kindHint || m.contextJoin !== 'in' || inRegion) && !candidates.some((c) => c.admin1 && stated.has(c.admin1))) return 'context';
  // "the Kyivskyi district" in an Odesa story: many cities have a district of that name. Known only as a town or a
  // quarter in a region the story never names, it is the district of the city the story is about (placed by context).
  const unitWord = m.kindHint === 'region' && ADMIN2_WORDS.has(m.mention.slice(m.mention.lastIndexOf(' ') + 1).toLowerCase());
  const inStory = (c: Candidate) => !!c.admin1 && (focus.admin1s.has(c.admin1) || stated.has(c.admin1) || !!sentenceRegions?.has(c.admin1));
  if (unitWord && focus.admin1s.size && candidates.every((c) => c.kind === 'city') && !candidates.some(inStory)) return 'context';
  // ("the city's Shevchenkivskyi district" after Zaporizhzhia: a district of the city named, wherever else one is.)
  if (unitWord && m.possessor && stated.size && !candidates.some((c) => c.admin1 && stated.has(c.admin1))) return 'context';
  // "Stepove, southwest of Huliaipole": a village told by a town near it is one close to that town; when the gazetteer
  // has none of that name there, it is a village it lacks, placed by its context (the town's region).
  const ref = m.nearTo && !m.kindHint ? referencePoint(m.nearTo) : null;
  if (ref && smallOnly) {
    const close = candidates.filter((c) => kmBetween(ref.lat, ref.lon, c.lat, c.lon) <= NEAR_REFERENCE_KM);
    if (!close.length) return 'context';
    candidates = close;
  }
  // ("al-Kassara, west of Marib city" is no Kassala in Sudan: a town of any size told by a reference point in another
  // country is another place, unknown to the gazetteer.)
  if (ref && !smallOnly && candidates.every((c) => c.kind === 'city' && c.country !== ref.country)) return 'context';
  const ownNameTown = candidates.some((x) => x.official && x.kind === 'city' && (/^PPL(A|C)/.test(x.fcode) || x.population >= 20_000));
  for (const c of candidates) {
    const cf = c.country && total ? (focus.countries.get(c.country) ?? 0) / total : 0;
    // Far from everything else the document talks about: a village of the same name on another continent.
    // Far from a document's clear focus, a city must be big and named by its own name: a city of a million, or
    // one of 100,000 under its name or a spelling of it ("Geneva" for Genève, not "Taira" for Tyler, Texas).
    const alternate = !c.official && !sameStem(m.name, c.name);
    const farFloor = alternate ? FAR_CITY_POPULATION : FAR_CITY_POPULATION / 10;
    if (total >= 2 && cf === 0 && c.kind === 'city' && c.population < farFloor && c.fcode !== 'PPLC' && !m.countryHint) continue;
    // A name shared only through an alternate spelling that starts otherwise ("Mambasa" listed for Mombasa, "Al Quds"
    // for Jerusalem) is that city only near the other places the story names: it cannot vouch for itself.
    if (alternate && c.kind === 'city' && !m.countryHint && !nearOtherPlace(focus, m, c)) continue;
    // "the area of Boma" in a South Sudan note is not Boma on the Congo estuary: in a country the story never names and
    // far from all its places, a town must at least be a seat of government (Geneva) or a city of a million.
    const cfOthers = c.country ? (focus.countries.get(c.country) ?? 0) - (focus.byName.get(nameKey(m.name))?.get(c.country) ?? 0) : 0;
    if (total >= 2 && cfOthers <= 0 && c.kind === 'city' && !/^PPL(A|C|G)/.test(c.fcode) && c.population < FAR_CITY_POPULATION
      && !m.countryHint && !nearOtherPlace(focus, m, c, FAR_KM)) continue;
    // "China's Belt and Road": a town of another country than the possessive names is not the place named.
    if (m.countryHint && c.kind === 'city' && c.country !== m.countryHint) continue;
    // "Kani Township" in a story about Sagaing: a village, township or district named as such is in the countries the
    // story is about, not a town of that name abroad (then it is placed by its context).
    if (total >= 2 && cf === 0 && (m.kindHint === 'city' || m.kindHint === 'region') && c.kind !== 'country' && !m.countryHint) continue;
    // With no country or region to go by, "the Burkinabe air force" still rules out a Seno in Spain or a Yamba in Australia.
    // (It is still a place there, unknown to the gazetteer: placed by that context.)
    if (total === 0 && c.kind === 'city' && c.population < farFloor && !m.countryHint && farFromCountries(c, focus.nationalities)) {
      elsewhere = true;
      continue;
    }
    let score = Math.log10(c.population + 10) * 0.9 + (FEATURE_BONUS[c.fcode] ?? 0) + (c.official ? 0.4 : 0);
    let reason = 'population';
    if (c.variant) score -= 0.5;
    // A village that has the name only as one of its other spellings yields to a city whose own name it is
    // ("Kaluga" in a story that names Ukraine is the Russian city, not Kaluha in Mykolaiv Oblast); so does a city
    // of any size that has it as a spelling starting otherwise, when the name is a town's own ("Gao" is the Malian
    // city, not Guantánamo; "Artemovsk", the old name of Bakhmut, is no sizeable town's own).
    else if (!c.official && c.kind === 'city' && (c.population < 10_000 || (ownNameTown && !sameStem(m.name, c.name)))) score -= 1;
    if (m.kindHint && c.kind === m.kindHint) score += 3;
    if (m.kindHint === 'region' && c.kind !== 'region') score -= 2;
    if (!m.kindHint && c.kind === 'country') score += 6;
    if (!m.kindHint && c.kind === 'region') score += 0.5;
    if (c.kind === 'facility' && m.kindHint !== 'facility') score -= 4;
    if (m.countryHint) { if (c.country === m.countryHint) { score += 6; reason = 'possessive-country'; } else score -= 6; }
    // A country the story names only as a country, a party ("talks convened by the United States in Geneva" in a
    // Darfur story), lends its small towns less weight than one where it names towns or regions.
    if (cf > 0) { score += 4 * cf + (focus.placeCountries.has(c.country!) ? 1 : 0); if (reason === 'population') reason = 'focus-country'; }
    if (c.admin1 && (namedRegions?.has(c.admin1) || stated.has(c.admin1))) { score += 7; reason = 'region-context'; }
    else if (c.admin1 && sentenceRegions?.has(c.admin1)) { score += 4; reason = 'region-context'; }
    else if (c.admin1 && focus.admin1s.has(c.admin1)) { score += 2; if (reason !== 'possessive-country') reason = 'document-region'; }
    if (score > bestScore) { bestScore = score; best = c; why = reason; }
  }
  // Nothing near the document's places: a typed mention is kept by context, a bare name is not a place here ("Alexander").
  return best ? { c: best, why } : m.kindHint || elsewhere ? 'context' : null;
}

/** Distance within which a place is in the same part of the world as a story's other places. */
const NEAR_FOCUS_KM = 500;

/** The candidate lies near a sure place the document names by another name (true when there is none to go by). */
function nearOtherPlace(focus: Focus, m: Mention, c: Candidate, km = NEAR_FOCUS_KM): boolean {
  const self = nameKey(m.name);
  const others = focus.points.filter((p) => p.key !== self);
  return !others.length || others.some((p) => kmBetween(p.lat, p.lon, c.lat, c.lon) < km);
}

/** "X, 30 km north of Y", "X, southwest of Y", "X near Y": Y is a reference point X lies close to. */
const DIRECTIONS = '(?:north|south|east|west|northeast|northwest|southeast|southwest|north-east|north-west|south-east|south-west)';
const NEAR_REFERENCE = new RegExp(String.raw`^\s*,?\s*(?:(?:about|some|around|roughly|nearly|just)\s+)?`
  + String.raw`(?:\d+\s*(?:km|kilometres|kilometers|miles)\s+(?:\([^)]*\)\s+)?)?`
  + String.raw`(?:${DIRECTIONS}(?:ern)?\s+of|near|outside|close\s+to)\s+(?:the\s+(?:town|city|village)\s+of\s+)?$`, 'i');
/** How close a village told by a reference point lies to it, at most. */
const NEAR_REFERENCE_KM = 80;

/** The reference point's likeliest place: a town the gazetteer knows, its largest of that name. */
function referencePoint(m: Mention): Candidate | null {
  const towns = m.candidates.filter((c) => c.kind === 'city' && !c.variant).sort((a, b) => b.population - a.population);
  return towns.length === 1 || (towns.length > 1 && towns[0].population >= 10 * towns[1].population) ? towns[0] : null;
}

/** Beyond this distance from every place a story names, a town is in another part of the world. */
const FAR_KM = 1500;


const PRECISION: Record<PlaceKind, 1 | 2 | 3> = { city: 1, facility: 1, region: 3, country: 3 };

export function toResolved(c: Candidate, mention = ''): ResolvedPlace {
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
    // (ACLED splits some units by district: "Shan-North" for a town near Lashio.)
    admin1Acled: (entry ? acledSpelling(entry, c.lat, c.lon, mention, c.fcode === 'ADM1') : null) ?? a?.acled ?? null,
    kind: c.kind,
    precision: PRECISION[c.kind],
  };
}

/**
 * "the strategic town of Mweso" … "business has resumed in Mweso": a name that a type word introduced (one the
 * gazetteer lacks) is a place wherever it comes back bare, and the same place (see extractPlaces). Returns the
 * mentions with those added, in text order.
 */
function withReMentions(doc: Document, mentions: Mention[]): Mention[] {
  const introduced = new Map<string, Mention>();
  for (const m of mentions) if (m.kindHint && !m.candidates.length && !introduced.has(m.name)) introduced.set(m.name, m);
  const out: Mention[] = [];
  for (const [name, first] of introduced) {
    const re = new RegExp(`(?<![\\p{L}\\p{N}])${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}])`, 'gu');
    for (const hit of doc.text.matchAll(re)) {
      const start = hit.index!;
      const end = start + name.length;
      const inside = (m: Mention) => start <= m.span.start && m.span.end <= end && m.span.end - m.span.start < end - start;
      if (mentions.some((m) => m.span.start < end && start < m.span.end && !inside(m))) continue;
      // "Banmauk People's Defense Force": part of a longer name, not the place.
      if (/^\s+\p{Lu}/u.test(doc.text.slice(end, end + 3)) || /\p{Lu}[\p{L}'’-]*\s+$/u.test(doc.text.slice(Math.max(0, start - 30), start))) continue;
      const si = sentenceAt(doc, start);
      if (si < 0 || doc.paragraphs[doc.sentences[si].paragraph].kind === 'heading') continue;
      out.push(newMention({ start, end }, name, name, first.kindHint, si, []));
    }
  }
  if (!out.length) return mentions;
  // A name told again whole outweighs a shorter name found inside it ("Nord" of "Kitchanga Nord").
  const within = (m: Mention) => out.some((a) => a.span.start <= m.span.start && m.span.end <= a.span.end);
  return [...mentions.filter((m) => !within(m)), ...out].sort((a, b) => a.span.start - b.span.start);
}

/** The index of the sentence holding a character offset, or -1. */
function sentenceAt(doc: Document, at: number): number {
  let lo = 0;
  let hi = doc.sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = doc.sentences[mid];
    if (at < s.start) hi = mid - 1;
    else if (at >= s.end) lo = mid + 1;
    else return mid;
  }
  return -1;
}

/** "…, around 60 kilometres (37 miles) north of ": the words between a place and the one it is measured from. */
const MEASURED_FROM = /^[^.;:]{0,60}?\b(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?\s+of\s+(?:the\s+)?$/i;

/**
 * "Mweso, around 60 km north of Goma": a place the gazetteer lacks, described by its distance and direction from
 * one it has, is in that place's region (and near it), whatever the sentences around it are about.
 */
function measuredFrom(text: string, m: Mention, kept: Mention[], picks: Map<Mention, ReturnType<typeof choose>>): Candidate | undefined {
  for (const x of kept) {
    if (x.sentence !== m.sentence || x.span.start <= m.span.end || x.span.start - m.span.end > 90) continue;
    const pick = picks.get(x);
    if (!pick || pick === 'context' || !pick.c.admin1 || pick.c.kind === 'country') continue;
    if (MEASURED_FROM.test(text.slice(m.span.end, x.span.start))) return pick.c;
  }
  return undefined;
}

/** The most likely first-level region and country for a mention nothing in the gazetteer fits. */
function contextPlace(m: Mention, focus: Focus): { country: string | null; admin1: string | null } {
  // Candidates only in countries the document is not about (a "Toto" in Nigeria for a Darfur village) say nothing of where it is.
  // (Weighed without the name's own sense: "Mahad camp" cannot put the story in India.)
  let countries = new Set(m.candidates.map((c) => c.country));
  const own = focus.byName.get(nameKey(m.name));
  if (![...countries].some((c) => c && (focus.countries.get(c) ?? 0) - (own?.get(c) ?? 0) > 0)) countries = new Set();
  const fits = (code: string) => !countries.size || countries.has(code.slice(0, 2));
  const near = [
    ...statedAdmin1(m),
    // Its own sentence first ("Mweso, 60 km north of Goma"), then the one before.
    ...(focus.sentenceRegion.get(m.sentence) ?? []), ...(focus.sentenceAdmin1.get(m.sentence) ?? []),
    ...(focus.sentenceRegion.get(m.sentence - 1) ?? []), ...(focus.sentenceAdmin1.get(m.sentence - 1) ?? []),
  ].find(fits);
  const topCountry = [...focus.countries.entries()].filter(([c]) => !countries.size || countries.has(c)).sort((a, b) => b[1] - a[1])[0]?.[0] ?? null;
  const top = [...focus.admin1s.entries()].filter(([a]) => fits(a) && (!topCountry || a.startsWith(`${topCountry}.`))).sort((a, b) => b[1] - a[1])[0]?.[0];
  const country = m.countryHint ?? (near ? near.slice(0, 2) : topCountry);
  const admin1 = near ?? (top && top.startsWith(`${country}.`) ? top : null);
  return { country, admin1 };
}

/**
 * "Kuchiri (Paikoro, Niger)", "Ar Raqw (Monabbih, Sadah)": a name right after a village that the gazetteer knows only
 * as a second-level unit ("Paikoro district", "Monabbih district") is the district the village is in, nearer than
 * its region's middle. Only a unit in the region the context names, when it names one.
 */
function districtNamedAfter(text: string, m: Mention, admin1: string | null): Candidate | null {
  const after = /^\s*(?:village|town|settlement|area)?\s*[(,]\s*(\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,3})\s*[,)]/u.exec(text.slice(m.span.end, m.span.end + 80));
  if (!after) return null;
  const gz = gazetteer();
  for (const word of ADMIN2_WORDS) {
    const unit = gz.lookup(`${after[1]} ${word}`).find((c) => c.fcode === 'ADM2' && (!admin1 || c.admin1 === admin1));
    if (unit) return unit;
  }
  return null;
}

const PLACE_OF_SPEAKER = /\b(?:in|of|from|near|at)\s+(?:the\s+)?(?:[\p{L}-]+\s+){0,3}$/iu;

/**
 * "A missile hit Zaporizhzhia. … a bomb hit their house in the city's Shevchenkivskyi district": a place owned by "the
 * city's" is in the last city named a few sentences back, as "Zaporizhzhia's Shevchenkivskyi district" would be
 * (many cities have a district of that name).
 */
function cityOwned(doc: Document, found: Mention[]): void {
  found.forEach((m, k) => {
    if (m.possessor || m.context?.length || !CITY_OWNER.test(doc.text.slice(Math.max(0, m.span.start - 12), m.span.start))) return;
    for (let j = k - 1; j >= 0 && m.sentence - found[j].sentence <= CITY_OWNER_REACH; j--) {
      if (!found[j].candidates.some((c) => c.kind === 'city')) continue;
      m.possessor = found[j];
      m.context = [found[j]];
      m.contextJoin = 'comma';
      return;
    }
  });
}

/**
 * Toponyms of a document resolved to the gazetteer. Two passes: unambiguous mentions (countries,
 * typed regions, unique names) set the document's focus; then every mention is resolved with it.
 * Names inside a speaker's name ("Turk said") are not places unless they are a country, a region or
 * a capital speaking for its government ("Moscow insisted").
 */
export function extractPlaces(doc: Document, claims: Claim[] = []): Place[] {
  const found: Mention[] = [];
  // The countries of the armed groups and forces the text names (JNIM, the VDP): with nationalities, the last clue to
  // which part of the world a note is about.
  const actorCountries = new Set<string>();
  for (let si = 0; si < doc.sentences.length; si++) {
    if (doc.paragraphs[doc.sentences[si].paragraph].kind === 'heading') continue;
    found.push(...findMentions(doc, si, actorCountries));
  }
  cityOwned(doc, found);
  const mentions = withReMentions(doc, found);
  const speakers = claims.map((c) => c.claimant.span);
  // "Residents of Mweso", "officials in the town of X": a place the speakers are in, not a place speaking.
  const placesSpeakers = (sp: Span, m: Mention) => PLACE_OF_SPEAKER.test(doc.text.slice(sp.start, m.span.start));
  // A named facility speaking ("Nasser Hospital said", "the Kremlin said") is its staff, and still the place.
  const kept = mentions.filter((m) => !speakers.some((sp) => sp.start <= m.span.start && m.span.end <= sp.end && !placesSpeakers(sp, m))
    || m.candidates.some((c) => c.kind === 'country' || c.kind === 'region' || c.kind === 'facility' || c.fcode === 'PPLC' || c.fcode === 'PPLA'));
  const focus = buildFocus(kept);
  if (!focus.countries.size) focus.nationalities = new Set([...nationalitiesNamed(doc.text), ...actorCountries]);
  const places: Place[] = [];
  // One sense per document: "Novomoskovsk" after "the Novomoskovsk Azot plant in Russia's Tula region" is that town.
  const anchored = new Map<string, string>();
  const heads = kept.map((m) => nameKey(m.name).split(' ')[0]);
  const firstPicks = kept.map((m) => choose(m, focus));
  kept.forEach((m, k) => {
    const pick = m.candidates.length ? firstPicks[k] : null;
    if (pick && pick !== 'context' && pick.c.admin1 && (pick.c.kind === 'facility' || m.kindHint || pick.why === 'region-context' || pick.why === 'possessive-country')) {
      if (heads[k].length > 3) anchored.set(heads[k], pick.c.admin1);
    }
  });
  const narrowed = new Set<Mention>();
  kept.forEach((m, k) => {
    const a = anchored.get(heads[k]);
    if (a && m.candidates.some((c) => c.admin1 === a) && m.candidates.some((c) => c.admin1 !== a)) {
      m.candidates = m.candidates.filter((c) => c.admin1 === a || c.kind === 'country');
      narrowed.add(m);
    }
  });
  // choose() reads the mention's candidates and those of the places named with it; only those narrowed need choosing again.
  const picks = new Map(kept.map((m, k) => [m, narrowed.has(m) || m.context?.some((x) => narrowed.has(x)) ? choose(m, focus) : firstPicks[k]]));
  // One sense per document: a name placed by its context once ("the town of Mweso, 60 km north of Goma") is that
  // place again when it comes back bare ("business has resumed in Mweso"), even where a place of that name elsewhere
  // would fit ("the Ashrafieh neighbourhood of Aleppo", then "the Ashrafieh water station": not Beirut's).
  const placedByContext = new Map<string, Place>();
  for (const m of kept) {
    const pick = picks.get(m)!;
    const seen = pick === 'context' || pick === null || !m.context?.length ? placedByContext.get(nameKey(m.name)) : undefined;
    if (seen) { places.push({ ...seen, mention: m.mention, span: m.span, sentence: m.sentence }); continue; }
    if (pick && pick !== 'context') {
      const r = toResolved(pick.c, m.mention);
      // "Tamu township", "Osnovianskyi district" placed at the town of that name: still a district, not the town (and a
      // plant at its town still a plant, see plantAtTown).
      const unit = m.kindHint === 'region' && r.kind === 'city' && ADMIN2_WORDS.has(m.mention.split(/\s+/).pop()!.toLowerCase());
      // Written out rather than spread: this runs for every place of every document.
      places.push({
        name: r.name, geonameId: r.geonameId, lat: r.lat, lon: r.lon, country: r.country, admin1: r.admin1, admin1Code: r.admin1Code, admin1Acled: r.admin1Acled,
        kind: unit ? 'region' : plantAtTown(m, r.kind) ? 'facility' : r.kind, precision: unit ? 2 : r.precision, mention: m.mention, span: m.span, sentence: m.sentence, why: pick.why,
      });
    } else if (pick === 'context') {
      // Named as a village or district, or a name the document's region doesn't have: kept, placed by context.
      const ctx = contextPlace(m, focus);
      // "Pa Nan village (Gangaw township, Magway region)": a town or district named with it is nearer than the region's middle.
      const anchor = (m.context ?? []).map((x) => picks.get(x)).find((x): x is { c: Candidate; why: string } =>
        !!x && x !== 'context' && ((x.c.kind === 'city' && x.c.fcode !== 'PPLA' && x.c.fcode !== 'PPLC') || x.c.fcode === 'ADM2') && !!x.c.admin1 && (!ctx.admin1 || x.c.admin1 === ctx.admin1))?.c;
      const near = anchor ?? districtNamedAfter(doc.text, m, ctx.admin1) ?? measuredFrom(doc.text, m, kept, picks);
      if (near) { ctx.admin1 = near.admin1; ctx.country = near.country; }
      const a = admin1Info(ctx.admin1);
      const entry = ctx.admin1 ? admin1ByGeonames(ctx.admin1) : undefined;
      places.push({ name: m.name, geonameId: null, lat: near?.lat ?? entry?.lat ?? null, lon: near?.lon ?? entry?.lon ?? null, country: ctx.country, admin1: a?.name ?? null, admin1Code: a?.iso ?? null, admin1Acled: entry ? acledSpelling(entry, near?.lat ?? null, near?.lon ?? null, [m, ...(m.context ?? [])].map((x) => x.mention).join(' ')) : a?.acled ?? null, kind: m.kindHint === 'region' ? 'region' : m.kindHint === 'facility' ? 'facility' : 'city', precision: 2, mention: m.mention, span: m.span, sentence: m.sentence,
        // (Water the gazetteer lacks, "the Kakhovka reservoir", is still water.)
        why: WATER_WORDS.has(m.mention.slice(m.mention.lastIndexOf(' ') + 1).toLowerCase()) ? 'water' : 'context' });
      if (!placedByContext.has(nameKey(m.name))) placedByContext.set(nameKey(m.name), places[places.length - 1]);
    }
  }
  return places;
}
