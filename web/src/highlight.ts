/**
 * Splits a text at every span boundary so each piece is covered by a fixed set of findings; the evidence
 * view turns covered pieces into <mark> elements (text nodes inside), so a span's marks read back exactly
 * the characters between its offsets.
 */

export interface Marked { start: number; end: number; kind: string; label: string; selected?: boolean }
export interface Piece { start: number; end: number; spans: Marked[] }

export function pieces(length: number, spans: Marked[]): Piece[] {
  const valid = spans.filter((x) => x.start >= 0 && x.end <= length && x.start < x.end);
  const cuts = [...new Set([0, length, ...valid.flatMap((x) => [x.start, x.end])])].sort((a, b) => a - b);
  const out: Piece[] = [];
  for (let i = 0; i + 1 < cuts.length; i++) {
    const [a, b] = [cuts[i], cuts[i + 1]];
    out.push({ start: a, end: b, spans: valid.filter((x) => x.start <= a && x.end >= b) });
  }
  return out;
}
