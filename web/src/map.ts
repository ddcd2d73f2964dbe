import { geoBounds, geoContains, geoMercator, geoPath, type GeoProjection } from 'd3-geo';
import { feature } from 'topojson-client';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import type { Topology } from 'topojson-specification';
import type { Incident, PointPlace } from './api.js';
import { h, s, clear } from './dom.js';
import { typeStyle } from './event-types.js';
import { bestToll, describeEvent } from './window.js';

/**
 * The map: plain SVG drawn with d3-geo (no tiles, no map library: country and region shapes are GeoJSON
 * from npm packages, served by our own server). Country outlines at 1:110m, 1:50m once zoomed in, and
 * first-level regions of the countries with incidents in view once zoomed further (loaded per zoom level and country).
 * Markers are drawn in screen space (constant size), grouped into clusters (incidents within 30 px of a cluster's first one).
 * Incidents are handled per place (many share one: the 10,000-document benchmark's 31,074 stand at 221 places):
 * a place is projected, put in its region and clustered once, whatever the number of incidents there.
 */

type Shape = Feature<Geometry, { name: string; a2?: string | null }>;
const CELL = 30;
const MAX_K = 64;
const DETAIL_50M = 900;     // projection scale × zoom beyond which 1:50m countries replace 1:110m
const DETAIL_ADMIN1 = 1400; // … and admin-1 regions appear

async function loadShapes(url: string, object: string): Promise<Shape[]> {
  const res = await fetch(url);
  if (!res.ok) throw new Error(`${url}: ${res.status}`);
  const topo = (await res.json()) as Topology;
  return (feature(topo, topo.objects[object]) as unknown as FeatureCollection<Geometry, { name: string; a2?: string | null }>).features;
}

/** The points inside the 10th–90th percentile box of longitude and latitude (a few far-off places should not set the view). */
function central(pts: number[][]): number[][] {
  if (pts.length < 20) return pts;
  const q = (xs: number[], f: number) => [...xs].sort((a, b) => a - b)[Math.floor(f * (xs.length - 1))];
  const [lo0, hi0] = [q(pts.map((p) => p[0]), 0.1), q(pts.map((p) => p[0]), 0.9)];
  const [lo1, hi1] = [q(pts.map((p) => p[1]), 0.1), q(pts.map((p) => p[1]), 0.9)];
  return pts.filter((p) => p[0] >= lo0 && p[0] <= hi0 && p[1] >= lo1 && p[1] <= hi1);
}

/** A cheap test before the exact one: is the point inside the shape's bounding box (which may cross 180°)? */
const boxes = new WeakMap<Shape, [[number, number], [number, number]]>();
function inBox(f: Shape, lon: number, lat: number): boolean {
  let b = boxes.get(f);
  if (!b) { b = geoBounds(f); boxes.set(f, b); }
  const [[w, s], [e, n]] = b;
  if (lat < s || lat > n) return false;
  return w <= e ? lon >= w && lon <= e : lon >= w || lon <= e;
}

/** The incidents at one place, in list order, and the place's point at zoom 1. */
interface PlaceGroup { place: PointPlace; x: number; y: number; events: Incident[]; types: Map<string, number>; toll: number }

export interface MapCallbacks {
  select(id: string): void;
  list(events: Incident[], label: string): void;
}

export class MapView {
  readonly el: HTMLElement;
  private svg: SVGSVGElement;
  private world: SVGGElement;
  private countriesG: SVGGElement;
  private regionsG: SVGGElement;
  private markersG: SVGGElement;
  private projection: GeoProjection = geoMercator();
  private k = 1; private tx = 0; private ty = 0;
  private width = 800; private height = 500;
  private events: Incident[] = [];
  private selected: string | null = null;
  private shade: 'incidents' | 'toll' = 'incidents';
  private scale: '110m' | '50m' | null = null;
  private countries = new Map<string, Promise<Shape[]>>();
  private admin1 = new Map<string, Promise<Shape[] | null>>();
  private admin1Index: Promise<string[]> | null = null;
  private regionOfPlace = new WeakMap<PointPlace, Shape | null>();
  private fitted = false;
  private frame = 0;
  private status: HTMLElement;

  constructor(private readonly cb: MapCallbacks) {
    this.svg = s('svg', { class: 'map-svg', role: 'group', 'aria-label': 'Map of incidents' });
    this.world = s('g', { class: 'world' });
    this.countriesG = s('g', { class: 'countries', 'aria-hidden': 'true' });
    this.regionsG = s('g', { class: 'regions', 'aria-hidden': 'true' });
    this.markersG = s('g', { class: 'markers' });
    this.world.append(this.countriesG, this.regionsG);
    this.svg.append(this.world, this.markersG);
    this.status = h('p', { class: 'map-status', 'aria-live': 'polite' });
    const zoom = (f: number) => () => this.zoomBy(f, this.width / 2, this.height / 2);
    const controls = h('div', { class: 'map-controls' },
      h('button', { type: 'button', onclick: zoom(2), 'aria-label': 'Zoom in' }, '+'),
      h('button', { type: 'button', onclick: zoom(0.5), 'aria-label': 'Zoom out' }, '−'),
      h('button', { type: 'button', onclick: () => { this.fitted = false; this.layout(); }, 'aria-label': 'Fit the map to the incidents' }, '⤢'));
    this.el = h('div', { class: 'map' }, this.svg, controls, this.status);
    this.bindPanZoom();
    new ResizeObserver(() => this.layout()).observe(this.el);
  }

  setData(events: Incident[], selected: string | null, shade: 'incidents' | 'toll'): void {
    if (events === this.events && shade === this.shade && this.fitted) {
      // Only the selection changed: mark it, no redraw.
      if (selected !== this.selected) {
        this.selected = selected;
        for (const m of this.markersG.querySelectorAll('.marker')) {
          m.classList.toggle('selected', !!selected && holds(this.members.get(m) ?? [], selected));
        }
      }
      return;
    }
    const changed = events !== this.events;
    this.events = events;
    this.selected = selected;
    this.shade = shade;
    if (changed && !this.fitted) this.layout();
    else this.redraw();
  }

  private placeXY = new WeakMap<PointPlace, [number, number] | null>();
  private placeXYFit = -1;
  /** A place's point at zoom 1, projected once per fit. */
  private unscaledPoint(pl: PointPlace): [number, number] | null {
    if (this.placeXYFit !== this.fits) { this.placeXY = new WeakMap(); this.placeXYFit = this.fits; }
    let p = this.placeXY.get(pl);
    if (p === undefined) { p = (this.projection([pl.lon!, pl.lat!]) as [number, number] | null) ?? null; this.placeXY.set(pl, p); }
    return p;
  }

  private groupsCache: { from: Incident[]; fits: number; groups: PlaceGroup[]; pos: Int32Array } | null = null;
  /**
   * The located incidents by place, places in the order of their first incident in the list (so the same
   * data and view always give the same clusters), once per list and fit; `pos` is each incident's position
   * in the list, by its index in the loaded list (Incident.i).
   */
  private groups(): { groups: PlaceGroup[]; pos: Int32Array } {
    const list = this.located();
    const c = this.groupsCache;
    if (c && c.from === list && c.fits === this.fits) return c;
    const byPlace = new Map<PointPlace, PlaceGroup | null>();
    const groups: PlaceGroup[] = [];
    let maxI = 0;
    for (const e of list) if (e.i > maxI) maxI = e.i;
    const pos = new Int32Array(maxI + 1);
    list.forEach((e, k) => {
      pos[e.i] = k;
      const pl = e.place!;
      let g = byPlace.get(pl);
      if (g === undefined) {
        const p = this.unscaledPoint(pl);
        g = p ? { place: pl, x: p[0], y: p[1], events: [], types: new Map(), toll: 0 } : null;
        byPlace.set(pl, g);
        if (g) groups.push(g);
      }
      if (!g) return;
      g.events.push(e);
      g.types.set(e.type, (g.types.get(e.type) ?? 0) + 1);
      g.toll += bestToll(e);
    });
    this.groupsCache = { from: list, fits: this.fits, groups, pos };
    return this.groupsCache;
  }

  private locatedCache: { from: Incident[]; list: Incident[] } | null = null;
  private located(): Incident[] {
    if (this.locatedCache?.from !== this.events) {
      // In the API's order (stable), so the same data and view always give the same clusters.
      const list = this.events.filter((e) => e.place?.lat != null && e.place?.lon != null);
      this.locatedCache = { from: this.events, list };
    }
    return this.locatedCache.list;
  }

  private layout(): void {
    const r = this.el.getBoundingClientRect();
    if (r.width < 10 || r.height < 10) return;
    this.width = r.width; this.height = r.height;
    this.svg.setAttribute('viewBox', `0 0 ${this.width} ${this.height}`);
    if (!this.fitted) {
      // Fit to incidents placed more finely than a whole country (a country's centroid would stretch the view).
      const fine = this.located().filter((e) => e.place!.kind !== 'country');
      const pts = central((fine.length ? fine : this.located()).map((e) => [e.place!.lon!, e.place!.lat!]));
      const target = pts.length ? { type: 'MultiPoint' as const, coordinates: pts.length === 1 ? [pts[0], [pts[0][0] + 4, pts[0][1] + 3]] : pts } : { type: 'MultiPoint' as const, coordinates: [[-20, 30], [60, 65]] };
      const pad = Math.min(60, this.width * 0.08);
      // No adaptive resampling: at the shapes' own resolution it adds almost no points to a Mercator path and
      // took half the time of drawing the 1:50m countries.
      this.projection = geoMercator().precision(0).fitExtent([[pad, pad], [this.width - pad, this.height - pad]], target);
      this.k = 1; this.tx = 0; this.ty = 0;
      this.fitted = pts.length > 0; // with no incidents yet, fit again when they come
      this.fits++;
    }
    this.scale = null;
    this.redraw();
  }

  private zoomBy(f: number, cx: number, cy: number): void {
    const k = Math.max(0.25, Math.min(MAX_K, this.k * f));
    const ratio = k / this.k;
    this.tx = cx - (cx - this.tx) * ratio;
    this.ty = cy - (cy - this.ty) * ratio;
    this.k = k;
    this.schedule();
  }

  private bindPanZoom(): void {
    let drag: { x: number; y: number; tx: number; ty: number; moved: boolean } | null = null;
    this.svg.addEventListener('wheel', (e) => {
      e.preventDefault();
      const r = this.svg.getBoundingClientRect();
      this.zoomBy(Math.pow(2, -e.deltaY / 300), e.clientX - r.left, e.clientY - r.top);
    }, { passive: false });
    this.svg.addEventListener('pointerdown', (e) => {
      if ((e.target as Element).closest('.marker')) return;
      drag = { x: e.clientX, y: e.clientY, tx: this.tx, ty: this.ty, moved: false };
      this.svg.setPointerCapture(e.pointerId);
    });
    this.svg.addEventListener('pointermove', (e) => {
      if (!drag) return;
      this.tx = drag.tx + e.clientX - drag.x; this.ty = drag.ty + e.clientY - drag.y;
      drag.moved = true;
      this.schedule();
    });
    const end = () => { drag = null; };
    this.svg.addEventListener('pointerup', end);
    this.svg.addEventListener('pointercancel', end);
    this.el.addEventListener('keydown', (e) => {
      if ((e.target as Element).closest('.marker')) return;
      const step = 60;
      const moves: Record<string, () => void> = {
        ArrowLeft: () => { this.tx += step; }, ArrowRight: () => { this.tx -= step; }, ArrowUp: () => { this.ty += step; }, ArrowDown: () => { this.ty -= step; },
      };
      if (moves[e.key]) { moves[e.key](); this.schedule(); e.preventDefault(); }
    });
  }

  private schedule(): void {
    if (this.frame) return;
    this.frame = requestAnimationFrame(() => { this.frame = 0; this.redraw(); });
  }

  private strokeK = 0;
  private redraw(): void {
    this.world.setAttribute('transform', `translate(${this.tx},${this.ty}) scale(${this.k})`);
    // Outlines keep their width on screen whatever the zoom (0.6 px countries, 0.4 px regions).
    if (this.k !== this.strokeK) {
      this.strokeK = this.k;
      this.countriesG.setAttribute('stroke-width', String(0.6 / this.k));
      this.regionsG.setAttribute('stroke-width', String(0.4 / this.k));
    }
    void this.drawShapes();
    this.drawMarkers();
  }

  private detail(): number { return this.projection.scale() * this.k; }

  private async drawShapes(): Promise<void> {
    const scale = this.detail() > DETAIL_50M ? '50m' : '110m';
    if (scale !== this.scale) {
      this.scale = scale;
      if (!this.countries.has(scale)) this.countries.set(scale, loadShapes(`/geo/countries-${scale}.json`, 'countries'));
      try {
        const shapes = await this.countries.get(scale)!;
        if (this.scale !== scale) return;
        const path = geoPath(this.projection);
        clear(this.countriesG, ...shapes.map((f) => s('path', { d: path(f) ?? '', class: 'country', 'data-a2': f.properties.a2 ?? '', 'data-name': f.properties.name })));
      } catch (e) { this.status.textContent = `Country shapes could not be loaded (${(e as Error).message}).`; }
    }
    await this.drawRegions();
  }

  private regionEls = new WeakMap<Shape, { fits: number; path: SVGPathElement; value: number; opacity: string }>();
  private regionsKey = '';
  private regionsFor: Incident[] | null = null;
  private fits = 0;

  /**
   * The regions of the countries with incidents in view (their shapes are loaded as they come into view),
   * redrawn when the data, the measure, the fit or those countries change, not on every frame of a pan or zoom.
   * Shading is relative to the most-hit region drawn.
   */
  private async drawRegions(): Promise<void> {
    if (this.detail() < DETAIL_ADMIN1) {
      if (this.regionsKey) { this.regionsG.replaceChildren(); this.regionsKey = ''; }
      return;
    }
    this.admin1Index ??= fetch('/geo/admin1/index.json').then((r) => r.json() as Promise<string[]>).catch(() => []);
    const events = this.located();
    const margin = 100;
    const inView = new Set<string>();
    for (const g of this.groups().groups) {
      const x = g.x * this.k + this.tx;
      const y = g.y * this.k + this.ty;
      if (g.place.country && x > -margin && x < this.width + margin && y > -margin && y < this.height + margin) inView.add(g.place.country);
    }
    const key = `${this.fits}|${events.length}|${this.shade}|${[...inView].sort().join(',')}`;
    if (key === this.regionsKey && events === this.regionsFor) return;
    this.regionsKey = key;
    this.regionsFor = events;
    const available = new Set(await this.admin1Index);
    const countries = [...inView].filter((c) => available.has(c));
    for (const c of countries) if (!this.admin1.has(c)) this.admin1.set(c, loadShapes(`/geo/admin1/${c}.json`, 'regions').catch(() => null));
    const byCountry = new Map<string, Shape[]>();
    for (const c of countries) { const f = await this.admin1.get(c)!; if (f) byCountry.set(c, f); }
    if (this.regionsKey !== key || this.regionsFor !== events) return; // superseded while loading
    // Which region each place lies in (point in polygon, once per place), then the chosen measure per region.
    const value = new Map<Shape, number>();
    for (const g of this.groups().groups) {
      const pl = g.place;
      // A country-level incident sits at the country's centre: it belongs to no region.
      if (pl.kind === 'country') continue;
      const shapes = byCountry.get(pl.country ?? '');
      if (!shapes) continue;
      let r = this.regionOfPlace.get(pl);
      if (r === undefined) {
        r = shapes.find((f) => inBox(f, pl.lon!, pl.lat!) && geoContains(f, [pl.lon!, pl.lat!])) ?? null;
        this.regionOfPlace.set(pl, r);
      }
      if (r) value.set(r, (value.get(r) ?? 0) + (this.shade === 'toll' ? g.toll : g.events.length));
    }
    const max = Math.max(1, ...value.values());
    // One path element per region and fit, kept: a change of data only restyles it (parsing big path data
    // again on every filter was most of a filter's cost).
    const nodes: SVGPathElement[] = [];
    for (const shapes of byCountry.values()) {
      for (const f of shapes) {
        let el = this.regionEls.get(f);
        if (!el || el.fits !== this.fits) {
          el = { fits: this.fits, path: s('path', { d: geoPath(this.projection)(f) ?? '', 'data-name': f.properties.name, class: 'region', 'data-value': 0 }), value: 0, opacity: '' };
          this.regionEls.set(f, el);
        }
        // Only what changed is touched: a restyled region is repainted.
        const v = value.get(f) ?? 0;
        const opacity = v ? (0.12 + 0.5 * (v / max)).toFixed(3) : '';
        if (v !== el.value) {
          if (!v !== !el.value) el.path.setAttribute('class', v ? 'region shaded' : 'region');
          el.path.setAttribute('data-value', String(v));
          el.value = v;
        }
        if (opacity !== el.opacity) { el.path.style.fillOpacity = opacity; el.opacity = opacity; }
        nodes.push(el.path);
      }
    }
    const same = nodes.length === this.regionsG.childNodes.length && nodes.every((n, i) => this.regionsG.childNodes[i] === n);
    if (!same) this.regionsG.replaceChildren(...nodes);
  }

  private drawMarkers(): void {
    // Greedy clustering of places: a place joins the first cluster whose anchor is within CELL px, else anchors
    // a new one; anchors are bucketed on a CELL grid so each place looks at nine buckets only.
    type Cluster = { x: number; y: number; groups: PlaceGroup[]; n: number };
    const cells = new Map<number, Cluster[]>();
    const clusters: Cluster[] = [];
    const { groups, pos } = this.groups();
    const cellKey = (cx: number, cy: number) => cx * 1_000_003 + cy;
    for (const g of groups) {
      const x = g.x * this.k + this.tx;
      const y = g.y * this.k + this.ty;
      const cx = Math.floor(x / CELL);
      const cy = Math.floor(y / CELL);
      let found: Cluster | undefined;
      for (let dx = -1; dx <= 1 && !found; dx++) {
        for (let dy = -1; dy <= 1 && !found; dy++) {
          const bucket = cells.get(cellKey(cx + dx, cy + dy));
          if (bucket) found = bucket.find((c) => (c.x - x) ** 2 + (c.y - y) ** 2 < CELL * CELL);
        }
      }
      if (found) { found.groups.push(g); found.n += g.events.length; continue; }
      const c = { x, y, groups: [g], n: g.events.length };
      clusters.push(c);
      const key = cellKey(cx, cy);
      const bucket = cells.get(key);
      if (bucket) bucket.push(c); else cells.set(key, [c]);
    }
    const nodes: SVGElement[] = [];
    for (const c of clusters) {
      const node = c.n === 1 ? this.marker(c.groups[0].events[0], c.x, c.y) : this.cluster(c.groups, c.n, pos, c.x, c.y);
      this.members.set(node, c.groups);
      nodes.push(node);
    }
    this.markersG.replaceChildren(...nodes);
    const n = this.located().length;
    this.status.textContent = `${n} incident${n === 1 ? '' : 's'} on the map${this.events.length > n ? ` (${this.events.length - n} without coordinates)` : ''}.`;
  }

  private marker(e: Incident, x: number, y: number): SVGElement {
    const r = Math.min(18, 5 + 2 * Math.sqrt(bestToll(e)));
    const g = s('g', {
      class: `marker${e.id === this.selected ? ' selected' : ''}`, role: 'button', tabindex: 0, 'aria-label': describeEvent(e),
      'data-id': e.id, 'data-type': e.type, transform: `translate(${x},${y})`,
    }, s('title', {}, describeEvent(e)), s('circle', { r, class: 'dot' }));
    (g.lastChild as SVGElement).style.fill = typeStyle(e.type).color;
    this.activate(g, () => this.cb.select(e.id));
    return g;
  }

  private cluster(groups: PlaceGroup[], n: number, pos: Int32Array, x: number, y: number): SVGElement {
    const counts = new Map<string, number>();
    for (const g of groups) for (const [t, k] of g.types) counts.set(t, (counts.get(t) ?? 0) + k);
    const top = [...counts].sort((a, b) => b[1] - a[1])[0][0];
    const label = `${n} incidents here`;
    // The members in list order (the first one is at the anchor: its place came first).
    const members = () => (groups.length === 1 ? groups[0].events : groups.flatMap((g) => g.events).sort((a, b) => pos[a.i] - pos[b.i]));
    const g = s('g', {
      class: `marker cluster${this.selected && holds(groups, this.selected) ? ' selected' : ''}`, role: 'button', tabindex: 0,
      'aria-label': `${label}: open the list`, 'data-count': n, transform: `translate(${x},${y})`,
      // Ids as an attribute for small clusters only (for tests and tools); thousands of ids would cost more than the drawing.
      'data-ids': n <= 200 ? members().map((e) => e.id).join(' ') : null,
    }, s('title', {}, label), s('circle', { r: 9 + Math.min(9, Math.log2(n) * 2), class: 'dot' }), s('text', { dy: '0.35em' }, String(n)));
    (g.children[1] as SVGElement).style.stroke = typeStyle(top).color;
    this.activate(g, () => {
      const xs = groups.map((p) => p.x * this.k);
      const ys = groups.map((p) => p.y * this.k);
      const dx = Math.max(...xs) - Math.min(...xs);
      const dy = Math.max(...ys) - Math.min(...ys);
      // Points that would separate on zooming: zoom; the same spot (or fully zoomed): list them.
      if (Math.max(dx, dy) > 0.5 && this.k < MAX_K) this.zoomBy(Math.min(8, CELL * 1.5 / Math.max(dx, dy, 1) * 2), x, y);
      this.cb.list(members(), label);
    });
    return g;
  }

  /** The incidents behind each drawn marker or cluster. */
  private members = new WeakMap<Element, PlaceGroup[]>();

  private activate(el: SVGElement, run: () => void): void {
    el.addEventListener('click', (e) => { e.stopPropagation(); run(); });
    el.addEventListener('keydown', (e) => {
      const k = (e as KeyboardEvent).key;
      if (k === 'Enter' || k === ' ') { e.preventDefault(); run(); }
    });
  }
}

/** Whether an incident is among the places' incidents. */
function holds(groups: PlaceGroup[], id: string): boolean {
  return groups.some((g) => g.events.some((e) => e.id === id));
}
