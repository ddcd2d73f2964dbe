import type { Span } from '../document/types.js';
import { loadData } from '../data.js';

export interface Token extends Span {
  text: string;
  lower: string;
  /** Starts with a capital letter (any script). */
  cap: boolean;
  word: boolean;
  /** The distinct word this token is an occurrence of, shared by all of them (see Lexeme). */
  lex: Lexeme;
}

/**
 * A distinct word (or punctuation mark), once per process: its strings, and facts about it that extractors
 * work out the first time they need them and keep here, so that the thousandth "Kharkiv" costs a field
 * read rather than a lookup in a lexicon or memo. The slots are named (one object shape); each belongs to
 * the extractor that fills it.
 */
export interface Lexeme {
  text: string;
  lower: string;
  cap: boolean;
  hash: number;
  next: Lexeme | undefined;
  /** claims: the attribution verb's lemma, or null when the word is none. */
  verb: string | null | undefined;
  /** places: the word's actor key (actorKey). */
  actorKey: string | undefined;
  /** places: the word (possessive aside) is on the not-a-place list. */
  notPlace: boolean | undefined;
  /** places: as a one-word name, on the not-a-place list by its name key. */
  nameNotPlace: boolean | undefined;
  /** places: as a one-word name, its gazetteer candidates (loose lookup), and which gazetteer gave them. */
  loose: unknown[] | undefined;
  looseFrom: unknown;
}

/**
 * The token grammar, as a pattern: a run of letters and digits, joined by ’ ' . - & to more of them
 * ("Russia’s", "U.S", "1.5-month-old", "AT&T"), with a trailing apostrophe; or any one other non-space
 * character. `tokenize` walks the text by character codes instead (several times faster, and it does not
 * copy the sentence); test/extract/tokens.test.ts checks the two agree on any text.
 */
export const TOKEN = /[\p{L}\p{N}]+(?:[’'.\-&][\p{L}\p{N}]+)*(?:[’']s?)?|[^\s\p{L}\p{N}]/gu;
const CAP = /^\p{Lu}/u;
const ALNUM = /[\p{L}\p{N}]/u;
const SPACE = /\s/u;

/** How many code units the letter or digit at i takes (1, or 2 for a surrogate pair), or 0 when there is none before `end`. */
export function alnumAt(s: string, i: number, end: number): number {
  if (i >= end) return 0;
  const c = s.charCodeAt(i);
  if (c < 128) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) ? 1 : 0;
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < end) {
    const d = s.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) return ALNUM.test(s.slice(i, i + 2)) ? 2 : 0;
  }
  return ALNUM.test(s[i]) ? 1 : 0;
}

const joiner = (c: number) => c === 0x2019 || c === 39 || c === 46 || c === 45 || c === 38; // ’ ' . - &

function capital(t: string): boolean {
  const c = t.charCodeAt(0);
  if (c < 128) return c >= 65 && c <= 90;
  return CAP.test(t);
}

/**
 * Each distinct word once: its text, lower case and capital, remembered across documents (the same few
 * thousand words recur). Looked up by a hash of the characters where they stand, so a known word costs no
 * new string at all. A document with any curly quote is a two-byte string, and so was every word cut from
 * it, and lower-casing those took V8's slow path; a remembered word is stored as a one-byte string when it
 * can be, lower-cased once, and its strings, shared by every token of it, have their hashes ready for the
 * lexicon lookups downstream.
 */
const BUCKETS = 1 << 16;
let table: (Lexeme | undefined)[] = new Array(BUCKETS);
let known = 0;

function wordAt(text: string, from: number, to: number): Lexeme {
  let h = 0x811c9dc5;
  for (let k = from; k < to; k++) h = Math.imul(h ^ text.charCodeAt(k), 0x01000193);
  const b = (h >>> 0) & (BUCKETS - 1);
  const len = to - from;
  for (let w = table[b]; w; w = w.next) {
    if (w.hash !== h || w.text.length !== len) continue;
    let k = 0;
    while (k < len && w.text.charCodeAt(k) === text.charCodeAt(from + k)) k++;
    if (k === len) return w;
  }
  // Bounded: a long run over very many documents starts the table afresh rather than grow without end.
  if (++known > 200_000) { table = new Array(BUCKETS); known = 1; }
  const t = narrow(text.slice(from, to));
  const w: Lexeme = { text: t, lower: t.toLowerCase(), cap: capital(t), hash: h, next: table[b], verb: undefined, actorKey: undefined, notPlace: undefined, nameNotPlace: undefined, loose: undefined, looseFrom: undefined };
  table[b] = w;
  return w;
}

/** The same characters as a one-byte string when they all fit (a slice of a two-byte text is two-byte, whatever it holds). */
function narrow(t: string): string {
  for (let k = 0; k < t.length; k++) if (t.charCodeAt(k) > 0xff) return t;
  return Buffer.from(t, 'latin1').toString('latin1');
}

/** Titles written short ("Gov.", "Lt.", "Gen."): see abbreviations.json. */
const TITLES = new Set(loadData<{ titles: string[] }>('lexicon/abbreviations.json').titles);
const CAPITAL = /\p{Lu}/u;
/** "U.N", "U.S", "D.C": single letters joined by periods. */
const INITIALISM = /^(?:\p{L}\.)+\p{L}$/u;
/** Words that open a sentence, not a name: "… the office of the Gov. The governor said". */
const SENTENCE_OPENER = /^(The|A|An|In|On|At|It|He|She|They|We|But|And|This|That)\b/;

/** Words and punctuation of `text.slice(start, end)`, with absolute offsets. Allocation-light: one object per token. */
export function tokenize(text: string, start: number, end: number): Token[] {
  const out: Token[] = [];
  let i = start;
  while (i < end) {
    const c = text.charCodeAt(i);
    if (c === 32) { i++; continue; }
    let w = alnumAt(text, i, end);
    if (w) {
      const from = i;
      i += w;
      while ((w = alnumAt(text, i, end))) i += w;
      // Joined on by ’ ' . - & when more letters or digits follow.
      while (i < end && joiner(text.charCodeAt(i)) && (w = alnumAt(text, i + 1, end))) {
        i += 1 + w;
        while ((w = alnumAt(text, i, end))) i += w;
      }
      // A trailing apostrophe ("workers’"); an "s" after one was taken above as letters.
      if (i < end && (text.charCodeAt(i) === 0x2019 || text.charCodeAt(i) === 39)) i++;
      // "Gov. Ivan Fedorov": a title's period before a capitalised name is part of the title.
      else if (i + 2 < end && text.charCodeAt(i) === 46 && text.charCodeAt(i + 1) === 32 && i - from <= 4
        && CAPITAL.test(text[i + 2]) && TITLES.has(text.slice(from, i).toLowerCase())
        && !SENTENCE_OPENER.test(text.slice(i + 2, i + 8))) i++;
      // "U.N. experts", "the U.S. military": the last period of a dotted initialism, with the sentence going on after
      // it, is part of it (a sentence is tokenized alone: its splitter already read that period as no end).
      else if (i + 2 < end && text.charCodeAt(i) === 46 && text.charCodeAt(i + 1) === 32 && INITIALISM.test(text.slice(from, i))) i++;
      const lex = wordAt(text, from, i);
      out.push({ text: lex.text, lower: lex.lower, start: from, end: i, cap: lex.cap, word: true, lex });
      continue;
    }
    if (c < 128 ? c >= 9 && c <= 13 : SPACE.test(text[i])) { i++; continue; }
    // One character of anything else: a code point, so a surrogate pair is one token.
    const pair = c >= 0xd800 && c <= 0xdbff && i + 1 < end && text.charCodeAt(i + 1) >= 0xdc00 && text.charCodeAt(i + 1) <= 0xdfff;
    const len = pair ? 2 : 1;
    const lex = wordAt(text, i, i + len);
    out.push({ text: lex.text, lower: lex.lower, start: i, end: i + len, cap: lex.cap, word: false, lex });
    i += len;
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
