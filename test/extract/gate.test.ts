import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { join, dirname } from 'node:path';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import {
  gateLiterals, withoutCaptures, Gated, GateSet, GateSets, GATES_IN_USE, GATE_SETS_IN_USE,
} from '../../src/extract/gate.js';
// Loading the extractors builds the gates they use (GATES_IN_USE).
import { analyse } from '../../src/extract/analyse.js';
import { buildDocument } from '../../src/document/build.js';
import { findDates } from '../../src/resolve/dates.js';
import { expandPaths, readSource } from '../../src/ingest/source.js';

/**
 * A gate must never reject text its pattern matches: it is a necessary condition, nothing more. These
 * tests check the literal analysis on small patterns, then every gate the extractors use, on our demo
 * corpus and on generated text built from the patterns' own words.
 */

describe('literals every match contains', () => {
  it('an alternation of words gives each word (longer ones that contain a shorter one dropped)', () => {
    expect(gateLiterals(/\b(strikes?|struck|strike)\b/i)?.sort()).toEqual(['strike', 'struck']);
  });

  it('a sequence gives its strongest part', () => {
    // "peace" and "talks" are both needed; one of them is enough for a gate, the longer the better.
    const lits = gateLiterals(/\bpeace\s+talks\b/i)!;
    expect(lits).toHaveLength(1);
    expect(['peace', 'talks']).toContain(lits[0]);
  });

  it('small exact sets multiply out ("captur(ed|e|ing)")', () => {
    // "captured" contains "capture", so "capture" alone stands for both.
    expect(gateLiterals(/\bcaptur(ed|e|ing)\b/i)?.sort()).toEqual(['capture', 'capturing']);
  });

  it('no gate for patterns that can match without a literal', () => {
    expect(gateLiterals(/\d+ people/)).not.toBeNull(); // "people" is needed
    expect(gateLiterals(/\d+/)).toBeNull();
    expect(gateLiterals(/(drone|\w+) attack/i)).not.toBeNull(); // "attack" is needed
    expect(gateLiterals(/(drone|\w+)/i)).toBeNull();
    expect(gateLiterals(/(?:drone)?/i)).toBeNull();
    expect(gateLiterals(/drones?|[A-Z]{3}/)).toBeNull();
  });

  it('no gate of one- or two-letter literals (they are in every sentence)', () => {
    expect(gateLiterals(/\bin\s+\d{4}\b/)).toBeNull();
  });

  it('lookarounds and word boundaries are not text; optional parts are not required', () => {
    expect(gateLiterals(/(?<!on\s+the\s+)offensive\s+(on|against)(?!\s+alerts?)/i)).toEqual(['offensive']);
    expect(gateLiterals(/\b(?:at\s+least\s+)?(\d+)\s+killed\b/i)).toEqual(['killed']);
  });

  it('character sets of a few letters are alternatives; ranges and negations are not literals', () => {
    expect(gateLiterals(/Russia['’]s forces/)?.sort()).toEqual(["Russia's forces", 'Russia’s forces'].sort());
    expect(gateLiterals(/[^.]{0,40}\bdrones?/i)).toEqual(['drone']);
    expect(gateLiterals(/[a-z]+ed/i)).toBeNull();
  });

  it('syntax it does not read gives no gate rather than a wrong one', () => {
    expect(gateLiterals(/\u0041BC/)).toBeNull();
    expect(gateLiterals(/drone\x41/)).toBeNull();
  });

  it('case: the gate keeps the pattern\'s case sensitivity', () => {
    const g = new Gated(/\bMonday\b/);
    expect(g.may('on Monday')).toBe(true);
    expect(g.may('on monday')).toBe(false);
    expect(new Gated(/\bmonday\b/i).may('MONDAY')).toBe(true);
  });

  it('Unicode case folding: text with ſ or K (which fold onto s and k) always passes a GateSet', () => {
    // (A Gated pattern itself runs without the u flag, see bmp.ts: it folds case as toUpperCase does.)
    const g = new Gated(/\bstrikes?\b/iu);
    // (Its gate need not let such text through: the pattern it guards no longer matches it.)
    expect(g.may('a ſtrike')).toBe(g.re.test('a ſtrike'));
    expect(g.re.flags).toBe('i');
    expect(g.test('a Strike')).toBe(true);
    expect(g.may('a talk')).toBe(false);
    const set = new GateSet([/\bstrikes?\b/iu, /\bkilled\b/iu]);
    expect(set.may(set.scan('\u212Ailled'), 1)).toBe(true);
    expect(set.may(set.scan('talks'), 1)).toBe(false);
  });
});

describe('Gated', () => {
  it('test and exec agree with the pattern, and exec starts from the beginning each time', () => {
    const g = new Gated(/\b(\d+) killed\b/gi);
    expect(g.test('3 killed')).toBe(true);
    expect(g.test('no one hurt')).toBe(false);
    const s = '3 killed here, 4 killed there';
    const found: string[] = [];
    for (let m = g.exec(s); m; m = g.next(s)) found.push(m[1]);
    expect(found).toEqual(['3', '4']);
    // A second walk starts over, whatever lastIndex the first left.
    expect(g.exec(s)?.[1]).toBe('3');
    expect(g.exec('nothing here')).toBeNull();
  });
});

describe('withoutCaptures', () => {
  it('makes groups non-capturing and leaves classes, escapes, lookarounds and named groups alone', () => {
    expect(withoutCaptures(/(a|b)[(]\((?=c)(?<n>d)(?:e)/gi).source).toBe('(?:a|b)[(]\\((?=c)(?<n>d)(?:e)');
    expect(withoutCaptures(/(a)\1/).source).toBe('(a)\\1');
    expect(withoutCaptures(/x/gi).flags).toBe('gi');
  });

  it('finds the same matches, at the same places, in every demo-corpus sentence, for every lexicon pattern', async () => {
    const sentences = await corpusSentences();
    const lex = JSON.parse(readFileSync(join(ROOT, 'data', 'lexicon', 'events.json'), 'utf8')) as { triggers: { re: string }[]; irrealis: string };
    const cues = JSON.parse(readFileSync(join(ROOT, 'data', 'lexicon', 'verification.json'), 'utf8')) as { cues: { re: string }[] };
    const patterns = [...lex.triggers.map((t) => t.re), ...cues.cues.map((c) => c.re)].map((p) => new RegExp(p, 'gi'));
    let matches = 0;
    for (const re of patterns) {
      const plain = withoutCaptures(re);
      for (const s of sentences) {
        const a = [...s.matchAll(re)].map((m) => [m.index, m[0]]);
        expect([...s.matchAll(plain)].map((m) => [m.index, m[0]])).toEqual(a);
        matches += a.length;
      }
    }
    expect(matches).toBeGreaterThan(200);
  });
});

describe('GateSet', () => {
  const set = new GateSet([/\bdrones?\b/i, /\bshell(ed|ing)\b/i, /\bairstrikes?\b/i, /\b\d{4}\b/i, /\bstrikes?\b/i]);
  const possible = (s: string) => [0, 1, 2, 3, 4].filter((k) => set.may(set.scan(s), k));

  it('tells which patterns could match, in one pass', () => {
    expect(possible('Drones hit the port')).toEqual([0, 3]); // pattern 3 has no gate: always possible
    expect(possible('They shelled the town')).toEqual([1, 3]);
    expect(possible('Talks resumed')).toEqual([3]);
  });

  it('a longer literal found at a place stands for the shorter ones it starts with', () => {
    // "airstrike" is found where "airstrike" starts; "strike" starts three letters later and is found there too.
    expect(possible('an AIRSTRIKE hit')).toEqual([2, 3, 4]);
  });

  it('with no pattern possible, any() is false', () => {
    const s2 = new GateSet([/\bdrones?\b/i, /\bshell(ed|ing)\b/i]);
    expect(s2.any(s2.scan('Talks resumed'))).toBe(false);
    expect(s2.any(s2.scan('a drone'))).toBe(true);
  });

  it('patterns after the thirtieth are always possible', () => {
    const many = Array.from({ length: 33 }, (_x, k) => new RegExp(`\\bword${k}x\\b`, 'i'));
    const big = new GateSet(many);
    const bits = big.scan('nothing here');
    expect(big.any(bits)).toBe(true);
    expect(big.may(bits, 3)).toBe(false);
    expect(big.may(bits, 31)).toBe(true);
    expect(big.may(big.scan('say word3x now'), 3)).toBe(true);
  });

  it('refuses patterns that disagree on case', () => {
    expect(() => new GateSet([/a+bc/i, /Monday/])).toThrow(/case/);
  });
});

/** Words of a pattern's source: the pieces generated text is built from, so generated text often matches. */
function wordsOf(re: RegExp): string[] {
  return re.source.replace(/\\[bBdDwWsS]|\\p\{\w+\}|\(\?<?[:=!]/g, ' ').split(/[^A-Za-z’'-]+/).filter((w) => w.length > 1);
}

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** The demo corpus, read and split into sentences by sitrep's own readers. */
async function corpusSentences(): Promise<string[]> {
  const { files } = await expandPaths([join(ROOT, 'demo', 'corpus')]);
  const out: string[] = [];
  for (const f of files) {
    for await (const item of readSource(f)) {
      if (!item.ok) continue;
      const d = buildDocument(item.article);
      out.push(...d.sentences.map((x) => d.text.slice(x.start, x.end)));
    }
  }
  return out;
}

describe('every gate in use', () => {
  // Make sure the modules that build gates at load time are loaded (and used once).
  analyse(buildDocument({ origin: 'gate-test', format: 'text', text: 'Russian drones struck Kharkiv on Sunday, killing at least two people, officials said.', published: '2025-06-08' }));
  findDates('June 7', 0, 6, '2025-06-08');

  it('there are gates in use (events, casualties)', () => {
    expect(GATES_IN_USE.length).toBeGreaterThan(10);
  });

  it('never rejects a sentence of the demo corpus that its pattern matches', async () => {
    const sentences = await corpusSentences();
    expect(sentences.length).toBeGreaterThan(200);
    let checked = 0;
    for (const { may, guards } of GATES_IN_USE) {
      for (const re of guards) {
        const probe = new RegExp(re.source, re.flags.replace(/[gy]/g, ''));
        for (const s of sentences) {
          if (!probe.test(s)) continue;
          checked++;
          expect(may(s), `the gate of ${re} rejects "${s}", which it matches`).toBe(true);
        }
      }
    }
    expect(checked).toBeGreaterThan(50);
  });

  it('no gate set in use rules out a pattern on a demo-corpus sentence it matches', async () => {
    const sentences = await corpusSentences();
    expect(GATE_SETS_IN_USE.length).toBeGreaterThanOrEqual(4); // triggers, cues, dates (two)
    let checked = 0;
    for (const set of GATE_SETS_IN_USE) {
      set.patterns.forEach((re, k) => {
        const probe = new RegExp(re.source, re.flags.replace(/[gy]/g, ''));
        for (const s of sentences) {
          if (!probe.test(s)) continue;
          checked++;
          expect(set.may(set.scan(s), k), `gate set rules out ${re} on "${s}"`).toBe(true);
        }
      });
    }
    expect(checked).toBeGreaterThan(100);
  });

  it('no gate set in use rules out a pattern on generated text it matches', () => {
    for (const set of GATE_SETS_IN_USE) {
      set.patterns.forEach((re, k) => {
        const probe = new RegExp(re.source, re.flags.replace(/[gy]/g, ''));
        const words = [...new Set(set.patterns.flatMap(wordsOf)), 'the', 'at', 'least', '12', 'June', '7', ',', 'said'];
        const word = fc.oneof(fc.constantFrom(...words), fc.constantFrom(...words).map((w) => w.toUpperCase()), fc.string({ maxLength: 4 }));
        fc.assert(fc.property(fc.array(word, { minLength: 1, maxLength: 12 }), fc.constantFrom(' ', '', ' - '), (parts, sep) => {
          const s = parts.join(sep);
          return !probe.test(s) || set.may(set.scan(s), k);
        }), { numRuns: 100 });
      });
    }
  });

  it('never rejects generated text its pattern matches', () => {
    for (const { may, guards } of GATES_IN_USE) {
      for (const re of guards) {
        const probe = new RegExp(re.source, re.flags.replace(/[gy]/g, ''));
        const words = [...wordsOf(re), 'the', 'at', 'least', '12', 'on', 'June', '7', ',', 'Kharkiv', 'said'];
        const word = fc.oneof(fc.constantFrom(...words), fc.constantFrom(...words).map((w) => w.toUpperCase()), fc.string({ maxLength: 4 }));
        fc.assert(fc.property(fc.array(word, { minLength: 1, maxLength: 12 }), fc.constantFrom(' ', '  ', ' - '), (parts, sep) => {
          const s = parts.join(sep);
          return !probe.test(s) || may(s);
        }), { numRuns: 150 });
      }
    }
  });
});

describe('GateSets: gates for more than thirty patterns', () => {
  const words = Array.from({ length: 45 }, (_, k) => `word${String.fromCharCode(97 + (k % 26))}${k}`);
  const patterns = words.map((w) => new RegExp(`\\b${w}\\b`, 'i'));
  const gates = new GateSets(patterns);
  it('a pattern past the thirtieth is ruled out when its literal is absent', () => {
    const bits = gates.scan('nothing of interest here');
    expect(gates.any(bits)).toBe(false);
    expect(gates.may(bits, 40)).toBe(false);
  });
  it('and kept possible when its literal is there, agreeing with the patterns themselves', () => {
    const s = `a sentence with ${words[40]} and ${words[3]} in it`;
    const bits = gates.scan(s);
    expect(patterns.map((_, k) => gates.may(bits, k))).toEqual(patterns.map((re) => re.test(s)));
  });
});
