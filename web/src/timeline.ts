import type { Incident } from './api.js';
import { h, s } from './dom.js';
import { EVENT_TYPES, typeStyle } from './event-types.js';

/**
 * Incidents per day, stacked by type, with a brush: drag across days to set the window (since..until),
 * which filters map, board and lists. The two date fields are the keyboard way to do the same.
 */

const DAY_MS = 86_400_000;
const MAX_DAYS = 120;
const toDay = (t: number) => new Date(t).toISOString().slice(0, 10);
const fromDay = (d: string) => Date.parse(`${d}T00:00:00Z`);

export interface Window { since?: string; until?: string }

export class Timeline {
  readonly el: HTMLElement;
  private svg: SVGSVGElement;
  private days: string[] = [];
  private note: HTMLElement;
  private sinceInput: HTMLInputElement;
  private untilInput: HTMLInputElement;
  private window: Window = {};
  private width = 600;
  private readonly height = 84;

  constructor(private readonly onWindow: (w: Window) => void) {
    this.svg = s('svg', { class: 'timeline-svg', role: 'img', 'aria-label': 'Incidents per day by type; drag to choose a window' });
    this.sinceInput = h('input', { type: 'date', id: 'since', name: 'since' });
    this.untilInput = h('input', { type: 'date', id: 'until', name: 'until' });
    const changed = () => this.onWindow({ since: this.sinceInput.value || undefined, until: this.untilInput.value || undefined });
    this.sinceInput.addEventListener('change', changed);
    this.untilInput.addEventListener('change', changed);
    this.note = h('span', { class: 'timeline-note' });
    this.el = h('section', { class: 'timeline', 'aria-label': 'Timeline' },
      h('div', { class: 'timeline-controls' },
        h('label', { for: 'since' }, 'From '), this.sinceInput,
        h('label', { for: 'until' }, ' to '), this.untilInput,
        h('button', { type: 'button', class: 'clear-window', onclick: () => this.onWindow({}) }, 'All dates'),
        this.note),
      this.svg);
    this.bindBrush();
    new ResizeObserver(() => { this.width = this.svg.getBoundingClientRect().width || 600; this.draw(this.lastEvents); }).observe(this.svg);
  }

  private lastEvents: Incident[] = [];

  private drawnFor: { events: Incident[]; since?: string; until?: string } | null = null;

  setData(events: Incident[], w: Window): void {
    this.window = w;
    this.sinceInput.value = w.since ?? '';
    this.untilInput.value = w.until ?? '';
    const d = this.drawnFor;
    if (d && d.events === events && d.since === w.since && d.until === w.until) return;
    this.drawnFor = { events, ...w };
    // A new window over the same incidents moves the brush; the bars stay.
    if (d && d.events === events && this.drawnWidth === this.width) this.drawBrush();
    else this.draw(events);
  }

  private drawnWidth = 0;
  private brush: SVGRectElement = s('rect', { class: 'brush' });

  /** The window's band behind the bars (none without a window, or when it misses the drawn days). */
  private drawBrush(): void {
    const [ws, we] = [this.window.since, this.window.until];
    const bw = this.width / Math.max(1, this.days.length);
    const a = ws ? this.days.findIndex((d) => d >= ws) : 0;
    let b = this.days.length - 1;
    if (we) while (b >= 0 && this.days[b] > we) b--;
    const shown = (ws || we) && a >= 0 && b >= a;
    if (!shown) { this.brush.remove(); return; }
    for (const [k, v] of Object.entries({ x: a * bw, y: 0, width: (b - a + 1) * bw, height: this.height - 16 })) this.brush.setAttribute(k, String(v));
    if (this.brush.parentNode !== this.svg) this.svg.prepend(this.brush);
  }

  private draw(events: Incident[]): void {
    this.lastEvents = events;
    const dated = events.filter((e) => e.date?.start);
    this.drawnWidth = this.width;
    if (!dated.length) { this.svg.replaceChildren(); this.note.textContent = 'No dated incidents.'; this.days = []; return; }
    const starts = dated.map((e) => e.date!.start.slice(0, 10)).sort();
    const last = fromDay(starts[starts.length - 1]);
    // From a couple of days before the 5th percentile: one stray old date should not squash the rest.
    const p5 = fromDay(starts[Math.floor(starts.length * 0.05)]) - 2 * DAY_MS;
    const first = Math.max(fromDay(starts[0]), p5, last - (MAX_DAYS - 1) * DAY_MS);
    this.days = [];
    for (let t = first; t <= last; t += DAY_MS) this.days.push(toDay(t));
    const earlier = starts.filter((d) => d < this.days[0]).length;
    this.note.textContent = earlier ? ` ${earlier} earlier incident${earlier === 1 ? '' : 's'} before ${this.days[0]} not drawn.` : '';
    const index = new Map(this.days.map((d, i) => [d, i]));
    const stacks = this.days.map(() => new Map<string, number>());
    for (const e of dated) {
      const i = index.get(e.date!.start.slice(0, 10));
      if (i != null) stacks[i].set(e.type, (stacks[i].get(e.type) ?? 0) + 1);
    }
    const max = Math.max(1, ...stacks.map((m) => [...m.values()].reduce((a, b) => a + b, 0)));
    const bw = this.width / this.days.length;
    const plot = this.height - 16;
    const nodes: SVGElement[] = [];
    stacks.forEach((m, i) => {
      let y = plot;
      for (const type of EVENT_TYPES) {
        const n = m.get(type);
        if (!n) continue;
        const hgt = (n / max) * (plot - 4);
        y -= hgt;
        const r = s('rect', { x: i * bw + 1, y, width: Math.max(1, bw - 2), height: hgt, class: 'bar', 'data-day': this.days[i], 'data-type': type, 'data-count': n },
          s('title', {}, `${this.days[i]}: ${n} ${typeStyle(type).label.toLowerCase()}`));
        r.style.fill = typeStyle(type).color;
        nodes.push(r);
      }
    });
    const ticks = Math.max(1, Math.ceil(this.days.length / Math.max(1, Math.floor(this.width / 70))));
    this.days.forEach((d, i) => { if (i % ticks === 0) nodes.push(s('text', { x: i * bw + 2, y: this.height - 3, class: 'tick' }, d.slice(5))); });
    this.svg.setAttribute('viewBox', `0 0 ${this.width} ${this.height}`);
    this.svg.replaceChildren(...nodes);
    this.drawBrush();
  }

  private dayAt(clientX: number): number {
    const r = this.svg.getBoundingClientRect();
    return Math.max(0, Math.min(this.days.length - 1, Math.floor(((clientX - r.left) / r.width) * this.days.length)));
  }

  private bindBrush(): void {
    let start: number | null = null;
    let preview: SVGRectElement | null = null;
    this.svg.addEventListener('pointerdown', (e) => {
      if (!this.days.length) return;
      start = this.dayAt(e.clientX);
      this.svg.setPointerCapture(e.pointerId);
      preview = s('rect', { class: 'brush preview', y: 0, height: this.height - 16 });
      this.svg.prepend(preview);
      this.movePreview(start, start, preview);
    });
    this.svg.addEventListener('pointermove', (e) => { if (start != null && preview) this.movePreview(start, this.dayAt(e.clientX), preview); });
    this.svg.addEventListener('pointerup', (e) => {
      if (start == null) return;
      const end = this.dayAt(e.clientX);
      const [a, b] = start <= end ? [start, end] : [end, start];
      // The window's own band replaces the preview (the bars are not redrawn for a new window).
      preview?.remove();
      start = null; preview = null;
      this.onWindow({ since: this.days[a], until: this.days[b] });
    });
  }

  private movePreview(a: number, b: number, r: SVGRectElement): void {
    const bw = this.width / this.days.length;
    const [lo, hi] = a <= b ? [a, b] : [b, a];
    r.setAttribute('x', String(lo * bw));
    r.setAttribute('width', String((hi - lo + 1) * bw));
  }
}
