import type { Paragraph, Sentence } from './types.js';
import { loadData } from '../data.js';

const ABBREV = new Set(loadData<{ abbreviations: string[] }>('lexicon/abbreviations.json').abbreviations);

const CLOSER = /[.!?…"”’')\]»]/;
const SPACE = /\s/;
const UPPER_OR_OPENER = /[\p{Lu}\p{N}"“‘'(\[«•–—-]/u;

/** The word just before position `dot` (letters, digits and inner periods), e.g. "U.S" or "Gen". */
function wordBefore(s: string, dot: number): string {
  let i = dot;
  // No abbreviation is longer than this: looking further back made a long run without spaces quadratic.
  const stop = Math.max(0, dot - 40);
  while (i > stop && !SPACE.test(s[i - 1]) && s[i - 1] !== '(' && s[i - 1] !== '"' && s[i - 1] !== '“') i--;
  return s.slice(i, dot);
}

/** Does the period at `dot` end an abbreviation or an initial rather than a sentence? */
function isAbbreviation(s: string, dot: number): boolean {
  const w = wordBefore(s, dot);
  if (w.length === 0) return false;
  const lw = w.toLowerCase();
  if (ABBREV.has(lw)) return true;
  if (/^\p{Lu}$/u.test(w)) return true; // an initial: "J. Smith"
  if (/^(\p{L}\.)+\p{L}$/u.test(w)) return true; // "U.S", "a.m"
  return false;
}

/**
 * Splits one paragraph into sentences. Offsets are absolute (into the document text).
 * Rule: a terminator, any closing quotes/brackets, whitespace, then something that can open a
 * sentence (capital, digit, quote, bullet), unless the period ends a known abbreviation or initial.
 */
export function splitSentences(text: string, para: Paragraph, paragraphIndex: number, out: Sentence[] = []): Sentence[] {
  const end = para.end;
  let i = para.start;
  while (i < end && SPACE.test(text[i])) i++;
  let start = i;
  for (; i < end; i++) {
    // . ! ? … by character code: this runs for every character of every document.
    const code = text.charCodeAt(i);
    if (code !== 46 && code !== 33 && code !== 63 && code !== 0x2026) continue;
    const c = text[i];
    let k = i + 1;
    while (k < end && CLOSER.test(text[k])) k++;
    if (k >= end) break;
    // Every terminator of this run reaches the same k, so the run is looked at once (a run of "!!!…" was quadratic).
    if (!SPACE.test(text[k])) { i = k - 1; continue; }
    let n = k;
    while (n < end && SPACE.test(text[n])) n++;
    if (n >= end) break;
    const next = text[n];
    if (!UPPER_OR_OPENER.test(next)) { i = k - 1; continue; }
    if (c === '.' && k === i + 1 && isAbbreviation(text, i)) continue;
    pushTrimmed(text, start, k, paragraphIndex, out);
    start = n;
    i = n - 1;
  }
  pushTrimmed(text, start, end, paragraphIndex, out);
  return out;
}

/**
 * The longest sentence handed to the extractors. Real sentences are a few hundred characters; a run of
 * text without a sentence end (a table flattened, a fuzzed or broken input) is cut into pieces of this
 * size at a space, because extractors compare what they find within a sentence pairwise, and one
 * 380,000-character "sentence" took 16 s to analyse.
 */
export const MAX_SENTENCE = 2000;

function pushTrimmed(text: string, s: number, e: number, paragraph: number, out: Sentence[]): void {
  while (s < e && SPACE.test(text[s])) s++;
  while (e > s && SPACE.test(text[e - 1])) e--;
  while (e - s > MAX_SENTENCE) {
    // The last space in the second half of the piece (lastIndexOf would search back to the text's start).
    let cut = s + MAX_SENTENCE;
    while (cut > s + MAX_SENTENCE / 2 && !SPACE.test(text[cut])) cut--;
    if (cut <= s + MAX_SENTENCE / 2) cut = s + MAX_SENTENCE;
    // Never between the halves of a surrogate pair.
    if (cut < e && (text.charCodeAt(cut) & 0xfc00) === 0xdc00) cut--;
    pushTrimmed(text, s, cut, paragraph, out);
    s = cut;
    while (s < e && SPACE.test(text[s])) s++;
  }
  if (e > s) out.push({ start: s, end: e, paragraph });
}
