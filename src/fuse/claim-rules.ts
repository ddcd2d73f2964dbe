import { loadData } from '../data.js';
import { topicWords } from '../extract/refine/attach-verifications.js';

/**
 * Data-driven rules claim matching and status read (data/fusion.json): which names are too general to tie
 * two claims to one place, what counts as the attacked party conceding or contradicting an attack, and
 * which "speakers" are only a sentence's own noun phrase.
 */
interface Rules {
  genericNames: { words: string[] };
  counterAccount: { re: string };
  attackConcession: { re: string };
  notASpeaker: { re: string };
  frontPlace: { re: string };
  rebuttal: { re: string };
  territoryTalk: { re: string };
  backReference: { re: string };
}
const RULES = loadData<Rules>('fusion.json');
const GENERIC = new Set(RULES.genericNames.words);
const COUNTER = new RegExp(RULES.counterAccount.re, 'i');
const CONCEDES = new RegExp(RULES.attackConcession.re, 'i');
const NOT_A_SPEAKER = new RegExp(RULES.notASpeaker.re, 'i');
const FRONT = new RegExp(RULES.frontPlace.re, 'gu');
const REBUTS = new RegExp(RULES.rebuttal.re, 'i');
const TERRITORY_TALK = new RegExp(RULES.territoryTalk.re, 'i');
const BACK_REFERENCE = new RegExp(RULES.backReference.re, 'i');

/** Proper names of a statement that can tie it to a claim (not "Russia", "Sunday" or the speaker's own name). */
export function specificNames(text: string, speaker: string): Set<string> {
  const own = topicWords(speaker);
  return new Set([...topicWords(text)].filter((w) => !GENERIC.has(w) && !own.has(w)));
}

/** The places a territorial claim says ground was taken in or moved into, as keys ("dnipropetrovsk", "zelenyi kut"). */
export function frontPlaces(content: string): Set<string> {
  const out = new Set<string>();
  FRONT.lastIndex = 0;
  for (let m = FRONT.exec(content); m; m = FRONT.exec(content)) {
    const name = m[1].replace(/['’]s$/, '').toLowerCase();
    if (!GENERIC.has(name) && !GENERIC.has(name.split(' ')[0])) out.add(name.replace(/\s+(region|oblast|province)$/, ''));
  }
  return out;
}

/**
 * The fronts a claim names: from what it asserts, or, when extraction cut that short ("It is the first time
 * since … that"), from its whole sentence. Fusion and the store's search for affected claims both use it.
 */
export function claimFronts(content: string, quote: string): { places: Set<string>; ground: boolean } {
  const own = frontPlaces(content);
  const text = own.size ? content : quote;
  return { places: own.size ? own : frontPlaces(quote), ground: talksOfGround(text) };
}

/**
 * The fronts by which a claim can join its side's claims of ground (fuseClaims' rule: it asserts a territorial
 * incident, or asserts none and speaks of ground); none for a claim that asserts only other incidents and does not
 * speak of ground. A superset of what fusion joins by (a claim's incident may be left out of fusion), so the
 * store's search for the claims a new one can join on a front reads only these.
 */
export function groundFronts(content: string, quote: string, eventFamilies: string[]): Set<string> {
  const fronts = claimFronts(content, quote);
  return fronts.ground || eventFamilies.includes('territory') ? fronts.places : new Set();
}

/** A claim that speaks of ground (troops, positions, an advance), for claims extraction tied to no incident. */
export const talksOfGround = (text: string): boolean => TERRITORY_TALK.test(text);

/** A claim that goes on about what the previous sentence named ("a large fire broke out at the depot"). */
export const refersBack = (text: string): boolean => BACK_REFERENCE.test(text);

/** A party's account that the other side's advance failed. */
export const rebutsAdvance = (text: string): boolean => REBUTS.test(text);

/** The attacked party's statement gives a conflicting account of the attack. */
export const counterAccount = (text: string): boolean => COUNTER.test(text);
/** The attacked party's statement concedes the attack did something. */
export const concedesAttack = (text: string): boolean => CONCEDES.test(text);
/** A verification's "by" that names no one ("The dispute over Marinovka follows a week of …"). */
export const namesNoOne = (by: string): boolean => NOT_A_SPEAKER.test(by.trim());
