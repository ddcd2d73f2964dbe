import type { ReaderArticle } from '../document/build.js';
import { htmlFragmentToBlocks } from './html.js';

/* eslint-disable @typescript-eslint/no-explicit-any */
const first = (o: any, keys: string[]): any => { for (const k of keys) if (o[k] != null && o[k] !== '') return o[k]; return null; };
const str = (v: any): string | null => {
  if (v == null) return null;
  if (typeof v === 'string') return v;
  if (typeof v === 'number') return String(v);
  if (Array.isArray(v)) return v.map(str).filter(Boolean).join(', ') || null;
  if (typeof v === 'object' && typeof v.name === 'string') return v.name;
  return null;
};

// content_html / content_text: JSON Feed (jsonfeed.org) items.
const TEXT_KEYS = ['text', 'maintext', 'content', 'body', 'articleBody', 'article_text', 'content_html', 'content_text'];

/**
 * One article object, in our shape `{id?, url?, outlet?, title?, published?, text}` or the common
 * crawler shape (`title`, `maintext`, `date_publish`, `source_domain`, `url`). Returns a reason
 * string when the object is not an article.
 */
export function articleFromObject(o: unknown, origin: string, format: 'json' | 'jsonl'): ReaderArticle | string {
  if (!o || typeof o !== 'object' || Array.isArray(o)) return 'not an article object';
  const text = first(o, TEXT_KEYS);
  if (typeof text !== 'string') return `no article text (expected one of: ${TEXT_KEYS.join(', ')})`;
  if (!text.trim()) return 'article text is empty';
  const a: ReaderArticle = {
    origin,
    format,
    externalId: str(first(o, ['id', 'guid', '_id'])),
    url: str(first(o, ['url', 'link', 'canonical_url', 'external_url'])),
    outlet: str(first(o, ['outlet', 'source_domain', 'source', 'publisher', 'site_name', 'siteName'])),
    title: str(first(o, ['title', 'headline'])),
    section: str(first(o, ['section', 'category'])),
    author: str(first(o, ['author', 'authors', 'byline'])),
    published: str(first(o, ['published', 'date_publish', 'datePublished', 'published_at', 'pubDate', 'date', 'date_published'])),
    text,
  };
  if (/<(p|div|br|li)\b[^>]*>/i.test(text)) a.blocks = htmlFragmentToBlocks(text);
  return a;
}
