import { gazetteer, admin1Info } from '../resolve/gazetteer/gazetteer.js';
import { admin1ByGeonames } from '../resolve/gazetteer/geo-data.js';
import { actors } from '../resolve/actors.js';
import type { Claim, Place } from './types.js';

/**
 * The territory a speaker is named by ("the Health Ministry in Gaza", "Gaza's Health Ministry", "the Kharkiv regional
 * administration"), as a first-level region: a running toll such a speaker gives is of its own territory. The name
 * inside a speaker is no place of the story (places.ts leaves it out), so it is looked up here, in the country the
 * registry gives the speaker.
 */
/** The office a place name is the title of: "Moscow Mayor", "Kherson Regional". */
const OFFICE_WORD = /^(mayor|governor|regional|oblast|city|military|district|region|provincial)$/i;

export function speakerTerritory(claim: Claim, sentence: number, countries: ReadonlySet<string> = new Set()): Place | null {
  const name = claim.claimant.name;
  const id = claim.claimant.actor?.id;
  // Only a speaker the registry places in a country, or a local office of a country the story names: "Turk's office"
  // is a person's, not Tashkent's.
  const known = (id && actors().byId.get(id)?.country) || null;
  const inCountry = (c: string | null) => (known ? c === known : !!c && countries.has(c));
  if (!known && !countries.size) return null;
  const pick = (word: string) => gazetteer().lookup(word)
    .filter((c) => (c.kind === 'city' || c.kind === 'region') && c.admin1 && inCountry(c.country) && !c.variant)
    .sort((a, b) => b.population - a.population)[0];
  // Each capitalised word, with the next one or, before its office, alone: "Sumy Oblast" of "The Sumy Oblast Military
  // Administration", "Moscow" of "Moscow Mayor".
  const words = [...name.matchAll(/\p{Lu}[\p{L}'’-]+/gu)];
  for (let i = 0; i < words.length; i++) {
    const m = words[i];
    const next = words[i + 1];
    const adjacent = next && /^\s+$/.test(name.slice(m.index! + m[0].length, next.index));
    let word = (adjacent ? `${m[0]} ${next[0]}` : m[0]).replace(/[’']s$/, '');
    let found = pick(word);
    if (!found && (!adjacent || OFFICE_WORD.test(next[0]))) found = pick((word = m[0].replace(/[’']s$/, '')));
    if (!found) continue;
    const a = admin1Info(found.admin1);
    const entry = admin1ByGeonames(found.admin1!);
    if (!a) continue;
    const start = claim.claimant.span.start + (m.index ?? 0);
    return {
      name: a.name, geonameId: null, lat: entry?.lat ?? found.lat, lon: entry?.lon ?? found.lon, country: found.country,
      admin1: a.name, admin1Code: a.iso, admin1Acled: a.acled, kind: 'region', precision: 3,
      mention: word, span: { start, end: start + word.length }, sentence, why: 'speaker',
    };
  }
  return null;
}

/** Offices that speak for their own town or region: "the Sumy Oblast Military Administration", "Moscow Mayor …". */
const LOCAL_OFFICE = new RegExp(String.raw`\b(governor|mayor|(regional|oblast|city|military|district)\s+`
  + String.raw`(military\s+)?administration|administration|city\s+council|regional\s+police)\b`, 'i');

/**
 * The territory of a local office speaking ("The Sumy Oblast Military Administration said Russian forces carried out 87
 * attacks on 25 settlements"; "Moscow Mayor Sergei Sobyanin said drones approaching the city were shot down"): what it
 * reports with no place of its own happened there. A ministry or an army named by its capital is no local office.
 */
export function localOfficeTerritory(claim: Claim, sentence: number, countries: ReadonlySet<string>): Place | null {
  return LOCAL_OFFICE.test(claim.claimant.name) ? speakerTerritory(claim, sentence, countries) : null;
}
