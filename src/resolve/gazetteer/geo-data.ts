import { loadData } from '../../data.js';
import { nameKey } from '../normalise.js';

/** One first-level unit from data/admin1.json (our table; GeoNames only has codes and one name). */
export interface Admin1Entry {
  geonames: string;
  country: string;
  name: string;
  iso: string | null;
  acled: string | null;
  aliases: string[];
  lat: number;
  lon: number;
  capital?: string | null;
  /**
   * Where ACLED splits the unit in two or three ("Shan-North", "Bago-West"): each part's name and the seats of its
   * districts; a place takes the part whose nearest seat is nearest to it.
   */
  acledParts?: { acled: string; seats: [number, number][] }[];
}

export interface CountryEntry {
  code: string;
  name: string;
  aliases: string[];
  lat: number;
  lon: number;
  capital?: string | null;
}

export const admin1Table = () => loadData<Admin1Entry[]>('admin1.json');
export const countryTable = () => loadData<CountryEntry[]>('countries.json');

let countryByKey: Map<string, string> | null = null;
/** Country code for a country name or alias ("Russia", "Russia's" → RU). */
export function countryCodeOf(word: string): string | null {
  if (!countryByKey) {
    countryByKey = new Map();
    for (const c of countryTable()) for (const n of [c.name, ...c.aliases]) countryByKey.set(nameKey(n), c.code);
  }
  return countryByKey.get(nameKey(word.replace(/[’']s$/, ''))) ?? null;
}

let byCode: Map<string, Admin1Entry> | null = null;
/** Admin1 by GeoNames code ("UA.04"). */
export function admin1ByGeonames(code: string): Admin1Entry | undefined {
  byCode ??= new Map(admin1Table().map((a) => [a.geonames, a]));
  return byCode.get(code);
}

let byIso: Map<string, Admin1Entry> | null = null;
export function admin1ByIso(iso: string): Admin1Entry | undefined {
  byIso ??= new Map(admin1Table().filter((a) => a.iso).map((a) => [a.iso as string, a]));
  return byIso.get(iso);
}

/**
 * ACLED's name for the unit a place lies in: the part of a unit ACLED splits ("Shan-North") that the mention names or
 * whose district seats lie nearest, else the unit's ACLED spelling. A unit named as a whole keeps the whole's name.
 */
export function acledSpelling(entry: Admin1Entry | undefined, lat: number | null, lon: number | null, mention = '', whole = false): string | null {
  if (!entry) return null;
  const parts = entry.acledParts;
  if (!parts) return entry.acled;
  const said = mention.toLowerCase().replace(/[-\s]+/g, ' ');
  const named = parts.find((p) => said.includes(p.acled.toLowerCase().replace('-', ' ')));
  if (named) return named.acled;
  if (whole || lat == null || lon == null) return entry.acled;
  let best = parts[0];
  let bestD = Infinity;
  for (const p of parts) for (const [a, o] of p.seats) {
    const d = (a - lat) ** 2 + ((o - lon) * Math.cos((lat * Math.PI) / 180)) ** 2;
    if (d < bestD) { bestD = d; best = p; }
  }
  return best.acled;
}
