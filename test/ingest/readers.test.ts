import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { readSource } from '../../src/ingest/source.js';
import { buildDocument } from '../../src/document/build.js';
import type { ReadItem } from '../../src/ingest/types.js';
import { readHtmlString } from '../../src/ingest/html.js';
import { FIXTURES } from '../helpers.js';

const input = (f: string) => join(FIXTURES, 'inputs', f);
async function read(path: string): Promise<ReadItem[]> {
  const out: ReadItem[] = [];
  for await (const it of readSource(path)) out.push(it);
  return out;
}
async function docs(path: string) {
  const items = await read(path);
  return items.map((it) => { if (!it.ok) throw new Error(`${it.origin}: ${it.reason}`); return buildDocument(it.article); });
}

describe('readers', () => {
  it('HTML: main text via Readability, metadata from meta, Open Graph and JSON-LD, page furniture gone', async () => {
    const [d] = await docs(input('article.html'));
    expect(d.format).toBe('html');
    expect(d.title).toBe('Drones force Moscow airports to halt flights');
    expect(d.outlet).toBe('Example Wire');
    expect(d.author).toBe('Jane Reporter');
    expect(d.published).toBe('2025-06-08');
    expect(d.url).toBe('https://wire.example.org/world/moscow-airports-drones');
    expect(d.text).toMatch(/^Three airports serving the Russian capital/);
    expect(d.text).not.toMatch(/Subscribe|Most read|All rights reserved|Unrelated story/);
    const caption = d.paragraphs.find((p) => p.kind === 'caption');
    expect(caption && d.text.slice(caption.start, caption.end)).toMatch(/^MOSCOW, RUSSIA - JUNE 8:/);
  });

  it('article JSON in our shape', async () => {
    const [d] = await docs(input('article.json'));
    expect(d).toMatchObject({ externalId: 'ex-101', outlet: 'Example News', title: 'Missile strike on Kharkiv kills three', published: '2025-06-07', format: 'json' });
    expect(d.paragraphs).toHaveLength(2);
  });

  it('article JSON in the crawler shape (title, maintext, date_publish, source_domain)', async () => {
    const [d] = await docs(input('crawler.json'));
    expect(d).toMatchObject({ outlet: 'kyiv.example.net', published: '2025-06-08', url: 'https://kyiv.example.net/news/tula-plant' });
    expect(d.text).toMatch(/^Ukrainian drones struck a chemical plant/);
  });

  it('JSON Lines of either shape, one document per line', async () => {
    const ds = await docs(input('articles.jsonl'));
    expect(ds.map((d) => d.published)).toEqual(['2025-06-08', '2025-06-02']);
    expect(ds[1].outlet).toBe('wire.example.org');
  });

  it('RSS 2.0: one document per item, content:encoded over description, item dates', async () => {
    const ds = await docs(input('feed.rss.xml'));
    expect(ds).toHaveLength(2);
    expect(ds[0].format).toBe('rss');
    expect(ds[0].outlet).toBe('Example Monitor');
    expect(ds[0].published).toBe('2025-06-08');
    expect(ds[0].text).toMatch(/had not observed Russian forces/);
    expect(ds[0].text).not.toMatch(/Short summary only/);
    expect(ds[1].text).toMatch(/Two towns in Donetsk region/);
  });

  it('Atom: entries with content or summary, published or updated dates, alternate links', async () => {
    const ds = await docs(input('feed.atom.xml'));
    expect(ds.map((d) => d.published)).toEqual(['2025-06-10', '2025-06-09']);
    expect(ds[0].url).toBe('https://atom.example.org/1');
    expect(ds[0].text).toMatch(/^Geolocated footage shows/);
    expect(ds[1].text).toMatch(/resumed flights/);
  });

  it('Markdown: front matter, headings, lists and inline markup', async () => {
    const [d] = await docs(input('note.md'));
    expect(d.title).toBe('Weekend toll rises in eastern Ukraine');
    expect(d.published).toBe('2025-06-09');
    expect(d.text).toMatch(/National Police said on Monday\./);
    expect(d.text).not.toMatch(/\*\*|\]\(|^#/m);
    expect(d.paragraphs.filter((p) => p.kind === 'bullet').map((p) => d.text.slice(p.start, p.end))).toEqual(['A baby aged six weeks', 'A 14-year-old girl']);
  });

  it('plain text: first line is the headline when a blank line follows it', async () => {
    const [d] = await docs(join(FIXTURES, 'messy-article.txt'));
    expect(d.format).toBe('text');
    expect(d.title).toMatch(/armoured units entered/);
  });
});

describe('a heavy page within the bounds', () => {
  it('thousands of icon and menu elements do not push a real article to the plain tag-strip', () => {
    const icons = '<svg><path d="M0 0"/><path d="M1 1"/></svg>'.repeat(3000);
    const menu = `<nav>${'<a href="#">Section</a>'.repeat(2000)}</nav>`;
    const story = Array.from({ length: 12 }, (_, i) => `<p>Paragraph ${i}: shelling hit the river port overnight and the regional governor said repairs began at dawn.</p>`).join('');
    const page = `<html><head><title>Port shelled</title></head><body>${menu}${icons}<article><h1>Port shelled</h1>${story}</article></body></html>`;
    const r = readHtmlString(page);
    expect(r.warning).toBeUndefined();
    expect(r.blocks.map((b) => b.text).join(' ')).toContain('Paragraph 11');
  });

  it('negative: a flat run of more elements than the bound is read by the tag-strip, with a warning saying why', () => {
    const r = readHtmlString(`<html><body>${'<p>x y z</p>'.repeat(9000)}</body></html>`);
    expect(r.warning).toMatch(/more than 8000 elements/);
  });
});

describe('a page that is mostly a table', () => {
  it('thousands of table rows go to the tag-strip, with the reason', () => {
    const rows = Array.from({ length: 2500 }, (_, i) => `<tr><td>row ${i}</td></tr>`).join('');
    const r = readHtmlString(`<html><body><table>${rows}</table><p>Shelling hit the port overnight, the governor said.</p></body></html>`);
    expect(r.warning).toMatch(/table rows and cells/);
  });

  it('negative: an article with a small table stays on Readability', () => {
    const story = Array.from({ length: 10 }, (_, i) => `<p>Paragraph ${i}: the governor said shelling hit the port overnight and repairs began.</p>`).join('');
    const table = `<table>${Array.from({ length: 20 }, (_, i) => `<tr><td>${i}</td><td>item</td></tr>`).join('')}</table>`;
    const r = readHtmlString(`<html><body><article><h1>Port shelled</h1>${story}${table}</article></body></html>`);
    expect(r.warning).toBeUndefined();
  });
});
