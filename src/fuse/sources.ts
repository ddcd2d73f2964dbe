import type { Document } from '../document/types.js';
import { actors, actorKey } from '../resolve/actors.js';

/**
 * Who stands behind a report, for independence: the wire it credits ("(Reuters)", "Reuters wire"),
 * else the outlet, else the URL's domain, else the document itself (an unknown source is its own
 * family, never silently an independent confirmation of anything).
 */
export interface ReportSource {
  /** Stable key: "actor:reuters", "outlet:kyiv-independent", "domain:example.org", "unknown:<docId>". */
  key: string;
  name: string;
  side: string | null;
  type: string | null;
  /** The republisher when the text credits a wire. */
  via: string | null;
}

const WIRE_CREDIT = /^(?:[A-Z][A-Z ,.'-]{1,40}\s*)?\((Reuters|AP|AFP|CNN|IANS|Xinhua|Anadolu|dpa|EFE|Bloomberg|TASS|Interfax|Ukrinform)\)\s*[-—–]?|\((?:MENAFN-\s*)?(IANS|Reuters|AFP|AP)\)/;
const OUTLET_WIRE = /\((\w[\w ]*?)\s+wire\)|\bvia\s+(Reuters|AP|AFP)\b|\(republished by/i;

function domainOf(url: string | null): string | null {
  if (!url) return null;
  try { return new URL(url).hostname.replace(/^www\./, ''); } catch { return null; }
}

/** How much of the text's start a wire credit is looked for in (the store reads no more of it for fusion). */
export const SOURCE_LEAD_CHARS = 120;

export function reportSource(doc: Pick<Document, 'id' | 'text' | 'outlet' | 'url'>): ReportSource {
  const reg = actors();
  const credit = WIRE_CREDIT.exec(doc.text.slice(0, SOURCE_LEAD_CHARS));
  const outletWire = doc.outlet ? OUTLET_WIRE.exec(doc.outlet) : null;
  const wireName = credit?.[1] ?? credit?.[2] ?? outletWire?.[1] ?? outletWire?.[2] ?? (doc.outlet && /\(republished by/i.test(doc.outlet) ? doc.outlet.split('(')[0].trim() : null);
  const via = wireName ? doc.outlet : null;
  const name = wireName ?? doc.outlet ?? domainOf(doc.url);
  if (!name) return { key: `unknown:${doc.id}`, name: 'unknown source', side: null, type: null, via: null };
  const actor = reg.resolve(name) ?? (domainOf(doc.url) ? reg.resolve(domainOf(doc.url)!.split('.')[0]) : null);
  if (actor) return { key: `actor:${reg.family(actor).id}`, name: actor.name, side: actor.side, type: actor.type, via };
  const domain = domainOf(doc.url);
  return { key: domain && !wireName ? `domain:${domain}` : `outlet:${actorKey(name).replace(/\s+/g, '-')}`, name, side: null, type: null, via };
}
