import type { Count } from './types.js';
import { Gated } from './gate.js';
import { victimGroups, namesChildren, numberWord, addCounts, type VictimGroup } from './victim-groups.js';

/**
 * Casualty counts in one sentence, with the press's semantics kept: "at least N" and "more than N"
 * are lower bounds, "up to N" is a maximum, "about N" and "dozens" are text without a number,
 * "no casualties" is zero. Children and the civilian/military split are read when stated.
 */
export interface Casualties {
  killed: Count | null;
  injured: Count | null;
  children: Count | null;
  missing: Count | null;
  civilian: boolean | null;
  military: boolean;
  /** Who the killed are, by head noun ("soldiers", "militants"): lets a later sentence add a group not yet counted. */
  killedHeads: string[];
  /** The killed are told as more than those already counted ("another two", "died later of her wounds"). */
  moreKilled: boolean;
}

const VAGUE = /^(dozens|scores|hundreds|thousands|tens\s+of\s+thousands|many|several|numerous)$/i;

const NUM = String.raw`(\d{1,3}(?:,\d{3})+|\d+|a\s+dozen|dozens|scores|hundreds|thousands|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-(?:one|two|three|four|five|six|seven|eight|nine))?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)`;
const QUAL = String.raw`(at\s+least|more\s+than|over|upwards\s+of|up\s+to|as\s+many\s+as|at\s+most|about|around|nearly|almost|approximately|roughly|some|an\s+estimated|estimated|fewer\s+than|less\s+than)`;
const KILLED = String.raw`(killed|killing|kills|kill|dead|died|die|deaths|death|lost\s+their\s+lives|lives|bodies|fatalities|perished|massacred|executed|martyred)`;
const INJURED = String.raw`(injured|injuring|injures|injure|wounded|wounding|injuries|hurt|wounds)`;
const MISSING = String.raw`(missing|unaccounted)`;
const PERSON = String.raw`(people|persons|person|civilians?|children|child|kids|minors|women|men|residents|soldiers|troops|servicemen|others|villagers|worker|workers|rescuers|medics|journalists|fighters|militants|members|passengers|babies|teenagers|girls|boys|victims|individuals|palestinians|ukrainians|russians|sudanese|israelis|officers|policemen|police\s+officers|guards|firefighters|employees|staff)`;
/** Words allowed between a number and its casualty word: "14 civilians were killed", "11 people, including five children, died". */
const FILLER = new Set(['people', 'persons', 'person', 'civilian', 'civilians', 'children', 'child', 'women', 'men', 'residents', 'soldiers', 'troops', 'servicemen', 'others', 'other', 'more', 'were', 'was', 'have', 'has', 'had', 'been', 'being', 'are', 'is', 'reportedly', 'confirmed', 'including', 'a', 'small', 'young', 'among', 'them', 'of', 'the', 'in', 'attack', 'strike', 'also', 'later', 'subsequently', 'villagers', 'workers', 'people’s', 'civilians’', 'palestinians', 'ukrainians', 'victims', 'individuals', 'who', 'later', 'all', 'were', 'reported', 'left', 'girls', 'boys', 'babies', 'may', 'might', 'could', 'are', 'still', 'believed', 'feared', 'thought', 'to', 'now', 'forces', 'government', 'our', 'their']);

// (A subset between the count and its verb is part of the count: "17 Palestinians, including three children, were killed".)
const SUBSET_ASIDE = String.raw`(?:\s*,\s*(?:including|among\s+(?:them|whom)|of\s+whom)\s+[^,.;]{1,60}?,(?:\s+(?:were|was|have|has|had|been|reportedly|later|all))*)?`;
const reNumBefore = new Gated(new RegExp(String.raw`(?:\b${QUAL}\s+)?\b${NUM}\b((?:[\s,]+[\p{L}’'-]+){0,6}?)${SUBSET_ASIDE}[\s,]+(?:${KILLED}|${INJURED}|${MISSING})\b`, 'giu'));
// ("killing dozens of Hezbollah fighters": a vague count's "of" and the group's name before the people.)
const reNumAfter = new Gated(new RegExp(String.raw`\b(?:${KILLED}|${INJURED}|${MISSING})\b((?:\s+(?!\d|and\b|but\b|while\b|as\b|or\b)[\p{L}’'-]+){0,2}?)\s+(?:${QUAL}\s+)?${NUM}\s+(?:of\s+)?(?:more\s+|other\s+)?(?:[\p{L}-]+\s+)?${PERSON}\b`, 'giu'));
// "The death toll from a missile strike on a building in the city of X rose to 12": a toll that rose may be told far from it.
const reToll = new Gated(new RegExp(String.raw`\b(death\s+toll|toll)\s+(?:(?:[\w’',-]+\s+){0,16}?(?:to|of|at|reached|passed|exceeded|surpassed|topped|was|stood\s+at|stands\s+at)`
  + String.raw`|(?:[\w’',-]+\s+){0,30}?(?:rose|risen|climbed|increased|jumped|grew)\s+to)\s+(?:${QUAL}\s+)?${NUM}\b`, 'giu'));
/** "put the number of injured at nine", "the number of dead rose to 14": a count of one kind put at a figure. */
const reNumberOf = new Gated(new RegExp(String.raw`\b(?:number|count|tally)\s+of\s+(?:the\s+)?(?:people\s+)?`
  + String.raw`(dead|killed|deaths|fatalities|injured|wounded|injuries|hurt)\s+(?:at|to|stood\s+at|stands\s+at|rose\s+to|`
  + String.raw`(?:has\s+|had\s+)?(?:risen\s+to|climbed\s+to|reached)|was|is)\s+(?:${QUAL}\s+)?${NUM}\b`, 'gi'));
/** "were killed in 2025 – a recorded total of 2,000": a total given after the casualty word. */
const reTotal = new Gated(new RegExp(String.raw`\b${KILLED}\b[^.;]{0,100}?\b(?:a|the)\s+(?:recorded\s+|confirmed\s+|combined\s+|documented\s+|overall\s+)?total\s+of\s+(?:${QUAL}\s+)?${NUM}\b`, 'giu'));
const reSingle = new Gated(/\b(a|an|one)\s+(?:[\d.]+-(?:year|month|week|day)-old\s+|young\s+|small\s+|teenage\s+|elderly\s+|\w+-year-old\s+)?(girl|boy|child|baby|infant|woman|man|person|civilian|teenager|toddler|resident|soldier)\s+(?:was|has\s+been|had\s+been|were)\s+(killed|injured|wounded|died)\b/giu);
/** One victim named by a noun: "killing an Israeli security guard", "shot dead a police sergeant", "the killing of one fighter", "he died". */
const reOne = new Gated(/\b(killing|killed|shot\s+dead|shooting\s+dead|the\s+killing\s+of|the\s+death\s+of|wounding|injuring|wounded|injured)\s+(a|an|one)\s+(?:[\p{L}\p{N}.-]+\s+){0,4}?(civilian|man|woman|child|boy|girl|baby|soldier|officer|guard|sergeant|policeman|police\s+officer|fighter|militant|commander|member|resident|farmer|teacher|doctor|journalist|worker|person|individual|driver|shepherd|student)\b/giu);
const rePronounDied = new Gated(/\b(he|she)\s+(died|was\s+killed)\b/iu);
const reBareCount = new Gated(new RegExp(String.raw`\b(killing|killed|wounding|injuring)\s+(?:${QUAL}\s+)?${NUM}(?=\s*[.;,]|\s+and\b|\s+of\s+them|\s*$)`, 'giu'));
const reZero = new Gated(/\bno\s+(?:immediate\s+reports?\s+of\s+)?(?:damage\s+or\s+)?(casualties|injuries|deaths|fatalities|victims|one\s+was\s+(?:killed|injured|hurt))\b|\bwithout\s+casualties\b|\bnobody\s+was\s+(?:killed|injured|hurt)\b|\b(?:had|has|have|did)\s+not\s+(?:cause[ds]?|caused|result\s+in|resulted\s+in)\s+(?:any\s+)?(?:casualties|injuries|deaths)\b|\bcaused\s+no\s+(?:casualties|injuries|deaths)\b/iu);
const reChildren = new Gated(new RegExp(String.raw`\b(?:including|among\s+them|of\s+them|of\s+whom)\s+(?:${QUAL}\s+)?${NUM}\s+(children|minors|kids|girls|boys)\b|\b${NUM}\s+(children|minors|kids)\s+(?:were\s+)?among\b|\bincluded\s+${NUM}\s+(children|minors)\b|\b${NUM}\s+of\s+them\s+(children|minors)\b`, 'giu'));

/** A count's value: digits, number words ("twenty-three") as victim-groups reads them, and "a dozen". */
function numberValue(s: string): number | null {
  const t = s.toLowerCase().replace(/\s+/g, ' ');
  return t === 'dozen' || t === 'a dozen' ? 12 : numberWord(t);
}

function toCount(qual: string | undefined, num: string): Count {
  const q = (qual ?? '').toLowerCase().replace(/\s+/g, ' ');
  if (VAGUE.test(num.trim())) return { min: null, max: null, text: `${qual ? `${qual} ` : ''}${num}` };
  const n = numberValue(num);
  if (n === null) return { min: null, max: null, text: num };
  if (q === 'up to' || q === 'as many as' || q === 'at most' || q === 'fewer than' || q === 'less than') return { min: null, max: n, text: `${q} ${num}` };
  if (['about', 'around', 'nearly', 'almost', 'approximately', 'roughly', 'some', 'an estimated', 'estimated'].includes(q)) return { min: null, max: null, text: `${q} ${num}` };
  return { min: n, max: null, ...(q ? { text: `${q} ${num}` } : {}) };
}

type Kind = 'killed' | 'injured' | 'missing';
const IS_KILLED = new RegExp(`^${KILLED}$`, 'i');
const IS_INJURED = new RegExp(`^${INJURED}$`, 'i');
const kindOf = (w: string): Kind => (IS_KILLED.test(w) ? 'killed' : IS_INJURED.test(w) ? 'injured' : 'missing');

/** Year-like numbers and measurements are not casualty counts ("in 2022", "190 square kilometers"). */
const notACount = (num: string, after: string) => (/^\d{4}$/.test(num) && Number(num) > 1900 && Number(num) < 2100) || /^\s*(km|kilometers|kilometres|miles|square|percent|%|drones|missiles|shells|rockets|times|hours|days|years|months|weeks|am|pm)\b/i.test(after);

/** Cheap gate: most sentences name no casualty at all, and the patterns below are not cheap. */
const ANY_CASUALTY = new RegExp('kill|dead|died|death|injur|wound|casualt|hurt|lives|bod(y|ies)|missing|fatalit|perish|massacr|execut|martyr'
  + '|toll|shot|hospital|treated|medical|unharmed|safe', 'i');
/** One body found: "the body of a man was found in a well". */
// ("the body of a man", "a young man's body was found": one dead.)
const ONE_BODY = new RegExp(String.raw`\bbody\s+of\s+(?:a|an|one)\s+(?:[\w-]+\s+){0,2}?(?:${PERSON}|man|woman|boy|girl|child|baby)\b`
  + String.raw`|\b(?:a|an)\s+(?:[\w-]+\s+){0,2}?(?:man|woman|boy|girl|child|baby|person|civilian|soldier|fighter)['’]s\s+body\b`, 'iu');

const MILITARY_HEADS = /^(soldiers?|troops|servicem[ae]n|fighters?|militants?|combatants?|conscripts?|reservists?|paratroopers?|marines?|officers?|guards?|policem[ae]n|commanders?|militiam[ae]n|rebels?|personnel|sergeants?)$/;
/** Victims named as civilians (a toll of these is one of civilians). */
export const CIVILIAN_HEADS = /^(civilians?|residents?|villagers?|children|child|women|woman|farmers?|pastoralists?|students?|teachers?|kids|babies|baby|girls?|boys?)$/;

/**
 * Groups of one kind in a sentence, added up when they name different people ("43 soldiers killed, 7 rebels
 * killed"); a second group with a head already counted is the same people told again, so only the first counts.
 */
function combine(groups: VictimGroup[], sentence = ''): Count {
  let count = groups[0].count;
  // "more than 1,100 Palestinians have been killed since then, while at least 44 Israelis have been killed": two running
  // totals set side by side are two tolls, not one (one clash's dead on both sides still add up).
  const apart = RUNNING_TOTAL.test(sentence)
    ? (g: VictimGroup) => CONTRAST.test(sentence.slice(groups[0].end, g.start)) : () => false;
  // "Five people were killed … two herders and three guards": a breakdown of people already counted.
  if (groups[0].heads.some((h) => GENERIC_HEADS.has(h))) return count;
  const seen = new Set(groups[0].heads);
  for (const g of groups.slice(1)) {
    if (!g.heads.length || g.heads.some((h) => seen.has(h) || GENERIC_HEADS.has(h)) || apart(g)) continue;
    if (count.min === null || g.count.min === null) continue;
    count = addCounts(count, g.count);
    for (const h of g.heads) seen.add(h);
  }
  return count;
}
/** A running total, not one attack's toll: "since October", "so far", "to date", "the overall death toll in the war". */
export const RUNNING_TOTAL =
  /\b(overall|in\s+the\s+war|since|total|cumulative|so\s+far|to\s+date|over\s+the\s+same\s+period)\b/i;
/** A clause set against the one before: ", while", ", whereas", "; ". */
const CONTRAST = /,\s+(?:while|whereas)\s|;\s/i;
/** Deaths told as additional: "another two", "two more", "later died of her wounds". */
const MORE = /^(another|other)\b|^\S+\s+(more(?!\s+than)|other)\b|\b(died|succumbed)\s+(later|of\s+(his|her|their)\s+(injuries|wounds))|\blater\s+died\b/i;
export const GENERIC_HEADS = new Set(['people', 'persons', 'person', 'others', 'individuals', 'victims']);

const HURT_PEOPLE = '(?:people|persons|civilians|residents|patients|staff|workers|passengers|soldiers|children|crew|personnel|one)';
/** Nobody hurt: "no one was killed", "no patients or staff were hurt", "no civilians were wounded". */
// ("none of the 21 crew members had been hurt": none of a group named.)
const NONE_OF = String.raw`none(?:\s+of\s+(?:the|its|their)\s+(?:\d+\s+)?(?:[\w-]+\s+){0,2}?${HURT_PEOPLE}(?:\s+members)?)?`;
const NONE_HURT = new RegExp(String.raw`\b(no\s+one|nobody|${NONE_OF}`
  + String.raw`|no\s+(?:[\w-]+\s+)?${HURT_PEOPLE}(?:\s+or\s+(?:[\w-]+\s+)?${HURT_PEOPLE})?)`
  + String.raw`\s+(was|were|has\s+been|have\s+been|had\s+been)\s+(killed|injured|hurt|wounded)(\s+or\s+(killed|injured|hurt|wounded))?\b`, 'i');
/** Everyone of a group safe: "the crew was safe", "all 21 crew members were unharmed", "passengers escaped unhurt". */
const ALL_SAFE = new RegExp(String.raw`\b(?:the\s+|its\s+|all\s+(?:the\s+)?(?:\d+\s+)?)?`
  + String.raw`(?:crew(?:\s+members)?|passengers|sailors|seafarers|occupants|residents|staff)`
  + String.raw`\s+(?:was|were|is|are|escaped)\s+(?:all\s+|reported\s+)?(?:safe|unharmed|unhurt|uninjured)\b`, 'i');
/**
 * A coder's figure for a toll the report left open ("Unknown fatalities estimated as 10", "Fatalities coded to 10"),
 * as event datasets' notes state it: the figure the record carries.
 */
const CODED_FATALITIES = new RegExp(String.raw`\bfatalit(?:y|ies)\s+(?:were\s+|was\s+)?(?:estimated|coded)\s+(?:as|to|at)\s+(\d[\d,]*)\b`, 'i');

/** Deaths among the injured of an attack: "a man injured in the strike died in hospital", "two of the wounded later died". */
const LATER_DEATH = new RegExp(String.raw`\b(one|two|three|four|five|six|seven|eight|nine|ten|\d+|an?\s+(?:[\w-]+\s+){0,2}?`
  + String.raw`(?:man|woman|boy|girl|child|person|resident|civilian|soldier|teenager|worker))\s+(?:of\s+(?:the|those)\s+(?:wounded|injured)`
  + String.raw`|(?:who\s+(?:was|were|had\s+been)\s+)?(?:injured|wounded|hurt)\s+in\s+(?:the|that|this|an?|sunday's|saturday's|monday's|tuesday's|`
  + String.raw`wednesday's|thursday's|friday's)\s+(?:[\w-]+\s+)?(?:attack|strike|shelling|blast|explosion|raid|bombing)(?:\s+[^,.;]{0,50}?)?,?)`
  + String.raw`\s+(?:later\s+|subsequently\s+|also\s+)?(?:died|succumbed)\b`, 'i');

/** One person already told of who later died ("The woman subsequently died in the hospital"). */
const REFERENT_DIED = /\b(?:the|that|this)\s+(?:[\w-]+\s+)?(?:man|woman|boy|girl|child|baby|person|civilian|victim|soldier|driver)\s+(?:later|subsequently|eventually)\s+(?:died|succumbed)\b/i;

const PERSON_WORD = new RegExp(`^${PERSON}$`, 'i');

export function extractCasualties(sentence: string): Casualties {
  const out: Casualties = { killed: null, injured: null, children: null, missing: null, civilian: null, military: false, killedHeads: [], moreKilled: false };
  if (!ANY_CASUALTY.test(sentence)) return out;
  const set = (k: Kind, c: Count) => { if (!out[k] || (out[k]!.min == null && out[k]!.max == null && (c.min != null || c.max != null))) out[k] = c; };
  const taken: [number, number][] = [];
  const free = (a: number, b: number) => !taken.some(([x, y]) => a < y && x < b);

  // "No one was killed" must not read as a count of one.
  // Zero only for what it names: "Nobody was killed, and two workers were hospitalised" has two injured.
  // Also "no patients or staff were hurt", "no civilians were killed": nobody of the people it names.
  const none = NONE_HURT.exec(sentence) ?? ALL_SAFE.exec(sentence);
  if (none) {
    taken.push([none.index, none.index + none[0].length]);
    const named = none[0].toLowerCase();
    // Nobody hurt is nobody killed either; nobody killed says nothing of the injured.
    out.killed = { min: 0, max: null };
    if (/injured|hurt|wounded|safe|unharmed|unhurt|uninjured/.test(named)) out.injured = { min: 0, max: null };
  }
  // "A man injured in the attack died in hospital", "two of the wounded later died": deaths among the injured.
  const later = LATER_DEATH.exec(sentence);
  if (later && free(later.index, later.index + later[0].length)) {
    const n = /^an?\s/i.test(later[1]) ? 1 : numberValue(later[1]);
    if (n !== null) { set('killed', { min: n, max: null }); taken.push([later.index, later.index + later[0].length]); }
  }
  // "The woman subsequently died in hospital": the one person just told of, dead.
  const referent = REFERENT_DIED.exec(sentence);
  if (referent && free(referent.index, referent.index + referent[0].length)) {
    set('killed', { min: 1, max: null });
    out.moreKilled = true;
    taken.push([referent.index, referent.index + referent[0].length]);
  }
  const body = ONE_BODY.exec(sentence);
  if (body && free(body.index, body.index + body[0].length)) { set('killed', { min: 1, max: null }); taken.push([body.index, body.index + body[0].length]); }
  const coded = CODED_FATALITIES.exec(sentence);
  if (coded) set('killed', { min: Number(coded[1].replace(/,/g, '')), max: null });
  for (let m = reToll.exec(sentence); m; m = reToll.next(sentence)) { set('killed', toCount(m[2], m[3])); taken.push([m.index, m.index + m[0].length]); }
  for (let m = reNumberOf.exec(sentence); m; m = reNumberOf.next(sentence)) {
    if (!free(m.index, m.index + m[0].length)) continue;
    set(kindOf(m[1]), toCount(m[2], m[3]));
    taken.push([m.index, m.index + m[0].length]);
  }
  const groups = victimGroups(sentence).filter((g) => free(g.start, g.end));
  for (const k of ['killed', 'injured', 'missing'] as const) {
    const own = groups.filter((g) => g.kind === k);
    if (!own.length || out[k]) continue;
    set(k, combine(own, sentence));
    if (k === 'killed') {
      out.killedHeads = own.flatMap((g) => g.heads);
      out.moreKilled = MORE.test(sentence.slice(own[0].start, own[0].end + 40));
    }
    for (const g of own) {
      taken.push([g.start, g.end]);
      if (namesChildren(g)) out.children ??= g.heads.length === 1 ? g.count : { min: 1, max: null };
      if (g.heads.some((h) => MILITARY_HEADS.test(h))) out.military = true;
      if (g.heads.some((h) => CIVILIAN_HEADS.test(h))) out.civilian ??= true;
    }
  }
  for (let m = reSingle.exec(sentence); m; m = reSingle.next(sentence)) {
    if (!free(m.index, m.index + m[0].length)) continue;
    set(kindOf(m[3]), { min: 1, max: null });
    if (/girl|boy|child|baby|infant|teenager|toddler/i.test(m[2])) out.children ??= { min: 1, max: null };
    taken.push([m.index, m.index + m[0].length]);
  }
  for (let m = reNumAfter.exec(sentence); m; m = reNumAfter.next(sentence)) {
    if (!free(m.index, m.index + m[0].length)) continue;
    const word = m[1] ?? m[2] ?? m[3];
    const num = m[6];
    if (notACount(num, sentence.slice(m.index + m[0].length))) continue;
    set(kindOf(word), toCount(m[5], num));
    const person = m[7].toLowerCase();
    if (/civilian|resident|villager|children|women/.test(person)) out.civilian = true;
    if (/^(children|minors|kids|babies)$/.test(person) && kindOf(word) === 'killed') out.children ??= toCount(m[5], num);
    if (/soldier|troops|servicemen|fighters|militants/.test(person)) out.military = true;
    taken.push([m.index, m.index + m[0].length]);
  }
  for (let m = reNumBefore.exec(sentence); m; m = reNumBefore.next(sentence)) {
    const fillers = (m[3] ?? '').split(/[\s,]+/).filter(Boolean).map((w) => w.toLowerCase());
    if (!fillers.every((w) => FILLER.has(w) || /-year-old$/.test(w)) || notACount(m[2], m[3] ?? '')) { reNumBefore.re.lastIndex = m.index + 1; continue; }
    if (!free(m.index, m.index + m[0].length)) continue;
    const word = m[4] ?? m[5] ?? m[6];
    set(kindOf(word), toCount(m[1], m[2]));
    // Who they were, for a later sentence's "another … died later" to add to ("Three people … were killed").
    const who = fillers.find((w) => PERSON_WORD.test(w));
    if (kindOf(word) === 'killed' && who && !out.killedHeads.length) out.killedHeads = [who];
    if (fillers.some((w) => /^(civilians?|residents|villagers|children|women)$/.test(w))) out.civilian = true;
    if (fillers.some((w) => /^(soldiers|troops|servicemen)$/.test(w))) out.military = true;
    taken.push([m.index, m.index + m[0].length]);
  }
  for (let m = reOne.exec(sentence); m; m = reOne.next(sentence)) {
    if (!free(m.index, m.index + m[0].length)) continue;
    const k: Kind = /wound|injur/i.test(m[1]) ? 'injured' : 'killed';
    set(k, { min: 1, max: null });
    if (/soldier|officer|guard|sergeant|policeman|police|fighter|militant|commander/i.test(m[3])) out.military = true;
    if (/civilian|child|boy|girl|baby|farmer|teacher|resident|woman|man/i.test(m[3])) out.civilian ??= true;
    taken.push([m.index, m.index + m[0].length]);
  }
  for (let m = reBareCount.exec(sentence); m; m = reBareCount.next(sentence)) {
    if (!free(m.index, m.index + m[0].length)) continue;
    set(/wound|injur/i.test(m[1]) ? 'injured' : 'killed', toCount(m[2], m[3]));
    taken.push([m.index, m.index + m[0].length]);
  }
  // Only when nothing else gave the toll: "Two were killed on Sunday, a total of 40 since May" is two.
  if (!out.killed) {
    const m = reTotal.exec(sentence);
    if (m && !notACount(m[3], sentence.slice(m.index + m[0].length))) out.killed = toCount(m[2], m[3]);
  }
  if (!out.killed && rePronounDied.test(sentence)) out.killed = { min: 1, max: null };
  if (!out.killed && !out.injured && reZero.test(sentence)) { out.killed = { min: 0, max: null }; out.injured = { min: 0, max: null }; }
  const c = reChildren.exec(sentence);
  if (c) {
    const num = c[2] ?? c[4] ?? c[6] ?? c[8];
    const n = numberValue(num);
    if (n !== null) out.children = { min: n, max: null };
  }
  if (out.civilian === null && /\bcivilians?\b/i.test(sentence) && (out.killed || out.injured)) out.civilian = true;
  return out;
}

const reCountIn = new RegExp(String.raw`\b${NUM}\s+(?:more\s+)?(?:${PERSON}\s+)?(?:(?:were|was)\s+(?:killed|injured|wounded)\s+|died\s+)?in\s+(?:the\s+)?$`, 'iu');

const reIncludingIn = new RegExp(String.raw`\b(?:including|among\s+them)\s+${NUM}\s+(?:[^,;.]{0,90}?\s)?`
  + String.raw`in\s+(?:the\s+)?(?:[^,;.]{0,60}\s)?$`, 'iu');

/**
 * A count told just before a place in a list: "killed 20 people, including eight in Deir al-Balah" gives 8
 * for the text ending "including eight in ". Null when the text does not end that way.
 */
export function countJustBefore(text: string): number | null {
  const m = reCountIn.exec(text.slice(-80));
  // ("including six in a strike on a home in the Bekaa Valley town of Baalbek": the part of the toll the place's own
  // phrase opens with, however long the phrase.)
  const part = m ? null : reIncludingIn.exec(text.slice(-120));
  if (part && !notACount(part[1], '') && !VAGUE.test(part[1])) return numberValue(part[1]);
  if (!m || notACount(m[1], '')) return null;
  return VAGUE.test(m[1]) ? null : numberValue(m[1]);
}

