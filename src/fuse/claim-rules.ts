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
}
const RULES = loadData<Rules>('fusion.json');
const GENERIC = new Set(RULES.genericNames.words);
const COUNTER = new RegExp(RULES.counterAccount.re, 'i');
const CONCEDES = new RegExp(RULES.attackConcession.re, 'i');
const NOT_A_SPEAKER = new RegExp(RULES.notASpeaker.re, 'i');

/** Proper names of a claim that can tie it to a place or front (not "Russia", "Sunday" or the speaker's own name). */
export function placeNames(content: string, claimant: string): Set<string> {
  const own = topicWords(claimant);
  return new Set([...topicWords(content)].filter((w) => !GENERIC.has(w) && !own.has(w)));
}

/** The attacked party's statement gives a conflicting account of the attack. */
export const counterAccount = (text: string): boolean => COUNTER.test(text);
/** The attacked party's statement concedes the attack did something. */
export const concedesAttack = (text: string): boolean => CONCEDES.test(text);
/** A verification's "by" that names no one ("The dispute over Marinovka follows a week of …"). */
export const namesNoOne = (by: string): boolean => NOT_A_SPEAKER.test(by.trim());
