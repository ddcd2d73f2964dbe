import './style.css';
import { getIncidents, type Incident } from './api.js';
import { Board } from './board.js';
import { h } from './dom.js';
import { EVENT_TYPES, typeStyle } from './event-types.js';
import { EvidenceView } from './evidence.js';
import { IncidentPanel, swatch } from './incident.js';
import { MapView } from './map.js';
import { BriefView, SearchView } from './search.js';
import { current, navigate, VIEWS, type State, type View } from './state.js';
import { Timeline } from './timeline.js';
import { eventInView } from './window.js';

/**
 * The dashboard: plain TypeScript modules over the DOM, no framework. The views are few and each redraws
 * from the URL state; a framework's diffing would buy little and cost bundle size, and building every node
 * with createElement/textContent keeps untrusted article text out of any HTML parser.
 */

const TITLES: Record<View, string> = { map: 'Map', claims: 'Claims', doc: 'Evidence', search: 'Search', brief: 'Brief' };

let events: Incident[] = [];
let lastFiltered: { key: string; from: Incident[] | null; list: Incident[] } = { key: '', from: null, list: [] };
/** A cluster's incidents, listed in the panel until the window or type filter changes. */
let pinned: { key: string; list: Incident[]; label: string } | null = null;
const filterKey = (st: State) => `${st.since}|${st.until}|${st.type}`;

const panel = new IncidentPanel();
const map = new MapView({ select: (id) => navigate({ event: id }), list: (list, label) => {
  pinned = { key: filterKey(current()), list, label };
  if (current().event) navigate({ event: undefined }); else panel.list(list, label);
} });
const timeline = new Timeline((w) => navigate({ since: w.since, until: w.until }));
const board = new Board();
const evidence = new EvidenceView();
const search = new SearchView();
const brief = new BriefView();

const typeSelect = h('select', { id: 'f-type', name: 'type' }, h('option', { value: '' }, 'all types'), ...EVENT_TYPES.map((t) => h('option', { value: t }, typeStyle(t).label)));
typeSelect.addEventListener('change', () => navigate({ type: typeSelect.value || undefined }));
const shadeSelect = h('select', { id: 'f-shade', name: 'shade' }, h('option', { value: 'incidents' }, 'incidents'), h('option', { value: 'toll' }, 'best toll'));
shadeSelect.addEventListener('change', () => navigate({ shade: shadeSelect.value === 'toll' ? 'toll' : undefined }));
const asOf = h('input', { type: 'date', id: 'as-of', name: 'as_of' });
asOf.addEventListener('change', () => navigate({ asOf: asOf.value || undefined }));

const tabs = new Map<View, HTMLAnchorElement>();
const nav = h('nav', { 'aria-label': 'Views' }, h('ul', {}, ...VIEWS.map((v) => {
  const a = h('a', { href: `#view=${v}`, 'data-view': v }, TITLES[v]);
  a.addEventListener('click', (e) => { e.preventDefault(); navigate({ view: v }); });
  tabs.set(v, a);
  return h('li', {}, a);
})));

const legend = h('ul', { class: 'type-legend', 'aria-label': 'Incident types' }, ...EVENT_TYPES.map((t) => h('li', {}, swatch(t), typeStyle(t).label)));
const sections: Record<View, HTMLElement> = {
  map: h('section', { class: 'view view-map', 'aria-label': 'Map' },
    h('div', { class: 'map-wrap' },
      h('div', { class: 'map-filters' }, h('label', { for: 'f-type' }, 'Type '), typeSelect, h('label', { for: 'f-shade' }, ' Shade regions by '), shadeSelect),
      map.el, legend),
    panel.el),
  claims: h('section', { class: 'view view-claims', 'aria-label': 'Claim board' }, board.el),
  doc: h('section', { class: 'view view-doc', 'aria-label': 'Evidence' }, evidence.el),
  search: h('section', { class: 'view view-search', 'aria-label': 'Search' }, search.el),
  brief: h('section', { class: 'view view-brief', 'aria-label': 'Brief' }, brief.el),
};
const status = h('p', { class: 'app-status', role: 'status' });

document.getElementById('app')!.append(
  h('header', { class: 'top' },
    h('h1', {}, h('a', { href: '#' }, 'sitrep')), nav,
    h('div', { class: 'as-of' }, h('label', { for: 'as-of' }, 'Claims as of '), asOf,
      h('button', { type: 'button', onclick: () => navigate({ asOf: undefined }) }, 'now'))),
  timeline.el, status,
  h('main', {}, ...Object.values(sections)));

/** The incidents newest first, sorted once per list: filtered views keep the order and need no sort. */
let sorted: { from: Incident[] | null; list: Incident[] } = { from: null, list: [] };
function newestFirst(list: Incident[]): Incident[] {
  if (sorted.from !== list) {
    const day = (e: Incident) => e.date?.start ?? '';
    sorted = { from: list, list: [...list].sort((a, b) => (day(a) < day(b) ? 1 : day(a) > day(b) ? -1 : a.id < b.id ? -1 : 1)) };
  }
  return sorted.list;
}

function filtered(st: State): Incident[] {
  if (lastFiltered.key !== filterKey(st) || lastFiltered.from !== events) lastFiltered = { key: filterKey(st), from: events, list: newestFirst(events).filter((e) => eventInView(e, st)) };
  return lastFiltered.list;
}

function render(): void {
  const st = current();
  document.title = `sitrep: ${TITLES[st.view]}`;
  for (const [v, a] of tabs) { if (v === st.view) a.setAttribute('aria-current', 'page'); else a.removeAttribute('aria-current'); }
  for (const v of VIEWS) sections[v].hidden = v !== st.view;
  asOf.value = st.asOf ?? '';
  typeSelect.value = st.type ?? '';
  shadeSelect.value = st.shade ?? 'incidents';
  timeline.el.hidden = st.view === 'doc' || st.view === 'search';
  timeline.setData(events, { since: st.since, until: st.until });
  if (st.view === 'map') {
    const list = filtered(st);
    map.setData(list, st.event ?? null, st.shade ?? 'incidents');
    if (pinned && pinned.key !== filterKey(st)) pinned = null;
    if (st.event) void panel.show(st.event);
    else if (pinned) panel.list(pinned.list, pinned.label);
    else panel.list(list, `${list.length} incident${list.length === 1 ? '' : 's'}${st.since || st.until ? ` from ${st.since ?? 'the start'} to ${st.until ?? 'now'}` : ''}`);
  }
  if (st.view === 'claims') void board.update(st);
  if (st.view === 'doc') void evidence.update(st);
  if (st.view === 'search') void search.update(st);
  if (st.view === 'brief') void brief.update(st);
  // User Timing mark: bench/dashboard.mjs reads when the view was last redrawn.
  performance.mark('sitrep:rendered');
}

window.addEventListener('hashchange', render);
status.textContent = 'Loading incidents…';
// Every incident in one request (the points view: ids, types, places, days, tolls); an incident's sources are
// fetched when it is opened.
getIncidents().then((list) => {
  events = list;
  status.textContent = '';
  document.body.dataset.ready = 'true';
  render();
  // bench/dashboard.mjs: when every incident was first drawn.
  performance.mark('sitrep:incidents-drawn');
}).catch((e: Error) => { status.textContent = `Incidents could not be loaded: ${e.message}`; render(); });
render();
