import type { Count } from './types.js';
import { bmp } from './bmp.js';

/**
 * Casualties read as a small grammar over words rather than a list of victim nouns: a counted noun phrase
 * ("Nine Syrian conscripts", "3 guards", "a 12-year-old", "The driver", "Two officers and three members of X")
 * joined to a casualty predicate, either before it ("… were shot and killed", "… died of her injuries") or after
 * an active verb ("killed two pastoralists", "shot dead a guard", "kill 8 and wound 5").
 * Groups joined by "and" or commas are added up; a group after "including" or "among them" is a subset, not more.
 * What counts as a person is open: any head noun except the things that are counted but are not people.
 */
export type VictimKind = 'killed' | 'injured' | 'missing';

export interface VictimGroup {
  kind: VictimKind;
  count: Count;
  /** Head nouns of the groups added up ("soldiers", "civilians"), lower case. */
  heads: string[];
  start: number;
  end: number;
}

interface Word {
  w: string;
  lw: string;
  start: number;
  end: number;
}

const WORD = bmp(/\d{1,3}(?:,\d{3})+|[\p{L}\p{N}](?:[\p{L}\p{N}’'-]*[\p{L}\p{N}])?|[(),;:.—–]/gu);

const NUMBERS: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20,
  thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90, hundred: 100,
};
const MONTHS = new Set(['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october',
  'november', 'december', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec']);
const VAGUE = new Set(['dozens', 'scores', 'hundreds', 'thousands', 'many', 'several', 'numerous']);
/** Qualifiers, longest first; the value says how the number binds. */
const QUALIFIERS: [string[], 'min' | 'max' | 'approx'][] = [
  [['as', 'many', 'as'], 'max'], [['at', 'least'], 'min'], [['more', 'than'], 'min'], [['upwards', 'of'], 'min'],
  [['up', 'to'], 'max'], [['at', 'most'], 'max'], [['fewer', 'than'], 'max'], [['less', 'than'], 'max'],
  [['an', 'estimated'], 'approx'], [['over'], 'min'], [['about'], 'approx'], [['around'], 'approx'],
  [['nearly'], 'approx'], [['almost'], 'approx'], [['approximately'], 'approx'], [['roughly'], 'approx'],
  [['some'], 'approx'], [['estimated'], 'approx'], [['reportedly'], 'min'],
];
/** The qualifiers by their first word, in the order above: quantityAt runs at every word. */
const QUALIFIERS_BY_FIRST = new Map<string, typeof QUALIFIERS>();
for (const row of QUALIFIERS) {
  const first = row[0][0];
  QUALIFIERS_BY_FIRST.set(first, [...(QUALIFIERS_BY_FIRST.get(first) ?? []), row]);
}
/** One person, by an article or "one" before a singular noun. */
const SINGULAR_DETERMINERS = new Set(['a', 'an', 'one', 'single', 'another']);
/** "the driver", "his wife": one known person, read only before a singular predicate or as an object. */
const DEFINITE = new Set(['the', 'his', 'her', 'their', 'its']);
/** Words after which a noun phrase is an object of place or source, not the subject of a toll. */
const PREPOSITIONS = new Set(['in', 'at', 'on', 'to', 'from', 'near', 'across', 'inside', 'outside', 'into', 'towards', 'toward', 'through', 'throughout', 'around', 'within']);
/** Things that are counted near casualty words but are not people. */
const NOT_PEOPLE = new Set([
  'drones', 'drone', 'missiles', 'missile', 'rockets', 'rocket', 'shells', 'shell', 'bombs', 'bomb', 'houses', 'house',
  'homes', 'home', 'buildings', 'building', 'vehicles', 'vehicle', 'cars', 'car', 'tanks', 'tank', 'trucks', 'truck',
  'cattle', 'cows', 'cow', 'goats', 'sheep', 'camels', 'animals', 'livestock', 'horses', 'dogs', 'km', 'kilometres',
  'kilometers', 'miles', 'metres', 'meters', 'percent', 'times', 'hours', 'days', 'weeks', 'months', 'years', 'am', 'pm',
  'attacks', 'attack', 'strikes', 'strike', 'incidents', 'rounds', 'projectiles', 'boats', 'aircraft', 'planes',
  'helicopters', 'weapons', 'motorcycles', 'motorcycle', 'motorbike', 'motorbikes', 'boat', 'bicycle', 'shops',
  'schools', 'hospitals', 'villages', 'towns', 'positions', 'sites',
  'targets', 'fire', 'people’s', 'number', 'numbers', 'toll', 'total', 'figure', 'figures', 'majority', 'rest', 'share',
  'increase', 'rise', 'report', 'reports', 'statement', 'account', 'update', 'result', 'consequence', 'whole', 'series', 'wave', 'row', 'lot', 'half', 'third', 'quarter', 'percentage', 'proportion', 'tally', 'count', 'list', 'hour', 'day', 'week', 'month', 'year', 'minutes', 'seconds',
  // Places a clause opens with ("In the region, two people were killed"): the place is not a victim.
  'region', 'regions', 'city', 'cities', 'town', 'village', 'settlement', 'area', 'areas', 'province', 'district',
  'country', 'oblast', 'territory', 'zone', 'capital', 'neighbourhood', 'neighborhood', 'front', 'frontline', 'border',
  'sector', 'site', 'port', 'base', 'camp',
]);
/** Words that end a noun phrase: prepositions (other than "of"), verbs of other kinds, clause words. */
const BREAKS = new Set([
  'in', 'at', 'on', 'near', 'after', 'before', 'during', 'by', 'when', 'while', 'as', 'since', 'for', 'to', 'into', 'with',
  'who', 'which', 'that', 'where', 'but', 'or', 'than', 'if', 'because', 'said', 'says', 'told', 'according', 'over',
  'across', 'between', 'around', 'under', 'against', 'from', 'through', 'until', 'and', 'including', 'among', 'not',
  'no', 'never', 'attacked', 'fired', 'launched', 'hit', 'struck', 'destroyed', 'damaged', 'claimed', 'reported',
]);
const AUXILIARIES = new Set([
  'was', 'were', 'have', 'has', 'had', 'been', 'being', 'are', 'is', 'got', 'reportedly', 'also', 'later', 'all', 'both',
  'allegedly', 'subsequently', 'reported', 'confirmed', 'believed', 'feared', 'thought', 'to', 'be', 'may', 'might',
  'could', 'severely', 'critically', 'seriously', 'slightly', 'lightly', 'fatally', 'instantly', 'mortally', 'still',
  'each', 'then', 'eventually', 'apparently', 'presumably', 'now', 'since',
]);
/** Verbs that join a victim to its fate: "were shot and killed", "was beaten and killed". */
const MANNER = new Set(['shot', 'beat', 'stabbed', 'beaten', 'hacked', 'tortured', 'abducted', 'captured', 'detained', 'burned',
  'burnt', 'executed', 'attacked', 'ambushed', 'kidnapped', 'arrested', 'raped']);
const PASSIVE_PREDICATES: Record<string, VictimKind> = {
  killed: 'killed', died: 'killed', dead: 'killed', perished: 'killed', executed: 'killed', massacred: 'killed',
  slain: 'killed', murdered: 'killed', die: 'killed', injured: 'injured', wounded: 'injured', hurt: 'injured',
  missing: 'missing', unaccounted: 'missing',
};
const ACTIVE_PREDICATES: Record<string, VictimKind> = {
  killed: 'killed', killing: 'killed', kill: 'killed', kills: 'killed', murdered: 'killed', murdering: 'killed',
  executed: 'killed', executing: 'killed', massacred: 'killed', wounded: 'injured', wounding: 'injured',
  wound: 'injured', wounds: 'injured', injured: 'injured', injuring: 'injured', injure: 'injured', injures: 'injured',
};
/** Nouns that stand alone for one person at the start of a clause ("Woman shot dead in …"). */
const BARE_PERSONS = new Set(['woman', 'man', 'child', 'boy', 'girl', 'civilian', 'soldier', 'farmer', 'teacher',
  'student', 'driver', 'shepherd', 'policeman', 'officer', 'journalist', 'doctor', 'nurse', 'worker', 'resident']);
/** Heads that are what kills, not who dies ("the blast killed", "a strike wounded"). */
const AGENTS = new Set(['blast', 'explosion', 'shelling', 'bombing', 'raid', 'airstrike', 'strike', 'attack', 'fire',
  'barrage', 'missile', 'drone', 'shell', 'bomb', 'rocket', 'assault', 'ambush', 'clash', 'clashes', 'fighting', 'war',
  'conflict', 'violence', 'offensive', 'operation', 'gunmen', 'attackers', 'army', 'military', 'police', 'forces']);
const DEATH_NOUNS = new Set(['fatality', 'fatalities', 'deaths', 'death', 'dead']);
const OBJECT_PRONOUNS = new Set(['him', 'her']);
const SUBSET_CUES = new Set(['including', 'among', 'of']);

function tokenise(s: string): Word[] {
  const out: Word[] = [];
  WORD.lastIndex = 0;
  for (let m = WORD.exec(s); m; m = WORD.exec(s)) {
    const lower = m[0].toLowerCase();
    out.push({ w: m[0], lw: lower.includes('’') ? lower.replace(/’/g, "'") : lower, start: m.index, end: m.index + m[0].length });
  }
  return out;
}

export function numberWord(lw: string): number | null {
  if (/^\d/.test(lw)) return /^\d{1,3}(,\d{3})+$|^\d+$/.test(lw) ? Number(lw.replace(/,/g, '')) : null;
  if (NUMBERS[lw] !== undefined) return NUMBERS[lw];
  const m = lw.includes('-') ? /^(\w+)-(\w+)$/.exec(lw) : null;
  if (m && NUMBERS[m[1]] !== undefined && NUMBERS[m[2]] !== undefined && NUMBERS[m[1]] >= 20) return NUMBERS[m[1]] + NUMBERS[m[2]];
  return null;
}

const isYear = (lw: string) => lw.length === 4 && /^\d{4}$/.test(lw) && Number(lw) > 1900 && Number(lw) < 2100;
const isAgeWord = (lw: string) => /^\d+-(year|month|week|day)-old$|^\w+-(year|month)-old$/.test(lw);
const CHILD_HEADS = /^(children|child|kids|minors|babies|baby|infant|infants|girl|girls|boy|boys|toddler|teenager|teenagers)$/;

interface Quantity {
  count: Count;
  /** Index of the first word after the number (and its qualifier). */
  next: number;
  start: number;
  singular: boolean;
  vague: boolean;
}

/** A number with its qualifier, or a singular determiner, starting at word i. */
function quantityAt(ws: Word[], i: number): Quantity | null {
  let j = i;
  let bind: 'min' | 'max' | 'approx' | null = null;
  let qualText = '';
  for (const [q, b] of QUALIFIERS_BY_FIRST.get(ws[i]?.lw ?? '') ?? []) {
    if (q.every((x, k) => ws[i + k]?.lw === x)) { bind = b; j = i + q.length; qualText = q.join(' '); break; }
  }
  // "between 14 and 20", "between 14 to 20": a range.
  if (ws[i]?.lw === 'between') {
    const a = numberWord(ws[i + 1]?.lw ?? ''), b = numberWord(ws[i + 3]?.lw ?? '');
    if (a !== null && b !== null && /^(and|to)$/.test(ws[i + 2].lw)) {
      return { count: { min: a, max: b, text: ws.slice(i, i + 4).map((x) => x.w).join(' ') }, next: i + 4, start: ws[i].start, singular: false, vague: false };
    }
  }
  const w = ws[j];
  if (!w) return null;
  // "June 7", "7 June": a day of the month, not a count.
  if (isYear(w.lw) || MONTHS.has(ws[j - 1]?.lw ?? '') || MONTHS.has(ws[j + 1]?.lw ?? '')) return null;
  const text = (qualText ? qualText + ' ' : '') + w.w;
  if (VAGUE.has(w.lw) && (bind === null || bind === 'approx')) {
    return { count: { min: null, max: null, text }, next: j + 1, start: ws[i].start, singular: false, vague: true };
  }
  // "a family of five", "a family of 7": the family's members.
  const family = w.lw === 'a' && ws[j + 1]?.lw === 'family' && ws[j + 2]?.lw === 'of';
  const members = family ? numberWord(ws[j + 3]?.lw ?? '') : null;
  if (members !== null && bind === null) {
    return { count: { min: members, max: null }, next: j + 4, start: ws[i].start, singular: false, vague: false };
  }
  if (w.lw === 'a' && ws[j + 1]?.lw === 'dozen') {
    return { count: countOf(bind, 12, text + ' dozen'), next: j + 2, start: ws[i].start, singular: false, vague: false };
  }
  // "his two daughters", "their three children": the possessive before a number counts that number.
  const counted = DEFINITE.has(w.lw) && bind === null ? numberWord(ws[j + 1]?.lw ?? '') : null;
  if (counted !== null && !isYear(ws[j + 1].lw)) return { count: { min: counted, max: null }, next: j + 2, start: w.start, singular: counted === 1, vague: false };
  if (bind === null && (SINGULAR_DETERMINERS.has(w.lw) || DEFINITE.has(w.lw))) {
    return { count: { min: 1, max: null }, next: j + 1, start: w.start, singular: true, vague: false };
  }
  const n = numberWord(w.lw);
  if (n === null) return null;
  return { count: countOf(bind, n, bind ? text : null), next: j + 1, start: ws[i].start, singular: n === 1, vague: false };
}

function countOf(bind: 'min' | 'max' | 'approx' | null, n: number, text: string | null): Count {
  if (bind === 'max') return { min: null, max: n, text: text ?? String(n) };
  if (bind === 'approx') return { min: null, max: null, text: text ?? String(n) };
  return text ? { min: n, max: null, text } : { min: n, max: null };
}

interface Phrase {
  count: Count;
  heads: string[];
  next: number;
  start: number;
  singular: boolean;
  definite: boolean;
}

/**
 * A word in capitals among words that are not ("17 IS militants", "4 AS fighters"): a group's acronym, not the
 * function word it spells. A headline in capitals ("5 SOLDIERS KILLED") keeps its words.
 */
function acronymInMixedCase(ws: Word[], j: number): boolean {
  const caps = (w: Word | undefined) => !!w && /^\p{Lu}{2,}$/u.test(w.w);
  return caps(ws[j]) && !caps(ws[j + 1]) && !caps(ws[j - 1]);
}

/**
 * One counted noun phrase from word i: quantity, up to five modifier words, a head noun, then an optional
 * parenthesis and "of …" phrase ("two members of the local defence force").
 */
function groupAt(ws: Word[], i: number, needHead: boolean): Phrase | null {
  const q = quantityAt(ws, i);
  if (!q) return null;
  const definite = DEFINITE.has(ws[i].lw);
  let j = q.next;
  let head = '';
  for (let k = 0; k < 5 && j < ws.length; k++) {
    const lw = ws[j].lw;
    if (!acronymInMixedCase(ws, j) && (lw === 'of' || BREAKS.has(lw) || AUXILIARIES.has(lw) || PASSIVE_PREDICATES[lw] || ACTIVE_PREDICATES[lw] || MANNER.has(lw)
      || medicalCareAt(ws, j))) break;
    if (!/^[\p{L}\p{N}]/u.test(lw) || lw === 'aged') break;
    if (numberWord(lw) !== null && !isAgeWord(lw)) break;
    head = lw;
    j++;
  }
  // "two brothers aged seven and 10", "her sons, aged 9 and 14", "The woman, 38,": ages told after the noun are not
  // more people; with no number of its own ("her sons") the group is as many as the ages told.
  const ages = head ? agesAt(ws, j) : null;
  let count = q.count;
  if (ages) {
    j = ages.next;
    if (q.singular && DEFINITE.has(ws[i].lw) && head.endsWith('s') && ages.n > 1) count = { min: ages.n, max: null };
  }
  // "two of his bodyguards", "three of their children": some of a group named by its owner, counted by the number.
  const owner = ws[j + 1]?.lw ?? '';
  if (!head && ws[j]?.lw === 'of' && /^(his|her|their|its|the)$/.test(owner) && /^\p{L}/u.test(ws[j + 2]?.lw ?? '')
    && !PASSIVE_PREDICATES[ws[j + 2].lw] && !DEATH_NOUNS.has(ws[j + 2].lw) && !AUXILIARIES.has(ws[j + 2].lw)) {
    head = ws[j + 2].lw;
    j += 3;
  }
  if (!head && (needHead || q.singular)) return null;
  if (head && NOT_PEOPLE.has(head)) return null;
  // "(VDP)", "(KKG)": a name in brackets after the noun.
  if (ws[j]?.lw === '(') {
    let k = j + 1;
    while (k < ws.length && k < j + 8 && ws[k].lw !== ')') k++;
    if (ws[k]?.lw === ')') j = k + 1;
  }
  // "of the local defence force", "from the same family": the group's affiliation.
  if ((ws[j]?.lw === 'of' || ws[j]?.lw === 'from') && head) {
    let k = j + 1;
    while (k < ws.length && k < j + 8 && !BREAKS.has(ws[k].lw) && !AUXILIARIES.has(ws[k].lw)
      && !PASSIVE_PREDICATES[ws[k].lw] && /^[\p{L}\p{N}]/u.test(ws[k].lw)) k++;
    if (k > j + 1) j = k;
  }
  // "a married couple", "a pair of brothers": one noun for two people.
  const two = head && q.singular && PAIR_NOUNS.has(head);
  return { count: two ? { min: 2, max: null } : count, heads: head ? [head] : [], next: j, start: q.start,
    singular: q.singular && !two && count.min === 1, definite };
}

/** Where ages told after a noun end, and how many they are: "aged 9 and 14", ", aged 7, 9 and 12,", ", 38,". */
function agesAt(ws: Word[], j: number): { n: number; next: number } | null {
  const isAge = (k: number) => /^\d{1,2}$/.test(ws[k]?.lw ?? '') || (numberWord(ws[k]?.lw ?? '') ?? 100) < 100;
  const comma = ws[j]?.lw === ',';
  let k = comma ? j + 1 : j;
  let n = 0;
  if (ws[k]?.lw === 'aged') {
    for (k++; isAge(k); k++) {
      n++;
      if ((ws[k + 1]?.lw === ',' || ws[k + 1]?.lw === 'and') && isAge(k + 2)) k++;
    }
  } else if (comma && /^\d{1,2}$/.test(ws[k]?.lw ?? '') && ws[k + 1]?.lw === ',') {
    n = 1;
    k++;
  }
  if (!n) return null;
  // (The comma that closes an aside is the aside's, unless a list goes on after it: ", 38, and her sons".)
  if (comma && ws[k]?.lw === ',' && ws[k + 1]?.lw !== 'and') k++;
  return { n, next: k };
}

/** Nouns of one that name two people. */
const PAIR_NOUNS = new Set(['couple', 'pair', 'twins']);

/** Words for a count itself ("…, a figure the UN supports", "…, a toll that rose overnight"): no victims of their own. */
const FIGURE_WORDS = new Set(['figure', 'figures', 'toll', 'number', 'tally', 'estimate', 'count', 'total']);

/** Verbs of saying: a group right before one, after a comma, is who speaks ("…, a rights group said"). */
const SPEECH_AFTER = new Set(['said', 'says', 'told', 'reported', 'added', 'stated', 'announced', 'claimed', 'wrote']);

/** Groups joined by "and", ",", "as well as": "Two officers and three members of the unit". */
function conjunctionAt(ws: Word[], i: number, needHead: boolean): Phrase | null {
  const first = groupAt(ws, i, needHead);
  if (!first) return null;
  // A bare number starts no list: "…, 7, and four people were killed" is four.
  if (!first.heads.length) return first;
  let acc = first;
  for (;;) {
    let j = acc.next;
    if (ws[j]?.lw === ',') j++;
    if (ws[j]?.lw === 'and') j++;
    else if (ws[j]?.lw === 'as' && ws[j + 1]?.lw === 'well' && ws[j + 2]?.lw === 'as') j += 3;
    else if (ws[acc.next]?.lw !== ',') break;
    if (j === acc.next) break;
    // A possessive pronoun after "and" is a relative of the first ("a farmer and his wife"): one more person.
    // After a bare comma only another number continues the list ("12 soldiers, 4 guards"), not "…, the mayor said".
    const next = groupAt(ws, j, true);
    // ("a man, his two wives and a neighbour": a relative after a comma is one more, as after "and".)
    if (!next || (next.definite && ws[j - 1].lw !== 'and' && !/^(his|her|their)$/.test(ws[j].lw))) break;
    // "killed 28 people, a rights group said": the speaker, not one more victim.
    if (ws[j - 1].lw === ',' && SPEECH_AFTER.has(ws[next.next]?.lw ?? '')) break;
    // "killing the driver, a 52-year-old man, and injuring …": one person told again by age or as a man or a woman,
    // between commas, is the same person (the list may go on after it: "a teacher, a 40-year-old woman, and her son").
    if (ws[j - 1].lw === ',' && acc.heads.length === 1 && acc.count.min === 1 && next.count.min === 1
      && /^an?$/.test(ws[j].lw) && (ws[next.next]?.lw === ',' || !ws[next.next])
      && (next.heads.every((h) => APPOSED_PERSON.has(h)) || ws.slice(j, next.next).some((w) => isAgeWord(w.lw)))) {
      acc = { ...acc, next: next.next };
      continue;
    }
    // "killed more than 12,000 civilians, a figure the UN supports": a word for the count, not one more victim.
    if (ws[j - 1].lw === ',' && ws.slice(j, next.next).some((w) => FIGURE_WORDS.has(w.lw))) break;
    acc = { count: addCounts(acc.count, next.count), heads: [...acc.heads, ...next.heads], next: next.next, start: acc.start,
      singular: false, definite: acc.definite && next.definite };
  }
  return acc;
}

/** Words that describe one person already named, in an apposition: "the driver, a man of 52". */
const APPOSED_PERSON = new Set(['man', 'woman', 'person', 'resident', 'father', 'mother', 'grandfather', 'grandmother',
  'local', 'villager', 'civilian']);

/** Two counts of different people added: the minimums sum when both are known, else only the wording stays. */
export function addCounts(a: Count, b: Count): Count {
  if (a.min !== null && b.min !== null) return { min: a.min + b.min, max: null, ...(a.text || b.text ? { text: [a.text ?? a.min, b.text ?? b.min].join(' + ') } : {}) };
  return { min: null, max: null, text: [a.text ?? a.min ?? a.max, b.text ?? b.min ?? b.max].join(' + ') };
}

/** Words of care that tell of the injured: "were hospitalised", "were treated for wounds", "received medical help". */
const HOSPITALISED = new Set(['hospitalised', 'hospitalized']);
const CARE_VERBS = new Set(['received', 'sought', 'needed', 'required', 'got', 'receive', 'needs', 'require']);
const CARE_NOUNS = new Set(['help', 'treatment', 'care', 'assistance', 'attention', 'aid']);

/** Where a phrase of medical care starting at word k ends, or 0: the injured told by the care they got. */
function medicalCareAt(ws: Word[], k: number): number {
  const w = ws[k]?.lw;
  if (!w) return 0;
  if (HOSPITALISED.has(w)) return k + 1;
  // "treated for shrapnel wounds", "treated in hospital", "taken to hospital", "admitted to hospital"
  if (w === 'treated' && (ws[k + 1]?.lw === 'for' || ((ws[k + 1]?.lw === 'in' || ws[k + 1]?.lw === 'at') && /^(hospital|a)$/.test(ws[k + 2]?.lw ?? '')))) return k + 2;
  if ((w === 'taken' || w === 'admitted' || w === 'rushed') && ws[k + 1]?.lw === 'to' && /^(hospital|a|the)$/.test(ws[k + 2]?.lw ?? '')) return k + 3;
  // "received medical help", "sought hospital treatment", "needed medical care"
  if (CARE_VERBS.has(w) && (ws[k + 1]?.lw === 'medical' || ws[k + 1]?.lw === 'hospital') && CARE_NOUNS.has(ws[k + 2]?.lw ?? '')) return k + 3;
  return 0;
}

/** The predicate after a subject: auxiliaries, then "shot and", then the casualty word. */
function passivePredicateAt(ws: Word[], j: number): { kind: VictimKind; end: number } | null {
  let k = j;
  for (let n = 0; n < 6 && k < ws.length && AUXILIARIES.has(ws[k].lw); n++) k++;
  // "were shot and killed", "was shot dead", "were tortured and killed".
  if (MANNER.has(ws[k]?.lw ?? '')) {
    if (ws[k].lw === 'shot' && ws[k + 1]?.lw === 'dead') return { kind: 'killed', end: k + 2 };
    if (ws[k + 1]?.lw === 'and' && ws[k + 2] && PASSIVE_PREDICATES[ws[k + 2].lw]) return { kind: PASSIVE_PREDICATES[ws[k + 2].lw], end: k + 3 };
    if (ws[k + 1]?.lw === 'to' && ws[k + 2]?.lw === 'death') return { kind: 'killed', end: k + 3 };
    if (ws[k].lw === 'executed') return { kind: 'killed', end: k + 1 };
    return null;
  }
  const w = ws[k];
  if (!w) return null;
  if (w.lw === 'lost' && ws[k + 1]?.lw === 'their' && ws[k + 2]?.lw === 'lives') return { kind: 'killed', end: k + 3 };
  const cared = medicalCareAt(ws, k);
  if (cared) return { kind: 'injured', end: cared };
  const kind = PASSIVE_PREDICATES[w.lw];
  if (!kind) return null;
  // "the dead" is a noun, not a fate; "missing" after a count only as a state ("are missing").
  return { kind, end: k + 1 };
}

/**
 * The victim groups of one sentence, each with its kind and count, in order. A group told as a subset
 * ("including four children", "among them two medics") is left out: it is part of a group already counted.
 */
/** Words that open a phrase of place between a subject and its fate: "seven civilians in two districts were killed". */
const LOCATIVES = new Set(['in', 'near', 'at', 'across', 'around']);

/**
 * Where the predicate starts after a phrase of place ("Two people in Kharkiv were killed"), or j when there is none:
 * up to eight words of place, no comma, then an auxiliary or a fate.
 */
function afterPlace(ws: Word[], j: number): number {
  if (!LOCATIVES.has(ws[j]?.lw ?? '') || passivePredicateAt(ws, j)) return j;
  for (let k = j + 1; k < ws.length && k <= j + 8; k++) {
    const lw = ws[k].lw;
    if (lw === ',' || lw === ';' || lw === 'and' || lw === '(') return j;
    if (AUXILIARIES.has(lw) || PASSIVE_PREDICATES[lw]) return passivePredicateAt(ws, k) ? k : j;
  }
  return j;
}

/** Words that open an aside about some of a group: ", one of them a 16-year-old,", ", including a child,". */
const ASIDE_OPENERS = new Set(['including', 'among', 'all', 'most', 'both', 'many', 'some', 'mostly', 'mainly']);

/**
 * Where the predicate starts after an aside on the group between commas ("Two Palestinians, one of them a
 * 16-year-old, were killed"), or j when there is none: the aside is about some of the group, not more people.
 */
function afterAside(ws: Word[], j: number): number {
  if (ws[j]?.lw !== ',') return j;
  const first = ws[j + 1]?.lw ?? '';
  if (!ASIDE_OPENERS.has(first) && numberWord(first) === null) return j;
  for (let k = j + 2; k < ws.length && k <= j + 12; k++) {
    if (ws[k].lw === ';' || ws[k].lw === '.') return j;
    if (ws[k].lw === ',') return passivePredicateAt(ws, k + 1) ? k + 1 : j;
  }
  return j;
}

export function victimGroups(sentence: string): VictimGroup[] {
  const ws = tokenise(sentence);
  const out: VictimGroup[] = [];
  let i = 0;
  while (i < ws.length) {
    const prev = ws[i - 1]?.lw;
    // A breakdown in brackets ("Five people were killed (two herders and three guards)") is not more people.
    if (ws[i].lw === '(') { let k = i + 1; while (k < ws.length && ws[k].lw !== ')') k++; i = k + 1; continue; }
    const subset = prev !== undefined && (SUBSET_CUES.has(prev) || (prev === 'them' && ws[i - 2]?.lw === 'among'));
    // Subject then predicate: "Three women were shot and killed", "The driver died".
    // ("In the West Bank, a man was killed", "According to the civilian government, 380 civilians …": a phrase after a
    // preposition is no subject, and a list cannot start there.)
    const afterPreposition = prev !== undefined && PREPOSITIONS.has(prev);
    const phrase = subset ? null : conjunctionAt(ws, i, false);
    const np = afterPreposition ? null : phrase;
    if (np) {
      let at = np.heads.length ? afterAside(ws, afterPlace(ws, np.next)) : np.next;
      let pred = passivePredicateAt(ws, at);
      // "a 45-year-old civilian who was interrogated at the police station died": the fate after a relative clause.
      if (!pred && np.heads.length && ws[at]?.lw === 'who') {
        for (let k = at + 1; k < Math.min(ws.length, at + 30) && ws[k].lw !== ';' && ws[k].lw !== '.'; k++) {
          const fate = ws[k].lw === 'died' || ws[k].lw === 'was' || ws[k].lw === 'were' ? passivePredicateAt(ws, k) : null;
          if (fate && fate.kind === 'killed') { at = k; pred = fate; break; }
        }
      }
      const auxSingular = /^(was|has|died|is)$/.test(ws[at]?.lw ?? '') || PASSIVE_PREDICATES[ws[at]?.lw ?? ''] !== undefined;
      const possessiveStart = np.definite && /^(his|her|their|its)$/.test(ws[i].lw);
      const plainDefinite = np.definite && np.heads.length === 1 && !np.heads[0].endsWith('s');
      // "The blast wounded 3 officers", "Shelling killed two": an active verb with its object, not a victim's fate.
      const bare = !!pred && pred.end === at + 1;
      const activeReading = !!pred && bare && ACTIVE_PREDICATES[ws[at].lw] !== undefined
        && (OBJECT_PRONOUNS.has(ws[pred.end]?.lw ?? '') || conjunctionAt(ws, pred.end, true) !== null);
      // (An attacker is a victim when the verb is passive: "four attackers were killed", not "the war has killed".)
      const passive = !!pred && ws.slice(at, pred.end).some((w) => /^(was|were|been|being|is|are|be)$/.test(w.lw));
      const agentHead = !passive && np.heads.some((h) => AGENTS.has(h));
      if (pred && !activeReading && !agentHead && (!np.definite || (plainDefinite && auxSingular && !possessiveStart) || np.heads.length > 1)) {
        out.push({ kind: pred.kind, count: np.count, heads: np.heads, start: np.start, end: ws[pred.end - 1].end });
        i = pred.end;
        continue;
      }
    }
    // "resulting in 1 fatality", "3 deaths", "five dead": the noun is the fate.
    if (phrase && phrase.heads.length === 1 && DEATH_NOUNS.has(phrase.heads[0]) && !phrase.definite) {
      out.push({ kind: 'killed', count: phrase.count, heads: [], start: phrase.start, end: ws[phrase.next - 1].end });
      i = phrase.next;
      continue;
    }
    // Bare person noun opening a clause: "Woman shot and killed in the market".
    if ((i === 0 || ws[i - 1].lw === ',' || ws[i - 1].lw === ';') && BARE_PERSONS.has(ws[i].lw)) {
      const pred = passivePredicateAt(ws, i + 1);
      if (pred) { out.push({ kind: pred.kind, count: { min: 1, max: null }, heads: [ws[i].lw], start: ws[i].start, end: ws[pred.end - 1].end }); i = pred.end; continue; }
    }
    // "shot him dead", "beat her to death": one person between the verb and the fate.
    if (MANNER.has(ws[i].lw) && OBJECT_PRONOUNS.has(ws[i + 1]?.lw ?? '')
      && (ws[i + 2]?.lw === 'dead' || (ws[i + 2]?.lw === 'to' && ws[i + 3]?.lw === 'death'))) {
      const end = ws[i + 2].lw === 'dead' ? i + 3 : i + 4;
      out.push({ kind: 'killed', count: { min: 1, max: null }, heads: [ws[i + 1].lw], start: ws[i].start, end: ws[end - 1].end });
      i = end;
      continue;
    }
    // Active verb then object: "killed two pastoralists", "shot dead a guard", "kill 8 and wound 5".
    const act = activeAt(ws, i);
    if (act) {
      let obj = OBJECT_PRONOUNS.has(ws[act.next]?.lw ?? '')
        ? { count: { min: 1, max: null } as Count, heads: [ws[act.next].lw], next: act.next + 1, start: ws[act.next].start, definite: false, singular: true }
        : conjunctionAt(ws, act.next, false);
      // "killing him and 2 of his relatives", "killed her and her son": the one just told of and those with them.
      if (obj && obj.heads.length === 1 && OBJECT_PRONOUNS.has(obj.heads[0]) && ws[obj.next]?.lw === 'and') {
        const more = conjunctionAt(ws, obj.next + 1, true);
        if (more) obj = { ...obj, count: addCounts(obj.count, more.count), heads: [...obj.heads, ...more.heads], next: more.next, singular: false };
      }
      if (obj && !(obj.definite && (obj.heads.length !== 1 || obj.heads[0].endsWith('s')))
        && !(obj.heads.length === 0 && !bareCountEnds(ws, obj.next))) {
        out.push({ kind: act.kind, count: obj.count, heads: obj.heads, start: ws[i].start, end: ws[obj.next - 1].end });
        i = obj.next;
        continue;
      }
    }
    i++;
  }
  return out;
}

/** "killed 12 and wounded 34", "killing 5.": a count with no noun stands alone only at a clause's end. */
function bareCountEnds(ws: Word[], j: number): boolean {
  const w = ws[j]?.lw;
  return w === undefined || w === ',' || w === '.' || w === ';' || w === '(' || w === 'and' || (w === 'of' && ws[j + 1]?.lw === 'them')
    || w === 'in' || w === 'on' || w === 'people' || w === 'over' || w === 'during' || w === 'across' || w === 'near' || w === 'at';
}

function activeAt(ws: Word[], i: number): { kind: VictimKind; next: number } | null {
  const lw = ws[i].lw;
  if ((lw === 'shot' || lw === 'shooting') && ws[i + 1]?.lw === 'dead') return { kind: 'killed', next: i + 2 };
  if (lw === 'shot' && ws[i + 1]?.lw === 'and' && ACTIVE_PREDICATES[ws[i + 2]?.lw ?? '']) return { kind: ACTIVE_PREDICATES[ws[i + 2].lw], next: i + 3 };
  const kind = ACTIVE_PREDICATES[lw];
  if (!kind) return null;
  // "were killed", "was wounded": a passive; its subject was read before.
  if (/^(was|were|been|being|be|is|are)$/.test(ws[i - 1]?.lw ?? '')) return null;
  return { kind, next: i + 1 };
}

/** Whether any head names children (for the children count). */
export function namesChildren(g: VictimGroup): boolean {
  return g.heads.some((h) => CHILD_HEADS.test(h) || isMinorAge(h));
}

/** "a 12-year-old", "a two-year-old": under eighteen. */
function isMinorAge(h: string): boolean {
  const m = /^(\w+)-(year|month|week|day)-old$/.exec(h);
  if (!m) return false;
  if (m[2] !== 'year') return true;
  const n = numberWord(m[1]);
  return n !== null && n < 18;
}
