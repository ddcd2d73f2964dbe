import { InputError } from '../document/build.js';
import { articleFromObject } from './article-json.js';
import type { ReadItem, Reader } from './types.js';
import { LIMITS } from './limits.js';
import { isTelegramExport, readTelegramExport } from './telegram.js';

/**
 * How deep arrays and objects nest, by one pass over the text (strings skipped), before JSON.parse: a
 * deeply nested document parses quickly but overflows the stack of whatever walks it afterwards.
 * Returns a reason when it nests deeper than the limit.
 */
export function jsonTooDeep(content: string, limit: number = LIMITS.jsonDepth): string | null {
  let depth = 0;
  for (let i = 0; i < content.length; i++) {
    const c = content.charCodeAt(i);
    if (c === 34) { // a string: skip to its closing quote
      for (i++; i < content.length; i++) { const d = content.charCodeAt(i); if (d === 92) i++; else if (d === 34) break; }
    } else if (c === 91 || c === 123) { if (++depth > limit) return `JSON nested more than ${limit} levels deep`; }
    else if (c === 93 || c === 125) depth--;
  }
  return null;
}

/** Where a JSON parse error happened, as "line L, column C" when the message gives a position. */
export function jsonErrorWhere(content: string, err: unknown): string {
  const msg = err instanceof Error ? err.message : String(err);
  const m = /position (\d+)/.exec(msg);
  if (!m) return /end of JSON|Unterminated/i.test(msg) ? 'unexpected end (truncated?)' : msg.split('\n')[0];
  const pos = +m[1];
  const before = content.slice(0, pos);
  const line = before.split('\n').length;
  const col = pos - before.lastIndexOf('\n');
  return `${pos >= content.trimEnd().length ? 'unexpected end (truncated?)' : 'syntax error'} at line ${line}, column ${col}`;
}

export const readJson: Reader = (content, origin) => {
  const deep = jsonTooDeep(content);
  if (deep) throw new InputError(deep);
  let data: unknown;
  try { data = JSON.parse(content); } catch (e) { throw new InputError(`invalid JSON: ${jsonErrorWhere(content, e)}`); }
  if (isTelegramExport(data)) return readTelegramExport(data, origin);
  const list = Array.isArray(data) ? data
    : data && typeof data === 'object' && Array.isArray((data as { articles?: unknown[] }).articles) ? (data as { articles: unknown[] }).articles
    : data && typeof data === 'object' && Array.isArray((data as { items?: unknown[] }).items) ? (data as { items: unknown[] }).items
    : null;
  if (!list) {
    const a = articleFromObject(data, origin, 'json');
    if (typeof a === 'string') throw new InputError(a);
    return [{ ok: true, article: a }];
  }
  if (!list.length) throw new InputError('JSON array holds no articles');
  // A JSON Feed (jsonfeed.org) names its site once, at the top: the outlet of every item that names none.
  const feedTitle = !Array.isArray(data) && typeof (data as { version?: unknown }).version === 'string'
    && /jsonfeed\.org/.test((data as { version: string }).version) && typeof (data as { title?: unknown }).title === 'string' ? (data as { title: string }).title : null;
  if (list.length > LIMITS.itemsPerInput) throw new InputError(`JSON holds ${list.length} items; the limit is ${LIMITS.itemsPerInput} (use JSON Lines, which is streamed)`);
  return list.map((o, i): ReadItem => {
    const itemOrigin = `${origin}#${i + 1}`;
    const a = articleFromObject(o, itemOrigin, 'json');
    if (typeof a !== 'string' && feedTitle) a.outlet ??= feedTitle;
    return typeof a === 'string' ? { ok: false, origin: itemOrigin, reason: a } : { ok: true, article: a };
  });
};

/** JSON Lines: one article per line; a bad line fails alone, with its line number. */
export function readJsonLine(line: string, lineNo: number, origin: string): ReadItem | null {
  if (!line.trim()) return null;
  const itemOrigin = `${origin}:${lineNo}`;
  const deep = jsonTooDeep(line);
  if (deep) return { ok: false, origin: itemOrigin, reason: deep };
  let o: unknown;
  try { o = JSON.parse(line); } catch (e) { return { ok: false, origin: itemOrigin, reason: `invalid JSON: ${jsonErrorWhere(line, e)}` }; }
  const a = articleFromObject(o, itemOrigin, 'jsonl');
  return typeof a === 'string' ? { ok: false, origin: itemOrigin, reason: a } : { ok: true, article: a };
}

export const readJsonl: Reader = (content, origin) => {
  const out: ReadItem[] = [];
  content.split(/\r?\n/).forEach((l, i) => { const it = readJsonLine(l, i + 1, origin); if (it) out.push(it); });
  if (!out.length) throw new InputError('JSON Lines file holds no articles');
  return out;
};
