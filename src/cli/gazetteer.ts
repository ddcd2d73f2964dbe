import type { Command } from 'commander';
import { buildGazetteer, gazetteerPath } from '../resolve/gazetteer/build.js';
import { Gazetteer, admin1Info, importGeonamesDump, ensureGazetteer } from '../resolve/gazetteer/gazetteer.js';
import cliProgress from 'cli-progress';

export function registerGazetteer(program: Command): void {
  const g = program.command('gazetteer').description('the offline place index (GeoNames cities500, admin-1 regions, countries, airports)');
  g.command('build')
    .description('build (or rebuild) the place index from the bundled data; runs once at install')
    .option('--quiet', 'no progress bar')
    .action(async (opts: { quiet?: boolean }) => {
      const bar = process.stderr.isTTY && !opts.quiet ? new cliProgress.SingleBar({ format: 'building place index [{bar}] {percentage}%', stream: process.stderr }, cliProgress.Presets.shades_classic) : null;
      bar?.start(100, 0);
      const r = await buildGazetteer(undefined, (d, t) => bar?.update(Math.round((d / t) * 100)));
      bar?.stop();
      if (!opts.quiet) console.log(`${gazetteerPath()}: ${r.places} places, ${r.names} names, ${(r.ms / 1000).toFixed(1)} s`);
    });
  g.command('lookup')
    .description('show the candidates for a place name')
    .argument('<name...>')
    .option('--json', 'print JSON')
    .action(async (name: string[], opts: { json?: boolean }) => {
      await ensureGazetteer();
      const gz = new Gazetteer();
      const c = gz.lookup(name.join(' ')).sort((a, b) => b.population - a.population);
      if (opts.json) { console.log(JSON.stringify(c, null, 2)); return; }
      if (!c.length) { console.log('no candidates'); process.exitCode = 1; return; }
      for (const x of c.slice(0, 25)) {
        const a = admin1Info(x.admin1);
        console.log(`${String(x.id).padEnd(10)} ${x.kind.padEnd(8)} ${x.name.padEnd(30)} ${x.country ?? '--'}  ${(a?.name ?? x.admin1 ?? '').padEnd(30)} ${x.lat.toFixed(4)},${x.lon.toFixed(4)}  pop ${x.population}`);
      }
      if (c.length > 25) console.log(`… and ${c.length - 25} more`);
    });
  g.command('import')
    .description('add a GeoNames country dump you downloaded (e.g. UA.txt) for villages below cities500')
    .argument('<file>')
    .action(async (file: string) => {
      await ensureGazetteer();
      const r = await importGeonamesDump(file);
      console.log(`${file}: ${r.places} places and ${r.names} names added`);
    });
}
