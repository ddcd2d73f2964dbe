// Fuzzed inputs per reader (issue #16): how many crash (throw anything but an InputError, or analysis throws)
// and how long the slowest takes to read and analyse. Goal: 10,000 per reader, 0 crashes, none over 2 s.
// node bench/fuzz.mjs [N per reader] [kind…]   (needs the build in dist/)
import fc from 'fast-check';
import { fuzzInputs, FUZZ_KINDS } from './fuzz-inputs.mjs';
import { READERS } from '../dist/ingest/registry.js';
import { analyseItem } from '../dist/ingest/item.js';
import { InputError } from '../dist/document/build.js';

const n = Number(process.argv[2] ?? 10_000);
const kinds = process.argv.slice(3).length ? process.argv.slice(3) : FUZZ_KINDS;
const GOAL_MS = 2000;
// Warm up first: the first analysis loads the place index and lexicons (a few hundred ms, seconds on a busy machine).
for (const it of READERS.text('Russian drones struck Kharkiv on Monday, the regional governor said.', 'warm-up')) analyseItem(it.article, {});
for (const kind of kinds) {
  let crashes = 0, refused = 0, over = 0, slowest = 0, slowestLen = 0, total = 0;
  // Generated in batches: 10,000 inputs of up to a few MB each do not fit in memory at once.
  const BATCH = 200;
  for (let b = 0; b * BATCH < n; b++) for (const content of fc.sample(fuzzInputs(kind), { numRuns: Math.min(BATCH, n - b * BATCH), seed: 1616 + b })) {
    const t0 = performance.now();
    try {
      const items = READERS[kind === 'telegram' ? 'json' : kind](content, 'fuzz');
      for (const it of items) if (it.ok) analyseItem(it.article, {});
    } catch (e) {
      if (e instanceof InputError) refused++;
      else { crashes++; if (crashes <= 3) console.log(`  crash (${kind}): ${e?.message?.split('\n')[0]} on ${JSON.stringify(content.slice(0, 120))}`); }
    }
    const ms = performance.now() - t0;
    total += ms;
    if (ms > GOAL_MS) { over++; if (over <= 3) console.log(`  slow (${kind}): ${ms.toFixed(0)} ms, ${content.length} chars: ${JSON.stringify(content.slice(0, 120))}`); }
    if (ms > slowest) { slowest = ms; slowestLen = content.length; }
  }
  console.log(`${kind.padEnd(9)} ${n} inputs: ${crashes} crashes, ${refused} refused (InputError), ${over} over ${GOAL_MS / 1000} s; slowest ${slowest.toFixed(0)} ms (${slowestLen} chars), mean ${(total / n).toFixed(1)} ms`);
}
