import { describe, expect, it } from 'vitest';
import { DOMParser } from 'linkedom';
import type { FusedClaim, FusedEvent, FusedState, Report } from '../../src/fuse/fuse.js';
import type { Evidence } from '../../src/fuse/status.js';
import {
  briefToHtml, briefToJson, briefToMarkdown, buildBrief, claimStateAsOf, countAsOf, oneLine, type Brief, type Bullet,
} from '../../src/report/brief.js';

// ---------- a week of invented reporting, written for these tests ----------

const report = (documentId: string, outlet: string, published: string, quote: string, url: string | null = `https://news.example.org/${documentId}?a=1&b=2`): Report => ({
  documentId, url, outlet, published, quote, start: 40, end: 40 + quote.length, source: `outlet:${outlet}`, finding: 0, copyGroup: documentId,
});

type Place = NonNullable<FusedEvent['place']>;
const place = (name: string, admin1: string, country: string, kind: Place['kind'] = 'city'): Place => ({
  name, mention: name, geonameId: null, lat: 47, lon: 35, country, admin1, admin1Code: null, admin1Acled: null, kind, precision: kind === 'city' ? 1 : 3,
});

const ACLED = { event_type: 'Explosions/Remote violence', sub_event_type: 'Shelling/artillery/missile attack', disorder_type: 'Political violence' };
const PLOVER = { event: 'ASSAULT', mode: 'artillery' };

const event = (id: string, over: Partial<FusedEvent>): FusedEvent => ({
  id, type: 'shelling', subtype: null, actor: 'RU', place: null, date: null, scope: 'incident', killed: null, injured: null, reports: [], sourceCount: 1, acled: ACLED, plover: PLOVER, ...over,
});

const stepoveA = report('doc-a', 'Morning Wire', '2025-03-04', 'Two people died when artillery shells hit Stepove on Tuesday morning, the regional administration said.');
const stepoveB = report('doc-b', 'Evening Post', '2025-03-05', 'The toll from Tuesday\'s shelling of Stepove rose to three dead and six wounded, officials said on Wednesday.');
const stepoveC = report('doc-c', 'Regional TV', '2025-03-05', 'Rescuers worked through the night at a damaged apartment block in Stepove.', null);
const stepove = event('ev-stepove', {
  place: place('Stepove', 'Zaporizhzhia Oblast', 'UA'),
  date: { start: '2025-03-04', end: '2025-03-04', precision: 'day' },
  killed: { low: 2, best: 3, high: 3, bySource: [
    { source: 'outlet:Morning Wire', documentId: 'doc-a', published: '2025-03-04', min: 2, max: null },
    { source: 'outlet:Evening Post', documentId: 'doc-b', published: '2025-03-05', min: 3, max: null },
  ] },
  injured: { low: 6, best: 6, high: 6, bySource: [{ source: 'outlet:Evening Post', documentId: 'doc-b', published: '2025-03-05', min: 6, max: null }] },
  reports: [stepoveA, stepoveB, stepoveC],
  sourceCount: 3,
});

const farm = event('ev-farm', {
  type: 'drone_attack',
  place: place('Vilniansk', 'Zaporizhzhia Oblast', 'UA'),
  date: { start: '2025-03-07', end: '2025-03-07', precision: 'day' },
  killed: { low: 1, best: 1, high: 1, bySource: [{ source: 'outlet:Regional TV', documentId: 'doc-e', published: '2025-03-07', min: 1, max: null }] },
  reports: [report('doc-e', 'Regional TV', '2025-03-07', 'One man was killed when a drone hit a farm near Vilniansk on Friday.')],
});

// The sentence does not name the place the resolver chose: the bullet must not add it.
const unnamed = event('ev-unnamed', {
  type: 'strike',
  place: place('Orikhiv', 'Zaporizhzhia Oblast', 'UA'),
  date: { start: '2025-03-06', end: '2025-03-06', precision: 'day' },
  reports: [report('doc-k', 'Morning Wire', '2025-03-06', 'A guided bomb struck the outskirts of the town before dawn.')],
});

const weekend = event('ev-weekend', {
  type: 'civilian_casualties', scope: 'aggregate',
  place: place('Kharkiv Oblast', 'Kharkiv Oblast', 'UA', 'region'),
  date: { start: '2025-03-08', end: '2025-03-09', precision: 'day' },
  killed: { low: 9, best: 9, high: 9, bySource: [{ source: 'outlet:Police', documentId: 'doc-f', published: '2025-03-09', min: 9, max: null }] },
  reports: [report('doc-f', 'Police Gazette', '2025-03-09', 'Police said nine civilians were killed across Kharkiv Oblast over the weekend.')],
});

const capture = event('ev-capture', {
  type: 'territorial_claim',
  place: place('Kamianka', 'Donetsk Oblast', 'UA'),
  date: { start: '2025-03-05', end: '2025-03-05', precision: 'day' },
  reports: [report('doc-d', 'Ministry Bulletin', '2025-03-05', 'The ministry said its forces had taken control of Kamianka.', null)],
});

const airport = event('ev-airport', {
  type: 'airport_disruption', actor: 'UA',
  place: { ...place('Kaluga airport', 'Kaluga Oblast', 'RU'), kind: 'facility' },
  date: { start: '2025-03-06', end: '2025-03-06', precision: 'day' },
  reports: [report('doc-g', 'Capital News', '2025-03-06', 'Ukraine\'s military said its drones forced the closure of Kaluga airport on Thursday.')],
});

const ev = (date: string, kind: Evidence['kind'], whoName: string, side: string | null, r: Report): Evidence => ({
  date, kind, who: whoName.toLowerCase(), whoName, side, type: null, docId: r.documentId, outlet: r.outlet, url: r.url, text: r.quote, start: r.start, end: r.end,
});

const denial = report('doc-h', 'Kyiv Wire', '2025-03-07', 'The General Staff called the report about Kamianka false and said its units held their positions.');
const captureClaim: FusedClaim = {
  id: 'cl-capture', claimant: { name: 'the Defence Ministry', actorId: null, side: 'RU', type: 'military' },
  text: capture.reports[0].quote, events: [capture.id], reports: [{ ...capture.reports[0], claimant: 'the Defence Ministry' }],
  evidence: [ev('2025-03-05', 'assert', 'the Defence Ministry', 'RU', capture.reports[0]), ev('2025-03-07', 'deny', 'the General Staff', 'UA', denial)],
  status: 'denied', statusHistory: [{ date: '2025-03-05', status: 'unverified', because: [0] }, { date: '2025-03-07', status: 'denied', because: [1] }],
  firstReported: '2025-03-05',
};

const admission = report('doc-i', 'Capital News', '2025-03-08', 'The regional governor confirmed that drones had disrupted flights at Kaluga airport.');
const airportClaim: FusedClaim = {
  id: 'cl-airport', claimant: { name: 'Ukraine\'s military', actorId: null, side: 'UA', type: 'military' },
  text: airport.reports[0].quote, events: [airport.id], reports: [{ ...airport.reports[0], claimant: 'Ukraine\'s military' }],
  evidence: [ev('2025-03-06', 'assert', 'Ukraine\'s military', 'UA', airport.reports[0]), ev('2025-03-08', 'confirm', 'the regional governor', 'RU', admission)],
  status: 'confirmed', statusHistory: [{ date: '2025-03-06', status: 'unverified', because: [0] }, { date: '2025-03-08', status: 'confirmed', because: [1] }],
  firstReported: '2025-03-06',
};

const repairs = report('doc-j', 'Regional TV', '2025-03-06', 'The governor said repairs to the power line would take at least two days.');
const repairClaim: FusedClaim = {
  id: 'cl-repairs', claimant: { name: 'the governor', actorId: null, side: 'UA', type: 'local-official' },
  text: repairs.quote, events: [], reports: [{ ...repairs, claimant: 'the governor' }],
  evidence: [ev('2025-03-06', 'assert', 'the governor', 'UA', repairs)], status: 'unverified',
  statusHistory: [{ date: '2025-03-06', status: 'unverified', because: [0] }], firstReported: '2025-03-06',
};

const state: FusedState = { events: [stepove, capture, unnamed, airport, farm, weekend], claims: [captureClaim, repairClaim, airportClaim] };
const PLACES = state.events.flatMap((e) => [e.place!.name, e.place!.mention, e.place!.admin1!]);

// ---------- the rule: every fact in a bullet comes from a cited sentence ----------

const wordIn = (text: string, w: string) => new RegExp(`(?<![\\p{L}\\p{N}])${w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}])`, 'iu').test(text);

/** Checks a bullet; exported in spirit to the demo test, which runs the same rule on real reporting. */
function expectSourced(b: Bullet, places: string[]): void {
  const quotes = b.citations.map((c) => oneLine(c.quote));
  expect(b.text).not.toMatch(/[\r\n]/);
  expect(b.text).toBe(b.segments.map((s) => s.text).join(''));
  for (const s of b.segments) {
    if (s.cite != null) expect(quotes[s.cite], `segment “${s.text}”`).toContain(s.text);
    else { expect(s.text, 'our own words carry no numbers').not.toMatch(/\d/); expect(s.text, 'our own words carry no names').not.toMatch(/\p{Lu}/u); }
  }
  for (const n of b.text.match(/\d+(?:[.,]\d+)*/g) ?? []) expect(quotes.some((q) => q.includes(n)), `number ${n} in “${b.text}”`).toBe(true);
  for (const p of places) if (wordIn(b.text, p)) expect(quotes.some((q) => wordIn(q, p)), `place ${p} in “${b.text}”`).toBe(true);
  for (const w of b.text.match(/\p{Lu}[\p{L}\p{N}'’-]*/gu) ?? []) expect(quotes.some((q) => q.includes(w)), `name ${w} in “${b.text}”`).toBe(true);
}

describe('key developments', () => {
  const brief = buildBrief(state, { since: '2025-03-03', until: '2025-03-09' });

  it('every number, place and name in every bullet appears in one of its cited sentences', () => {
    expect(brief.keyDevelopments.length).toBeGreaterThan(3);
    for (const b of brief.keyDevelopments) expectSourced(b, PLACES);
  });

  it('ranks deaths, then status changes and territory, and cites outlet, date, link and span', () => {
    const ids = brief.keyDevelopments.map((b) => b.id);
    expect(ids.slice(0, 2)).toEqual(['ev-weekend', 'ev-stepove']);
    expect(ids.indexOf('cl-capture')).toBeLessThan(ids.indexOf('cl-repairs'));
    const top = brief.keyDevelopments[1];
    expect(top.citations[0]).toEqual({ outlet: 'Evening Post', date: '2025-03-05', url: stepoveB.url, documentId: 'doc-b', start: 40, end: 40 + stepoveB.quote.length, quote: stepoveB.quote });
  });

  it('quotes the sentence behind the best toll, and the lowest toll’s sentence when sources differ', () => {
    const b = brief.keyDevelopments.find((x) => x.id === 'ev-stepove')!;
    expect(b.text).toBe(`shelling in Stepove: “${stepoveB.quote}”; lowest reported figure: “${stepoveA.quote}”`);
    expect(b.citations.map((c) => c.documentId)).toEqual(['doc-b', 'doc-a', 'doc-c']);
  });

  it('never adds a place the sentence does not name', () => {
    const b = buildBrief(state, { top: 50 }).keyDevelopments.find((x) => x.id === 'ev-unnamed')!;
    expect(b.text).toBe(`strike: “${unnamed.reports[0].quote}”`);
    expect(b.text).not.toContain('Orikhiv');
  });

  it('tells a status change with the evidence that made it, and skips the event the claim already covers', () => {
    const b = brief.keyDevelopments.find((x) => x.id === 'cl-capture')!;
    expect(b.kind).toBe('status');
    expect(b.text).toBe(`claim now denied (was unverified): “${capture.reports[0].quote}”; because: “${denial.quote}”`);
    expect(b.citations.map((c) => c.documentId)).toEqual(['doc-d', 'doc-h']);
    expect(brief.keyDevelopments.map((x) => x.id)).not.toContain('ev-capture');
  });

  it('gives one bullet per sentence and honours --top', () => {
    const keys = brief.keyDevelopments.map((b) => `${b.citations[0].documentId}:${b.citations[0].start}`);
    expect(new Set(keys).size).toBe(keys.length);
    expect(buildBrief(state, { top: 2 }).keyDevelopments).toHaveLength(2);
  });
});

describe('the other sections', () => {
  const brief = buildBrief(state, { since: '2025-03-03', until: '2025-03-09' });

  it('lists claims awaiting verification', () => {
    expect(brief.awaitingVerification.map((a) => a.id)).toEqual(['cl-repairs']);
    expect(brief.awaitingVerification[0].citation.quote).toBe(repairs.quote);
  });

  it('lists the status changes inside the period, with from, to and the evidence', () => {
    expect(brief.statusChanges.map((s) => [s.claimId, s.date, s.from, s.to])).toEqual([
      ['cl-capture', '2025-03-07', 'unverified', 'denied'],
      ['cl-airport', '2025-03-08', 'unverified', 'confirmed'],
    ]);
    expect(brief.statusChanges[0].because).toEqual([{ outlet: 'Kyiv Wire', date: '2025-03-07', url: denial.url, documentId: 'doc-h', start: 40, end: 40 + denial.quote.length, quote: denial.quote, who: 'the General Staff', kind: 'deny' }]);
    expect(buildBrief(state, { since: '2025-03-08', until: '2025-03-09' }).statusChanges.map((s) => s.claimId)).toEqual(['cl-airport']);
  });

  it('adds up incidents by region, keeps each aggregate tally apart, and names the sources', () => {
    expect(brief.casualties.map((r) => [r.region, r.aggregate, r.killed, r.injured])).toEqual([
      ['Zaporizhzhia Oblast', false, { low: 3, best: 4, high: 4 }, { low: 6, best: 6, high: 6 }],
      ['Kharkiv Oblast', true, { low: 9, best: 9, high: 9 }, null],
    ]);
    expect(brief.casualties[0].sources.map((s) => s.outlet)).toEqual(['Morning Wire', 'Evening Post', 'Regional TV']);
  });

  it('counts one sentence’s toll once in a region, even when it hangs on two events', () => {
    const twin = { ...farm, id: 'ev-farm-twin', type: 'strike' as const };
    const b = buildBrief({ events: [farm, twin], claims: [] });
    expect(b.casualties).toHaveLength(1);
    expect(b.casualties[0]).toMatchObject({ events: ['ev-farm', 'ev-farm-twin'], killed: { low: 1, best: 1, high: 1 } });
  });
});

describe('as of --until', () => {
  const early = buildBrief(state, { since: '2025-03-03', until: '2025-03-04' });

  it('uses only what was published by then: the toll and the citations of that day', () => {
    const b = early.keyDevelopments.find((x) => x.id === 'ev-stepove')!;
    expect(b.citations.map((c) => c.documentId)).toEqual(['doc-a']);
    expect(b.text).toBe(`shelling in Stepove: “${stepoveA.quote}”`);
    expect(early.casualties[0].killed).toEqual({ low: 2, best: 2, high: 2 });
    expect(early.awaitingVerification).toEqual([]);
  });

  it('takes a claim’s status from its history, keeping evidence indices valid', () => {
    const c = claimStateAsOf(airportClaim, '2025-03-07')!;
    expect(c.status).toBe('unverified');
    expect(c.statusHistory).toHaveLength(1);
    expect(c.evidence).toHaveLength(2);
    expect(claimStateAsOf(airportClaim, '2025-03-05')).toBeNull();
    expect(buildBrief(state, { until: '2025-03-07' }).awaitingVerification.map((a) => a.id).sort()).toEqual(['cl-airport', 'cl-repairs']);
  });

  it('reconciles tolls like fusion does: low the least, best the latest, high the most', () => {
    expect(countAsOf(stepove.killed, '2025-03-04')).toMatchObject({ low: 2, best: 2, high: 2 });
    expect(countAsOf(stepove.killed, '2025-03-05')).toBe(stepove.killed);
    expect(countAsOf(stepove.killed, '2025-03-03')).toBeNull();
  });
});

describe('filters', () => {
  it('--country keeps that country’s events and the claims about them', () => {
    const b = buildBrief(state, { country: 'RU' });
    expect(b.keyDevelopments.map((x) => x.id)).toEqual(['cl-airport']);
    expect(b.counts).toEqual({ events: 1, claims: 1, reports: 2 });
  });

  it('--region matches the first-level region', () => {
    const b = buildBrief(state, { region: 'zaporizh' });
    expect(new Set(b.keyDevelopments.map((x) => x.id))).toEqual(new Set(['ev-stepove', 'ev-farm', 'ev-unnamed']));
    expect(b.awaitingVerification).toEqual([]);
  });
});

// ---------- renderings ----------

describe('Markdown', () => {
  const brief = buildBrief(state, { since: '2025-03-03', until: '2025-03-09' });
  const md = briefToMarkdown(brief);
  const section = (title: string) => md.split(`## ${title}\n\n`)[1].split('\n\n## ')[0];

  it('has the four sections, and each key development is exactly one bullet line', () => {
    for (const t of ['Key developments', 'Claims awaiting verification', 'Status changes', 'Casualties by region']) expect(md).toContain(`## ${t}\n`);
    const lines = section('Key developments').trimEnd().split('\n');
    expect(lines).toHaveLength(brief.keyDevelopments.length);
    lines.forEach((l, i) => {
      expect(l.startsWith('- ')).toBe(true);
      const c = brief.keyDevelopments[i].citations[0];
      expect(l).toContain(`\`${c.documentId}:${c.start}–${c.end}\``);
      if (c.url) expect(l).toContain(`(<${c.url}>)`);
    });
  });

  it('renders the casualty table with one row per region', () => {
    const rows = section('Casualties by region').split('\n').filter((l) => l.startsWith('| ') && !l.startsWith('| region'));
    expect(rows).toHaveLength(2);
    expect(rows[0]).toMatch(/^\| Zaporizhzhia Oblast \| UA \| 2 \| 3 \| 4 \| 4 \| 6 \| 6 \| 6 \|/);
  });

  it('escapes markup in quoted text', () => {
    const odd = { ...unnamed, reports: [report('doc-z', 'Odd *Outlet*', '2025-03-06', 'A shell hit [the] <market> in the town_centre.')] };
    const out = briefToMarkdown(buildBrief({ events: [odd], claims: [] }));
    expect(out).toContain('A shell hit \\[the\\] \\<market\\> in the town\\_centre.');
    expect(out).toContain('Odd \\*Outlet\\*');
  });
});

describe('HTML', () => {
  const brief = buildBrief(state, { since: '2025-03-03', until: '2025-03-09' });
  const html = briefToHtml(brief);
  const doc = new DOMParser().parseFromString(html, 'text/html');
  const citationUrls = new Set<string>();
  const collect = (b: Brief) => {
    for (const k of b.keyDevelopments) for (const c of k.citations) if (c.url) citationUrls.add(c.url);
    for (const a of b.awaitingVerification) if (a.citation.url) citationUrls.add(a.citation.url);
    for (const s of b.statusChanges) for (const c of [s.claim, ...s.because]) if (c.url) citationUrls.add(c.url);
    for (const r of b.casualties) for (const s of r.sources) if (s.url) citationUrls.add(s.url);
  };
  collect(brief);

  it('loads nothing from the network: no src=, no <link>, no scripts, no CSS imports or url()', () => {
    expect(html).not.toMatch(/\ssrc\s*=/i);
    expect(html).not.toMatch(/<link\b/i);
    expect(html).not.toMatch(/<script\b/i);
    expect(html).not.toMatch(/@import|url\(/i);
    for (const tag of ['script', 'link', 'img', 'iframe', 'object', 'embed', 'source', 'video', 'audio', 'base', 'form']) expect(doc.querySelectorAll(tag).length, tag).toBe(0);
    for (const el of doc.querySelectorAll('*')) for (const a of el.attributes) expect(a.name.startsWith('on'), `${el.tagName} ${a.name}`).toBe(false);
    expect(doc.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content')).toContain("default-src 'none'");
  });

  it('links only to the citations’ own URLs, as plain <a href>', () => {
    const hrefs = [...doc.querySelectorAll('a')].map((a) => a.getAttribute('href')!);
    expect(hrefs.length).toBeGreaterThan(0);
    for (const h of hrefs) expect(citationUrls.has(h), h).toBe(true);
    expect(html).toContain('href="https://news.example.org/doc-b?a=1&amp;b=2"');
  });

  it('is one self-contained page with a print stylesheet and the four sections', () => {
    expect(html.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(doc.querySelectorAll('style')).toHaveLength(1);
    expect(doc.querySelector('style')!.textContent).toContain('@media print');
    expect([...doc.querySelectorAll('h2')].map((h) => h.textContent)).toEqual(['Key developments', 'Claims awaiting verification', 'Status changes', 'Casualties by region']);
    expect(doc.querySelectorAll('section')[0].querySelectorAll('li')).toHaveLength(brief.keyDevelopments.length);
    expect(doc.querySelectorAll('tbody tr')).toHaveLength(brief.casualties.length);
  });

  it('escapes quoted text and refuses non-web links', () => {
    const odd = { ...unnamed, reports: [report('doc-z', 'A & B', '2025-03-06', 'A shell hit <b>the</b> "market".', 'javascript:alert(1)')] };
    const out = briefToHtml(buildBrief({ events: [odd], claims: [] }));
    expect(out).toContain('A shell hit &lt;b&gt;the&lt;/b&gt; &quot;market&quot;.');
    expect(out).toContain('A &amp; B');
    expect(out).not.toContain('javascript:');
  });
});

describe('JSON', () => {
  it('is the brief data itself', () => {
    const brief = buildBrief(state, { since: '2025-03-03', until: '2025-03-09' });
    expect(JSON.parse(briefToJson(brief))).toEqual(brief);
  });

  it('is deterministic: the same state in another order gives the same brief', () => {
    const a = buildBrief(state, { since: '2025-03-03', until: '2025-03-09' });
    const b = buildBrief({ events: [...state.events].reverse(), claims: [...state.claims].reverse() }, { since: '2025-03-03', until: '2025-03-09' });
    expect(b.keyDevelopments).toEqual(a.keyDevelopments);
    expect(b.casualties).toEqual(a.casualties);
  });
});
