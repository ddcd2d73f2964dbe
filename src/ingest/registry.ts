import { extname } from 'node:path';
import { readText } from './text.js';
import { readMarkdown } from './markdown.js';
import { readHtml } from './html.js';
import { readJson, readJsonl } from './json.js';
import { readFeed } from './feed.js';
import type { Format, Reader } from './types.js';

type Kind = 'text' | 'markdown' | 'html' | 'json' | 'jsonl' | 'feed';

export const READERS: Record<Kind, Reader> = { text: readText, markdown: readMarkdown, html: readHtml, json: readJson, jsonl: readJsonl, feed: readFeed };

const BY_EXTENSION: Record<string, Kind> = {
  '.txt': 'text', '.text': 'text', '.md': 'markdown', '.markdown': 'markdown', '.html': 'html', '.htm': 'html', '.xhtml': 'html',
  '.json': 'json', '.jsonl': 'jsonl', '.ndjson': 'jsonl', '.xml': 'feed', '.rss': 'feed', '.atom': 'feed',
};

/** File extensions a folder walk picks up. */
export const KNOWN_EXTENSIONS = new Set(Object.keys(BY_EXTENSION));

/** Content sniffing for stdin, unknown extensions and mislabelled files (a feed saved as .html, JSONL as .json). */
export function sniff(content: string): Kind {
  const head = content.slice(0, 2048).trimStart();
  if (head.startsWith('{') || head.startsWith('[')) {
    const lines = content.split('\n', 3).filter((l) => l.trim());
    if (head.startsWith('{') && lines.length >= 2 && lines[0].trim().endsWith('}') && lines[1].trim().startsWith('{')) return 'jsonl';
    return 'json';
  }
  if (head.startsWith('<')) {
    if (/<(rss|feed|rdf:RDF)[\s>]/i.test(head)) return 'feed';
    if (/^<\?xml/i.test(head) && !/<html/i.test(head)) return 'feed';
    return 'html';
  }
  if (/^(#{1,6}\s|---\n)/.test(head) || /\n#{1,6}\s/.test(head)) return 'markdown';
  return 'text';
}

/** Extension first, then content: a `.json` that holds JSON Lines or a `.html` that holds a feed still reads. */
export function chooseReader(path: string, content: string): { kind: Kind; reader: Reader } {
  const byExt = BY_EXTENSION[extname(path).toLowerCase()];
  const sniffed = sniff(content);
  let kind: Kind = byExt ?? sniffed;
  if (byExt === 'json' && sniffed === 'jsonl') kind = 'jsonl';
  if (byExt === 'html' && sniffed === 'feed') kind = 'feed';
  if (byExt === 'feed' && sniffed === 'html' && /<html/i.test(content.slice(0, 2048))) kind = 'html';
  return { kind, reader: READERS[kind] };
}

export type { Format };
