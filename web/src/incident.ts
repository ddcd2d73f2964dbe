import { Cache, getJson, type FusedEvent, type Incident } from './api.js';
import { clear, externalLink, h } from './dom.js';
import { typeStyle } from './event-types.js';
import { navigate } from './state.js';
import { describeEvent } from './window.js';

/** The side panel of the map: one incident with its sources, or a list of incidents to pick from. */
export class IncidentPanel {
  readonly el: HTMLElement;
  private cache = new Cache<FusedEvent>(50);
  private key = '';
  private lists = 0;

  constructor() {
    this.el = h('aside', { class: 'incident panel', 'aria-label': 'Incident', tabindex: -1 });
  }

  /**
   * Lists incidents in the order given (the app passes them newest first), up to 300: the first screenful at
   * once, the rest after the next frame is drawn (a filter or window change should not wait on rows out of sight).
   */
  list(events: Incident[], label: string): void {
    const key = `list:${label}:${++this.lists}`;
    this.key = key;
    const row = (e: Incident) => h('li', {},
      h('button', { type: 'button', class: 'incident-link', 'data-id': e.id, onclick: () => navigate({ event: e.id }) },
        swatch(e.type), describeEvent(e)));
    const ul = h('ul', { class: 'incident-list' }, ...events.slice(0, FIRST_ROWS).map(row));
    clear(this.el, h('h2', {}, label), ul,
      events.length > MAX_ROWS ? h('p', {}, `${events.length - MAX_ROWS} more: narrow the window or zoom in.`) : null);
    if (events.length > FIRST_ROWS) {
      later(() => { if (this.key === key) ul.append(...events.slice(FIRST_ROWS, MAX_ROWS).map(row)); });
    }
  }

  async show(id: string): Promise<void> {
    if (this.key === id) return;
    this.key = id;
    clear(this.el, h('p', {}, 'Loading…'));
    let e: FusedEvent;
    try { e = await this.cache.get(id, () => getJson<FusedEvent>(`/api/events/${encodeURIComponent(id)}`)); } catch (err) {
      clear(this.el, h('p', { class: 'error' }, (err as Error).message));
      return;
    }
    if (this.key !== id) return;
    const toll = (label: string, f: FusedEvent['killed']) => (f && f.best != null ? h('li', {}, `${label}: ${f.best}${f.low != null && f.high != null && f.low !== f.high ? ` (${f.low}–${f.high})` : ''}`) : null);
    clear(this.el,
      h('div', { class: 'panel-head' },
        h('h2', { id: 'incident-title' }, swatch(e.type), `${typeStyle(e.type).label}${e.place ? ` in ${e.place.name}` : ''}`),
        h('button', { type: 'button', class: 'close', 'aria-label': 'Close the incident', onclick: () => navigate({ event: undefined }) }, '×')),
      h('ul', { class: 'facts' },
        h('li', {}, `Date: ${e.date ? (e.date.start === e.date.end ? e.date.start : `${e.date.start} to ${e.date.end}`) : 'unknown'}`),
        e.place ? h('li', {}, `Place: ${[e.place.name, e.place.admin1, e.place.country].filter(Boolean).join(', ')}`) : null,
        e.actor ? h('li', {}, `Actor: ${e.actor}`) : null,
        toll('Killed', e.killed), toll('Injured', e.injured),
        h('li', {}, `${e.sourceCount} independent source${e.sourceCount === 1 ? '' : 's'}, ${e.reports.length} report${e.reports.length === 1 ? '' : 's'}`)),
      h('h3', {}, 'Sources'),
      h('ol', { class: 'sources' }, ...e.reports.map((r) => h('li', { class: 'source', 'data-doc': r.documentId },
        h('span', { class: 'meta' }, `${r.outlet ?? 'unknown outlet'}, ${r.published ?? 'undated'}`),
        h('q', {}, r.quote),
        h('span', { class: 'links' },
          h('a', { href: `#view=doc&doc=${encodeURIComponent(r.documentId)}&hl=${r.start}-${r.end}&from=${encodeURIComponent(e.id)}` }, 'in the document'), ' ',
          externalLink(r.url, 'original'))))));
  }
}

const FIRST_ROWS = 40;
const MAX_ROWS = 300;
/** After the next frame, when the page is idle (a timer where requestIdleCallback is missing). */
const later = (run: () => void) => ('requestIdleCallback' in window ? requestIdleCallback(run, { timeout: 500 }) : setTimeout(run, 50));

export function swatch(type: string): HTMLElement {
  const el = h('span', { class: 'swatch', 'aria-hidden': 'true' });
  el.style.background = typeStyle(type).color;
  return el;
}
