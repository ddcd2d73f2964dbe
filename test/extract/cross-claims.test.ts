import { describe, expect, it } from 'vitest';
import { docFromText } from '../helpers.js';
import { analyse } from '../../src/extract/analyse.js';

/** Statuses reasoned across a document: claims by different parties about the same event. Fixtures are invented. */
const statuses = (text: string) => analyse(docFromText(text, '2025-06-09')).claims
  .map((c) => [c.claimant.name, c.verification.status, (c.verification.basis ?? []).map((b) => b.relation)]);

describe('conflicting accounts with no dispute word are disputed', () => {
  it('"captured X" against "X remains in our hands"', () => {
    const s = statuses('Russia\'s defence ministry said on Sunday its forces had captured the village of Novoselivka in the Donetsk region. ' +
      'Ukraine\'s General Staff said on Monday that Novoselivka remains in Ukrainian hands.');
    expect(s.map((x) => x[1])).toEqual(['disputed', 'disputed']);
    expect(s[0][2]).toEqual(['conflicts']);
  });

  it('"took control of X" against "our troops repelled the assault on X"', () => {
    const s = statuses('The Russian defence ministry said its troops took control of Tykhe in the Dnipropetrovsk region on Saturday. ' +
      'A Ukrainian brigade spokesman said its soldiers repelled the assault on Tykhe.');
    expect(s.map((x) => x[1])).toEqual(['disputed', 'disputed']);
  });
});

describe('the other side saying the same thing confirms', () => {
  it('both sides report the capture of one town', () => {
    const s = statuses('Russia\'s defence ministry said on Sunday its forces had captured Velyka Novosilka in the Donetsk region. ' +
      'Ukraine\'s army said later on Sunday that Russian forces had captured Velyka Novosilka after weeks of fighting.');
    expect(s.map((x) => x[1])).toEqual(['confirmed', 'confirmed']);
  });
});

describe('negative cases', () => {
  it('the same side saying it twice confirms nothing', () => {
    const s = statuses('Russia\'s defence ministry said its forces had captured Velyka Novosilka in the Donetsk region. ' +
      'The Kremlin said Russian forces had captured Velyka Novosilka.');
    expect(s.map((x) => x[1])).toEqual(['unstated', 'unstated']);
  });

  it('claims about different places are not linked', () => {
    const s = statuses('Russia\'s defence ministry said its forces had captured Velyka Novosilka in the Donetsk region. ' +
      'Ukraine\'s General Staff said Kurakhove remains in Ukrainian hands.');
    expect(s.map((x) => x[1])).toEqual(['unstated', 'unstated']);
  });

  it('an ally speaking of the same strikes is no other side: the US on Israel\'s strikes on Beirut confirms nothing', () => {
    const s = statuses('The Israeli military said it struck a building in Beirut\'s southern suburbs after warning residents to leave. '
      + 'Secretary of State Marco Rubio said that Washington opposed Israel\'s strikes on Beirut.');
    expect(s.map((x) => x[1])).toEqual(['unstated', 'unstated']);
    // (The attacked side telling of the same strike still confirms it.)
    const t = statuses('The Israeli military said it struck a building in Beirut\'s southern suburbs on Monday. '
      + 'Lebanon\'s health ministry said an Israeli strike on a building in Beirut on Monday had wounded four people.');
    expect(t.map((x) => x[1])).toEqual(['confirmed', 'confirmed']);
  });

  it('"at least" tolls told by two parties do not conflict', () => {
    const s = statuses('Drones struck Kharkiv on Sunday, killing at least three people, the governor said. ' +
      'Russia\'s defence ministry said its drones struck Kharkiv on Sunday, killing at least five soldiers.');
    expect(s.map((x) => x[1])).not.toContain('disputed');
  });
});

describe('a holding statement that names no place', () => {
  it('"our troops remain in the town" disputes the other side\'s capture of the one town it claims', () => {
    const s = statuses('Russia\'s defence ministry said on Monday its forces had captured Kurakhove in the Donetsk region. ' +
      'A Ukrainian army spokesman said on Tuesday that Ukrainian units remained in the western part of the town.');
    expect(s.map((x) => x[1])).toEqual(['disputed', 'disputed']);
  });

  it('negative: with no capture claim in the document, a holding statement stays unstated', () => {
    const s = statuses('A Ukrainian army spokesman said on Tuesday that Ukrainian units remained in the western part of the town.');
    expect(s.map((x) => x[1])).toEqual(['unstated']);
  });
});

describe('two accounts of what a strike hit', () => {
  it('a home on one side and a weapons depot on the other are disputed', () => {
    const s = statuses('Lebanon\'s state news agency said an Israeli strike on Sunday hit a family home in Tyre, killing two people. ' +
      'The Israeli army said its jets struck a Hezbollah weapons depot in Tyre on Sunday.');
    expect(s.map((x) => x[1])).toEqual(['disputed', 'disputed']);
  });

  it('negative: two accounts that both name the home agree', () => {
    const s = statuses('Lebanon\'s state news agency said an Israeli strike on Sunday hit a family home in Tyre. ' +
      'The Israeli army said its jets struck a house in Tyre on Sunday.');
    expect(s.map((x) => x[1])).not.toContain('disputed');
  });
});

describe('two reports of one attack', () => {
  it('the attacker and the attacked saying it happened confirm it', () => {
    const s = statuses('Ukraine\'s air force said Russian missiles struck Dnipro on Sunday. ' +
      'Russia\'s defence ministry said its missiles struck Dnipro on Sunday.');
    expect(s.map((x) => x[1])).toEqual(['confirmed', 'confirmed']);
  });

  it('negative: two officials of one side agreeing confirm nothing', () => {
    const s = statuses('Ukraine\'s air force said Russian missiles struck Dnipro on Sunday. ' +
      'The regional governor said a missile struck Dnipro on Sunday.');
    expect(s.map((x) => x[1])).not.toContain('confirmed');
  });
});

describe('a conflicting account outweighs "could not be verified"', () => {
  it('an unverified capture claim that the other side contradicts is disputed', () => {
    const s = statuses('Russia\'s defence ministry said on Sunday its forces had captured Kurakhove in the Donetsk region. ' +
      'Reuters could not independently verify the claim. ' +
      'Ukraine\'s General Staff said on Monday that Kurakhove remains in Ukrainian hands.');
    expect(s[0][1]).toBe('disputed');
  });
});

describe('a lead that names its town later, and witnesses who agree', () => {
  const text = 'Rebels have seized a key town north of the provincial capital in eastern Congo, local sources said on Friday. ' +
    'The army has fought the rebels for months. ' +
    'Residents in the key town of Rutshuru said the rebels were in control on Friday morning. ' +
    '“The market in Rutshuru is open again but under the control of the rebels,” said resident Amani Kasereka.';

  it('the lead\'s unnamed "key town" is the town named two sentences on', () => {
    const events = analyse(docFromText(text, '2025-06-09')).events;
    expect(events.find((e) => e.type === 'territorial_claim' || e.type === 'ground_advance')?.place?.name).toBe('Rutshuru');
  });

  it('independent witnesses telling the same capture confirm one another', () => {
    expect(statuses(text).map((x) => x[1])).toEqual(['confirmed', 'confirmed', 'confirmed']);
  });

  it('negative: a later "village of X" is not the lead\'s "town"', () => {
    const events = analyse(docFromText('Rebels have seized a key town in the east, local sources said. ' +
      'Residents of the village of Kiwanja said fighting went on.', '2025-06-09')).events;
    expect(events.map((e) => e.place?.name)).not.toContain('Kiwanja');
  });

  it('negative: one speaker telling it twice confirms nothing', () => {
    const s = statuses('Residents in the town of Rutshuru said the rebels captured it on Friday. ' +
      'The residents said the rebels were in control of Rutshuru.');
    expect(s.map((x) => x[1])).toEqual(['unstated', 'unstated']);
  });
});

describe('a denial in a relative clause ("an allegation which Kigali denies")', () => {
  it('the denied claim is denied and the denier\'s own account disputed', () => {
    expect(statuses('Western governments say Rwanda is arming the rebels, an allegation which Kigali denies.').map((x) => x[1]))
      .toEqual(['denied', 'disputed']);
  });

  it('a past denial in the reporter\'s aside denies the claim and is no claim of its own', () => {
    // A standing denial ("which Kigali denies") is the party's position; "a claim that the army denied" answers this report.
    expect(statuses('Activists said soldiers burned 30 homes in the village, a claim that the army denied.').map((x) => x[1]))
      .toEqual(['denied']);
  });

  it('the content of "said X, a claim that …" is X, not the aside', () => {
    const a = analyse(docFromText('Activists said soldiers burned 30 homes in the village, a claim that the army denied.'));
    const c = a.claims[0];
    expect(a.document.text.slice(c.content.start, c.content.end)).toMatch(/^soldiers burned 30 homes/);
  });
});

describe('a retreat agrees with a capture', () => {
  it('the defenders retreating from a town, told by others, confirms the claim that it was taken', () => {
    for (const retreat of ['Witnesses told Reuters the army retreated from Kitshanga.', 'Residents said soldiers withdrew from Kitshanga overnight.',
      "The army's spokesman said its units had pulled out of Kitshanga."]) {
      const s = statuses(`The M23 rebels said on Sunday they had seized the town of Kitshanga in North Kivu. ${retreat}`);
      expect(s[0], retreat).toEqual(expect.arrayContaining(['confirmed']));
    }
  });
  it('a retreat from another place says nothing of the town', () => {
    const s = statuses('The M23 rebels said on Sunday they had seized the town of Kitshanga in North Kivu. Witnesses said the army retreated from Sake.');
    expect(s[0]).not.toEqual(expect.arrayContaining(['confirmed']));
  });
});

describe('a toll told on its own, against the count of the attack just told', () => {
  it('"said the death toll was 21" against "killed 18" is disputed', () => {
    const s = statuses('A car bomb killed 18 people at a market in Konduga on Saturday, the state emergency agency said. '
      + 'A local vigilante leader said the death toll was 21.');
    expect(s.map((x) => x[1])).toEqual(['disputed', 'disputed']);
  });
  it('another phrasing: "put the death toll from the same raid at 52" against 47', () => {
    const s = statuses('A residents\' committee said militiamen killed 47 villagers near Tambul on Friday. '
      + 'A doctors\' union put the death toll from the same raid at 52.');
    expect(s.map((x) => x[1])).toEqual(['disputed', 'disputed']);
  });
  it('negative: a subset of the dead ("of the 47 dead, 11 were children") is no other toll', () => {
    const s = statuses('A residents\' committee said militiamen killed 47 villagers near Tambul on Friday. '
      + 'Of the 47 dead, 11 were children, a doctors\' union said.');
    expect(s.map((x) => x[1])).not.toContain('disputed');
  });
  it('negative: the same toll from another party confirms nothing by itself', () => {
    const s = statuses('A car bomb killed 18 people at a market in Konduga on Saturday, the state emergency agency said. '
      + 'A local vigilante leader said the death toll was 18.');
    expect(s.map((x) => x[1])).toEqual(['unstated', 'unstated']);
  });
});

describe('what a claim speaks of', () => {
  it('a capital that is the speaker is no place the claim speaks of, nor a halt on strikes an attack', () => {
    const s = statuses('Moscow has repeatedly denied targeting civilians, though thousands have died since the invasion. '
      + 'Ukraine\'s foreign minister said Kyiv would discuss a moratorium on strikes against ports and energy facilities if Moscow '
      + 'agreed to a full ceasefire at sea.');
    expect(s.map((x) => x[1])).toEqual(['unstated', 'unstated']);
  });
  it('negative: residents of a town speak of that town, and agree with a witness there', () => {
    const s = statuses('Residents of Mweso said the M23 had seized the town on Monday. '
      + 'Witnesses told AFP the army had retreated north of Mweso.');
    expect(s.map((x) => x[1])).not.toContain('disputed');
  });
});

describe('two officials of one side giving different tolls', () => {
  it('a governor\'s seven dead against the emergency service\'s six are disputed', () => {
    const s = statuses('A drone strike on Zaporizhzhia overnight killed seven people, Governor Ivan Fedorov said. '
      + 'The State Emergency Service put the death toll at six.');
    expect(s.map((x) => x[1])).toEqual(['disputed', 'disputed']);
  });
  it('"put the number at three": a number put at a figure is a toll too', () => {
    for (const other of ['Local authorities put the number at three.', 'The city council put the number at three.']) {
      const s = statuses(`Two people were killed by shelling in Sumy, Ukraine's national police said. ${other}`);
      expect(s.map((x) => x[1]), other).toEqual(['disputed', 'disputed']);
    }
  });
  it('"put the number of gunmen killed at two" against three dead told by another party', () => {
    const s = statuses('Troops killed three Palestinians in a raid on Jenin, the Palestinian Health Ministry said. '
      + 'The army put the number of gunmen killed at two.');
    expect(s.map((x) => x[1])).toEqual(['disputed', 'disputed']);
  });
  it('negative: "raised the number of injured to six" is no count of the dead', () => {
    const s = statuses('A power plant in Vinnytsia was knocked offline; nobody was hurt there, the governor said. '
      + 'Later in the day, the regional governor raised the number of injured to six.');
    expect(s.map((x) => x[1])).not.toContain('disputed');
  });
  it('negative: the same number put again disputes nothing; "the number of" is no toll put at a figure', () => {
    expect(statuses("Two people were killed by shelling in Sumy, the police said. Local authorities put the number at two.")
      .map((x) => x[1])).toEqual(['unstated', 'unstated']);
    expect(statuses("Two people were killed by shelling in Sumy, the police said. Officials said the number of shelters would grow.")
      .map((x) => x[1])).not.toContain('disputed');
  });
  it('negative: the war\'s overall toll is no other count of the attack just told', () => {
    const s = statuses('A strike on a house in Nuseirat killed 11 people, a hospital said. '
      + 'The Health Ministry said the overall death toll in the war had passed 39,900.');
    expect(s.map((x) => x[1])).not.toContain('disputed');
  });
  it('negative: two officials of one side giving the same toll dispute nothing and confirm nothing', () => {
    const s = statuses('A drone strike on Zaporizhzhia overnight killed seven people, Governor Ivan Fedorov said. '
      + 'The State Emergency Service put the death toll at seven.');
    expect(s.map((x) => x[1])).toEqual(['unstated', 'unstated']);
  });
});

describe('a party answering an attack with a target of the other kind disputes it, with no place of its own', () => {
  const status = (text: string) => statuses(text).map(([name, st]) => [name, st]);
  it('"a school sheltering families was hit" against "struck a command centre embedded in the school"', () => {
    expect(status('Rescuers said nine people were killed when a school sheltering displaced families in Khan Younis was hit on Sunday. '
      + 'The Israeli military said it had struck a Hamas command centre embedded in the school and had taken steps to limit harm to civilians.'))
      .toEqual([['Rescuers', 'disputed'], ['The Israeli military', 'disputed']]);
  });
  it('"drone fire killed three, including a boy" against "troops targeted gunmen who crossed the line"', () => {
    expect(status('Israeli drone fire killed three Palestinians, including a 12-year-old boy, east of Khan Younis on Saturday, medics said. '
      + 'The Israeli military said troops had targeted gunmen who approached them.').map(([, st]) => st)).toEqual(['disputed', 'disputed']);
  });
  it('negative: an answer naming another weapon ("air strikes on the attackers" after "killed by a shell") is another attack', () => {
    expect(status('A resident said a woman and her two sons were killed by a shell that hit their home near Djibo on Sunday. '
      + 'The army said air strikes on the attackers had killed several dozen militants.').map(([, st]) => st)).toEqual(['unstated', 'unstated']);
  });
  it('negative: an answer that names the same kind of target agrees on nothing and disputes nothing', () => {
    expect(status('Residents said drones hit a market in Kadugli on Sunday, killing five people. '
      + 'The army said the attack on the market was the work of the RSF.').map(([, st]) => st)).toEqual(['unstated', 'unstated']);
  });
});

describe('a holding statement naming one place by its kind answers the last capture claimed', () => {
  const status = (text: string) => statuses(text).map(([, st]) => st);
  it('"the camp remained under army control" disputes the camp claimed just before, not an older capture', () => {
    expect(status('In May the RSF overran the Zamzam camp, according to the UN. '
      + 'The RSF said on Sunday it had seized the Abu Shouk camp north of El Fasher. A military spokesman insisted the camp remained under army control.'))
      .toEqual(['unstated', 'disputed', 'disputed']);
  });
  it('negative: "either village" still answers both captures claimed', () => {
    expect(status('Russia said its forces captured Novoselivka. Russia\'s defence ministry said troops had captured Kurakhove on Sunday. '
      + 'Ukraine\'s military said both towns remain in Ukrainian hands.')).toEqual(['disputed', 'disputed', 'disputed']);
  });
});

describe('a place entered but not controlled is held', () => {
  it('"infiltrated the north of Siversk but did not control it" disputes the capture claim', () => {
    expect(statuses("Russia's defence ministry said its forces had captured Siversk on Monday. "
      + 'Analysts at a Ukrainian monitoring group said Russian troops had infiltrated the north of Siversk but did not control it.')
      .map(([, st]) => st)).toEqual(['disputed', 'disputed']);
  });
});

describe('a count other than another account\'s floor conflicts with it', () => {
  const status = (text: string) => statuses(text).map(([, st]) => st);
  it('"at least 12 civilians were killed" against "put the toll at nine dead"', () => {
    expect(status('At least 12 civilians were killed in an attack on Mangina on Sunday, local civil society sources said. '
      + 'The army spokesman confirmed the attack but put the toll at nine dead.')).toEqual(['disputed', 'disputed']);
  });
  it('"killed at least 15" against "gave a toll of 18 dead"', () => {
    expect(status('A drone strike on a convoy near Manbij killed at least 15 people on Sunday, the local administration '
      + 'said. The Kurdish Red Crescent gave a toll of 18 dead.')).toEqual(['disputed', 'disputed']);
  });
  it('negative: "bringing the toll to 11" updates a floor of nine, and agrees', () => {
    expect(status('At least nine people were killed when drones hit a market in El Obeid on Monday, medics said. '
      + 'The Sudan Doctors Network said four of the dead were children and that two of the injured later died, bringing the toll to 11.'))
      .toEqual(['unstated', 'unstated']);
  });
});

describe('two opposing parties each naming the other as the doer of one thing', () => {
  const status = (text: string) => statuses(text).map(([, st]) => st);
  it('"officials blamed Ukrainian shelling; Kyiv said Russian forces cut the line themselves" (one sentence)', () => {
    expect(status('The reactor site lost outside power on Friday. Russian-installed officials in Enerhodar blamed Ukrainian '
      + 'shelling; Kyiv said Russian forces had cut the line themselves.')).toEqual(['disputed', 'disputed']);
  });
  it('"…, while the energy ministry said Russian troops damaged it" (one sentence, "while")', () => {
    expect(status('Moscow-appointed officials blamed Ukrainian drones for the blackout in Nova Kakhovka, while Ukraine\'s energy '
      + 'ministry said Russian troops had damaged the substation by their own fire.')).toEqual(['disputed', 'disputed']);
  });
  it('an accusation after the speaker and a cause in the next sentence (two sentences)', () => {
    expect(status('A blast tore through an oil depot in Tokmak on Sunday, Russian-appointed officials said, accusing Kyiv of a '
      + 'missile strike. Ukrainian officials said the blast was caused by careless handling of shells by Russian soldiers.'))
      .toEqual(['disputed', 'disputed']);
  });
  it('negative: two attacks told side by side, each by the side that was hit, blame nobody and name different places', () => {
    expect(status('Russia\'s defence ministry said Ukrainian drones hit a depot in Belgorod. '
      + 'Ukraine\'s air force said Russian missiles struck Kharkiv overnight.')).toEqual(['unstated', 'unstated']);
  });
  it('negative: one side blaming the other with no answer from it stays unstated', () => {
    expect(status('A shell hit the market in Horlivka, killing four people, the Russian-installed mayor said. '
      + 'Ukraine\'s army said its units had fired on Russian positions near Bakhmut.')).toEqual(['unstated', 'unstated']);
  });
  it('negative: blame by two speakers of one side is one account', () => {
    expect(status('Russian-installed officials blamed Ukrainian shelling for the outage. '
      + 'The Kremlin said Ukrainian forces were responsible for the blackout.')).toEqual(['unstated', 'unstated']);
  });
});

describe('"blamed each other": a dispute told whole in its sentence', () => {
  const status = (text: string) => statuses(text).map(([, st]) => st);
  it('the mutual accusation is in dispute; the report that the thing happened is not', () => {
    expect(status('The plant lost its last outside power line on Tuesday, the International Atomic Energy Agency said. '
      + 'Moscow and Kyiv blamed each other for the damage.')).toEqual(['unstated', 'disputed']);
  });
  it('"accused one another", "traded blame"', () => {
    expect(status('Hamas and Israel accused one another of breaching the truce in Rafah.')).toEqual(['disputed']);
    expect(status('The army and the RSF said on Monday they traded blame over the shelling of the market in Omdurman.'))
      .toEqual(['disputed']);
  });
});

describe('a toll told after the details of the attack it counts', () => {
  const status = (text: string) => statuses(text).map(([, st]) => st);
  it('the army\'s lower toll, four sentences after the first account, still conflicts with it', () => {
    const s = status('At least 12 civilians were killed in an attack on Mangina on Sunday, local civil society sources said. '
      + 'Of the dead, five were children, according to a local chief. Several people are still missing, he added. '
      + 'A wounded woman died in hospital on Monday, a nurse said. '
      + 'The army spokesman in the Sokola 1 operational sector, Captain Jean Mbala, confirmed the attack but put the toll at nine dead.');
    expect([s[0], s[s.length - 1]]).toEqual(['disputed', 'disputed']);
  });
});

describe('a threat tells of no attack that happened', () => {
  it('"Israel would strike anywhere …, Beirut would not be spared" neither confirms nor disputes the Beirut strike', () => {
    for (const threat of ['Israel would strike anywhere in Lebanon and Beirut would not be spared', 'Israel vowed to hit Beirut again']) {
      const s = statuses('Lebanon\'s health ministry said an Israeli strike on a building in Beirut killed four people. '
        + `Israel's defence minister said ${threat}.`);
      expect(s.map((x) => x[1]), threat).toEqual(['unstated', 'unstated']);
    }
  });
});

describe('each side accusing the other of breaking one truce', () => {
  it('"Israel says Hamas breached the agreement … Hamas said Israel had violated the deal" disputes both', () => {
    const s = statuses('Israel says Hamas has repeatedly breached the ceasefire agreement. '
      + 'Hamas said on Thursday that Israel had violated the deal hundreds of times.');
    expect(s.map((x) => x[1])).toEqual(['disputed', 'disputed']);
  });
  it('negative: one side accusing, the other telling of something else, disputes nothing', () => {
    const s = statuses('Israel says Hamas has repeatedly breached the ceasefire agreement. '
      + 'Hamas said on Thursday that its delegation would travel to Cairo.');
    expect(s.map((x) => x[1])).toEqual(['unstated', 'unstated']);
  });
});

describe('a toll put differently right after an account whose place the index lacks', () => {
  it('"… between Bint Jbeil and Aynata killed two, the ministry said. The NNA put the toll at three, saying …" disputes both', () => {
    const s = statuses('A drone strike on a car on the road between Qawzah and Ramyah killed two people on Wednesday, the health ministry said. '
      + 'The state-run news agency put the toll at three, saying a passer-by had also been killed.');
    expect(s.map((x) => x[1])).toEqual(['disputed', 'disputed']);
  });
  it('negative: the same toll from the other source disputes nothing', () => {
    const s = statuses('A drone strike on a car on the road between Qawzah and Ramyah killed two people on Wednesday, the health ministry said. '
      + 'The state-run news agency put the toll at two, saying both were farmers.');
    expect(s.map((x) => x[1])).toEqual(['unstated', 'unstated']);
  });
});

describe('a count set against the account before it ("however", "by contrast")', () => {
  const status = (text: string) => statuses(text).map(([, st]) => st);
  const first = 'Officials installed by Moscow said a Ukrainian rocket strike on a market in Kakhovka killed three people.';
  it('another party\'s different count, told as a contrast, disputes both', () => {
    for (const second of ['Ukrainian officials, however, said seven people had died.', 'The regional police, by contrast, reported seven deaths.',
      'In contrast, Ukraine\'s military said seven people were killed.']) {
      expect(status(`${first} ${second}`), second).toEqual(['disputed', 'disputed']);
    }
  });
  it('negative: the same count, or a different count with no contrast, disputes nothing', () => {
    expect(status(`${first} Ukrainian officials, however, said three people had died.`)).toEqual(['unstated', 'unstated']);
    expect(status(`${first} Ukrainian officials said seven people had died in Kherson.`)).toEqual(['unstated', 'unstated']);
  });
});

describe('"controls X" against "X remained in government hands"', () => {
  it('a claim of control told with "controlled" or "now controls" is disputed by a holding statement', () => {
    for (const claim of ['The rebels said they controlled Minova, a lakeside town.', 'The rebels said they now control the town of Minova.']) {
      const s = statuses(`${claim} Army officers insisted the town remained in government hands.`);
      expect(s.map((x) => x[1]), claim).toEqual(['disputed', 'disputed']);
    }
  });
  it('negative: a holding statement about another town disputes nothing', () => {
    const s = statuses('The rebels said they controlled Minova. Army officers said Sake remained in government hands.');
    expect(s.map((x) => x[1])).toEqual(['unstated', 'unstated']);
  });
});

describe('"beating back assaults" holds the ground another side says it took', () => {
  it('"liberated X" against "units were beating back assaults there" disputes both', () => {
    const s = statuses('Russia\'s defence ministry said its troops had liberated the village of Hrodivka in the Donetsk region. '
      + 'Ukraine\'s general staff still listed the village among places where its units were beating back assaults.');
    expect(s.map((x) => x[1])).toEqual(['disputed', 'disputed']);
  });
});

describe('"in contrast, … fighting for the village was still going on" against a capture', () => {
  it('disputes both', () => {
    const s = statuses('Russia\'s defence ministry said on Friday its troops had taken the village of Kalynivske in the Dnipropetrovsk region. '
      + 'In contrast, Ukraine\'s army said fighting for the village was still going on.');
    expect(s.map((x) => x[1])).toEqual(['disputed', 'disputed']);
    expect(s[1][0]).toBe('Ukraine\'s army');
  });
});

describe('"its positions in X had not moved" holds the ground another side says it took', () => {
  it('disputes a capture of the same place', () => {
    const s = statuses('The rebels said on Thursday that their fighters had taken the town of Shasha near the lake. '
      + 'The army said its positions in Shasha had not moved.');
    expect(s.map((x) => x[1])).toEqual(['disputed', 'disputed']);
  });
});

describe('holding and giving up ground told in other words', () => {
  const lead = 'Russia\'s defence ministry said on Sunday its troops had captured the village of Zarichne in the Donetsk region.';
  it('"had not been captured", "had not retreated" dispute; "had pulled back from X" confirms', () => {
    expect(statuses(`${lead} Ukraine's General Staff said Zarichne had not been captured.`).map((x) => x[1])).toEqual(['disputed', 'disputed']);
    expect(statuses(`${lead} Ukraine's army said its units had pulled back from Zarichne to better positions.`).map((x) => x[1]))
      .toEqual(['confirmed', 'confirmed']);
  });
  it('"According to X, the toll was nine" against twelve disputes both', () => {
    const s = statuses('A Russian missile strike on Kostiantynivka killed 12 civilians on Monday, Ukrainian officials said. '
      + 'According to the regional governor, the toll was nine.');
    expect(s.map((x) => x[1])).toEqual(['disputed', 'disputed']);
  });
  it('negative: "pulled back an attack near X" gives up no ground', () => {
    expect(statuses(`${lead} Ukraine's army said its units had pulled back an attack near Zarichne.`).map((x) => x[1])).toEqual(['unstated', 'unstated']);
  });
});

describe('"fully under Russian control" against "remains in Ukrainian hands"', () => {
  it('disputes both; "fighting was still going on" holds the place too', () => {
    const s = statuses('Russia\'s defence ministry said the town of Kupiansk was now fully under Russian control. '
      + 'Ukraine\'s army said Kupiansk remains in Ukrainian hands.');
    expect(s.map((x) => x[1])).toEqual(['disputed', 'disputed']);
    const s2 = statuses('Russia\'s defence ministry said its troops had captured the town of Kupiansk. '
      + 'Ukraine\'s army said fighting was still going on in Kupiansk.');
    expect(s2.map((x) => x[1])).toEqual(['disputed', 'disputed']);
  });
});

describe('ground claimed with no incident read, against a holding statement', () => {
  it('"had entered Uvira" against "the town remained under government control" disputes both', () => {
    const s = statuses('On Tuesday, the M23 announced that its fighters had entered Uvira. '
      + 'According to the army, however, the town remained under government control on Wednesday.');
    expect(s.map((x) => x[1])).toEqual(['disputed', 'disputed']);
  });
  it('"still holding positions inside the township" answers the last township claimed, not every place', () => {
    const s = statuses('The Yaw Defence Force said its fighters overran a military outpost outside Gangaw. '
      + 'Further west, the Arakan Army announced on Tuesday that it had taken full control of Pauktaw township. '
      + 'The military, in contrast, insisted its troops were still holding positions inside the township.');
    expect(s.map((x) => x[1])).toEqual(['unstated', 'disputed', 'disputed']);
  });
  it('a wedding party struck against "a gathering of terrorists" disputes both', () => {
    const s = statuses('Residents of Kondo-Sare said an army drone struck a wedding party near Mopti on Sunday, killing 12 people. '
      + 'The Malian army said it had hit "a gathering of terrorists".');
    expect(s.map((x) => x[1])).toEqual(['disputed', 'disputed']);
  });
});

describe('"hit only military-industrial facilities" answers a civilian toll', () => {
  it('the ministry\'s account conflicts with the city\'s toll of a woman and a boy', () => {
    const s = statuses('Ukraine said Russia had fired missiles at Kyiv overnight. The head of the city military administration said a woman '
      + 'and her 12-year-old son had been killed in the Obolonskyi district. The Russian ministry insisted it had hit only '
      + '"military-industrial facilities".');
    expect(s.map((x) => x[1])).toEqual(['unstated', 'disputed', 'disputed']);
  });
});

describe('ground held, told in other words', () => {
  const capture = 'Russia\'s defence ministry said on Sunday its forces had captured the village of Ocheretyne in the Donetsk region. ';
  it('"the situation around the village is difficult but under control"', () => {
    const s = statuses(capture + 'A Ukrainian army spokesman said the situation around the village was difficult but under control.');
    expect(s.map((x) => x[1])).toEqual(['disputed', 'disputed']);
  });
  it('"fighting was continuing in and around the village"', () => {
    const s = statuses(capture + 'A Ukrainian army spokesman said fighting was continuing in and around the village.');
    expect(s.map((x) => x[1])).toEqual(['disputed', 'disputed']);
  });
  it('"the village is not lost" and "troops are clearing assault groups"', () => {
    expect(statuses(capture + 'A Ukrainian army spokesman said the village is not lost.').map((x) => x[1]))
      .toEqual(['disputed', 'disputed']);
    expect(statuses(capture + 'A Ukrainian army spokesman said troops were clearing Russian assault groups from the village.')
      .map((x) => x[1])).toEqual(['disputed', 'disputed']);
  });
  it('a region opening the answer does not hide the village it speaks of', () => {
    const s = statuses('Russia\'s defence ministry said its forces had taken the village of Yunakivka. In Sumy region, the '
      + 'regional administration said Russian troops had been pushed back from the village.');
    expect(s.map((x) => x[1])).toEqual(['disputed', 'disputed']);
  });
  it('negative: "the fire is under control" answers no capture', () => {
    const s = statuses(capture + 'The regional governor said a fire at a depot in Pokrovsk was under control.');
    expect(s.map((x) => x[1])).toEqual(['unstated', 'unstated']);
  });
});

describe('an account retold, a count updated, and a speaker bearing out its own words', () => {
  it('a denial of the retelling ("liberated the village") denies the account told just before it too', () => {
    const s = statuses('Russia\'s defence ministry said its forces had taken the village of Stepnohirsk in the Zaporizhzhia region. '
      + 'The ministry said its troops had liberated the village after heavy fighting. A Ukrainian army spokesman rejected the '
      + 'claim as pure fantasy.');
    expect(s.slice(0, 2).map((x) => x[1])).toEqual(['denied', 'denied']);
  });
  it('negative: a denial of a second, different capture leaves the first alone', () => {
    const s = statuses('Russia\'s defence ministry said its forces had taken Stepnohirsk in the Zaporizhzhia region. The ministry '
      + 'also said its troops had captured Plavni. A Ukrainian army spokesman rejected the claim as pure fantasy.');
    expect(s.slice(0, 2).map((x) => x[1])).toEqual(['unstated', 'denied']);
  });
  it('"the governor had raised the toll to three" updates "two were killed", it does not dispute it', () => {
    const s = statuses('Regional governor Ivan Fedorov said two people were killed when Russian glide bombs hit Zaporizhzhia. '
      + 'By evening the governor had raised the toll to three dead.');
    expect(s.map((x) => x[1])).toEqual(['unstated', 'unstated']);
  });
  it('"emergency services later raised the toll to three" updates the governor\'s two', () => {
    const s = statuses('Regional governor Ivan Fedorov said two people were killed when Russian glide bombs hit Zaporizhzhia. '
      + 'Emergency services later raised the toll to three dead.');
    expect(s.map((x) => x[1])).toEqual(['unstated', 'unstated']);
  });
  it('negative: two officials\' differing counts with no word of change still conflict', () => {
    const s = statuses('Regional governor Ivan Fedorov said two people were killed when Russian glide bombs hit Zaporizhzhia. '
      + 'The city\'s mayor put the toll at three.');
    expect(s.map((x) => x[1])).toEqual(['disputed', 'disputed']);
  });
  it('"still \\"holding the settlement\\"" in quotation marks is ground held', () => {
    const s = statuses('Russia\'s defence ministry said its forces had captured Stepnohirsk. A Ukrainian army spokesman said units '
      + 'were still "holding the settlement on the reservoir".');
    expect(s.map((x) => x[1])).toEqual(['disputed', 'disputed']);
  });
  it('"…, although he acknowledged that …" in a speaker\'s own sentence does not confirm his claim', () => {
    const s = statuses('Russia\'s defence ministry said its forces had captured Stepnohirsk. Vladyslav Voloshyn, a Ukrainian army '
      + 'spokesman, said units were still holding the village, although he acknowledged that assault groups had reached its edge.');
    expect(s[1][1]).not.toBe('confirmed');
  });
});

describe('"still conducting defensive operations" is ground held', () => {
  it('answers the capture of the city it names by kind', () => {
    const s = statuses('Russia\'s defence ministry said its forces had completed the capture of Myrnohrad. A Ukrainian corps said '
      + 'its troops were still conducting defensive operations in the city.');
    expect(s.map((x) => x[1])).toEqual(['disputed', 'disputed']);
  });
});

describe('ground retaken and still controlled', () => {
  it('"had recaptured Lukweti" against "still controlled the village"', () => {
    const s = statuses('The Congolese army said on Tuesday that allied fighters had recaptured Sake. M23 said it still controlled '
      + 'the village.');
    expect(s.map((x) => x[1])).toEqual(['disputed', 'disputed']);
  });
});

describe('ground lost told as being pushed out', () => {
  it('"troops had been pushed out of positions in the village" against "troops still held parts of the village"', () => {
    const s = statuses('One Russian milblogger claimed on Sunday that Ukrainian troops had been pushed out of several positions in '
      + 'Krynky. Another milblogger claimed the same day that Ukrainian troops still held parts of the village.');
    expect(s.map((x) => x[1])).toEqual(['disputed', 'disputed']);
  });
});

describe('an account set against the one before it ("however")', () => {
  const statuses = (text: string) => analyse(docFromText(text, '2026-02-05')).claims.map((c) => c.verification.status);
  it('"Peskov, however, said no venue had been agreed" disputes the envoy\'s account of the next round', () => {
    expect(statuses('The US envoy said the next round of talks would be held in Geneva later this month. '
      + 'A Kremlin spokesman, however, said no date or venue for another meeting had been set.')).toEqual(['disputed', 'unstated']);
  });
  it('"By contrast, the army said …" of the same village disputes the capture', () => {
    expect(statuses('The rebels said their fighters had captured the town of Kitshanga on Sunday. By contrast, the army said '
      + 'its soldiers remained in the town and had repelled the assault.')[0]).toBe('disputed');
  });
  it('negative: a contrast that turns to another matter disputes nothing', () => {
    expect(statuses('The governor said a drone had hit a power substation in Sumy. Kyiv\'s delegation, however, said the '
      + 'prisoner lists were almost complete.')).toEqual(['unstated', 'unstated']);
  });
  it('negative: the same party going on with "however" disputes nothing', () => {
    expect(statuses('The ministry said 40 drones were shot down over the Bryansk region. The ministry, however, said two '
      + 'drones hit a fuel depot in the town of Unecha.')).toEqual(['unstated', 'unstated']);
  });
});

describe('a holding statement quoted over two sentences', () => {
  const statuses = (text: string) => analyse(docFromText(text, '2026-01-15')).claims.map((c) => c.verification.status);
  it('"X is under the control of our forces. The enemy was pushed back," the spokesman said: disputes the capture', () => {
    expect(statuses('The rebels\' spokesman wrote on Tuesday that their fighters had liberated Kamanyola. "Kamanyola is under the '
      + 'control of our forces. The enemy tried to break through and was pushed back," an army spokesman told reporters.'))
      .toEqual(['disputed', 'disputed']);
  });
  it('negative: "the town is under the control of the rebels" from the same side disputes nothing', () => {
    expect(statuses('The rebels\' spokesman wrote on Tuesday that their fighters had liberated Kamanyola. "The town is under the '
      + 'control of the rebels. Life is returning to normal," a rebel commander told reporters.')).toEqual(['unstated', 'unstated']);
  });
});

describe('a digest of headlines bears no account out', () => {
  it('"Main points: strike on Kyiv kills three; …; Russia says it took X" confirms nothing, and is confirmed by nothing', () => {
    const r = analyse(docFromText('Main points: missile strike on Kyiv kills three; Odesa clinic hit; Russia says it took Chasiv Yar, '
      + 'Ukraine denies it; Kremlin says talks may resume next week.\n\nA Russian missile strike on Kyiv killed three people '
      + 'overnight, the city\'s military administration said.', '2025-06-10'));
    expect(r.claims.map((c) => c.verification.status).filter((s) => s === 'confirmed')).toEqual([]);
  });
});

describe('a count of "the strike" told by another party', () => {
  const statuses = (text: string) => analyse(docFromText(text, '2025-06-10')).claims.map((c) => c.verification.status);
  it('"eight were killed in the strike" against "the strike killed 17": disputed, both', () => {
    expect(statuses('An air strike on the market killed 17 people, residents said. The junta said eight people were killed in the strike.'))
      .toEqual(['disputed', 'disputed']);
  });
  it('negative: the same count, or no count, from the other party', () => {
    expect(statuses('An air strike on the market killed 17 people, residents said. The junta said 17 people were killed in the strike.'))
      .not.toContain('disputed');
    expect(statuses('An air strike on the market killed 17 people, residents said. The junta said rebels were hiding in the market.'))
      .not.toContain('disputed');
  });
});

describe('two sources a sentence apart giving different counts of one toll', () => {
  const status = (text: string) => statuses(text).map((x) => x[1]);
  it('injured: "said six were hurt" against "put the number of injured at eight"', () => {
    expect(status('A glide bomb struck a market in Kupiansk overnight. The district police chief said six people had been hurt. '
      + 'The town\'s mayor put the number of injured at eight.')).toEqual(['disputed', 'disputed']);
  });
  it('killed: a plain count against a lower plain count from a monitor', () => {
    expect(status('Gunmen stormed a village in Djugu territory on Tuesday. The provincial governor said 14 civilians were killed. '
      + 'A local rights group said 19 people had died.')).toEqual(['disputed', 'disputed']);
  });
  it('a floor against a lower plain count conflicts; a higher count, or another floor, does not', () => {
    expect(status('Militants attacked a checkpoint near Gao. An army officer said at least nine soldiers were killed. '
      + 'A regional official said seven soldiers had died.')).toEqual(['disputed', 'disputed']);
    expect(status('Militants attacked a checkpoint near Gao. An army officer said at least nine soldiers were killed. '
      + 'A regional official said twelve soldiers had died.')).toEqual(['unstated', 'unstated']);
    expect(status('Militants attacked a checkpoint near Gao. An army officer said at least nine soldiers were killed. '
      + 'A regional official said at least twelve soldiers had died.')).toEqual(['unstated', 'unstated']);
  });
  it('negative: the same figure, a raised count, a count of another place, or a part of the dead', () => {
    expect(status('A drone hit a bus in Kherson. The governor said four people were wounded. '
      + 'The city council said four people had been wounded.')).toEqual(['unstated', 'unstated']);
    expect(status('A drone hit a bus in Kherson. The governor said four people were wounded. '
      + 'The city council said the number of wounded later rose to seven.')).toEqual(['unstated', 'unstated']);
    expect(status('The governor said three people were killed in Nikopol. '
      + 'The mayor said five people were killed in Marhanets.')).toEqual(['unstated', 'unstated']);
    expect(status('A strike hit a school in Gaza City. Civil defence officials said 12 people were killed. '
      + 'A hospital director said four children were among the dead.')).toEqual(['unstated', 'unstated']);
  });
  it('negative: bodies handed over by each side are no toll', () => {
    expect(status('The coordination headquarters said Ukraine had received the bodies of 900 soldiers. '
      + 'A Russian lawmaker said Russia had received the bodies of 31 servicemen.')).toEqual(['unstated', 'unstated']);
  });
  it('a lead and a monitor\'s count two paragraphs on are two accounts', () => {
    expect(status('An air strike on a fuel depot near Idlib killed four people on Monday, civil defence officials said.\n\n'
      + 'The site had been hit before.\n\nA war monitor put the toll at seven.')).toEqual(['disputed', 'disputed']);
  });
  it('negative: a breakdown ("were also killed") and deaths added later are no other count', () => {
    expect(status('A strike on a clinic in Rafah killed ten people, medics said. '
      + 'The hospital said three women were also killed.')).toEqual(['unstated', 'unstated']);
    expect(status('Shelling hit a street in Kostiantynivka. The governor said two people were killed. '
      + 'Prosecutors said a third victim had died of his wounds, and officials said three people were killed in all.'))
      .not.toContain('disputed');
  });
  it('negative: a count that names another place than the incident just told', () => {
    expect(status('A drone hit a bus in Kherson. The governor said four people were wounded.\n\n'
      + 'The city council said seven people had been wounded in Bilozerka.')).toEqual(['unstated', 'unstated']);
  });
});

describe('a place kept, told as an assault driven back or a hold continued', () => {
  const status = (text: string) => statuses(text).map((x) => x[1]);
  it('"seized X" against "had driven back an assault there and continued to hold their positions"', () => {
    expect(status('The rebel army said on Sunday that its fighters had seized Hpakant after two days of fighting. '
      + 'State media said on Monday that government troops had driven back the assault and continued to hold their positions.'))
      .toEqual(['disputed', 'disputed']);
  });
  it('another phrasing: "continues to hold the town"', () => {
    expect(status('The M23 said it had captured Walikale on Thursday. '
      + 'The army said it continues to hold Walikale.')).toEqual(['disputed', 'disputed']);
  });
  it('negative: cattle driven back to a village is no ground held', () => {
    expect(status('Herders said their cattle had been driven back to the village of Tawila by the rains.'))
      .toEqual(['unstated']);
  });
});

describe('who was hit, told as fighters by one party and as civilians by another', () => {
  const status = (text: string) => statuses(text).map((x) => x[1]);
  it('"eliminated a terrorist" against "the driver was a shopkeeper with no links to the group"', () => {
    expect(status('A drone hit a car in Aitaroun on Monday. The Israeli military said it had eliminated a Hezbollah '
      + 'terrorist in the area. A cousin of the dead man said the driver was a shopkeeper with no links to the group.'))
      .toEqual(['disputed', 'disputed']);
  });
  it('another phrasing: "there were no fighters there, only traders"', () => {
    expect(status('Mali\'s army said its jets had destroyed a terrorist base near Nara. '
      + 'Local officials said there were no fighters there, only traders and herders.')).toEqual(['disputed', 'disputed']);
  });
  it('negative: two accounts that both tell of civilians, or a party describing its own dead', () => {
    expect(status('Medics said the strike killed three civilians in Rafah. '
      + 'Residents said the dead were farmers.')).not.toContain('disputed');
  });
});
