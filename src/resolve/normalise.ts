/**
 * The lookup key for names (places, actors): case, diacritics, apostrophes and dashes don't matter.
 * "Donets'k" → "donetsk", "el-Fasher" → "el fasher", "Zaporizhzhia" stays itself.
 */
export function nameKey(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[’‘'`ʼʻ]/g, '')
    .replace(/[-‐‑‒–—_./]/g, ' ')
    .replace(/[^\p{L}\p{N} ]/gu, '')
    .replace(/\s+/g, ' ')
    .trim();
}
