import { describe, expect, it } from 'vitest';
import { buildDocument } from '../../src/document/build.js';
import { analyse } from '../../src/extract/analyse.js';
import { fuse } from '../../src/fuse/fuse.js';

/** A rebuttal ("X rejected the account, saying …") fused with its side's account in the same report. Invented text. */
const fusedClaimants = (text: string) => {
  const a = analyse(buildDocument({ id: 'r1', title: null, published: '2025-06-10', text }));
  return fuse([a]).claims.map((c) => c.reports.map((m) => m.claimant).join(' + '));
};

describe('a rebuttal is its side\'s account, not a claim apart', () => {
  it('the governor\'s toll and his rebuttal of the other side\'s account fuse into one claim', () => {
    const fused = fusedClaimants('Governor Oleh Kiper said a drone hit an apartment block in Odesa overnight, killing two people. '
      + 'Russia\'s defence ministry said it had struck a drone workshop in the city. Firefighters worked until dawn. '
      + 'Kiper rejected the Russian account, saying only homes had been hit.');
    expect(fused).toHaveLength(2);
    expect(fused.some((c) => c.includes('Kiper') && c.split(' + ').length === 2)).toBe(true);
  });
  it('negative: a rebuttal is never fused with the account it rebuts', () => {
    const fused = fusedClaimants('Russia\'s defence ministry said it had struck a drone workshop in Odesa overnight. Kiper '
      + 'rejected the Russian account, saying only homes had been hit.');
    expect(fused).toHaveLength(2);
  });
});
