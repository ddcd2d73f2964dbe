// Ingest throughput and memory (issue #2: 10,000 ~800-word articles into SQLite in < 30 s, peak RSS < 400 MB).
// Runs the real CLI in a child process on a JSON Lines file, so start-up and the store are counted.
import { writeFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { makeCorpus } from './corpus.mjs';

const n = Number(process.argv[2] ?? 10000);
// `--no-fuse` measures reading, cleaning, extraction and storage alone (fusion is `sitrep fuse`, see fuse.mjs).
const noFuse = process.argv.includes('--no-fuse');
const dir = mkdtempSync(join(tmpdir(), 'sitrep-bench-'));
const file = join(dir, 'corpus.jsonl');
writeFileSync(file, (await makeCorpus(n)).map((o) => JSON.stringify(o)).join('\n'));
const bin = join(dirname(fileURLToPath(import.meta.url)), '..', 'bin', 'sitrep.js');
const t0 = Date.now();
const r = spawnSync('/usr/bin/time', ['-f', '%M', process.execPath, bin, '--db', join(dir, 'bench.db'), 'ingest', '--quiet', ...(noFuse ? ['--no-fuse'] : []), file], { encoding: 'utf8' });
const sec = (Date.now() - t0) / 1000;
const peakKb = Number(r.stderr.trim().split('\n').pop());
console.log(r.stdout.trim());
console.log(`ingest: ${n} articles in ${sec.toFixed(1)} s = ${Math.round(n / sec)} articles/s; peak RSS ${(peakKb / 1024).toFixed(0)} MB`);
rmSync(dir, { recursive: true, force: true });
