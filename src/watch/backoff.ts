/**
 * When to try a failing source again: its interval doubled per consecutive failure (capped at a day), with
 * "equal jitter" (half fixed, half random) so that sources failing together do not come back together.
 * Never sooner than the server's Retry-After, and never sooner than the source's own interval.
 */
export const MAX_BACKOFF_MS = 24 * 3600 * 1000;

export function backoffMs(everyMs: number, failures: number, random: () => number, retryAfterMs: number | null = null): number {
  const ceiling = Math.min(MAX_BACKOFF_MS, everyMs * 2 ** Math.min(failures, 20));
  const jittered = Math.max(everyMs, ceiling / 2 + random() * (ceiling / 2));
  // Whole milliseconds: the stores keep times as integers.
  return Math.round(Math.max(jittered, retryAfterMs ?? 0));
}

/** "15m", "90s", "2h", "1d" → seconds. */
export function parseEvery(s: string): number {
  const m = /^(\d{1,6})\s*(s|m|h|d)$/.exec(s.trim());
  if (!m || Number(m[1]) === 0) throw new Error(`--every must be a duration such as 90s, 15m, 2h or 1d, got "${s}"`);
  return Number(m[1]) * { s: 1, m: 60, h: 3600, d: 86400 }[m[2] as 's' | 'm' | 'h' | 'd'];
}
