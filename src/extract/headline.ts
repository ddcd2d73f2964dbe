import type { Document } from '../document/types.js';

/** Most words a headline line has. */
const HEADLINE_WORDS = 20;
/** Longest text a headline line can have (a quick test before counting words). */
const HEADLINE_CHARS = 200;

const cache = new WeakMap<Document, boolean[]>();

/**
 * A paragraph that reads as a headline: one line, short, with no closing punctuation ("Two killed in drone strike
 * on car near Tyre, ministry says", a live blog's entry titles), and a paragraph after it that tells the story.
 * What it says is told again in the body, with the day, the place and the source; read as its own report it doubles
 * the event and dates it by the publication day. Worked out once per document: claims and events both ask, sentence
 * by sentence.
 */
export function headlineLike(doc: Document, paragraph: number): boolean {
  let marks = cache.get(doc);
  if (!marks) {
    marks = doc.paragraphs.map((_, k) => readsAsHeadline(doc, k));
    cache.set(doc, marks);
  }
  return marks[paragraph] ?? false;
}

function readsAsHeadline(doc: Document, paragraph: number): boolean {
  if (paragraph >= doc.paragraphs.length - 1) return false;
  const p = doc.paragraphs[paragraph];
  if (p.end - p.start > HEADLINE_CHARS) return false;
  const t = doc.text.slice(p.start, p.end).trim();
  // (A quotation told with its speaker, '"…," he said' with the full stop lost, is a sentence of the body.)
  return !/[.!?:;"”’)]$/.test(t) && !/^["“‘]|[,.!?]["”’]/.test(t) && !t.includes('\n')
    && t.split(/\s+/).length <= HEADLINE_WORDS;
}
