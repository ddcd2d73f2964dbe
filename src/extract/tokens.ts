import type { Span } from '../document/types.js';

export interface Token extends Span {
  text: string;
  lower: string;
  /** Starts with a capital letter (any script). */
  cap: boolean;
  word: boolean;
}

const TOKEN = /[\p{L}\p{N}]+(?:[’'.\-&][\p{L}\p{N}]+)*(?:[’']s?)?|[^\s\p{L}\p{N}]/gu;
const CAP = /^\p{Lu}/u;
const WORD = /^[\p{L}\p{N}]/u;

/** Words and punctuation of `text.slice(start, end)`, with absolute offsets. Allocation-light: one object per token. */
export function tokenize(text: string, start: number, end: number): Token[] {
  const out: Token[] = [];
  const s = text.slice(start, end);
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(s); m; m = TOKEN.exec(s)) {
    const t = m[0];
    out.push({ text: t, lower: t.toLowerCase(), start: start + m.index, end: start + m.index + t.length, cap: CAP.test(t), word: WORD.test(t) });
  }
  return out;
}

/** "Ukraine’s" → "ukraine"; used to compare words without their possessive. */
export const bare = (lower: string): string => lower.replace(/[’']s?$/, '');

/**
 * Tokens of one sentence of a document, computed once per document and sentence: claims and places
 * both read every sentence's tokens. Held weakly, so they go when the document does.
 */
const bySentence = new WeakMap<object, (Token[] | undefined)[]>();

export function sentenceTokens(doc: { text: string; sentences: Span[] }, si: number): Token[] {
  let list = bySentence.get(doc);
  if (!list) bySentence.set(doc, (list = new Array(doc.sentences.length)));
  let toks = list[si];
  if (!toks) {
    const s = doc.sentences[si];
    toks = list[si] = tokenize(doc.text, s.start, s.end);
  }
  return toks;
}
