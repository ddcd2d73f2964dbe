import type { FusedClaim, FusedEvent } from './fuse.js';

/**
 * The days a fused record belongs to, for choosing what a period (a brief, an export) can show.
 * Dates are ISO strings, so they compare as text.
 */

/** The days an event covers; an undated event is placed on the day it was first reported. */
export function eventDays(e: FusedEvent): { start: string; end: string } | null {
  if (e.date) return { start: e.date.start, end: e.date.end };
  const first = e.reports.map((r) => r.published).filter((p): p is string => !!p).sort()[0];
  return first ? { start: first, end: first } : null;
}

/** From the first to the last day a claim was reported or weighed (a report, a piece of evidence); null if never dated. */
export function claimDays(c: FusedClaim): { start: string; end: string } | null {
  let start: string | null = null;
  let end: string | null = null;
  const see = (d: string | null) => {
    if (!d) return;
    if (start === null || d < start) start = d;
    if (end === null || d > end) end = d;
  };
  see(c.firstReported);
  for (const r of c.reports) see(r.published);
  for (const e of c.evidence) see(e.date);
  return start !== null && end !== null ? { start, end } : null;
}
