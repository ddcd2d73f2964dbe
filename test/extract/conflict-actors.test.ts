import { describe, expect, it } from 'vitest';
import { docFromText } from '../helpers.js';
import { analyse } from '../../src/extract/analyse.js';
import { fuse } from '../../src/fuse/fuse.js';

/**
 * Issue 17: reporting from Syria, DR Congo, Yemen, Somalia and the Sahel read with the actor registry — the
 * organisation's name is not a place, the claimant has a side and a type, and the other side's denial or an
 * independent monitor's confirmation counts as it does for Russia–Ukraine. Fixtures are invented.
 */

const analysed = (text: string) => analyse(docFromText(text, '2025-06-09'));
const placesOf = (text: string) => analysed(text).places.map((p) => [p.mention, p.country]);
const claimants = (text: string) => analysed(text).claims.map((c) => [c.claimant.name, c.claimant.actor?.id ?? null, c.claimant.actor?.side ?? null, c.claimant.actor?.type ?? null]);
const statuses = (text: string) => analysed(text).claims.map((c) => [c.claimant.actor?.id ?? null, c.verification.status]);
const fusedStatuses = (...texts: string[]) => {
  const analyses = texts.map((t, i) => analyse(docFromText(t, `2025-06-0${i + 5}`)));
  return fuse(analyses).claims.map((c) => [c.claimant.side, c.status, c.evidence.map((e) => e.kind).sort()]);
};

describe('an organisation\'s name is not a place', () => {
  it('"Hayat Tahrir al-Sham": "al-Sham" is not Damascus', () => {
    for (const text of [
      'The Hayat Tahrir al-Sham (HTS) group and allied factions attacked army positions west of Aleppo on Thursday, a monitor said.',
      'Fighters of Hayat Tahrir al-Sham entered the outskirts of Hama on Friday.',
      'Hayat Tahrir al-Sham said its units had reached the edge of Homs.',
    ]) {
      const p = placesOf(text);
      expect(p.map((x) => x[0]), text).not.toContain('al-Sham');
      expect(analysed(text).events.map((e) => e.place?.admin1), text).not.toContain('Damascus Governorate');
    }
  });

  it('"IS Sahel" is the group, not Burkina Faso\'s Sahel region', () => {
    const text = 'IS Sahel militants ambushed a convoy near Inekar in the Menaka region on Monday.';
    expect(analysed(text).events.map((e) => e.place?.admin1)).not.toContain('Sahel Region');
  });

  it('negative: a capital that names no actor stays a place, and one that does is still a place where things happen', () => {
    const p = placesOf('A drone hit a car in the Mezzeh district of Damascus on Monday, killing two people, the Syrian Interior Ministry said.');
    expect(p).toContainEqual(['Damascus', 'SY']);
    expect(placesOf('Protesters gathered outside embassies in Kinshasa on Tuesday.')).toContainEqual(['Kinshasa', 'CD']);
  });
});

describe('claimants of these conflicts have a side and a type', () => {
  it('several phrasings: party, army, monitor, state media, capital', () => {
    expect(claimants('The Syrian Observatory for Human Rights said at least 14 people were killed in clashes in Sweida province.'))
      .toEqual([['The Syrian Observatory for Human Rights', 'sy-sohr', 'neutral', 'independent-monitor']]);
    expect(claimants('M23 rebels said on Tuesday they had taken the town of Masisi in North Kivu.'))
      .toEqual([['M23 rebels', 'cd-m23', 'CD-M23', 'armed-group']]);
    expect(claimants('The FARDC said its troops had retaken two villages near Beni.'))
      .toEqual([['The FARDC', 'cd-fardc', 'CD-gov', 'military']]);
    expect(claimants('Al-Shabaab said its fighters had attacked a base near Baidoa on Sunday, killing 12 soldiers.'))
      .toEqual([['Al-Shabaab', 'so-shabaab', 'SO-Shabaab', 'armed-group']]);
    expect(claimants('The Sweida Military Council said its fighters had repelled an assault on the town of Shahba.'))
      .toEqual([['The Sweida Military Council', 'sy-druze-factions', 'SY-Druze', 'armed-group']]);
    expect(claimants('Kigali denied on Monday that Rwandan troops had crossed into North Kivu.'))
      .toEqual([['Kigali', 'rw-gov', 'RW', 'government']]);
  });

  it('negative: a resident or an unnamed group has no side', () => {
    expect(claimants('A Syrian resident of Jableh said gunmen had shot two men near the market.').map((c) => c[2])).toEqual([null]);
  });
});

describe('the other side and independent monitors, as for other conflicts', () => {
  it('an M23 capture claim the FARDC denies is denied; so is an al-Shabaab claim the Somali army denies', () => {
    expect(statuses('M23 rebels said on Tuesday they had captured the town of Masisi in North Kivu. The Congolese army denied the claim.'))
      .toEqual([['cd-m23', 'denied'], ['cd-fardc', 'disputed']]);
    expect(statuses('Al-Shabaab claimed on Sunday that its fighters had killed 30 soldiers near Baidoa. The Somali National Army denied the claim.'))
      .toEqual([['so-shabaab', 'denied'], ['so-army', 'disputed']]);
    const [m23] = fusedStatuses('M23 rebels said on Tuesday they had captured the town of Masisi in North Kivu. The Congolese army denied the claim.');
    expect(m23).toEqual(['CD-M23', 'denied', ['assert', 'deny']]);
  });

  it('"captured X" against "X remains in our hands" is disputed; both sides reporting the capture confirm it', () => {
    expect(statuses('The M23 said on Sunday its fighters had captured Masisi in North Kivu. The FARDC said on Monday that Masisi remains in the hands of the army.'))
      .toEqual([['cd-m23', 'disputed'], ['cd-fardc', 'disputed']]);
    expect(statuses('The M23 said on Sunday its fighters had captured the town of Masisi in North Kivu. The Congolese army said later on Sunday that M23 rebels had captured Masisi after heavy fighting.'))
      .toEqual([['cd-m23', 'confirmed'], ['cd-fardc', 'confirmed']]);
  });

  it('the Syrian Observatory confirming a capture corroborates it: an independent monitor', () => {
    const [hts] = fusedStatuses('HTS said on Thursday its fighters had captured the town of Saraqeb in Idlib province.',
      'The Syrian Observatory for Human Rights confirmed that HTS fighters had captured Saraqeb.');
    expect(hts).toEqual(['SY-HTS', 'corroborated', ['assert', 'corroborate']]);
  });

  it('a Houthi attack claim: Britain\'s UKMTO (the other side) confirming it confirms, a maritime security firm corroborates', () => {
    const claim = 'The Houthis said on Monday they had attacked a cargo ship in the Red Sea off Hodeidah with drones.';
    expect(fusedStatuses(claim, 'UKMTO confirmed that a cargo ship had been attacked by drones off Hodeidah on Monday.')[0])
      .toEqual(['YE-Houthis', 'confirmed', ['assert', 'confirm']]);
    expect(fusedStatuses(claim, 'Ambrey confirmed that a cargo ship had been attacked by drones off Hodeidah on Monday.')[0])
      .toEqual(['YE-Houthis', 'corroborated', ['assert', 'corroborate']]);
  });

  it('negative: the claimant\'s own side confirming corroborates nothing', () => {
    const [hts] = fusedStatuses('HTS said on Thursday its fighters had captured the town of Saraqeb in Idlib province. The Military Operations Command confirmed the capture.');
    expect(hts).toEqual(['SY-HTS', 'unverified', ['assert']]);
  });
});
