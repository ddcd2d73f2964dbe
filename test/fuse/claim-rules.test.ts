import { describe, expect, it } from 'vitest';
import { claimFronts } from '../../src/fuse/claim-rules.js';

/** The fronts a claim of ground names, by which fusion joins one side's claims told in other words. */
describe('the front a claim of ground names', () => {
  it('"near the administrative border of the Dnipropetrovsk region" names Dnipropetrovsk', () => {
    const f = claimFronts('Assault groups that tried to gain a foothold near the administrative border of the Dnipropetrovsk '
      + 'region were destroyed.', '');
    expect([...f.places]).toEqual(['dnipropetrovsk']);
  });
  it('"had not taken up positions inside Dnipropetrovsk region" names it too', () => {
    expect([...claimFronts('Small groups had not been able to take up positions inside Dnipropetrovsk region.', '').places])
      .toEqual(['dnipropetrovsk']);
  });
  it('negative: "reached the border of the Donetsk People\'s Republic" names no front, not even a cut-off "Donets"', () => {
    expect([...claimFronts('Tank crews reached the western administrative border of the Donetsk People\'s Republic.', '').places])
      .toEqual([]);
  });
});
