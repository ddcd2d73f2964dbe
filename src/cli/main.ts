import { Command } from 'commander';
import { registerIngest } from './ingest.js';
import { registerExtract } from './extract.js';
import { registerSearch } from './search.js';
import { registerShow } from './show.js';
import { registerDemo } from './demo.js';
import { registerClaims } from './claims.js';
import { registerEvents } from './events.js';
import { registerGazetteer } from './gazetteer.js';
import { registerStory } from './story.js';
import { registerBrief } from './brief.js';
import { registerExport } from './export.js';
import { registerServe } from './serve.js';
import { registerReanalyse } from './reanalyse.js';
import { registerSources } from './sources.js';
import { registerWatch } from './watch.js';
import { registerWorker } from './worker.js';
import { registerMigrate } from './migrate.js';

const program = new Command();
program
  .name('sitrep')
  .description('Turns conflict reporting into a verified situation picture: who claims what, what happened where and when, and what has been verified.')
  .version('0.1.0')
  .option('--db <store>', 'the store: a SQLite file, or a PostgreSQL database as postgres://user@host/db (default: $SITREP_DB or ./sitrep.db)')
  .showHelpAfterError();

for (const register of [registerIngest, registerExtract, registerSearch, registerShow, registerClaims, registerEvents, registerStory, registerBrief, registerExport, registerServe, registerSources, registerWatch, registerWorker, registerMigrate, registerReanalyse, registerGazetteer, registerDemo]) register(program);

program.parseAsync(process.argv).catch((e: unknown) => {
  console.error(`sitrep: ${e instanceof Error ? e.message : String(e)}`);
  process.exit(2);
});
