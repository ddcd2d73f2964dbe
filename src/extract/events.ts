import type { Document } from '../document/types.js';
import { kmBetween } from '../resolve/distance.js';
import { DATELINE } from './dateline.js';
import { loadData } from '../data.js';
import { comparedSince, findDates, toDay, fromDay, type DateMention } from '../resolve/dates.js';
import { extractCasualties, countJustBefore, CIVILIAN_HEADS, GENERIC_HEADS } from './casualties.js';
import { localOfficeTerritory, speakerTerritory } from './speaker-territory.js';
import { capitalNamed, capitalOf } from './capital-named.js';
import { opposingClaims } from './refine/opposing-claims.js';
import { addCounts, numberWord } from './victim-groups.js';
import type { Claim, DateRange, Event, EventType, Place, Verification } from './types.js';
import { actors } from '../resolve/actors.js';
import { demonymCode } from './nationality-focus.js';
import { Gated, GateSet, GateSets, withoutCaptures } from './gate.js';
import { headlineLike } from './headline.js';
import { REGION_BEFORE_TYPE } from './places.js';

interface EventLexicon {
  triggers: { type: EventType; subtype?: string | null; re: string; noCountsNeeded?: boolean }[];
  runningTotalsAreBackdrop: string[];
  modeWords: Record<string, string>;
  militaryVictims: string;
  aggregate: string;
  actorWords: Record<string, string>;
  habitual: string;
  longRun: string;
  trendBefore: string;
  noIncident: string;
  agentVerbs: string;
  agentRelativeVerbs: string;
  anaphor: string;
  global: string;
  irrealis: string;
  armedTarget: string;
  remoteWeapon: string;
  backdrop: string;
  warnedOf: string;
  hypotheticalClause: string;
  reactionClause: string;
  continuationClause: string;
  talksWished: string;
  sinceClause: string;
  sinceAttack: string;
  cameAfter: string;
  notEventPlace: { id: string; before: string; exceptType?: string }[];
  conditionSentence: string;
  workStrike: string;
  materiel: string;
  originClause: string;
  demanded: string;
  standingControl: string;
  armedOfCountry: string;
  regionAnaphor: string;
  countryAnaphor: string;
  launchedFrom: string;
  waterTown: string;
  tollOf: string;
  repelled: string;
  attackTargets: string;
  cityParts: string;
  militaryMembers: string;
  talksConditional: string;
  militaryAgents: string;
  placeRelative: string;
  capturedPeople: string;
  referenceBefore: string;
  leftWithout: string;
  militaryAcronymMembers: string;
  attackedToo: string;
  arrestingForces: string;
  seizedGoods: string;
  civilianSites: string;
  surveillanceDrones: string;
  armedMen: string;
}
interface TypeRow {
  family: string;
  acled: Event['acled'];
  plover: Event['plover'];
  subtypes?: Record<string, { acled: Event['acled']; plover: Event['plover'] }>;
}

const LEX = loadData<EventLexicon>('lexicon/events.json');
const TYPES = loadData<Record<string, TypeRow>>('event-types.json');
// `all` is the same pattern, global, compiled once: walking every occurrence must not recompile it per sentence.
// Only where a trigger matches and the words it covers are used: its groups need not capture.
/** A pattern may name a lexicon entry it shares with others: "{arrestingForces}" is replaced by that pattern. */
const expand = (re: string) => re.replace(/\{([a-zA-Z]\w*)\}/g, (m, k: string) => {
  const v = (LEX as unknown as Record<string, unknown>)[k];
  return typeof v === 'string' ? v : m;
});
const TRIGGERS = LEX.triggers.map((t) => {
  const re = expand(t.re);
  return { ...t, re: withoutCaptures(new RegExp(re, 'i')), all: withoutCaptures(new RegExp(re, 'gi')) };
});
/**
 * Which triggers a sentence could hold, in one pass over it (see gate.ts): a trigger none of whose words
 * the sentence has is not tried, and a sentence with none of any trigger (most of them) is done at once.
 */
const TRIGGER_GATES = new GateSet(TRIGGERS.map((t) => t.re));
const ARMED_TARGET = new RegExp(LEX.armedTarget, 'i');
const CITY_PART = new RegExp(LEX.cityParts, 'i');
/** A number of attacks, strikes or raids counted ("at least 27 attacks", "more than 1,000 strikes"), or of missiles launched. */
const ATTACK_COUNT = new RegExp(String.raw`\b\d[\d,]*\s+(?:[\w-]+\s+){0,2}?(?:attacks|strikes|raids|air\s*strikes)\b|`
  + String.raw`\b(?:launched|fired)\s+(?:more\s+than\s+|over\s+|some\s+|about\s+)?\d[\d,]*\s+(?:[\w-]+\s+){0,2}?(?:missiles|drones|rockets|shells)\b`, 'i');
const MILITARY_MEMBERS = new RegExp(LEX.militaryMembers, 'i');
// (Case matters: an acronym before "members" names an armed body, "QSD members".)
const MILITARY_ACRONYM_MEMBERS = new RegExp(LEX.militaryAcronymMembers);
const ATTACKER_NOUN = /^\.?\s+(-led\s+)?(air\s?strikes?|airstrikes?|strikes?|missiles?|drones?|warplanes?|jets?|aircraft|forces|troops|military|army|navy|air\s+force|defen[cs]e\s+forces|bombers?|raids?|(central\s+)?command|officials?|envoys?|government)\b/i;
const SETTLEMENT_ANAPHOR = /\b(the|these|both|two|three)\s+(villages?|towns?|settlements?|cities|city|hamlets?)\b/i;
/** Words of taking ground: a party saying it did so makes a territorial claim; a clash it reports stays a battle. */
const CAPTURE = new RegExp('captur|control|tak(e|en|ing)|took|seiz|advanc|retook|retak|recaptur|crossed|pushed|fell|fall'
  + '|overr|storm|liberat|encircl|gain|offensive|incursion|entered|siege|cleared|flag', 'i');
const AGGREGATE = new Gated(withoutCaptures(new RegExp(LEX.aggregate, 'gi')));

/** The sentence tells a running total (lexicon aggregate), not a record against a past time ("the deadliest since 2022"). */
function tellsTotal(s: string): boolean {
  for (let m = AGGREGATE.exec(s); m; m = AGGREGATE.next(s)) if (!/^since\b/i.test(m[0]) || !comparedSince(s, m.index)) return true;
  return false;
}
const MILITARY = new Gated(withoutCaptures(new RegExp(expand(LEX.militaryVictims), 'i')));
/** "is shelled almost every day": a pattern, not an incident. */
const HABITUAL = new Gated(withoutCaptures(new RegExp(LEX.habitual, 'i')));
/** Retrospect and long runs ("the scene of some of the bloodiest raids", "for more than a decade"): read as habitual. */
const LONG_RUN = new Gated(withoutCaptures(new RegExp(LEX.longRun, 'i')));
const habitual = (s: string) => HABITUAL.test(s) || LONG_RUN.test(s);
/** An aside on something just named: ", which has been shelled regularly", ", two places that have been under attack". */
const PLACE_ASIDE = /,\s+(?:(?:a|an|the|two|three|both)\s+(?:[\w-]+\s+){0,3}?)?(?:which|where|that|who)\b[^,;.]*/gi;
/** The sentence with its habitual asides blanked, offsets kept. */
function withoutHabitualAsides(st: string): string {
  if (!st.includes(',') || !habitual(st)) return st;
  return st.replace(PLACE_ASIDE, (m) => (habitual(m) ? ' '.repeat(m.length) : m));
}
/** "The army did not comment on the strike": talk about an incident, not a report of one. */
const NO_INCIDENT = new Gated(withoutCaptures(new RegExp(LEX.noIncident, 'i')));
/** A place that acts ("Russia launched…", "Russia must…", "Moscow, which last week took…"): the attacker or government, not the location. */
const ADVERB = String.raw`((\w+ly|last\s+\w+|earlier|later|then|also|again|once\s+again|now|(on|late|early)\s+\w+|overnight)\s+)?`;
// ("Russia, meanwhile, launched …": an aside between commas may stand before the verb.)
const ASIDE = String.raw`(?:\s*,\s*(?:meanwhile|however|too|also|in\s+turn|in\s+response|for\s+(?:its|their)\s+part)\s*,)?`;
const AGENT = new RegExp(String.raw`^${ASIDE}\s+${ADVERB}(${LEX.agentVerbs})\b`
  + String.raw`|^\s*,\s*which\s+${ADVERB}(${LEX.agentRelativeVerbs})\b`, 'i');
/** Verbs of saying and blaming, after two subjects ("Kyiv and Moscow accused each other"). */
const SPOKE = /^(?:have\s+|has\s+)?(?:said|say|says|blamed|blame|blames|accused|accuse|accuses|denied|deny|claimed|claim|insisted)\b/i;
/** A determiner just before a trigger that makes it a mention of an attack already told ("in the strike"). */
const ANAPHOR = new RegExp(`\\b(${LEX.anaphor})\\s+$`, 'i');
/** Words up to three words before a trigger that make it unreal: a modal, a threat, an aim, a negation. */
const IRREALIS = withoutCaptures(new RegExp(`\\b(${LEX.irrealis})\\s+(\\S+\\s+){0,3}$`, 'i'));
/** Words just before a trigger that make it a trend: "has stepped up its attacks", "intensified their strikes". */
const TREND_BEFORE = new Gated(new RegExp(LEX.trendBefore, 'i'));
/** An infrastructure trigger that says what was damaged ("damaged a school"), as opposed to naming a target ("infrastructure"). */
const DAMAGE_ITEM = /^(damag|destroy|set\s|caught\s+fire|on\s+fire|blaze)/i;
/** Kinds of "other" event that two parties carry out together: the countries named are the parties. */
const PARTY_SUBTYPES = new Set(['prisoner_exchange', 'body_repatriation', 'ceasefire_agreement']);
/** Exchanges between the sides: told without a venue, they happened at no one place. */
const EXCHANGE_SUBTYPES = new Set(['prisoner_exchange', 'body_repatriation']);
/** How old an event may be and still lend its day to a detail told after it with none. */
const LEAD_DAYS = 14;
/** How old a single attack may be and still be reported as an event of its own. */
const BACKGROUND_DAYS = 365;
/** A running total over at most this many days is news of the weeks just past, not the war's backdrop. */
const RECENT_RUN_DAYS = 31;
/** A toll counted over many countries: no single place. */
const GLOBAL = new Gated(withoutCaptures(new RegExp(LEX.global, 'i')));
const MODE_WORDS = Object.entries(LEX.modeWords).map(([type, re]) => [type, new RegExp(re, 'i')] as const);
const ACTOR_WORDS = Object.entries(LEX.actorWords).sort((a, b) => b[0].length - a[0].length).map(([w, side]) => ({ re: new RegExp(`(^|[^\\p{L}])${w.replace(/'/g, "['’]")}(?=[^\\p{L}]|$)`, 'iu'), side }));
/** Which actor words a stretch of text could hold, in one pass (see gate.ts). */
const ACTOR_GATES = new GateSet(ACTOR_WORDS.map((a) => a.re));

/** ACLED and PLOVER codes for a type/subtype: one lookup in data/event-types.json. */
export function codesFor(type: EventType, subtype: string | null): { acled: Event['acled']; plover: Event['plover'] } {
  const row = TYPES[type];
  const sub = subtype ? row.subtypes?.[subtype] : undefined;
  return { acled: (sub ?? row).acled, plover: (sub ?? row).plover };
}

/** The subtype an event keeps: any of 'other', and of another type only one its row lists ('interception'). */
const ownSubtype = (type: EventType, subtype: string | null): string | null =>
  (type === 'other' || (subtype && TYPES[type].subtypes?.[subtype]) ? subtype : null);

/** The family of an event type (attack, territory, airport, talks, other), from data/event-types.json. */
export const familyOf = (t: EventType): string => TYPES[t].family;

/** Which types a sentence's triggers signal, most specific attack mode first. */
function sentenceTypes(s: string, possible = TRIGGER_GATES.scan(s)): { type: EventType; subtype: string | null; trigger: string; noCounts?: boolean }[] {
  const found: { type: EventType; subtype: string | null; trigger: string; noCounts?: boolean; backdrop?: boolean; at?: number }[] = [];
  if (!TRIGGER_GATES.any(possible)) return found;
  // (Read once, and only when a trigger has matched: most sentences a gate lets through hold none.)
  let stretches: [number, number][] | null = null;
  const unreal = () => (stretches ??= notNews(s));
  for (let k = 0; k < TRIGGERS.length; k++) {
    if (!TRIGGER_GATES.may(possible, k)) continue;
    const t = TRIGGERS[k];
    const m = realMatch(t, s, unreal);
    if (!m) continue;
    if (found.some((f) => f.type === t.type && f.subtype === (t.subtype ?? null))) continue;
    // ("… killed two, despite the ceasefire that took effect in November": a truce behind the news is its scene too.)
    const sceneSetter = t.type === 'talks' || t.subtype === 'ceasefire_agreement' || (t.type === 'ground_advance' && !CAPTURE.test(m[0]));
    found.push({ type: t.type, subtype: t.subtype ?? null, trigger: m[0], at: m.index, noCounts: !!t.noCountsNeeded,
      backdrop: sceneSetter ? BACKDROP.test(s.slice(Math.max(0, m.index - 30), m.index))
        : familyOf(t.type) === 'attack' && AMID.test(s.slice(Math.max(0, m.index - 40), m.index)) });
  }
  // A backdrop is not a second incident: talks behind the news ("… advanced into X amid faltering peace
  // negotiations") beside anything else, fighting behind a strike ("airstrikes killed three following fighting")
  // beside a strike or shelling, and fighting that drove people out ("families fled due to clashes"). Alone in its sentence, a backdrop is the news; a place taken ("after the fall of
  // the city") is news wherever it is told.
  const news = found.filter((f) => !f.backdrop);
  const struck = news.some((f) => f.type === 'strike' || f.type === 'drone_attack' || f.type === 'shelling');
  const fled = news.some((f) => f.subtype === 'displacement');
  // ("Tanks pushed into Rafah amid heavy gunfire and drone fire": fire amid a push is the push's scene.)
  const pushed = news.some((f) => familyOf(f.type) === 'territory');
  if (news.length) for (let k = found.length - 1; k >= 0; k--) {
    const f = found[k];
    if (f.backdrop && (struck || fled || f.type === 'talks' || (pushed && familyOf(f.type) === 'attack'))) found.splice(k, 1);
  }
  // One attack per incident: the most specific mode wins (drone > shelling > strike > damage > casualties).
  let attack = found.filter((f) => familyOf(f.type) === 'attack');
  // "intercepted nine Shahed drones": the weapon word inside the words telling of drones downed is no attack of
  // its own; drones that hit something elsewhere in the sentence are ("drones hit a depot; 20 others were downed").
  const downed = attack.find((f) => f.subtype === 'interception');
  if (downed) attack = attack.filter((f) => f === downed || f.type !== downed.type
    || f.at! < downed.at! || f.at! + f.trigger.length > downed.at! + downed.trigger.length);
  // (A raid beside an attack or a capture is that attack or capture: "killed two during a raid on Jenin".)
  const raidOnly = !found.some((f) => familyOf(f.type) === 'attack' || familyOf(f.type) === 'territory');
  const rest = found.filter((f) => familyOf(f.type) !== 'attack' && (f.subtype !== 'raid' || raidOnly));
  // ("Their vehicle struck a roadside bomb", "a car bomb killed six": a bomb planted or carried is the attack; "struck"
  // and "killed" tell of it, not of a strike beside it. A drone or a shell told with it is an attack of its own.)
  if (attack.some((a) => a.subtype === 'explosive_device')) {
    attack = attack.filter((a) => a.subtype === 'explosive_device' || (a.type !== 'strike' && a.type !== 'civilian_casualties'));
  }
  attack.sort((a, b) => MODE_ORDER.indexOf(a.type) - MODE_ORDER.indexOf(b.type));
  // Several modes in one breath ("missile, drone, and artillery strikes") are a combined strike.
  // A mode counts only when its own weapon word is there: the "strikes" of "drone strikes" is no second mode.
  const modes = new Set(attack.filter((a) => MODE_WORDS.some(([type, re]) => type === a.type && re.test(s))).map((a) => a.type));
  // ("Russia launched 70 missiles and 450 drones at the grid": missiles and drones sent together are one combined strike.)
  if (modes.size >= 2 && /\b(strikes?|attacks?|struck|attacked|barrages?|assaults?|launched|fired|launching|firing)\b/i.test(s)) attack.unshift({ type: 'strike', subtype: null, trigger: 'combined' });
  // Deaths from cold, hunger or disease are a humanitarian toll, not an attack.
  if (rest.some((r) => r.subtype === 'non_violent_deaths') && attack[0]?.type === 'civilian_casualties') return rest;
  // An attack on a base, a patrol or troops with no weapon of remote violence named is a battle, not a strike.
  const ground = attack[0]
    && ((attack[0].type === 'strike' && attack[0].subtype !== 'explosive_device') || attack[0].subtype === 'armed_attack');
  if (modes.size === 0 && ground && ARMED_TARGET.test(s) && !REMOTE_WEAPON.test(s)) {
    const battle = { type: 'ground_advance' as EventType, subtype: null, trigger: attack[0].trigger };
    return [...(rest.some((r) => r.type === 'ground_advance') ? [] : [battle]), ...rest];
  }
  return [...(attack.length ? [attack[0]] : []), ...rest];
}

/** "the worst to hit the Druze since clashes in Jaramana in April": the "since" of a record, to the end of its clause. */
function comparedSinceSpan(s: string): [number, number] | null {
  if (!/since/i.test(s)) return null;
  for (const m of s.matchAll(/\bsince\b[^.;,]*/gi)) {
    if (comparedSince(s, m.index!)) return [m.index!, m.index! + m[0].length];
  }
  return null;
}

/**
 * Stretches of a sentence that tell of what has not happened: the clause of a hypothetical subject ("Capturing
 * Pokrovsk would give Moscow its biggest gain"), what experts warn could happen ("analysts warn that deeper
 * incursions into X could destabilise …"). Found once per sentence, for every trigger.
 */
function notNews(s: string): [number, number][] {
  const out: [number, number][] = questions(s);
  // ("the deadliest attack since the war began", "the worst since clashes in Jaramana": what a record is measured
  // from is no incident of the news.)
  const record = comparedSinceSpan(s);
  if (record) out.push(record);
  const h = HYPOTHETICAL_CLAUSE.exec(s);
  if (h) out.push([h.index, h.index + h[0].length]);
  const w = WARNED_OF.exec(s);
  if (w) out.push([w.index, w.index + w[0].length]);
  const c = CONTINUATION_CLAUSE.exec(s);
  if (c) out.push([c.index, c.index + c[0].length]);
  // "prices have doubled since the attack": an attack already told, as a time.
  const since = SINCE_ATTACK.exec(s);
  if (since) out.push([since.index, since.index + since[0].length]);
  // "killed 92 since the truce took effect", "has not struck Yemen since it agreed a truce": what began, as a time.
  const began = SINCE_CLAUSE.exec(s);
  if (began) out.push([began.index, began.index + began[0].length]);
  // "some had been captured while defending Mariupol", "captured two North Korean soldiers": people taken, not ground.
  const people = CAPTURED_PEOPLE.exec(s);
  if (people) out.push([people.index, people.index + people[0].length]);
  // "If Huliaipole has indeed fallen, it would be …": a condition and what would follow from it.
  const cond = CONDITION_SENTENCE.exec(s);
  if (cond) out.push([cond.index, cond.index + cond[0].length]);
  // "a week of strikes by teachers", "a general strike": strikes from work, and "the SDF, which controls Raqqa": who holds
  // what, as a description.
  for (const re of [WORK_STRIKE, STANDING_CONTROL]) for (const m of s.matchAll(re)) out.push([m.index!, m.index! + m[0].length]);
  // ("a shortage of artillery shells": weapons told as goods; "made the capture of Donetsk a condition": ground asked for;
  // "hostilities that began when Hezbollah opened fire on Israel": how the war began. Gated: most sentences hold none
  // of their words.)
  for (const g of [MATERIEL, DEMANDED, ORIGIN_CLAUSE]) {
    if (g.may(s)) for (const m of s.matchAll(g.re)) out.push([m.index!, m.index! + m[0].length]);
  }
  return out;
}

/**
 * Questions in a sentence ("“What talks can there be with people who shell our homes?” he asked"): from the opening
 * quotation mark or the sentence's start to the question mark. A question asks; it reports nothing.
 */
function questions(s: string): [number, number][] {
  const out: [number, number][] = [];
  for (let q = s.indexOf('?'); q >= 0; q = s.indexOf('?', q + 1)) {
    const open = Math.max(s.lastIndexOf('“', q), s.lastIndexOf('"', q), s.lastIndexOf('. ', q) + 1, 0);
    out.push([open, q]);
  }
  return out;
}

/**
 * The first occurrence of a trigger that reports something that happened: not "could strike", "threatened to
 * capture", "in a bid to make gains", "no drones hit", nor one inside a stretch that is not news (notNews).
 * Talks and airport closures are kept when planned.
 */
function realMatch(t: (typeof TRIGGERS)[number], s: string,
  unreal: () => [number, number][] = () => []): RegExpExecArray | null {
  if (t.type === 'airport_disruption') return t.re.exec(s);
  if (t.type === 'talks') {
    // "renewed his offer of negotiations", "ready for talks": talks wished for are no round held or planned.
    const m = t.re.exec(s);
    // ("would join new talks in Jeddah only if …": a condition set, not a round.)
    // ("analysts warn that if JNIM keeps up the pressure, it could force the junta into talks": a warning of talks to come.)
    const warned = m && WARNED_OF.exec(s);
    if (warned && m.index >= warned.index && m.index < warned.index + warned[0].length) return null;
    if (m && s.includes('?') && questions(s).some(([a, b]) => m.index >= a && m.index < b)) return null;
    return m && !TALKS_WISHED.test(s.slice(Math.max(0, m.index - 60), m.index)) && !TALKS_CONDITIONAL.test(s) ? m : null;
  }
  const re = t.all;
  re.lastIndex = 0;
  // "killed since the exchanges of fire began", "since the offensive began": the fighting dates a total; it is no clash.
  const since = t.type === 'ground_advance' ? SINCE_CLAUSE.exec(s) : null;
  for (let m = re.exec(s); m; m = re.exec(s)) {
    const at = m.index;
    const counted = since && at >= since.index && at < since.index + since[0].length;
    if (counted || (t.type === 'ground_advance' && TOLL_OF.test(s.slice(Math.max(0, at - 60), at)))) { if (!m[0].length) re.lastIndex++; continue; }
    if (!IRREALIS.test(s.slice(Math.max(0, at - 60), at)) && !TREND_BEFORE.test(s.slice(Math.max(0, at - 40), at))
      && !unreal().some(([a, b]) => at >= a && at < b)) return m;
    if (!m[0].length) re.lastIndex++;
  }
  return null;
}

/** Claimants that are no party to a capture they report. */
const NOT_A_PARTY = /\b(open-source|monitors?|analysts?|data|rights|humanitarian|aid|doctors|medics|lawyers|observatory|civil\s+society|community\s+leaders|elders)\b/i;
/** Unregistered claimants that are witnesses or a reporter's sources, not a side. */
const WITNESS = /\b(sources?|residents?|witness(es)?|locals|villagers|journalists?|reporters?|activists?|observers?|people)\b/i;

/** A speech verb that answers another's account (its lemma or its form). */
const DENIAL_VERB = /^(den(y|ied|ies|ying)|reject(s|ed|ing)?|dismiss(es|ed|ing)?|refut(e|es|ed|ing))$/i;

/** Weapons that strike from afar: an attack with one of these is a strike whoever it killed. */
const REMOTE_WEAPON = new RegExp(LEX.remoteWeapon, 'i');

/** Attack modes, most specific first: one attack per incident, told by its most specific mode. */
const MODE_ORDER: EventType[] = ['drone_attack', 'shelling', 'strike', 'civilian_casualties', 'infrastructure_damage'];

/** A trigger in a phrase that sets the scene for another ("following fighting", "amid heavy clashes"). */
const BACKDROP = new RegExp(LEX.backdrop, 'i');
/** Fire told as what went on around the news: "amid heavy gunfire and drone fire". */
const AMID = /\bamid(st)?\s+(\w+\s+){0,2}((and|or)\s+(\w+\s+)?)?$/i;

/** A warning or fear of what could happen, to the end of its clause ("experts fear that an offensive might …"). */
const WARNED_OF = new RegExp(LEX.warnedOf, 'i');

/** A reaction to an attack, to the end of its clause: "Iran condemned the strikes as …" (an attack already told, if any). */
const REACTION_CLAUSE = new RegExp(LEX.reactionClause, 'i');

/** The trigger's first occurrence lies in a reaction clause. */
function inReaction(s: string, trigger: string): boolean {
  const m = REACTION_CLAUSE.exec(s);
  const at = s.indexOf(trigger);
  return !!m && at >= m.index && at < m.index + m[0].length;
}

/** The incident just told as the subject of "came after" / "followed": what follows is an earlier incident. */
const CAME_AFTER = new RegExp(LEX.cameAfter, 'i');

/** A toll told over more days than this ("between January and October") counts many incidents. */
const TALLY_DAYS = 45;

/** "came after" / "followed" tells of an earlier incident; "comes as" of one beside it. */
const EARLIER = /\b(after|before|follows?|followed)\s*$/i;

/** The last event told with a date: what "The raid came two days after …" counts back from. */
const lastDated = (events: Event[]) => [...events].reverse().find((e) => e.date && e.scope === 'incident')?.date ?? null;

/**
 * The day of what an incident "came two days after": the incident's own day less the gap. With no gap named ("came
 * after"), the week before it; with no incident dated, the days before publication.
 */
function cameAfterDate(subject: string, lead: DateRange | null, published: string | null): DateRange | null {
  const end = lead ? toDay(lead.start) : published ? toDay(published) : null;
  if (end === null) return null;
  const gap = /\b(an?|one|\w+|\d+)\s+(hours?|days?|weeks?)\s+(after|before)\s*$/i.exec(subject);
  if (!gap || /\bbefore\s*$/i.test(subject)) return range(end - 7, end);
  if (/^hour/i.test(gap[2])) return range(end - 1, end);
  const n = /^an?$/i.test(gap[1]) ? 1 : /^\d+$/.test(gap[1]) ? Number(gap[1]) : numberWord(gap[1].toLowerCase());
  if (n === null) return range(end - 7, end);
  const days = /^week/i.test(gap[2]) ? 7 * n : n;
  return range(end - days, end - days);
}

/** A sentence that opens with a condition ("If X has fallen, it would …"); "If confirmed, …" and "If true, …" hedge a
 * report (kept, and read as a possibility by fusion). */
const CONDITION_SENTENCE = new RegExp(LEX.conditionSentence, 'i');
/** Strikes from work: "strikes by teachers", "a general strike", "on strike". */
const WORK_STRIKE = new RegExp(LEX.workStrike, 'gi');
/** Weapons told as goods: "a shortage of artillery shells", "deliveries of air-defence missiles". */
const MATERIEL = new Gated(new RegExp(LEX.materiel, 'gi'));
/** Ground asked for, not taken: "made the capture of Donetsk a condition for", "demands the withdrawal of". */
const DEMANDED = new Gated(new RegExp(LEX.demanded, 'gi'));
/** How a war began, in a relative clause: "hostilities that began when Hezbollah opened fire on Israel". */
const ORIGIN_CLAUSE = new Gated(new RegExp(LEX.originClause, 'gi'));
/** Who holds what, told as a description: "the SDF, which controls much of the north-east". */
const STANDING_CONTROL = new RegExp(LEX.standingControl, 'gi');
/** The same, ending right before a place: "the SDF, which controls much of the north-east including [Raqqa]". */
const STANDING_CONTROL_OF = new RegExp(`${LEX.standingControl}$`, 'i');

/** An attack already told, named as a time: "since the attack". */
const SINCE_ATTACK = new RegExp(LEX.sinceAttack, 'i');

/** A toll told in the perfect, as a running total is: "have been killed", "has killed", "had died". */
const RUNNING_TOLL = /\b(has|have|had)\s+(been\s+)?(killed|died|wounded|injured|left|claimed)\b/i;

/** An opening clause of time, to its comma: "After police counted …,", "Following talks in June,". */
const OPENING_CLAUSE = /^\s*(?:after|following|before|since|days\s+after|hours\s+after)\b[^,;]{0,160},/i;

/** Strikes named as what a halt would stop, and their targets: "a moratorium on strikes against ports and energy facilities". */
const HALT_ON = /\b(moratorium|ban|halt|pause|freeze|end)\s+(to|on)\s+([\w-]+\s+){0,3}?(strikes?|attacks?|shelling|bombings?|air\s*strikes?)(\s+(on|against)\s+[\w\s,'’-]{0,60})?$/i;

/** Attacks fought off: "repelled 56 Russian attacks". */
const REPELLED = new RegExp(LEX.repelled, 'i');

/** Talks wished for, not held or set: "his offer of negotiations", "could help revive stalled talks". */
const TALKS_WISHED = new RegExp(LEX.talksWished, 'i');
const TALKS_CONDITIONAL = new RegExp(LEX.talksConditional, 'i');
const MILITARY_AGENTS = new RegExp(expand(LEX.militaryAgents), 'gi');
const PLACE_RELATIVE = new RegExp(LEX.placeRelative, 'gi');
const CAPTURED_PEOPLE = new RegExp(LEX.capturedPeople, 'i');
const REFERENCE_BEFORE = new RegExp(LEX.referenceBefore, 'i');
/** Within this distance a reference point and the place told by it are one spot to the gazetteer. */
const SAME_SPOT_KM = 5;
// (A place placed by its context has the coordinates of that context: no distance can be read from it.)
const sameSpot = (a: Place, b: Place) => a.why !== 'context' && b.why !== 'context' && a.lat != null && b.lat != null
  && kmBetween(a.lat, a.lon!, b.lat, b.lon!) <= SAME_SPOT_KM;
/** What follows a dateline's place: its agency, after the country it is in or not ("Kyiv, Ukraine (CNN) —"). */
const DATELINE_AGENCY = /^(?:\s*,\s*\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3})?\s*\([^)]{2,40}\)\s*[-–—]/u;
/** "talks in", "a round of negotiations at": talks named with their venue. */
const TALKS_IN = /\b(talks|negotiations|rounds?|summit|meetings?)\s+(in|at)\s+(the\s+)?$/i;
/** "held in", "hosted in", "met in", "took place in": the words that name a meeting's venue. */
const HELD_IN = new RegExp(String.raw`\b(held|hosted|convened|met|meeting|meet|took\s+place|taking\s+place|gathered|opened|resumed)`
  + String.raw`\s+(?:[\w-]+\s+){0,2}?(in|at)\s+(the\s+)?$`, 'i');
/** "would travel to Moscow … for talks": going somewhere, and what for. */
const TRAVEL_TO = /\b(travel\w*|fl(?:y|ew|ying|own)|head\w*|go|going|goes|went|arriv\w*|return\w*)\s+to\s+$/i;
const FOR_TALKS = /^[^.;]{0,40}?\bfor\s+(talks|negotiations|a\s+meeting|meetings)\b/i;
/** "left 120,000 households without electricity": an attack told by what it cut. */
const LEFT_WITHOUT = new RegExp(LEX.leftWithout, 'i');
/** Attacks named in the plural: a series, not one. */
const SERIES = /\b(attacks|strikes|air\s*strikes|raids|assaults|bombings|bombardments|massacres|killings|shelling)\b/i;

/** A time told by what began: "since the exchanges of fire began", the start of a running total. */
const SINCE_CLAUSE = new Gated(new RegExp(LEX.sinceClause, 'i'));

/** Fighting named as what a toll counts: "the toll from a week of clashes". */
const TOLL_OF = new RegExp(LEX.tollOf, 'i');

/** Attacks said to go on: "said attacks on shipping would continue". */
const CONTINUATION_CLAUSE = new RegExp(LEX.continuationClause, 'i');

/** A taking or losing as the subject of a modal, to the end of its clause: "The fall of X could open the road to Y". */
const HYPOTHETICAL_CLAUSE = new RegExp(LEX.hypotheticalClause, 'i');

/** Which slot a type fills: all attack modes share one (one attack per incident), other types their own. */
const slotOf = (type: EventType, subtype: string | null | undefined) => (familyOf(type) === 'attack' ? 'attack' : `${type}/${subtype ?? ''}`);

/** Where each trigger occurs in a sentence, with its slot. */
function triggerSpots(s: string, possible = TRIGGER_GATES.scan(s)): { at: number; slot: string }[] {
  const spots: { at: number; slot: string }[] = [];
  for (let k = 0; k < TRIGGERS.length; k++) {
    if (!TRIGGER_GATES.may(possible, k)) continue;
    const t = TRIGGERS[k];
    const re = t.all;
    re.lastIndex = 0;
    for (let m = re.exec(s); m; m = re.exec(s)) { spots.push({ at: m.index, slot: slotOf(t.type, t.subtype) }); if (!m[0].length) re.lastIndex++; }
  }
  return spots.sort((a, b) => a.at - b.at);
}

/**
 * Clause boundaries that can part two incidents in one sentence: ", while", ", whereas", ", but", ";", and an "and"
 * that opens a clause with a count of its own ("a man was killed in X and a woman died of wounds in Y"), not one
 * that joins two numbers ("two brothers aged seven and 10 were killed").
 */
const INCIDENT_CLAUSE = new RegExp(String.raw`,\s+(?:while|whereas|but)\s+|;\s+`
  + String.raw`|(?<!\b(?:\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve))\s+and\s+`
  + String.raw`(?=(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d+|another)`
  + String.raw`\s+(?:[\w-]+\s+){0,3}?(?:was|were|died|had\s+been|has\s+been)\b)`, 'g');

/**
 * The clause of a sentence that holds place p, when clause boundaries part the sentence's places (null when they
 * do not: "strikes on Kharkiv and Sumy killed five" is one toll for both).
 */
function ownClause(s: string, sentenceStart: number, places: Place[], p: Place): string | null {
  const named = places.filter((q) => q.kind !== 'country' && q.sentence === p.sentence);
  if (named.length < 2) return null;
  const cuts: [number, number][] = [];
  INCIDENT_CLAUSE.lastIndex = 0;
  for (let m = INCIDENT_CLAUSE.exec(s); m; m = INCIDENT_CLAUSE.exec(s)) cuts.push([m.index, m.index + m[0].length]);
  const at = p.span.start - sentenceStart;
  const from = cuts.filter(([, e]) => e <= at).pop()?.[1] ?? 0;
  const to = cuts.find(([b]) => b >= at)?.[0] ?? s.length;
  // Only when another place lies outside this clause.
  const outside = named.some((q) => q !== p && (q.span.start - sentenceStart < from || q.span.start - sentenceStart >= to));
  return outside ? s.slice(from, to) : null;
}

/**
 * "the deaths of 500 children in Gaza, … and sexual violence in Sudan": when a sentence lists several kinds
 * of event at several places, a place belongs to the kind named just before it (or, with none before, just after).
 */
function ownKind(sentenceStart: number, spots: { at: number; slot: string }[], p: Place): string | null {
  const at = p.span.start - sentenceStart;
  const before = spots.filter((x) => x.at < at);
  if (before.length) return before[before.length - 1].slot;
  return spots.find((x) => x.at >= at)?.slot ?? null;
}

/** Counts between the place before this one and the place after it: "500 killed in Gaza, … injuries in Sudan". */
function segmentCasualties(s: string, sentenceStart: number, places: Place[], p: Place): ReturnType<typeof extractCasualties> {
  const sorted = [...places].sort((a, b) => a.span.start - b.span.start);
  const i = sorted.indexOf(p);
  const from = i > 0 ? sorted[i - 1].span.end - sentenceStart : 0;
  const to = i < sorted.length - 1 ? sorted[i + 1].span.start - sentenceStart : s.length;
  return extractCasualties(s.slice(from, to));
}

/** The attacking side: a demonym or actor just before the trigger ("Russian missiles", "an RSF drone"), or "by X" after it. */
function actorSide(s: string, trigger: string): string | null {
  const at = s.toLowerCase().indexOf(trigger.toLowerCase());
  const before = s.slice(Math.max(0, at - 40), at + trigger.length);
  const after = /^[^.]{0,40}?\b(?:by|from)\s+(?:the\s+)?([\w'’ -]{2,40})/i.exec(s.slice(at + trigger.length));
  const inBefore = ACTOR_GATES.scan(before);
  for (let k = 0; k < ACTOR_WORDS.length; k++) {
    const a = ACTOR_WORDS[k];
    if (ACTOR_GATES.may(inBefore, k) && a.re.test(before) && !/\b(on|at|against|into|in)\s+\S+$/i.test(before.slice(0, before.search(a.re) + 1))) return a.side;
  }
  if (!after) return null;
  const inAfter = ACTOR_GATES.scan(after[1]);
  for (let k = 0; k < ACTOR_WORDS.length; k++) if (ACTOR_GATES.may(inAfter, k) && ACTOR_WORDS[k].re.test(after[1])) return ACTOR_WORDS[k].side;
  return null;
}

const AGGREGATE_SUBTYPES = new Set((LEX as EventLexicon & { aggregateSubtypes?: string[] }).aggregateSubtypes ?? []);
/** Kinds of event whose running totals are background, never an event (see runningTotalsAreBackdrop in the lexicon). */
const BACKDROP_WHEN_RUNNING = new Set(LEX.runningTotalsAreBackdrop);

/** The country of victims named by nationality ("Palestinians", "Ukrainians"), from the registry's demonyms. */
function victimCountry(heads: string[]): string | null {
  const head = heads[0];
  return head?.endsWith('s') ? demonymCode(head.slice(0, -1)) : null;
}

/** The country a document is mostly about, as a country-level place (for nationwide tolls). */
function focusCountry(places: Place[]): Place | null {
  const counts = new Map<string, Place[]>();
  for (const p of places) if (p.country) { const l = counts.get(p.country) ?? []; l.push(p); counts.set(p.country, l); }
  const top = [...counts.values()].sort((a, b) => b.length - a.length)[0];
  if (!top) return null;
  const country = top.find((p) => p.kind === 'country');
  if (country) return country;
  // A story that never names its country and names places of one first-level unit only ("Gaza City", "Khan Younis",
  // "the Gaza Strip") is about that unit: its national toll is the unit's.
  const units = new Set(top.map((p) => p.admin1));
  if (units.size === 1 && top[0].admin1) {
    const region = top.find((p) => p.kind === 'region' && p.admin1 === top[0].admin1);
    return region ?? { ...top[0], name: top[0].admin1, mention: top[0].admin1, kind: 'region', geonameId: null, precision: 3 };
  }
  return { ...top[0], name: top[0].country!, mention: top[0].country!, kind: 'country', admin1: null, admin1Code: null, admin1Acled: null, geonameId: null, precision: 3 };
}

/** An aside set off by commas on the noun before it: ", which the RSF seized in 2023,". */
const RELATIVE_ASIDE = /,\s+(?:which|who|whom|whose)\b[^,;.]*,/gi;

/** The dates outside relative asides, when any lies outside one; else all of them. */
function outsideAsides(dates: DateMention[], st: string, at: number): DateMention[] {
  if (dates.length < 2 || !st.includes(', wh')) return dates;
  const asides = [...st.matchAll(RELATIVE_ASIDE)].map((m) => [at + m.index, at + m.index + m[0].length]);
  if (!asides.length) return dates;
  const outside = dates.filter((d) => !asides.some(([a, b]) => d.span.start >= a && d.span.end <= b));
  return outside.length ? outside : dates;
}

const range = (a: number, b: number): DateRange => ({ start: fromDay(a), end: fromDay(b), precision: 'day' });

/** A toll's rise right before a day: "rose to seven on", "climbed to 12 late on". */
const TOLL_ROSE_BEFORE = /\b(rose|risen|climbed|increased|jumped|reached|grew)\s+to\s+(at\s+least\s+)?[\w,-]+\s+((early|late)\s+)?(on\s+)?$/i;

function eventDate(
  dates: DateMention[], published: string | null, type: EventType, claim: Claim | undefined, text = '',
): DateRange | null {
  const own = dates.filter((d) => !d.since);
  // "The death toll from a strike on Kharkiv rose to seven on Wednesday": the day the toll rose, not of the strike, which
  // was that day or before.
  const tollDay = familyOf(type) === 'attack' && own.length === 1 && own[0].precision === 'day'
    && TOLL_ROSE_BEFORE.test(text.slice(Math.max(0, own[0].span.start - 40), own[0].span.start));
  if (tollDay) return range(toDay(own[0].start) - 1, toDay(own[0].end));
  if (type === 'territorial_claim') {
    // The day of the claim: a date in the attribution ("said on Saturday"), else publication.
    const d = own.find((x) => claim && x.span.start >= claim.content.end) ?? own[0];
    if (d) return { start: d.start, end: d.end, precision: d.precision };
    return published ? range(toDay(published), toDay(published)) : null;
  }
  const since = dates.find((d) => d.since);
  if (since) return { start: since.start, end: since.end, precision: since.precision };
  // "The governor acknowledged on June 9 that a drone attack had caused a fire": a day only in the words before what
  // is told is when it was told; what happened, that day or the one before.
  if (familyOf(type) === 'attack' && own.length && claim && own.every((d) => d.span.end <= claim.content.start) && own[0].precision === 'day') {
    return range(toDay(own[0].start) - 1, toDay(own[0].end));
  }
  // "said on June 9 that a drone attack on June 7 …": the day in what is told, not the day it was told.
  const told = claim && familyOf(type) === 'attack' ? own.find((d) => d.span.start >= claim.content.start && d.span.end <= claim.content.end) : undefined;
  if (told) return { start: told.start, end: told.end, precision: told.precision };
  if (own.length) { const d = own[0]; return { start: d.start, end: d.end, precision: d.precision }; }
  // A breaking event with no date in the text: the day before publication or publication day.
  return published ? range(toDay(published) - 1, toDay(published)) : null;
}

/** Places that are event locations: not the attacker as sentence subject ("Russia launched…"), not "Moscow-area" modifiers. */
function eventPlaces(doc: Document, places: Place[], si: number, type: EventType, subtype: string | null = null): Place[] {
  const here = places.filter((p) => p.sentence === si);
  const text = doc.text;
  // Clauses that say when, or against what a record is measured, not where: "since the Gaza war began".
  const sentence = doc.sentences[si];
  const told = text.slice(sentence.start, sentence.end);
  const began = SINCE_CLAUSE.exec(told);
  const record = comparedSinceSpan(told);
  const timeClauses = [...(began ? [[began.index, began.index + began[0].length]] : []), ...(record ? [record] : [])]
    .map(([a, b]) => [sentence.start + a, sentence.start + b]);
  const inTimeClause = (q: Place) => timeClauses.some(([a, b]) => q.span.start >= a && q.span.end <= b);
  const kept = here.filter((p) => {
    const after = text.slice(p.span.end, p.span.end + 40);
    // "Ukraine's southern military command", "Ukraine's SBU security service": the speaker's institution.
    if (/^[’']s\s+([\w-]+\s+){0,2}(general\s+staff|command|commanders?|chief|president|leader|ministers?|envoy|negotiators?|prosecutors?|ministry|security\s+service|intelligence|spokes(man|woman|person)|officials|authorities)\b/i.test(after)) return false;
    if (/^[’']s\s+(forces|troops|army|military|defen[cs]e|air\s+force|president|government|foreign|mission|full-scale|invasion|war|offensive|attacks?|strikes?|missiles?|drones?|bombardment|shelling|aggression|army|navy|delegation|demands?|rebels|militants|militias?|paramilitar\w*|insurgents|fighters|jihadists|houthis)\b/i.test(after)) return false;
    if (/^\.?-(area|based|backed|controlled|installed|led|brokered|mediated|funded|supplied|made|sponsored)\b/i.test(after)) return false;
    // ("Yemen's Houthi rebels", "Sudan's paramilitary Rapid Support Forces": a country's armed group, named with a word or two.)
    if (p.kind === 'country' && /^[’']s\s+([\w-]+\s+){1,3}?(rebels|militants|militias?|paramilitar\w*|insurgents|fighters|forces|army|troops|group)\b/i.test(after)) return false;
    // "The SDF, which controls much of the north-east including Raqqa": what an actor holds, told as a description.
    if (STANDING_CONTROL_OF.test(text.slice(doc.sentences[si].start, p.span.start))) return false;
    const before = text.slice(Math.max(0, p.span.start - 30), p.span.start);
    // A dateline ("MOSCOW (Reuters) -", "KYIV, June 9 -") says where the reporter was, not where it happened.
    const sentenceStart = doc.sentences[si].start;
    // ("KYIV/GENEVA, 12 June 2025 –": the second city of a dateline, before a date told day first.)
    if (p.mention === p.mention.toUpperCase() && /\p{Lu}{3}/u.test(p.mention)
      && (p.span.start - sentenceStart < 3 || /^(\s*\(|,\s*(\w+\s+\d|\d{1,2}\s+\p{Lu}|\p{Lu}{3,}))/u.test(after))) return false;
    // "Beirut (AFP) -", "EL FASHER, Sudan (Sudan Tribune) —", "Kyiv, Ukraine (CNN) —": a dateline with its agency, in
    // any case.
    if (p.span.start - sentenceStart < 40 && DATELINE_AGENCY.test(after)) return false;
    // ("(Nairobi) – An armed group killed …", "(Nairobi, October 30, 2025) – …": a press release's dateline in brackets.)
    if (p.span.start - sentenceStart < 3 && text[p.span.start - 1] === '('
      && /^(,\s*[\p{L}\d ,.]{3,30})?\)\s*[-–—]/u.test(after)) return false;
    // "The ADF, a group originating in Uganda": where an actor comes from, not where anything happened.
    if (/\b(originat\w*|based|founded|headquartered|formed)\s+in\s+(the\s+)?$/i.test(before)) return false;
    // ("DUBAI, United Arab Emirates —": the country of a dateline.)
    if (p.kind === 'country' && /^\p{Lu}{3,}[\p{Lu} .'-]*,\s*(\p{Lu}[\p{L}'-]*\s+){0,3}$/u.test(text.slice(sentenceStart, p.span.start)) && /^\s*(\(|[-–—])/.test(after)) return false;
    // A dateline in any case: "Khartoum, Sep 16 (Agency)", "Kyiv, June 9 -".
    if (/^,\s*\p{Lu}\p{Ll}{2,8}\.?\s+\d{1,2}\s*(\(|[-–—:])/u.test(after)) return false;
    // The attacker as subject or agent ("Russia launched…", "Moscow is back on the offensive", "launched by Russia").
    const speaksFor = p.kind === 'country' || !!actors().exact(p.mention);
    // Also as the subject of a relative clause: "for Moscow, which last week took over X".
    // ("talks in Doha will resume": a capital after "in" or "at" and before what is yet to come is a venue, not a subject.)
    // ("Russia and Ukraine blamed each other …": the first of two subjects speaks too. Not "Russia and Ukraine continued
    // to exchange strikes": each is also where the other's strikes fell.)
    const partner = speaksFor ? /^\s+and\s+(?:the\s+)?(?:\p{Lu}[\p{L}'’-]*\s+){0,2}\p{Lu}[\p{L}'’-]*\s+/u.exec(after) : null;
    if (partner && SPOKE.test(text.slice(p.span.end + partner[0].length, p.span.end + partner[0].length + 20))) return false;
    // ("Talks between US and Russian officials in Riyadh last week have alarmed Europe": the talks' venue, after "in", is
    // no subject of what follows.)
    const venue = /\b(in|at)\s+(the\s+)?$/i.test(before);
    const toCome = /^\s+(will|would|is\s+to|are\s+to|is\s+due|are\s+due)\b/i.test(after);
    if (speaksFor && AGENT.test(after) && !(venue && (type === 'talks' || toCome))) {
      return false;
    }
    // "The Tula governor said a drone hit the Novomoskovsk plant": the speaker's office, when the sentence names the place.
    if (/^\s+(regional\s+)?(governor|gov\.|mayor|governor's|mayor's|administration|prosecutor's|police|military\s+administration)(?=\s|$)/i.test(after)
      && here.some((q) => q !== p && q.kind !== 'country' && !/^\s+(regional\s+)?(governor|mayor)/i.test(text.slice(q.span.end, q.span.end + 20)))) return false;
    // "… now control 100 settlements of Russia's Kursk region, an incursion that caught Moscow off guard": a claim of
    // ground is about the ground it names, not a capital that stands for a government.
    if (type === 'territorial_claim' && speaksFor && p.kind === 'city' && here.some((q) => q !== p && q.kind !== 'country' && !actors().exact(q.mention))) return false;
    // "Kremlin leader Vladimir Putin", "Kyiv officials", "the Kiev regime": a government, not a place where anything happened.
    if (speaksFor && /^\s+(and\s+[\w-]+\s+)?(leaders?|leadership|spokes(man|woman|person)|officials?|envoys?|aides?|negotiators?|delegations?|regime|government|authorities|diplomats)\b/i.test(after)) return false;
    // "the new authorities in Damascus", "the government in Khartoum": the government, not where anything happened.
    // A party, a mediator, where someone fled or the wounded were taken (data/lexicon/events.json, notEventPlace).
    const lead = text.slice(Math.max(0, p.span.start - 60), p.span.start);
    const possible = NOT_EVENT_PLACE_GATES.scan(lead);
    const notHere = (r: (typeof NOT_EVENT_PLACE)[number], k: number) => r.exceptType !== type
      && NOT_EVENT_PLACE_GATES.may(possible, k) && r.before.test(lead);
    if (NOT_EVENT_PLACE.some(notHere)) return false;
    // "killed in Lebanon since Hezbollah began firing at Israel": a clause that dates the toll names no place of it,
    // when the toll has its place before it.
    const since = lead.search(SINCE_IT_BEGAN);
    if (since >= 0 && here.some((q) => q !== p && q.span.end <= p.span.start - lead.length + since)) return false;
    // ("… killed 46, one of the deadliest rounds since the Gaza war began", "the worst since clashes in Jaramana in late
    // April": so is a place inside such a clause, when the sentence names one outside it.)
    if (inTimeClause(p) && here.some((q) => q !== p && !inTimeClause(q))) return false;
    // "Sana, the Syrian state news agency, said …": an outlet that bears a place's name.
    if (/^\s*,\s+(the|a)\s+([\w-]+\s+){0,3}(news\s+agency|agency|broadcaster|newspaper|daily|channel|radio|television|tv)\b/i
      .test(after)) return false;
    // "Kyiv and its Western allies say …", "Israel, which has said …, said its air force struck …": the speaker.
    if (speaksFor && (/^\s+and\s+(its|their|his|her)\s+([\w-]+\s+){0,2}(say|says|said|claim|claimed|accuse|accused|insist|insisted)\b/i.test(after)
      || RELATIVE_THEN_VERB.test(text.slice(p.span.end, p.span.end + 200)))) return false;
    // "called on the United States to approve …": whom an appeal is made to.
    // "the rebels' weapons depot near Tel Aviv's Ben Gurion Airport", "Ben Gurion Airport near Tel Aviv", "the NORSI
    // refinery in Kstovo": the facility, not the city it is in or near.
    if (p.kind === 'city' && /\b(near|outside|in)\s+(the\s+)?$/i.test(before)
      && here.some((q) => q.kind === 'facility' && q.span.end <= p.span.start && p.span.start - q.span.end < 12)) return false;
    // "a refinery in Kstovo, near Nizhny Novgorod": the city that locates the place just named.
    if (/,\s+(near|outside|close\s+to|not\s+far\s+from)\s+(the\s+)?((city|town|port)\s+of\s+)?$/i.test(before)
      && here.some((q) => q !== p && q.kind !== 'country' && q.span.end <= p.span.start && p.span.start - q.span.end < 30
        && /^\s*,/.test(text.slice(q.span.end, p.span.start)))) return false;
    // "US and British warplanes struck …", "Israeli-backed forces": a country naming whose weapons or forces acted.
    if (p.kind === 'country' && ARMED_OF_COUNTRY.test(after)) return false;
    // "Ukraine's biggest attack on …": the country whose attack it is, not where it happened.
    if (p.kind === 'country' && /^[’']s\s+(\w+\s+){0,2}(attacks?|strikes?|offensive|assault|bombardment|shelling|incursion|raid)\b/i.test(after)) return false;
    // "Moscow's bombardment", "sanctions on Moscow": the government, not the city.
    // ("Sanaa's airport", "Moscow's power stations": a part of the city is in the city.)
    if (speaksFor && p.kind !== 'country' && ((/^[’']s\s/.test(after) && !CITY_PART.test(after)) || /\b(sanctions\s+(on|against)|pressure\s+on|talks\s+with)\s+$/i.test(before))) return false;
    // "45 km southeast of the Kremlin", "Rodynske, a town north of the logistics hub of Pokrovsk", "next to Pokrovsk": a
    // reference point, when the sentence names the place itself (lexicon referenceBefore).
    // (Not one a few kilometres from it, "al-Mawasi, west of Khan Younis": where the gazetteer cannot tell the two apart,
    // other reports name either, and keeping both lets them join.)
    if (REFERENCE_BEFORE.test(text.slice(Math.max(0, p.span.start - 70), p.span.start))
      && here.some((q) => q !== p && q.kind !== 'country' && q.span.end <= p.span.start && !sameSpot(q, p))) return false;
    // "Russian shelling of Kherson killed a man in the Dniprovskyi district": a city district the index knows only in
    // another region (many cities have one of that name) is the district of the city just named.
    if (p.kind === 'region' && /\bdistrict$/i.test(p.mention) && !/\bof\s+(the\s+)?\p{Lu}/u.test(after)
      && here.some((q) => q.kind === 'city' && q.admin1 && q.admin1 !== p.admin1 && q.span.start < p.span.start)) return false;
    // "whose territory lies across the Danube from Izmail": a line between two places, when the sentence names one.
    if (/\bacross\s+(the\s+)?$/i.test(before) && /^\s+from\s+\p{Lu}/u.test(after) && here.some((q) => q !== p && q.kind !== 'country')) return false;
    // "Khan Sheikhun, on the highway south to Hama": a town on the road to somewhere, when the sentence names the place itself.
    if (/\b(road|highway|motorway|route|railway|rail\s+line|supply\s+line)\s+((north|south|east|west)(ward)?\s+)?(to|towards)\s+(the\s+)?$/i.test(before)
      && here.some((q) => q !== p && q.kind !== 'country' && q.span.start < p.span.start)) return false;
    // "The missile was fired from the Kursk region and hit Sumy": where a weapon was launched from, when the sentence
    // names where it hit; or when it tells of a weapon already reported ("the missile was an Iskander launched from
    // Russia's Kursk region", "the attack involved missiles launched from occupied Crimea"). "Rockets were fired from
    // Gaza", the news itself, keeps its one place.
    if (/\b(fired|launched|flown|sent|shot)\s+(\w+\s+){0,2}from\s+(the\s+)?([\w'’]+\s+)?$/i.test(before)
      && (here.some((q) => q !== p && q.kind !== 'country' && q.span.start > p.span.start)
        || /\b(the|these|those)\s+(missiles?|rockets?|drones?|attacks?|strikes?|bombs?)\b[^.;]{0,80}\b(fired|launched|flown|sent|shot)\b/i
          .test(text.slice(sentenceStart, p.span.start)))) {
      return false;
    }
    // "launched 96 drones at Ukraine from Kursk, Bryansk and occupied Crimea": every place of the list they came from,
    // when the sentence names a place they went to.
    const launchedFrom = (q: Place) => LAUNCHED_FROM.test(text.slice(sentenceStart, q.span.start));
    if (launchedFrom(p) && here.some((q) => q !== p && !launchedFrom(q))) return false;
    // "a claim denied by Damascus", "according to Moscow": the government that speaks, not where it happened.
    if ((p.kind === 'country' || p.kind === 'city') && here.some((q) => q !== p && q.kind !== 'country' && q.span.start < p.span.start)
      && /\b((denied|rejected|dismissed|disputed|refuted|confirmed|claimed|reported|announced)\s+by|according\s+to)\s+$/i.test(before)) return false;
    // "less damaged than in Kyiv", "regions closer to Russia": a place compared with, not where it happened.
    if (/\b(than\s+(in\s+|at\s+)?|closer\s+to\s+|nearer\s+to\s+|(farther|further)\s+(away\s+)?from\s+|compared\s+(with|to)\s+)(the\s+)?$/i.test(before)) return false;
    // "the border with Russia", "30 km from Russia": a reference point, not where it happened.
    if (p.kind === 'country' && /\b(border\s+with|borders?|bordering|from|of|near)\s+(the\s+)?$/i.test(before) && here.some((q) => q !== p && q.kind !== 'country')) return false;
    // "The attack came days after peace talks between the two delegations in Istanbul": the talks' venue, not where anything else happened.
    if (type !== 'talks' && /\b(talks|negotiations|meeting|summit)\b[^.;:]{0,60}\bin\s+$/i.test(text.slice(Math.max(0, p.span.start - 90), p.span.start))) return false;
    // "reached the western border of the Donetsk People's Republic and advanced into Dnipropetrovsk region":
    // a region whose border is crossed is where they came from, when the sentence names another region or place.
    if (p.kind === 'region' && /\b(border|borders|boundary|frontier)\s+(with|of)\s+(the\s+)?$/i.test(before) && here.some((q) => q !== p && q.kind !== 'country' && q.admin1 !== p.admin1)) return false;
    // "launched by Russia", "was occupied by Russia": the agent, not the place.
    if (p.kind === 'country' && /\b(launched|fired|sent|carried\s+out|occupied|captured|seized|taken|held|controlled|attacked|shelled|struck|hit|targeted)\s+by\s+$/i.test(before)) return false;
    // "the Black Sea port of Novorossiysk": a sea naming a port or coast, not the place.
    if ((/\bsea\s+(port|coast)$/i.test(p.mention) || (/\bsea$/i.test(p.mention) && /^\s+(port|coast|city|resort|fleet|town)\b/i.test(after)))
      && here.some((q) => q !== p && q.kind !== 'country')) return false;
    // "a U.S. airstrike", "Israel Defense Forces": a country naming whose weapon or force it was, not where.
    if (p.kind === 'country' && ATTACKER_NOUN.test(after)) return false;
    if (p.kind === 'country' && /^[’']s\s/i.test(after) && here.some((q) => q !== p && q.span.start > p.span.end && q.span.start - p.span.end < 30)) return false;
    return true;
  });
  // Talks and exchanges held somewhere: the countries named with them, and capitals speaking for their
  // governments ("terms Kyiv rejected"), are the parties ("talks between Russia and Ukraine in Istanbul").
  // A capital after "in" or "at" is the venue ("talks in Doha"), whatever government it also names.
  // ("talks that ended in the Chinese city of Kunming", "in the Qatari capital, Doha", "in the Omani capital Muscat": the
  // venue named by its kind.)
  const venue = (p: Place) => /\b(in|at)\s+(the\s+)?$/i.test(text.slice(Math.max(0, p.span.start - 8), p.span.start))
    || /\b(in|at)\s+the\s+([\w-]+\s+){0,2}(city|capital|town|resort)(\s+of|,)?\s+$/i
      .test(text.slice(Math.max(0, p.span.start - 60), p.span.start))
    || /^\s+(talks|negotiations|summit|meeting|round)\b/i.test(text.slice(p.span.end, p.span.end + 14))
    // ("would travel to Moscow next week for talks with Putin": where one goes for the talks is their venue.)
    || (TRAVEL_TO.test(text.slice(Math.max(0, p.span.start - 16), p.span.start))
      && FOR_TALKS.test(text.slice(p.span.end, p.span.end + 60)));
  // Talks happen at their venue; the sides ("negotiators from Washington, Kyiv and Moscow", "thanked France")
  // are parties, never the place. Talks with no venue named have no place.
  // ("talks on reopening roads in Taiz, held in Muscat": where they were held names the venue; the rest is their
  // subject.)
  if (type === 'talks') {
    const at = kept.filter(venue);
    const before = (p: Place) => text.slice(Math.max(0, p.span.start - 40), p.span.start);
    const held = at.filter((p) => HELD_IN.test(before(p)));
    // (Another round's own venue stays: "due to meet in Geneva, after two rounds of talks in Abu Dhabi".)
    return held.length ? at.filter((p) => held.includes(p) || TALKS_IN.test(before(p))) : at;
  }
  if (subtype !== null && PARTY_SUBTYPES.has(subtype)) {
    // "Ukraine and Russia each released 205 prisoners": the two sides, so the exchange has no place of its own;
    // "the swap took place in Belarus": the venue.
    const party = (p: Place) => (p.kind === 'country' && !venue(p)) || (p.kind === 'city' && !venue(p) && actors().exact(p.mention)?.type === 'government');
    for (const p of kept.filter(party)) kept.splice(kept.indexOf(p), 1);
  }
  // The most specific places: a city or facility beats its own region; a region beats its country.
  if (type === 'airport_disruption') {
    const fac = kept.filter((p) => p.kind === 'facility' || (p.kind === 'city' && /\b(airport|domodedovo|vnukovo|sheremetyevo|zhukovsky|pulkovo)\b/i.test(p.mention)));
    const listed = kept.filter((p) => p.kind !== 'country' && !/-area/.test(text.slice(p.span.end, p.span.end + 6)));
    return fac.length ? fac : listed;
  }
  // "the Hajar Al-Mak neighbourhood of Kadugli": one incident, at the part of the city named.
  const partOf = (p: Place) => kept.some((q) => {
    if (q === p || q.span.end >= p.span.start) return false;
    const between = text.slice(q.span.end, p.span.start);
    return PART_OF.test(between) || (PART_WORD.test(q.mention) && /^\s+of\s+(the\s+)?(city\s+of\s+)?$/i.test(between));
  });
  // Water beside land the sentence names is where nothing happened: water that names what a town is ("Ukraine's Danube
  // river port of Izmail", "the Danube port of Izmail", "the Red Sea port city of Hodeidah"), the water a town lies on
  // ("Port Sudan, on the Red Sea", "a town on the banks of the Dnipro"), a line or a bank between places ("across the
  // Dnipro River from the plant", "the left bank of the Dnipro River"). Ships attacked in the Red Sea, drones downed
  // over the Black Sea were there.
  const waterBeside = (p: Place) => (p.why === 'water' || p.country === null)
    && (WATER_TOWN.test(text.slice(p.span.end, p.span.end + 30))
    || (/\b(port|harbou?r)$/i.test(p.mention) && /^\s+of\b/i.test(text.slice(p.span.end, p.span.end + 5)))
    || WATER_BESIDE_BEFORE.test(text.slice(Math.max(0, p.span.start - 30), p.span.start)));
  const land = (p: Place) => kept.some((q) => q !== p && q.kind !== 'country' && q.country !== null);
  // "the Bekaa Valley town of Baalbek": a region named to say where the town lies is no place of its own.
  // ("the Bekaa Valley town of Baalbek" read as a town called "Bekaa Valley": the same; but "Gouz Al-Naqa village of Abu
  // Gouta area", with no "the", is a village called Gouz Al-Naqa.)
  const regionOf = (p: Place) => kept.some((q) => q !== p && q.span.start > p.span.end
    && (REGION_BEFORE_TYPE.test(text.slice(p.span.end, q.span.start))
      || (/\s(town|city|village|port|settlement)$/i.test(p.mention) && /^\s+of\s+$/.test(text.slice(p.span.end, q.span.start))
        && /\bthe\s+$/i.test(text.slice(Math.max(0, p.span.start - 4), p.span.start)))));
  // "Nuseirat refugee camp in central Gaza", "Sake in North Kivu": the place a place is said to be in is its container.
  // (Only a place the gazetteer knows: "El Birma area in Aroma", with El Birma placed by its context, is at Aroma.)
  const containerOf = (p: Place) => kept.some((q) => q !== p && q.kind !== 'country' && q.why !== 'context'
    && q.span.end <= p.span.start && CONTAINER_BETWEEN.test(text.slice(q.span.end, p.span.start)));
  // "southern Gaza's Rafah", "Kharkiv's Saltivka district": the place named by what it lies in is the place.
  // (Only a part the gazetteer knows: "Juba's Tongpiny area", placed by its context, is at Juba.)
  const ownerOf = (p: Place) => kept.some((q) => q !== p && q.why !== 'context' && q.span.start > p.span.end
    && /^['’]s\s+$/.test(text.slice(p.span.end, q.span.start)));
  // "Beirut's southern suburbs, known as Dahiyeh": the part named, not the city it is part of.
  const namedPart = (p: Place) => kept.some((q) => q !== p && q.span.start > p.span.end && q.span.start - p.span.end < 60
    && PART_KNOWN_AS.test(text.slice(p.span.end, q.span.start)));
  // ("the Bani al-Harith district of Sanaa": the city a part is named of is no more specific place than the part.)
  const wholes = new Set(kept.filter(partOf));
  return kept.filter((p) => !partOf(p) && !namedPart(p) && !ownerOf(p) && !regionOf(p) && !containerOf(p)
    && !(waterBeside(p) && land(p))
    && !kept.some((q) => q !== p && !wholes.has(q) && q.country === p.country && (
    (p.kind === 'country' && q.kind !== 'country') ||
    // "Banmauk Township in Sagaing Region": a first-level region is only the container of a district named in it.
    (p.kind === 'region' && p.name === p.admin1 && q.kind === 'region' && q.admin1 === p.admin1 && q.name !== q.admin1 && nearby(p, q)) ||
    (p.kind === 'region' && (q.kind === 'city' || q.kind === 'facility') && q.admin1 === p.admin1 && q.admin1 !== null && nearby(p, q)))));
}

/** After a country: the armed force or weapons it names as the actor ("US warplanes", "US and British jets"). */
const ARMED_OF_COUNTRY = new RegExp(LEX.armedOfCountry, 'i');

/** "in the region", "across the province": the region the story has been speaking of. */
const REGION_ANAPHOR = new RegExp(LEX.regionAnaphor, 'i');
/** "across the country", "in 15 regions": a whole country, with no place of its own. */
const COUNTRY_ANAPHOR = new RegExp(LEX.countryAnaphor, 'i');
/** The last whole first-level region named before a sentence. */
const lastRegionBefore = (places: Place[], si: number): Place | null =>
  [...places].reverse().find((p) => p.sentence < si && wholeRegion(p)) ?? null;

/** A list of places after "launched/fired … from": "from Kursk, Bryansk and occupied Crimea". */
const LAUNCHED_FROM = new RegExp(LEX.launchedFrom, 'u');

/** "Israel, which the Houthis regularly target, struck Hodeidah", "Israel, which has said …, said": the subject of what follows. */
const RELATIVE_THEN_VERB = new RegExp(String.raw`^\s*,\s*(which|who)\s+[^,;.]{0,140},\s*(said|says|claimed|announced|added|${LEX.agentRelativeVerbs})\b`, 'i');

/** The words of a clause that dates a toll, up to a place in it: "since Hezbollah began firing at ". */
const SINCE_IT_BEGAN =
  /\bsince\s+(the\s+)?([\p{L}'’-]+\s+){1,3}(began|started|launched|invaded|attacked|entered)\s+([\p{L}'’-]+\s+){0,4}$/iu;
/** Words right before a place that make it no place of the event: see notEventPlace in data/lexicon/events.json. */
const NOT_EVENT_PLACE = LEX.notEventPlace.map((r) => ({ before: new RegExp(r.before, 'iu'), exceptType: r.exceptType }));
/** Which of them could match the words before a place, in one pass (gate.ts): most places have none of their words. */
const NOT_EVENT_PLACE_GATES = new GateSets(NOT_EVENT_PLACE.map((r) => r.before));

/** Between a part of a city and the city: " neighbourhood of", " district of the city of". */
// (Or told in an appositive: ", a northern neighbourhood of".)
const PART_OF = new RegExp(String.raw`^(?:\s*,\s+(?:a|an|the)(?:\s+[\w-]+){0,2}?)?\s+`
  + String.raw`(neighbou?rhood|district|quarter|suburb|area|refugee\s+camp|camp)\s+of\s+(the\s+)?(city\s+of\s+)?$`, 'i');
/** Between a city and its part named after it: "'s southern suburbs, known as ", "'s old quarter, called ". */
// ("'s southern suburbs, a Hezbollah stronghold known as ": with a description between.)
const PART_KNOWN_AS = new RegExp(String.raw`^['’]s\s+(?:[\w-]+\s+){0,2}?(suburbs?|neighbou?rhoods?|districts?|quarters?|outskirts),?`
  + String.raw`(?:\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?(?:stronghold|area|district|bastion))?`
  + String.raw`\s+(?:(?:also|locally)\s+)?(known\s+as|called)\s+$`, 'i');
/** Between a place and the one it lies in: " in central ", " refugee camp in the north of "? (not: " and in "). */
// (Or told in an appositive: "Tell Rifaat, a town in northern Aleppo".)
const CONTAINER_BETWEEN = new RegExp(String.raw`^(?:\s*,\s+(?:a|an)(?:\s+[\w-]+){0,2}?)?\s+(?:(?:refugee|displacement)\s+)?`
  + String.raw`(?:camp|district|neighbou?rhood|village|town|area)?`
  + String.raw`\s*,?\s*in\s+(?:the\s+)?(?:(?:north|south|east|west|central|northern|southern|eastern|western|north-?eastern|north-?western|`
  + String.raw`south-?eastern|south-?western)\s+)?$`, 'i');
/** A place named with the word for a part of a city ("the Hajar Al-Mak neighbourhood"). */
const PART_WORD = /\s(neighbou?rhood|district|quarter|suburb|area|camp)$/i;
/** A part of a city named as such: "the Solomianskyi district", "the Peresyp neighbourhood". */
const QUARTER_NAMED = /\s(neighbou?rhood|district|quarter|suburb)$/i;
/** A toll told as a share of one already given: "of those killed", "of the victims". */
const SHARE_OF_TOLL = /\bof\s+(those|the)\s+(killed|dead|victims|wounded|injured)\b/i;

/** After a river or sea: the kind of town it describes ("river port of", "port city of", "coastal town of"). */
const WATER_TOWN = new RegExp(LEX.waterTown, 'i');
/** The words before water a town lies on or a line runs across: "on the", "along the", "across the", "the banks of". */
// ("on the northern bank of the former Kakhovka reservoir": a word or two of where and what it was, too.)
const WATER_BESIDE_BEFORE =
  /\b((on|along|by|across)\s+(the\s+)?|(banks?|shores?|coast)\s+of\s+(the\s+)?(former\s+|old\s+|dried-up\s+)?)$/i;

/** A place that is a whole first-level region ("Kursk region"), not a town or district in it. */
const wholeRegion = (p: { kind: string; name: string; admin1: string | null } | null) => !!p && p.kind === 'region' && p.name === p.admin1;

const nearby = (a: Place, b: Place) => Math.abs(a.span.start - b.span.start) < 160;

/** The same place for merging events: same country, region and name (both none counts as the same). Compared field by field: this runs for every pair of events. */
const samePlace = (a: Event['place'] | null, b: Event['place'] | null) => (a && b ? a.country === b.country && a.admin1 === b.admin1 && a.name === b.name : !a && !b);

/**
 * Typed events, one per incident per place: triggers type a sentence, its places locate it, dates
 * and casualty counts fill it in. A sentence without a place of its own borrows the last place of its
 * paragraph; repeats of the same incident within the document merge. The verification statements say which
 * sentences disclaim (what they could not check is an incident already told).
 */
export function extractEvents(
  doc: Document, places: Place[], claims: Claim[], verifications: Verification[] = [],
): Event[] {
  const events: Event[] = [];
  // Sentences in which the reporter says something could not be checked (read by the verification extractor, in every
  // wording it knows): said by no one named or by an outlet, not a party's "were not confirmed by Ukraine".
  const reporter = (v: Verification) => !v.by?.actor || v.by.actor.type === 'media' || v.by.actor.type === 'wire';
  const disclaimedIn = new Set(verifications
    .filter((v) => (v.stance === 'could-not-verify' || v.stance === 'not-corroborated') && reporter(v)).map((v) => v.sentence));
  /** Events told with a day of their own, which a following detail with none takes (dayOfLead). */
  const dated = new Set<Event>();
  const { text, sentences, paragraphs } = doc;
  // Each sentence's places and first claim, found once rather than by a scan per sentence.
  const placesIn = new Map<number, Place[]>();
  for (const p of places) { let l = placesIn.get(p.sentence); if (!l) placesIn.set(p.sentence, (l = [])); l.push(p); }
  const claimIn = new Map<number, Claim>();
  for (const c of claims) if (!claimIn.has(c.sentence)) claimIn.set(c.sentence, c);
  /** Countries the story names: where a local office that the registry does not know may be. */
  const storyCountries = new Set(places.map((p) => p.country).filter((c): c is string => !!c));
  let lastPara = -1;
  let lastPlaces: Place[] = [];
  let lastEvents: Event[] = [];
  /** The last sentence that set a period ("since the war began in October"). */
  let periodAt = -2;
  for (let si = 0; si < sentences.length; si++) {
    const s = sentences[si];
    const kind = paragraphs[s.paragraph].kind;
    if (kind === 'heading' || kind === 'bullet' || headlineLike(doc, s.paragraph)) continue;
    if (s.paragraph !== lastPara) { lastPara = s.paragraph; lastPlaces = []; lastEvents = []; }
    // "The raid came hours after a missile struck Sumy, killing 11": the subject is the attack just told; the words
    // after "after" are read as an incident of their own, so the subject's words are blanked (offsets kept).
    const raw = text.slice(s.start, s.end);
    const follows = CAME_AFTER.exec(raw)?.[0].length ?? 0;
    // "liberated Siversk, a town that has been under attack for months": a habit told in an aside on a place is its
    // backdrop, not the sentence's incident; its words are blanked too.
    // (Read only where a trigger may be: most sentences have none.)
    const told = follows ? ' '.repeat(follows) + raw.slice(follows) : raw;
    const mayTrigger = TRIGGER_GATES.scan(told);
    const st = TRIGGER_GATES.any(mayTrigger) ? withoutHabitualAsides(told) : told;
    const total = tellsTotal(st);
    if (total) periodAt = si;
    const possible = st === told ? mayTrigger : TRIGGER_GATES.scan(st);
    const found = sentenceTypes(st, possible);
    const claim = claimIn.get(si);
    const ownPlaces = (placesIn.get(si) ?? []).filter((p) => p.span.start >= s.start + follows);
    // Counts are read only where something can use them: a sentence with triggers, or one that may complete the last events.
    if (!found.length && !lastEvents.length) { if (ownPlaces.length) lastPlaces = ownPlaces; continue; }
    // (The toll of an opening clause of time is the backdrop's too, when the main clause tells its own.)
    const lead = OPENING_CLAUSE.exec(st);
    const main = lead ? extractCasualties(st.slice(lead[0].length)) : null;
    const cas = main && (main.killed || main.injured) ? main : extractCasualties(st);
    // "No damage or casualties were reported": a zero toll is news about an incident already told, not a new one.
    // "Kyiv received the bodies of 1,000 soldiers killed in the war": the dead are the bodies handed over, no new toll.
    const handover = found.some((t) => t.subtype === 'body_repatriation');
    // "Neither the ministry's figures nor Ukraine's account of the clashes could be verified": what a disclaimer says it
    // could not check ("the clashes", "the strike") is an incident already told, not a new one.
    const doubted = disclaimedIn.has(si) ? (t: { trigger: string }) => definite(st, t.trigger) : () => false;
    const types = found.filter((t) => !(t.type === 'civilian_casualties' && !t.noCounts && (isZeroToll(cas) || handover))
      && !doubted(t));
    if (!types.length) {
      // Counts or children without a trigger ("Victims included two children…") complete the previous event.
      if ((cas.killed || cas.injured || cas.children) && lastEvents.length) for (const e of lastEvents) fill(e, cas);
      if (ownPlaces.length) lastPlaces = ownPlaces;
      continue;
    }
    if ((habitual(st) && !(hasNumber(cas.killed) || hasNumber(cas.injured))) || NO_INCIDENT.test(st)) { if (ownPlaces.length) lastPlaces = ownPlaces; continue; }
    // "The spokesman denied the base had fallen, saying troops repelled the attack": an answer to the incident just
    // told, where no place of its own is named, not another incident.
    if (claim && DENIAL_VERB.test(claim.verb) && !ownPlaces.length && lastEvents.length) continue;
    // "After police counted 14 dead over the June 7-8 weekend, a drone killed two in Odesa on June 10": a day in an
    // opening clause of time is the backdrop's; the main clause's own day, where it has one, is the event's.
    // ("PORT SUDAN, June 12 - The RSF shelled El Fasher on Wednesday": the dateline's day is the filing day.)
    const dateline = si === 0 || sentences[si - 1].paragraph !== s.paragraph ? DATELINE.exec(raw)?.[0].length ?? 0 : 0;
    const allDates = findDates(text, s.start + Math.max(follows, dateline), s.end, doc.published);
    const mainDates = lead && allDates.some((d) => d.span.start >= s.start + lead[0].length)
      ? allDates.filter((d) => d.span.start >= s.start + lead[0].length) : allDates;
    // "Bara, which the RSF seized in 2023, was retaken in March": a day inside an aside on a noun is the aside's; the
    // main clause's own day, where it has one, is the event's.
    const dates = outsideAsides(mainDates, st, s.start);
    // "… killed since the exchanges of fire began": a total counted from what began.
    // ("the deadliest day since the ceasefire took effect" is one day, not a total: only a toll in the perfect counts.)
    // ("In 2024 alone, attacks killed more than 1,000 civilians": a toll of attacks over a whole year is a tally of
    // many; "In 2023, a missile hit a cafe, killing 13" is one attack, long past.)
    const aggregate = total || dates.some((d) => d.since) || (SINCE_CLAUSE.test(st) && RUNNING_TOLL.test(st))
      || (dates.some((d) => d.precision === 'year') && (hasNumber(cas.killed) || hasNumber(cas.injured))
        && SERIES.test(st))
      // ("killed more than 8,000 people between January and October": a toll over months is a tally of many.)
      || (dates.some((d) => d.precision !== 'year' && toDay(d.end) - toDay(d.start) > TALLY_DAYS)
        && (hasNumber(cas.killed) || hasNumber(cas.injured)));
    // A bare toll with no place or day of its own right after a sentence that sets a period ("… since fighting broke
    // out in March. Some 80 residents have died") is that period's running total, not news of an incident.
    if (periodAt === si - 1 && !dates.length && !ownPlaces.length && types.every((t) => t.type === 'civilian_casualties')) continue;
    const made: Event[] = [];
    const spots = new Set(types.map((t) => slotOf(t.type, t.subtype))).size > 1 ? triggerSpots(st, possible) : [];
    for (const t of types) {
      let type = t.type;
      const slot = slotOf(t.type, t.subtype);
      if (type === 'civilian_casualties' && !t.noCounts && !(cas.killed || cas.injured) && !/massacre|executed|atrocit|mass killing/i.test(st)) continue;
      // "A man pulled from the rubble later died of his wounds": a later death of the attack just told, not a new one.
      if (type === 'civilian_casualties' && cas.moreKilled) {
        const recent = events.filter((e) => familyOf(e.type) === 'attack' && e.scope === 'incident' && si - e.sentence <= 4).pop();
        if (recent) { fill(recent, cas); continue; }
      }
      // Gunfire that killed or hurt only soldiers, police or fighters is a clash between armed men, not violence against civilians.
      // ("Troops shot dead two gunmen": the gunmen are the dead; "gunmen shot dead a farmer": they are who killed.)
      // (Read only for the kinds it can change: most triggers are neither.)
      // ("… near the line behind which troops have pulled back": the armed men of a place's description are no
      // victims.)
      const armedDead = () => cas.military || MILITARY.test(st.replace(MILITARY_AGENTS, '').replace(PLACE_RELATIVE, ''))
        || MILITARY_MEMBERS.test(st);
      const armedVictims = () => cas.military || (!cas.civilian && (armedDead() || MILITARY_ACRONYM_MEMBERS.test(st)));
      if (t.subtype === 'armed_attack' && !cas.civilian && armedVictims()) { type = 'ground_advance'; t.subtype = null; }
      // "gunmen carried out an attack, killing a security guard": with no weapon of remote violence named, an attack
      // whose dead are all armed men is a clash between armed men, as ACLED codes it.
      const remote = MODE_WORDS.some(([, re]) => re.test(st)) || REMOTE_WEAPON.test(st);
      const agentsAttacked = () => st.search(MILITARY_AGENTS) >= 0;
      if (type === 'strike' && cas.military && !cas.civilian && !remote) type = 'ground_advance';
      // "civilians were killed in an attack attributed to ADF rebels", "militiamen attacked a camp, killing five
      // civilians": an attack on the ground whose dead are civilians is violence against them (ACLED's attack).
      // (So is one whose dead are not named as armed men, when armed men on the ground are who attacked: "militiamen
      // attacked a site for displaced people, killing five people".)
      else if (type === 'strike' && !cas.military && !remote && (cas.civilian || (!armedDead() && agentsAttacked()))) {
        type = 'civilian_casualties';
      }
      // "a strike on an energy facility left 120,000 households without electricity": with no one hurt, the damage
      // is the item.
      if (familyOf(type) === 'attack' && !cas.killed && !cas.injured && LEFT_WITHOUT.test(st)) type = 'infrastructure_damage';
      // "repelled 56 Russian attacks near Pokrovsk": attacks fought off on the ground are a battle.
      if (type === 'strike' && !remote && REPELLED.test(st.slice(Math.max(0, st.indexOf(t.trigger) - 50), st.indexOf(t.trigger)))) type = 'ground_advance';
      const violence = t.subtype === 'armed_attack' || t.subtype === 'abduction';
      // ("RSF fighters killed 47 people": the fighters killed; the dead are not soldiers.)
      if (type === 'civilian_casualties' && !violence && !cas.civilian && armedDead()) {
        // "Fighters stormed a base, killing seven soldiers": the soldiers are the toll of the assault just told.
        if (types.some((x) => x.type === 'ground_advance')) continue;
        type = 'other';
        t.subtype = 'military_casualties';
      }
      // "Russia claimed its troops captured X" is a territorial claim; the same words from a reporter are an advance.
      // A claimant the registry does not know is a party unless it names itself a witness or a reporter's source
      // ("local sources told Reuters", "residents said"): those tell what happened, they claim no ground.
      if (type === 'ground_advance' && CAPTURE.test(t.trigger) && claim && claim.claimant.actor?.side !== 'neutral' && !NOT_A_PARTY.test(claim.claimant.name)
        && !(!claim.claimant.actor && WITNESS.test(claim.claimant.name))) type = 'territorial_claim';
      // "Russia launched 273 drones at Ukraine overnight. In the Kyiv region, a woman was killed": deaths with no
      // weapon of their own, right after a wave told by its weapon, are that wave's, in their own place.
      // (Not a running total: "1,900 have been killed in Lebanon since …" counts the war's dead, not the night's wave.)
      if (type === 'civilian_casualties' && !t.subtype && !aggregate && !MODE_WORDS.some(([, re]) => re.test(st))) {
        const wave = events.filter((e) => e.scope === 'incident' && si - e.sentence <= 2 && MODE_ORDER.indexOf(e.type) >= 0
          && MODE_ORDER.indexOf(e.type) < MODE_ORDER.indexOf('civilian_casualties') && e.place?.kind === 'country').pop();
        if (wave) type = wave.type;
      }
      let where = eventPlaces(doc, ownPlaces, si, type, type === 'other' ? t.subtype : null);
      // ("a car bomb exploded outside a restaurant in Somalia's capital": the capital, where the story names it.)
      const capitalOfCountry = (p: Place) => p.kind === 'country' && !!p.country
        && /^['’]s\s+capital\b/.test(text.slice(p.span.end, p.span.end + 12));
      where = where.map((p) => (capitalOfCountry(p) ? capitalOf(p.country!, places) ?? p : p));
      // ("… hit tents in al-Mawasi, medics at Nasser Hospital told Reuters": where the speaker is, beside a place of what
      // it tells, is not where it happened.)
      // (A region in a title, "the governor of Kursk oblast", still says where the story is.)
      // ("Russia's top general has claimed …": nor the country of a speaker's title; "In Moscow, the defence ministry said
      // …": nor the capital a speaker is placed in just before its name.)
      const speakerAt = (p: Place) => !!claim && p.span.end <= claim.claimant.span.start
        && /^,\s*$/.test(text.slice(p.span.end, claim.claimant.span.start))
        && /(^|[.!?]\s+)In\s+$/.test(text.slice(Math.max(0, p.span.start - 5), p.span.start));
      const speaking = claim ? where.filter((p) => p.span.start >= claim.claimant.span.start
        && p.span.end <= claim.claimant.span.end && (p.kind === 'city' || p.kind === 'facility' || p.kind === 'country')) : [];
      if (speaking.length && speaking.length < where.length) where = where.filter((p) => !speaking.includes(p));
      // (Only a capital that stands for its government: "In Kharkiv, the governor said a missile hit a school" is there.)
      if (claim) where = where.filter((p) => !(speakerAt(p) && p.kind === 'city' && !!actors().exact(p.mention)));
      // "Russian drones struck Kharkiv … Kyiv condemned the attack": a reaction speaks of an attack already told.
      if (familyOf(type) === 'attack' && events.some((e) => familyOf(e.type) === 'attack') && inReaction(st, t.trigger)) continue;
      // "ready to discuss a moratorium on strikes against ports": strikes as what a halt would stop are none that happened.
      if (familyOf(type) === 'attack' && HALT_ON.test(st.slice(0, st.indexOf(t.trigger) + t.trigger.length))) continue;
      // "was last targeted in September, when air defences destroyed 20 drones": the attack's report, not only its interception.
      if (t.subtype === 'interception' && ATTACKED_TOO.test(st.replace(t.trigger, ' '))) t.subtype = null;
      // "…continued their offensive in the Dnipropetrovsk region, and air defences shot down 87 drones": drones downed
      // are placed by the words after them ("over the Bryansk region"), not by what the sentence said before.
      const interception = t.subtype === 'interception';
      // ("said 117 drones had been destroyed over the Kursk, Belgorod, Bryansk and Nizhny Novgorod regions": one count over
      // a list of regions is the night's wave over the country, not an incident in each; "two over Tver region, one over
      // Bryansk region" counts each.)
      let wave = false;
      if (interception) {
        const at = s.start + st.indexOf(t.trigger);
        where = where.filter((p) => p.span.start > at);
        const country = where.length >= 3 && where.every((p) => p.kind === 'region' && p.country === where[0].country)
          && where.every((p) => countJustBefore(text.slice(s.start, p.span.start)) === null)
          ? places.find((p) => p.kind === 'country' && p.country === where[0].country) : undefined;
        if (country) { where = [country]; wave = true; }
      }
      const listed = spots.length > 0 && where.length > 1;
      const allListed = where;
      if (listed) {
        const mine = where.filter((p) => ownKind(s.start, spots, p) === slot);
        if (mine.length) where = mine;
      }
      let borrowed = false;
      let dateFrom: Event | undefined;
      // Talks and exchanges between sides may have no place: they borrow none, and stand without one. A ceasefire
      // told with no place is the ceasefire of the war just told of, where that was; or of no one place.
      const exchange = type === 'talks' || (type === 'other' && EXCHANGE_SUBTYPES.has(t.subtype ?? ''));
      const mayBePlaceless = exchange || (type === 'other' && PARTY_SUBTYPES.has(t.subtype ?? ''));
      // "A separate strike hit a power station in the north of the capital": the capital the story names elsewhere.
      if (!where.length && !exchange) {
        const capital = capitalNamed(st, places, focusCountry(places)?.country ?? null);
        if (capital) where = [capital];
      }
      // ("Russia launched 71 drones across the country overnight, Ukraine's air force said": an attack told over a whole
      // country is in the country of its speaker, or of the story.)
      if (!where.length && !exchange && familyOf(type) === 'attack' && COUNTRY_ANAPHOR.test(st)) {
        const spoken = claim?.claimant.actor ? actors().byId.get(claim.claimant.actor.id)?.country : undefined;
        const country = (spoken && places.find((p) => p.kind === 'country' && p.country === spoken)) || focusCountry(places);
        if (country) where = [country];
      }
      // (A local office's own report with no place of its own is of its own town or region, before any place borrowed.)
      // (Not a bare toll, "Several people were injured, he said": that updates the incident just told.)
      const office = !where.length && !exchange && claim && !(type === 'civilian_casualties' && !t.subtype)
        ? localOfficeTerritory(claim, si, storyCountries) : null;
      if (office) where = [office];
      if (!where.length && lastPlaces.length && !exchange && !interception) {
        where = eventPlaces(doc, lastPlaces, lastPlaces[0].sentence, type, type === 'other' ? t.subtype : null);
        // "captured the villages": the settlements just named, not the regions they were placed in.
        if (SETTLEMENT_ANAPHOR.test(st) && where.some((p) => p.kind === 'city')) where = where.filter((p) => p.kind === 'city');
        borrowed = true;
      }
      // Damage told as its own item with no place in its paragraph: where the last attack was, if it was just told.
      // (Within the paragraph, damage after a strike stays part of that strike.)
      if (!where.length && type === 'infrastructure_damage' && DAMAGE_ITEM.test(t.trigger)) {
        const last = [...events].reverse().find((e) => familyOf(e.type) === 'attack' && e.scope === 'incident' && e.place && si - e.sentence <= 5);
        const at = last && places.find((q) => q.sentence === last.sentence && q.mention === last.place!.mention);
        if (at) { where = [at]; borrowed = true; dateFrom = last; }
      }
      const positive = (c: typeof cas.killed) => !!c && ((c.min ?? 0) > 0 || (c.max ?? 0) > 0 || !!c.text);
      const hasCounts = positive(cas.killed) || positive(cas.injured);
      const isAggregate = aggregate || wave || (type === 'other' && AGGREGATE_SUBTYPES.has(t.subtype ?? ''));
      // A toll over many countries ("across 23 armed conflicts", "worldwide") has no place; a national one is the focus country's.
      const placeless = isAggregate && hasCounts && GLOBAL.test(st) && (!where.length || borrowed);
      if (placeless) where = [];
      else if ((!where.length || borrowed) && isAggregate && hasCounts) {
        // "The Health Ministry in Gaza said 39,965 Palestinians had been killed": a running toll is of the speaker's
        // own territory when the speaker is named by it (rather than a place borrowed from the sentence before); else,
        // with no place of its own, of the country the story is about.
        // ("… killed in the region since January 1": the region the story named last.)
        const own = (REGION_ANAPHOR.test(st) ? lastRegionBefore(places, si) : null) ?? (claim ? speakerTerritory(claim, si) : null);
        // (A town borrowed from the sentence before is no place of a war's running toll: "… retook Bara. Since the war
        // began, 40,000 have been killed" counts the whole country's dead.)
        const townOnly = borrowed && SINCE_CLAUSE.test(st) && where.every((p) => p.kind === 'city' || p.kind === 'facility');
        const fc = own ?? (where.length && !townOnly ? null : focusCountry(places));
        if (fc) { where = [fc]; borrowed = false; }
      }
      // "Israeli fire has killed at least 97 Palestinians …, accusing Israel of violations": a running toll of victims
      // named by nationality is in their country, not in the country of a party the sentence names.
      const victims = isAggregate && hasCounts ? victimCountry(cas.killedHeads) : null;
      // (So with no place of its own, "accusing Israel" being the party accused: not the towns the sentence before named.)
      if (victims && (borrowed || where.every((p) => p.country && p.country !== victims))) {
        const theirs = focusCountry(places.filter((p) => p.country === victims));
        if (theirs) { where = [theirs]; borrowed = false; }
      }
      if (!where.length && !placeless && !mayBePlaceless) {
        // A toll with no place of its own updates the incident just reported ("“Ten people were injured.”").
        if (cas.killed || cas.injured) {
          const recent = events.filter((e) => familyOf(e.type) === 'attack' && si - e.sentence <= 3 && e.scope === 'incident' && ((cas.killed && !e.killed) || (cas.injured && !e.injured)));
          // The incident whose other counts are already known is the one being updated.
          recent.sort((a, b) => Number(!!(b.killed || b.injured)) - Number(!!(a.killed || a.injured)) || b.sentence - a.sentence);
          if (recent[0]) fill(recent[0], cas);
        }
        continue;
      }
      const isAgg = aggregate || wave || (type === 'other' && AGGREGATE_SUBTYPES.has(t.subtype ?? ''));
      // A sentence that borrows its place from the one before also borrows its date when it has none.
      // "… killed 45 on Sunday. At least 12 more were killed in strikes on Jabalia": a detail with no day of its own,
      // right after an incident of its kind told with its day, is of that day.
      const dayOfLead = !dates.length && !borrowed && !isAgg && type !== 'talks'
        ? [...events].reverse().find((e) => dated.has(e) && e.scope === 'incident' && familyOf(e.type) === familyOf(type) && si - e.sentence <= 6
          // (Not a capture of weeks before told as background: "The factions seized Manbij in December".)
          && !(doc.published && e.date && toDay(e.date.end) < toDay(doc.published) - LEAD_DAYS)
          // (Another party's account keeps its own day: the other side's version of an attack may be of another one.)
          && !(claim && e.claim !== null && opposingClaims(claims[e.claim], claim)))
        : undefined;
      const told = follows && !dates.length && EARLIER.test(raw.slice(0, follows))
        ? cameAfterDate(text.slice(s.start, s.start + follows), lastDated(events), doc.published)
        : !dates.length && dateFrom?.date ? dateFrom.date : !dates.length && borrowed && lastEvents[0]?.date ? lastEvents[0].date
        : dayOfLead?.date ?? eventDate(dates, doc.published, type, claim, text);
      // "2,119 killed since the hostilities began in October last year": a running total runs from the month it began
      // to the day it is told.
      const date = isAgg && told && dates.length && doc.published && SINCE_CLAUSE.test(st) && told.end < doc.published
        ? { start: told.start, end: doc.published, precision: told.precision } : told;
      // A single attack over a year before publication ("the October 2023 attacks") is background, not news.
      // (A capture years back is history the story tells, and is kept: "the town fell to the rebels in 2022" says who
      // has held it since.)
      if (!isAgg && familyOf(type) === 'attack' && date && doc.published && toDay(date.end) < toDay(doc.published) - BACKGROUND_DAYS) continue;
      // A series or running total with no number of its own ("dozens of attacks since 2022", "the war has killed hundreds
      // of thousands") is background to the news, not an event.
      // (A count of the attacks themselves is a number of its own: "more than 100 attacks on shipping since November".)
      if (isAgg && !wave && familyOf(type) === 'attack' && !hasNumber(cas.killed) && !hasNumber(cas.injured) && !ATTACK_COUNT.test(st)) continue;
      // "More than 1,900 people have been killed since …": a running toll of people with no weapon named is the war's
      // deaths, not an attack on civilians (unless civilians are who it counts).
      const civilianToll = cas.killedHeads.length ? CIVILIAN_HEADS.test(cas.killedHeads[0]) : !!cas.civilian;
      if (isAgg && type === 'civilian_casualties' && !t.subtype && !civilianToll
        && !MODE_WORDS.some(([, re]) => re.test(st)) && !REMOTE_WEAPON.test(st) && !/\b(\p{Lu}\w+|gun|sniper|tank|artillery)\s+fire\b/u.test(st)) {
        type = 'other';
        t.subtype = 'conflict_deaths';
      }
      // So is a running total of people uprooted ("six million have fled since 2022"): the war's backdrop, not a flight;
      // one of the last few weeks ("23,000 displaced since 7 June") is news.
      const from = dates.find((d) => d.since);
      const longRun = !from || toDay(from.end) - toDay(from.start) > RECENT_RUN_DAYS;
      if (isAgg && type === 'other' && BACKDROP_WHEN_RUNNING.has(t.subtype ?? '') && longRun) continue;
      const subtype = ownSubtype(type, t.subtype);
      const codes = codesFor(type, subtype);
      for (const p of where.length ? where : [null]) {
        // A place in a list of different kinds of event keeps the counts of its own stretch of the sentence.
        let pc = p && listed ? segmentCasualties(st, s.start, allListed, p) : cas;
        // "A rocket barrage on Shebekino killed a couple, while a drone struck a car near Novaya Tavolzhanka, killing the
        // driver": places in clauses of their own keep their clause's toll and weapon.
        const clause = p && familyOf(type) === 'attack' ? ownClause(st, s.start, listed ? allListed : where, p) : null;
        let clauseType: EventType | null = null;
        if (clause !== null) {
          pc = extractCasualties(clause);
          const attack = sentenceTypes(clause).find((x) => familyOf(x.type) === 'attack');
          if (attack && attack.type !== type) clauseType = attack.type;
        }
        // "killed 97 since the ceasefire took effect": an agreement kills no one; the toll is the attacks'. Nor does an
        // exchange: "returned the bodies of 195 Palestinians" counts the bodies handed over, not deaths.
        if (type === 'other' && PARTY_SUBTYPES.has(t.subtype ?? '')) pc = { ...pc, killed: null, injured: null, children: null };
        // "killed 20 people in Gaza, including eight in Deir al-Balah": a place's own part of the toll.
        let ownToll = false;
        // ("killed 24 across Lebanon, including six in … Baalbek": the country named with it is the other place.)
        if (p && pc.killed?.min != null && (where.filter((w) => w.kind !== 'country').length > 1
          || /\b(including|among\s+them)\b/i.test(text.slice(s.start, p.span.start)))) {
          const own = countJustBefore(text.slice(s.start, p.span.start));
          if (own !== null && own < pc.killed.min) { pc = { ...pc, killed: { min: own, max: null } }; ownToll = true; }
        }
        if (p && listed && type === 'civilian_casualties' && !t.noCounts && !(positive(pc.killed) || positive(pc.injured)) && !/massacre|executed|atrocit|mass killing/i.test(st)) continue;
        // Borrowed place, same family as an event of the previous sentence: it is that event again.
        // Damage told as its own item in a later paragraph ("But debris damaged a school") is its own event, not more of the strike.
        const ownDamage = dateFrom !== undefined;
        const prior = borrowed && !ownDamage ? (lastEvents.find((e) => familyOf(e.type) === familyOf(type) && samePlace(e.place, p))
          ?? lastEvents.find((e) => familyOf(e.type) === familyOf(type) && e.scope === (isAgg ? 'aggregate' : 'incident') && sameArea(e.place as Place | null, p))) : undefined;
        if (prior) { fill(prior, pc); continue; }
        // "killed in the strike": a definite mention of an attack just reported, in the same area, is that attack again.
        // ("The strike hit a building in the city's Saltivskyi district on Tuesday": a day of its own that is the attack's day
        // too is no other attack.)
        // (One named by its place, "questions about the Gorom-Gorom strike", however far back and whatever day the
        // sentence tells of: it is that strike.)
        const byName = namedDefinite(st, t.trigger);
        const told = !isAgg && familyOf(type) === 'attack' && definite(st, t.trigger)
          ? events.find((e) => familyOf(e.type) === 'attack' && e.scope === 'incident'
            && (byName ? e.sentence < si && samePlace(e.place, p) : si - e.sentence <= 4 && sameArea(e.place as Place | null, p)
              && !(e.place?.admin1 == null && p?.admin1 != null)
              && (!dates.length || (e.sentence < si && !!date && overlapping(e.date, date)
                && !(positive(pc.killed) && positive(e.killed) && e.killed!.min !== pc.killed!.min)))))
          : undefined;
        if (told) {
          // Told first for its whole region, now for a place in it: the place is where it happened.
          if (p && told.place && wholeRegion(told.place) && !wholeRegion(p) && told.place.admin1 === p.admin1) told.place = eventPlace(p);
          fill(told, pc);
          made.push(told);
          continue;
        }
        // "… killed 20 soldiers in an attack in northern Burkina Faso. The attack took place near Djibo": the attack
        // just told for a country or a whole region, now placed; it moves there, it does not double.
        // (Only when the sentence is about that attack: "In Kharkiv, the attack damaged a school" after a nationwide
        // wave is the city's own share of it.)
        const placed = !told && !isAgg && familyOf(type) === 'attack' && ABOUT_THE_ATTACK.test(st) && !dates.length && p && p.admin1 !== null
          ? events.find((e) => (familyOf(e.type) === 'attack' || e.type === 'ground_advance') && e.scope === 'incident' && si - e.sentence <= 2
            && !!e.place && e.place.country === p.country && (e.place.admin1 == null || (wholeRegion(e.place) && e.place.admin1 === p.admin1)))
          : undefined;
        if (placed) { placed.place = eventPlace(p!); fill(placed, pc); made.push(placed); continue; }
        // "Strikes on a market in the Kordofan region killed 28" then "drones bombed a market in Sudri on Sunday": a lead
        // told for a region and a detail told for a place in it, naming the same target, are one incident at the place.
        const target = !isAgg && familyOf(type) === 'attack' && p && p.admin1 !== null && !wholeRegion(p) ? TARGET.exec(st)?.[0].toLowerCase() : undefined;
        const lead = target ? events.find((e) => familyOf(e.type) === 'attack' && e.scope === 'incident' && si - e.sentence <= 4
          && (e.place?.admin1 == null || wholeRegion(e.place)) && sameArea(e.place as Place | null, p)
          && daysApart(e.date, date) <= 1 && TARGET.exec(e.quote.text)?.[0].toLowerCase() === target) : undefined;
        if (lead) {
          lead.place = eventPlace(p!);
          if (dates.length && date) lead.date = date;
          // The detail names the weapon the lead did not ("strikes" then "drones bombed"): the more specific mode.
          if (MODE_ORDER.indexOf(type) >= 0 && MODE_ORDER.indexOf(type) < MODE_ORDER.indexOf(lead.type)) Object.assign(lead, { type }, codesFor(type, null));
          fill(lead, pc); made.push(lead); continue;
        }
        // "Russia pounded Kyiv overnight" then "debris fell on a block in the Solomianskyi district": a quarter of the city
        // just struck, told with no day of its own, is where that attack fell, not another attack.
        // (Not a district that is a region's own unit, one the gazetteer knows: "drones attacked the port in the Izmail
        // district", "a substation in the Glushkovo district was damaged".)
        // (One with a toll of its own is an incident of its own there, unless the toll is a share of the lead's:
        // "twenty-three of those killed died when a missile struck a block in the Solomianskyi district".)
        const tollOfItsOwn = (positive(pc.killed) || positive(pc.injured)) && !SHARE_OF_TOLL.test(st);
        const quarter = !isAgg && familyOf(type) === 'attack' && !dates.length && !tollOfItsOwn && p
          && QUARTER_NAMED.test(p.mention) && !/\bRa[iy]on$/.test(p.name) && (p.kind !== 'region' || p.why === 'context')
          ? [...events].reverse().find((e) => familyOf(e.type) === 'attack' && e.scope === 'incident' && si - e.sentence <= 3
            && e.place?.kind === 'city' && (p.why === 'context' || e.place.admin1 === p.admin1))
          : undefined;
        if (quarter) { fill(quarter, pc); made.push(quarter); continue; }
        // The same toll for the same kind of attack, once with the country or region and once with the place itself: one incident.
        // (Not a toll the sentence adds up from deaths by two weapons, "a man was killed by shelling in Kupiansk district
        // and a woman died when a drone struck her car near Zolochiv", nor one the other side tells: the governor's "two
        // killed in Kherson region" and the occupation head's "Ukrainian shelling killed two in Oleshky" are two incidents.)
        const twoWeapons = MODE_WORDS.filter(([, re]) => re.test(st)).length > 1;
        const otherSide = (e: Event) => !!claim && e.claim !== null && opposingClaims(claims[e.claim], claim);
        const sameToll = !isAgg && !twoWeapons && familyOf(type) === 'attack' && positive(pc.killed) && pc.killed!.min !== null
          ? events.find((e) => familyOf(e.type) === 'attack' && e.scope === 'incident' && e.killed?.min === pc.killed!.min && overlapping(e.date, date) && sameArea(e.place as Place | null, p) && !samePlace(e.place, p)
            && !otherSide(e)
            && (e.place?.admin1 == null || p?.admin1 == null || wholeRegion(e.place) || wholeRegion(p)))
          : undefined;
        if (sameToll) {
          // The lead names the region, the detail the village: the incident is at the village.
          const lessSpecific = sameToll.place && p && p.admin1 != null
            && (sameToll.place.admin1 == null || (wholeRegion(sameToll.place) && !wholeRegion(p)));
          if (lessSpecific) sameToll.place = eventPlace(p!);
          fill(sameToll, pc); made.push(sameToll); continue;
        }
        // "Ukraine attacked Moscow with 25 drones. The mayor said the drones were destroyed in the Ramenskoye district":
        // drones downed just after an attack was told, in its area and with no day of their own, are that attack's.
        const attacked = t.subtype === 'interception' && !isAgg && !dates.length && p
          ? events.find((e) => familyOf(e.type) === 'attack' && e.subtype !== 'interception' && e.scope === 'incident'
            && si - e.sentence <= 3 && e.place?.admin1 != null && sameRegionOrCapital(e.place, p) && overlapping(e.date, date))
          : undefined;
        if (attacked) { fill(attacked, pc); made.push(attacked); continue; }
        // One incident per place: another attack mode at the same place and time is the same incident retold.
        // One round of talks, which lasts days: told again without its venue ("the negotiations marked…"), or told
        // first with its country or no venue and then with its city a day apart ("Talks ended in the UAE on Thursday …
        // the second round in Abu Dhabi on February 4"), it is the round already reported, at the city.
        const noVenueOrCountry = (e: Event) => !e.place || (e.place.kind === 'country' && p?.kind !== 'country'
          && e.place.country === p?.country);
        const round = type === 'talks'
          ? events.find((e) => e.type === 'talks' && withinDays(e.date, date, TALKS_ROUND_DAYS)
            && (!p || (e.scope === 'incident' && noVenueOrCountry(e))))
          : undefined;
        if (round) { if (p) round.place = eventPlace(p); fill(round, pc); continue; }
        // (Two running totals of one place from different starts, "since 7 June" and "since January", are two totals.)
        const samePeriod = (e: Event) => !isAgg || e.date?.start === date?.start;
        // (A claim of ground is dated by the day it was made: one told on Monday and retold as "assertions" on Tuesday is
        // one claim.)
        // (A round of talks at one venue, told a day or two apart, is one round too.)
        const when = (e: Event) => overlapping(e.date, date) || (type === 'territorial_claim' && e.type === type
          && !!p && e.place?.name === p.name && withinDays(e.date, date, CLAIM_RETOLD_DAYS))
          || (type === 'talks' && e.type === type && withinDays(e.date, date, TALKS_ROUND_DAYS));
        const same = events.find((e) => (e.type === type || (!isAgg && !ownDamage && familyOf(e.type) === 'attack' && familyOf(type) === 'attack')) && samePlace(e.place, p) && e.scope === (isAgg ? 'aggregate' : 'incident') && when(e) && samePeriod(e));
        // Drones downed at a place where an attack also hit: the attack happened, it was not only stopped.
        if (same?.subtype === 'interception' && t.subtype !== 'interception') Object.assign(same, { type, subtype: null }, codesFor(type, null));
        if (same) { fill(same, pc); if (claim && same.claim === null) same.claim = claims.indexOf(claim); continue; }
        const e: Event = {
          id: `${doc.id}:e${events.length}`,
          type: clauseType ?? type,
          subtype,
          actor: actorSide(st, t.trigger === 'combined' ? 'strikes' : t.trigger),
          place: p ? eventPlace(p) : null,
          date,
          killed: pc.killed,
          injured: pc.injured,
          children: pc.children,
          civilian: pc.civilian,
          scope: isAgg ? 'aggregate' : 'incident',
          quote: { start: s.start, end: s.end, text: raw },
          sentence: si,
          trigger: t.trigger,
          claim: claim ? claims.indexOf(claim) : null,
          ...(clauseType ? codesFor(clauseType, null) : codes),
        };
        if (type === 'talks' && date && doc.published && date.start > doc.published) e.status = 'planned';
        if (where.filter((w) => w.kind !== 'country').length > 1 && (pc.killed || pc.injured) && !ownToll) e.tollShared = true;
        if (pc.killed) killedHeads.set(e, pc.killedHeads);
        if (dates.length) dated.add(e);
        events.push(e);
        made.push(e);
      }
    }
    // "Clashes between the M23 and militias in Masisi killed 23 civilians", "an ambush killed four soldiers": a fight
    // told by its dead, named as civilians or soldiers, is one incident, told by whom it killed, not a battle besides.
    // (So is a town stormed to kill: "gunmen killed 12 people when they stormed the town of Magumeri".)
    const battles = made.filter((e) => e.type === 'ground_advance' && e.sentence === si
      && (!CAPTURE.test(e.trigger) || /^storm/i.test(e.trigger))
      && made.some((o) => o !== e && o.sentence === si && o.killed && samePlace(o.place, e.place)
        && ((familyOf(o.type) === 'attack' && (o.civilian || /^storm/i.test(e.trigger))) || o.subtype === 'military_casualties')));
    for (const b of battles) { events.splice(events.indexOf(b), 1); made.splice(made.indexOf(b), 1); }
    if (battles.length) events.forEach((e, i) => { e.id = `${doc.id}:e${i}`; });
    if (ownPlaces.length) lastPlaces = ownPlaces;
    if (made.length) lastEvents = made;
  }
  nameLaterSettlements(doc, events, places);
  for (const e of events) if (e.claim !== null) claims[e.claim].events.push(events.indexOf(e));
  return events;
}

/** "seized a strategic town near the provincial capital": a settlement the story has not named yet. */
const UNNAMED_SETTLEMENT = /\ba\s+(?:[\w-]+\s+){0,2}?(town|village|city|settlement|base|camp|hub)\b/i;
/** How many sentences on a lead's unnamed settlement may be named. */
const NAMED_WITHIN = 5;

/**
 * A lead that tells of "a strategic town" and a later sentence that names "the strategic town of Mweso": the
 * incident is at the town the story names, not at the country or region the lead could place it in.
 */
function nameLaterSettlements(doc: Document, events: Event[], places: Place[]): void {
  for (const e of events) {
    if (e.scope !== 'incident' || (e.place && e.place.kind !== 'country' && e.place.kind !== 'region')) continue;
    const m = UNNAMED_SETTLEMENT.exec(e.quote.text);
    if (!m) continue;
    const named = new RegExp(`\\bthe\\s+(?:[\\w-]+\\s+){0,2}?${m[1]}\\s+of\\s+$`, 'i');
    const p = places.find((q) => q.sentence > e.sentence && q.sentence - e.sentence <= NAMED_WITHIN && q.kind === 'city'
      && (!e.place || q.country === e.place.country)
      && named.test(doc.text.slice(Math.max(doc.sentences[q.sentence].start, q.span.start - 60), q.span.start)));
    if (p) e.place = eventPlace(p);
  }
}

/** A toll that states no one was hurt ("no casualties"): zero killed and zero (or no) injured. */
function isZeroToll(cas: ReturnType<typeof extractCasualties>): boolean {
  const zero = (c: typeof cas.killed) => !!c && c.min === 0 && !c.max && !c.text;
  return (zero(cas.killed) || zero(cas.injured)) && !((cas.killed && !zero(cas.killed)) || (cas.injured && !zero(cas.injured)));
}

/** A count with a number in it ("dozens of deaths" is vague: a pattern, not a toll). */
const hasNumber = (c: ReturnType<typeof extractCasualties>['killed']) => !!c && (c.min !== null || c.max !== null || /\d/.test(c.text ?? ''));

/** A sentence whose subject is the attack just told: "The attack took place near X", "The strike hit a bus in X". */
const ABOUT_THE_ATTACK = /^\W*(the|this|that)\s+([\w-]+\s+){0,2}(attack|strike|assault|raid|ambush|bombing|shelling)\b/i;

/** The trigger comes with a definite determiner ("the strike", "this attack"): it refers back. */
function definite(sentence: string, trigger: string): boolean {
  if (!trigger || trigger === 'combined') return false;
  const at = sentence.toLowerCase().indexOf(trigger.toLowerCase());
  if (at < 0) return false;
  const before = sentence.slice(Math.max(0, at - 30), at);
  // ("This horrific attack", "the same deadly strike": a word of description between.)
  // (Not "said that a drone hit": "that" there opens what was said.)
  const described = /\b(this|these|the)\s+(?!(?:a|an|one|two|three|several|some)\s)\p{Ll}[\p{L}-]*\s+$/iu.test(before);
  return ANAPHOR.test(before) || described || namedBefore(sentence, at);
}

/** "the Gorom-Gorom strike", "the Kramatorsk attack": an attack named by its place with "the", told before. */
const NAMED_BEFORE = /\b(the|this|that)\s+(\p{Lu}[\p{L}'’-]*\s+){1,2}$/u;
const namedBefore = (sentence: string, at: number) => at > 0 && NAMED_BEFORE.test(sentence.slice(Math.max(0, at - 40), at));
/** The trigger named by its place with "the" (see namedBefore). */
const namedDefinite = (sentence: string, trigger: string) => !!trigger && trigger !== 'combined'
  && namedBefore(sentence, sentence.toLowerCase().indexOf(trigger.toLowerCase()));

/** Two event places in the same area: the same first-level region, or one of them is only the country. */
function sameArea(a: Place | null, b: Place | null): boolean {
  if (!a || !b || a.country !== b.country) return false;
  return a.admin1 === b.admin1 || a.admin1 === null || b.admin1 === null;
}

/** The words that make a name a first-level unit ("Moscow Oblast" is the region around the city of Moscow). */
const UNIT_SUFFIX = /\s+(oblast|region|krai|province|governorate|state)$/i;

/** The same first-level region, or a capital that is a region of its own and the region named after it. */
function sameRegionOrCapital(a: Event['place'], b: Place): boolean {
  if (!a || a.country !== b.country || a.admin1 == null || b.admin1 == null) return false;
  return a.admin1 === b.admin1 || a.admin1.replace(UNIT_SUFFIX, '') === b.admin1.replace(UNIT_SUFFIX, '');
}

/** Days between two ranges (0 when they overlap; Infinity when either is unknown). */
function daysApart(a: DateRange | null, b: DateRange | null): number {
  if (!a || !b) return Infinity;
  return Math.max(0, toDay(a.start) - toDay(b.end), toDay(b.start) - toDay(a.end));
}

/** An attack told beside drones downed: the sentence is that attack's report (data/lexicon/events.json). */
const ATTACKED_TOO = new RegExp(LEX.attackedToo, 'i');

/** What an attack hit, when the sentence names it: two tellings that name the same target may be one attack. */
const TARGET = new RegExp(LEX.attackTargets, 'i');

/** How many days one round of talks may run: the same venue a day or two apart is one round. */
const TALKS_ROUND_DAYS = 2;
/** Within how many days two tellings of one claim of ground are one claim. */
const CLAIM_RETOLD_DAYS = 2;
/** Two ranges no more than `days` apart. */
function withinDays(a: DateRange | null, b: DateRange | null, days: number): boolean {
  if (!a || !b) return true;
  return toDay(a.start) - toDay(b.end) <= days && toDay(b.start) - toDay(a.end) <= days;
}

function overlapping(a: DateRange | null, b: DateRange | null): boolean {
  if (!a || !b) return true;
  return a.start <= b.end && b.start <= a.end;
}

/** Whom each event's toll counts, by head noun: a later sentence naming other people adds to it. */
const killedHeads = new WeakMap<Event, string[]>();

/**
 * Completes an event with a later sentence's counts. Killed are added up when the sentence names people the toll
 * has not counted ("Nine militants were also killed" after "six guards"), or says they are more ("another two
 * died later"); a generic restatement ("five people") is the same toll told again.
 */
function fill(e: Event, cas: ReturnType<typeof extractCasualties>): void {
  const had = killedHeads.get(e);
  // A toll stated as a total ("the death toll rose to five") names no one: later deaths are already in it.
  if (e.killed?.min != null && cas.killed?.min != null && had?.length && (cas.moreKilled || addsPeople(had, cas.killedHeads))) {
    e.killed = addCounts(e.killed, cas.killed);
    killedHeads.set(e, [...had, ...cas.killedHeads]);
  }
  if (!e.killed && cas.killed) killedHeads.set(e, cas.killedHeads);
  e.killed ??= cas.killed;
  e.injured ??= cas.injured;
  e.children ??= cas.children;
  e.civilian ??= cas.civilian;
}

function addsPeople(had: string[], heads: string[]): boolean {
  if (!heads.length || !had.length) return false;
  if (had.some((h) => GENERIC_HEADS.has(h)) || heads.some((h) => GENERIC_HEADS.has(h))) return false;
  return !heads.some((h) => had.includes(h));
}

/** An event's place: the resolved place and its mention, without where in the text it was found (written out: this runs per event). */
function eventPlace(p: Place): Event['place'] {
  return { name: p.name, geonameId: p.geonameId, lat: p.lat, lon: p.lon, country: p.country, admin1: p.admin1, admin1Code: p.admin1Code, admin1Acled: p.admin1Acled, kind: p.kind, precision: p.precision, mention: p.mention };
}
