import { loadData } from '../../data.js';

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
   * ACLED's own parts of a unit it splits (Shan-North, Shan-East, Shan-South): the first part whose bounds hold a
   * place is its ACLED admin1; the last part has no bounds.
   */
  acledParts?: { acled: string; minLat?: number; minLon?: number }[];
}

/** A place's ACLED admin1 where ACLED splits its unit, by the part's bounds (null where it does not). */
export function acledPart(entry: Admin1Entry | undefined, lat: number | null, lon: number | null): string | null {
  if (!entry?.acledParts || lat === null || lon === null) return null;
  const part = entry.acledParts.find((p) => (p.minLat === undefined || lat >= p.minLat) && (p.minLon === undefined || lon >= p.minLon));
  return part?.acled ?? null;
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
