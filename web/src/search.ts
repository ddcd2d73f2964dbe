import { getJson, type Brief, type Citation, type SearchHit } from './api.js';
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

/** A citation: its passage in the evidence view, and the original article. */
function cite(c: Citation): (HTMLElement | string | null)[] {
  return [h('a', { href: `#view=doc&doc=${encodeURIComponent(c.documentId)}&hl=${c.start}-${c.end}` }, `${c.outlet ?? 'source'} ${c.date ?? ''}`), ' ',
    externalLink(c.url, '(original)')];
}

function snippet(text: string): (string | HTMLElement)[] {
  return text.split(/(\[[^\]]*\])/).filter(Boolean).map((part) => (/^\[.*\]$/.test(part) ? h('mark', {}, part.slice(1, -1)) : part));
}

/**
 * The situation brief for the window, from /api/brief, drawn as DOM (its quotes are article text) with the
 * sections of the HTML brief (`sitrep brief --format html`), its citations opening the evidence view; narrowed
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
      const board = (id: string) => h('button', { type: 'button', class: 'link', onclick: () => navigate({ view: 'claims', claim: id }) }, 'on the board');
      const list = (items: HTMLElement[], empty: string) => (items.length ? h('ul', {}, ...items) : h('p', { class: 'note' }, empty));
      const awaiting = b.awaitingVerification.map((a) => h('li', {},
        `${a.claimant}${a.side ? ` (${a.side})` : ''}: `, h('q', {}, a.citation.quote),
        ` — ${a.stories} ${a.stories === 1 ? 'story' : 'stories'} `, ...cite(a.citation), ' ', board(a.id)));
      if (b.awaitingTotal > b.awaitingVerification.length) awaiting.push(h('li', {}, `… and ${b.awaitingTotal - b.awaitingVerification.length} more`));
      const changes = b.statusChanges.map((x) => h('li', {},
        `${x.date ?? 'undated'}: ${x.from ?? 'new'} → `, h('strong', {}, x.to), ` — ${x.claimant}: `, h('q', {}, x.claim.quote), ' ', ...cite(x.claim),
        ...(x.because.length ? [' because ', ...x.because.flatMap((w, i) => [i ? '; ' : '', `${w.who} (${w.kind}): `, h('q', {}, w.quote), ' ', ...cite(w)])] : []),
        ' ', board(x.claimId)));
      const fig = (n: number | null | undefined) => (n == null ? '' : String(n));
      // Ten columns: scrolled sideways on a phone rather than wider than the screen.
      const casualties = b.casualties.length ? h('div', { class: 'table-wrap' }, h('table', { class: 'casualties' },
        h('thead', {}, h('tr', {}, ...['region', 'country', 'events', 'killed low', 'best', 'high', 'injured low', 'best', 'high', 'sources'].map((t) => h('th', { scope: 'col' }, t)))),
        h('tbody', {}, ...b.casualties.map((r) => h('tr', { class: r.aggregate ? 'aggregate' : '' },
          h('td', {}, `${r.region}${r.aggregate ? ' (aggregate)' : ''}`), h('td', {}, r.country ?? ''), h('td', { class: 'n' }, r.events.length),
          ...[r.killed?.low, r.killed?.best, r.killed?.high, r.injured?.low, r.injured?.best, r.injured?.high].map((n) => h('td', { class: 'n' }, fig(n))),
          h('td', {}, ...r.sources.flatMap((x, i) => [i ? ', ' : '', externalLink(x.url, x.outlet) ?? x.outlet])))))))
        : h('p', { class: 'note' }, 'No casualty figures in this period.');
      clear(this.body, h('h2', {}, b.title),
        h('p', {}, `${b.counts.events} incidents, ${b.counts.claims} claims, ${b.counts.reports} reports.`),
        h('section', { class: 'brief-key', 'aria-label': 'Key developments' }, h('h3', {}, 'Key developments'),
          h('ol', { class: 'developments' }, ...b.keyDevelopments.map((k) => h('li', {},
            h('p', {}, k.text),
            h('p', { class: 'meta' }, ...k.citations.flatMap((c) => [...cite(c), ' '])),
            k.kind === 'event' ? h('button', { type: 'button', class: 'link', onclick: () => navigate({ view: 'map', event: k.id }) }, 'on the map')
              : board(k.id))))),
        h('section', { class: 'brief-awaiting', 'aria-label': 'Claims awaiting verification' }, h('h3', {}, 'Claims awaiting verification'), list(awaiting, 'None.')),
        h('section', { class: 'brief-changes', 'aria-label': 'Status changes' }, h('h3', {}, 'Status changes'), list(changes, 'None in this period.')),
        h('section', { class: 'brief-casualties', 'aria-label': 'Casualties by region' }, h('h3', {}, 'Casualties by region'),
          b.casualties.length ? h('p', { class: 'note' }, 'Incidents in one region are added up; low = lowest reported figure, best = latest, high = highest. Aggregate tallies overlap the incidents and are not added.') : null,
          casualties));
    } catch (e) { clear(this.body, h('p', { class: 'error' }, (e as Error).message)); }
  }
}
