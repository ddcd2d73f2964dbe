import { loadData } from '../data.js';

/**
 * The lookup key for names (places, actors): case, diacritics, apostrophes and dashes don't matter.
 * "Donets'k" → "donetsk", "el-Fasher" → "el fasher", "Zaporizhzhia" stays itself.
 */
/**
 * A string function remembered for the strings it has seen: extraction asks for the same few thousand
 * keys over and over. Bounded: a long run over many documents must not grow the memo without end.
 */
export function memoised(fn: (s: string) => string, max = 200_000): (s: string) => string {
  const memo = new Map<string, string>();
  return (s: string) => {
    let k = memo.get(s);
    if (k !== undefined) return k;
    k = fn(s);
    if (memo.size > max) memo.clear();
    memo.set(s, k);
    return k;
  };
}

export const nameKey: (s: string) => string = memoised((s) => computeKey(s));

function computeKey(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[’‘'`ʼʻ]/g, '')
    .replace(/[-‐‑‒–—_./]/g, ' ')
    .replace(/[^\p{L}\p{N} ]/gu, '')
    .replace(/\s+/g, ' ')
    .trim()
    // Arabic article spellings vary by outlet: "Deir el-Balah" = "Deir al-Balah" = "Dayr al Balah".
    .replace(/(^| )(el|ad|ed|ez|es|ul|ud)(?= )/g, '$1al');
}

interface VariantSet { id: string; countries: string[]; rules: [string, string][] }
let variantSets: { id: string; countries: Set<string>; rules: [RegExp, string][] }[] | null = null;

function sets() {
  variantSets ??= loadData<{ sets: VariantSet[] }>('place-variants.json').sets.map((s) => ({
    id: s.id,
    countries: new Set(s.countries),
    rules: s.rules.map(([re, to]) => [new RegExp(re, 'g'), to] as [RegExp, string]),
  }));
  return variantSets;
}

/**
 * Loose keys of a name: one per romanisation set in data/place-variants.json ("~sl:kalinove" for
 * both "Kalinovo" and "Kalynove"). With a country, only the sets that cover it; without one, all sets
 * (the text side, where the country is not known yet). Each key carries its set's id, so a loose
 * match is only ever made with places of that set's countries.
 */
export function looseKeys(s: string, country?: string | null): string[] {
  const base = nameKey(s);
  if (base.length < 3) return [];
  const out: string[] = [];
  for (const set of sets()) {
    if (country !== undefined && (!country || !set.countries.has(country))) continue;
    let k = base;
    for (const [re, to] of set.rules) k = k.replace(re, to);
    k = k.replace(/\s+/g, ' ').trim();
    if (k.length >= 3) out.push(`~${set.id}:${k}`);
  }
  return out;
}
