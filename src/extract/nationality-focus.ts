import { demonymCountries } from '../resolve/actors.js';
import { admin1Table, countryCodeOf } from '../resolve/gazetteer/geo-data.js';
import { kmBetween } from '../resolve/distance.js';
import type { Candidate } from '../resolve/gazetteer/gazetteer.js';

/**
 * The countries a text names only by nationality ("the Burkinabe air force", "Malian troops"): the last clue to where
 * a short note is when it names no country or region ("an airstrike in the area of Seytenga (Seytenga, Seno)").
 * Alone they cannot say which country a place is in (an Israeli drone strikes in Lebanon, Russian forces shell Ukraine),
 * only which part of the world: a village of that name on another continent is not the place meant. places.ts adds
 * the countries of the armed groups the registry knows ("JNIM militants") to the same use.
 */
/** The country code of a nationality adjective ("burkinabe" → BF, "congolese" → CD), lower case, or null. */
export function demonymCode(word: string): string | null {
  const country = demonymCountries().get(word);
  return country ? countryCodeOf(country) : null;
}

let pattern: RegExp | null = null;

export function nationalitiesNamed(text: string): Set<string> {
  pattern ??= new RegExp(`\\b(?:${[...demonymCountries().keys()].map((w) => w[0].toUpperCase() + w.slice(1)).join('|')})\\b`, 'g');
  const out = new Set<string>();
  for (const m of text.matchAll(pattern)) {
    const code = demonymCode(m[0].toLowerCase());
    if (code) out.add(code);
  }
  return out;
}

/** How far a place may lie from every first-level region of the countries named before it is in another part of the world. */
const SAME_PART_OF_WORLD_KM = 1_000;

export function farFromCountries(c: Candidate, countries: Set<string>): boolean {
  if (!countries.size || (c.country && countries.has(c.country))) return false;
  return !admin1Table().some((a) => countries.has(a.country) && kmBetween(a.lat, a.lon, c.lat, c.lon) < SAME_PART_OF_WORLD_KM);
}
