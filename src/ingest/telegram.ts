import { InputError } from '../document/build.js';
import type { ReadItem } from './types.js';
import { LIMITS } from './limits.js';

/**
 * Telegram Desktop's JSON export of a channel or chat (`result.json`): `{name, type, id, messages: [{id,
 * type: "message", date, text, …}]}`, where `text` is a string or an array of strings and entities
 * (`{type: "bold" | "link" | …, text}`). One document per message with text; the channel is the outlet.
 * Service messages (joins, pins) and messages without text (a photo alone) are skipped, not failed.
 */

/* eslint-disable @typescript-eslint/no-explicit-any */
export const isTelegramExport = (data: unknown): boolean =>
  !!data && typeof data === 'object' && !Array.isArray(data) && Array.isArray((data as any).messages)
  && (typeof (data as any).name === 'string' || typeof (data as any).type === 'string');

/** A message's text: plain strings and the text of entities, in order. */
export function telegramText(t: unknown): string {
  if (typeof t === 'string') return t;
  if (!Array.isArray(t)) return '';
  return t.map((p) => (typeof p === 'string' ? p : p && typeof p === 'object' && typeof (p as any).text === 'string' ? (p as any).text : '')).join('');
}

export function readTelegramExport(data: any, origin: string): ReadItem[] {
  const outlet = typeof data.name === 'string' && data.name.trim() ? data.name.trim() : null;
  const channel = data.id != null ? String(data.id) : outlet ?? 'unknown';
  const messages: unknown[] = data.messages;
  if (messages.length > LIMITS.itemsPerInput) throw new InputError(`Telegram export holds ${messages.length} messages; the limit is ${LIMITS.itemsPerInput}`);
  const items: ReadItem[] = [];
  messages.forEach((m: any, i) => {
    if (!m || typeof m !== 'object' || m.type !== 'message') return;
    const text = telegramText(m.text).trim();
    if (!text) return;
    const itemOrigin = `${origin}#${m.id ?? i + 1}`;
    items.push({ ok: true, article: {
      origin: itemOrigin, format: 'telegram', text, outlet,
      externalId: `telegram:${channel}:${m.id ?? i + 1}`,
      // Public channels are exported with a username only sometimes; a t.me link then points at the message.
      url: typeof data.username === 'string' && m.id != null ? `https://t.me/${data.username}/${m.id}` : null,
      published: typeof m.date === 'string' ? m.date : null,
      author: typeof m.from === 'string' ? m.from : null,
      title: null,
    } });
  });
  if (!items.length) throw new InputError('Telegram export holds no messages with text');
  return items;
}
