import { LIMITS } from './limits.js';

/**
 * A linear pre-scan of HTML before it reaches linkedom and Readability, whose cost grows faster than the
 * input with nesting depth, element count and long text runs. It also drops what no reader uses (scripts
 * other than JSON-LD, styles, comments) and escapes a `<` that opens no tag, as browsers read it.
 */

export interface HtmlScan {
  /** The page without scripts (JSON-LD kept), styles and comments; stray `<` escaped. */
  html: string;
  elements: number;
  /** Table rows and cells (tr, td, th): Readability weighs every one of them against its table. */
  tableCells: number;
  /** Nesting depth as a parser would build it (p, li, td… closed by their siblings). */
  depth: number;
  longestText: number;
}

const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr', 'keygen', 'command']);
/** Tags a parser closes when a sibling of the same family opens (`<p>a<p>b` is two paragraphs, not nested). */
const SIBLING_CLOSES: Record<string, string[]> = {
  p: ['p'], li: ['li'], dt: ['dt', 'dd'], dd: ['dt', 'dd'], option: ['option'], tr: ['tr', 'td', 'th'], td: ['td', 'th'], th: ['td', 'th'],
};
/** How far up the open elements a closing tag looks for its opener; a stray close further up is ignored. */
const CLOSE_REACH = 32;

/** Removes `<tag …>…</tag>` blocks by index, not by a lazy regular expression (which rescans on unclosed tags). */
export function dropElements(html: string, tags: string[], keep?: (open: string) => boolean): string {
  const open = new RegExp(`<(${tags.join('|')})\\b[^<>]*>`, 'gi');
  let out = '';
  let at = 0;
  const lower = html.toLowerCase();
  // Tags with no closing tag after some point: later openers need not search again (that search made it quadratic).
  const unclosedFrom = new Map<string, number>();
  for (let m = open.exec(html); m; m = open.exec(html)) {
    if (keep?.(m[0])) continue;
    const name = m[1].toLowerCase();
    const close = open.lastIndex >= (unclosedFrom.get(name) ?? Infinity) ? -1 : lower.indexOf(`</${name}`, open.lastIndex);
    if (close < 0 && !unclosedFrom.has(name)) unclosedFrom.set(name, open.lastIndex);
    out += html.slice(at, m.index);
    if (close < 0) { at = open.lastIndex; continue; } // unclosed: drop the opening tag alone
    const end = html.indexOf('>', close);
    at = end < 0 ? html.length : end + 1;
    open.lastIndex = at;
  }
  return out + html.slice(at);
}

function dropComments(html: string): string {
  let out = '';
  let at = 0;
  for (let i = html.indexOf('<!--'); i >= 0; i = html.indexOf('<!--', at)) {
    out += html.slice(at, i);
    const end = html.indexOf('-->', i + 4);
    at = end < 0 ? html.length : end + 3;
  }
  return out + html.slice(at);
}

const isJsonLd = (tag: string) => /type\s*=\s*["']?application\/ld\+json/i.test(tag);

export function scanHtml(content: string): HtmlScan {
  let html = dropComments(content);
  html = dropElements(html, ['script'], isJsonLd);
  // Markup no reader takes text from (icons, menus, forms) is most of a heavy page's elements: gone before they count.
  html = dropElements(html, ['style', 'template', 'svg', 'noscript', 'nav', 'form', 'select', 'button']);
  html = html.replace(/<(?![a-zA-Z/!?])/g, '&lt;');
  const stack: string[] = [];
  let depth = 0;
  let elements = 0;
  let tableCells = 0;
  let longestText = 0;
  let last = 0;
  const tag = /<(\/?)([a-zA-Z][a-zA-Z0-9:-]*)[^<>]*?(\/?)>/g;
  for (let m = tag.exec(html); m; m = tag.exec(html)) {
    longestText = Math.max(longestText, m.index - last);
    last = tag.lastIndex;
    const name = m[2].toLowerCase();
    if (m[1]) {
      const from = Math.max(0, stack.length - CLOSE_REACH);
      for (let k = stack.length - 1; k >= from; k--) if (stack[k] === name) { stack.length = k; break; }
      continue;
    }
    elements++;
    if (name === 'tr' || name === 'td' || name === 'th') tableCells++;
    if (VOID.has(name) || m[3]) continue;
    const closes = SIBLING_CLOSES[name];
    if (closes && closes.includes(stack[stack.length - 1])) stack.pop();
    stack.push(name);
    if (stack.length > depth) depth = stack.length;
  }
  longestText = Math.max(longestText, html.length - last);
  return { html, elements, tableCells, depth, longestText };
}

/** Why the DOM should not be built for this page, or null when it is within bounds. */
export function overBounds(s: HtmlScan): string | null {
  if (s.html.length > LIMITS.htmlDomBytes) return `larger than ${LIMITS.htmlDomBytes / 1e6} MB of markup`;
  if (s.elements > LIMITS.htmlElements) return `more than ${LIMITS.htmlElements} elements`;
  if (s.tableCells > LIMITS.htmlTableCells) return `more than ${LIMITS.htmlTableCells} table rows and cells`;
  if (s.depth > LIMITS.htmlDepth) return `nested more than ${LIMITS.htmlDepth} elements deep`;
  if (s.longestText > LIMITS.htmlTextRun) return `a run of text over ${LIMITS.htmlTextRun / 1000} KB without markup`;
  return null;
}

/** The depth of a built DOM, walked without recursion (a recursive walk overflows the stack on deep trees). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function domDepth(root: any, cap: number): number {
  let max = 0;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  const todo: [any, number][] = [[root, 0]];
  while (todo.length) {
    const [el, d] = todo.pop()!;
    if (d > max) { max = d; if (max > cap) return max; }
    for (const c of el?.children ?? []) todo.push([c, d + 1]);
  }
  return max;
}
