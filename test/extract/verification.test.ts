import { describe, expect, it } from 'vitest';
import { docFromText, gap } from '../helpers.js';
import { extractClaims } from '../../src/extract/claims.js';
import { extractVerifications } from '../../src/extract/verification.js';
import { attachVerifications, deriveStatus } from '../../src/extract/refine/attach-verifications.js';
import { analyse } from '../../src/extract/analyse.js';
import type { Claim, Stance, Verification } from '../../src/extract/types.js';
import type { Document } from '../../src/document/types.js';

/**
 * Verification statements ("could not independently verify", "denied", "geolocated footage shows"),
 * the claims they attach to, and the status each claim gets in the document. Fixtures are invented.
 */


interface Run { doc: Document; claims: Claim[]; statements: Verification[] }

function run(text: string, published: string | null = '2025-06-09'): Run {
  const doc = docFromText(text, published);
  const claims = extractClaims(doc);
  const statements = extractVerifications(doc);
  attachVerifications(doc, claims, statements);
  return { doc, claims, statements };
}

/** The statements of a text that carry a given stance. */
const withStance = (r: Run, stance: Stance) => r.statements.filter((v) => v.stance === stance);
/** Claimant actor (or name) and status of every claim, in order. */
const statuses = (r: Run) => r.claims.map((c) => [c.claimant.actor?.id ?? c.claimant.name, c.verification.status]);

describe('which claim a statement speaks of, in a weekly roundup', () => {
  it('a date is not a shared topic: "geolocated footage on June 10" does not confirm a later claim about "a June 8 attack"', () => {
    const r = run("Monitors backed Moscow's account of the advance with geolocated footage on June 10. The governor of Russia's Bryansk region said a June 8 drone attack set fire to a fuel depot in Klintsy.", '2025-06-12');
    const governor = r.claims.find((c) => /governor/i.test(c.claimant.name));
    expect(governor).toBeDefined();
    expect(governor!.verification.status).toBe('unstated');
  });

  it('"dismissed as fake a claim that …" points at that claim, not at the unrelated claim just before it', () => {
    const r = run("The governor of Russia's Bryansk region said a drone attack set fire to a fuel depot in Klintsy. Russia's Defense Ministry dismissed as fake a Ukrainian claim that two jets were destroyed at the Morozovsk airfield.", '2025-06-12');
    const governor = r.claims.find((c) => /governor/i.test(c.claimant.name));
    expect(governor!.verification.status).toBe('unstated');
  });

  it('a pointer with a noun still reaches back: "Moscow dismissed that claim as fake"', () => {
    const r = run("Ukraine's General Staff said its drones destroyed two jets at the Morozovsk airfield. Russia's Defense Ministry dismissed that claim as fake.", '2025-06-12');
    expect(statuses(r).find(([who]) => who === 'ua-general-staff')?.[1]).toBe('denied');
  });
});

describe('verification cues and their stances', () => {
  it('"a claim Reuters could not independently verify" (same sentence)', () => {
    const r = run("Russia's defense ministry said its forces had captured the village of Bahatyr in the Donetsk region, a claim Reuters could not independently verify.");
    expect(r.statements).toHaveLength(1);
    expect(r.statements[0].stance).toBe('could-not-verify');
    expect(r.statements[0].cue).toBe('could not independently verify');
  });

  it('"Reuters could not independently confirm the report": by Reuters, a neutral wire', () => {
    const r = run('The RSF said its fighters shot down an army drone over Nyala. Reuters could not independently confirm the report.');
    expect(r.statements).toHaveLength(1);
    const v = r.statements[0];
    expect(v.stance).toBe('could-not-verify');
    expect(v.by?.name).toBe('Reuters');
    expect(v.by?.actor?.id).toBe('reuters');
    expect(v.by?.actor?.side).toBe('neutral');
    expect(v.sentence).toBe(1);
  });

  it('"has not been able to verify"', () => {
    const r = run('The Gaza Health Ministry said 27 people were killed in a strike on a school in Deir al-Balah. CNN has not been able to verify the figure.');
    expect(r.statements.map((v) => [v.stance, v.cue, v.by?.actor?.id])).toEqual([['could-not-verify', 'has not been able to verify', 'cnn']]);
  });

  it('"No independent confirmation"', () => {
    const r = run("Sudan's army said it killed 300 RSF fighters near El Fasher. There was no independent confirmation of the toll.");
    expect(r.statements.map((v) => v.stance)).toEqual(['could-not-verify']);
    expect(r.statements[0].cue.toLowerCase()).toBe('no independent confirmation');
  });

  it('"could not be independently confirmed" and "has not been independently verified"', () => {
    expect(run("Russia's defense ministry said its forces had captured Dachne. This could not be independently confirmed.").statements.map((v) => v.stance)).toEqual(['could-not-verify']);
    expect(run("Russia's defense ministry said its forces had captured Dachne. The claim has not been independently verified.").statements.map((v) => v.stance)).toEqual(['could-not-verify']);
  });

  it('"had not corroborated … as of their most recent updates on June 7": not-corroborated, as of that day', () => {
    const r = run("Russia's defense ministry said on Saturday that its troops had taken Komar in the Donetsk region. Independent war monitors had not corroborated the capture as of their most recent updates on June 7.");
    expect(r.statements).toHaveLength(1);
    const v = r.statements[0];
    expect(v.stance).toBe('not-corroborated');
    expect(v.by?.name).toBe('Independent war monitors');
    expect(v.asOf).toBe('2025-06-07');
  });

  it('"as of" a month and day resolves to its most recent occurrence on or before publication', () => {
    const text = "Russia's defense ministry said it had taken the village of Komar. The ISW had not corroborated the claim as of December 30.";
    expect(run(text, '2025-06-09').statements[0].asOf).toBe('2024-12-30');
    expect(run(text, '2025-01-03').statements[0].asOf).toBe('2024-12-30');
    expect(run(text, '2025-12-31').statements[0].asOf).toBe('2025-12-30');
    expect(run(text, '2025-06-09').statements[0].by?.actor?.id).toBe('isw');
  });

  it('"as of" a weekday is the most recent such day; a written year is kept', () => {
    // 2025-06-09 is a Monday.
    expect(run("Russia's defense ministry said it had taken the village of Komar. Independent war monitors had not corroborated the claim as of Friday.").statements[0].asOf).toBe('2025-06-06');
    expect(run("Russia's defense ministry said it had taken the village of Komar. Independent war monitors had not corroborated the claim as of June 7, 2024.").statements[0].asOf).toBe('2024-06-07');
  });

  it('no "as of" means no date; an unknown publication day leaves a bare month-day unresolved', () => {
    expect(run('The RSF said its fighters shot down an army drone over Nyala. Reuters could not independently confirm the report.').statements[0].asOf).toBeNull();
    expect(run("Russia's defense ministry said it had taken the village of Komar. The ISW had not corroborated the claim as of December 30.", null).statements[0].asOf).toBeNull();
  });

  it('"has not acknowledged": not-corroborated, by the named side', () => {
    const r = run("Russia's defense ministry said its forces had taken the village of Yablunivka in the Sumy region. Ukraine's military has not acknowledged the loss of the village.");
    const v = withStance(r, 'not-corroborated');
    expect(v).toHaveLength(1);
    expect(v[0].cue).toBe('has not acknowledged');
    expect(v[0].by?.actor?.id).toBe('ua-armed-forces');
  });

  it('"denied the claim"', () => {
    const r = run("Russia's defense ministry said its missiles destroyed a Patriot battery near Kyiv. Ukraine's air force denied the claim.");
    expect(r.statements.map((v) => [v.stance, v.cue, v.by?.name])).toEqual([['denies', 'denied', "Ukraine's air force"]]);
  });

  it('"dismissed … as propaganda"', () => {
    const r = run("The RSF said its drones hit the airport in Port Sudan. Sudan's army dismissed the report as propaganda.");
    expect(r.statements).toHaveLength(1);
    expect(r.statements[0].stance).toBe('denies');
    expect(r.statements[0].cue).toMatch(/^dismissed .* as$/);
    expect(r.statements[0].by?.actor?.id).toBe('sd-saf');
  });

  it('"rejected the claims"', () => {
    const r = run("Israel's military said it killed 20 Hamas fighters in Jabalia. Hamas rejected the claims.");
    expect(r.statements.map((v) => [v.stance, v.cue, v.by?.actor?.id])).toEqual([['denies', 'rejected the claims', 'ps-hamas']]);
  });

  it('"confirmed" and "acknowledged" by the other side', () => {
    const a = run('The Gaza Health Ministry said 14 people died in a strike on Khan Younis. The Israeli military confirmed it had struck the area.');
    expect(a.statements.map((v) => [v.stance, v.cue, v.by?.actor?.id])).toEqual([['confirms', 'confirmed', 'il-idf']]);
    const b = run("Russia's defense ministry said its forces had captured Dachne in the Dnipropetrovsk region. Ukraine's General Staff acknowledged that its troops had pulled back from Dachne.");
    expect(b.statements.map((v) => [v.stance, v.cue, v.by?.actor?.id])).toEqual([['confirms', 'acknowledged', 'ua-general-staff']]);
  });

  it('"Geolocated footage shows": a confirmation with no named party', () => {
    const r = run("Russia's defense ministry said its forces had captured Dachne in the Dnipropetrovsk region. Geolocated footage shows Russian troops raising a flag in the centre of Dachne.");
    expect(r.statements).toHaveLength(1);
    expect(r.statements[0].stance).toBe('confirms');
    expect(r.statements[0].cue.toLowerCase()).toBe('geolocated footage');
    expect(r.statements[0].by).toBeNull();
  });

  it('"Both sides confirmed"', () => {
    const r = run("Russia's defense ministry said 390 prisoners were exchanged on Friday under a deal brokered in Istanbul. Both sides confirmed the exchange.");
    expect(r.statements.map((v) => [v.stance, v.cue.toLowerCase()])).toEqual([['confirms', 'both sides confirmed']]);
  });

  it('"disputed the account", "still control", "fighting continued": disputes', () => {
    expect(withStance(run('Hamas said Israeli tanks shelled a school sheltering families in Khan Younis, killing 8. The Israeli military disputed the account, saying it had targeted militants.'), 'disputes').map((v) => v.cue)).toEqual(['disputed']);
    expect(withStance(run("The RSF said it seized the town of Babanusa. Sudan's army said its troops still control Babanusa."), 'disputes').map((v) => v.cue)).toEqual(['still control']);
    expect(withStance(run("Russia's defense ministry said its forces had liberated the village of Kamyshevakha. Ukraine's military said fighting continued in Kamyshevakha."), 'disputes').map((v) => v.cue)).toEqual(['fighting continued']);
  });

  it('a relative clause is its own statement: "…, which Ukraine\'s military denied."', () => {
    const r = run("Russia's defense ministry said its missiles destroyed a Patriot battery near Kyiv, which Ukraine's military denied.");
    expect(r.statements).toHaveLength(1);
    const v = r.statements[0];
    expect(v.text).toBe("which Ukraine's military denied.");
    expect(v.by?.actor?.id).toBe('ua-armed-forces');
    expect(r.doc.text.slice(v.span.start, v.span.end)).toBe(v.text);
  });

  it('statement spans point into the document and name their sentence', () => {
    const r = run([
      "Russia's defense ministry said its forces had captured Dachne.",
      "Ukraine's military denied the claim.",
      'Geolocated footage shows Russian troops in the centre of Dachne.',
      'Reuters could not independently verify the reports.',
    ].join(' '));
    expect(r.statements.map((v) => v.sentence)).toEqual([1, 2, 3]);
    for (const v of r.statements) {
      expect(r.doc.text.slice(v.span.start, v.span.end)).toBe(v.text);
      expect(v.text).toContain(v.cue);
      const s = r.doc.sentences[v.sentence];
      expect(v.span.start).toBeGreaterThanOrEqual(s.start);
      expect(v.span.end).toBeLessThanOrEqual(s.end);
    }
  });
});

describe('attaching statements to claims', () => {
  it('to the claim in the same sentence', () => {
    const r = run("Russia's defense ministry said its forces had captured the village of Bahatyr in the Donetsk region, a claim Reuters could not independently verify.");
    expect(r.claims).toHaveLength(1);
    expect(r.claims[0].claimant.actor?.id).toBe('ru-mod');
    expect(r.claims[0].verification).toEqual({ status: 'unverified', statements: [0] });
    expect(r.statements[0].claims).toEqual([0]);
  });

  it('to the claim just before', () => {
    const r = run('The RSF said its fighters shot down an army drone over Nyala. Reuters could not independently confirm the report.');
    expect(statuses(r)).toEqual([['sd-rsf', 'unverified']]);
    expect(r.statements[0].claims).toEqual([0]);
  });

  it('a disclaimer about "the reports" reaches every claim of that claimant, and no one else\'s', () => {
    const r = run([
      "Ukraine's General Staff said its troops destroyed 12 Russian tanks near Pokrovsk.",
      "Russia's defense ministry said its forces captured Bahatyr.",
      'Fighting has intensified across the Donetsk region in recent weeks.',
      'The ministry also said air defences downed 41 drones.',
      'Reuters could not independently verify the reports.',
    ].join(' '));
    expect(statuses(r)).toEqual([
      ['ua-general-staff', 'unstated'],
      ['ru-mod', 'unverified'],
      ['ru-mod', 'unverified'],
    ]);
    expect([...r.statements[0].claims].sort()).toEqual([1, 2]);
  });

  it('a disclaimer about one detail ("the number of drones") reaches only the claim before it', () => {
    const r = run("Russia's defense ministry said its forces captured Bahatyr. The ministry also said air defences downed 41 drones over Kursk. Reuters was unable to verify the number of drones.");
    expect(statuses(r)).toEqual([['ru-mod', 'unstated'], ['ru-mod', 'unverified']]);
  });

  it('a statement naming a place reaches the claim about that place, not the nearer one', () => {
    const r = run("The RSF said it seized the town of Babanusa. The RSF also said its drones hit the airport in Port Sudan. Sudan's army denied losing Babanusa.");
    // (The army's denial is its claim too, disputed by the account it denies.)
    expect(statuses(r)).toEqual([['sd-rsf', 'denied'], ['sd-rsf', 'unstated'], ['sd-saf', 'disputed']]);
    expect(r.statements[0].claims).toEqual([0, 2]);
  });

  it('a denial in a relative clause reaches the claim of its sentence', () => {
    const r = run("Russia's defense ministry said its missiles destroyed a Patriot battery near Kyiv, which Ukraine's military denied.");
    const ru = r.claims.find((c) => c.claimant.actor?.id === 'ru-mod');
    expect(ru?.verification.status).toBe('denied');
  });

  it('a speaker\'s own denial or confirmation is not a verdict on its own claim', () => {
    expect(statuses(run("Russia's defense ministry denied that its missiles hit a hospital in Kyiv."))).toEqual([['ru-mod', 'unstated']]);
    expect(statuses(run("Sudan's army confirmed that 40 people died in the attack on the Zamzam camp."))).toEqual([['sd-saf', 'unstated']]);
  });

  it('a confirmation leaves the confirming party\'s own claim alone', () => {
    const r = run('The Gaza Health Ministry said 14 people died in a strike on Khan Younis. The Israeli military confirmed it had struck the area.');
    expect(statuses(r)).toEqual([['ps-gaza-moh', 'confirmed'], ['il-idf', 'unstated']]);
  });

  it('statement and claim indices agree both ways', () => {
    const r = run([
      "Russia's defense ministry said its forces had captured Dachne.",
      "Ukraine's military denied the claim.",
      'Geolocated footage shows Russian troops in the centre of Dachne.',
    ].join(' '));
    r.statements.forEach((v, vi) => { for (const ci of v.claims) expect(r.claims[ci].verification.statements).toContain(vi); });
    r.claims.forEach((c, ci) => { for (const vi of c.verification.statements) expect(r.statements[vi].claims).toContain(ci); });
    expect(r.claims[0].verification.statements).toEqual([0, 1]);
  });
});

describe('a claim\'s own appositive, and a side\'s account of holding', () => {
  it('", a claim that X could not verify" speaks of the claim it follows', () => {
    for (const text of [
      'The army said it had pushed rebels out of two villages near Kadugli, a claim that Reuters was unable to independently confirm.',
      'The rebels said they downed a drone over Kadugli, an assertion which AFP could not independently verify.',
    ]) {
      const r = run(text);
      expect(r.claims.map((c) => c.verification.status), text).toEqual(['unverified']);
    }
  });

  it('"repelled" beside a third party\'s report is no verdict on it; against the other side\'s claim it disputes', () => {
    const r = run('Shelling hit a market in Kadugli on Sunday, killing nine people, a local doctors\' group said. '
      + 'The army said it had repelled an attack on the town\'s outskirts.');
    expect(r.claims[0].verification.status).toBe('unstated');
    const w = run("Russia's defence ministry said its troops had captured Pobeda. Ukraine's military said it repelled the assault on Pobeda.");
    expect(statuses(w)).toContainEqual(['ru-mod', 'disputed']);
  });
});

describe('"could not be immediately verified", said of the sentence\'s own claim', () => {
  it('the passive with an adverb is a failure to verify, spoken by the reporter, not by the claimant', () => {
    for (const text of [
      'The rebels said they had shot down a drone over Kadugli, a claim that could not be immediately verified.',
      'The army said it had retaken two villages near Kadugli. The claim was not immediately confirmed.',
    ]) expect(run(text).claims.map((c) => c.verification.status), text).toEqual(['unverified']);
  });
});

describe('"checking the information", and reports with an adjective', () => {
  it('a side still checking or looking into the reports has not corroborated them; the statement is the side\'s', () => {
    for (const text of [
      "Russia's defence ministry said its forces had taken the village of Novoserhiivka. Ukraine's General Staff said it was checking the information.",
      'Witnesses said an air strike hit a market in Khan Younis. The army said it was looking into the reports.',
    ]) {
      const r = run(text);
      expect(r.claims[0].verification.status, text).toBe('unverified');
      expect(withStance(r, 'not-corroborated')[0].by?.name, text).not.toMatch(/\bsaid\b/);
    }
  });

  it('more ways of saying a claim could not be verified, after it or in its own sentence', () => {
    for (const text of [
      'Rebels said they shot down a jet near Bunia. Reuters could not immediately verify the report.',
      'Rebels said they shot down a jet near Bunia, though this could not be verified.',
      'Rebels said they shot down a jet near Bunia. It was not possible to verify the claim.',
      'Rebels said they shot down a jet near Bunia. AFP was not able to independently confirm the claim.',
    ]) expect(run(text).claims[0].verification.status, text).toBe('unverified');
  });

  it('"the claim was baseless" denies it; evidence that "supports the claim" confirms it', () => {
    for (const text of [
      'Rebels said they shot down a jet near Bunia. The army said the claim was baseless.',
      'Rebels said they shot down a jet near Bunia. The army said the report was untrue.',
    ]) expect(run(text).claims[0].verification.status, text).toBe('denied');
    expect(run('Rebels said they shot down a jet near Bunia. Satellite images reviewed by Reuters appear to support the claim.').claims[0].verification.status).toBe('confirmed');
    // Negative: a process is no claim.
    expect(withStance(run('Officials said the new office supports the claims process for displaced families.'), 'confirms')).toEqual([]);
  });

  it('"has not responded", "did not react", "has not commented": no verdict (neither a denial nor a failure to verify)', () => {
    for (const text of [
      'Resistance forces said they had captured a military base in Bhamo Township on Monday. The junta has not responded.',
      'Rebels said they had shot down an army helicopter near Bunia. The army did not react to the claim.',
      'The PDF said it had downed a junta helicopter near Monywa. The military has not commented on the claim.',
    ]) expect(run(text).claims[0].verification.status, text).toBe('unstated');
  });

  it('negative: "has not acknowledged", "has not confirmed": the other side leaves the claim unconfirmed', () => {
    for (const text of [
      'Russia\'s defence ministry said its troops had taken Bahatyr. Ukraine\'s military has not acknowledged the loss.',
      'Rebels said they had shot down an army helicopter near Bunia. The army has not confirmed the claim.',
    ]) expect(run(text).claims[0].verification.status, text).toBe('unverified');
  });

  it('"could not verify the battlefield reports" reaches the run of reports before it', () => {
    const r = run("Russia's defence ministry said its forces had taken the village of Novoserhiivka. "
      + 'A Ukrainian military blogger said Russian troops were advancing in the area. Reuters was unable to verify the battlefield reports.');
    expect(r.claims.map((c) => c.verification.status)).toEqual(['unverified', 'unverified']);
  });
});

describe('everyday senses of "confirmed" and "verified" are no verdict', () => {
  it('a confirmed plan, a verified identity or date is not a statement about a claim', () => {
    for (const text of [
      'The president\'s office confirmed he would travel to Brussels next week.',
      'Officials confirmed that the minister will attend the summit.',
      'A spokesman said the army had verified the identities of the dead.',
      'The organisers confirmed the dates of the next round.',
    ]) expect(withStance(run(text), 'confirms'), text).toEqual([]);
    // Negative: a confirmation of what happened still is one.
    expect(withStance(run('The governor confirmed the strike on the depot in Kherson.'), 'confirms')).toHaveLength(1);
  });
});

describe('a claim a verdict reports', () => {
  it('"X corroborates the ministry\'s June 8 claim that …" is that claim, corroborated, even in a list item', () => {
    for (const text of [
      'Satellite imagery corroborates the Russian Defence Ministry\'s June 8 claim that its troops entered Dnipropetrovsk Oblast.',
      '- Geolocated footage confirms Ukraine\'s General Staff\'s earlier claim that its forces retook the village of Bahatyr.',
    ]) {
      const r = run(text);
      expect(r.claims.map((c) => [c.claimant.actor?.side, c.verification.status]), text).toEqual([[text.includes('Russian') ? 'RU' : 'UA', 'confirmed']]);
    }
  });

  it('"has not observed any confirmation of X\'s claim" leaves it not corroborated; a denial of "X\'s claim" makes no second claim', () => {
    const r = run("The institute has not observed any confirmation of the Russian Defence Ministry's June 9 claim that Russian forces seized Zelenyi Kut, west of Pokrovsk.");
    expect(r.claims.map((c) => c.verification.status)).toEqual(['unverified']);
    expect(run("Russia's defence ministry denied Ukraine's claim that its drones destroyed two jets at an air base.").claims.map((c) => c.claimant.actor?.side)).toEqual(['RU']);
  });
});

describe('"either account"', () => {
  it('"could not verify either account" reaches both accounts before it', () => {
    const r = run('Strikes killed at least 27 people in Khan Younis on Thursday, local health officials said. '
      + 'The army said its forces had hit a command centre in a school compound. Reporters could not independently verify either account.');
    expect(r.claims.map((c) => c.verification.status)).toEqual(['unverified', 'unverified']);
  });
});

describe('a statement that points at a toll', () => {
  it('"could not verify the death toll" speaks of the last claim that told one, not of the claim just before', () => {
    for (const pointer of ['the death toll', 'the casualty figures', 'the number of dead']) {
      const r = run('Airstrikes on a village near Depayin killed at least 11 civilians on Saturday, local groups said. '
        + `State media said troops had cleared the area of fighters. The agency could not independently verify ${pointer}.`);
      expect(r.claims.map((c) => c.verification.status), pointer).toEqual(['unverified', 'unstated']);
    }
  });
});

describe('a statement that points at the dead only ("the death toll")', () => {
  it('speaks of the last claim that counted the dead, not of the wounded counted just before it', () => {
    for (const pointer of ['the death toll', 'the number of dead']) {
      const r = run('A jet bombed a school sheltering families in Kani township, killing 14 people, a local defence force said. '
        + `Some 30 others were wounded, a medic said. Phone lines are down and the outlet could not confirm ${pointer}.`);
      expect(r.claims.map((c) => c.verification.status), pointer).toEqual(['unverified', 'unstated']);
    }
  });
  it('negative: "the casualty figures" still speak of the wounded counted last', () => {
    const r = run('A jet bombed a school sheltering families in Kani township, killing 14 people, a local defence force said. '
      + 'Some 30 others were wounded, a medic said. The outlet could not confirm the casualty figures.');
    expect(r.claims[1].verification.status).toBe('unverified');
  });
});

describe('a verdict on ground named only by its kind ("the town had been lost")', () => {
  it('speaks of the accounts of the last place claimed taken, not of the claim just before it', () => {
    const r = run('Kyiv\'s commander said his troops had taken full control of the town of Korenevo. '
      + 'He said Ukrainian units now held 40 square kilometres around it. '
      + 'Russian war bloggers acknowledged on Friday that the town had been lost.');
    expect(r.claims.map((c) => c.verification.status).slice(0, 2)).toEqual(['confirmed', 'unstated']);
  });
  it('another phrasing: "denied that the village had fallen"', () => {
    const r = run('The rebels said they had seized the village of Nyanzale on Monday. '
      + 'Local officials reported heavy fighting nearby. The army denied that the village had fallen.');
    expect(r.claims[0].verification.status).toBe('denied');
  });
});

describe('an admission the other side never made ("Russia has never admitted that")', () => {
  it('disputes the claim it answers, and is no confirmation', () => {
    for (const text of ['Kyiv said its sea drones had sunk the landing ship. Moscow has never admitted that, saying the ship '
      + 'was lost in a storm.', 'Ukraine said it had destroyed the radar near Yeysk. Russia has never admitted that, saying the site was intact.']) {
      const r = run(text);
      expect(r.claims[0].verification.status, text).toBe('disputed');
      expect(withStance(r, 'confirms'), text).toEqual([]);
    }
  });
  it('negative: an admission made is still a confirmation', () => {
    const r = run('Kyiv said its drones had hit the depot. Russia\'s defence ministry later admitted that the depot was damaged.');
    expect(withStance(r, 'confirms').map((v) => v.cue)).toEqual(['admitted']);
    expect(withStance(r, 'disputes')).toEqual([]);
  });
});

describe('a denial that points at the place just told', () => {
  it('"denied the town had fallen" denies the report of its capture', () => {
    const r = run('Rebels seized the town of Nyabiondo on Thursday, local sources said. The army spokesman denied the town had fallen.');
    expect(r.claims[0].verification.status).toBe('denied');
  });
});

describe('document-level status', () => {
  it('unverified: the text says it could not be verified', () => {
    expect(statuses(run("Sudan's army said it killed 300 RSF fighters near El Fasher. There was no independent confirmation of the toll."))).toEqual([['sd-saf', 'unverified']]);
    expect(statuses(run('The Gaza Health Ministry said 27 people were killed in a strike on a school in Deir al-Balah. CNN has not been able to verify the figure.'))).toEqual([['ps-gaza-moh', 'unverified']]);
  });

  it('unverified: not corroborated by monitors; not acknowledged by the other side', () => {
    expect(statuses(run("Russia's defense ministry said on Saturday that its troops had taken Komar in the Donetsk region. Independent war monitors had not corroborated the capture as of their most recent updates on June 7."))).toEqual([['ru-mod', 'unverified']]);
    const r = run("Russia's defense ministry said its forces had taken the village of Yablunivka in the Sumy region. Ukraine's military has not acknowledged the loss of the village.");
    expect(r.claims[0].verification.status).toBe('unverified');
  });

  it('confirmed: the other side confirms or acknowledges; footage is geolocated', () => {
    expect(run("Russia's defense ministry said its forces had captured Yablunivka. Ukraine's military confirmed the loss of Yablunivka.").claims[0].verification.status).toBe('confirmed');
    expect(run("Russia's defense ministry said its forces had captured Dachne in the Dnipropetrovsk region. Ukraine's General Staff acknowledged that its troops had pulled back from Dachne.").claims[0].verification.status).toBe('confirmed');
    expect(run("Russia's defense ministry said its forces had captured Dachne in the Dnipropetrovsk region. Geolocated footage shows Russian troops raising a flag in the centre of Dachne.").claims[0].verification.status).toBe('confirmed');
  });

  it('denied: the other side denies, dismisses or rejects it', () => {
    expect(statuses(run("Russia's defense ministry said its missiles destroyed a Patriot battery near Kyiv. Ukraine's air force denied the claim."))).toEqual([['ru-mod', 'denied'], ['ua-air-force', 'disputed']]);
    expect(statuses(run("The RSF said its drones hit the airport in Port Sudan. Sudan's army dismissed the report as propaganda."))).toEqual([['sd-rsf', 'denied'], ['sd-saf', 'disputed']]);
    expect(statuses(run("Israel's military said it killed 20 Hamas fighters in Jabalia. Hamas rejected the claims."))).toEqual([['il-idf', 'denied'], ['ps-hamas', 'disputed']]);
    expect(statuses(run("Ukraine's General Staff said 11 Russian soldiers surrendered near Vovchansk. Moscow denied it."))).toEqual([['ua-general-staff', 'denied']]);
  });

  it('denied outranks could-not-verify', () => {
    const r = run("Russia's defense ministry said its forces had captured the village of Bahatyr in the Donetsk region. Ukraine's military denied the claim. Reuters could not independently verify the reports.");
    // (The denial is Ukraine's claim too, disputed by the account it denies; the disclaimer is not about it.)
    expect(statuses(r)).toEqual([['ru-mod', 'denied'], ['ua-armed-forces', 'disputed']]);
    expect(r.claims[0].verification.statements).toHaveLength(2);
  });

  it('disputed: a denial and a confirmation of the same claim', () => {
    const r = run("Russia's defense ministry said its forces had captured Dachne. Ukraine's military denied the claim. Geolocated footage shows Russian troops in the centre of Dachne.");
    expect(statuses(r)).toEqual([['ru-mod', 'disputed'], ['ua-armed-forces', 'disputed']]);
  });

  it('disputed: a conflicting account marks both sides', () => {
    expect(statuses(run("The RSF said it seized the town of Babanusa. Sudan's army said its troops still control Babanusa."))).toEqual([['sd-rsf', 'disputed'], ['sd-saf', 'disputed']]);
    expect(statuses(run("Russia's defense ministry said its forces had liberated the village of Kamyshevakha. Ukraine's military said fighting continued in Kamyshevakha."))).toEqual([['ru-mod', 'disputed'], ['ua-armed-forces', 'disputed']]);
    // (The party that disputes gives its own account, "saying it had targeted militants": in dispute too.)
    expect(statuses(run('Hamas said Israeli tanks shelled a school sheltering families in Khan Younis, killing 8. The Israeli military disputed the account, saying it had targeted militants.'))).toEqual([['ps-hamas', 'disputed'], ['il-idf', 'disputed']]);
  });

  it('unstated: nothing said about it', () => {
    expect(statuses(run("Russia's defense ministry said its forces had captured the village of Bahatyr. Ukraine's National Police said 14 people were wounded when a missile hit an apartment block in Kharkiv."))).toEqual([['ru-mod', 'unstated'], ['ua-national-police', 'unstated']]);
  });

  it('analyse() gives the same claims, statements and statuses as the three steps', () => {
    const text = "Russia's defense ministry said its forces had captured the village of Bahatyr in the Donetsk region. Ukraine's military denied the claim. Reuters could not independently verify the reports.";
    const a = analyse(docFromText(text));
    const r = run(text);
    expect(a.claims.map((c) => [c.claimant.name, c.verification])).toEqual(r.claims.map((c) => [c.claimant.name, c.verification]));
    expect(a.verifications.map((v) => [v.stance, v.claims])).toEqual([['denies', [0, 1]], ['could-not-verify', [0]]]);
    expect(a.claims[0].verification.status).toBe('denied');
  });
});

describe('deriveStatus: the precedence of stances', () => {
  const claimWith = (stances: Stance[], hedges: string[] = []) => {
    const statements = stances.map((stance, i) => ({ stance, sentence: i }) as Verification);
    const claim = { hedges, verification: { status: 'unstated', statements: stances.map((_, i) => i) } } as unknown as Claim;
    return deriveStatus(claim, statements);
  };

  it('orders denial, dispute, confirmation, could-not-verify', () => {
    expect(claimWith([])).toBe('unstated');
    expect(claimWith(['could-not-verify'])).toBe('unverified');
    expect(claimWith(['not-corroborated'])).toBe('unverified');
    expect(claimWith(['confirms'])).toBe('confirmed');
    expect(claimWith(['confirms', 'could-not-verify'])).toBe('confirmed');
    expect(claimWith(['denies'])).toBe('denied');
    expect(claimWith(['denies', 'could-not-verify'])).toBe('denied');
    expect(claimWith(['disputes'])).toBe('disputed');
    expect(claimWith(['disputes', 'confirms'])).toBe('disputed');
    expect(claimWith(['denies', 'confirms'])).toBe('disputed');
  });

  it('hedges: "if confirmed" and "unconfirmed reports" make an unattached claim unverified; "reportedly" does not', () => {
    expect(claimWith([], ['if confirmed'])).toBe('unverified');
    expect(claimWith([], ['unconfirmed reports'])).toBe('unverified');
    expect(claimWith([], ['reportedly'])).toBe('unstated');
    expect(claimWith([], ['allegedly'])).toBe('unstated');
    expect(claimWith(['denies'], ['unconfirmed reports'])).toBe('denied');
  });
});

describe('hedges', () => {
  it('"reportedly" is recorded but says nothing about verification', () => {
    const r = run('Russian forces have reportedly advanced near Kupiansk, the ISW said.');
    expect(r.claims.map((c) => [c.claimant.name, c.claimant.actor?.id, c.hedges, c.verification.status])).toEqual([['the ISW', 'isw', ['reportedly'], 'unstated']]);
  });

  it('"allegedly" is recorded', () => {
    const r = run('The army allegedly shelled a camp near El Fasher, killing 9 people, the RSF said.');
    expect(r.claims.map((c) => [c.claimant.actor?.id, c.hedges, c.verification.status])).toEqual([['sd-rsf', ['allegedly'], 'unstated']]);
  });

  it('"unconfirmed reports" makes the claim unverified', () => {
    const a = run('Lysak said there were unconfirmed reports of a second strike on Nikopol.');
    expect(a.claims.map((c) => [c.claimant.actor?.id, c.hedges, c.verification.status])).toEqual([['ua-lysak', ['unconfirmed reports'], 'unverified']]);
    const b = run('SUNA said unconfirmed reports put the death toll in El Obeid at 40.');
    expect(b.claims.map((c) => [c.claimant.actor?.id, c.verification.status])).toEqual([['sd-suna', 'unverified']]);
  });

  it('"if confirmed" is recorded as a hedge', () => {
    const r = run('The strike, if confirmed, would be the deadliest attack on Sumy this year, the governor said.');
    expect(r.claims.map((c) => [c.claimant.name, c.hedges])).toEqual([['the governor', ['if confirmed']]]);
  });
});

describe('known gaps (gaps since fixed run as plain tests)', () => {
  it('"if confirmed" is a condition, not a confirmation: the claim is unverified', () => {
    const r = run('The strike, if confirmed, would be the deadliest attack on Sumy this year, the governor said.');
    expect(statuses(r)).toEqual([['the governor', 'unverified']]);
  });

  it('a sentence opening "If confirmed, …" gives no claimant "If" and an unverified claim by the governor', () => {
    const r = run('If confirmed, the strike would be the deadliest in Sumy this year, the governor said, adding that 34 people had been killed.');
    expect(statuses(r)).toEqual([['the governor', 'unverified']]);
  });

  it('"Both sides confirmed the exchange" confirms the exchange claim', () => {
    const r = run("Russia's defense ministry said 390 prisoners were exchanged on Friday under a deal brokered in Istanbul. Both sides confirmed the exchange.");
    // (The two sides' confirmation is a claim of theirs too, and confirmed with it.)
    expect(statuses(r)).toEqual([['ru-mod', 'confirmed'], ['Both sides', 'confirmed']]);
  });

  it('"Both figures could not be independently verified" reaches both figures', () => {
    const r = run('The Gaza Health Ministry said 41 people were killed in strikes on Gaza City on Sunday. The Israeli military said it had killed 12 Hamas fighters in Gaza City. Both figures could not be independently verified.');
    expect(statuses(r)).toEqual([['ps-gaza-moh', 'unverified'], ['il-idf', 'unverified']]);
  });

  it('"could not independently verify either side\'s battlefield reports" reaches both sides', () => {
    const r = run("Russia's defense ministry said its forces captured Novomykhailivka. Ukraine's General Staff said it destroyed 30 Russian tanks near Pokrovsk. Reuters could not independently verify either side's battlefield reports.");
    expect(statuses(r)).toEqual([['ru-mod', 'unverified'], ['ua-general-staff', 'unverified']]);
  });

  it('a disclaimer at the top of the article ("Reuters could not independently verify either side\'s battlefield reports") reaches the claims after it', () => {
    const r = run("Reuters could not independently verify either side's battlefield reports. Russia's defense ministry said its forces captured Novomykhailivka. Ukraine's General Staff said it destroyed 30 Russian tanks near Pokrovsk.");
    expect(statuses(r)).toEqual([['ru-mod', 'unverified'], ['ua-general-staff', 'unverified']]);
  });

  it('"…, a claim that local officials denied" denies the residents\' claim', () => {
    const r = run('Residents said they heard explosions in the city, a claim that local officials denied.');
    const residents = r.claims.find((c) => c.claimant.name === 'Residents');
    expect(residents?.verification.status).toBe('denied');
  });

  gap('a speaker\'s "it repelled attacks near X" is not a dispute of an unrelated capture claim', () => {
    // "it" is the General Staff itself, not a pointer to Russia's claim about another village.
    const r = run("Russia's defense ministry said its troops captured Stupochky. Ukraine's General Staff said it repelled 12 attacks near Kostiantynivka.");
    expect(r.claims[0].verification.status).toBe('unstated');
  });

  it('an unrelated self-denial by the other side does not deny the previous claim', () => {
    const r = run('The Kremlin said talks in Istanbul would resume next week. Kyiv denied that its troops had withdrawn from Toretsk.');
    expect(statuses(r)).toEqual([['ru-kremlin', 'unstated'], ['ua-gov', 'unstated']]);
  });

  it('"a claim Reuters could not independently verify": the statement is by Reuters', () => {
    const r = run("Russia's defense ministry said its forces had captured the village of Bahatyr in the Donetsk region, a claim Reuters could not independently verify.");
    expect(r.statements.map((v) => v.by?.actor?.id ?? null)).toEqual(['reuters']);
  });

  it('"There was no independent confirmation": nobody is named, so `by` is null', () => {
    const r = run("Sudan's army said it killed 300 RSF fighters near El Fasher. There was no independent confirmation of the toll.");
    expect(r.statements.map((v) => v.by)).toEqual([null]);
  });
});

describe('a disclaimer about several reports', () => {
  it('"could not verify the reports" reaches the whole run of reports just before it', () => {
    const r = run([
      'The rebel army said it seized a police post in Mrauk U on Thursday.',
      'The group said it destroyed two landing craft on the river.',
      'Local media reported that the rebels control Minbya.',
      'The outlet could not independently verify the reports.',
    ].join(' '));
    expect(r.claims.map((c) => c.verification.status)).toEqual(['unverified', 'unverified', 'unverified']);
  });

  it('negative: a narrative sentence ends the run', () => {
    const r = run([
      "Ukraine's General Staff said its troops destroyed 12 Russian tanks near Pokrovsk.",
      'Fighting has intensified across the Donetsk region in recent weeks.',
      "Russia's defense ministry said air defences downed 41 drones.",
      'Reuters could not independently verify the reports.',
    ].join(' '));
    expect(r.claims.map((c) => c.verification.status)).toEqual(['unstated', 'unverified']);
  });
});

describe('a denial told as a speaker\'s own words', () => {
  it('"X told the agency … and denied the attack": the earlier account is denied, the denier\'s account disputed', () => {
    const r = run([
      'A monitoring group said on Sunday that army drones hit a crowded market in Um Sumeima.',
      'However, two army officers, who spoke on condition of anonymity, told the agency that the army does not hit markets and denied the attack.',
    ].join(' '));
    expect(r.claims.map((c) => c.verification.status)).toEqual(['denied', 'disputed']);
  });

  it('the same with the denial in a clause of its own ("…, and they rejected the report")', () => {
    const r = run([
      'Local activists said militia fighters burned 40 homes in the village of Kerenik.',
      'A militia commander told reporters that his men had not entered the village and rejected the report as false.',
    ].join(' '));
    expect(r.claims[0].verification.status).toBe('denied');
    expect(r.claims[1].verification.status).toBe('disputed');
  });

  it('negative: a denial that points at nothing before it changes no status', () => {
    const r = run('Both armies deny that their forces target civilians.');
    expect(r.claims.map((c) => c.verification.status).filter((s) => s !== 'unstated')).toEqual([]);
  });
});

describe('held-back verdicts, appositive rejections and whole-report disclaimers', () => {
  const statusOf = (text: string, i = 0) => run(text).claims[i]?.verification.status;

  it('"not yet verified" is a failure to verify, never a confirmation', () => {
    const r = run('The regional governor said 14 people were killed in the strike. Health officials have not yet verified the list of the dead.');
    expect(withStance(r, 'confirms')).toEqual([]);
    expect(r.claims[0].verification.status).toBe('unverified');
    expect(statusOf('The army said it had retaken the bridge. The claim could not immediately be confirmed.')).toBe('unverified');
  });

  it('a denial held back is no denial: "stopped short of denying", "declined to confirm", "neither confirmed nor denied"', () => {
    for (const text of [
      "Russia's defence ministry said its troops had seized Kupiansk. Ukraine's army stopped short of denying that the town had fallen.",
      "Russia's defence ministry said its troops had seized Kupiansk. Ukraine's army declined to confirm that the town had fallen.",
      "Russia's defence ministry said its troops had seized Kupiansk. Ukraine's army neither confirmed nor denied the report.",
    ]) {
      const r = run(text);
      expect(withStance(r, 'denies'), text).toEqual([]);
      expect(r.claims[0].verification.status, text).toBe('unverified');
    }
  });

  it('", a claim Kyiv rejected": the one named between the claim and the verb rejects it', () => {
    for (const text of [
      "Russia's defence ministry said its forces had captured Kupiansk, a claim Kyiv rejected.",
      "Russia's defence ministry said its forces had captured Kupiansk, an assertion Kyiv has repeatedly dismissed.",
      "Russia's defence ministry said its forces had captured Kupiansk, a report the Ukrainian army denied.",
    ]) {
      const r = run(text);
      expect(r.claims[0].verification.status, text).toBe('denied');
      expect(withStance(r, 'denies')[0].by?.name, text).toMatch(/^(Kyiv|the Ukrainian army)$/);
    }
  });

  it('a figure the reporter could not verify is the reporter speaking, not a denial', () => {
    const r = run('The governor said 12 people were killed, a figure Reuters could not verify.');
    expect(withStance(r, 'could-not-verify')[0].by?.name).toBe('Reuters');
    expect(r.claims[0].verification.status).toBe('unverified');
  });

  it('"could not verify every figure in this report" reaches every claim before it, not only the last', () => {
    const r = run("Russia's defence ministry said its troops had taken Andriivka. Ukraine's army said 40 Russian soldiers were killed near "
      + 'Pokrovsk. The governor said two people were wounded in Sumy. Reuters could not independently verify every figure in this report.');
    expect(r.claims.map((c) => c.verification.status)).toEqual(['unverified', 'unverified', 'unverified']);
  });

  it('the battlefield claims of either side, or claims by both sides: the same reach', () => {
    const r = run("Russia's defence ministry said its troops had taken Andriivka. Ukraine's army said 40 Russian soldiers were killed near "
      + 'Pokrovsk. The news agency could not verify claims by either side.');
    expect(r.claims.map((c) => c.verification.status)).toEqual(['unverified', 'unverified']);
  });

  it('not a disclaimer on every claim: one named figure, or a claim told after it', () => {
    const r = run("Ukraine's air force said it shot down 20 drones overnight. Reuters could not verify the figure. Later, Ukraine's army "
      + 'said 40 Russian soldiers were killed near Pokrovsk.');
    expect(r.claims.map((c) => c.verification.status)).toEqual(['unverified', 'unstated']);
  });
});

describe('everyday confirmations and a claim called a lie', () => {
  it('relatives who confirmed by phone that they were alive, or tickets confirmed, are no verdict', () => {
    for (const text of ["Russia's defence ministry said its troops had captured Kupiansk. A resident said his relatives had confirmed by phone that they were alive.",
      "Russia's defence ministry said its troops had captured Kupiansk. A pensioner said she had confirmed her tickets to leave the city."]) {
      const r = run(text);
      expect(withStance(r, 'confirms'), text).toEqual([]);
      expect(r.claims[0].verification.status, text).toBe('unstated');
    }
  });
  it('"Russia\'s claim about Kupiansk was a lie", "the report is untrue": denied by the one who says so', () => {
    for (const text of ["Russia's defence ministry said its troops had captured Kupiansk. Ukraine's army said Russia's claim about Kupiansk was \"a lie\".",
      "Russia's defence ministry said its troops had captured Kupiansk. Ukraine's army said the Russian report from Kupiansk is false."]) {
      expect(run(text).claims[0].verification.status, text).toBe('denied');
    }
  });
  it('but a claim called true, or a lie about something else, is no denial', () => {
    const r = run("Russia's defence ministry said its troops had captured Kupiansk. The minister said the claims of looting were investigated.");
    expect(withStance(r, 'denies')).toEqual([]);
  });
});

describe('who denies, and what a denial of doing something speaks of', () => {
  it('"X, speaking to Y by phone, rejected the statement": X rejects the other side\'s claim, and is in dispute', () => {
    const r = run('The army said on Tuesday that its troops had recaptured Um Ruwaba. An RSF adviser, speaking to a local radio by phone, '
      + 'rejected the statement as "a fabrication" and said his forces still held the town.');
    expect(r.claims.map((c) => c.verification.status)).toEqual(['denied', 'disputed']);
    expect(withStance(r, 'denies')[0].by?.name).toBe('An RSF adviser');
  });
  it('"The RSF denied targeting the camp": the claim before it that told of the camp being hit is denied', () => {
    const r = run('Shells fired by the Rapid Support Forces struck a displacement camp near Tawila on Thursday, killing 11 people, the camp\'s '
      + 'coordination committee said. The RSF denied targeting the camp.');
    expect(r.claims[0].verification.status).toBe('denied');
  });
  it('a denial of doing something else leaves the claim alone', () => {
    const r = run('Shells struck a displacement camp near Tawila on Thursday, killing 11 people, the camp\'s coordination committee said. '
      + 'The RSF denied shelling the market.');
    expect(r.claims[0].verification.status).toBe('unstated');
  });
  it("the speaker's own name is not what a statement is about", () => {
    const r = run('Local activists said army aircraft bombed the market in Kutum. Sudan Tribune was unable to verify the activists\' account.');
    expect(r.claims[0].verification.status).toBe('unverified');
  });
});

describe('a doubted toll is the one told before', () => {
  it('"could not confirm the toll, and the ministry gave a lower figure": the toll before is the one doubted', () => {
    const r = run('The governor said 14 people were killed in the attack on Sunday. Reuters could not independently confirm the toll, '
      + 'and the interior ministry said nine people were killed.');
    expect(r.claims[0].verification.status).toBe('unverified');
  });
});

describe('a denial in the passive', () => {
  it('", a claim denied by Damascus", "rejected by the rebels": the agent after "by" denies', () => {
    for (const [text, who] of [['Rebels said they had captured Saraqeb, on the road to Aleppo, a claim denied by Damascus.', 'Damascus'],
      ['The army said it had retaken Saraqeb, a claim rejected by the rebels.', 'the rebels']]) {
      const r = run(text);
      expect(r.claims[0].verification.status, text).toBe('denied');
      expect(withStance(r, 'denies')[0].by?.name, text).toBe(who);
    }
  });
  it('not a denial: a visa denied by the embassy is about no claim', () => {
    const r = run('The army said it had retaken Saraqeb. A visa for the reporter was refused by the embassy.');
    expect(r.claims[0].verification.status).toBe('unstated');
  });
});

describe('a speaker who spoke somewhere, pointing at "the Russian report"', () => {
  it('"X, in a post on Telegram, described the Russian report as propaganda": X denies it and is in dispute', () => {
    const r = run("Russia's defence ministry said its troops had captured half of Kupiansk. Ukraine's 10th army corps, in a post on "
      + 'Telegram, described the Russian report as staged propaganda.');
    expect(withStance(r, 'denies')[0].by?.name).toBe("Ukraine's 10th army corps");
    expect(r.claims[0].verification.status).toBe('denied');
  });
});

describe('a disclaimer that names its topic ("battlefield reports from either side")', () => {
  it('reaches the claims about the fighting, not the toll of a strike on a city told before them', () => {
    const r = run('A missile hit a school in Sumy on Monday, killing four people, the regional governor said. Ukraine\'s army said its '
      + 'troops had pushed Russian units back near Yunakivka. Russia\'s defence ministry said it had taken the village of Oleksiivka. '
      + 'The agency could not verify battlefield reports from either side.');
    expect(r.claims.map((c) => c.verification.status)).toEqual(['unstated', 'unverified', 'unverified']);
  });
  it('another phrasing: "front-line claims" leave an interception count alone', () => {
    const r = run('The air force said it shot down 41 of 60 drones overnight. Russia\'s defence ministry said its forces captured '
      + 'Nova Poltavka. Reporters were unable to confirm front-line claims by either side.');
    expect(r.claims.map((c) => c.verification.status)).toEqual(['unstated', 'unverified']);
  });
  it('negative: with no topic named ("claims by either side"), every claim before it is reached', () => {
    const r = run('A missile hit a school in Sumy on Monday, killing four people, the regional governor said. Russia\'s defence '
      + 'ministry said it had taken the village of Oleksiivka. The agency could not verify claims by either side.');
    expect(r.claims.map((c) => c.verification.status)).toEqual(['unverified', 'unverified']);
  });
});

describe('rejections that name what they reject, and denials that answer the claim just told', () => {
  it('"rejected the SDF\'s account" denies the SDF\'s claim', () => {
    const r = run('The SDF said a Turkish drone killed three of its fighters near Qamishli on Monday. Turkish defence ministry sources rejected the SDF\'s account.');
    expect(r.claims[0].verification.status).toBe('denied');
  });
  it('another phrasing: "rejected the Russian account" (whose account told by an adjective)', () => {
    const r = run('Russia\'s defence ministry said it had struck a drone workshop in Odesa. Governor Kiper rejected the Russian account.');
    expect(r.claims[0].verification.status).toBe('denied');
  });
  it('another phrasing: "Israel rejected the accusations" denies Hamas\'s claim just before', () => {
    const r = run('Hamas said Israeli troops killed six people in Rafah on Sunday. Israel rejected the accusations.');
    expect(r.claims[0].verification.status).toBe('denied');
  });
  it('the other side denying, in the next sentence, what the claim told: "denied that civilians had been hit"', () => {
    const r = run('The PDF said the air strike killed 11 civilians in Shwebo on Tuesday. A junta spokesman denied that civilians had been hit.');
    expect(r.claims[0].verification.status).toBe('denied');
  });
  it('negative: a denial by the claimant\'s own side is no verdict on its claim', () => {
    const r = run('The Myanmar military said its troops had killed 20 fighters near Shwebo. A junta spokesman denied that civilians had been hit.');
    expect(r.claims[0].verification.status).not.toBe('denied');
  });
});

describe('a party that confirms another\'s claim in its own words', () => {
  it('"Russia\'s defence ministry confirmed the exchange": both claims are confirmed', () => {
    const r = run('Ukraine said 205 prisoners were returned home on Saturday. Russia\'s defence ministry confirmed the exchange.');
    expect(r.claims.map((c) => c.verification.status)).toEqual(['confirmed', 'confirmed']);
  });
  it('another phrasing: a rebel group confirming a ceasefire a mediator announced', () => {
    const r = run('China said the MNDAA and the junta had agreed a ceasefire in Lashio on Monday. The MNDAA confirmed the agreement.');
    expect(r.claims.map((c) => c.verification.status)).toEqual(['confirmed', 'confirmed']);
  });
  it('negative: "confirmed" with no claim of another party before it confirms nothing', () => {
    const r = run('The MNDAA confirmed on Monday that its fighters had left Lashio under a ceasefire deal.');
    expect(r.claims.every((c) => c.verification.status !== 'confirmed')).toBe(true);
  });
});

describe('a disclaimer that points at one claim speaks of the claim just before', () => {
  it('"The claim could not be verified, as networks in most of Gezira are down" reaches the army\'s claim, not the ones naming Gezira', () => {
    const r = run('A monitoring group said fighters killed 30 people in Gezira state on Friday. The IOM said 4,000 people had fled East '
      + 'Gezira. The army said its aircraft struck militia positions near Hasaheisa on Saturday. The claim could not be verified, '
      + 'as networks in most of Gezira have been down since February.');
    expect(r.claims.map((c) => c.verification.status)).toEqual(['unstated', 'unstated', 'unverified']);
  });
  it('negative: "these accounts could not be verified" still reaches the run of claims before it', () => {
    const r = run('The army said it struck militia positions near Hasaheisa. The militia said it shot down a drone. These accounts could not be verified.');
    expect(r.claims.map((c) => c.verification.status)).toEqual(['unverified', 'unverified']);
  });
});

describe('a plural disclaimer reaches past a sentence that only answers the accounts', () => {
  it('"unable to verify either account" after a rebuttal reaches both accounts before the rebuttal', () => {
    const r = run([
      'Gunmen overran a police post near Titao on Sunday, killing 12 officers, security sources told AFP.',
      'An armed group claimed the raid and said its men had killed more than 40 policemen.',
      'The government dismissed those figures as propaganda.',
      'AFP was unable to verify either account.',
    ].join(' '));
    const sources = r.claims.find((c) => /security sources/i.test(c.claimant.name));
    expect(sources?.verification.status).toBe('unverified');
  });
  it('"could not verify these accounts" reaches past "X rejected the report"', () => {
    const r = run([
      'Local activists said drones hit a fuel depot in Idlib on Monday.',
      'The army said its planes had struck only militant positions.',
      'Rebel officials rejected the army statement.',
      'Reuters could not independently verify these accounts.',
    ].join(' '));
    expect(r.claims.find((c) => /activists/i.test(c.claimant.name))?.verification.status).toBe('unverified');
  });
  it('negative: a narrative sentence between still ends the run', () => {
    const r = run([
      'Local activists said drones hit a fuel depot in Idlib on Monday.',
      'The depot supplies much of the province with diesel.',
      'The army said its planes had struck only militant positions.',
      'Reuters could not independently verify these accounts.',
    ].join(' '));
    expect(r.claims.find((c) => /activists/i.test(c.claimant.name))?.verification.status).toBe('unstated');
  });
});

describe('the accused denying answers the claim that names it', () => {
  it('"Fighters of the RSF killed 30 people, a monitor said. … The RSF denied targeting civilians" denies the monitor\'s claim', () => {
    const r = run('Fighters of the Rapid Support Forces killed 30 people in two villages near Sennar, according to a local monitoring group. Many homes were burned. The RSF denied targeting civilians.');
    expect(r.claims[0].verification.status).toBe('denied');
  });
  it('"Residents said M23 rebels looted the market. The M23 denied any involvement"', () => {
    const r = run('Residents said M23 rebels looted the main market in Minova on Tuesday. The M23 denied any involvement.');
    expect(r.claims.find((c) => /residents/i.test(c.claimant.name))?.verification.status).toBe('denied');
  });
  it('negative: a denial by a party no claim names leaves the claims alone', () => {
    const r = run('Residents said unidentified gunmen looted the main market in Minova on Tuesday. The M23 denied any involvement.');
    expect(r.claims.find((c) => /residents/i.test(c.claimant.name))?.verification.status).toBe('unstated');
  });
});

describe('disclaimers and denials told in other shapes', () => {
  it('"None of these accounts could be independently verified" is a disclaimer on the accounts before it, not a confirmation', () => {
    const r = run('Activists said a drone hit a mosque in El Obeid on Friday, killing 20 people. The Sudan Doctors Network put the toll at 26. '
      + 'None of these accounts could be independently verified, as phone lines to Kordofan have been cut. Aid groups fear famine in Kordofan.');
    expect(withStance(r, 'could-not-verify')).toHaveLength(1);
    expect(withStance(r, 'confirms')).toHaveLength(0);
    expect(r.claims.filter((c) => c.verification.status === 'unverified').map((c) => c.sentence)).toEqual([0, 1]);
  });
  it('"neither claim could be confirmed" is a disclaimer too', () => {
    const r = run('The army said it retook Bara. The RSF said it still held the town. Neither claim could be confirmed.');
    expect(withStance(r, 'could-not-verify')).toHaveLength(1);
  });
  it('"rejected the accusation …, calling it a fabrication by the army": the speaker is the subject, not the army', () => {
    const r = run('Monitors said the drone was launched by the Rapid Support Forces. A hospital said 40 were treated. '
      + 'The RSF rejected the accusation, calling it a fabrication by the army and its allies.');
    const v = withStance(r, 'denies')[0];
    expect(v.by?.actor?.id).toBe('sd-rsf');
    // The accusation is the claim that names the RSF, not the hospital's count just before; the denial is the RSF's
    // claim, disputed by the account it denies.
    expect(r.claims.map((c) => c.verification.status)).toEqual(['denied', 'unstated', 'disputed']);
  });
  it('negative: "rejected the claim" is the claim just told', () => {
    const r = run('Monitors said the drone was launched by the Rapid Support Forces. The army said it had retaken Bara. '
      + 'The RSF rejected the claim.');
    expect(r.claims.map((c) => c.verification.status)).toEqual(['unstated', 'denied', 'disputed']);
  });
});

describe('a claim named by its owner, and a confirmation only in part', () => {
  const lead = "Russia's defence ministry said its forces had taken full control of Siversk. It also said troops had entered the outskirts of Lyman, still under Ukrainian control. ";
  it('"no evidence to support Moscow\'s claim of full control" doubts the owner\'s lead claim, not the speaker\'s own', () => {
    const r = run(lead + 'The Institute for the Study of War said geolocated footage showed small Russian gains in Siversk, but that it had seen no evidence to support Moscow\'s claim of full control.');
    const v = withStance(r, 'not-corroborated')[0];
    expect(v.by?.name).toMatch(/Institute for the Study of War/);
    expect(v.claims).toEqual([0]);
    // The footage bears out only a part: the claim is not confirmed.
    expect(r.claims[0].verification.status).toBe('unverified');
  });
  it('negative: "disputed Moscow\'s assertion that units had entered the Dnipropetrovsk region" is about no claim of this story', () => {
    const r = run("Russia's defence ministry said its troops had captured Zelenyi Kut in the Donetsk region. "
      + "A Ukrainian army spokesman disputed Moscow's assertion from Sunday that its tanks had entered the Dnipropetrovsk region.");
    expect(r.claims[0].verification.status).toBe('unstated');
  });
  it('"Russia\'s claim about Siversk was a lie" denies every claim of that side about Siversk', () => {
    const r = run("Russia's defence ministry said its forces had captured Siversk. General Gerasimov told Putin that Siversk was fully in Russian hands. "
      + "Ukraine's General Staff said Russia's claim about Siversk was a lie.");
    expect(r.claims.slice(0, 2).map((c) => c.verification.status)).toEqual(['denied', 'denied']);
  });
});

describe('a disclaimer on the figures of either side reaches every such figure told before it', () => {
  const story = [
    'A missile strike on Zaporizhzhia killed four people on Monday, Governor Ivan Fedorov said.',
    'In the Kherson region, shelling killed a woman, Governor Oleksandr Prokudin said.',
    'The war has emptied many villages along the Dnipro.',
    "In Russia's Belgorod region, a drone killed a driver, Governor Vyacheslav Gladkov said.",
    'The UN monitoring mission said it had recorded 230 civilian deaths in October.',
  ];
  it('"the casualty figures reported by officials on either side" reaches all the officials\' tolls', () => {
    const r = run([...story, 'The AP could not independently verify the casualty figures reported by officials on either side.'].join(' '));
    const governors = r.claims.filter((c) => /Governor/.test(c.claimant.name));
    expect(governors.map((c) => c.verification.status)).toEqual(['unverified', 'unverified', 'unverified']);
    // (Not the neutral monitor's count.)
    expect(r.claims.find((c) => /UN monitoring/.test(c.claimant.name))?.verification.status).toBe('unstated');
  });
  it('"casualty figures provided by local authorities" reaches the local authorities\' tolls', () => {
    const r = run([...story.slice(0, 2), 'Note: the agency was not able to independently verify casualty figures provided by local authorities.'].join(' '));
    expect(r.claims.map((c) => c.verification.status)).toEqual(['unverified', 'unverified']);
  });
  it('negative: "the toll could not be verified" reaches only the last toll', () => {
    const r = run([...story.slice(0, 2), 'The toll could not be independently verified.'].join(' '));
    expect(r.claims.map((c) => c.verification.status)).toEqual(['unstated', 'unverified']);
  });
});

describe('"the figures" are the ones counted in the statement\'s own paragraph', () => {
  const tolls = [
    'Shelling killed two men in Kherson, Governor Oleksandr Prokudin said.',
    'A drone hit a bus in Nikopol, wounding five, the regional governor said.',
  ].join('\n\n');
  it('the count told just before, in the same paragraph, is doubted; the governors\' tolls above are not', () => {
    for (const last of [
      "Ukraine's air force said Russia had launched 120 drones overnight. The AP could not independently verify the figures.",
      "Russia's defence ministry said 40 Ukrainian drones were downed over Kursk. The numbers could not be independently verified.",
    ]) {
      const r = run(`${tolls}\n\n${last}`);
      expect(r.claims.map((c) => c.verification.status), last).toEqual(['unstated', 'unstated', 'unverified']);
    }
  });
  it('negative: with no count in its own paragraph, "the figures" reach back to the counts before it', () => {
    const r = run(`${tolls}\n\nThe AP could not independently verify the figures.`);
    expect(r.claims.map((c) => c.verification.status)).toEqual(['unverified', 'unverified']);
  });
});

describe('a sentence that turns to another story answers nothing told before it', () => {
  it('"Meanwhile", "Separately", "Elsewhere" open a new story', () => {
    for (const turn of ['Meanwhile in Shan State,', 'Separately,', 'Elsewhere,']) {
      const r = run('Troops burned 40 houses near Shwebo, a resident said.\n\n'
        + `${turn} the TNLA said it had repelled a junta attempt to retake Mogok.`);
      expect(r.claims[0].verification.status, turn).toBe('unstated');
    }
  });
  it('negative: without the turn, the other side\'s "repelled" still answers the claim before it', () => {
    const r = run("Russia's defence ministry said its forces had captured Pishchane. Ukraine's army said it had repelled the assault on Pishchane.");
    expect(r.claims[0].verification.status).toBe('disputed');
  });
});

describe('which toll, whose claim, what "that" is', () => {
  it('"the number of dead" is the last toll told and the same figure told before it, not an age', () => {
    const r = run('A missile hit Sumy, killing 12 people, Ukrainian officials said. '
      + 'Of the 12 dead, three were children, the mayor said. A 15-year-old boy was among those killed, local media reported. '
      + 'The number of dead could not be independently verified.');
    expect(r.claims.map((c) => c.verification.status)).toEqual(['unverified', 'unverified', 'unstated']);
  });
  it('negative: a different toll told earlier is not the one doubted', () => {
    const r = run('Shelling killed 3 people in Kherson, the governor said. A strike on Sumy killed 12, the mayor said. '
      + 'The death toll could not be independently verified.');
    expect(r.claims.map((c) => c.verification.status)).toEqual(['unstated', 'unverified']);
  });
  it('"the Russian claim", "the Ukrainian account": a claim owned by its adjective', () => {
    const r = run("Russia's defence ministry said it had hit a command post in Sumy. Ukraine's army said the strike hit a church. "
      + 'The Russian claim could not be confirmed.');
    expect(r.claims.map((c) => c.verification.status)).toEqual(['unverified', 'unstated']);
  });
  it('"the Huthi account" (AFP\'s spelling) is the Houthis\' claim, not the monitor\'s told just before', () => {
    const r = run("Yemen's Huthi rebels said they had fired two missiles at a cargo ship in the Gulf of Aden. "
      + 'A maritime agency said a vessel had reported an explosion nearby. The ship\'s operator said the ship was not damaged, '
      + 'contradicting the Huthi account.');
    expect(r.claims[0].verification.status).toBe('disputed');
  });
  it('"called that a fabrication", "dismissed that as propaganda": the other side\'s verdict on what was just said', () => {
    for (const verdict of ['called that a fabrication', 'dismissed that as propaganda', 'called the claim "staged"']) {
      const r = run(`Russia's defence ministry said it had struck a gathering of officers in Sumy. Ukraine's foreign ministry ${verdict}.`);
      expect(r.claims[0].verification.status, verdict).toBe('denied');
    }
  });
});

describe('the other side confirming the same thing happened', () => {
  it('"Hezbollah confirmed his death": the claim that told of one person killed, past a toll told between; both confirmed', () => {
    for (const told of ['said it had killed a senior Hezbollah commander in Beirut', 'said it had "eliminated" Haytham Tabatabai in Beirut']) {
      const r = run(`The Israeli military ${told}. Lebanon's health ministry said five people were killed and 28 wounded. `
        + 'Hezbollah confirmed his death in a statement.');
      expect(r.claims.map((c) => c.verification.status), told).toEqual(['confirmed', 'unstated', 'confirmed']);
    }
  });
  it('a verdict that gives the figure another party gave speaks of that claim', () => {
    const r = run('Ukraine and Russia exchanged 150 prisoners of war each, Zelensky said. He said the men included defenders of Mariupol. '
      + "Russia's defence ministry confirmed that 150 Russian servicemen had been returned.");
    expect(r.claims.map((c) => c.verification.status)).toEqual(['confirmed', 'confirmed']);
  });
  it('negative: a party confirming its own side\'s figure confirms nothing of the other side\'s', () => {
    const r = run("Russia's defence ministry said 150 Ukrainian drones were downed overnight. Ukraine's air force said it launched 40 drones. "
      + 'The Kremlin confirmed that 150 drones had been destroyed.');
    expect(r.claims[1].verification.status).toBe('unstated');
  });
});

describe('"disputed that at the time": "that" alone is what is disputed', () => {
  it('points back at the other side\'s claim', () => {
    for (const verb of ['disputed that at the time', 'disputed that', 'denied that last week']) {
      const r = run(`Russia's army said in April that it had retaken the whole Kursk region. Kyiv ${verb}, saying its troops still held ground there.`);
      expect(r.claims[0].verification.status, verb).not.toBe('unstated');
    }
  });
  it('negative: "denied that its troops …" opens what is denied, a claim of its own', () => {
    const r = run("Russia's army said it had retaken Sudzha. Separately, Kyiv denied that its troops had shelled a school in Belgorod.");
    expect(r.claims[0].verification.status).toBe('unstated');
  });
});

describe('a confirmation that has not happened is none', () => {
  it('"if the damage assessment confirms our fears", "unless tests confirm it" confirm nothing', () => {
    for (const text of [
      'The grid operator said outages of 16 hours could follow "if the damage assessment confirms our fears."',
      'Doctors said two more patients may die unless further tests confirm they are stable.',
    ]) expect(withStance(run(text), 'confirms'), text).toEqual([]);
  });
  it('negative: a confirmation told as done still confirms', () => {
    expect(withStance(run("Russia's army said it struck Sumy. Ukraine's air force confirmed the strike."), 'confirms')).toHaveLength(1);
  });
  it('power blackouts with a conditional are no communications blackout that stops verification', () => {
    const r = run('The operator imposed blackouts in six regions and warned of more if the assessment confirms the damage.');
    expect(withStance(r, 'could-not-verify')).toEqual([]);
  });
});

describe('a reporter is not a speaker whose name merely holds its letters', () => {
  it('"The AP" doubts the figures of a Zaporizhzhia official, whose name holds the letters "ap"', () => {
    const r = run('Shelling killed one person in Orikhiv, according to a Zaporizhzhia hospital spokesman. '
      + 'The AP could not independently verify the casualty figures reported by officials on either side.');
    expect(r.claims[0].verification.status).toBe('unverified');
  });
  it('negative: an outlet does not doubt its own report', () => {
    const r = run('Reuters reported that three drones hit Odesa. Reuters could not independently verify the figures.');
    expect(r.claims.every((c) => c.verification.status !== 'unverified' || !/Reuters/.test(c.claimant.name))).toBe(true);
  });
});

describe('"could not verify the claim" is the one claim just told', () => {
  it('not the same speaker\'s later claims, nor an earlier speaker who talked to the outlet', () => {
    const r = run('Among the dead was a nurse, a local official told the BBC. '
      + 'The Israeli military said it had hit Hezbollah weapons depots. The BBC has not been able to verify the claim. '
      + 'Separately, the Israeli military said it struck a building in Beirut.');
    expect(r.claims.map((c) => c.verification.status)).toEqual(['unstated', 'unverified', 'unstated']);
  });
  it('negative: "could not verify the report" is the speaker\'s whole account, told before and after', () => {
    const r = run('A girl was killed in Dnipro, the regional governor said. Lysak said 17 people were in hospital. '
      + 'Reuters could not independently verify the report. The missile hit two houses, Lysak said.');
    expect(r.claims.map((c) => c.verification.status)).toEqual(['unverified', 'unverified', 'unverified']);
  });
});

describe('an outlet that could not verify doubts as a reporter, whatever its country', () => {
  it('"The Kyiv Independent cannot verify the figures reported by either side" reaches Ukraine\'s figures too', () => {
    const r = run("Ukraine's General Staff said Russia had lost 1,120 troops over the past day. "
      + "Russia's Defense Ministry said its air defences had shot down 54 Ukrainian drones. "
      + 'The Kyiv Independent cannot independently verify the figures reported by either side.');
    expect(r.claims.map((c) => c.verification.status)).toEqual(['unverified', 'unverified']);
  });
  it('negative: a party does not doubt its own side: "Ukraine\'s military could not confirm the reports" leaves Kyiv\'s mayor alone', () => {
    const r = run("Kyiv's mayor said drones hit a school in the Darnytskyi district. Russia's Defense Ministry said it struck military targets in Kyiv. "
      + "Ukraine's military said it could not confirm the reports.");
    expect(r.claims[0].verification.status).not.toBe('unverified');
  });
});

describe('the agencies\' disclaimer', () => {
  it('"OCHA is not in a position to independently verify casualty figures reported by the parties" reaches the tolls before it', () => {
    const r = run('The Ministry of Health in Gaza reported that 41 people were killed on Monday. '
      + 'The Israeli military said two soldiers were killed in Rafah. '
      + 'OCHA is not in a position to independently verify casualty figures reported by the parties.');
    expect(withStance(r, 'could-not-verify')).toHaveLength(1);
    expect(r.claims.map((c) => c.verification.status)).toEqual(['unverified', 'unverified']);
  });
  it('negative: "not in a position to comment" is no disclaimer', () => {
    const r = run('The Ministry of Health in Gaza reported that 41 people were killed on Monday. The army said it was not in a position to comment.');
    expect(withStance(r, 'could-not-verify')).toHaveLength(0);
  });
});

describe('"neither account of …" and tolls told of one person', () => {
  it('"Neither account of the attack on the base could be confirmed" is a disclaimer', () => {
    const r = run('Russia said it destroyed five sea drones near Novorossiysk. Ukraine\'s navy said a patrol ship had been damaged. '
      + 'Neither account of the attack on the base could be confirmed by the BBC.');
    expect(withStance(r, 'could-not-verify')).toHaveLength(1);
  });
  it('"killing the driver" is a toll a casualty-figures disclaimer reaches', () => {
    const r = run('Belgorod Gov. Vyacheslav Gladkov said a drone struck a car near Shebekino, killing the driver. '
      + 'Reuters could not verify the casualty figures reported by officials on either side.');
    expect(r.claims[0].verification.status).toBe('unverified');
  });
});

describe('a dispute denied is none', () => {
  it('"a figure the Israeli army has not disputed" is no dispute', () => {
    const r = run('Hezbollah said 12 fighters were killed in the raid, a figure the Israeli army has not disputed.');
    expect(withStance(r, 'disputes')).toHaveLength(0);
  });
  it('negative: "The army disputed the toll" is a dispute', () => {
    const r = run('The ministry said 40 people were killed. The army disputed the toll.');
    expect(withStance(r, 'disputes')).toHaveLength(1);
  });
});

describe('a denial inside what the claimant reports is the claimant\'s', () => {
  it('"told state media that the air force hit a camp and that reports of civilian deaths were fake news" denies the residents, not himself', () => {
    const r = run('A jet bombed a monastery in Ye-U, killing 11 people, residents said. Junta spokesman Zaw Min Tun told state media that '
      + 'the air force had hit a terrorist training camp in the area and that reports of civilian deaths were fake news.');
    expect(r.claims.map((c) => c.verification.status)).toEqual(['denied', 'disputed']);
  });
  it('negative: "…, a claim Reuters could not verify" is the reporter\'s aside', () => {
    const r = run("Russia's defence ministry said its troops had captured Dachne, a claim Reuters could not verify.");
    expect(r.claims[0].verification.status).toBe('unverified');
  });
});

describe('a plural disclaimer reaches past a sentence saying a party has not answered', () => {
  it('"… The Russian authorities have not commented on that claim. Meduza was unable to verify these accounts"', () => {
    const r = run("Russia's defence ministry said air defences destroyed 87 drones overnight. Ukraine's General Staff said its forces had hit the Voronezh oil depot. "
      + 'The Russian authorities have not commented on that claim. Meduza was unable to verify these accounts independently.');
    expect(r.claims.map((c) => c.verification.status)).toEqual(['unverified', 'unverified']);
  });
});

describe('"contradicting" an account disputes it', () => {
  it('"The ship\'s operator said the ship had not been damaged, contradicting the Huthi account"', () => {
    const r = run("Yemen's Huthi rebels said Thursday they had hit a Greek-owned tanker in the Red Sea. "
      + "The ship's Greek operator said the ship had not been damaged, contradicting the Huthi account.");
    expect(r.claims.map((c) => c.verification.status)).toEqual(['disputed', 'disputed']);
  });
});

describe('a confirmation denied by "neither … nor" is none', () => {
  it('"Neither Moscow nor Kyiv has confirmed a date" confirms nothing', () => {
    const r = run('Peskov said a new round of talks would be held in Istanbul. Neither Moscow nor Kyiv has confirmed a date.');
    expect(withStance(r, 'confirms')).toHaveLength(0);
  });
  it('negative: "Both Moscow and Kyiv confirmed the swap" confirms', () => {
    const r = run('Officials said 84 prisoners were exchanged on Sunday. Both Moscow and Kyiv confirmed the swap.');
    expect(withStance(r, 'confirms').length).toBeGreaterThan(0);
  });
});

describe('a run of accounts goes on past a note on what a speaker left out', () => {
  it('"He did not mention the depot", "It gave no details" do not end the run a plural disclaimer reaches back over', () => {
    const r = run('Drones hit a fuel depot near Rostov overnight, a Russian regional official said. He did not mention any casualties. '
      + 'Ukraine\'s General Staff said its drones had set two tanks on fire. The army gave no further details. '
      + 'Reuters was unable to verify these accounts.');
    expect(r.claims.map((c) => c.verification.status)).toEqual(['unverified', 'unverified']);
  });
  it('negative: a line of plain narrative still ends the run', () => {
    const r = run('Drones hit a fuel depot near Rostov overnight, a Russian regional official said. The depot supplies the southern front. '
      + 'Ukraine\'s General Staff said its drones had set two tanks on fire. Reuters was unable to verify these accounts.');
    expect(r.claims.map((c) => c.verification.status)).toEqual(['unstated', 'unverified']);
  });
});

describe('"neither account" speaks of the two sides\' accounts', () => {
  it('it reaches both sides\' accounts across a line of narrative between them', () => {
    const r = run('Russia said its patrol boats destroyed four Ukrainian sea drones off Sevastopol. '
      + 'The navy\'s statement came hours later. Ukraine\'s navy said a Russian landing ship had been badly damaged in the raid. '
      + 'Neither account could be confirmed.');
    expect(r.claims.map((c) => c.verification.status)).toEqual(['unverified', 'unverified']);
  });
  it('the same with a possessive between ("Neither side\'s account", "Neither party\'s version")', () => {
    for (const verdict of ['Neither side\'s account could be independently verified.', 'Neither party\'s version could be confirmed.']) {
      const r = run('Russia\'s defence ministry said its troops had taken the village of Yampil. '
        + `Ukraine's army said its units still held positions in Yampil. ${verdict}`);
      expect(r.claims.map((c) => c.verification.status), verdict).not.toContain('unstated');
      expect(r.statements.map((v) => v.stance), verdict).toContain('could-not-verify');
    }
  });
  it('once both sides are in, it stops at their paragraph; the paragraph before is another story', () => {
    const r = run('A strike on a bakery in Orikhiv killed two people, the regional governor said.\n\n'
      + 'Russia\'s defence ministry said its troops had destroyed 12 Ukrainian tanks near Stepove. Ukraine\'s army said it '
      + 'had shot down two Russian helicopters near Stepove. Neither claim could be verified.');
    expect(r.claims.map((c) => c.verification.status)).toEqual(['unstated', 'unverified', 'unverified']);
  });
  it('"neither figure": of the accounts, those that give a number', () => {
    const r = run('The junta said its troops held the hill. The rebels said they had killed 30 soldiers. '
      + 'The army said four of its soldiers had been killed. Neither figure could be confirmed.');
    expect(r.claims.map((c) => c.verification.status)).toEqual(['unstated', 'unverified', 'unverified']);
  });
});

describe('a claim both sides make is confirmed', () => {
  it('"…, officials on both sides said", "…, both sides have said", "the two sides announced"', () => {
    for (const text of [
      'Russia and Ukraine swapped 84 prisoners each on Friday in a deal brokered by Qatar, officials on both sides said.',
      'The army and the rebels exchanged 40 detainees at a crossing near the city, both sides have said.',
      'The two sides announced that 200 captives had been freed in a swap on Monday.',
    ]) {
      const r = run(text);
      expect(r.claims.map((c) => c.verification.status), text).toEqual(['confirmed']);
    }
  });
  it('negative: "neither side has said" and one side alone confirm nothing', () => {
    expect(run('Neither side has said how many soldiers died in the assault on the bridge.').claims
      .map((c) => c.verification.status)).not.toContain('confirmed');
    expect(run('Russia and Ukraine swapped 84 prisoners each on Friday, Russia\'s defence ministry said.').claims
      .map((c) => c.verification.status)).toEqual(['unstated']);
  });
});

describe('a disclaimer on "these accounts": which accounts it reaches', () => {
  const statuses = (text: string) => run(text).claims.map((c) => c.verification.status);
  it('standing in a paragraph of its own: the accounts of the paragraphs before it, past the details told with them', () => {
    const text = [
      'The Russian defence ministry said air defences had destroyed 64 drones over six regions overnight.',
      'In Lipetsk, Governor Igor Artamonov said a fire broke out at an industrial site after a drone attack. He did not name the site.',
      'Ukraine\'s General Staff said its drones had hit the Lipetsk steel works, causing a fire. Its statement gave no figures.',
      'In Kursk, the acting governor said a woman was wounded when a drone hit a house in Rylsk. Her son was also hurt.',
      'The agency could not independently verify these accounts.',
    ].join('\n');
    expect(statuses(text)).toEqual(['unverified', 'unverified', 'unverified', 'unverified']);
  });
  it('closing a paragraph of accounts: that paragraph\'s accounts only', () => {
    const text = [
      'In Kherson, the regional governor said shelling wounded three people on Monday.',
      'Ukraine\'s General Staff said its forces had hit a fuel depot near Dzhankoi. Russia\'s defence ministry said it had downed 30 drones over Crimea. The agency could not confirm those claims.',
    ].join('\n');
    expect(statuses(text)).toEqual(['unstated', 'unverified', 'unverified']);
  });
  it('negative: the speaker\'s claims after "these accounts" are not among them', () => {
    const text = [
      'Governor Artamonov said a drone attack caused a fire at an industrial site in Lipetsk.',
      'The agency could not verify these accounts.',
      'Later on Sunday, Artamonov said two people had been wounded in the city.',
    ].join('\n');
    expect(statuses(text)).toEqual(['unverified', 'unstated']);
  });
});

describe('a disclaimer on "the claims of either side" and the positions told at talks', () => {
  it('reaches what the parties say happened, not a position or a word on the talks', () => {
    const r = run([
      'Russian and Ukrainian negotiators met in Istanbul on Monday. Kyiv\'s delegation head called the meeting "hard but useful".',
      'Moscow\'s envoy said any ceasefire was out of the question until Ukraine pulled back from the Donetsk region.',
      'Overnight, Governor Ivan Fedorov said Russian drones killed three people in Zaporizhzhia. Russia\'s defence ministry said it had struck army depots in the city.',
      'The agency could not independently verify the claims made by either side.',
    ].join('\n'));
    // (The delegation head's word on the meeting is no claim at all: it tells nothing that happened.)
    expect(r.claims.map((c) => [c.claimant.name, c.verification.status])).toEqual([
      ['Moscow\'s envoy', 'unstated'], ['Governor Ivan Fedorov', 'unverified'], ['Russia\'s defence ministry', 'unverified']]);
  });
});

describe('a plan confirmed, and the other side confirming a return', () => {
  it('"has not confirmed that it will attend" is no verdict on the claim before it', () => {
    for (const plan of ['Kyiv has not confirmed that it will attend.', 'Ukraine has yet to confirm its participation.']) {
      const r = run(`The Kremlin said on Monday that Russia was ready for another round of talks in Istanbul. ${plan}`);
      expect(r.claims.map((c) => c.verification.status), plan).toEqual(['unstated']);
    }
    // Negative: a loss not confirmed is a verdict.
    const r = run('The Russian defence ministry said its troops had taken Yampil. Kyiv has not confirmed the loss.');
    expect(r.claims.map((c) => c.verification.status)).toEqual(['unverified']);
  });
  it('the other side confirming that its men were returned confirms the swap, its own account too', () => {
    const r = run('Ukraine\'s prisoner-of-war headquarters said 120 soldiers came home on Sunday in a swap with Russia. '
      + 'Russia\'s defence ministry confirmed that 120 Russian servicemen had been returned and were in Belarus.');
    expect(r.claims.map((c) => c.verification.status)).toEqual(['confirmed', 'confirmed']);
  });
});

describe('"rejected that characterization": a denial of how the other side described it', () => {
  it('denies the description just told, and is the denying party\'s claim', () => {
    for (const noun of ['characterization', 'description', 'narrative']) {
      const r = run('Russia\'s defence ministry described the raid as a precise strike on military energy sites in Kharkiv. '
        + `Kharkiv's mayor rejected that ${noun}.`);
      expect(r.claims.map((c) => c.verification.status), noun).toEqual(['denied', 'disputed']);
    }
  });
});

describe('"rejected the Houthi claim, saying in an email to The Associated Press …"', () => {
  it('the claim named by its owner is the owner\'s; whom the rebuttal was told to is not what it speaks of', () => {
    for (const outlet of ['in an email to The Associated Press', 'in a message to Reuters']) {
      const r = run('The Houthis said they had struck a bulk carrier in the Red Sea with a ballistic missile. '
        + 'A British maritime agency said a vessel west of Hodeidah had seen a splash in the water near the ship. '
        + `The ship's manager rejected the Houthi claim, saying ${outlet} that the vessel had not been hit.`);
      expect(r.claims[0].verification.status, outlet).toBe('denied');
      expect(r.claims[1].verification.status, outlet).not.toBe('denied');
    }
  });
});

describe('a denial of doing something at someone, and a description owned by its speaker', () => {
  it('"denied firing at the peacekeepers" answers the claim that told of it', () => {
    const r = run('The UN mission said an Israeli tank fired on its peacekeepers near Kfar Kila on Sunday. No one was hurt. '
      + 'The Israeli military denied firing at the peacekeepers and said troops had fired warning shots at suspects.');
    expect(r.claims.map((c) => c.verification.status)).toEqual(['denied', 'disputed']);
  });
  it('"could not verify the Israeli military\'s description of …" doubts that speaker\'s claims, not the other side\'s', () => {
    const r = run('The Israeli military said it had killed a senior Hezbollah commander in a strike in Beirut. '
      + 'Hezbollah said on Monday that the commander had been killed, without giving his rank. '
      + 'Reuters could not independently verify the Israeli military\'s description of his role.');
    expect(r.claims.map((c) => c.verification.status)).toEqual(['unverified', 'unstated']);
  });
});

describe('a disclaimer on "the figures" reaches the run before it; one on "the report" the speaker\'s whole account', () => {
  it('"could not verify the figures" does not reach the monitor\'s claims about later incidents', () => {
    const r = run([
      'Islamic State fighters killed five soldiers at a checkpoint near Mayadeen overnight, state media said.',
      'A war monitor said seven soldiers were killed. The group said nine "apostates" had died.',
      'AFP could not independently verify the figures.',
      'In Homs province, gunmen killed a farmer and his son on Saturday, the monitor said.',
    ].join('\n'));
    expect(r.claims.map((c) => c.verification.status)).toEqual(['unverified', 'unverified', 'unverified', 'unstated']);
  });
  it('"could not independently verify the report" reaches all the speaker told, before and after', () => {
    const r = run('A missile hit a school in Pavlohrad, killing two, Governor Serhiy Lysak said. '
      + 'Reuters could not independently verify the report. '
      + 'The missile also damaged a clinic and 14 houses, Lysak said.');
    expect(r.claims.map((c) => c.verification.status)).toEqual(['unverified', 'unverified']);
  });
});

describe('a speaker named again by its head noun, and a denial in a clause of the speaker\'s own sentence', () => {
  it('"dismissed the network\'s statement" answers what the Sudan Doctors Network said, not the last claim told', () => {
    const r = run('A drone struck an ambulance in Dilling on Monday, killing three medics, the Sudan Doctors Network said. '
      + 'A nurse died of her wounds on Tuesday, a hospital source told reporters. '
      + 'The RSF dismissed the network\'s statement as propaganda and said its fighters do not target medics.');
    expect(r.claims.map((c) => c.verification.status)).toEqual(['denied', 'unstated', 'disputed']);
  });
  it('", and rejected reports of civilian casualties" is the speaker\'s own denial of the other side\'s account', () => {
    const r = run('The civil administration said an army drone hit a market in Nyala on Sunday, killing nine civilians. '
      + 'The army said it had struck drone launch sites at the airport, and rejected reports of civilian casualties as lies.');
    expect(r.claims.map((c) => c.verification.status)).toEqual(['denied', 'disputed']);
  });
});

describe('"these tolls", and a toll told before "according to X, who said …"', () => {
  it('"These tolls could not be confirmed" reaches every toll of the run, the one told before its source too', () => {
    const r = run([
      'At least 19 civilians were killed overnight in an attack on a village near Eringeti, local civil society said.',
      'Of the 19 dead, six were women, according to the head of civil society in Eringeti, who said the attackers came on foot.',
      'An army spokesman gave a toll of 14 dead.',
      'These tolls could not be confirmed from an independent source.',
    ].join('\n'));
    expect(r.claims.map((c) => c.verification.status)).not.toContain('unstated');
    const doc = docFromText('Of the 19 dead, six were women and two were children, according to the head of civil society in '
      + 'Eringeti, who said the attackers used machetes.');
    const [c] = run(doc.text).claims;
    expect(doc.text.slice(c.content.start, c.content.end)).toBe('Of the 19 dead, six were women and two were children');
  });
  it('negative: a clause of time before "according to X," opens nothing; the content follows', () => {
    const text = 'Since the beginning of the month, according to the General Staff, Russian losses have reached 2,300 troops.';
    const [c] = run(text).claims;
    expect(text.slice(c.content.start, c.content.end)).toBe('Russian losses have reached 2,300 troops.');
  });
});

describe('an owned claim named before the owner\'s rival goes on with its own account', () => {
  it('"rejected the Houthi claim, saying the tanker was sailing to Jeddah" denies the Houthi claim told before', () => {
    const r = run('The Houthis said they had hit a tanker off Mokha with two missiles. Later, US forces said they had struck a radar site. '
      + 'The tanker\'s manager rejected the Houthi claim, saying the ship was undamaged and sailing to Jeddah.');
    expect(statuses(r).slice(0, 2)).toEqual([['ye-houthis', 'denied'], [expect.anything(), 'unstated']]);
  });
});

describe('a count owned by the party that gave it: "the Houthi-reported casualties"', () => {
  it('reaches that party\'s claims that count casualties, not another\'s that names the party', () => {
    const r = run('US aircraft struck a fuel depot near Hodeidah, killing five workers, the Houthi-run Al-Masirah channel said. '
      + 'The US military said it had hit "Houthi storage sites" near the port. '
      + 'Reporters could not independently verify the Houthi-reported casualties.');
    expect(statuses(r).map((s) => s[1])).toEqual(['unverified', 'unstated']);
  });
  it('"Hamas-provided figures" reach Hamas\'s tolls', () => {
    const r = run('Israeli strikes killed 14 people in Khan Younis, the Hamas-run health ministry said. '
      + 'The Hamas-provided figures could not be verified.');
    expect(statuses(r)[0][1]).toBe('unverified');
  });
});

describe('another account told as different, with no dispute verb', () => {
  it('"gave a different account", "offered a conflicting version" dispute the account just told', () => {
    const r = run('The rebels said their missile had sunk a cargo ship. British maritime officials gave a different account, saying '
      + 'the ship had not been hit and was sailing on.');
    expect(statuses(r).map((s) => s[1])).toEqual(['disputed', 'disputed']);
    const r2 = run('The army said it had recaptured the bridge. Local fighters offered a conflicting version, saying the bridge was destroyed.');
    expect(statuses(r2).map((s) => s[1])).toEqual(['disputed', 'disputed']);
  });
  it('negative: "a different route", "in a different town" are not accounts', () => {
    const r = run('The rebels said their missile had sunk a cargo ship. Officials said the convoy took a different route to the port.');
    expect(statuses(r).map((s) => s[1])).toEqual(['unstated', 'unstated']);
  });
});

describe('an account owned by a nationality no single actor stands for', () => {
  it('"rejected the Palestinian account" denies the Palestinian authorities\' account told last, not the story\'s lead', () => {
    const r = run('Two men were killed in an Israeli raid on Qabatiya, the Palestinian Authority\'s Health Ministry said.\n\n'
      + 'Separately, the Palestinian Authority\'s Wall Commission said settlers set fire to three homes in Burin on Monday night.\n\n'
      + 'A spokesman for the settlers rejected the Palestinian account, calling it "pure invention".');
    expect(statuses(r).slice(0, 2).map((s) => s[1])).toEqual(['unstated', 'denied']);
  });
  it('negative: an Israeli account is not the Palestinian one', () => {
    const r = run('Troops shot two gunmen in Qabatiya, the Israeli military said. '
      + 'A local official rejected the Palestinian account of the raid.');
    expect(statuses(r)[0][1]).toBe('unstated');
  });
});

describe('a speaker in a clause after a confirmation is not what it confirms', () => {
  it('"A confirmed the deal, while B said the group would free 50" confirms the account before, not B\'s', () => {
    const r = run('Qatari mediators said the two sides had agreed on a prisoner exchange. A government spokesman confirmed the agreement on '
      + 'prisoners, while rebel spokesman Lawrence Kanyuka said the group would free 50 soldiers next week.');
    // (The confirming party's own account of the agreement is confirmed with it; the rebel's promise is its own.)
    expect(statuses(r).map((s) => s[1])).toEqual(['confirmed', 'confirmed', 'unstated']);
  });
});

describe('a disclaimer on the figures "in this update" reaches every toll the report gives', () => {
  it('"Casualty and displacement figures in this update … have not been independently verified"', () => {
    const r = run('At least 14 civilians have been killed in Taiz since 1 September, according to local authorities. '
      + 'About 2,100 families have been displaced in Sirwah district this month, according to the IOM. '
      + 'The ICRC said it had facilitated the release of 48 detainees. '
      + 'Casualty and displacement figures in this update are based on reports from partners and have not been independently verified.');
    expect(statuses(r).map((s) => s[1])).toEqual(['unverified', 'unverified', 'unstated']);
  });
  it('negative: "casualty figures" alone reach the tolls, not the numbers displaced', () => {
    const r = run('At least 14 civilians have been killed in Taiz since 1 September, according to local authorities. '
      + 'About 2,100 families have been displaced in Sirwah district this month, according to the IOM. '
      + 'Casualty figures in this update have not been independently verified.');
    expect(statuses(r).map((s) => s[1])).toEqual(['unverified', 'unstated']);
  });
});

describe('"confirmed the exchange" speaks of the last account of an exchange before it', () => {
  it('the ministry\'s account of the handover is confirmed by the other side\'s confirmation of "the exchange"', () => {
    const r = run('The handover took place on Friday at the Belarusian border, Russia\'s defence ministry said. '
      + 'President Volodymyr Zelensky confirmed the exchange, writing that those returning included defenders of Mariupol.');
    expect(statuses(r).map((s) => s[1])).toEqual(['confirmed', 'confirmed']);
  });
});

describe('a bare "Casualty figures are preliminary and could not be verified" is about every toll of the report', () => {
  it('reaches each toll told before it, in the list items too', () => {
    const r = run('Shelling of Kherson killed four civilians on 23 September, according to the regional administration.\n\n'
      + 'A missile struck Zaporizhzhia on 24 September. One person was injured, local authorities said.\n\n'
      + 'Casualty figures are preliminary and could not be verified at the time of reporting.');
    expect(statuses(r).map((s) => s[1])).toEqual(['unverified', 'unverified']);
  });
  it('negative: "the casualty figures given by the ministry" is not every toll', () => {
    const r = run('Shelling of Kherson killed four civilians, according to the regional administration. '
      + 'Strikes killed 12 in Kharkiv, the defence ministry said. The casualty figures given by the ministry could not be verified.');
    expect(statuses(r).map((s) => s[1])).toEqual(['unstated', 'unverified']);
  });
});

describe('a standing denial ("Rwanda denies backing the M23") answers only an account that says so', () => {
  it('it does not deny the last claim that merely names the group', () => {
    const r = run('The ICRC said it facilitated the release of 17 soldiers held by the M23. '
      + 'The M23 said the soldiers had been freed as a goodwill gesture. Rwanda denies backing the M23.');
    expect(statuses(r)[1][1]).toBe('unstated');
  });
  it('negative: an account that says it does is denied', () => {
    const r = run('UN experts said Rwanda was arming the M23 rebels. Rwanda denies arming the group.');
    expect(statuses(r)[0][1]).toBe('denied');
  });
});

describe('the verifying verbs beside verify and confirm', () => {
  it('"could not be corroborated", "could not be authenticated", "none … could be checked", "could not independently check"', () => {
    const tails = ['The death toll could not be corroborated.', 'The footage could not be authenticated.',
      'None of the accounts could be checked by reporters.', 'Journalists could not independently check the claim.',
      'The claim could not immediately be corroborated.'];
    for (const tail of tails) {
      const r = run(`Rebel commanders said their drones hit an ammunition depot near Dilling. ${tail}`);
      expect(statuses(r)[0][1], tail).toBe('unverified');
    }
  });
  it('negative: "unable to check on relatives", "checked the wounded" are no verdict', () => {
    for (const tail of ['Families said they were unable to check on relatives in the town.', 'Medics checked the wounded at the scene.']) {
      const r = run(`Rebel commanders said their drones hit an ammunition depot near Dilling. ${tail}`);
      expect(statuses(r)[0][1], tail).toBe('unstated');
    }
  });
});

describe('an appositive disclaimer naming the account as information, details or numbers', () => {
  it('", information that has not been independently verified" reaches the claim its sentence tells', () => {
    for (const tail of ['information that has not been independently verified', 'details that the agency could not verify',
      'numbers which could not be confirmed']) {
      const r = run(`The mayor said four people were killed when a shell hit a bus stop in Horlivka, ${tail}.`);
      expect(statuses(r)[0][1], tail).toBe('unverified');
    }
  });
});

describe('a disclaimer that names the report itself ("figures in this update") reaches all of it', () => {
  const update = (disclaimer: string) => run(`${disclaimer} `
    + 'Shelling killed two civilians in Nikopol on Monday, the regional governor said. '
    + 'The army said its units had repelled an assault near Orikhiv. '
    + 'OHCHR had recorded 410 civilians killed in the region since January.');
  it('at the head of a flash update it covers the figures told after it, not the party it excepts', () => {
    const r = update('Figures in this update, except those attributed to OHCHR, come from local authorities and have not been independently verified.');
    expect(statuses(r).map((s) => s[1])).toEqual(['unverified', 'unstated', 'unstated']);
  });
  it('without the exception it covers every figure; the statement has no speaker', () => {
    const r = update('Figures in this update come from local authorities and have not been independently verified.');
    expect(statuses(r).map((s) => s[1])).toEqual(['unverified', 'unstated', 'unverified']);
    expect(r.statements[0].by).toBeNull();
  });
  it('negative: a disclaimer on "the claims" before it does not reach the claims after it', () => {
    const r = run('The army said it shot down two drones over Sumy. Reporters could not verify all of the claims. '
      + 'Shelling killed two civilians in Nikopol on Monday, the regional governor said.');
    expect(statuses(r).map((s) => s[1])).toEqual(['unverified', 'unstated']);
  });
});

describe('"rejected this, saying …": a rejection of the account just told, with a counter-account', () => {
  it('denies the claim before it', () => {
    for (const second of ['Kyiv rejected this, saying the missiles hit a grain terminal.', 'The rebels refuted that, insisting the shells fell on a market.']) {
      const r = run(`The defence ministry said its forces had struck an arms depot in the port. ${second}`);
      expect(statuses(r)[0][1], second).toBe('denied');
    }
  });
  it('negative: a proposal rejected is no denial of a fact', () => {
    const r = run('The ministry said it was ready to hold talks in Geneva next month. The rebels rejected it as a ploy.');
    expect(statuses(r)[0][1]).toBe('unstated');
  });
});

describe('"confirmed the prisoner deal": a confirmation of an outcome named with a modifier', () => {
  it('confirms the other side\'s account of the swap', () => {
    const r = run('The head of the Russian delegation told reporters the sides had agreed to swap 500 prisoners each. '
      + 'Ukraine\'s defence minister confirmed the prisoner deal.');
    expect(statuses(r)[0][1]).toBe('confirmed');
  });
});

describe('"there was no immediate way to check" is a disclaimer', () => {
  it('reaches the reports before it', () => {
    const r = run('The ministry said air defences destroyed 20 drones over Bryansk. One man was hurt in Klintsy, the governor said. '
      + 'There was no immediate way to check either report independently.');
    expect(statuses(r).map((s) => s[1])).toEqual(['unverified', 'unverified']);
  });
  it('negative: "no way to check on relatives" is not', () => {
    const r = run('One man was hurt in Klintsy, the governor said. Families said there was no way to check on relatives there.');
    expect(statuses(r)[0][1]).toBe('unstated');
  });
});

describe('a figure called a fantasy or a fiction is denied', () => {
  it('"called that figure \'pure fantasy\'", "called the claim a fiction", "dismissed it as made up"', () => {
    for (const second of ['A spokesman for the southern forces called that figure "pure fantasy".',
      'Kyiv called the claim a complete fiction.', 'The general staff dismissed the number as made up.']) {
      const r = run(`Russia's defence ministry said 900 Ukrainian soldiers had been killed near Robotyne. ${second}`);
      expect(statuses(r)[0][1], second).toBe('denied');
    }
  });
  it('negative: a work of fiction is no verdict on a claim', () => {
    const r = run('Russia\'s defence ministry said 900 Ukrainian soldiers had been killed near Robotyne. '
      + 'The soldier\'s memoir, a work of fiction, is banned in Russia.');
    expect(statuses(r)[0][1]).toBe('unstated');
  });
  it('the speaker of a statement leaves out the time before it and the auxiliary after it', () => {
    const r = run('Russia said its troops had taken the town. By then Ukraine\'s military had already acknowledged that its units left.');
    expect(r.statements[0].by?.name).toBe('Ukraine\'s military');
  });
});

describe('another party giving the same figures confirms', () => {
  it('"gave identical figures", "reported the same numbers" confirm the account before', () => {
    for (const second of ['Moscow\'s chief negotiator gave identical figures in a post on Telegram.',
      'Russia\'s defence ministry reported the same numbers later on Friday.']) {
      const r = run(`Ukraine received the bodies of 900 soldiers and handed back 30, the Ukrainian coordination headquarters said. ${second}`);
      expect(statuses(r)[0][1], second).toBe('confirmed');
    }
  });
  it('negative: "gave different figures" confirms nothing', () => {
    const r = run('Ukraine received the bodies of 900 soldiers and handed back 30, the Ukrainian coordination headquarters said. '
      + 'Moscow\'s chief negotiator gave other figures.');
    expect(statuses(r)[0][1]).not.toBe('confirmed');
  });
});

describe('a disclaimer that names what was struck', () => {
  it('"How badly the refinery was damaged could not be established" speaks of the account naming the refinery', () => {
    const r = run('Ukraine\'s General Staff said its drones had struck an oil refinery in the Samara region. '
      + 'The region\'s governor spoke only of an attack on an industrial site and said no one was hurt. '
      + 'How badly the refinery was damaged could not be established.');
    expect(statuses(r).map((s) => s[1])).toEqual(['unverified', 'unstated']);
    expect(r.statements[0].by).toBeNull();
  });
  it('negative: with no target named, the claim just before is the one', () => {
    const r = run('Ukraine\'s General Staff said its drones had struck an oil refinery in the Samara region. '
      + 'The region\'s governor said no one was hurt. The claim could not be independently verified.');
    expect(statuses(r).map((s) => s[1])).toEqual(['unstated', 'unverified']);
  });
});

describe('a disclaimer whose clause points back at accounts the sentence named ("…; …, so we cannot verify them")', () => {
  const blog = (head: string) => run(`${head} `
    + 'At least nine people were killed in a strike on a school in Jabalia, the civil defence agency said. '
    + 'Troops were operating against militants in Shejaiya, the military said. '
    + 'The ministry said it had shown flexibility in the talks.');
  it('"Casualty figures and battlefield claims in this blog come from the parties; …, so we cannot verify them"', () => {
    const r = blog('Casualty figures and battlefield claims in this blog come from the parties; reporters are barred from Gaza, so we cannot verify them.');
    expect(statuses(r).map((s) => s[1])).toEqual(['unverified', 'unverified', 'unstated']);
    expect(r.statements[0].by).toBeNull();
  });
  it('negative: a pointer with no accounts named before it in the sentence is not a whole-document disclaimer', () => {
    const r = blog('Reporters are barred from Gaza, so we cannot always verify what we hear.');
    expect(statuses(r).map((s) => s[1])).toEqual(['unstated', 'unstated', 'unstated']);
  });
});

describe('a check a claimant says it is making is that claimant\'s statement', () => {
  it('"the military said its aircraft hit a cell and that it was looking into reports of civilian harm"', () => {
    const r = run('At least 12 people were killed in a strike on a house in Nuseirat, the civil defence agency said. '
      + 'The military said its aircraft had hit a militant cell and that it was looking into reports of civilian harm.');
    expect(r.statements[0].by?.name).toBe('The military');
    expect(statuses(r)[1][1]).not.toBe('unverified');
  });
});

describe('a disclaimer clause that opens with its verb keeps the subject its sentence named', () => {
  it('"Figures in this update are preliminary, come from partners, and have not been verified" reaches the figures', () => {
    const r = run('Figures in this update are preliminary, come from partners and local authorities, and have not been independently verified. '
      + 'Shells hit a displacement site in Mugunga, killing six people, site managers said.');
    expect(statuses(r)[0][1]).toBe('unverified');
  });
});

describe('another party giving a lower or higher figure disputes the toll', () => {
  it('"The regional governor gave a lower figure."', () => {
    for (const second of ['The regional governor gave a lower figure.', 'The insurgents gave a much higher toll.']) {
      const r = run(`At least 13 people died when a car bomb exploded at a checkpoint in Beledweyne, a police officer said. ${second}`);
      expect(statuses(r)[0][1], second).toBe('disputed');
    }
  });
  it('"Neither the capture nor the toll could be confirmed independently" leaves the account unverified', () => {
    const r = run('The information ministry said troops had taken the village of Qaycad, killing 40 militants. '
      + 'Neither the capture nor the toll could be confirmed independently.');
    expect(statuses(r)[0][1]).toBe('unverified');
  });
  it('"Neither the ministry\'s figures for the fighting nor the rebels\' account of it could be verified": long sides too', () => {
    const r = run('The defence ministry said 30 rebels were killed near Qaycad. The rebels said they had lost two men. '
      + 'Neither the ministry\'s figures for the fighting nor the rebels\' account of the clashes could be independently verified.');
    expect(r.statements.map((v) => v.stance)).toContain('could-not-verify');
    expect(r.statements.map((v) => v.stance)).not.toContain('confirms');
  });
  it('a passive clause after another speaker does not borrow the sentence\'s speaker', () => {
    const r = run('The rebels said they had shot down a drone over Marib. The Pentagon did not comment, and the authenticity of their video '
      + 'could not be established.');
    expect(r.statements.find((v) => v.stance === 'could-not-verify')?.by).toBeNull();
  });
});

describe('a verdict\'s own counter-account does not pick what it answers', () => {
  it('"rejected that account …, saying its fighters are still in X" denies the account just before, not the lead about X', () => {
    const r = run('Armed gangs stormed the town of Mirebalais on Tuesday, killing at least eight people, local officials said. '
      + 'On Wednesday the national police said officers had retaken the town centre. '
      + 'A spokesman for the gang coalition rejected that account in a video, saying its fighters "are still in Mirebalais".');
    expect(statuses(r).map((s) => s[1]).slice(0, 2)).toEqual(['unstated', 'denied']);
  });
  it('"had beaten back the assault" disputes a capture the other side claimed', () => {
    const r = run('Turkish-backed factions said they had captured the village of Abu Qalqal. '
      + 'The SDF said its fighters had beaten back the assault on the village.');
    expect(statuses(r).map((s) => s[1])).toEqual(['disputed', 'disputed']);
  });
});

describe('"rejected responsibility" and "put the toll higher"', () => {
  it('the accused rejecting responsibility denies the account that names it', () => {
    const r = run('The RSF fired artillery rounds into the market area, a volunteer committee said. The RSF rejected responsibility.');
    expect(statuses(r)[0][1]).toBe('denied');
  });
  it('another source putting the toll higher disputes the toll', () => {
    const r = run('Shelling killed at least 19 people in the market, a volunteer committee said. A doctor at the hospital put the toll higher.');
    expect(statuses(r)[0][1]).toBe('disputed');
  });
});

describe('disclaimers told without "could not verify"', () => {
  const lead = 'Shelling killed three people in the village of Bilozerka, the regional governor said.';
  it('unverified, unconfirmed, unavailable, no means of checking, hard to verify, not confirmed by anyone independent', () => {
    for (const tail of ['The figures remain unverified.', 'The account is unconfirmed.', 'Independent confirmation was not available.',
      'Verification was impossible because the lines were down.', 'Reporters had no means of checking the account.',
      'Such reports are hard to verify independently.', 'The toll has not been confirmed by any independent source.',
      'It was not possible to independently establish what happened.']) {
      expect(statuses(run(`${lead} ${tail}`))[0][1], tail).toBe('unverified');
    }
  });
  it('negative: "difficult to check on relatives", "hard to establish contact", "admitted to hospital" are no verdict', () => {
    for (const tail of ['Families said it was difficult to check on relatives there.', 'Aid workers said it was hard to establish contact with the village.']) {
      expect(statuses(run(`${lead} ${tail}`))[0][1], tail).toBe('unstated');
    }
    const r = run(`${lead} Four of the wounded were admitted to hospital, a doctor said.`);
    expect(statuses(r).map((s) => s[1])).toEqual(['unstated', 'unstated']);
  });
});

describe('denials told without "deny"', () => {
  const lead = 'Russia\'s defence ministry said its troops had captured the village of Zarichne in the Donetsk region.';
  it('no such capture, did not reflect reality, was not true, dismissed the assertion, "a propaganda stunt", account was fiction', () => {
    for (const tail of ['A Ukrainian spokesman said no such capture had taken place.', 'Kyiv said the Russian statement did not reflect reality.',
      'The Ukrainian side said this was not true.', 'Kyiv dismissed the assertion.', 'Ukraine\'s General Staff said the claim was "a propaganda stunt".',
      'Ukraine said Moscow\'s account was fiction.']) {
      expect(statuses(run(`${lead} ${tail}`))[0][1], tail).toBe('denied');
    }
  });
  it('conceded, admitted: the other side bears the capture out', () => {
    for (const tail of ['Kyiv conceded that its troops had withdrawn from the village.', 'Ukraine\'s General Staff admitted that Russian forces had entered the village.']) {
      expect(statuses(run(`${lead} ${tail}`))[0][1], tail).toBe('confirmed');
    }
  });
});

describe('accounts told as differing, and a statement in the claimant\'s own trailing words', () => {
  it('"the picture offered by the army differed" disputes the account before it', () => {
    const r = run('Russia\'s defence ministry said its forces had captured the town of Vovchansk. '
      + 'Ukraine\'s general staff said the picture was different, with fighting still going on in the north of Vovchansk.');
    expect(statuses(r)[0][1]).toBe('disputed');
  });
  it('a verdict inside what a claimant says before "… said" is that claimant\'s', () => {
    const r = run('The army said its aircraft had struck a depot near Mellit. '
      + 'The account of the raid differed sharply from what residents saw, a local doctor said.');
    expect(r.statements[0].by?.name).toMatch(/local doctor$/);
  });
});

describe('a claim that stands on its claimant\'s word alone', () => {
  it('"a figure for which it has offered no evidence", "without providing evidence" leave it unverified', () => {
    const r = run('The army says it has killed more than 1,400 militants, a figure for which it has offered no evidence.');
    expect(statuses(r)[0][1]).toBe('unverified');
    expect(r.statements[0].by).toBeNull();
    const r2 = run('The rebels said they had shot down two helicopters near Kidal, without providing evidence.');
    expect(statuses(r2)[0][1]).toBe('unverified');
  });
  it('the side that gives the same number is borne out too', () => {
    const r = run('"Another 390 of our servicemen are home," President Volodymyr Zelensky said. '
      + 'Russia\'s defence ministry gave the same number for its own returning servicemen.');
    expect(statuses(r).map((s) => s[1])).toEqual(['confirmed', 'confirmed']);
  });
});

describe('disclaimers on both sides\' reports, and plans confirmed by name', () => {
  it('"was not in a position to check either claim" leaves both claims unverified', () => {
    const r = run('Russia said on Sunday its troops had taken Ocheretyne. Its defence ministry also claimed the capture of a '
      + 'nearby village. The agency was not in a position to check either claim.');
    expect(r.claims.map((c) => c.verification.status)).toEqual(['unverified', 'unverified']);
  });
  it('"unable to verify battlefield reports from either side" reaches the answer told right after it', () => {
    const r = analyse(docFromText('Russia\'s defence ministry said its forces had captured Rodynske. Reuters was unable to '
      + 'verify battlefield reports from either side. A Ukrainian army spokesman said fighting went on in the town\'s '
      + 'northern part.', '2025-06-09'));
    expect(r.claims.map((c) => c.verification.statements.length > 0)).toEqual([true, true]);
  });
  it('negative: a disclaimer on one report does not reach the answer after it', () => {
    const r = analyse(docFromText('Russia\'s defence ministry said its forces had captured Rodynske. Reuters was unable to '
      + 'verify the report. A Ukrainian army spokesman said fighting went on in the town\'s northern part.', '2025-06-09'));
    expect(r.claims[1].verification.statements).toEqual([]);
  });
  it('"confirmed that Volodymyr Zelensky would travel" is a plan, not a verdict', () => {
    const r = run('Moscow said its strikes hit arms plants in Kharkiv. The presidential office confirmed that Volodymyr '
      + 'Zelensky would travel to Brussels next week.');
    expect(withStance(r, 'confirms')).toEqual([]);
  });
  it('negative: "confirmed that Russian missiles hit the plant" is still a confirmation', () => {
    const r = run('Kyiv said Russian missiles hit a plant in Kharkiv. The regional governor confirmed that Russian missiles '
      + 'hit the plant.');
    expect(withStance(r, 'confirms')).toHaveLength(1);
  });
});

describe('the situation on the ground, a party that did not address a claim, and section headings', () => {
  it('"could not confirm the situation on the ground" reaches both sides\' accounts of the fighting before it', () => {
    const r = analyse(docFromText('Russia\'s defence ministry said its forces had captured Huliaipole. Ukraine\'s southern command '
      + 'said fighting continued in the town centre. It did not address a second claim. The agency was not able to confirm '
      + 'the situation on the ground independently.', '2025-06-09'));
    expect(r.claims.map((c) => c.verification.statements.some((i) => r.verifications[i].stance === 'could-not-verify')))
      .toEqual([true, true]);
  });
  it('a disclaimer under a section heading does not reach the claim above the heading', () => {
    const text = ['Russia\'s defence ministry said its forces had captured Huliaipole.', '', 'Economy', '',
      'Fuel exports fell by a third in May. This could not be confirmed by official data.'].join('\n');
    const r = analyse(docFromText(text, '2025-06-09'));
    expect(r.claims[0].verification.statements).toEqual([]);
  });
});

describe('two figures or statements doubted together, and a claim never accepted', () => {
  it('"Neither number can be checked" reaches both sides\' estimates', () => {
    const r = analyse(docFromText('Ukraine\'s top commander said his forces still held about 500 square kilometres of Kursk region. '
      + 'Russian military bloggers put the figure at less than 400. Neither number can be checked on the ground.', '2025-06-09'));
    expect(r.claims.map((c) => c.verification.status)).toEqual(['unverified', 'unverified']);
  });
  it('"unable to verify either statement" reaches the two accounts before it', () => {
    const r = analyse(docFromText('The governor of Belgorod region said Ukrainian artillery had shelled Krasnaya Yaruga, wounding '
      + 'two women. The Russian defence ministry added that it had repelled a raid on the district. The agency was unable to '
      + 'verify either statement.', '2025-06-09'));
    expect(r.claims.every((c) => c.verification.statements.length > 0)).toBe(true);
  });
  it('"…, a claim that Russian officials never accepted" denies the claim', () => {
    const r = run('Kyiv said its troops had taken more than 1,000 square kilometres within weeks, a claim that Russian officials '
      + 'never accepted.');
    expect(r.claims.map((c) => c.verification.status)).toEqual(['denied']);
  });
  it('negative: "Russia has not accepted the terms" denies no claim', () => {
    const r = run('Ukraine said it would sign the framework. Russia has not accepted the terms.');
    expect(withStance(r, 'denies')).toEqual([]);
  });
});

describe('one account each, and a retelling two sentences on', () => {
  it('"could not confirm either side\'s account" reaches the pair just told, not the tolls above', () => {
    const r = analyse(docFromText('Drones killed two people in Nikopol on Sunday, the mayor said.\n\nRussia\'s defence ministry said it '
      + 'had completed the capture of Kupiansk. Ukraine\'s General Staff said its forces still controlled the city. Reuters said '
      + 'it could not confirm either side\'s account.', '2025-06-09'));
    expect(r.claims.map((c) => c.verification.status)).toEqual(['unstated', 'disputed', 'disputed']);
    expect(r.claims.slice(1).every((c) => c.verification.statements.length > 0)).toBe(true);
  });
  it('a denial of "the report" retold two sentences after the first telling denies both', () => {
    const r = analyse(docFromText('Russia\'s defence ministry claimed on Sunday that its troops had liberated Mezhova. If confirmed, '
      + 'it would be the largest town taken in the region. The ministry said its units had taken the town after fierce '
      + 'fighting. The regional governor dismissed the report.', '2025-06-09'));
    expect(r.claims.slice(0, 2).map((c) => c.verification.status)).toEqual(['denied', 'denied']);
  });
});

describe('a claim told with "confirmed" as its own verb', () => {
  it('"Flights remained suspended, an airline official confirmed" is not confirmed by itself', () => {
    const r = analyse(docFromText('Flights between Yangon and Sittwe remained suspended for a second week, an airline official '
      + 'confirmed on Thursday.', '2025-06-09'));
    expect(r.claims.map((c) => c.verification.status)).toEqual(['unstated']);
  });
  it('negative: another party confirming the capture still confirms it', () => {
    const r = analyse(docFromText('Russia said its troops took Pokrovsk. Ukraine\'s army confirmed the loss of Pokrovsk.', '2025-06-09'));
    expect(r.claims[0].verification.status).toBe('confirmed');
  });
});

describe('"never acknowledged" is no confirmation', () => {
  it('"a figure the Houthis have never acknowledged" leaves the figure unverified', () => {
    const r = analyse(docFromText('Local officials say 2,000 soldiers have been killed on the Marib fronts, a figure the Houthis '
      + 'have never acknowledged.', '2025-06-09'));
    expect(r.claims.map((c) => c.verification.status)).toEqual(['unverified']);
  });
});

describe('the accused saying it carried out no strikes', () => {
  it('"a US official said Washington had not carried out any strikes in Yemen" denies the account that blames it', () => {
    const r = analyse(docFromText('Saba reported that three air strikes hit Ras Isa port on Sunday, and blamed American-Israeli '
      + 'aggression. The Israeli military declined to comment and a US official said Washington had not carried out any strikes '
      + 'in Yemen this week.', '2026-02-11'));
    expect(r.claims[0].verification.status).toBe('denied');
    expect(r.verifications.find((v) => v.stance === 'denies')?.by?.name).toBe('a US official');
  });
  it('negative: "the city had not yet carried out repairs" is no denial', () => {
    const r = run('Medics said three people died in the shelling of Kherson. The mayor said the city had not yet carried out repairs.');
    expect(withStance(r, 'denies')).toEqual([]);
  });
});

describe('"rejected that, calling …" and "has questioned them"', () => {
  it('"Hamas rejected that, calling the allegation a pretext" denies the Israeli account', () => {
    const r = analyse(docFromText('The Israeli military said its aircraft had struck Hamas militants using the school. Hamas rejected '
      + 'that, calling the allegation a flimsy pretext for attacking shelters.', '2024-07-17'));
    expect(r.claims[0].verification.status).toBe('denied');
  });
  it('"Israel has questioned them" after the ministry\'s figures disputes them', () => {
    const r = analyse(docFromText('Gaza\'s health ministry says at least 38,794 Palestinians have been killed. Israel has questioned '
      + 'them.', '2024-07-17'));
    expect(r.claims[0].verification.status).toBe('disputed');
  });
  it('negative: "reporters questioned the minister" disputes nothing', () => {
    const r = run('The ministry said 40 people were killed in Gaza. Reporters questioned the minister about aid deliveries.');
    expect(withStance(r, 'disputes')).toEqual([]);
  });
});

describe('caution, footage that has not surfaced, accounts not reconciled', () => {
  it('"No footage has yet surfaced to back this up, and we are treating the claim with caution" leaves it unverified', () => {
    const r = analyse(docFromText('Russian milbloggers claimed on Monday that Russian forces had captured the waste heaps near '
      + 'Avdiivka. No footage has yet surfaced to back this up, and we are treating the claim with caution.', '2023-11-21'));
    expect(r.claims[0].verification.status).toBe('unverified');
  });
  it('"Neither account can be reconciled with the imagery" doubts both', () => {
    const r = analyse(docFromText('A Ukrainian spokesman said his forces repelled 19 attacks near Avdiivka. The Russian defence ministry '
      + 'claimed its forces had improved their positions near the town. Neither account can be reconciled with the available '
      + 'imagery.', '2023-11-21'));
    expect(r.claims.every((c) => c.verification.statements.length > 0)).toBe(true);
  });
  it('negative: "the talks were treated with caution by markets" doubts no claim', () => {
    const r = run('Officials said the talks in Istanbul would resume on Monday. Investors treated the news with caution.');
    expect(r.statements).toEqual([]);
  });
});

describe('the accused rejecting "the account"', () => {
  it('"The RSF, which has fought the army since 2023, rejected the account" denies the account of what the RSF did', () => {
    const r = analyse(docFromText('The Rapid Support Forces shelled El Fasher on Sunday, killing at least 14 civilians, a local rights '
      + 'group said. One resident described shells falling near a water point. She said two brothers were killed. The RSF, which '
      + 'has been at war with the army since April 2023, rejected the account.', '2025-06-09'));
    expect(r.claims[0].verification.status).toBe('denied');
    expect(r.verifications.find((v) => v.stance === 'denies')?.by?.name).toBe('The RSF');
  });
  it('negative: "rejected the claim" from a party the claims do not name is the last claim\'s answer', () => {
    const r = analyse(docFromText('Russia said its troops took Pokrovsk. Ukraine\'s army rejected the claim.', '2025-06-09'));
    expect(r.claims[0].verification.status).toBe('denied');
  });
});

describe('a party\'s own account told right after its answer', () => {
  it('"The governor told a different story. He said three drones were downed …" puts the governor\'s account in dispute', () => {
    const r = analyse(docFromText('The General Staff said the Kirishi refinery in the Leningrad region had been hit. The governor of '
      + 'the Leningrad region, Alexander Drozdenko, told a different story. He said three drones were downed near Kirishi.',
    '2025-10-12'));
    expect(r.claims.map((c) => c.verification.status)).toEqual(['disputed', 'disputed']);
  });
  it('negative: another speaker\'s claim in the next sentence is not drawn in', () => {
    const r = analyse(docFromText('The General Staff said the Kirishi refinery had been hit. The governor of the Leningrad region told '
      + 'a different story. Moscow\'s mayor said drones flying towards the capital were downed.', '2025-10-12'));
    expect(r.claims.find((c) => /mayor/.test(c.claimant.name))?.verification.status).toBe('unstated');
  });
});

describe('an account told as different with no speaker, and allegations rejected as fabrications', () => {
  it('"In Moscow, the account was somewhat different. Medinsky wrote …" disputes both accounts', () => {
    const r = analyse(docFromText('Ukraine said it had received the bodies of 1,200 soldiers. In Moscow, the account was somewhat '
      + 'different. Vladimir Medinsky wrote on Telegram that Moscow had handed over 1,212 bodies.', '2025-06-12'));
    expect(r.claims.map((c) => c.verification.status)).toEqual(['disputed', 'disputed']);
    expect(r.verifications[0].by).toBeNull();
  });
  it('"Russia has rejected previous such allegations as fabrications" denies the allegation', () => {
    const r = analyse(docFromText('Lubinets said some of the returned soldiers had been tortured. Russia has rejected previous such '
      + 'allegations as fabrications.', '2025-06-12'));
    expect(r.claims[0].verification.status).toBe('denied');
  });
  it('negative: "rejected the proposal as premature" is no denial of a claim', () => {
    const r = run('Kyiv said it had proposed a ceasefire. Moscow rejected the proposal as premature.');
    expect(withStance(r, 'denies')).toEqual([]);
  });
});

describe('a figure the other side also gave, and units still in their positions', () => {
  it('"1,200 prisoners, a figure that Ukraine\'s delegation head, Rustem Umerov, also gave" confirms', () => {
    const r = analyse(docFromText('Russia\'s chief negotiator, Vladimir Medinsky, said the sides had agreed to swap a further 1,200 '
      + 'prisoners of war, a figure that Ukraine\'s delegation head, Rustem Umerov, also gave.', '2025-07-24'));
    expect(r.claims[0].verification.status).toBe('confirmed');
    expect(r.verifications[0].by?.name).toBe('Ukraine\'s delegation head, Rustem Umerov');
  });
  it('"Infiltration is not control … Our units are in their positions" disputes the capture', () => {
    const r = analyse(docFromText('Russia\'s Defence Ministry said its forces had taken control of the village of Rodynske. "Infiltration '
      + 'is not control," a Ukrainian army spokesman said. "Our units are in their positions."', '2025-07-24'));
    expect(r.claims[0].verification.status).toBe('disputed');
  });
  it('negative: "a figure that has also risen" confirms nothing', () => {
    const r = run('Officials said the war had displaced 12 million people, a figure that has also risen sharply this year.');
    expect(withStance(r, 'confirms')).toEqual([]);
  });
});

describe('the accused denying an attack of its own', () => {
  it('"Moscow denied targeting civilians" after a Ukrainian toll denies it, though neither names the other', () => {
    const r = run('A ballistic missile hit a crowded street in Sumy and killed nine people, Ukrainian officials said. '
      + 'Moscow denied targeting civilians.');
    expect(r.claims[0].verification.status).toBe('denied');
  });
  it('"The army denied shelling residential areas" answers a trader\'s account of shells falling', () => {
    const r = run('Shells fell on the Kassala road market on Sunday morning, a trader told reporters. '
      + 'The Sudanese army denied shelling residential areas.', '2025-03-10');
    expect(r.claims[0].verification.status).toBe('denied');
  });
  it('negative: a denial of an attack does not reach back to an account of its own side', () => {
    const r = run('Russian forces struck a Ukrainian command post near Kupiansk, the Russian Defence Ministry said. '
      + 'Moscow denied targeting civilians.');
    expect(r.claims[0].verification.status).toBe('unstated');
  });
  it('negative: a denial of something other than attacking civilians is not read as one', () => {
    const r = run('A drone hit a fuel depot in Bryansk overnight, the regional governor said. '
      + 'Moscow denied holding secret talks with Kyiv.');
    expect(r.claims[0].verification.status).toBe('unstated');
  });
  it('"impossible to check on the ground" leaves a claim unverified', () => {
    const r = run('Russia\'s Defence Ministry said its troops had taken the village of Novoselivka. '
      + 'Such claims are impossible to check on the ground.');
    expect(r.claims[0].verification.status).toBe('unverified');
  });
});

describe('a disclaimer that points at what comes after it', () => {
  const roundup = 'Shelling and drones killed six civilians across the south, officials said on Monday.\n\n'
    + 'We gather the regional reports each morning. The numbers below could not be independently verified.\n\n'
    + 'Mykolaiv Oblast\n\nTwo people were killed in Ochakiv, Governor Vitalii Kim said.\n\n'
    + 'Odesa Oblast\n\nA drone wounded three port workers in Izmail, the regional administration said.';
  it('"The numbers below could not be verified" reaches the sections told after it, not the lead', () => {
    const r = analyse(docFromText(roundup, '2025-09-01'));
    expect(r.claims.map((c) => c.verification.status)).toEqual(['unstated', 'unverified', 'unverified']);
  });
  it('"the following reports" reaches forward too', () => {
    const r = analyse(docFromText('None of the following reports has been checked by us. Police said a drone hit a bus '
      + 'in Nikopol. The governor said two shells fell on Marhanets.', '2025-09-01'));
    expect(r.claims.map((c) => c.verification.status)).toEqual(['unverified', 'unverified']);
  });
  it('negative: "the figures" with no pointer ahead speaks of the claims before it', () => {
    const r = analyse(docFromText('Police said a drone hit a bus in Nikopol, killing two. The figures could not be '
      + 'independently verified. The governor said two shells fell on Marhanets.', '2025-09-01'));
    expect(r.claims.map((c) => c.verification.status)).toEqual(['unverified', 'unstated']);
  });
});

describe('a lead that names the place only by its kind', () => {
  it('"say they have captured a strategic town … liberated Luvungi … the army rejected the claim" denies both', () => {
    const r = analyse(docFromText('M23 rebels say they have captured a strategic town in the Ruzizi plain. The spokesman of the M23 '
      + 'posted on Tuesday that its fighters had liberated Luvungi. But the Congolese army rejected the claim.', '2026-01-15'));
    expect(r.claims.slice(0, 2).map((c) => c.verification.status)).toEqual(['denied', 'denied']);
  });
  it('negative: a lead of another party is not drawn in', () => {
    const r = analyse(docFromText('Residents say shells hit a market town in the Ruzizi plain. The spokesman of the M23 posted on '
      + 'Tuesday that its fighters had liberated Luvungi. But the Congolese army rejected the claim.', '2026-01-15'));
    expect(r.claims[0].verification.status).toBe('unstated');
  });
});

describe('two claims of ground by one side that name one place', () => {
  it('"the army said it had regained control of Bara. \'Our forces entered Bara\'" — a dismissal denies both', () => {
    const r = analyse(docFromText('Sudan\'s army said it had regained control of the town of Bara. "Our forces entered Bara at dawn," '
      + 'an army spokesman said. The RSF dismissed the statement as fabricated.', '2025-08-13'));
    expect(r.claims.slice(0, 2).map((c) => c.verification.status)).toEqual(['denied', 'denied']);
  });
  it('negative: an earlier claim of the same side about another place is not drawn in', () => {
    const r = analyse(docFromText('Sudan\'s army said it had regained control of the town of Um Sumeima. "Our forces entered Bara at dawn," '
      + 'an army spokesman said. The RSF dismissed the statement as fabricated.', '2025-08-13'));
    expect(r.claims[0].verification.status).toBe('unstated');
  });
});

describe('the other side announcing a death, and a more limited account', () => {
  it('"Hezbollah later announced the death of Jaber" confirms the army\'s account of killing him', () => {
    const r = analyse(docFromText('The Israeli army said it had killed Ali Jaber, a Hezbollah commander, in a drone strike near Tyre. '
      + 'Hezbollah later announced the death of Jaber, 44.', '2024-06-27'));
    expect(r.claims[0].verification.status).toBe('confirmed');
  });
  it('"The army gave a more limited account, saying one drone fell in an open area" disputes the group\'s account', () => {
    const r = analyse(docFromText('Hezbollah said its fighters had sent a swarm of drones at an army post in Metula. The Israeli army '
      + 'gave a more limited account, saying one drone fell in an open area near Metula.', '2024-06-27'));
    expect(r.claims[0].verification.status).toBe('disputed');
  });
  it('negative: "announced the death of" a public figure of no war confirms nothing told before', () => {
    const r = run('The governor said shelling hit a school in Kherson. Officials announced the death of the city\'s former mayor, aged 90, '
      + 'of natural causes.');
    expect(r.claims[0].verification.status).toBe('unstated');
  });
});

describe('everyday senses of "still holding" and "a statement read"', () => {
  it('"still holding each other" disputes nothing', () => {
    const r = analyse(docFromText('Soldiers captured the village of Kani, the military said. "We found them still holding each other," '
      + 'a rescuer told reporters.', '2025-02-20'));
    expect(r.verifications.filter((v) => v.stance === 'disputes')).toEqual([]);
  });
  it('"In a statement read on state television, he said …" has one speaker, not "statement"', () => {
    const r = analyse(docFromText('The junta spokesman rejected the reports. In a statement read on state television on Wednesday, '
      + 'he said the air force had struck a rebel camp near Ye-U.', '2025-02-20'));
    expect(r.claims.map((c) => c.claimant.name)).not.toContain('statement');
  });
  it('negative: "troops are still holding the town" still disputes a capture', () => {
    const r = analyse(docFromText('The rebels said they had captured Kani. An army officer said troops were still holding the town.',
      '2025-02-20'));
    expect(r.claims[0].verification.status).toBe('disputed');
  });
});

describe('a denial of reports in the plural, and warning shots at suspects', () => {
  it('"The foundation called the reports false" denies the run of accounts before it', () => {
    const r = analyse(docFromText('Gaza\'s health ministry said 30 people were killed near an aid site in Rafah on Sunday. Medics at '
      + 'Nasser Hospital told reporters they had received 21 bodies. The foundation that runs the site called the reports false.',
    '2025-06-02'));
    expect(r.claims.slice(0, 2).map((c) => c.verification.status)).toEqual(['denied', 'denied']);
  });
  it('negative: "called the report false" (singular) answers the last account only', () => {
    const r = analyse(docFromText('Gaza\'s health ministry said 30 people were killed near an aid site in Rafah on Sunday. Medics at '
      + 'Nasser Hospital told reporters they had received 21 bodies. The foundation that runs the site called the report false.',
    '2025-06-02'));
    expect(r.claims[0].verification.status).toBe('unstated');
  });
  it('"troops fired warning shots at suspects" conflicts with a toll of people shot near an aid site', () => {
    const r = analyse(docFromText('Gaza\'s health ministry said 19 people were killed when troops opened fire near an aid distribution '
      + 'site in Rafah on Sunday. The Israeli army said soldiers had fired warning shots at suspects who approached them.', '2025-06-02'));
    expect(r.claims.map((c) => c.verification.status)).toEqual(['disputed', 'disputed']);
  });
});

describe('a charge rejected in an aside, and claims about casualties or damage', () => {
  it('"…, a charge the group has long rejected" denies that claim and not the next account', () => {
    const r = analyse(docFromText('The army said the port was used to smuggle in weapons, a charge the group has long rejected. '
      + 'The rebels\' television channel said the strikes on the port killed three dock workers.', '2025-06-12'));
    expect(r.claims.map((c) => c.verification.status)).toEqual(['denied', 'unstated']);
  });
  it('"unable to verify claims by either side about casualties or damage" reaches tolls and damage, not the rest', () => {
    const r = analyse(docFromText('The army said its jets struck rebel positions near the port on Sunday. The rebels\' health office '
      + 'said the strikes killed four dock workers. Residents said a fire burned for hours at the fuel terminal. We were unable '
      + 'to verify claims by either side about casualties or damage.', '2025-06-12'));
    expect(r.claims.map((c) => c.verification.status).slice(1)).toEqual(['unverified', 'unverified']);
    expect(r.claims[0].verification.status).not.toBe('unverified');
  });
});

describe('the other side acknowledging an operation told in a run of accounts', () => {
  it('"The army acknowledged the operation" confirms the state agency\'s and the residents\' accounts', () => {
    const r = analyse(docFromText('An Israeli patrol entered the village of Ain Zivan on Tuesday and detained two men, the state news '
      + 'agency SANA said. Residents said soldiers also bulldozed farmland. The Israeli army acknowledged the operation.', '2025-10-01'));
    expect(r.claims.slice(0, 2).map((c) => c.verification.status)).toEqual(['confirmed', 'confirmed']);
  });
  it('negative: an account of the acknowledging side itself is not confirmed by it', () => {
    const r = analyse(docFromText('The Israeli army said its troops had entered Ain Zivan on Tuesday. Residents said soldiers also '
      + 'bulldozed farmland. The Israeli army acknowledged the operation.', '2025-10-01'));
    expect(r.claims[0].verification.status).not.toBe('confirmed');
  });
});

describe('two sides announcing one exchange, and denials of a kind of act', () => {
  it('each side giving the same number of prisoners returned confirms the other', () => {
    const r = analyse(docFromText('"Our people are home," President Zelenskyy wrote. "212 soldiers and officers are back." Russia\'s '
      + 'Defence Ministry said 212 Russian servicemen had been returned from Ukrainian captivity.', '2025-10-02'));
    expect(r.claims.filter((c) => /212/.test(c.quote.text)).map((c) => c.verification.status)).toEqual(['confirmed', 'confirmed']);
  });
  it('negative: the same side giving the figure twice confirms nothing', () => {
    const r = analyse(docFromText('Ukraine\'s Coordination Headquarters said 212 soldiers had been returned. President Zelenskyy said '
      + '212 defenders were home.', '2025-10-02'));
    expect(r.claims.map((c) => c.verification.status)).toEqual(['unstated', 'unstated']);
  });
  it('"Moscow has consistently denied mistreating prisoners" denies an account of torture', () => {
    const r = analyse(docFromText('Ukraine\'s ombudsman said many of the freed men showed signs of torture. Moscow has consistently '
      + 'denied mistreating prisoners of war.', '2025-10-02'));
    expect(r.claims[0].verification.status).toBe('denied');
    expect(r.verifications[0].by?.name).toBe('Moscow');
  });
  it('negative: a denial of mistreating prisoners does not answer an account of shelling', () => {
    const r = analyse(docFromText('The governor said Russian shelling hit a school in Kherson. Moscow has consistently denied '
      + 'mistreating prisoners of war.', '2025-10-02'));
    expect(r.claims[0].verification.status).toBe('unstated');
  });
  it('"the coordination headquarters said" is the headquarters named before', () => {
    const r = analyse(docFromText('Ukraine\'s Coordination Headquarters for the Treatment of Prisoners of War said 84 soldiers were '
      + 'freed. In a separate handover, Ukraine received 909 bodies, the coordination headquarters said.', '2025-10-02'));
    expect(r.claims[1].claimant.actor?.id).toBe(r.claims[0].claimant.actor?.id);
  });
});

describe('a live blog\'s entries, and "neither side\'s battlefield claims"', () => {
  const blog = 'This blog is now closed.\n\n17:05 (GMT+3) Soldier killed in southern Gaza, army says\n\nThe Israeli military said a sergeant was killed in '
    + 'fighting in Rafah on Tuesday.\n\n14:35 (GMT+3) Tanks advance in Rafah\n\nThe Israeli army said its forces had killed '
    + '"dozens of terrorists" in the Rafah area. The Qassam Brigades said their fighters had destroyed a tank in Tal al-Sultan.\n\n'
    + 'Neither side\'s battlefield claims could be independently verified.';
  it('"Neither side\'s battlefield claims could be verified" reaches both accounts of its entry', () => {
    const r = analyse(docFromText(blog, '2024-06-19'));
    expect(r.claims.slice(1).map((c) => c.verification.status)).toEqual(['unverified', 'unverified']);
  });
  it('negative: it does not reach into another entry of the blog', () => {
    const r = analyse(docFromText(blog, '2024-06-19'));
    expect(r.claims[0].verification.status).toBe('unstated');
  });
  it('a time-stamped entry line is a heading', () => {
    const doc = docFromText(blog, '2024-06-19');
    expect(doc.paragraphs.filter((p) => p.kind === 'heading')).toHaveLength(2);
  });
});

describe('a lower toll, yet another figure, and "he" after a quiet sentence', () => {
  const text = 'Gunmen killed at least 12 people in Magumeri on Tuesday, residents said. A farmer said the attackers took '
    + 'away 20 women. The state police gave a lower toll. Governor Babagana Zulum, who visited the town, offered yet another '
    + 'figure. "No fewer than 15 of our people were buried today," he told reporters.';
  it('"gave a lower toll" disputes the toll told, not the last claim with a number', () => {
    const r = analyse(docFromText(text, '2024-09-05'));
    expect(r.claims[0].verification.status).toBe('disputed');
    expect(r.claims[1].verification.status).toBe('unstated');
  });
  it('"he" after "Governor X … offered yet another figure" is the governor, and his figure is in dispute', () => {
    const r = analyse(docFromText(text, '2024-09-05'));
    const last = r.claims[r.claims.length - 1];
    expect(last.claimant.name).toContain('Babagana Zulum');
    expect(last.verification.status).toBe('disputed');
  });
});

describe('a live blog\'s disclaimer on "the claims from either side this morning"', () => {
  it('reaches the accounts of the earlier entries too', () => {
    const r = analyse(docFromText('Summary of the morning.\n\n09:10 BST Odesa hit again\n\nTwo people were killed in Odesa, the '
      + 'governor said.\n\n10:42 BST Moscow speaks\n\nRussia\'s defence ministry said all its targets were hit. We have not been '
      + 'able to verify the claims from either side this morning.', '2023-07-20'));
    expect(r.claims.map((c) => c.verification.status)).toEqual(['unverified', 'unverified']);
  });
});

describe('a passive confirmation with its agent ("figures later confirmed by the city council")', () => {
  it('bears out the claim it follows in the same sentence, with the agent as who confirms', () => {
    for (const text of [
      'Three people were wounded in Sumy on Monday, Governor Oleh Hryhorov said, figures later confirmed by the city council.',
      'A drone hit a bus in Kherson, the regional governor said, an account later corroborated by the police.',
    ]) {
      const r = analyse(docFromText(text, '2025-06-09'));
      expect(r.claims.map((c) => c.verification.status), text).toEqual(['confirmed']);
      expect(r.verifications[0].by?.name, text).toMatch(/council|police/);
    }
  });
  it('negative: a speaker\'s own verb of confirming right after the claim bears out nothing', () => {
    const r = analyse(docFromText('Flights from Odesa remained suspended on Monday, an airport official confirmed.', '2025-06-09'));
    expect(r.claims.every((c) => c.verification.status === 'unstated')).toBe(true);
  });
});

describe('a disclaimer naming two things ("the footage or the death toll")', () => {
  const text = 'Air strikes on Saada killed at least 20 people, the Houthi-run health ministry said on Monday. '
    + 'Twelve of them died in the city centre, a ministry spokesman said. '
    + 'The Israeli military said it had struck weapons depots. '
    + 'The group\'s television channel said the strikes had hit homes and aired footage of rescuers at work. '
    + 'Reuters could not verify the footage or the death toll.';
  it('speaks of the account that shows footage and of every account that counts the dead', () => {
    const r = analyse(docFromText(text, '2025-06-09'));
    expect(r.claims.map((c) => c.verification.status)).toEqual(['unverified', 'unverified', 'unstated', 'unverified']);
  });
  it('negative: a disclaimer of the toll alone leaves the footage account unstated', () => {
    const r = analyse(docFromText(text.replace('the footage or the death toll', 'the death toll'), '2025-06-09'));
    expect(r.claims[3].verification.status).toBe('unstated');
  });
});

describe('a verdict linked only by a name it shares with a claim told much later', () => {
  it('"The military confirmed it had carried out the strike" is no verdict on a claim a dozen sentences on', () => {
    const filler = Array.from({ length: 8 }, (_, i) => `Paragraph ${i + 1} tells of the road south of the river.`).join(' ');
    const text = 'A drone strike on a car near Tyre killed two men on Thursday, the health ministry said. '
      + 'The Israeli military confirmed it had carried out the strike and said it had killed a Hezbollah operative. '
      + filler + ' The Lebanese army said it had removed rockets from former Hezbollah positions.';
    const r = analyse(docFromText(text, '2025-11-20'));
    const army = r.claims.find((c) => c.claimant.name === 'The Lebanese army');
    expect(army?.verification.status).toBe('unstated');
  });
});

describe('accounts held not to hold, in plain words', () => {
  const status = (text: string) => analyse(docFromText(text, '2025-06-10')).claims.map((c) => c.verification.status);
  it('findings that contradict an account, officials who dispute it, a figure at odds with it: disputed', () => {
    expect(status('The ministry said the missile hit an ammunition depot. Monitors who visited the site said their findings contradict that account.'))
      .toContain('disputed');
    expect(status('The army said 40 militants were killed, a figure at odds with the account of village elders.')).toEqual(['disputed']);
    expect(status('The rebels said they had seized the garrison, a claim the analysts consider exaggerated.')).toEqual(['disputed']);
  });
  it('a party with no record of it, monitors who found no sign of it', () => {
    expect(status('Residents said tanks fired on the crowd. The army said it had no record of tank fire in the area.')).toContain('disputed');
    expect(status('Officials said the strike hit a command post. UN monitors said they had not identified any military objects at the site.'))
      .toContain('unverified');
  });
  it('negative: a dispute over pay, inflated prices are no verdict on an account', () => {
    const cues = (text: string) => analyse(docFromText(text, '2025-06-10')).verifications.map((v) => v.cue);
    expect(cues('The governor said 12 people were killed. Teachers are locked in a dispute over pay with the region.')).toEqual([]);
    expect(cues('The governor said 12 people were killed. Prices were inflated by the shortage of fuel.')).toEqual([]);
  });
});

describe('a disclaimer that names where its accounts are from', () => {
  const reach = (text: string) => analyse(docFromText(text, '2025-06-10')).verifications
    .filter((v) => v.stance === 'could-not-verify').map((v) => v.claims);
  const story = 'The governor said a missile hit a school in Zaporizhzhia, killing four. He said 300 homes lost power. '
    + 'Russia\'s defence ministry said its troops had taken the village of Mala Tokmachka. A Ukrainian spokesman said his units '
    + 'still held positions in Mala Tokmachka.';
  it('"claims by either side about the situation in X": the accounts that name X', () => {
    expect(reach(`${story} AFP was unable to verify claims by either side about the situation in Mala Tokmachka.`)).toEqual([[2, 3]]);
  });
  it('negative: a reason clause names no topic', () => {
    expect(reach(`${story} AFP was unable to verify claims by either side, as access to Mala Tokmachka is restricted.`)[0])
      .toHaveLength(4);
  });
});

describe('a standing denial answers the account that names the denier as the doer', () => {
  const statuses3 = (text: string) => analyse(docFromText(text, '2025-06-10')).claims
    .map((c) => [c.claimant.name, c.verification.status]);
  it('"Rwandan soldiers have fought alongside the rebels … Kigali denies arming the group": denied', () => {
    expect(statuses3('UN investigators have said that thousands of Rwandan troops are fighting alongside the M23. Rwanda '
      + 'denies arming or directing the group.')).toEqual([['UN investigators', 'denied']]);
  });
  it('"… signs of torture in Russian captivity, the ombudsman said. Moscow denies mistreating prisoners": denied', () => {
    expect(statuses3('The ombudsman said many of the freed men showed signs of torture in Russian captivity. Moscow denies '
      + 'mistreating prisoners.')[0]).toEqual(['The ombudsman', 'denied']);
  });
  it('negative: an account that names neither the act nor the denier is not answered', () => {
    expect(statuses3('The M23 said its fighters had taken the town of Kamanyola. Rwanda denies backing the M23.')[0])
      .toEqual(['The M23', 'unstated']);
  });
});
