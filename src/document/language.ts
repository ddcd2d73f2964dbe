import { loadData } from '../data.js';

/**
 * Whether a text reads as English: the extractors' cues, verbs and lexicons are English, so a report in another
 * language would silently yield nothing. English prose is about a third function words ("the", "of", "and", "said");
 * other languages written in Latin letters share few of them, and other scripts none.
 */
const FUNCTION_WORDS = new Set(loadData<{ words: string[] }>('lexicon/function-words.json').words);
const WORD = /\p{L}+/gu;
/** Below this many words a text says too little to judge ("Kyiv, June 9" is no language). */
const MIN_WORDS = 25;
/** English prose runs at 0.3-0.5; French, Ukrainian or Arabic at or near 0. */
const MIN_SHARE = 0.12;

export function looksEnglish(text: string): boolean {
  let words = 0;
  let common = 0;
  for (const m of text.slice(0, 20_000).matchAll(WORD)) {
    words++;
    if (FUNCTION_WORDS.has(m[0].toLowerCase())) common++;
  }
  return words < MIN_WORDS || common / words >= MIN_SHARE;
}
