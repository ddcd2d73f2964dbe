/**
 * Wire copies: one story republished by several sites is one report. Each text gets a bottom-k
 * sketch of its word 6-shingles (the k smallest shingle hashes); documents that share many sketch
 * hashes are near-duplicates. Candidates come from an inverted index over sketch hashes, so the
 * cost grows with the number of documents, not its square.
 */

const K = 32;
const SHINGLE = 6;

function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

const WORD = /[\p{L}\p{N}]+/gu;

export function sketch(text: string): number[] {
  const lower = text.toLowerCase();
  // Hash each word once, then combine six word hashes per shingle: no shingle strings are built.
  const wh: number[] = [];
  WORD.lastIndex = 0;
  for (let m = WORD.exec(lower); m; m = WORD.exec(lower)) wh.push(fnv1a(m[0]));
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

/** Estimated resemblance of two texts from their sketches (0..1). */
export function resemblance(a: number[], b: number[]): number {
  if (!a.length || !b.length) return 0;
  const merged = [...new Set([...a, ...b])].sort((x, y) => x - y).slice(0, K);
  const sa = new Set(a);
  const sb = new Set(b);
  let both = 0;
  for (const h of merged) if (sa.has(h) && sb.has(h)) both++;
  return both / merged.length;
}

/**
 * Groups ids whose texts are near-duplicates (resemblance ≥ threshold). Returns id → group id,
 * the group named by its smallest id, so the result does not depend on input order.
 */
export function nearDuplicateGroups(items: { id: string; sketch: number[] }[], threshold = 0.6): Map<string, string> {
  const parent = new Map<string, string>();
  const find = (x: string): string => { let r = x; while (parent.get(r) !== r) r = parent.get(r)!; parent.set(x, r); return r; };
  const union = (a: string, b: string) => { const ra = find(a); const rb = find(b); if (ra !== rb) { if (ra < rb) parent.set(rb, ra); else parent.set(ra, rb); } };
  const byHash = new Map<number, number[]>();
  items.forEach((it, i) => {
    parent.set(it.id, it.id);
    for (const h of it.sketch) { let l = byHash.get(h); if (!l) byHash.set(h, (l = [])); l.push(i); }
  });
  const checked = new Set<string>();
  items.forEach((it, i) => {
    const counts = new Map<number, number>();
    for (const h of it.sketch) for (const j of byHash.get(h) ?? []) if (j > i) counts.set(j, (counts.get(j) ?? 0) + 1);
    for (const [j, n] of counts) {
      // Resemblance ≥ t needs at least t·K hashes common to both sketches: fewer cannot pass.
      if (n < Math.ceil(threshold * K)) continue;
      const key = `${i}:${j}`;
      if (checked.has(key)) continue;
      checked.add(key);
      if (resemblance(it.sketch, items[j].sketch) >= threshold) union(it.id, items[j].id);
    }
  });
  const out = new Map<string, string>();
  for (const it of items) out.set(it.id, find(it.id));
  return out;
}
