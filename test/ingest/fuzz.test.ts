import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
// @ts-expect-error: a plain ES module shared with bench/fuzz.mjs, which runs 10,000 inputs per reader
import { fuzzInputs, FUZZ_KINDS } from '../../bench/fuzz-inputs.mjs';
import { READERS } from '../../src/ingest/registry.js';
import { analyseItem } from '../../src/ingest/item.js';
import { InputError } from '../../src/document/build.js';

/**
 * Every reader, on fuzzed input, either reads it or refuses it with an InputError (a one-line reason),
 * and analysing what it read never throws. The time bound is a hang detector, set well above the
 * 2-second goal that bench/fuzz.mjs measures, so a loaded machine does not fail it.
 */
const BOUND_MS = 5_000;
const RUNS = 200;

function readAndAnalyse(kind: keyof typeof READERS | 'telegram', content: string): void {
  let items;
  try {
    items = READERS[kind === 'telegram' ? 'json' : kind](content, 'fuzz');
  } catch (e) {
    if (e instanceof InputError) { expect(e.message).not.toMatch(/\n/); return; }
    throw e;
  }
  for (const it of items) {
    if (!it.ok) { expect(it.reason).toBeTruthy(); continue; }
    analyseItem(it.article, {});
  }
}

describe('fuzzed input: every reader answers, and in bounded time', () => {
  for (const kind of FUZZ_KINDS as (keyof typeof READERS | 'telegram')[]) {
    it(`${kind}: ${RUNS} inputs, no crash, none over ${BOUND_MS / 1000} s`, () => {
      let slowest = 0;
      fc.assert(fc.property(fuzzInputs(kind, { maxRepeat: 1000, maxChars: 20_000 }), (content: string) => {
        const t0 = performance.now();
        readAndAnalyse(kind, content);
        const ms = performance.now() - t0;
        slowest = Math.max(slowest, ms);
        expect(ms).toBeLessThan(BOUND_MS);
      }), { numRuns: RUNS, seed: 16 });
    }, 120_000);
  }
});

describe('inputs the fuzz runs found slow, kept as cases', () => {
  it('14,000 empty table cells under a list (Readability took 410 s retrying for an article)', () => {
    const t0 = performance.now();
    expect(() => READERS.html(`<ul>${'</b><td>'.repeat(14_078)}`, 'cells')).toThrow(InputError);
    expect(performance.now() - t0).toBeLessThan(BOUND_MS);
  });

  it('a run of "!" 17,000 long (the sentence splitter was quadratic in it)', () => {
    const t0 = performance.now();
    analyseItem({ origin: 'bang', format: 'text', text: `Kyiv said${'!'.repeat(17_000)} Then nothing.` }, {});
    expect(performance.now() - t0).toBeLessThan(BOUND_MS);
  });
});
