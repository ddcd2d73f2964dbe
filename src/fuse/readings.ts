import type { Event } from '../extract/types.js';
import { loadData } from '../data.js';
import { familyOf } from '../extract/events.js';

/**
 * How fusion reads an extracted event before comparing it: whether its place is a place at all (a capital
 * named as its government is not), whether it happened or is only supposed ("If true, it would be …"),
 * and whether several places named together in one sentence are one development.
 */
interface Rules {
  metonymy: { capitals: string[]; re: string };
  hypothetical: { re: string };
  listedTogether: { families: string[] };
}
const RULES = loadData<Rules>('fusion.json');
/** Per capital: the pattern of it acting or speaking, and the pattern of it named as a place ("on Moscow", "in Moscow"). */
const CAPITALS = new Map(RULES.metonymy.capitals.map((c) => [c.toLowerCase(), {
  acts: new RegExp(RULES.metonymy.re.replace('{place}', c), 'i'),
  place: new RegExp(`\\b(?:on|in|at|near|over|around|outside|toward|towards)\\s+(?:the\\s+)?${c}\\b`, 'i'),
}]));
const HYPOTHETICAL = new RegExp(RULES.hypothetical.re, 'i');
const LISTED = new Set(RULES.listedTogether.families);

/** The event's place is a capital named as its government ("Moscow escalated strikes"), and nothing else places it. */
export function placedByMetonymy(e: Event): boolean {
  const p = e.place;
  if (!p || (p.kind !== 'city' && p.kind !== 'country')) return false;
  const c = CAPITALS.get(p.name.toLowerCase()) ?? CAPITALS.get(p.mention.toLowerCase());
  if (!c || !c.acts.test(e.quote.text)) return false;
  // Named as a place elsewhere in the sentence ("on Moscow", "in Moscow", "near Moscow"): a place after all.
  return !c.place.test(e.quote.text);
}

/** The sentence tells of the event only as a possibility. */
export const hypothetical = (e: Event): boolean => HYPOTHETICAL.test(e.quote.text);

/** Several places of this kind named in one sentence are one development. */
export const listedTogether = (e: Event): boolean => LISTED.has(familyOf(e.type));
