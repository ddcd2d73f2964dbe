/**
 * The bounds every reader keeps, so that no single input can take seconds to read (a fuzz run found
 * deeply nested and tag-soup HTML taking 5–300 s in linkedom and Readability, and nested JSON and
 * feed markup overflowing the stack). Measured on this machine: a page within these bounds reads in
 * well under a second; past them a page is read by the plain tag-strip (html-strip.ts) instead.
 */
export const LIMITS = {
  /** Largest HTML (after dropping scripts, styles and comments) given to the DOM parser and Readability. */
  htmlDomBytes: 1_000_000,
  /** Most elements in a page or fragment given to the DOM (Readability is superlinear in them: a flat run of 14,500
   * paragraphs took it 1.2–2.4 s here; a long news page has 2,000–6,000 elements). */
  htmlElements: 8_000,
  /** Most table rows and cells: a fuzzed run of 6,050 stray rows took Readability 2.7 s; a page that is mostly a
   * table is data, not an article, and the tag-strip reads its text. */
  htmlTableCells: 2_000,
  /** Deepest element nesting given to the DOM (parsing and Readability are quadratic in depth). */
  htmlDepth: 200,
  /** Longest run of text between two tags: linkedom and Readability's regular expressions choke on longer. */
  htmlTextRun: 100_000,
  /** Deepest nesting of arrays and objects in a JSON document or line. */
  jsonDepth: 64,
  /** Longest article text analysed (characters, ~33,000 words, far beyond a news article): degenerate text this long (a paragraph repeated thousands of times) still analyses in about a second. */
  articleChars: 200_000,
  /** Most items one feed or JSON document may hold. */
  itemsPerInput: 100_000,
} as const;
