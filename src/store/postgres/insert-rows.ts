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
