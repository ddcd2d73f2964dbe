import { describe, expect, it } from 'vitest';
import { bmp } from '../../src/extract/bmp.js';

// Words in several scripts, and strings that sit on the edges of a letter class.
const SAMPLES = ['Kharkiv', 'Zaporizhzhia', 'Dnipró', 'Київ', 'Ḩalab', 'Sanaʼa', 'القصير', 'Đà Nẵng', 'Ōsaka', 'İzmir',
  'œuvre', 'Ærø', 'x2', '12', '٣٤', '—', '’s', 'El-Fasher', 'ÉTAT', 'straße', ' ', '', '½'];

describe('bmp: Unicode-mode patterns without the u flag', () => {
  it('drops the flag and spells out property escapes, outside and inside classes', () => {
    for (const re of [/\p{L}+/u, /[\p{L}\p{N}’'-]+/gu, /^\p{Lu}\p{Ll}{2,}/u, /\P{L}+/u, /[^\p{L}]+/u]) {
      const fast = bmp(re);
      expect(fast.flags).toBe(re.flags.replace('u', ''));
      for (const s of SAMPLES) expect(fast.exec(s)?.[0] ?? null, `${re} on ${s}`).toBe(re.exec(s)?.[0] ?? null);
    }
  });

  it('keeps case-insensitive matching of any cased letter, as /\\p{Lu}/iu does', () => {
    const re = /\b\p{Lu}[\p{L}’'-]{2,}\s+said\b/iu;
    const fast = bmp(re);
    for (const s of ['kyiv said', 'КИЇВ said', 'the governor Said', '12 said', 'Ōsaka SAID']) {
      expect(fast.test(s), s).toBe(re.test(s));
    }
  });

  it('keeps other syntax as it was: groups, look-arounds, escapes, quantifiers', () => {
    const re = /(?<![\p{L}\p{N}])(?<name>Ukraine)(?![\p{L}\p{N}])\s*\(\d{1,2}\)/gu;
    const fast = bmp(re);
    const s = 'in Ukraine (12) and xUkraine (3) and Ukraine (4)';
    expect([...s.matchAll(fast)].map((m) => [m.index, m.groups?.name])).toEqual([...s.matchAll(re)].map((m) => [m.index, m.groups?.name]));
  });

  it('returns the pattern itself where it cannot rewrite it, or needs not', () => {
    for (const re of [/[\P{L}x]/u, /\u{1F600}/u, /abc/i, /\p{Script=Greek}/v]) expect(bmp(re)).toBe(re);
  });

  it('a letter outside the Basic Multilingual Plane is no letter any more (the documented difference)', () => {
    expect(/^\p{L}$/u.test('𝐀')).toBe(true);
    expect(bmp(/^\p{L}$/u).test('𝐀')).toBe(false);
  });
});
