import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { tokenize, TOKEN, type Token } from '../../src/extract/tokens.js';

/**
 * The tokenizer walks character codes; its grammar is the TOKEN pattern. These tests hold the two to the
 * same answer on any text, and pin the cases the extractors lean on.
 */

/** The grammar applied literally, as the pattern defines it. */
function byPattern(text: string, start: number, end: number): Omit<Token, 'lex'>[] {
  const s = text.slice(start, end);
  const re = new RegExp(TOKEN.source, TOKEN.flags);
  const out: Omit<Token, 'lex'>[] = [];
  for (let m = re.exec(s); m; m = re.exec(s)) {
    const t = m[0];
    out.push({ text: t, lower: t.toLowerCase(), start: start + m.index, end: start + m.index + t.length, cap: /^\p{Lu}/u.test(t), word: /^[\p{L}\p{N}]/u.test(t) });
  }
  return out;
}

const words = (s: string) => tokenize(s, 0, s.length).map((t) => t.text);

describe('tokenize', () => {
  it('keeps possessives, initialisms, hyphenated numbers and ampersands in one token', () => {
    expect(words('Russia’s U.S. 1.5-month-old AT&T workers’ homes')).toEqual(['Russia’s', 'U.S.', '1.5-month-old', 'AT&T', 'workers’', 'homes']);
  });

  it('an initialism keeps its last period while the sentence goes on ("U.N. experts"), not at its end', () => {
    expect(words('U.N. experts said so')).toEqual(['U.N.', 'experts', 'said', 'so']);
    expect(words('aid from the U.S.')).toEqual(['aid', 'from', 'the', 'U.S', '.']);
    // (A word that is no initialism keeps its period apart: "Kyiv. Then".)
    expect(words('in Kyiv. Then')).toEqual(['in', 'Kyiv', '.', 'Then']);
  });

  it('splits punctuation, quotes and dashes into tokens of their own', () => {
    expect(words('“Ten,” he said — (again).')).toEqual(['“', 'Ten', ',', '”', 'he', 'said', '—', '(', 'again', ')', '.']);
  });

  it('reads Cyrillic, accents and astral letters as letters; offsets are absolute', () => {
    const text = 'xx Київ, Zaporizhzhia’s café 𝐀bc';
    const toks = tokenize(text, 3, text.length);
    expect(toks.map((t) => t.text)).toEqual(['Київ', ',', 'Zaporizhzhia’s', 'café', '𝐀bc']);
    for (const t of toks) expect(text.slice(t.start, t.end)).toBe(t.text);
    expect(toks.map((t) => t.cap)).toEqual([true, false, true, false, true]);
  });

  it('every occurrence of a word shares one lexeme, whatever document or string it comes from', () => {
    const text = 'Drones hit Kharkiv; Kharkiv’s mayor said Kharkiv was dark';
    const a = tokenize(text, 0, text.length);
    const b = tokenize('“Kharkiv” again', 0, 15);
    const kharkiv = a.filter((t) => t.text === 'Kharkiv');
    expect(kharkiv).toHaveLength(2);
    expect(kharkiv[1].lex).toBe(kharkiv[0].lex);
    expect(b[1].lex).toBe(kharkiv[0].lex);
    // "Kharkiv’s" is another word.
    expect(a.find((t) => t.text === 'Kharkiv’s')!.lex).not.toBe(kharkiv[0].lex);
  });

  it('agrees with the pattern on generated text (letters, digits, joiners, spaces, symbols, surrogates)', () => {
    const piece = fc.oneof(
      fc.constantFrom('Kyiv', 'kyiv', 'U', 'S', '’', "'", '.', '-', '&', ' ', '  ', '\n', '\t', '\u00a0', '\u2009', ',', '“', '”', '(', ')', '12', 's', 'Київ', 'é', '𝐀', '😀', '\ud800', '\udc00', '—'),
      fc.string({ maxLength: 3, unit: 'binary' }),
    );
    fc.assert(fc.property(fc.array(piece, { maxLength: 25 }), fc.nat(5), fc.nat(5), (parts, cutStart, cutEnd) => {
      const text = parts.join('');
      const start = Math.min(cutStart, text.length);
      const end = Math.max(start, text.length - cutEnd);
      expect(tokenize(text, start, end).map(({ lex: _l, ...t }) => t)).toEqual(byPattern(text, start, end));
    }), { numRuns: 3000 });
  });
});
