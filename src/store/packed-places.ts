import type { Place } from '../extract/types.js';

/**
 * A document's places, stored compactly: each distinct resolved place once, and each mention as a
 * reference to it with where it stands. A document names its twenty-odd places fifty-odd times, and as
 * objects they were most of the stored analysis (~13 of ~16 KB per article); packed, about a third.
 * `unpackPlaces` gives back the very objects `extractPlaces` made, keys in the same order.
 */
export interface PackedPlaces {
  /** [name, geonameId, lat, lon, country, admin1, admin1Code, admin1Acled, kind, precision] */
  resolved: unknown[][];
  /** [index into resolved, mention, start, end, sentence, why] */
  mentions: unknown[][];
}

export function packPlaces(places: Place[]): PackedPlaces {
  const resolved: unknown[][] = [];
  const index = new Map<string, number>();
  const mentions: unknown[][] = [];
  for (const p of places) {
    // The key joins the fields as text (null apart from any string), not JSON: this runs per mention.
    const key = `${p.name ?? NUL}${SEP}${p.geonameId ?? NUL}${SEP}${p.lat ?? NUL}${SEP}${p.lon ?? NUL}${SEP}${p.country ?? NUL}${SEP}${p.admin1 ?? NUL}${SEP}${p.admin1Code ?? NUL}${SEP}${p.admin1Acled ?? NUL}${SEP}${p.kind ?? NUL}${SEP}${p.precision ?? NUL}`;
    let i = index.get(key);
    if (i === undefined) {
      i = resolved.length;
      resolved.push([p.name, p.geonameId, p.lat, p.lon, p.country, p.admin1, p.admin1Code, p.admin1Acled, p.kind, p.precision]);
      index.set(key, i);
    }
    mentions.push([i, p.mention, p.span.start, p.span.end, p.sentence, p.why]);
  }
  return { resolved, mentions };
}

const SEP = '\u0001';
const NUL = '\u0002';

export function unpackPlaces(packed: PackedPlaces): Place[] {
  return packed.mentions.map(([i, mention, start, end, sentence, why]) => {
    const r = packed.resolved[i as number];
    return {
      name: r[0], geonameId: r[1], lat: r[2], lon: r[3], country: r[4], admin1: r[5], admin1Code: r[6], admin1Acled: r[7], kind: r[8], precision: r[9],
      mention, span: { start, end }, sentence, why,
    } as Place;
  });
}
