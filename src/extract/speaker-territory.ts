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
export function speakerTerritory(claim: Claim, sentence: number): Place | null {
  const name = claim.claimant.name;
  const id = claim.claimant.actor?.id;
  const country = (id && actors().byId.get(id)?.country) || null;
  // Only a speaker the registry places in a country: "Turk's office" is a person's, not Tashkent's.
  if (!country) return null;
  for (const m of name.matchAll(/\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)?/gu)) {
    const word = m[0].replace(/[’']s$/, '');
    const found = gazetteer().lookup(word)
      .filter((c) => (c.kind === 'city' || c.kind === 'region') && c.admin1 && c.country === country && !c.variant)
      .sort((a, b) => b.population - a.population)[0];
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
