/** Small pieces of PostgreSQL SQL the store builds from user input. */
import { foldDiacritics } from './fold.js';

/** A LIKE pattern matching `s` anywhere, `s` taken literally (SQLite's LIKE, which the SQLite store uses, is case-blind too). */
export const ilike = (s: string): string => `%${s.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/**
 * The day `days` after (before, when negative) a date or timestamp, as YYYY-MM-DD; null for no date.
 * SQLite's date(x, '+N day'), which the SQLite store's SQL uses: a timestamp counts in UTC, and one
 * without a zone is UTC.
 */
export function shiftDay(s: string, days: number): string | null {
  const iso = /^\d{4}-\d{2}-\d{2}$/.test(s) ? `${s}T00:00:00Z` : /T\d{2}:\d{2}(:\d{2}(\.\d+)?)?$/.test(s) ? `${s}Z` : s;
  const t = Date.parse(iso);
  if (Number.isNaN(t)) return null;
  return new Date(t + days * 864e5).toISOString().slice(0, 10);
}

/**
 * How many of a search's matches, the newest first, are ranked by relevance. A search matching more
 * (a word every report uses) gets the most relevant of the newest this many; narrow it to reach older ones.
 */
export const RANKED_CANDIDATES = 1000;

/**
 * A FROM item of the ids of the `n` newest current documents that match a tsquery (`qSql`, whose parameter
 * is $1): the candidates a search ranks. The GIN index finds them without reading their tsvectors, which
 * ranking must read out of TOAST one by one (about 4 µs a document: 40 ms for a word every report uses at
 * 10,000 documents, and growing with the store).
 */
export const newestMatchesSql = (qSql: string, n: number): string =>
  `(SELECT d.id FROM documents d, ${qSql} q WHERE d.fts @@ q AND d.superseded_by IS NULL
    ORDER BY coalesce(d.published, '') DESC, d.id LIMIT ${Math.trunc(n)}) newest`;

/**
 * A user's search as a tsquery, in the SQL of a FROM item named `q` and its one parameter ($1). Plain
 * words: each a prefix term, all required (what the SQLite store's FTS5 query does, so `chemic` finds
 * "chemical"). With web-search syntax (a "quoted phrase", `or`, a -word to leave out): PostgreSQL's
 * websearch_to_tsquery, which has no prefix terms but reads that syntax. Diacritics folded, as in the stored
 * tsvector. Null for nothing to search.
 */
export function pgSearchQuery(query: string): { sql: string; value: string } | null {
  const q = foldDiacritics(query);
  const words = q.match(/[\p{L}\p{N}]+/gu) ?? [];
  if (!words.length) return null;
  if (/"[^"]+"|\sor\s|(^|\s)-[\p{L}\p{N}]/iu.test(q)) return { sql: "websearch_to_tsquery('simple', $1)", value: q };
  return { sql: "to_tsquery('simple', $1)", value: words.map((w) => `${w.toLowerCase()}:*`).join(' & ') };
}
