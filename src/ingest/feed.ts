import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { InputError } from '../document/build.js';
import { htmlFragmentToBlocks } from './html.js';
import type { ReadItem, Reader } from './types.js';

/* eslint-disable @typescript-eslint/no-explicit-any */
const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', textNodeName: '#text', cdataPropName: false as never, processEntities: true, htmlEntities: true });

const arr = (v: any): any[] => (v == null ? [] : Array.isArray(v) ? v : [v]);
const txt = (v: any): string | null => {
  if (v == null) return null;
  if (typeof v === 'string' || typeof v === 'number') return String(v);
  if (Array.isArray(v)) return txt(v[0]);
  if (typeof v === 'object') return txt(v['#text'] ?? v['@href'] ?? null);
  return null;
};

function rootName(obj: any): string {
  return Object.keys(obj).find((k) => !k.startsWith('?') && !k.startsWith('@')) ?? '(none)';
}

/** RSS 2.0 and Atom: one article per item; `content:encoded` (or Atom content) over `description`/summary. */
export const readFeed: Reader = (content, origin) => {
  const valid = XMLValidator.validate(content);
  if (valid !== true) throw new InputError(`invalid XML: ${valid.err.msg} at line ${valid.err.line}`);
  let doc: any;
  // The parser's own limits (nesting past 100 tags, entity expansion) come as plain errors: the input's fault.
  try { doc = parser.parse(content); } catch (e) { throw new InputError(`unreadable XML: ${e instanceof Error ? e.message.split('\n')[0] : String(e)}`); }
  const root = rootName(doc);
  const items: ReadItem[] = [];
  if (root === 'rss' || root === 'rdf:RDF') {
    const channel = doc[root].channel ?? {};
    const outlet = txt(channel.title);
    const list = arr(channel.item ?? doc[root].item);
    list.forEach((it: any, i: number) => {
      const o = `${origin}#${i + 1}`;
      const body = txt(it['content:encoded']) ?? txt(it.description) ?? '';
      if (!body.trim()) { items.push({ ok: false, origin: o, reason: 'feed item has no content or description' }); return; }
      const blocks = htmlFragmentToBlocks(body);
      items.push({ ok: true, article: {
        origin: o, format: 'rss', text: blocks.map((b) => b.text).join('\n'), blocks,
        title: txt(it.title), url: txt(it.link), outlet: txt(it.source) ?? outlet,
        published: txt(it.pubDate) ?? txt(it['dc:date']), author: txt(it['dc:creator']) ?? txt(it.author), externalId: txt(it.guid),
      } });
    });
  } else if (root === 'feed') {
    const feed = doc.feed;
    const outlet = txt(feed.title);
    arr(feed.entry).forEach((e: any, i: number) => {
      const o = `${origin}#${i + 1}`;
      const body = txt(e.content) ?? txt(e.summary) ?? '';
      if (!body.trim()) { items.push({ ok: false, origin: o, reason: 'feed entry has no content or summary' }); return; }
      const blocks = htmlFragmentToBlocks(body);
      const link = arr(e.link).find((l: any) => !l['@rel'] || l['@rel'] === 'alternate');
      items.push({ ok: true, article: {
        origin: o, format: 'atom', text: blocks.map((b) => b.text).join('\n'), blocks,
        title: txt(e.title), url: link?.['@href'] ?? null, outlet,
        published: txt(e.published) ?? txt(e.updated), author: txt(arr(e.author)[0]?.name), externalId: txt(e.id),
      } });
    });
  } else {
    throw new InputError(`XML is not an RSS or Atom feed (root element <${root}>)`);
  }
  if (!items.length) throw new InputError('feed has no items');
  return items;
};
