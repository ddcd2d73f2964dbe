import { getJson, type Brief, type SearchHit } from './api.js';
import { clear, externalLink, h } from './dom.js';
import { navigate, type State } from './state.js';

/** Full-text search over stored documents; snippets mark matches in [brackets], drawn here as <mark>. */
export class SearchView {
  readonly el: HTMLElement;
  private input: HTMLInputElement;
  private results: HTMLElement;
  private key = '';

  constructor() {
    this.input = h('input', { type: 'search', id: 'q', name: 'q', placeholder: 'words to find', autocomplete: 'off' });
    this.results = h('div', { class: 'results', 'aria-live': 'polite' });
    this.el = h('div', { class: 'search' },
      h('form', { role: 'search', onsubmit: (e: Event) => { e.preventDefault(); navigate({ q: this.input.value.trim() || undefined }); } },
        h('label', { for: 'q' }, 'Search documents '), this.input, h('button', { type: 'submit' }, 'Search')),
      this.results);
  }

  async update(st: State): Promise<void> {
    if (document.activeElement !== this.input) this.input.value = st.q ?? '';
    if (st.q === this.key) return;
    this.key = st.q ?? '';
    if (!st.q) { this.results.replaceChildren(); return; }
    try {
      const page = await getJson<{ items: SearchHit[] }>('/api/search', { q: st.q, limit: '50' });
      if (this.key !== st.q) return;
      clear(this.results, h('p', {}, `${page.items.length}${page.items.length === 50 ? '+' : ''} documents`),
        h('ol', { class: 'hits' }, ...page.items.map((hit) => h('li', {},
          h('a', { href: `#view=doc&doc=${encodeURIComponent(hit.id)}`, class: 'hit-title' }, hit.title ?? '(untitled)'),
          h('span', { class: 'meta' }, ` ${hit.outlet ?? ''} ${hit.published ?? ''}`),
          h('p', { class: 'snippet' }, ...snippet(hit.snippet))))));
    } catch (e) { clear(this.results, h('p', { class: 'error' }, (e as Error).message)); }
  }
}

function snippet(text: string): (string | HTMLElement)[] {
  return text.split(/(\[[^\]]*\])/).filter(Boolean).map((part) => (/^\[.*\]$/.test(part) ? h('mark', {}, part.slice(1, -1)) : part));
}

/**
 * The situation brief for the window, from /api/brief, drawn as DOM (its quotes are article text); narrowed
 * to a country or a first-level region as the API allows.
 */
export class BriefView {
  readonly el: HTMLElement;
  private body = h('div', { class: 'brief-body', 'aria-live': 'polite' });
  private country: HTMLInputElement;
  private region: HTMLInputElement;
  private key = '';

  constructor() {
    this.country = h('input', { id: 'f-brief-country', name: 'country', type: 'search', placeholder: 'e.g. UA', maxlength: 2, size: 7, autocomplete: 'off' });
    this.region = h('input', { id: 'f-brief-region', name: 'region', type: 'search', placeholder: 'e.g. Kharkiv', autocomplete: 'off' });
    // A country is two letters or nothing: anything else waits (the URL would not keep it).
    this.country.addEventListener('change', () => { const v = this.country.value.trim(); if (!v || /^[A-Za-z]{2}$/.test(v)) navigate({ country: v.toUpperCase() || undefined }); });
    this.region.addEventListener('change', () => navigate({ region: this.region.value.trim() || undefined }));
    this.el = h('div', { class: 'brief' },
      h('form', { class: 'filters', role: 'search', 'aria-label': 'Brief filters', onsubmit: (e: Event) => e.preventDefault() },
        h('label', { for: 'f-brief-country' }, 'Country'), this.country,
        h('label', { for: 'f-brief-region' }, 'Region'), this.region),
      this.body);
  }

  async update(st: State): Promise<void> {
    if (document.activeElement !== this.country) this.country.value = st.country ?? '';
    if (document.activeElement !== this.region) this.region.value = st.region ?? '';
    const key = `${st.since ?? ''}|${st.until ?? ''}|${st.country ?? ''}|${st.region ?? ''}`;
    if (key === this.key) return;
    this.key = key;
    clear(this.body, h('p', {}, 'Loading…'));
    try {
      const b = await getJson<Brief>('/api/brief', { since: st.since, until: st.until, country: st.country, region: st.region, top: '15' });
      if (key !== this.key) return;
      clear(this.body, h('h2', {}, b.title),
        h('p', {}, `${b.counts.events} incidents, ${b.counts.claims} claims, ${b.counts.reports} reports.`),
        h('h3', {}, 'Key developments'),
        h('ol', { class: 'developments' }, ...b.keyDevelopments.map((k) => h('li', {},
          h('p', {}, k.text),
          h('p', { class: 'meta' }, ...k.citations.flatMap((c) => [
            h('a', { href: `#view=doc&doc=${encodeURIComponent(c.documentId)}&hl=${c.start}-${c.end}` }, `${c.outlet ?? 'source'} ${c.date ?? ''}`), ' ',
            externalLink(c.url, '(original)'), ' '])),
          k.kind === 'event' ? h('button', { type: 'button', class: 'link', onclick: () => navigate({ view: 'map', event: k.id }) }, 'on the map')
            : h('button', { type: 'button', class: 'link', onclick: () => navigate({ view: 'claims', claim: k.id }) }, 'on the board')))));
    } catch (e) { clear(this.body, h('p', { class: 'error' }, (e as Error).message)); }
  }
}
