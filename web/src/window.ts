import type { Incident } from './api.js';
import type { State } from './state.js';

/** Whether an incident falls in the state's window and type filter (undated ones only without a window). */
export function eventInView(e: Incident, st: State): boolean {
  if (st.type && e.type !== st.type) return false;
  if (!st.since && !st.until) return true;
  if (!e.date) return false;
  const start = e.date.start.slice(0, 10);
  const end = (e.date.end || e.date.start).slice(0, 10);
  return (!st.until || start <= st.until) && (!st.since || end >= st.since);
}

export const bestToll = (e: Incident): number => e.killed?.best ?? 0;

export function describeEvent(e: Incident): string {
  const where = e.place?.name ?? 'unknown place';
  const when = e.date?.start?.slice(0, 10) ?? 'undated';
  const toll = e.killed?.best != null ? `, ${e.killed.best} killed` : '';
  return `${e.type.replace(/_/g, ' ')} in ${where}, ${when}${toll}`;
}
