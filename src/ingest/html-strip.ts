import type { Block } from '../document/clean.js';
import { dropElements } from './html-bounds.js';

/**
 * The fallback reading of HTML no DOM should be built for (too deep, too many elements, too big) or that
 * the DOM reader could not handle: block-level tags become line breaks, every other tag is dropped, and
 * entities are decoded. Linear in the input: no regular expression here can rescan what it passed.
 */

const BLOCK_TAGS = 'p|div|br|li|ul|ol|h[1-6]|tr|td|th|table|blockquote|article|section|header|footer|figcaption|figure|pre|dt|dd|main|aside|hr';
const BLOCK_BOUNDARY = new RegExp(`<\\/?(?:${BLOCK_TAGS})\\b[^<>]*>`, 'gi');
const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0', mdash: '—', ndash: '–', hellip: '…', rsquo: '’', lsquo: '‘', rdquo: '”', ldquo: '“' };

export function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]{1,6}|#[0-9]{1,7}|[a-z]{2,8});/gi, (m, e: string) => {
    if (e[0] !== '#') return NAMED[e.toLowerCase()] ?? m;
    const code = e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
    return code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff) ? String.fromCodePoint(code) : m;
  });
}

const firstMatch = (html: string, re: RegExp): string | null => {
  const m = re.exec(html.slice(0, 200_000));
  return m ? decodeEntities(m[1].replace(/<[^<>]*>/g, '')).replace(/\s+/g, ' ').trim() || null : null;
};

export function stripHtml(html: string): { title: string | null; outlet: string | null; blocks: Block[] } {
  const title = firstMatch(html, /<meta[^<>]*property=["']og:title["'][^<>]*content=["']([^"'<>]*)["']/i)
    ?? firstMatch(html, /<title\b[^<>]*>([^<]*)</i);
  const outlet = firstMatch(html, /<meta[^<>]*property=["']og:site_name["'][^<>]*content=["']([^"'<>]*)["']/i);
  const body = dropElements(html, ['script', 'style', 'noscript', 'template', 'svg', 'head', 'nav', 'form', 'select', 'button']);
  const text = decodeEntities(body.replace(BLOCK_BOUNDARY, '\n').replace(/<[^<>]*>/g, ''));
  const blocks: Block[] = [];
  for (const line of text.split('\n')) {
    const t = line.replace(/\s+/g, ' ').trim();
    if (t) blocks.push({ text: t });
  }
  return { title, outlet, blocks };
}
