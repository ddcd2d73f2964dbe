import type { Claim } from '../types.js';

/**
 * Claims of the two sides of a war: each claimant's side known to the registry, the sides different, neither
 * neutral. Used where only the other side's word counts (cross-claims) and where the other side's account keeps its
 * own day (events).
 */
export function opposingClaims(a: Claim, b: Claim): boolean {
  const sa = a.claimant.actor?.side;
  const sb = b.claimant.actor?.side;
  return !!sa && !!sb && sa !== sb && sa !== 'neutral' && sb !== 'neutral';
}
