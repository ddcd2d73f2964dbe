import { InputError } from '../document/build.js';
import { fetchUrl, type Fetched, type FetchOptions } from './fetch.js';
import { kindOfMedia, mediaType, type ReaderKind } from './media-types.js';
import { READERS, sniff } from './registry.js';
import { decode } from './source.js';
import type { ReadItem } from './types.js';

/**
 * Fetched content → items, with the readers files use: the reader is picked by Content-Type, and by the
 * content itself when the type says nothing useful (text/plain, octet-stream, a feed served as text/html).
 * A page keeps the URL it was fetched from when it names no canonical URL of its own.
 */
export function readFetched(f: Fetched, requested: string): { kind: ReaderKind; items: ReadItem[] } {
  const content = decode(f.body);
  const byType = kindOfMedia(mediaType(f.contentType));
  const sniffed = sniff(content);
  let kind: ReaderKind = byType ?? sniffed;
  if ((byType === 'html' || byType === 'text') && sniffed === 'feed') kind = 'feed';
  if (byType === 'text' && (sniffed === 'json' || sniffed === 'jsonl' || sniffed === 'html')) kind = sniffed;
  if (byType === 'feed' && sniffed === 'html') kind = 'html';
  const items = READERS[kind](content, requested);
  if (items.length === 1 && items[0].ok) items[0].article.url ??= requested;
  return { kind, items };
}

/** `sitrep ingest URL`: one fetch, read as above; any failure is one failed item naming the URL. */
export async function* readUrl(url: string, opts: FetchOptions = {}): AsyncGenerator<ReadItem> {
  try {
    const f = await fetchUrl(url, opts);
    yield* readFetched(f, url).items;
  } catch (e) {
    yield { ok: false, origin: url, reason: e instanceof InputError ? e.message : `cannot read: ${(e as Error).message}` };
  }
}
