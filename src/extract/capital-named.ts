import { gazetteer } from '../resolve/gazetteer/gazetteer.js';
import { countryTable } from '../resolve/gazetteer/geo-data.js';
import type { Place } from './types.js';

/** "in the north of the capital", "the Yemeni capital": the capital by its role, not as "the capital of X". */
const THE_CAPITAL = /\bthe\s+(?:[\p{Lu}][\p{L}-]+\s+)?capital\b(?!\s+(?:of|city\s+of)\b)(?!\s*,?\s+\p{Lu})/u;

let capitals: Map<string, string | null | undefined> | null = null;

/**
 * The capital a sentence speaks of by its role ("a strike hit a power station in the north of the capital"), as the
 * place the document already names for it (so the event keeps a span of the text): the capital of the country the
 * story is about. Null when the sentence names no capital that way, or the document never names that city.
 */
export function capitalNamed(sentence: string, places: Place[], country: string | null): Place | null {
  if (!THE_CAPITAL.test(sentence)) return null;
  // ("after Moscow Mayor Sergei Sobyanin said drones flying towards the capital were downed": a capital the sentence
  // itself names is the one it speaks of, whatever country the story is about.)
  const named = places.find((p) => p.kind === 'city' && p.country && sentence.includes(p.mention)
    && capitalOf(p.country, [p]) === p);
  if (named) return named;
  return country ? capitalOf(country, places) : null;
}

/** The capital of a country as the document names it somewhere ("Somalia's capital" → its Mogadishu), else null. */
export function capitalOf(country: string, places: Place[]): Place | null {
  capitals ??= new Map(countryTable().map((c) => [c.code, c.capital]));
  const name = capitals.get(country);
  if (!name) return null;
  const seat = gazetteer().lookup(name).find((c) => c.country === country && c.fcode === 'PPLC');
  if (!seat) return null;
  return places.find((p) => p.country === country && p.kind === 'city' && p.name === seat.name) ?? null;
}
