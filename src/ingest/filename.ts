import { basename, extname } from 'node:path';
import { actors } from '../resolve/actors.js';

/**
 * Metadata from a file name, for plain text and Markdown that carry none inside:
 * `2025-06-09_reuters_zelenyi-kut.txt` → published 2025-06-09, outlet Reuters.
 * The outlet slug is looked up in the actor registry ("kyiv-independent" → "Kyiv Independent").
 */
export function metaFromFilename(path: string): { published: string | null; outlet: string | null } {
  const name = basename(path, extname(path)).replace(/\.(atom|rss)$/, '');
  const m = /^(\d{4}-\d{2}-\d{2})(?:[_ ]([a-z0-9-]+))?(?:[_ ].*)?$/i.exec(name);
  if (!m) return { published: null, outlet: null };
  const slug = m[2] ?? null;
  let outlet: string | null = null;
  if (slug) {
    const words = slug.replace(/-/g, ' ');
    const a = actors().resolve(words) ?? actors().exact(slug.replace(/-/g, ''));
    outlet = a ? a.name : words.replace(/\b\p{L}/gu, (c) => c.toUpperCase());
  }
  return { published: m[1], outlet };
}
