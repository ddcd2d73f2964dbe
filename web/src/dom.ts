/**
 * Element builders. Text always goes in as text nodes (never HTML): article titles, quotes and names are
 * untrusted, and nothing in the dashboard parses a string as markup.
 */

type Child = Node | string | number | null | undefined | false;
type Attrs = Record<string, string | number | boolean | null | undefined | ((e: Event) => void)>;

function apply(el: Element, attrs: Attrs, children: Child[]): void {
  for (const [k, v] of Object.entries(attrs)) {
    if (v == null || v === false) continue;
    if (typeof v === 'function') el.addEventListener(k.replace(/^on/, ''), v as EventListener);
    else el.setAttribute(k, v === true ? '' : String(v));
  }
  for (const c of children) if (c != null && c !== false) el.append(typeof c === 'number' ? String(c) : c);
}

export function h<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Attrs = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  apply(el, attrs, children);
  return el;
}

const SVG = 'http://www.w3.org/2000/svg';
export function s<K extends keyof SVGElementTagNameMap>(tag: K, attrs: Attrs = {}, ...children: Child[]): SVGElementTagNameMap[K] {
  const el = document.createElementNS(SVG, tag);
  apply(el, attrs, children);
  return el;
}

/** Only http(s) links from article metadata become hrefs (no javascript: or data: URLs). */
export function safeUrl(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : null;
  } catch { return null; }
}

/** An external link that opens without giving the page a handle on the opener. */
export function externalLink(url: string | null | undefined, label: string): HTMLElement | null {
  const href = safeUrl(url);
  return href ? h('a', { href, rel: 'noopener noreferrer', target: '_blank' }, label) : null;
}

export function clear(el: Element, ...children: Child[]): void {
  el.replaceChildren();
  apply(el, {}, children);
}
