import { InputError } from '../document/build.js';
import { articleFromObject } from './article-json.js';
import type { ReadItem, Reader } from './types.js';

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
  let data: unknown;
  try { data = JSON.parse(content); } catch (e) { throw new InputError(`invalid JSON: ${jsonErrorWhere(content, e)}`); }
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
  return list.map((o, i): ReadItem => {
    const itemOrigin = `${origin}#${i + 1}`;
    const a = articleFromObject(o, itemOrigin, 'json');
    return typeof a === 'string' ? { ok: false, origin: itemOrigin, reason: a } : { ok: true, article: a };
  });
};

/** JSON Lines: one article per line; a bad line fails alone, with its line number. */
export function readJsonLine(line: string, lineNo: number, origin: string): ReadItem | null {
  if (!line.trim()) return null;
  const itemOrigin = `${origin}:${lineNo}`;
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
