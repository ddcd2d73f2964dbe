import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { ingestPaths } from '../../src/ingest/run.js';
import { SqliteStore } from '../../src/store/sqlite/sqlite-store.js';
import { DEMO_CORPUS } from '../../src/cli/demo.js';
import { startServer, type RunningServer } from '../../src/cli/serve.js';
import { artifact, launchChromium } from './browser.js';

/**
 * The dashboard in a real browser (Debian's chromium) against a real server on loopback over the demo
 * store. Every expectation is checked against what the API itself answers, not against fixed numbers.
 */

type Json = any; // eslint-disable-line @typescript-eslint/no-explicit-any
let dir: string;
let store: SqliteStore;
let server: RunningServer;
let browser: Browser;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'sitrep-web-'));
  store = new SqliteStore(join(dir, 'demo.db'));
  const s = await ingestPaths(store, [DEMO_CORPUS]);
  expect(s.failed).toBe(0);
  server = await startServer(store, { port: 0, host: '127.0.0.1', log: () => undefined });
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
  store?.close();
  rmSync(dir, { recursive: true, force: true });
});

async function api(path: string, init?: RequestInit): Promise<Json> {
  const res = await fetch(`${server.url}${path}`, init);
  expect(res.status, path).toBeLessThan(300);
  return res.json();
}
async function all(path: string): Promise<Json[]> {
  const items: Json[] = [];
  let cursor: string | null = null;
  do {
    const page: Json = await api(`${path}${path.includes('?') ? '&' : '?'}limit=500${cursor ? `&cursor=${cursor}` : ''}`);
    items.push(...page.items);
    cursor = page.next_cursor;
  } while (cursor);
  return items;
}

async function open(hash = '', width = 1280): Promise<Page> {
  const page = await browser.newPage({ viewport: { width, height: width > 800 ? 860 : 900 } });
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  (page as unknown as { errors: string[] }).errors = errors;
  await page.goto(`${server.url}/${hash}`);
  await page.waitForSelector('body[data-ready]');
  return page;
}
const pageErrors = (p: Page) => (p as unknown as { errors: string[] }).errors;

/** A marker (or cluster) drawn inside the map's visible box: the view is fitted to most incidents, not all. */
async function markerInView(page: Page, cluster: boolean) {
  const attr = cluster ? 'data-ids' : 'data-id';
  const id = await page.evaluate(([sel, a]) => {
    const box = document.querySelector('.map')!.getBoundingClientRect();
    const m = [...document.querySelectorAll(sel)].find((el) => {
      const r = el.getBoundingClientRect();
      return r.left > box.left + 50 && r.right < box.right - 10 && r.top > box.top + 10 && r.bottom < box.bottom - 30;
    });
    return m?.getAttribute(a) ?? null;
  }, [cluster ? '.marker.cluster' : '.marker:not(.cluster)', attr] as const);
  return id ? page.locator(`.marker[${attr}="${id}"]`) : null;
}

async function columnCounts(page: Page): Promise<Record<string, number>> {
  return page.$$eval('.column[data-status]', (cols) => Object.fromEntries(cols.map((c) => [c.getAttribute('data-status'), Number(c.querySelector('.count')!.textContent)])));
}
function apiCounts(claims: Json[]): Record<string, number> {
  const out: Record<string, number> = { unverified: 0, corroborated: 0, confirmed: 0, disputed: 0, denied: 0 };
  for (const c of claims) out[c.status]++;
  return out;
}
/** Waits until the board shows the claims of the current URL (its status line is written last). */
async function boardSettled(page: Page, asOf?: string): Promise<void> {
  await page.waitForFunction((d) => {
    const t = document.querySelector('.board-status')?.textContent ?? '';
    return /^\d+ claims?/.test(t) && (d ? t.includes(`as of ${d}`) : !t.includes('as of'));
  }, asOf ?? null);
}

describe('dashboard', () => {
  it('serves the page with a Content-Security-Policy that forbids inline script, and its assets with long caching', async () => {
    const res = await fetch(`${server.url}/`);
    expect(res.status).toBe(200);
    const csp = res.headers.get('content-security-policy')!;
    expect(csp).toMatch(/script-src 'self'(;|$)/);
    expect(csp).not.toMatch(/unsafe-inline|unsafe-eval/);
    expect(res.headers.get('cache-control')).toBe('no-cache');
    const html = await res.text();
    const js = /src="(\/assets\/app-[^"]+\.js)"/.exec(html)![1];
    const asset = await fetch(`${server.url}${js}`, { headers: { 'accept-encoding': 'gzip' } });
    expect(asset.status).toBe(200);
    expect(asset.headers.get('cache-control')).toMatch(/max-age=31536000.*immutable/);
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/); // no inline script in the page itself
  });

  it('the map shows every located incident the API has, each inside its country', async () => {
    const events = await all('/api/events?view=summary');
    const located = events.filter((e) => e.place?.lat != null && e.place?.lon != null);
    expect(located.length).toBeGreaterThan(10);
    const page = await open();
    await page.waitForSelector('.marker');
    await page.waitForSelector('.country[data-a2="UA"]');
    const shown = await page.$$eval('.marker', (ms) => ms.flatMap((m) => (m.getAttribute('data-ids') ?? m.getAttribute('data-id') ?? '').split(' ').filter(Boolean)));
    expect(new Set(shown)).toEqual(new Set(located.map((e) => e.id)));
    expect(shown.length).toBe(located.length);
    // Where a marker stands (the first incident of a cluster anchors it): inside its country's shape, or
    // within 4 px of it (the 1:110m outlines cut off a coastal city such as Istanbul by a pixel or two).
    const placed = await page.$$eval('.marker', (ms) => ms.map((m) => {
      const id = (m.getAttribute('data-ids') ?? m.getAttribute('data-id') ?? '').split(' ')[0];
      const [, x, y] = /translate\(([-\d.e]+),([-\d.e]+)\)/.exec(m.getAttribute('transform')!)!.map(Number);
      return { id, x, y };
    }));
    const byId = new Map(located.map((e) => [e.id, e]));
    let checked = 0;
    for (const p of placed) {
      const country = byId.get(p.id)?.place?.country;
      if (!country) continue;
      const inside = await page.evaluate(({ c, x, y }) => {
        const near = [[0, 0], ...Array.from({ length: 16 }, (_, i) => [4 * Math.cos(i * Math.PI / 8), 4 * Math.sin(i * Math.PI / 8)])];
        const shapes = [...document.querySelectorAll<SVGPathElement>(`.country[data-a2="${c}"]`)];
        return near.some(([dx, dy]) => shapes.some((el) => el.isPointInFill(new DOMPoint(x + dx, y + dy))));
      }, { c: country, x: p.x, y: p.y });
      expect(inside, `${p.id} (${byId.get(p.id)!.place.name}, ${country}) at ${p.x},${p.y}`).toBe(true);
      checked++;
    }
    expect(checked).toBeGreaterThan(5);
    await page.screenshot({ path: artifact('map-1280.png') });
    expect(pageErrors(page)).toEqual([]);
    await page.close();
  });

  it('clicking an incident opens its sources; back and forward walk the URL state', async () => {
    const page = await open();
    await page.waitForSelector('.marker');
    const marker = (await markerInView(page, false))!;
    const id = (await marker.getAttribute('data-id'))!;
    const event = await api(`/api/events/${id}`);
    await marker.click();
    await page.waitForSelector('.incident .source');
    expect(page.url()).toContain(`event=${id}`);
    const quotes = await page.$$eval('.incident .source q', (qs) => qs.map((q) => q.textContent));
    expect(quotes).toEqual(event.reports.map((r: Json) => r.quote));
    const docs = await page.$$eval('.incident .source', (ss) => ss.map((s) => s.getAttribute('data-doc')));
    expect(docs).toEqual(event.reports.map((r: Json) => r.documentId));
    await page.screenshot({ path: artifact('incident-1280.png') });
    // A cluster lists its incidents; picking one opens it too.
    const cluster = await markerInView(page, true); // the demo has incidents at one spot (three in Kharkiv)
    expect(cluster).not.toBeNull();
    if (cluster) {
      const ids = (await cluster.getAttribute('data-ids'))!.split(' ');
      await cluster.click();
      await page.waitForFunction(() => !location.hash.includes('event='));
      await page.locator('.incident-link').first().waitFor();
      const listed = await page.$$eval('.incident-link', (bs) => bs.map((b) => b.getAttribute('data-id')));
      expect(new Set(listed)).toEqual(new Set(ids));
    }
    await page.goto(`${server.url}/#event=${id}`);
    await page.waitForSelector('.incident .source');
    await page.click('nav a[data-view="claims"]');
    await page.waitForSelector('.column');
    await page.goBack();
    await page.waitForSelector('.incident .source');
    expect(await page.isVisible('.view-map')).toBe(true);
    expect(await page.textContent('#incident-title')).toContain(event.place?.name ?? '');
    await page.goForward();
    await page.waitForSelector('.view-claims:not([hidden])');
    await page.close();
  });

  it("the board's columns count what the API lists, with and without filters", async () => {
    const page = await open('#view=claims');
    await boardSettled(page);
    expect(await columnCounts(page)).toEqual(apiCounts(await all('/api/claims?view=summary')));
    await page.selectOption('#f-side', 'RU');
    await page.waitForFunction(() => location.hash.includes('side=RU'));
    await boardSettled(page);
    const ru = await all('/api/claims?view=summary&side=RU');
    expect(await columnCounts(page)).toEqual(apiCounts(ru));
    // The text filter narrows within the API's list: every card shown contains the words.
    await page.fill('#f-text', 'Dnipropetrovsk');
    await page.waitForFunction(() => location.hash.includes('text=Dnipropetrovsk'));
    await page.waitForFunction(() => document.querySelector('.board-status')?.textContent?.includes('matching'));
    const expected = ru.filter((c) => `${c.text} ${c.claimant.name}`.toLowerCase().includes('dnipropetrovsk'));
    expect(expected.length).toBeGreaterThan(0);
    expect(await columnCounts(page)).toEqual(apiCounts(expected));
    await page.close();
  });

  it("each card shows the claim's first and last report as the API dates them", async () => {
    const claims = await all('/api/claims?view=summary');
    // A claim reported on more than one day, among those the board shows first in its column.
    const spread = claims.filter((c) => c.lastReported && c.firstReported && c.lastReported !== c.firstReported);
    expect(spread.length).toBeGreaterThan(0);
    const page = await open('#view=claims');
    await boardSettled(page);
    const metas = await page.$$eval('.card[data-id]', (cs) => cs.map((c) => [c.getAttribute('data-id'), c.querySelector('.meta')!.textContent]));
    const shown = spread.filter((c) => metas.some(([id]) => id === c.id));
    expect(shown.length).toBeGreaterThan(0);
    for (const c of shown) expect(metas.find(([id]) => id === c.id)![1]).toContain(`first ${c.firstReported} · last ${c.lastReported} ·`);
    await page.close();
  });

  it('the region filter keeps the claims about incidents in that region, as the API places those incidents', async () => {
    const [claims, events] = await Promise.all([all('/api/claims?view=summary'), all('/api/events?view=summary')]);
    const admin1 = new Map(events.map((e) => [e.id, e.place?.admin1 ?? '']));
    const expected = claims.filter((c) => c.events.some((id: string) => /kharkiv/i.test(admin1.get(id) ?? '')));
    expect(expected.length).toBeGreaterThan(0);
    expect(expected.length).toBeLessThan(claims.length);
    const page = await open('#view=claims');
    await boardSettled(page);
    await page.fill('#f-region', 'Kharkiv');
    await page.waitForFunction(() => document.querySelector('.board-status')?.textContent?.includes('about incidents in'));
    expect(await columnCounts(page)).toEqual(apiCounts(expected));
    expect(page.url()).toContain('region=Kharkiv');
    await page.close();
  });

  it("changing as-of between 2025-06-08 and 2025-06-11 moves the Dnipropetrovsk claim to the API's column", async () => {
    const [early, late] = await Promise.all(['2025-06-08', '2025-06-11'].map((d) => all(`/api/claims?view=summary&as_of=${d}`)));
    const before = new Map(early.map((c) => [c.id, c.status]));
    const moved = late.filter((c) => /Dnipropetrovsk/i.test(c.text) && before.has(c.id) && before.get(c.id) !== c.status);
    expect(moved.length, 'the API has a Dnipropetrovsk claim whose status changes between the two days').toBeGreaterThan(0);
    const claim = moved[0];
    const page = await open('#view=claims');
    await boardSettled(page);
    const columnOf = (id: string) => page.$eval(`.card[data-id="${id}"]`, (el) => el.closest('.column')!.getAttribute('data-status'));
    for (const [day, list] of [['2025-06-08', early], ['2025-06-11', late], ['2025-06-08', early]] as const) {
      await page.fill('#as-of', day);
      await page.dispatchEvent('#as-of', 'change');
      await boardSettled(page, day);
      expect(await columnOf(claim.id), `${claim.id} on ${day}`).toBe(list.find((c) => c.id === claim.id)!.status);
      expect(await columnCounts(page)).toEqual(apiCounts(list));
    }
    // Its history, with the sentence behind each change, as the API explains it as of the later day.
    await page.fill('#as-of', '2025-06-11');
    await page.dispatchEvent('#as-of', 'change');
    await boardSettled(page, '2025-06-11');
    await page.click(`.card[data-id="${claim.id}"]`);
    await page.waitForSelector('.claim-detail .history li.cited');
    const x = await api(`/api/claims/${claim.id}/explain?as_of=2025-06-11`);
    expect(await page.$$eval('.claim-detail .history > li', (ls) => ls.map((l) => l.getAttribute('data-status')))).toEqual(x.statusHistory.map((t: Json) => t.status));
    const cited = await page.$$eval('.claim-detail .history li.cited q', (qs) => qs.map((q) => q.textContent));
    expect(cited).toEqual(x.statusHistory.flatMap((t: Json) => t.because.map((i: number) => x.evidence[i].text)));
    await page.screenshot({ path: artifact('claims-1280.png') });
    await page.setViewportSize({ width: 400, height: 900 });
    await page.screenshot({ path: artifact('claims-400.png') });
    expect(pageErrors(page)).toEqual([]);
    await page.close();
  });

  it('the evidence view highlights the exact span it was opened from', async () => {
    const events = await all('/api/events?view=summary');
    const id = events.find((e) => e.reportCount > 1)?.id ?? events[0].id;
    const report = (await api(`/api/events/${id}`)).reports[0];
    const doc = (await api(`/api/documents/${report.documentId}`)).document;
    const page = await open(`#event=${id}`);
    await page.waitForSelector('.incident .source');
    await page.click('.incident .source >> nth=0 >> text=in the document');
    await page.waitForSelector('.evidence mark.sel');
    const marks = await page.$$eval('.evidence .doc-text mark.sel', (ms) => ms.map((m) => ({ text: m.textContent!, start: Number(m.getAttribute('data-start')), end: Number(m.getAttribute('data-end')) })));
    expect(marks.map((m) => m.text).join('')).toBe(doc.text.slice(report.start, report.end));
    expect(marks[0].start).toBe(report.start);
    expect(marks[marks.length - 1].end).toBe(report.end);
    for (let i = 1; i < marks.length; i++) expect(marks[i].start).toBe(marks[i - 1].end);
    // The page's text is the document's text, character for character, highlights and all.
    expect(await page.$eval('.evidence .doc-text', (el) => el.textContent)).toBe(doc.text);
    expect(await page.textContent('.evidence .doc-title')).toBe(doc.title ?? '(untitled)');
    // And back to the incident it was opened from.
    await page.click('.evidence .back a');
    await page.waitForSelector('.incident .source');
    expect(page.url()).toContain(`event=${id}`);
    await page.goBack();
    await page.waitForSelector('.evidence mark.sel');
    await page.screenshot({ path: artifact('evidence-1280.png'), fullPage: false });
    await page.setViewportSize({ width: 400, height: 900 });
    await page.screenshot({ path: artifact('evidence-400.png') });
    await page.close();
  });

  it("the evidence view links each of the document's findings to the fused incident or claim it is a report of", async () => {
    // A document with both events and claims in the picture.
    const docs = (await all('/api/documents')) as Json[];
    let fused: Json = null;
    for (const d of docs) {
      const f = await api(`/api/documents/${d.id}/fused`);
      if (f.items.some((x: Json) => x.kind === 'event') && f.items.some((x: Json) => x.kind === 'claim')) { fused = f; break; }
    }
    expect(fused).not.toBeNull();
    const page = await open(`#view=doc&doc=${fused.document}`);
    await page.waitForSelector('.in-picture li');
    const shown = await page.$$eval('.in-picture li', (ls) => ls.map((l) => [l.getAttribute('data-kind'), l.getAttribute('data-id')]));
    expect(shown).toEqual(fused.items.map((x: Json) => [x.kind, x.id]));
    // A claim's link opens it on the board; an incident's opens it with its sources, this document among them.
    const claim = fused.items.find((x: Json) => x.kind === 'claim');
    await page.click(`.in-picture li[data-id="${claim.id}"] a.fused-link`);
    await page.waitForSelector(`.card.selected[data-id="${claim.id}"]`);
    await page.goBack();
    const event = fused.items.find((x: Json) => x.kind === 'event');
    await page.click(`.in-picture li[data-id="${event.id}"] a.fused-link`);
    await page.waitForSelector(`.incident .source[data-doc="${fused.document}"]`);
    expect(page.url()).toContain(`event=${event.id}`);
    await page.close();
  });

  it('brushing the timeline sets the window; map and board then show what the API lists for it', async () => {
    const page = await open();
    await page.waitForSelector('.timeline .bar');
    const days = [...new Set(await page.$$eval('.timeline .bar', (bs) => bs.map((b) => b.getAttribute('data-day')!)))].sort();
    expect(days.length).toBeGreaterThan(2);
    const [from, to] = [days[days.length - 3], days[days.length - 2]];
    const centre = async (day: string) => {
      const box = (await page.locator(`.timeline .bar[data-day="${day}"]`).first().boundingBox())!;
      return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
    };
    const a = await centre(from);
    const b = await centre(to);
    await page.mouse.move(a.x, a.y);
    await page.mouse.down();
    await page.mouse.move((a.x + b.x) / 2, a.y, { steps: 4 });
    await page.mouse.move(b.x, b.y, { steps: 4 });
    await page.mouse.up();
    await page.waitForFunction(() => location.hash.includes('until='));
    expect(page.url()).toContain(`since=${from}&until=${to}`);
    // The URL is written first, the page drawn for it on the next frame: wait for the field to show the window.
    await page.waitForFunction((f) => (document.querySelector('#since') as HTMLInputElement | null)?.value === f, from, { timeout: 5000 })
      .catch(() => undefined);
    expect(await page.inputValue('#since')).toBe(from);
    // One band, over the chosen days (the drag's preview is gone).
    const bands = await page.$$eval('.timeline .brush', (rs) => rs.map((r) => [Number(r.getAttribute('x')), Number(r.getAttribute('width'))]));
    expect(bands).toHaveLength(1);
    const [fromBox, toBox] = [await page.locator(`.timeline .bar[data-day="${from}"]`).first().getAttribute('x'), await page.locator(`.timeline .bar[data-day="${to}"]`).first().getAttribute('x')];
    expect(bands[0][0]).toBeLessThanOrEqual(Number(fromBox));
    expect(bands[0][0] + bands[0][1]).toBeGreaterThan(Number(toBox));
    const inWindow = (await all(`/api/events?view=summary&since=${from}&until=${to}`)).filter((e) => e.place?.lat != null);
    await page.waitForFunction((n) => document.querySelector('.map-status')?.textContent?.startsWith(`${n} incident`), inWindow.length);
    const shown = await page.$$eval('.marker', (ms) => ms.flatMap((m) => (m.getAttribute('data-ids') ?? m.getAttribute('data-id') ?? '').split(' ').filter(Boolean)));
    expect(new Set(shown)).toEqual(new Set(inWindow.map((e) => e.id)));
    await page.click('nav a[data-view="claims"]');
    await boardSettled(page);
    expect(await columnCounts(page)).toEqual(apiCounts(await all(`/api/claims?view=summary&since=${from}&until=${to}`)));
    await page.click('.clear-window');
    await page.waitForFunction(() => !location.hash.includes('since='));
    expect(pageErrors(page)).toEqual([]);
    await page.close();
  });

  it('is usable from the keyboard: a focused marker opens with Enter, the panel closes with its button', async () => {
    const page = await open();
    const marker = page.locator('.marker:not(.cluster)').first();
    const id = (await marker.getAttribute('data-id'))!;
    await marker.focus();
    await page.keyboard.press('Enter');
    await page.waitForSelector('.incident .source');
    expect(page.url()).toContain(`event=${id}`);
    await page.focus('.incident .close');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => !location.hash.includes('event='));
    // Every form control has a label.
    const unlabelled = await page.$$eval('input, select', (els) => els.filter((el) => !el.id || !document.querySelector(`label[for="${el.id}"]`)).map((el) => el.outerHTML));
    expect(unlabelled).toEqual([]);
    await page.close();
  });

  it('zoomed in, it draws first-level regions and shades each by the incidents inside it', async () => {
    const events = await all('/api/events?view=summary');
    const kharkiv = events.filter((e) => e.place?.admin1 === 'Kharkiv Oblast' && e.place.kind !== 'country' && e.place.lat != null);
    expect(kharkiv.length).toBeGreaterThan(0);
    const page = await open();
    await page.waitForSelector('.country');
    // Zoomed out far, no regions; zoomed in, they are loaded and drawn.
    for (let i = 0; i < 3; i++) await page.click('[aria-label="Zoom out"]');
    await page.waitForFunction(() => document.querySelectorAll('.region').length === 0);
    for (let i = 0; i < 4; i++) await page.click('[aria-label="Zoom in"]');
    await page.waitForSelector('.region.shaded[data-name="Kharkiv"]');
    expect(Number(await page.getAttribute('.region[data-name="Kharkiv"]', 'data-value'))).toBe(kharkiv.length);
    await page.screenshot({ path: artifact('map-zoomed-1280.png') });
    await page.close();
  });

  it('the brief takes a country and a region, and shows what /api/brief answers for them', async () => {
    const whole = await api('/api/brief?top=15');
    const kharkiv = await api('/api/brief?region=Kharkiv&top=15');
    const ukKharkiv = await api('/api/brief?region=Kharkiv&country=UA&top=15');
    const other = await api('/api/brief?country=TR&top=15');
    expect(kharkiv.counts.events).toBeGreaterThan(0);
    expect(kharkiv.counts.events).toBeLessThan(whole.counts.events);
    const line = (b: Json) => `${b.counts.events} incidents, ${b.counts.claims} claims, ${b.counts.reports} reports.`;
    const shows = (b: Json) => page.waitForFunction((t) => document.querySelector('.brief-body h2 + p')?.textContent === t, line(b));
    const page = await open('#view=brief');
    await shows(whole);
    await page.fill('#f-brief-region', 'Kharkiv');
    await page.dispatchEvent('#f-brief-region', 'change');
    await shows(kharkiv);
    expect(page.url()).toContain('region=Kharkiv');
    await page.fill('#f-brief-country', 'ua');
    await page.dispatchEvent('#f-brief-country', 'change');
    await shows(ukKharkiv);
    expect(page.url()).toContain('country=UA');
    // The URL alone gives the same brief (a shared link).
    const again = await open('#view=brief&country=TR');
    await again.waitForFunction((t) => document.querySelector('.brief-body h2 + p')?.textContent === t, line(other));
    expect(await again.inputValue('#f-brief-country')).toBe('TR');
    await again.close();
    await page.close();
  });

  it("the brief shows the HTML brief's sections from /api/brief: key developments, claims awaiting verification, status changes, casualties", async () => {
    const b = await api('/api/brief?top=15');
    expect(b.awaitingVerification.length).toBeGreaterThan(0);
    expect(b.statusChanges.length).toBeGreaterThan(0);
    expect(b.casualties.length).toBeGreaterThan(0);
    const page = await open('#view=brief');
    await page.waitForSelector('.brief-casualties');
    const items = (sel: string) => page.$$eval(`${sel} li`, (ls) => ls.map((l) => l.textContent ?? ''));
    expect(await items('.brief-key')).toHaveLength(b.keyDevelopments.length);
    const awaiting = await items('.brief-awaiting');
    expect(awaiting).toHaveLength(b.awaitingVerification.length + (b.awaitingTotal > b.awaitingVerification.length ? 1 : 0));
    b.awaitingVerification.forEach((a: Json, i: number) => expect(awaiting[i]).toContain(`${a.claimant}${a.side ? ` (${a.side})` : ''}: ${a.citation.quote}`));
    const changes = await items('.brief-changes');
    expect(changes).toHaveLength(b.statusChanges.length);
    b.statusChanges.forEach((x: Json, i: number) => expect(changes[i]).toContain(`${x.date ?? 'undated'}: ${x.from ?? 'new'} → ${x.to} — ${x.claimant}`));
    const rows = await page.$$eval('.brief-casualties tbody tr', (trs) => trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent)));
    expect(rows.map((r) => r.slice(0, 9))).toEqual(b.casualties.map((r: Json) => [`${r.region}${r.aggregate ? ' (aggregate)' : ''}`, r.country ?? '', String(r.events.length),
      ...[r.killed?.low, r.killed?.best, r.killed?.high, r.injured?.low, r.injured?.best, r.injured?.high].map((n) => (n == null ? '' : String(n)))]));
    // A citation opens its passage in the evidence view.
    const c = b.awaitingVerification[0].citation;
    await page.click(`.brief-awaiting li >> nth=0 >> a[href*="hl=${c.start}-${c.end}"]`);
    await page.waitForSelector('.evidence mark.sel');
    expect(await page.$$eval('.evidence .doc-text mark.sel', (ms) => ms.map((m) => m.textContent).join(''))).toBe(c.quote);
    await page.setViewportSize({ width: 400, height: 900 });
    await page.goBack();
    await page.waitForSelector('.brief-casualties');
    expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
    await page.close();
  });

  it('with serve --private it asks for the token once, sends it with every API request, and says when it is refused', async () => {
    const token = 'test-token-for-the-dashboard';
    const locked = await startServer(store, { port: 0, host: '127.0.0.1', token, private: true, log: () => undefined });
    try {
      expect((await fetch(`${locked.url}/api/events/points`)).status).toBe(401);
      const page = await browser.newPage({ viewport: { width: 1280, height: 860 } });
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      await page.goto(`${locked.url}/`);
      await page.waitForSelector('.token-form');
      expect(await page.$$('.token-form')).toHaveLength(1); // one question, whatever the number of requests waiting
      await page.fill('#token', 'wrong');
      await page.click('.token-form button');
      await page.waitForFunction(() => document.querySelector('.token-form')?.textContent?.includes('refused'));
      await page.fill('#token', token);
      await page.click('.token-form button');
      await page.waitForSelector('body[data-ready] .marker');
      const p = await (await fetch(`${locked.url}/api/events/points`, { headers: { Authorization: `Bearer ${token}` } })).json() as Json;
      const located = (p.place as (number | null)[]).filter((i) => i != null && p.places[i].lat != null).length;
      expect(await page.textContent('.map-status')).toMatch(new RegExp(`^${located} incidents on the map`));
      // The board's requests carry it too; a reload in the same tab does not ask again.
      await page.click('nav a[data-view="claims"]');
      await boardSettled(page);
      await page.reload();
      await page.waitForSelector('body[data-ready]');
      await boardSettled(page);
      expect(await page.$('.token-form')).toBeNull();
      expect(errors).toEqual([]);
      await page.close();
    } finally { await locked.close(); }
  });

  it('looks right on a 400 px phone: map, panel and timeline stacked, nothing wider than the screen', async () => {
    const page = await open('', 400);
    await page.waitForSelector('.marker');
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await page.screenshot({ path: artifact('map-400.png'), fullPage: true });
    const brief = await open('#view=brief', 1280);
    await brief.waitForSelector('.brief .developments li');
    await brief.screenshot({ path: artifact('brief-1280.png'), fullPage: true });
    await brief.close();
    await page.close();
  });

  it('an article whose title holds markup with an event handler executes nothing and shows as text', async () => {
    const title = '<img src=x onerror="window.__pwned=1"> Drone hits depot <script>window.__pwned=2</script>';
    const body = { title, outlet: 'Test Wire <b>bold</b>', url: 'javascript:window.__pwned=3', published: '2025-06-10',
      text: 'A drone struck a fuel depot in Kharkiv on June 10, 2025, the regional governor said. Two people were injured, he said.' };
    const res = await fetch(`${server.url}/api/documents`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
    expect(res.status, await res.clone().text()).toBeLessThan(300);
    const id = (await res.json()).items[0].id as string;
    const page = await open(`#view=doc&doc=${id}`);
    await page.waitForSelector('.evidence .doc-title');
    expect(await page.textContent('.evidence .doc-title')).toBe(title);
    await page.goto(`${server.url}/#view=search&q=depot`);
    await page.waitForSelector('.hits li');
    expect(await page.textContent('.hits')).toContain('<img src=x');
    await page.screenshot({ path: artifact('search-1280.png') });
    // The article's URL is not an http(s) URL, so it is no link at all.
    await page.goto(`${server.url}/#view=doc&doc=${id}`);
    await page.waitForSelector('.evidence .doc-title');
    expect(await page.$$eval('a[href^="javascript:"]', (as) => as.length)).toBe(0);
    expect(await page.$$eval('img', (is) => is.length)).toBe(0);
    // Even markup that did reach the DOM could not run: the CSP blocks inline handlers.
    await page.evaluate(() => { const d = document.createElement('div'); d.innerHTML = '<img src="data:," onerror="window.__pwned=4">'; document.body.append(d); });
    await page.waitForTimeout(200);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    await page.close();
  });
});
