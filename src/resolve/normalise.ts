/**
 * The lookup key for names (places, actors): case, diacritics, apostrophes and dashes don't matter.
 * "Donets'k" → "donetsk", "el-Fasher" → "el fasher", "Zaporizhzhia" stays itself.
 */
const memo = new Map<string, string>();

export function nameKey(s: string): string {
  let k = memo.get(s);
  if (k !== undefined) return k;
  k = computeKey(s);
  // Bounded: a long run over many documents must not grow the memo without end.
  if (memo.size > 200_000) memo.clear();
  memo.set(s, k);
  return k;
}

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
