import type { Span } from './types.js';

export const spanText = (text: string, s: Span): string => text.slice(s.start, s.end);

export const contains = (outer: Span, inner: Span): boolean => outer.start <= inner.start && inner.end <= outer.end;

export const overlaps = (a: Span, b: Span): boolean => a.start < b.end && b.start < a.end;

/** Binary search for the item whose span contains `offset` (items sorted, non-overlapping). */
export function indexAt<T extends Span>(items: readonly T[], offset: number): number {
  let lo = 0;
  let hi = items.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const it = items[mid];
    if (offset < it.start) hi = mid - 1;
    else if (offset >= it.end) lo = mid + 1;
    else return mid;
  }
  return -1;
}
