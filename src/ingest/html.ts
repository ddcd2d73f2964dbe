import { parseHTML } from 'linkedom';
import { Readability } from '@mozilla/readability';
import type { Block } from '../document/clean.js';
import type { ParagraphKind } from '../document/types.js';
import type { Reader } from './types.js';
import { InputError } from '../document/build.js';
import { domDepth, overBounds, scanHtml } from './html-bounds.js';
import { stripHtml } from './html-strip.js';
import { LIMITS } from './limits.js';

interface PageMeta {
  title?: string | null;
  outlet?: string | null;
  author?: string | null;
  published?: string | null;
  url?: string | null;
  section?: string | null;
}

/* eslint-disable @typescript-eslint/no-explicit-any */
type Doc = any;

const metaContent = (doc: Doc, sel: string): string | null => doc.querySelector(sel)?.getAttribute('content')?.trim() || null;

/** JSON-LD NewsArticle/Article objects anywhere in the page (also inside @graph and arrays). */
function jsonLdArticles(doc: Doc): any[] {
  const out: any[] = [];
  const visit = (v: any) => {
    if (!v || typeof v !== 'object') return;
    if (Array.isArray(v)) { v.forEach(visit); return; }
    const t = v['@type'];
    const types = Array.isArray(t) ? t : [t];
    if (types.some((x: unknown) => typeof x === 'string' && /Article|Posting|Report/.test(x))) out.push(v);
    if (v['@graph']) visit(v['@graph']);
  };
  for (const s of doc.querySelectorAll('script[type="application/ld+json"]')) {
    try { visit(JSON.parse(s.textContent ?? '')); } catch { /* a broken JSON-LD block is ignored, not fatal */ }
  }
  return out;
}

const nameOf = (v: any): string | null => {
  if (!v) return null;
  if (typeof v === 'string') return v;
  if (Array.isArray(v)) return v.map(nameOf).filter(Boolean).join(', ') || null;
  return typeof v.name === 'string' ? v.name : null;
};

function pageMeta(doc: Doc): PageMeta {
  const ld = jsonLdArticles(doc)[0] ?? {};
  return {
    title: metaContent(doc, 'meta[property="og:title"]') ?? (typeof ld.headline === 'string' ? ld.headline : null) ?? doc.querySelector('title')?.textContent?.trim() ?? null,
    outlet: metaContent(doc, 'meta[property="og:site_name"]') ?? nameOf(ld.publisher) ?? metaContent(doc, 'meta[name="application-name"]'),
    author: metaContent(doc, 'meta[name="author"]') ?? nameOf(ld.author) ?? metaContent(doc, 'meta[property="article:author"]'),
    published: metaContent(doc, 'meta[property="article:published_time"]') ?? (typeof ld.datePublished === 'string' ? ld.datePublished : null)
      ?? metaContent(doc, 'meta[name="pubdate"]') ?? metaContent(doc, 'meta[name="date"]') ?? metaContent(doc, 'meta[itemprop="datePublished"]')
      ?? doc.querySelector('time[datetime]')?.getAttribute('datetime') ?? null,
    url: doc.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? metaContent(doc, 'meta[property="og:url"]') ?? (typeof ld.url === 'string' ? ld.url : null),
    section: metaContent(doc, 'meta[property="article:section"]') ?? (typeof ld.articleSection === 'string' ? ld.articleSection : null),
  };
}

const BLOCK_KIND: Record<string, ParagraphKind> = {
  P: 'body', LI: 'bullet', FIGCAPTION: 'caption', H1: 'heading', H2: 'heading', H3: 'heading', H4: 'heading', H5: 'heading', H6: 'heading', BLOCKQUOTE: 'body', PRE: 'body', TD: 'body', DT: 'body', DD: 'body',
};

/** Walks an element tree and emits one block per block-level element with text of its own. */
export function htmlToBlocks(root: Doc): Block[] {
  const blocks: Block[] = [];
  const walk = (el: Doc) => {
    for (const child of el.children ?? []) {
      const tag = child.tagName?.toUpperCase();
      if (!tag || tag === 'SCRIPT' || tag === 'STYLE' || tag === 'NOSCRIPT') continue;
      const kind = BLOCK_KIND[tag];
      const hasBlockChild = [...(child.children ?? [])].some((c: Doc) => BLOCK_KIND[c.tagName?.toUpperCase()] || c.tagName?.toUpperCase() === 'DIV');
      if (kind && !hasBlockChild) {
        const text = (child.textContent ?? '').replace(/\s+/g, ' ').trim();
        if (text) blocks.push({ text, kind });
      } else if (tag === 'BR') continue;
      else if (!child.children?.length) {
        const text = (child.textContent ?? '').replace(/\s+/g, ' ').trim();
        if (text) blocks.push({ text });
      } else walk(child);
    }
  };
  walk(root);
  return blocks;
}

/** A page that parsed but holds no article (a login form, an index page). */
export class NoArticleError extends InputError {}

/** A page read by the plain tag-strip instead of the DOM, and why (a warning on the document). */
function stripped(html: string, why: string): { meta: PageMeta; blocks: Block[]; warning: string } {
  const s = stripHtml(html);
  if (!s.blocks.length) throw new NoArticleError('no article found in the HTML page');
  return { meta: { title: s.title, outlet: s.outlet }, blocks: s.blocks, warning: `HTML read as plain text: ${why}` };
}

/** Whole documents only: linkedom makes the first element of a fragment the root and Readability then finds nothing. */
const asDocument = (html: string) => (/<html[\s>]/i.test(html.slice(0, 4096)) ? html : `<html><body>${html}</body></html>`);

/**
 * HTML page → article: main text via Readability, metadata from <meta>, Open Graph and JSON-LD. A page
 * past the reader's bounds (limits.ts), or one the DOM reader fails on, is read by the tag-strip.
 */
export function readHtmlString(content: string): { meta: PageMeta; blocks: Block[]; warning?: string } {
  const scan = scanHtml(content);
  const why = overBounds(scan);
  if (why) return stripped(scan.html, why);
  const { document } = parseHTML(asDocument(scan.html));
  if (domDepth(document, LIMITS.htmlDepth) > LIMITS.htmlDepth) return stripped(scan.html, `nested more than ${LIMITS.htmlDepth} elements deep`);
  // Thousands of elements and almost no text (a fuzzed run of empty cells took Readability 410 s: it finds no
  // article and retries each of its passes over the whole tree): there is no article for Readability to find.
  if (scan.elements > 2000 && (document.body?.textContent ?? '').trim().length < scan.elements) return stripped(scan.html, 'thousands of elements and almost no text');
  let meta: PageMeta;
  let article: ReturnType<Readability['parse']>;
  try {
    meta = pageMeta(document);
    article = new Readability(document as never, { charThreshold: 200 }).parse();
  } catch (e) {
    return stripped(scan.html, `the page reader failed (${e instanceof Error ? e.message.split('\n')[0] : String(e)})`);
  }
  if (!article?.content) throw new NoArticleError('no article found in the HTML page');
  const { document: body } = parseHTML(`<html><body>${article.content}</body></html>`);
  const blocks = htmlToBlocks(body.body);
  if (!blocks.length) throw new NoArticleError('no article found in the HTML page');
  meta.title ??= article.title ?? null;
  meta.outlet ??= article.siteName ?? null;
  meta.author ??= article.byline ?? null;
  meta.published ??= (article as { publishedTime?: string }).publishedTime ?? null;
  return { meta, blocks };
}

/** A fragment of HTML (feed item content) → blocks, without Readability; past the bounds, by the tag-strip. */
export function htmlFragmentToBlocks(fragment: string): Block[] {
  if (!/<[a-z][^>]*>/i.test(fragment)) return fragment.split(/\r?\n/).map((text) => ({ text }));
  const scan = scanHtml(fragment);
  if (overBounds(scan)) return stripHtml(scan.html).blocks;
  const { document } = parseHTML(`<html><body>${scan.html}</body></html>`);
  if (domDepth(document, LIMITS.htmlDepth) > LIMITS.htmlDepth) return stripHtml(scan.html).blocks;
  const blocks = htmlToBlocks(document.body);
  // Text outside any block element ("Intro text<p>…</p>") would be lost by the walk: fall back to all text.
  return blocks.length ? blocks : [{ text: document.body.textContent ?? '' }];
}

export const readHtml: Reader = (content, origin) => {
  const { meta, blocks, warning } = readHtmlString(content);
  return [{ ok: true, article: { origin, format: 'html', text: blocks.map((b) => b.text).join('\n'), blocks, ...meta, ...(warning ? { warnings: [warning] } : {}) } }];
};
