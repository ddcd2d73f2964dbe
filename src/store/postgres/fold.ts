/**
 * Diacritics folded out of Latin letters, for full-text search: "Zelényi", "Zélenyi" and "zelenyi" are one
 * word to a searcher, as they are to the SQLite store's FTS5 tokenizer (unicode61 remove_diacritics 2).
 * PostgreSQL's own answer is the unaccent extension, which not every team's server has; a translate() over
 * the letters below needs nothing installed and is immutable, so it can feed the stored tsvector.
 *
 * The letters: every Latin letter from U+00C0 to U+024F whose canonical decomposition is one ASCII letter and
 * marks, and the few with a stroke that Unicode does not decompose (ł, ø, đ, ħ, ŧ, ƀ, ı).
 */
const STROKED: Record<string, string> = {
  ł: 'l', Ł: 'L', ø: 'o', Ø: 'O', đ: 'd', Đ: 'D', ħ: 'h', Ħ: 'H', ŧ: 't', Ŧ: 'T', ƀ: 'b', ı: 'i',
};

function foldTable(): [from: string, to: string] {
  let from = '';
  let to = '';
  for (let c = 0xc0; c <= 0x24f; c++) {
    const ch = String.fromCodePoint(c);
    const base = STROKED[ch] ?? ch.normalize('NFD').replace(/\p{M}+/gu, '');
    if (base !== ch && /^[A-Za-z]$/.test(base)) {
      from += ch;
      to += base;
    }
  }
  return [from, to];
}

export const [FOLD_FROM, FOLD_TO] = foldTable();
const FOLD = new Map([...FOLD_FROM].map((ch, i) => [ch, FOLD_TO[i]]));

/** A search as the stored tsvector sees it: the same letters folded (NFC first, so a decomposed é folds too). */
export const foldDiacritics = (s: string): string =>
  s.normalize('NFC').replace(/[\u00c0-\u024f]/g, (ch) => FOLD.get(ch) ?? ch);

/** The SQL function the stored tsvector folds title and text with. Immutable: a generated column may call it. */
export const FOLD_FUNCTION_SQL = `CREATE OR REPLACE FUNCTION sitrep_fold(t text) RETURNS text
  LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$ SELECT translate(t, '${FOLD_FROM}', '${FOLD_TO}') $$;`;
