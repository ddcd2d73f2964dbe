/** A half-open character range into `Document.text`: `text.slice(start, end)`. */
export interface Span {
  start: number;
  end: number;
}

export type ParagraphKind = 'body' | 'heading' | 'bullet' | 'caption';

export interface Paragraph extends Span {
  kind: ParagraphKind;
}

export interface Sentence extends Span {
  /** Index into `Document.paragraphs`. */
  paragraph: number;
}

/** A diagnostic a stage appends instead of throwing (vfile-style). */
export interface Message {
  reason: string;
  ruleId: string;
  severity: 'info' | 'warning' | 'error';
  span?: Span;
}

/** What a reader hands to the cleaner: one article, before cleaning. */
export interface RawArticle {
  /** Where it came from: file path, `-` for stdin, plus `#n` for the n-th item of a feed or JSONL file. */
  origin: string;
  format: 'text' | 'markdown' | 'html' | 'json' | 'jsonl' | 'rss' | 'atom' | 'telegram';
  externalId?: string | null;
  url?: string | null;
  outlet?: string | null;
  title?: string | null;
  section?: string | null;
  author?: string | null;
  /** Anything Date.parse or our date reader understands; normalised by the cleaner. */
  published?: string | null;
  /** Body as plain text with paragraph breaks, or as blocks already split by an HTML reader. */
  text: string;
}

export interface Document {
  /** Content hash of the cleaned article (16 hex chars of SHA-256). */
  id: string;
  externalId: string | null;
  url: string | null;
  outlet: string | null;
  title: string | null;
  section: string | null;
  author: string | null;
  /** Publication day, YYYY-MM-DD, or null when nothing said it. */
  published: string | null;
  /** Where `published` came from. */
  publishedFrom: 'metadata' | 'dateline' | 'caption' | 'option' | null;
  format: RawArticle['format'];
  origin: string;
  /** The cleaned text; every offset anywhere in sitrep refers to it. */
  text: string;
  paragraphs: Paragraph[];
  sentences: Sentence[];
  /** Sources the article declares ("Sources: CNN, RadioFreeEurope"). */
  sources: string[];
  /** Image credit lines removed from the body ("Images source: © GETTY | Anadolu"). */
  imageCredits: string[];
  messages: Message[];
}
