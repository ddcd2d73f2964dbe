import type { EventType } from '../../extract/types.js';
import type { Statement } from './protocol.js';
import type { SyncPg } from './sync-client.js';
import { shiftDay } from './sql.js';

/**
 * The candidate lookups of affectedFused, many at once: SQLite answers one question per event and per
 * claim in microseconds, in process; here each would be a round trip and a query plan, so all of a
 * batch's questions go as rows of an unnest() joined to the table, in one request.
 */

/** An incident to find neighbours of: its place and days. */
export interface NearQuestion { country: string; admin1: string | null; start: string; end: string }

/**
 * For each question, the fused events in the same place within the days fusion allows (short records by
 * start date; long or undated ones by overlap), aggregates only when they say exactly the same dates.
 * An unknown region matches only an unknown region: two statements, so that each compares admin1 by an
 * index (`IS NOT DISTINCT FROM` would not use one).
 */
export function incidentsNear(pg: SyncPg, qs: NearQuestion[]): { id: string; type: EventType }[][] {
  const out: { id: string; type: EventType }[][] = qs.map(() => []);
  if (!qs.length) return out;
  // Short records (a month or less): an index range on the start date. Long or undated ones: by overlap.
  const SHORT = 'f.long_span = 0 AND f.date_start BETWEEN w.lo AND w.hi AND f.date_end >= w.end_lo';
  const LONG = "f.long_span = 1 AND (f.date_start IS NULL OR f.date_start <= w.hi) AND coalesce(f.date_end, f.date_start, '9999') >= w.end_lo";
  const statement = (rows: number[], known: boolean, long: boolean): Statement => ({
    text: `SELECT w.i, f.id, f.type FROM unnest($1::int[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[])
        AS w(i, country, admin1, lo, hi, end_lo, st, en)
      JOIN fused_events f ON f.country = w.country AND ${known ? 'f.admin1 = w.admin1' : 'f.admin1 IS NULL'}
      WHERE ${long ? LONG : SHORT} AND (f.scope IS DISTINCT FROM 'aggregate' OR (f.date_start = w.st AND f.date_end = w.en))`,
    values: [
      rows, rows.map((i) => qs[i].country), rows.map((i) => qs[i].admin1),
      rows.map((i) => (long ? null : shiftDay(qs[i].start, -35))),
      rows.map((i) => (long ? shiftDay(qs[i].end, 4) : shiftDay(qs[i].start, 4))),
      rows.map((i) => (long ? shiftDay(qs[i].start, -4) : shiftDay(qs[i].end, -4))),
      rows.map((i) => qs[i].start), rows.map((i) => qs[i].end),
    ],
  });
  const all = qs.map((_, i) => i);
  const statements: Statement[] = [];
  for (const known of [true, false]) {
    const rows = all.filter((i) => (qs[i].admin1 !== null) === known);
    if (rows.length) statements.push(statement(rows, known, false), statement(rows, known, true));
  }
  for (const rows of pg.run(statements)) for (const r of rows) out[r.i as number].push({ id: r.id as string, type: r.type as EventType });
  return out;
}

/** A claim's speaker, and the day its document was published (null: any day). */
export interface SpeakerQuestion { speaker: string; published: string | null }

/**
 * For each question, the fused claims with a report by the same speaker in a current document published
 * from four days before to four days after (any day when undated), each with that report's quote.
 */
export function claimsBySpeaker(pg: SyncPg, qs: SpeakerQuestion[]): { id: string; quote: string }[][] {
  const out: { id: string; quote: string }[][] = qs.map(() => []);
  if (!qs.length) return out;
  // Claims of one speaker in one document ask the same question: asked once.
  const keyOf = (q: SpeakerQuestion) => `${q.speaker}\u0000${q.published?.slice(0, 10) ?? ''}`;
  const asked = new Map<string, number[]>();
  qs.forEach((q, i) => { const k = keyOf(q); const is = asked.get(k); if (is) is.push(i); else asked.set(k, [i]); });
  const first = [...asked.values()].map((is) => is[0]);
  const dated = first.filter((i) => qs[i].published);
  const undated = first.filter((i) => !qs[i].published);
  const day = (i: number) => qs[i].published!.slice(0, 10);
  const JOIN_REPORTS = 'JOIN fused_claim_reports r ON r.doc_id = c.doc_id AND r.start = c.start';
  const statements: Statement[] = [];
  // A dated document's neighbours by date first (a ministry speaks in tens of thousands of stored claims; a
  // week holds a few hundred documents), as the SQLite store does; OFFSET 0 keeps the planner from turning it round.
  if (dated.length) {
    statements.push({
      text: `SELECT DISTINCT w.i, r.fused_id AS id, c.quote FROM unnest($1::int[], $2::text[], $3::text[], $4::text[]) AS w(i, speaker, lo, hi)
        CROSS JOIN LATERAL (SELECT d.id FROM documents d WHERE d.published >= w.lo AND d.published < w.hi AND d.superseded_by IS NULL OFFSET 0) d
        JOIN claims c ON c.doc_id = d.id AND c.speaker = w.speaker ${JOIN_REPORTS}`,
      values: [dated, dated.map((i) => qs[i].speaker), dated.map((i) => shiftDay(day(i), -4)), dated.map((i) => shiftDay(day(i), 5))],
    });
  }
  if (undated.length) {
    statements.push({
      text: `SELECT DISTINCT w.i, r.fused_id AS id, c.quote FROM unnest($1::int[], $2::text[]) AS w(i, speaker)
        JOIN claims c ON c.speaker = w.speaker JOIN documents d ON d.id = c.doc_id ${JOIN_REPORTS} WHERE d.superseded_by IS NULL`,
      values: [undated, undated.map((i) => qs[i].speaker)],
    });
  }
  const answers = new Map<number, { id: string; quote: string }[]>();
  for (const rows of pg.run(statements)) for (const r of rows) {
    const i = r.i as number;
    let list = answers.get(i);
    if (!list) answers.set(i, (list = []));
    list.push({ id: r.id as string, quote: r.quote as string });
  }
  for (const is of asked.values()) for (const i of is) out[i] = answers.get(is[0]) ?? [];
  return out;
}
