import type { READERS } from './registry.js';

export type ReaderKind = keyof typeof READERS;

/** Media types (Content-Type, without parameters) and the reader each is read with: the API's bodies and fetched URLs. */
export const MEDIA: Record<string, ReaderKind> = {
  'application/json': 'json', 'text/json': 'json', 'application/feed+json': 'json',
  'application/x-ndjson': 'jsonl', 'application/ndjson': 'jsonl', 'application/jsonl': 'jsonl', 'application/json-seq': 'jsonl',
  'text/html': 'html', 'application/xhtml+xml': 'html',
  'text/plain': 'text', 'text/markdown': 'markdown', 'text/x-markdown': 'markdown',
  'application/rss+xml': 'feed', 'application/atom+xml': 'feed', 'application/xml': 'feed', 'text/xml': 'feed', 'application/rdf+xml': 'feed',
};

/** The media type of a Content-Type header, lower-cased, without parameters. */
export const mediaType = (contentType: string | null | undefined): string => (contentType ?? '').split(';')[0].trim().toLowerCase();

/** The reader for a media type, or undefined; `+json` and `+xml` suffixes count as JSON and feeds. */
export function kindOfMedia(media: string): ReaderKind | undefined {
  return MEDIA[media] ?? (media.endsWith('+json') ? 'json' : media.endsWith('+xml') ? 'feed' : undefined);
}
