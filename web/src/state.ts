/**
 * The view state lives in the URL hash (as query parameters), so a view can be shared and back/forward
 * walk through it. Every change goes through `navigate`; the app re-renders on `hashchange`.
 */

export const VIEWS = ['map', 'claims', 'doc', 'search', 'brief'] as const;
export type View = typeof VIEWS[number];

export interface State {
  view: View;
  /** Window (YYYY-MM-DD), inclusive; filters map, board and lists. */
  since?: string; until?: string;
  /** Claims as they stood at the end of this day. */
  asOf?: string;
  side?: string; claimant?: string; text?: string; type?: string;
  /** First-level region (substring): of the incidents a claim asserts on the board; of the brief. */
  region?: string;
  /** Country (ISO alpha-2) of the brief. */
  country?: string;
  shade?: 'incidents' | 'toll';
  event?: string; claim?: string;
  doc?: string; hl?: string;
  /** The fused incident or claim the document was opened from (ev-… or cl-…), linked back from the evidence view. */
  from?: string;
  q?: string;
}

const KEYS: (keyof State)[] = ['view', 'since', 'until', 'asOf', 'side', 'claimant', 'text', 'region', 'country', 'type', 'shade', 'event', 'claim', 'doc', 'hl', 'from', 'q'];
const DAY = /^\d{4}-\d{2}-\d{2}$/;
const CHECKS: Partial<Record<keyof State, (v: string) => boolean>> = {
  view: (v) => (VIEWS as readonly string[]).includes(v), since: (v) => DAY.test(v), until: (v) => DAY.test(v), asOf: (v) => DAY.test(v),
  shade: (v) => v === 'incidents' || v === 'toll', country: (v) => /^[A-Za-z]{2}$/.test(v), hl: (v) => /^\d+-\d+$/.test(v), from: (v) => /^(ev|cl)-[A-Za-z0-9_-]{1,60}$/.test(v),
};

export function parseState(hash: string): State {
  const p = new URLSearchParams(hash.replace(/^#/, ''));
  const st: State = { view: 'map' };
  for (const k of KEYS) {
    const v = p.get(k);
    if (v == null || v === '') continue;
    if (CHECKS[k] && !CHECKS[k]!(v)) continue;
    (st as unknown as Record<string, string>)[k] = v;
  }
  return st;
}

export function formatState(st: State): string {
  const p = new URLSearchParams();
  for (const k of KEYS) {
    const v = st[k];
    if (v != null && v !== '' && !(k === 'view' && v === 'map')) p.set(k, String(v));
  }
  const q = p.toString();
  return q ? `#${q}` : '#';
}

export const current = (): State => parseState(location.hash);

/** Changes the state: a new history entry, or (for typing in a filter) the current one replaced. */
export function navigate(patch: Partial<State>, opts: { replace?: boolean } = {}): void {
  const next = { ...current(), ...patch };
  for (const k of Object.keys(patch) as (keyof State)[]) if (patch[k] === undefined) delete next[k];
  const hash = formatState(next);
  if (hash === (location.hash || '#')) return;
  if (opts.replace) {
    history.replaceState(null, '', hash);
    window.dispatchEvent(new HashChangeEvent('hashchange'));
  } else {
    location.hash = hash;
  }
}
