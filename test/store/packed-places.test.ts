import { describe, expect, it } from 'vitest';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expandPaths, readSource } from '../../src/ingest/source.js';
import { buildDocument } from '../../src/document/build.js';
import { analyse } from '../../src/extract/analyse.js';
import { packPlaces, unpackPlaces } from '../../src/store/packed-places.js';

describe('packed places', () => {
  it('give back exactly the places of every demo-corpus article (keys in order), in a third of the space', async () => {
    const { files } = await expandPaths([join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'demo', 'corpus')]);
    let plain = 0;
    let packed = 0;
    let n = 0;
    for (const f of files) for await (const it of readSource(f)) {
      if (!it.ok) continue;
      const { places } = analyse(buildDocument(it.article));
      const p = packPlaces(places);
      expect(JSON.stringify(unpackPlaces(JSON.parse(JSON.stringify(p))))).toBe(JSON.stringify(places));
      plain += JSON.stringify(places).length;
      packed += JSON.stringify(p).length;
      n += places.length;
    }
    expect(n).toBeGreaterThan(100);
    expect(packed / plain).toBeLessThan(0.5);
  });

  it('one row per distinct resolved place, however often it is named', () => {
    const at = (start: number, mention: string) => ({ name: 'Kharkiv', geonameId: 706483, lat: 50, lon: 36.25, country: 'UA', admin1: 'Kharkiv Oblast', admin1Code: 'UA-63', admin1Acled: 'Kharkiv', kind: 'city' as const, precision: 1 as const, mention, span: { start, end: start + mention.length }, sentence: 0, why: 'population' });
    const p = packPlaces([at(0, 'Kharkiv'), at(20, 'Kharkiv'), at(40, 'Kharkov')]);
    expect(p.resolved).toHaveLength(1);
    expect(p.mentions.map((m) => m[1])).toEqual(['Kharkiv', 'Kharkiv', 'Kharkov']);
  });
});
