import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { buildDocument } from '../../src/document/build.js';

/** Pieces real pages are made of, so random articles hit the cleaner's and splitter's edge cases. */
const piece = fc.constantFrom(
  'Russia said its troops advanced.', 'U.S. officials declined to comment.', 'Gen. Smith said no.', 'A 1.5-month-old baby died.',
  '“We will hold,” he said.', 'No. 3 brigade moved.', 'Київ заявив про атаку.', '  • a bullet line', 'Key developments:',
  'KYIV, UKRAINE - JUNE 8: A caption. (Photo by X/Y)', 'Sources: CNN, BBC', 'Images source: © X', '\u00a0', '\n', '\n\n', ' ', '?!', '...', '"', 'Dr.', 'e.g.',
);
const article = fc.array(fc.oneof(piece, fc.string({ maxLength: 12 })), { minLength: 1, maxLength: 40 }).map((a) => a.join(' '));

describe('offset invariant', () => {
  it('every sentence is exactly its slice of the text, lies inside its paragraph, in order, without overlap', () => {
    fc.assert(fc.property(article, (raw) => {
      let d;
      try { d = buildDocument({ origin: 'prop', format: 'text', text: raw, published: '2025-06-08' }); } catch { return true; } // empty after cleaning
      let prevEnd = 0;
      for (const s of d.sentences) {
        const p = d.paragraphs[s.paragraph];
        expect(s.start).toBeGreaterThanOrEqual(p.start);
        expect(s.end).toBeLessThanOrEqual(p.end);
        expect(s.start).toBeGreaterThanOrEqual(prevEnd);
        expect(s.end).toBeGreaterThan(s.start);
        const text = d.text.slice(s.start, s.end);
        expect(text).toBe(text.trim());
        prevEnd = s.end;
      }
      for (const p of d.paragraphs) expect(d.text.slice(p.start, p.end).trim()).toBe(d.text.slice(p.start, p.end));
      // Nothing but whitespace is left outside sentences.
      let covered = '';
      let at = 0;
      for (const s of d.sentences) { covered += d.text.slice(at, s.start); at = s.end; }
      covered += d.text.slice(at);
      expect(covered.trim()).toBe('');
    }), { numRuns: 400 });
  });
});
