import type { Document } from '../../document/types.js';
import type { Analysis, Claim, Event, Place } from '../types.js';
import { loadData } from '../../data.js';
import { SHARED_OUTCOME } from '../verification.js';
import { countsIn, sameClaimant } from './attach-verifications.js';
import { familyOf } from '../events.js';
import { opposingClaims } from './opposing-claims.js';
import { extractCasualties, RUNNING_TOTAL } from '../casualties.js';
import { numberWord } from '../victim-groups.js';
import { actors } from '../../resolve/actors.js';
import { bmp } from '../bmp.js';
import { Gated } from '../gate.js';

/**
 * Verification as reasoning across the document: two claims about the same event from different parties either
 * agree (the other side, or an independent witness, says the same thing happened: confirmed) or conflict (one says
 * a place was captured, the other that it is still held; twelve dead against eleven: disputed). Only claims whose
 * status no statement has set are changed, and each change records the claim it rests on.
 */
interface Lexicon {
  civilianIdentity: string;
  holding: string;
  territory: string;
  civilianTarget: string;
  militaryTarget: string;
  attack: string;
  threat: string;
  cover: string;
  blame: string;
  contrast: string;
  talks: string;
}
const LEX = loadData<Lexicon>('lexicon/cross-claims.json');
/** "still in our hands", "back under Ukrainian control", "repelled": a place kept, against a claim it was taken. */
const HOLDING = new RegExp(LEX.holding, 'i');
const TERRITORY = new RegExp(LEX.territory, 'i');
const ATTACK = new RegExp(LEX.attack, 'i');
const THREAT = new RegExp(LEX.threat, 'i');
const CIVILIAN_TARGET = new RegExp(LEX.civilianTarget, 'i');
const MILITARY_TARGET = new RegExp(LEX.militaryTarget, 'i');
/** "a command centre embedded in the school", "steps to mitigate harm to civilians": cover and care, not the target. */
const COVER = new RegExp(LEX.cover, 'gi');
/** What a claim says was hit: 'civilian', 'military', both or neither (null). */
function targetOf(quote: string): 'civilian' | 'military' | null {
  const m0 = MILITARY_TARGET.test(quote);
  const c = CIVILIAN_TARGET.test(m0 ? quote.replace(COVER, ' ') : quote);
  return c === m0 ? null : c ? 'civilian' : 'military';
}

/** Victims told as civilians by who they were: "was a shopkeeper", "had no links to the group", "only traders there". */
const CIVILIAN_IDENTITY = new Gated(new RegExp(LEX.civilianIdentity, 'i'));
/** How many sentences apart an account of who was hit answers another. */
const IDENTITY_REACH = 2;

/** Words of blame or cause: "blamed", "accusing", "caused by", "cut the line themselves". */
const BLAME = new RegExp(LEX.blame, 'i');
const CONTRAST = new RegExp(LEX.contrast, 'i');
/** How many sentences apart the two sides' announcements of one exchange may be. */
const SWAP_REACH = 6;
/** The figures of an account of ten or more, in digits (a count of prisoners or bodies, not "two sides"). */
const countsOf = (t: string) => countsIn(t).filter((n) => n.length > 1);
/** A digest of headlines: "Key events: …; …; …", or three items or more set apart by semicolons. */
const DIGEST = /^\W*(key\s+(events|developments|points)|what\s+we\s+know|in\s+brief|at\s+a\s+glance)\s*:|;[^;]+;[^;]+;/i;
/** "instead" after a verb ("said instead that"), a word of contrast that may turn a speaker's own account: not read. */
const RATHER = /\binstead\b/i;
/** Kinds of matter two accounts may be of: talks, ground held or taken, an attack. */
// (Two tolls set side by side are compared by their counts, above.)
const MATTERS = [new RegExp(LEX.talks, 'i'), new RegExp(`${LEX.territory}|${LEX.holding}`, 'i'), new RegExp(LEX.attack, 'i')];
/** The words without quotation marks: 'still "holding the settlement"' reads as still holding. */
const unquoted = (s: string) => s.replace(/\s["“”]|["“”](?=\s)/g, ' ');
/** A capitalised word; a hyphenated one by its first part ("Russian-installed" is "Russian"). */
const NAME_WORD = bmp(/\p{Lu}[\p{L}’']*/gu);

/** Who a claim says did it: the sides of the war its words name ("Ukrainian shelling", "Kyiv", "Russian forces"),
 * and the places they name, outside the speaker's name. */
interface Accusation { sides: Set<string>; places: Set<string> }

function accusationOf(c: Claim, text: string, places: Place[]): Accusation {
  // "An explosion hit the depot, officials said, accusing Kyiv of a strike": what follows a speaker who comes after
  // the content is said too.
  const spans = [c.content];
  if (c.claimant.span.start >= c.content.end && c.claimant.span.end < c.quote.end) spans.push({ start: c.claimant.span.end, end: c.quote.end });
  const reg = actors();
  const sides = new Set<string>();
  const named = new Set<string>();
  for (const sp of spans) {
    for (const m of text.slice(sp.start, sp.end).matchAll(NAME_WORD)) {
      const side = reg.exact(m[0])?.side;
      if (side && side !== 'neutral') sides.add(side);
    }
    for (const p of places) {
      if (p.span.start >= sp.start && p.span.end <= sp.end && p.kind !== 'country' && p.kind !== 'region') named.add(p.name);
    }
  }
  return { sides, places: named };
}

/** killed: a plain count; atLeast: the floor of "at least 12", which another plain count conflicts with. */
type Topic = { family: 'territory' | 'attack'; place: string; killed: number | null; atLeast?: number | null };

/** The family of an event's type, from data/event-types.json; only attacks and territory are compared here. */
const topicFamily = (e: Event): Topic['family'] | null => {
  const f = familyOf(e.type);
  return f === 'attack' || f === 'territory' ? f : null;
};

/** What a claim asserts: the events it carries, else the events and places of its sentence. */
function topicsOf(c: Claim, events: Event[], places: Place[], text: string): Topic[] {
  const own = c.events.map((i) => events[i]).filter(Boolean);
  const quote = unquoted(text.slice(c.quote.start, c.quote.end));
  // An event told again merges into its first telling: a claim that speaks of taking or holding a place it names,
  // or of an attack on it, is about that capture or that attack.
  const speaksOf = new Set<Topic['family']>();
  if (TERRITORY.test(quote) || HOLDING.test(quote)) speaksOf.add('territory');
  // ("Israel would strike anywhere in Lebanon": a threat tells of no attack that happened.)
  if (ATTACK.test(quote) && !THREAT.test(quote)) speaksOf.add('attack');
  // (Not a capital that is the speaker: "Moscow has denied targeting civilians" speaks of no attack on Moscow; "residents
  // of Mweso said" do speak of Mweso.)
  const inSpeaker = (p: Place) => p.span.start >= c.claimant.span.start && p.span.end <= c.claimant.span.end
    && !!actors().exact(p.mention);
  // (A quotation of several sentences names its places in any of them: '"Luvungi is in our hands. The enemy was pushed
  // back," the spokesman said'.)
  const inQuote = (p: Place) => p.sentence === c.sentence || (p.span.start >= c.quote.start && p.span.end <= c.quote.end);
  const named = new Set(places.filter((p) => inQuote(p) && p.kind !== 'country' && p.kind !== 'region' && !inSpeaker(p))
    .map((p) => p.name));
  const here = own.length ? own : events.filter((e) => e.sentence === c.sentence
    || (e.place && speaksOf.has(topicFamily(e)!) && named.has(e.place.name)));
  const out: Topic[] = [];
  for (const e of here) {
    const family = topicFamily(e);
    if (!family || !e.place || e.place.kind === 'country' || e.scope !== 'incident') continue;
    // A battle reported is no claim about who holds the ground: only taking or holding words make one.
    if (family === 'territory' && !TERRITORY.test(quote) && !HOLDING.test(quote)) continue;
    // Two floors cannot conflict: "at least 10" and "at least 1" may both be true; a floor and another plain count do.
    const exact = e.killed && e.killed.min !== null && !e.killed.text ? e.killed.min : null;
    const atLeast = e.killed && e.killed.min !== null && e.killed.max === null && AT_LEAST.test(e.killed.text ?? '') ? e.killed.min : null;
    // A place taken or held is one question whatever day each side spoke; an attack is one incident on one day.
    const key = family === 'territory' ? placeKey(e.place) : `${placeKey(e.place)}@${e.date?.start ?? ''}`;
    out.push({ family, place: key, killed: exact, atLeast });
  }
  // A denial or a holding statement often has no event of its own ("the village remains in our hands").
  // (So does a claim of ground with no incident read: "the M23 announced that its fighters had entered Luvungi"; not
  // an attack, nor "the occupiers".)
  const content = text.slice(c.content.start, c.content.end);
  const ground = !out.length && !HOLDING.test(quote) ? TERRITORY.exec(content) : null;
  const taken = !!ground && !/^occup(iers?|ation|ants?)\b/i.test(ground[0]) && !ATTACK.test(content);
  if (!out.length && (HOLDING.test(quote) || taken)) {
    // ("In Sumy region, the administration said troops were pushed back from the village": the one place named by its
    // kind, not the region the sentence opens with.)
    const byKind = ONE_PLACE.test(content);
    for (const p of places) {
      if (p.sentence === c.sentence && p.kind !== 'country' && !(byKind && p.kind === 'region')) {
        out.push({ family: 'territory', place: placeKey(p), killed: null });
      }
    }
  }
  return out;
}

/** A toll told as a toll ("put the death toll at 52", "gave a toll of 11 dead"), not a subset ("of the 47 dead, 11"). */
// ("Local authorities put the number at three", "put the number of gunmen killed at two": a number put at a figure is a toll too.)
/** A number put at a figure: "put the number at", "the number of gunmen killed at" (not "the number of injured"). */
const NUMBER_PUT = String.raw`(?:number|count)\s+(?:of\s+(?!(?:[\w-]+\s+){0,2}(?:injured|wounded|hurt))(?:[\w-]+\s+){1,3}?)?(?:at|to|stood\s+at|rose\s+to)`;
const TOLL_WORD = new RegExp(String.raw`\b(?:toll|figure|${NUMBER_PUT})\b`, 'i');
/** "killed in the strike", "died in the attack": the attack already told, named with "the". */
const THE_ATTACK = new RegExp(String.raw`\b(in|by|during|from)\s+the\s+`
  + String.raw`(air\s?strike|strike|attack|raid|bombing|shelling|explosion|blast|assault|ambush)\b`, 'i');
/** How many sentences back a bare toll looks for the attack it counts. */
const TOLL_REACH = 4;

/** The weapon an account names ("drone", "shell", "air strikes"), by the event lexicon's mode words; null for none. */
const MODES = Object.entries(loadData<{ modeWords: Record<string, string> }>('lexicon/events.json').modeWords)
  .map(([mode, re]) => [mode, new RegExp(re, 'i')] as const);
export const modeOf = (s: string): string | null => MODES.find(([, re]) => re.test(s))?.[0] ?? null;

/** One place named by its kind ("the camp", "the town"), not "either village" or "the two towns". */
const ONE_PLACE = /\b(the|this|that)\s+(camp|town|city|village|base|settlement|airport|district|neighbou?rhood|area|township|county|locality|hromada)\b/i;

/** A toll named as such: "bringing the toll to 11", "put the toll at nine", "a toll of 61". */
const NAMED_TOLL = new RegExp(String.raw`\btoll\s+(?:to|at|of|stood\s+at|rose\s+to|was|is|had\s+reached|reached)\s+(\d[\d,]*|[a-z]+)\b|\b${NUMBER_PUT}\s+(\d[\d,]*|[a-z]+)\b`, 'i');
/** "at least 12", "more than 40": a floor, not a count. */
const AT_LEAST = /\b(at\s+least|more\s+than|over|no\s+fewer\s+than)\b/i;
/**
 * A plain count against another account of the same attack: another count, or another number than its floor ("nine"
 * or "17" against "at least 15": a reporter sets two such figures side by side as two accounts of the toll).
 */
const tollsConflict = (t: Topic, count: number) => (t.killed !== null && t.killed !== count) || (t.atLeast != null && count !== t.atLeast);

/** A count told as a change of an earlier one: "raised the toll to", "has risen to", "bringing the toll to". */
const UPDATE = /\b(rais(ed|es|ing)|revis(ed|es|ing)|updat(ed|es|ing)|(has|had|have)\s+(since\s+)?(risen|climbed|increased|grown)|(rose|climbed|increased|jumped)\s+to|later\s+put|bring(ing|s)?\s+the\s+(death\s+)?toll\s+to)\b/i;

/** How many sentences apart two sources' counts of one toll may be told. */
const COUNT_REACH = 2;
/** Deaths added to a toll already told: "a third victim", "later died of his wounds", "another man died". */
const LATER_DEATHS = new RegExp(String.raw`\b(a\s+(second|third|fourth|fifth)\s+(victim|person|man|woman|child|civilian)`
  + String.raw`|(later|subsequently)\s+died|died\s+(later|of|from)\s+(his|her|their)\s+(wounds|injuries)`
  + String.raw`|succumbed)\b`, 'i');
/** A count told as of another incident: "in a separate attack", "elsewhere", "another strike". */
const ANOTHER_INCIDENT =
  /\b(separate(ly)?|elsewhere|another|other\s+(attacks?|strikes?|incidents?)|earlier|last\s+(week|month))\b/i;
/** A part of a toll, or a toll of many incidents: no count of one incident's whole toll. */
// ("Ukraine received the bodies of 1,000 people … Russia received 24": bodies handed over are no toll of an incident.)
// ("The clinic said two nurses were also killed", "Those killed included two officers": a breakdown of the toll.)
// (A running total, "since", "so far", "in total", is RUNNING_TOTAL's, read beside it.)
const NOT_WHOLE_TOLL = new RegExp(String.raw`\b(among|of)\s+(the|those)\s+(dead|killed|injured|wounded|victims)\b|\balso\b`
  + String.raw`|\b(this\s+(year|month|week)|included)\b`
  + String.raw`|\b(received|returned|repatriated|handed\s+over|exchanged|swapped|transferred)\b`, 'i');
/** The counts of dead and hurt a claim gives, each a plain number or a floor ("at least 12"); null where it gives none. */
type Toll = Record<'killed' | 'injured', { n: number; floor: boolean } | null>;
function tollOf(content: string): Toll {
  const none = { killed: null, injured: null };
  if (NOT_WHOLE_TOLL.test(content) || RUNNING_TOTAL.test(content)) return none;
  const cas = extractCasualties(content);
  const one = (c: typeof cas.killed) => {
    if (!c || c.min === null || c.max !== null || c.min === 0) return null;
    if (!c.text) return { n: c.min, floor: false };
    return AT_LEAST.test(c.text) ? { n: c.min, floor: true } : null;
  };
  return { killed: one(cas.killed), injured: one(cas.injured) };
}

/** How many sentences back an answer with no place of its own looks for the attack it answers. */
const ANSWER_REACH = 2;

const placeKey = (p: { name: string; country: string | null }) => `${p.country}:${p.name}`;

/** Different parties: different sides, or a named speaker with no side (residents, witnesses) beside another. */
function differentParties(a: Claim, b: Claim): boolean {
  if (sameClaimant(a, b)) return false;
  const sa = a.claimant.actor?.side ?? null;
  const sb = b.claimant.actor?.side ?? null;
  if (sa && sb) return sa !== sb;
  return true;
}


export function reasonAcrossClaims(doc: Document, analysis: Pick<Analysis, 'claims' | 'events' | 'places'> & Partial<Pick<Analysis, 'verifications'>>): void {
  const { claims, events, places } = analysis;
  const statements = analysis.verifications ?? [];
  // "The army confirmed the attack but put the toll at nine": a confirmation only by the party whose own count conflicts.
  const confirmedOnlyBy = (c: Claim, other: Claim) => c.verification.status === 'confirmed' && c.verification.statements
    .every((i) => statements[i]?.stance !== 'confirms' || statements[i].sentence === other.sentence);
  const text = doc.text;
  // ("Key events: strike on Kyiv; Odesa ward damaged; Russia claims Chasiv Yar": a digest of headlines speaks of
  // several incidents at once, and bears none out.)
  const topics = claims.map((c) => (DIGEST.test(text.slice(c.quote.start, c.quote.end)) ? [] : topicsOf(c, events, places, text)));
  const holds = claims.map((c) => HOLDING.test(unquoted(text.slice(c.quote.start, c.quote.end))));
  const targets = claims.map((c) => targetOf(text.slice(c.quote.start, c.quote.end)));
  // "Our troops are still in the town", "no acknowledgement of either village falling": a holding statement that
  // names no place speaks of the place the other side claims, when the document's capture claims name one or two.
  // ("The camp remained under army control": one place named by its kind is the one claimed last before it.)
  claims.forEach((c, k) => {
    if (!holds[k] || topics[k].length) return;
    const claimedBy = (o: Claim, m: number) => (m !== k && !holds[m] && differentParties(c, o) ? topics[m] : [])
      .filter((t) => t.family === 'territory');
    const last = ONE_PLACE.test(text.slice(c.content.start, c.content.end)) ? claims.slice(0, k).flatMap(claimedBy).pop() : undefined;
    if (last) { topics[k] = [last]; return; }
    const claimed = claims.flatMap(claimedBy);
    if (claimed.length && new Set(claimed.map((t) => t.place)).size <= 2) topics[k] = claimed;
  });
  // "A local militia leader said the death toll was 21": a bare toll with no place of its own is a count of the
  // attack just told by another party (within a few sentences), and may conflict with that party's count.
  claims.forEach((c, k) => {
    // ("The NNA put the toll at three, saying a passer-by had also been killed": the figure is before the participle.)
    const told = c.rule === 'participle-subject' ? { start: c.claimant.span.end, end: c.quote.end } : c.content;
    // (A toll that names a place of its own is compared by its own events.)
    if (places.some((p) => p.span.start >= told.start && p.span.end <= told.end)) return;
    const content = text.slice(told.start, told.end);
    // ("Ukrainian officials, however, said nine people died": a count set against the account before is a toll too.)
    const contrasted = CONTRAST.test(text.slice(c.quote.start, told.start));
    // ("The junta said eight people were killed in the strike": a count of the attack named with "the" is its toll too.)
    if (!(TOLL_WORD.test(content) || contrasted || THE_ATTACK.test(content)) || RUNNING_TOTAL.test(content)) return;
    // ("…two of the injured died, bringing the toll to 11": the toll named as a toll is the count.)
    const named = NAMED_TOLL.exec(content);
    const figure = named ? named[1] ?? named[2] : null;
    const count = figure ? (/^\d/.test(figure) ? Number(figure.replace(/,/g, '')) : numberWord(figure.toLowerCase())) : null;
    const killed = count !== null ? { min: count, max: null, text: undefined } : extractCasualties(content).killed;
    if (!killed || killed.min === null || killed.text) return;
    // (Claims are in text order: the scan back stops at the first one out of reach.)
    let attack: Topic | undefined;
    for (let m = k - 1; m >= 0 && !attack && c.sentence - claims[m].sentence <= TOLL_REACH; m--) {
      if (!sameClaimant(c, claims[m])) attack = topics[m].find((t) => t.family === 'attack' && (t.killed !== null || t.atLeast != null));
    }
    // "A drone strike on a car between Bint Jbeil and Aynata killed two, the ministry said. The NNA put the toll at
    // three": with no place the index knows, the attack is the other party's account just before, told with a plain
    // toll of its own.
    const before = claims[k - 1];
    // (Only between two accounts no statement has spoken of yet.)
    const fresh = (x: Claim) => x.verification.status === 'unstated';
    if (!attack && before && c.sentence - before.sentence <= 1 && !sameClaimant(c, before) && !topics[k - 1].length
      && fresh(c) && fresh(before)) {
      const account = text.slice(before.content.start, before.content.end);
      const toll = ATTACK.test(account) && !RUNNING_TOTAL.test(account) ? extractCasualties(account).killed : null;
      if (toll && toll.min !== null && !toll.text) {
        attack = { family: 'attack', place: `told:${before.sentence}`, killed: toll.min };
        if (tollsConflict(attack, killed.min)) topics[k - 1] = [attack];
      }
    }
    if (!attack) return;
    // (Only a different count says anything: the same number from another party may count another attack.)
    if (tollsConflict(attack, killed.min)) topics[k] = [{ family: 'attack', place: attack.place, killed: killed.min }];
  });
  // "Drone fire killed three Palestinians, the Civil Defence said. The military said troops had targeted terrorists":
  // a party of the war telling, with no place of its own, of an attack on a target of the other kind a sentence or
  // two after another party's account of one answers that attack, and conflicts with it.
  claims.forEach((c, k) => {
    const side = c.claimant.actor?.side ?? null;
    if (topics[k].length || targets[k] === null || !side || side === 'neutral') return;
    if (!ATTACK.test(text.slice(c.content.start, c.content.end))) return;
    // (The other party's account just before it, and only that: "air strikes on the attackers" after "killed by a
    // shell" is another attack.)
    for (let m = k - 1; m >= 0 && c.sentence - claims[m].sentence <= ANSWER_REACH; m--) {
      if ((claims[m].claimant.actor?.side ?? null) === side) continue;
      const attack = topics[m].find((t) => t.family === 'attack');
      const [ma, mb] = [modeOf(text.slice(claims[m].quote.start, claims[m].quote.end)), modeOf(text.slice(c.quote.start, c.quote.end))];
      if (attack && targets[m] !== null && targets[m] !== targets[k] && !(ma && mb && ma !== mb)) topics[k] = [{ ...attack, killed: null }];
      return;
    }
  });
  const next = claims.map((c) => c.verification.status);
  const basis = claims.map(() => [] as { claim: number; relation: 'agrees' | 'conflicts' }[]);
  for (let i = 0; i < claims.length; i++) {
    for (let j = i + 1; j < claims.length; j++) {
      // Two officials of one side are two sources: their tolls can conflict (twelve dead against eleven), though
      // nothing else they say can dispute or confirm each other.
      const parties = differentParties(claims[i], claims[j]);
      if (!parties && sameClaimant(claims[i], claims[j])) continue;
      for (const ta of topics[i]) {
        const tb = topics[j].find((t) => t.family === ta.family && t.place === ta.place);
        if (!tb) continue;
        // ("By evening the governor had raised the toll to three": a later count of one side is an update, not a conflict.)
        const updated = UPDATE.test(text.slice(claims[j].quote.start, claims[j].quote.end)) && !opposingClaims(claims[i], claims[j]);
        const tolls = ta.family === 'attack' && !updated
          && ((tb.killed !== null && tollsConflict(ta, tb.killed)) || (ta.killed !== null && tollsConflict(tb, ta.killed)));
        if (!parties && !tolls) continue;
        const conflict = ta.family === 'territory'
          ? holds[i] !== holds[j]
          : tolls || (targets[i] !== null && targets[j] !== null && targets[i] !== targets[j]);
        const relation = conflict ? 'conflicts' : 'agrees';
        // Two reports of one attack agreeing confirm it only when they come from opposing sides (the attacked and the
        // attacker): two officials of one side, or a witness beside an official, are the same account told twice.
        if (relation === 'agrees' && ta.family === 'attack' && !opposingClaims(claims[i], claims[j])) break;
        for (const [k, other] of [[i, j], [j, i]] as const) {
          // A conflicting account outweighs "could not be verified"; nothing outweighs a statement that settles it.
          const open = claims[k].verification.status === 'unstated' || (relation === 'conflicts' && (claims[k].verification.status === 'unverified'
            || confirmedOnlyBy(claims[k], claims[other])));
          if (!open) continue;
          // Agreement confirms only what the claim asserts as news, not a holding statement repeated.
          if (relation === 'agrees' && holds[k]) continue;
          next[k] = relation === 'conflicts' ? 'disputed' : next[k] === 'disputed' ? 'disputed' : 'confirmed';
          basis[k].push({ claim: other, relation });
        }
        break;
      }
    }
  }
  // "Officials blamed Ukrainian shelling for the outage; Kyiv said Russian forces had cut the line themselves": each of
  // two opposing parties, a sentence apart, names the other as the doer, and one speaks of blame or cause. Two accounts
  // of who did one thing (not two attacks told side by side: their places differ, or nobody blames).
  const accusations = claims.map((c) => accusationOf(c, text, places));
  for (let i = 0; i < claims.length; i++) {
    for (let j = i + 1; j < claims.length && claims[j].sentence - claims[i].sentence <= 1; j++) {
      if (!opposingClaims(claims[i], claims[j])) continue;
      const [si, sj] = [claims[i].claimant.actor!.side, claims[j].claimant.actor!.side];
      const [a, b] = [accusations[i], accusations[j]];
      if (!a.sides.has(sj) || a.sides.has(si) || !b.sides.has(si) || b.sides.has(sj)) continue;
      const quoted = (c: Claim) => text.slice(c.quote.start, c.quote.end);
      if (!BLAME.test(quoted(claims[i])) && !BLAME.test(quoted(claims[j]))) continue;
      if (a.places.size && b.places.size && ![...a.places].some((p) => b.places.has(p))) continue;
      for (const [k, other] of [[i, j], [j, i]] as const) {
        const st = claims[k].verification.status;
        if (st !== 'unstated' && st !== 'unverified') continue;
        next[k] = 'disputed';
        basis[k].push({ claim: other, relation: 'conflicts' });
      }
    }
  }
  // "Witkoff said the next round would be in Geneva. Peskov, however, said no venue had been agreed": an account set
  // against the one just before it ("however", "by contrast", in its attribution) by another party, on the same
  // kind of matter (talks, ground, an attack), is a conflicting account: the one it is set against is disputed (the
  // second is the answer, as a denial's speaker is not denied).
  claims.forEach((c, k) => {
    const before = claims[k - 1];
    if (!before || c.sentence - before.sentence > 1 || !differentParties(c, before) || sameClaimant(c, before)) return;
    const attribution = text.slice(doc.sentences[c.sentence].start, c.content.start);
    if (!CONTRAST.test(attribution) || RATHER.test(attribution)) return;
    const [a, b] = [text.slice(before.content.start, before.content.end), text.slice(c.content.start, c.content.end)];
    if (!MATTERS.some((re) => re.test(a) && re.test(b))) return;
    if (next[k - 1] !== 'unstated' && next[k - 1] !== 'unverified') return;
    next[k - 1] = 'disputed';
    basis[k - 1].push({ claim: k, relation: 'conflicts' });
  });
  // "Tkachenko said seven people had been injured. Klitschko put the number of injured at nine": two sources, a sentence
  // apart in one paragraph, each giving a count of the same kind (dead, or hurt) with no place apart from the other's,
  // are two accounts of one toll; different figures dispute each other. (Not a count raised, "later rose to nine"; not
  // a part, "two children were among them"; not a running total.)
  // (Each read only when a pair may need it: most claims have no other party's claim within reach.)
  const tolls: (Toll | undefined)[] = [];
  const tollAt = (k: number) => (tolls[k] ??= tollOf(text.slice(claims[k].content.start, claims[k].content.end)));
  // (A count with no place of its own counts the incident of the sentence before: "A drone hit a bus in Kherson. The
  // governor said four were wounded".)
  const namedIn = (from: number, to: number) => new Set(places.filter((p) => p.span.start >= from && p.span.end <= to
    && p.kind !== 'country').map((p) => p.name));
  const placeSets: (Set<string> | undefined)[] = [];
  const placesOf = (k: number) => (placeSets[k] ??= (() => {
    const c = claims[k];
    const own = namedIn(c.content.start, c.content.end);
    const before = doc.sentences[c.sentence - 1];
    return own.size || !before ? own : namedIn(before.start, before.end);
  })());
  for (let k = 1; k < claims.length; k++) {
    const b = claims[k];
    for (let i = k - 1; i >= 0 && b.sentence - claims[i].sentence <= COUNT_REACH; i--) {
      const a = claims[i];
      if (sameClaimant(a, b) || ANOTHER_INCIDENT.test(text.slice(b.quote.start, b.quote.end))) continue;
      if (UPDATE.test(text.slice(b.quote.start, b.quote.end)) && !opposingClaims(a, b)) continue;
      const [ca, cb] = [tollAt(i), tollAt(k)];
      if (!(ca.killed && cb.killed) && !(ca.injured && cb.injured)) continue;
      const [pa, pb] = [placesOf(i), placesOf(k)];
      if (pa.size && pb.size && ![...pa].some((p) => pb.has(p))) continue;
      // ("A man and a woman were killed … Prosecutors said a third victim had died of his wounds": a lead's toll of three
      // counts a death told after.)
      const grew = LATER_DEATHS.test(text.slice(doc.sentences[a.sentence].start, doc.sentences[Math.min(b.sentence + 1,
        doc.sentences.length - 1)].end));
      const conflict = (['killed', 'injured'] as const).some((kind) => {
        if (kind === 'killed' && grew) return false;
        const [x, y] = [ca[kind], cb[kind]];
        // (Stricter than tollsConflict, which compares the counts of one event: two counts joined only by being told
        // near each other conflict only when they cannot both be true, a floor against a lower count, not a higher one.)
        return !!x && !!y && (x.floor ? !y.floor && y.n < x.n : y.floor ? x.n < y.n : x.n !== y.n);
      });
      if (!conflict) continue;
      for (const [m, other] of [[i, k], [k, i]] as const) {
        if (next[m] !== 'unstated' && next[m] !== 'unverified') continue;
        next[m] = 'disputed';
        basis[m].push({ claim: other, relation: 'conflicts' });
      }
    }
  }
  // "The military said it had eliminated a terrorist cell. A relative said the driver was a shopkeeper with no links to
  // any group": who was hit, told by one party as fighters and by another as civilians a sentence or two apart, are two
  // accounts of one strike (the second need name no attack: it answers the first).
  const civilianSaid = claims.map((c) => CIVILIAN_IDENTITY.test(text.slice(c.content.start, c.content.end)));
  for (let k = 0; k < claims.length; k++) {
    if (!civilianSaid[k]) continue;
    for (let m = 0; m < claims.length; m++) {
      const [a, b] = [claims[m], claims[k]];
      if (m === k || Math.abs(a.sentence - b.sentence) > IDENTITY_REACH || targets[m] !== 'military' || sameClaimant(a, b)) continue;
      const side = a.claimant.actor?.side ?? null;
      if (!side || side === 'neutral' || side === (b.claimant.actor?.side ?? null)) continue;
      for (const [x, other] of [[m, k], [k, m]] as const) {
        if (next[x] !== 'unstated' && next[x] !== 'unverified') continue;
        next[x] = 'disputed';
        basis[x].push({ claim: other, relation: 'conflicts' });
      }
    }
  }
  // "Zelenskyy said 185 soldiers had come home. Russia's defence ministry said 185 servicemen had been returned":
  // the two sides each announcing one exchange or handover, with the same figure, in their own words, bear each
  // other out. (One of the two may give only the figure: '"185 soldiers, sergeants and officers," Zelenskyy wrote'.)
  const figures = claims.map((c) => new Set(countsOf(text.slice(c.quote.start, c.quote.end))));
  const shared = claims.map((c) => SHARED_OUTCOME.test(text.slice(c.quote.start, c.quote.end)));
  for (let i = 0; i < claims.length; i++) {
    if (!figures[i].size) continue;
    for (let j = i + 1; j < claims.length && claims[j].sentence - claims[i].sentence <= SWAP_REACH; j++) {
      if (!(shared[i] || shared[j]) || !opposingClaims(claims[i], claims[j])) continue;
      if (![...figures[j]].some((n) => figures[i].has(n))) continue;
      for (const [k, other] of [[i, j], [j, i]] as const) {
        if (next[k] !== 'unstated') continue;
        next[k] = 'confirmed';
        basis[k].push({ claim: other, relation: 'agrees' });
      }
    }
  }
  claims.forEach((c, k) => {
    if (next[k] === c.verification.status) return;
    c.verification.status = next[k];
    c.verification.basis = basis[k];
  });
}
