import { knownSide, opposing } from '../../fuse/status.js';
import type { Claim } from '../types.js';

/**
 * Claims of the two sides of a war: each claimant's side known to the registry, the sides different, neither
 * neutral, and not two parties the registry knows as fighting others but not each other (the US and Israel: a US
 * official speaking of Israel's strikes on Beirut is no Lebanese account of them). Used where only the other
 * side's word counts (cross-claims) and where the other side's account keeps its own day (events).
 */
export function opposingClaims(a: Claim, b: Claim): boolean {
  const sa = a.claimant.actor?.side;
  const sb = b.claimant.actor?.side;
  if (!sa || !sb || sa === sb || sa === 'neutral' || sb === 'neutral') return false;
  return opposing(sa, sb) || !knownSide(sa) || !knownSide(sb);
}
