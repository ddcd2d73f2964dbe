import type { Statement } from './protocol.js';

/**
 * One INSERT of many rows: each column sent as one array parameter and taken apart with unnest, so a
 * batch of thousands of rows is one statement of fixed text (and one parse), whatever the batch size.
 * `columns`: name and PostgreSQL type of each; `rows`: one array of values per row, in column order.
 */
export function insertRows(table: string, columns: [string, string][], rows: unknown[][], conflict = ''): Statement {
  const values = columns.map((_, i) => rows.map((r) => r[i] ?? null));
  const unnest = columns.map(([, type], i) => `$${i + 1}::${type}[]`).join(', ');
  return { text: `INSERT INTO ${table} (${columns.map(([c]) => c).join(', ')}) SELECT * FROM unnest(${unnest}) ${conflict}`, values };
}

/**
 * The same INSERT as several statements of at most `size` rows: a full fusion writes tens of thousands of
 * records, and one statement of them all would be built, copied to the client thread and encoded whole,
 * holding the picture several times over in memory at once.
 */
export function insertRowChunks(table: string, columns: [string, string][], rows: unknown[][], conflict = '', size = 1000): Statement[] {
  const out: Statement[] = [];
  for (let i = 0; i < rows.length; i += size) out.push(insertRows(table, columns, rows.slice(i, i + size), conflict));
  return out;
}
