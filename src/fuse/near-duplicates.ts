/**
 * Wire copies: one story republished by several sites is one report. Each text gets a bottom-k
 * sketch of its word 6-shingles (the k smallest shingle hashes); documents that share many sketch
 * hashes are near-duplicates. Candidates come from an inverted index over sketch hashes, so the
 * cost grows with the number of documents, not its square.
 */

import { alnumAt } from '../extract/tokens.js';

const K = 32;
const SHINGLE = 6;

export function sketch(text: string): number[] {
  const lower = text.toLowerCase();
  // Hash each word (a run of letters and digits, /[\p{L}\p{N}]+/u) once, in place, then combine six word
  // hashes per shingle: no word or shingle strings are built.
  const wh: number[] = [];
  for (let i = 0, n = lower.length; i < n;) {
    let w = alnumAt(lower, i, n);
    if (!w) { i++; continue; }
    let h = 0x811c9dc5;
    do {
      for (let k = 0; k < w; k++) h = Math.imul(h ^ lower.charCodeAt(i + k), 0x01000193);
      i += w;
    } while ((w = alnumAt(lower, i, n)));
    wh.push(h >>> 0);
  }
  // The K smallest distinct shingle hashes, kept sorted as they come (no set or sort of all of them).
  const best: number[] = [];
  for (let i = 0; i + SHINGLE <= wh.length; i++) {
    let h = 0x811c9dc5;
    for (let k = 0; k < SHINGLE; k++) h = Math.imul(h ^ wh[i + k], 0x01000193);
    h >>>= 0;
    if (best.length === K && h >= best[K - 1]) continue;
    let lo = 0;
    let hi = best.length;
    while (lo < hi) { const mid = (lo + hi) >> 1; if (best[mid] < h) lo = mid + 1; else hi = mid; }
    if (best[lo] === h) continue;
    best.splice(lo, 0, h);
    if (best.length > K) best.pop();
  }
  return best;
}

/**
 * Estimated resemblance of two texts from their sketches (0..1): of the K smallest hashes of both, the
 * share that is in each. Sketches are sorted, so one merge walk finds them, with nothing allocated.
 */
export function resemblance(a: number[], b: number[]): number {
  if (!a.length || !b.length) return 0;
  let i = 0;
  let j = 0;
  let taken = 0;
  let both = 0;
  while (taken < K && (i < a.length || j < b.length)) {
    const x = i < a.length ? a[i] : Infinity;
    const y = j < b.length ? b[j] : Infinity;
    if (x === y) { both++; i++; j++; } else if (x < y) i++; else j++;
    taken++;
  }
  return both / taken;
}

/** Resemblance from which two texts are copies of one story. */
export const COPY_THRESHOLD = 0.6;
/** Sketch hashes two copies share at the least: resemblance ≥ t needs t·K common hashes. */
export const MIN_SHARED_HASHES = Math.ceil(COPY_THRESHOLD * K);

export function nearDuplicateGroups(items: { id: string; sketch: number[] }[], threshold = COPY_THRESHOLD): Map<string, string> {
  const parent = new Map<string, string>();
  const find = (x: string): string => { let r = x; while (parent.get(r) !== r) r = parent.get(r)!; parent.set(x, r); return r; };
  const union = (a: string, b: string) => { const ra = find(a); const rb = find(b); if (ra !== rb) { if (ra < rb) parent.set(rb, ra); else parent.set(ra, rb); } };
  const byHash = new Map<number, number[]>();
  items.forEach((it, i) => {
    parent.set(it.id, it.id);
    for (const h of it.sketch) { let l = byHash.get(h); if (!l) byHash.set(h, (l = [])); l.push(i); }
  });
  // Shared-hash counts per later item, in a flat array reset through the list of items touched: a common
  // shingle (a stock phrase) can sit in thousands of sketches, and this loop is the cost of the whole pass.
  const counts = new Int32Array(items.length);
  const touched: number[] = [];
  const need = Math.ceil(threshold * K);
  items.forEach((it, i) => {
    for (const h of it.sketch) {
      const list = byHash.get(h)!;
      // Lists are in item order: the later items are the tail.
      for (let x = list.length - 1; x >= 0 && list[x] > i; x--) { const j = list[x]; if (counts[j]++ === 0) touched.push(j); }
    }
    for (const j of touched) {
      // Resemblance ≥ t needs at least t·K hashes common to both sketches: fewer cannot pass.
      if (counts[j] >= need && resemblance(it.sketch, items[j].sketch) >= threshold) union(it.id, items[j].id);
      counts[j] = 0;
    }
    touched.length = 0;
  });
  const out = new Map<string, string>();
  for (const it of items) out.set(it.id, find(it.id));
  return out;
}
