import { createHash } from 'node:crypto';
import type { Document, Message, RawArticle, Sentence } from './types.js';
import { cleanBlocks, textToBlocks, type Block } from './clean.js';
import { splitSentences } from './sentences.js';
import { parsePublished, findWrittenDate } from './published.js';
import { looksEnglish } from './language.js';
import { LIMITS } from '../ingest/limits.js';

export interface BuildOptions {
  /** Fallback publication date (`--published`) when neither metadata nor the text gives one. */
  published?: string | null;
}

/** A reader's article before cleaning; HTML and Markdown readers hand over blocks with kinds. */
export type ReaderArticle = RawArticle & { blocks?: Block[]; warnings?: string[] };

export class InputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'InputError';
  }
}

/** Raw article → Document: clean once, split paragraphs into sentences, date it, hash it. */
export function buildDocument(raw: ReaderArticle, opts: BuildOptions = {}): Document {
  if (raw.text.length > LIMITS.articleChars) {
    throw new InputError(`article text too long (${(raw.text.length / 1e6).toFixed(1)} million characters; the limit is ${LIMITS.articleChars / 1e6} million)`);
  }
  const blocks = raw.blocks ?? textToBlocks(raw.text);
  const c = cleanBlocks(blocks, raw);
  if (!c.text.trim()) throw new InputError('no article text after cleaning');
  // What the reader had to give up on (an HTML page past its bounds read as plain text) stays visible.
  const messages: Message[] = [...(raw.warnings ?? []).map((reason): Message => ({ reason, ruleId: 'ingest:reader', severity: 'warning' })), ...c.messages];
  if (!looksEnglish(c.text)) {
    messages.push({ reason: 'the text does not read as English; sitrep reads English reporting, so expect few or no findings', ruleId: 'document:language', severity: 'warning' });
  }

  const sentences: Sentence[] = [];
  c.paragraphs.forEach((p, i) => splitSentences(c.text, p, i, sentences));

  let published = parsePublished(raw.published);
  let publishedFrom: Document['publishedFrom'] = published ? 'metadata' : null;
  if (raw.published && !published) messages.push({ reason: `unreadable publication date "${raw.published}"`, ruleId: 'document:published', severity: 'warning' });
  if (!published) {
    // A dateline in the first body paragraph ("KYIV, June 9, 2025 (Reuters) -"), then any caption date.
    const firstBody = c.paragraphs.find((p) => p.kind === 'body');
    const lead = firstBody ? c.text.slice(firstBody.start, Math.min(firstBody.end, firstBody.start + 80)) : '';
    published = findWrittenDate(lead);
    if (published) publishedFrom = 'dateline';
  }
  if (!published) {
    for (const p of c.paragraphs) {
      if (p.kind !== 'caption') continue;
      published = findWrittenDate(c.text.slice(p.start, p.end));
      if (published) { publishedFrom = 'caption'; break; }
    }
  }
  if (!published && opts.published) {
    published = parsePublished(opts.published);
    if (published) publishedFrom = 'option';
  }
  if (!published) messages.push({ reason: 'no publication date in metadata, dateline or captions; relative dates stay unresolved (use --published)', ruleId: 'document:published', severity: 'warning' });

  const id = createHash('sha256')
    .update([raw.url ?? '', raw.outlet ?? '', c.title ?? '', published ?? '', c.text].join('\u0000'))
    .digest('hex')
    .slice(0, 16);

  return {
    id,
    externalId: raw.externalId ?? null,
    url: raw.url ?? null,
    outlet: raw.outlet ?? null,
    title: c.title,
    section: c.section,
    author: raw.author ?? null,
    published,
    publishedFrom,
    format: raw.format,
    origin: raw.origin,
    text: c.text,
    paragraphs: c.paragraphs,
    sentences,
    sources: c.sources,
    imageCredits: c.imageCredits,
    messages,
  };
}
