import type { FusedClaim, FusedEvent, FusedState } from '../fuse/fuse.js';

/**
 * The fused picture as JSON Lines: one record per line, events first, then claims, each with a
 * `kind` so one stream can carry both. The records are the fused records unchanged, so a reader
 * gets every field sitrep has (reports with offsets, sourced counts, evidence, status history).
 */

export type JsonlRecord = ({ kind: 'event' } & FusedEvent) | ({ kind: 'claim' } & FusedClaim);

export function jsonlRecords(state: FusedState): JsonlRecord[] {
  return [...state.events.map((e) => ({ kind: 'event' as const, ...e })), ...state.claims.map((c) => ({ kind: 'claim' as const, ...c }))];
}

/** JSON.stringify escapes line breaks inside strings, so each record is exactly one line. */
export const toJsonl = (state: FusedState): string => jsonlRecords(state).map((r) => `${JSON.stringify(r)}\n`).join('');
