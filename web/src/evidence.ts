import { Cache, getJson, type Analysis, type DocumentFused } from './api.js';
import { clear, externalLink, h } from './dom.js';
import { pieces, type Marked } from './highlight.js';
import type { State } from './state.js';

/**
 * A stored document with its findings highlighted at their exact character spans: claims (the claimant's
 * name and the claim's content), verification statements, event sentences and places. `hl=start-end` in
 * the URL marks one span as selected (where a source or a cited sentence was opened from) and scrolls to it.
 * Below the text, each event and claim found in it links to the fused incident or claim it is a report of.
 */

const KINDS: [string, string][] = [['claim', 'Claim'], ['claimant', 'Claimant'], ['verification', 'Verification'], ['event', 'Event'], ['place', 'Place'], ['selected', 'Opened from']];

export class EvidenceView {
  readonly el: HTMLElement;
  private cache = new Cache<Analysis>(20);
  private fused = new Cache<DocumentFused | null>(20);
  private key = '';

  constructor() { this.el = h('article', { class: 'evidence', 'aria-label': 'Document' }); }

  async update(st: State): Promise<void> {
    const key = `${st.doc ?? ''}|${st.hl ?? ''}|${st.from ?? ''}`;
    if (key === this.key) return;
    this.key = key;
    if (!st.doc) { clear(this.el, h('p', {}, 'Open a document from an incident’s sources, a claim’s history or a search.')); return; }
    clear(this.el, h('p', {}, 'Loading…'));
    let a: Analysis;
    let fused: DocumentFused | null;
    try {
      // The links into the picture are extra: without them the document still shows.
      [a, fused] = await Promise.all([
        this.cache.get(st.doc, () => getJson<Analysis>(`/api/documents/${encodeURIComponent(st.doc!)}`)),
        this.fused.get(st.doc, () => getJson<DocumentFused>(`/api/documents/${encodeURIComponent(st.doc!)}/fused`).catch(() => null)),
      ]);
    } catch (e) {
      clear(this.el, h('p', { class: 'error' }, (e as Error).message));
      return;
    }
    if (key !== this.key) return;
    const d = a.document;
    const spans: Marked[] = [
      ...a.claims.map((c) => ({ ...c.content, kind: 'claim', label: `claim by ${c.claimant.name}` })),
      ...a.claims.map((c) => ({ ...c.claimant.span, kind: 'claimant', label: `claimant: ${c.claimant.name}` })),
      ...a.verifications.map((v) => ({ ...v.span, kind: 'verification', label: `verification: ${v.stance}` })),
      ...a.events.map((e) => ({ start: e.quote.start, end: e.quote.end, kind: 'event', label: `event: ${e.type.replace(/_/g, ' ')}${e.place ? ` in ${e.place.name}` : ''}` })),
      ...a.places.map((p) => ({ ...p.span, kind: 'place', label: `place: ${p.name} (${p.kind})` })),
    ];
    const m = /^(\d+)-(\d+)$/.exec(st.hl ?? '');
    if (m) spans.push({ start: Number(m[1]), end: Number(m[2]), kind: 'selected', label: 'the passage this was opened from', selected: true });
    // Innermost span decides the colour: places over claimants over claims over sentences.
    const rank = ['selected', 'place', 'claimant', 'verification', 'claim', 'event'];
    const body = h('div', { class: 'doc-text' });
    for (const p of pieces(d.text.length, spans)) {
      const text = d.text.slice(p.start, p.end);
      if (!p.spans.length) { body.append(text); continue; }
      const kinds = [...new Set(p.spans.map((x) => x.kind))].sort((x, y) => rank.indexOf(x) - rank.indexOf(y));
      const mark = h('mark', { class: `hl-${kinds.find((k) => k !== 'selected') ?? 'selected'}${kinds.includes('selected') ? ' sel' : ''}`, 'data-kinds': kinds.join(' '), 'data-start': p.start, 'data-end': p.end, title: p.spans.map((x) => x.label).join('; ') }, text);
      body.append(mark);
    }
    const link = externalLink(d.url, 'original article');
    clear(this.el,
      h('header', {},
        h('h2', { class: 'doc-title' }, d.title ?? '(untitled)'),
        h('p', { class: 'meta' }, `${d.outlet ?? 'unknown outlet'} · ${d.published ?? 'undated'} · document ${d.id} `, link),
        st.from ? h('p', { class: 'back' }, h('a', { href: st.from.startsWith('ev-') ? `#event=${encodeURIComponent(st.from)}` : `#view=claims&claim=${encodeURIComponent(st.from)}` },
          st.from.startsWith('ev-') ? `Back to the incident ${st.from}` : `Back to the claim ${st.from}`)) : null),
      h('ul', { class: 'legend', 'aria-label': 'Highlight colours' }, ...KINDS.map(([k, label]) => h('li', {}, h('mark', { class: `hl-${k}${k === 'selected' ? ' sel' : ''}` }, label)))),
      h('p', { class: 'counts' }, `${a.claims.length} claims, ${a.verifications.length} verification statements, ${a.events.length} events, ${a.places.length} places.`),
      body,
      fused?.items.length ? this.inPicture(a, fused) : null);
    body.querySelector('mark.sel')?.scrollIntoView({ block: 'center' });
  }

  /** Each finding that fusion placed, with a link to its passage here and one to its fused incident or claim. */
  private inPicture(a: Analysis, fused: DocumentFused): HTMLElement {
    const doc = encodeURIComponent(a.document.id);
    return h('section', { class: 'in-picture', 'aria-label': 'In the picture' },
      h('h3', {}, 'In the picture'),
      h('ul', {}, ...fused.items.map((f) => {
        const e = f.kind === 'event' ? a.events[f.finding] : null;
        const c = f.kind === 'claim' ? a.claims[f.finding] : null;
        const what = e ? `${e.type.replace(/_/g, ' ')}${e.place ? ` in ${e.place.name}` : ''}` : c ? `claim by ${c.claimant.name}` : f.kind;
        return h('li', { 'data-kind': f.kind, 'data-id': f.id },
          h('a', { href: `#view=doc&doc=${doc}&hl=${f.start}-${f.end}&from=${encodeURIComponent(f.id)}` }, what), ' → ',
          h('a', { class: 'fused-link', href: f.kind === 'event' ? `#event=${encodeURIComponent(f.id)}` : `#view=claims&claim=${encodeURIComponent(f.id)}` },
            f.kind === 'event' ? `the incident ${f.id}` : `the claim ${f.id}`));
      })));
  }
}
