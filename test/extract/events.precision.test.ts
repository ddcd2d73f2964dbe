import { describe, it, expect } from 'vitest';
import { analyse } from '../../src/extract/analyse.js';
import { docFromText } from '../helpers.js';

// Sentences that mention attacks but report no new incident. 2025-06-09 is a Monday.
const eventsOf = (text: string, published = '2025-06-09') => analyse(docFromText(text, published)).events;
const summary = (text: string) => eventsOf(text).map((e) => `${e.type}@${e.place?.mention}`);

describe('a zero toll is not an incident of its own', () => {
  it('"no damage or casualties" after a list of regions adds no casualty events', () => {
    const evs = eventsOf('Russian drones attacked the Odesa region overnight. Air defences also worked over the Mykolaiv and Vinnytsia regions. No damage or casualties have been reported.');
    expect(evs.filter((e) => e.type === 'civilian_casualties')).toEqual([]);
  });

  it('the zero toll completes the attack it follows', () => {
    const evs = eventsOf('Russian drones attacked Odesa overnight. No casualties were reported.');
    expect(evs).toHaveLength(1);
    expect(evs[0]).toMatchObject({ type: 'drone_attack', killed: { min: 0 } });
  });

  it('negative: a sentence with a real toll still makes a casualty event', () => {
    const evs = eventsOf('Three civilians were killed in Kherson on Sunday, the governor said.');
    expect(evs.map((e) => [e.type, e.place?.mention])).toEqual([['civilian_casualties', 'Kherson']]);
  });
});

describe('ongoing patterns are not incidents', () => {
  it('"strikes persist in X" is a pattern', () => {
    expect(summary('Deadly drone strikes on markets persist in North Darfur, aid groups say.')).toEqual([]);
  });

  it('"strikes continue, causing dozens of deaths" (a vague toll) is a pattern', () => {
    expect(summary('Near Kupiansk, artillery and drone strikes continue, causing dozens of deaths among civilians.')).toEqual([]);
  });

  it('negative: "continued" with a numbered toll is still an incident', () => {
    const evs = eventsOf('Russian shelling of Nikopol continued on Saturday, killing two people.');
    expect(evs.map((e) => [e.type, e.place?.mention, e.killed?.min])).toEqual([['shelling', 'Nikopol', 2]]);
  });

  it('negative: "continue" with a number is still an incident', () => {
    const evs = eventsOf('Drone strikes on Kharkiv continue, and at least four people were injured on Sunday.');
    expect(evs.map((e) => [e.type, e.place?.mention, e.injured?.min])).toEqual([['drone_attack', 'Kharkiv', 4]]);
  });
});

describe('attack mode', () => {
  it('"drone strikes" are drones only, not a combined strike', () => {
    const evs = eventsOf('Drone strikes hit a fuel depot in Kadugli on Friday.');
    expect(evs.map((e) => e.type)).toEqual(['drone_attack']);
  });

  it('negative: missiles and drones together are still a combined strike', () => {
    const evs = eventsOf('Russian missile and drone strikes hit Lviv on Friday.');
    expect(evs.map((e) => e.type)).toEqual(['strike']);
  });
});

describe('places that act or orient are not event places', () => {
  it('a country as the subject of a modal verb ("Russia must …") is not hit', () => {
    const evs = eventsOf('Zelensky wrote that Russia must understand that no such attack will go unanswered.');
    expect(evs.filter((e) => e.place?.country === 'RU')).toEqual([]);
  });

  it('"for Moscow, which last year took over X": the capital stands for the government', () => {
    const evs = eventsOf('The fall of the town would be another gain for Moscow, which last year took over Bakhmut after a long siege.');
    expect(evs.map((e) => e.place?.mention)).not.toContain('Moscow');
    expect(evs.map((e) => e.place?.mention)).toContain('Bakhmut');
  });

  it('"Ukraine\'s largest attack on …" does not place an event in Ukraine', () => {
    const evs = eventsOf('Drones hit an oil depot in the Bryansk region on Sunday in Ukraine\'s largest attack on the area this year.');
    expect(evs.map((e) => e.place?.country)).toEqual(['RU']);
  });

  it('"N km southeast of X" is a reference point when the place itself is named', () => {
    const evs = eventsOf('Drones struck a warehouse in Ramenskoye, 40 km southeast of the Kremlin, on Sunday.');
    expect(evs.map((e) => e.place?.mention)).toEqual(['Ramenskoye']);
  });

  it('negative: "west of X" with no other place keeps X', () => {
    const evs = eventsOf('Artillery shelled a village west of Donetsk on Friday.');
    expect(evs.map((e) => [e.type, e.place?.mention])).toEqual([['shelling', 'Donetsk']]);
  });

  it('a dateline in title case ("Odesa, Jun 8 (Agency)") is where the reporter was', () => {
    const evs = eventsOf('Odesa, Jun 8 (Reuters) At least three people were killed in a missile strike on Mykolaiv, the governor said.');
    expect(evs.map((e) => e.place?.mention)).toEqual(['Mykolaiv']);
  });

  it('negative: a capital that is attacked stays the place', () => {
    const evs = eventsOf('Russia launched a missile attack on Kyiv on Sunday, killing two people.');
    expect(evs.map((e) => [e.place?.mention, e.killed?.min])).toEqual([['Kyiv', 2]]);
  });

  it('a country that moved its troops somewhere is the mover, not the place ("Israel moved troops into southern Syria")', () => {
    const evs = eventsOf('Israel moved troops into a UN-patrolled buffer zone in southern Syria after the fall of the government in Damascus.');
    expect(evs.map((e) => e.place?.country)).toEqual(['SY']);
  });
});

describe('one incident told twice is one event', () => {
  it('"killed in the strike" with a nearby place of the same region completes the strike just reported', () => {
    const evs = eventsOf('An Israeli strike hit a school in Khan Younis on Tuesday, killing nine people.\n\nNasser Hospital in Gaza said four of those killed in the strike were children. It said two women were also killed.');
    expect(evs.map((e) => [e.type, e.place?.mention, e.killed?.min])).toEqual([['strike', 'Khan Younis', 9]]);
  });

  it('another attack mode at the same place and time is the same incident', () => {
    const evs = eventsOf('A Russian missile hit Pokrovsk on Sunday, killing 11 people. The governor said Russian troops also subjected Pokrovsk to heavy shelling.');
    expect(evs.map((e) => [e.type, e.place?.mention, e.killed?.min])).toEqual([['strike', 'Pokrovsk', 11]]);
  });

  it('negative: "the strike on" another region is a new event', () => {
    const evs = eventsOf('A Russian missile struck Dnipro on Tuesday. The strike on Kharkiv killed two people.');
    expect(evs.map((e) => e.place?.mention)).toEqual(['Dnipro', 'Kharkiv']);
  });
});

describe('tolls over many countries, and lists of different events', () => {
  it('a toll counted across many armed conflicts has no place, not the document\'s focus country', () => {
    const evs = eventsOf('A survey of 30 armed conflicts over the last 12 months found that more than 50,000 civilians were killed. Russian drones hit Kharkiv on Sunday.');
    const agg = evs.find((e) => e.scope === 'aggregate');
    expect(agg).toMatchObject({ type: 'civilian_casualties', place: null, killed: { min: 50000 } });
    expect(evs.filter((e) => e.place?.country === 'UA').map((e) => e.type)).toEqual(['drone_attack']);
  });

  it('"deaths of N in A, casualties in B and sexual violence in C": each place keeps its own kind and count', () => {
    const evs = eventsOf('The report describes the deaths of 300 children in Gaza, rising civilian casualties in Ukraine and widespread sexual violence in Sudan.');
    expect(evs.map((e) => [e.type, e.subtype, e.place?.mention, e.killed?.min ?? null])).toEqual([
      ['civilian_casualties', null, 'Gaza', 300],
      ['other', 'sexual_violence', 'Sudan', null],
    ]);
  });

  it('a capture and a shelling in one sentence: each place its own kind, the toll where it is told', () => {
    const evs = eventsOf('Russian forces captured Bakhmut and shelled Kherson, killing three people.');
    expect(evs.map((e) => [e.type, e.place?.mention, e.killed?.min ?? null]).sort()).toEqual([
      ['ground_advance', 'Bakhmut', null],
      ['shelling', 'Kherson', 3],
    ]);
  });

  it('negative: one kind of event at two places still gives both places', () => {
    const evs = eventsOf('Russian drones attacked Kharkiv and Odesa overnight, killing two people.');
    expect(evs.map((e) => e.place?.mention).sort()).toEqual(['Kharkiv', 'Odesa']);
  });

  it('the same toll told with the country and then with the village is one incident, at the village', () => {
    const evs = eventsOf('At least 40 civilians were killed in an RSF attack on a village in central Sudan on Sunday, activists said. An RSF attack on a village near Wad Madani in Gezira state killed at least 40 civilians, the committee said.');
    expect(evs).toHaveLength(1);
    expect(evs[0]).toMatchObject({ killed: { min: 40 } });
    expect(evs[0].place).toMatchObject({ country: 'SD', admin1: 'Al Jazirah' });
  });

  it('negative: different tolls in two places stay two incidents', () => {
    const evs = eventsOf('At least 12 civilians were killed in a drone strike in Sudan on Sunday. A drone strike on a market in El Obeid killed 5 people on Sunday.');
    expect(evs).toHaveLength(2);
  });
});

describe('a posture is not an advance', () => {
  it('"on the offensive in X" describes a stance', () => {
    expect(summary('Ukrainian troops remain on the offensive in the Kursk region.')).toEqual([]);
  });

  it('negative: "launched an offensive in X" is an offensive launch', () => {
    expect(summary('Russia launched an offensive in the Kharkiv region on Friday.')).toEqual(['ground_advance@Kharkiv region']);
  });
});

describe('hypotheticals, threats, aims and negations are not incidents', () => {
  it('attacks a person was planning, plotting or was responsible for are who they are, not what happened', () => {
    for (const text of [
      'The army said the man killed near Nabatieh had been planning attacks on troops in the area.',
      'Police said the cell was plotting bombings in Kano, officials said.',
      'The commander, responsible for attacks on border posts near Bunia, was arrested.',
    ]) expect(summary(text).filter((x) => /^(strike|shelling|drone_attack|ground_advance)@/.test(x)), text).toEqual([]);
  });

  it('"Yemen\'s Houthis", "Sudan\'s paramilitaries": the country of the attackers is not where they struck', () => {
    expect(summary("Yemen's Houthis said they fired missiles at a tanker in the Red Sea on Tuesday.")).toEqual(['strike@Red Sea']);
  });

  it('"could strike X again" is a possibility', () => {
    expect(summary('Russian forces could strike Zaporizhzhia again within days, officials warned.')).toEqual([]);
  });

  it('"threatened to encircle X" is a threat', () => {
    expect(summary('Russian forces have threatened to encircle Kupiansk.')).toEqual([]);
  });

  it('"no drones hit X" is a negation', () => {
    expect(summary('No drones hit Lviv overnight, the mayor said.')).toEqual([]);
  });

  it('"in a bid to make gains near X" is an aim', () => {
    expect(summary('Russia is shifting troops in a bid to make gains near Pokrovsk.')).toEqual([]);
  });

  it('an attack foiled, or one planned "to carry out", did not happen', () => {
    for (const text of [
      'Police said they had foiled a plot by a cell in Nablus to carry out a bombing in Tel Aviv.',
      'Security services thwarted an attack on a checkpoint near Jenin on Friday.',
      'The group had sent two fighters to Kidal to carry out attacks on the market, the army said.',
    ]) expect(summary(text), text).toEqual([]);
  });

  it('negative: forces that "thwarted and clashed with" an enemy fought', () => {
    expect(summary('Government forces thwarted and clashed with Houthi fighters in Marib on Monday.')).toEqual(['ground_advance@Marib']);
  });

  it('negative: a real capture followed by a threat still counts', () => {
    expect(summary('Russian troops have stormed Kurakhove and threaten to encircle it.')).toEqual(['ground_advance@Kurakhove']);
  });

  it('negative: a strike with nobody killed is still a strike', () => {
    const evs = eventsOf('A Russian missile hit Odesa on Sunday, though no one was killed.');
    expect(evs.map((e) => [e.type, e.place?.mention, e.killed?.min])).toEqual([['strike', 'Odesa', 0]]);
  });

  it('negative: talks that will be held are still (planned) talks', () => {
    expect(eventsOf('Negotiators will hold talks in Geneva on June 12.').map((e) => [e.type, e.status])).toEqual([['talks', 'planned']]);
  });
});

describe('damage told as its own item', () => {
  it('"But debris damaged a school" in a later paragraph with no place is its own damage event where the strike was', () => {
    const evs = eventsOf('A Russian missile struck the Poltava region on Wednesday, killing one person.\n\nThe air force said it shot down a second missile. But debris damaged a school and a kindergarten, officials said.');
    expect(evs.map((e) => [e.type, e.place?.mention, e.date?.start])).toEqual([
      ['strike', 'Poltava region', '2025-06-04'],
      ['infrastructure_damage', 'Poltava region', '2025-06-04'],
    ]);
  });

  it('negative: damage told in the same paragraph stays part of the strike', () => {
    expect(summary('A Russian missile struck Dnipro on Tuesday. Officials said the blast damaged several houses.')).toEqual(['strike@Dnipro']);
  });
});

describe('limits of the precision rules', () => {
  it('negative: "operations continue … after a missile struck X" is still the strike', () => {
    expect(summary('Search operations continue in Dnipro after a Russian missile struck an apartment block on Saturday.')).toEqual(['strike@Dnipro']);
  });

  it('negative: "the attack" in a city after a nationwide wave is that city\'s own event', () => {
    const evs = eventsOf('Russia launched 50 drones and 5 missiles at Ukraine overnight, the air force said.\n\nIn Kharkiv, the attack damaged a school.');
    expect(evs.map((e) => e.place?.mention)).toEqual(['Ukraine', 'Kharkiv']);
  });

  it('negative: "X, which was hit by drones" keeps X as the place', () => {
    expect(summary('The town would be another gain for Moscow, which was hit by drones on Sunday.')).toEqual(['drone_attack@Moscow']);
  });
});

describe('background', () => {
  it('a single attack more than a year before publication is background', () => {
    expect(summary('Prosecutors said the suspect helped plan the March 2022 bombing of the theatre in Mariupol.')).toEqual([]);
  });

  it('negative: an attack earlier this year is still an event', () => {
    const evs = eventsOf('A Russian missile struck Odesa on March 3, killing two people.');
    expect(evs.map((e) => [e.type, e.place?.mention, e.date?.start])).toEqual([['strike', 'Odesa', '2025-03-03']]);
  });
});

describe('more hypotheticals, parties, and capture words', () => {
  it('"could launch a new offensive in X" is a possibility', () => {
    expect(summary('Russia could launch a new offensive in the Sumy region this summer, Ukrainian commanders warned.')).toEqual([]);
  });

  it('countries named with talks held in a city are the parties, not places of talks', () => {
    expect(summary('Delegations from Russia and Ukraine held talks in Istanbul on Monday.')).toEqual(['talks@Istanbul']);
  });

  it('negative: talks with only countries named keep them', () => {
    expect(summary('Ukraine hosted talks on Monday, officials said.').length).toBeGreaterThan(0);
  });

  it('"had retaken X" is a capture', () => {
    const evs = eventsOf('The army said on Thursday it had retaken Wad Madani, the capital of Gezira state.');
    expect(evs.map((e) => e.place?.mention)).toEqual(['Wad Madani']);
    expect(evs[0].type).toMatch(/^(ground_advance|territorial_claim)$/);
  });

  it('"advanced near X" is a ground advance, not a strike', () => {
    expect(summary('Russian troops advanced near Pokrovsk, the Institute for the Study of War said.')).toEqual(['ground_advance@Pokrovsk']);
  });
});

describe('alerts, launches and "may"', () => {
  it('"air raid alerts … but no strikes were reported in X" is no strike', () => {
    expect(summary('Air raid alerts sounded across Ukraine overnight, but no strikes were reported in Kyiv.')).toEqual([]);
  });

  it('"officials warned that Russia may strike X" is a possibility', () => {
    expect(summary('Officials warned that Russia may strike the dam near Dnipro again.')).toEqual([]);
  });

  it('negative: "On 9 May 2025, shelling hit X" is dated, not hypothetical', () => {
    expect(summary('On 9 May 2025, shelling hit Kherson, killing one man.')).toEqual(['shelling@Kherson']);
  });

  it('"launched N drones at … with M downed over X" is a drone attack on X', () => {
    expect(summary('Ukraine launched more than 100 drones at Russian regions overnight, the ministry said, with 40 downed over the Bryansk region.')).toEqual(['drone_attack@Bryansk region']);
  });

  it('"had taken the village of X" is a capture', () => {
    const evs = eventsOf('Moscow said on Sunday its forces had taken the village of Velykozorivka in the Donetsk region.');
    expect(evs.map((e) => [e.type, e.place?.mention])).toEqual([['territorial_claim', 'Velykozorivka']]);
  });
});

describe('combined strikes', () => {
  it('"struck X with missiles and drones" is one combined strike', () => {
    expect(summary('Russia struck Kyiv with missiles and drones overnight, killing five people.')).toEqual(['strike@Kyiv']);
  });
});

describe('a place\'s own part of a shared toll', () => {
  it('"killed 20 in Gaza, including eight in X and five in Y": each place its own count', () => {
    const evs = eventsOf('Israeli strikes killed 20 people in Gaza on Sunday, including eight in Deir al-Balah and five in Khan Younis, health officials said.');
    const k = Object.fromEntries(evs.map((e) => [e.place?.mention, e.killed?.min]));
    expect(k).toMatchObject({ 'Deir al-Balah': 8, 'Khan Younis': 5 });
    expect(evs.find((e) => e.place?.mention === 'Khan Younis')?.tollShared).toBeFalsy();
  });

  it('negative: a toll for two places with no split stays shared', () => {
    const evs = eventsOf('Russian drones attacked Kharkiv and Odesa overnight, killing two people.');
    expect(evs.map((e) => [e.killed?.min, e.tollShared])).toEqual([[2, true], [2, true]]);
  });
});

describe('generic statements', () => {
  it('"daily shelling and drone strikes" describe a pattern', () => {
    expect(summary('Residents of Pokrovsk describe daily shelling and drone strikes as Russian troops close in on the town.')).toEqual([]);
  });

  it('"has come under near-constant attack" is a pattern', () => {
    expect(summary('Sumy has come under near-constant attack since Russian troops massed near the border.')).toEqual([]);
  });

  it('"to protect X from missiles" is an aim', () => {
    expect(summary('The president urged allies to send more air defence systems to protect Odesa from Russian missiles.')).toEqual([]);
  });

  it('"killed in X in the past month" is a running total', () => {
    const evs = eventsOf('The UN said 1,200 civilians had been killed in the Darfur region in the past month alone.');
    expect(evs.map((e) => [e.type, e.scope, e.killed?.min])).toEqual([['civilian_casualties', 'aggregate', 1200]]);
  });

  it('negative: a daily toll report of one attack is still an incident', () => {
    expect(summary('Russian shelling killed two people in Nikopol on Sunday, the governor said in his daily update.')).toEqual(['shelling@Nikopol']);
  });
});

describe('a region whose border is crossed is where the advance came from', () => {
  it('"reached the border of the Donetsk People\'s Republic and pushed into the Dnipropetrovsk region": one claim, in Dnipropetrovsk', () => {
    const s = summary("Russia's Defence Ministry said tank crews had reached the western border of the Donetsk People's Republic and pushed into the Dnipropetrovsk region.");
    expect(s.some((x) => x.endsWith('@Dnipropetrovsk region'))).toBe(true);
    expect(s.some((x) => x.includes("Donetsk People's Republic"))).toBe(false);
  });

  it('a capture in the Donetsk People\'s Republic itself is still placed there', () => {
    const s = summary("Russia's Defence Ministry said its troops had captured the village of Novoselivka in the Donetsk People's Republic.");
    expect(s.some((x) => /territorial_claim|ground_advance/.test(x))).toBe(true);
  });
});

describe('attempts, forecasts and changes told since long ago are no new capture', () => {
  it('a long effort to take a place ("have been trying to encircle") is no capture', () => {
    for (const text of [
      'Russian forces have been trying to encircle Pokrovsk for more than a year.',
      'Junta troops have been seeking to retake Hpakant since the spring.',
      'The RSF had been attempting to capture El Fasher for eighteen months.',
    ]) expect(summary(text).filter((x) => x.startsWith('ground_advance')), text).toEqual([]);
  });
  it('negative: one dated attempt is a battle for the place', () => {
    expect(summary('The RSF tried to capture El Fasher again on Sunday.')).toEqual(['ground_advance@El Fasher']);
  });
  it('what analysts say the fall of a town would open is no capture', () => {
    expect(summary('Analysts say the fall of the town would open the road to Kramatorsk and Sloviansk.')).toEqual([]);
    expect(summary('Officials fear the capture of Bara could expose El Obeid.')).toEqual([]);
  });
  it('ground "since" taken, over years, is the backdrop', () => {
    expect(summary('The M23 resumed fighting in 2021 and has since seized large parts of Rutshuru and Masisi.')).toEqual([]);
  });
  it('negative: a capture told beside an attempt is still a capture', () => {
    expect(summary('Russian troops captured Bakhmut in May, and Ukrainian units have been trying to win back the villages around it.'))
      .toEqual(['ground_advance@Bakhmut']);
    expect(summary('Russian troops captured Pishchane on Monday, the ministry said.')).toEqual(['territorial_claim@Pishchane']);
  });
});

describe('victims described by where they fled from', () => {
  it('"displaced families who had fled El Fasher": no place of the attack, no new flight', () => {
    const evs = eventsOf('A drone strike on a market in the North Darfur town of Tawila killed 14 people on Tuesday. '
      + 'Medics said 22 more were wounded and that most of the victims were traders and displaced families who had fled El Fasher.',
    '2025-11-12');
    expect(evs.map((e) => e.place?.mention)).toEqual(['Tawila']);
    expect(evs[0].injured?.min).toBe(22);
  });
  it('negative: families who fled a town, told as the news, are a displacement there', () => {
    const evs = eventsOf('Thousands of families fled Tawila on Tuesday after the RSF shelled its outskirts.', '2025-11-12');
    expect(evs.some((e) => e.type === 'other' && e.subtype === 'displacement')).toBe(true);
  });
});

describe('strikes named as what a halt would stop', () => {
  it('"a moratorium on strikes against ports", "a ban on attacks on energy sites" tell no strike', () => {
    for (const text of [
      'The minister said Kyiv would discuss a moratorium on strikes against ports and energy facilities if Moscow agreed to a truce.',
      'Both sides agreed to a pause on attacks against energy sites in Zaporizhzhia.',
    ]) expect(summary(text).filter((x) => /strike|drone|shelling|damage/.test(x)), text).toEqual([]);
  });
  it('negative: a strike told beside a call for a halt is still a strike', () => {
    expect(summary('A missile struck a port in Odesa on Monday, days after Kyiv proposed a moratorium on strikes.').map((x) => x.split('@')[0]))
      .toContain('strike');
  });
});

describe('talks offered, unscheduled or named as a subject are no round', () => {
  it('an offer to host, a round with no date, results of talks and what depends on them', () => {
    for (const text of [
      'Ankara was ready to host a new round of prisoner exchange talks within days if both sides agreed.',
      'The Kremlin said no date had been set for a new round of talks with Ukraine.',
      'What happens at the front next depends partly on talks.',
      'The swaps are among the few results of the talks between Kyiv and Moscow.',
    ]) expect(summary(text), text).toEqual([]);
  });
  it('negative: a round held, or one set for a day, is talks', () => {
    expect(summary('Russian and Ukrainian delegations held a second round of talks in Istanbul on Monday.')).toEqual(['talks@Istanbul']);
    expect(summary('Kyiv and Moscow agreed to a prisoner exchange at talks in Istanbul on Monday.').map((x) => x.split('@')[0]))
      .toContain('talks');
  });
});

describe('talks told as envoys or representatives meeting', () => {
  it('mediators, representatives or delegates who meet somewhere are talks there', () => {
    for (const [text, venue] of [
      ['Envoys of the army and the RSF will meet in Jeddah next week to discuss a truce.', 'Jeddah'],
      ['Qatari and Egyptian mediators will meet Hamas officials in Cairo on Tuesday.', 'Cairo'],
      ['Representatives of the junta and the Kachin Independence Army met in Kunming in March.', 'Kunming'],
      ['Delegates of both parties are to meet in Muscat to finalise the lists for a prisoner swap.', 'Muscat'],
    ]) expect(summary(text), text).toEqual([`talks@${venue}`]);
  });

  it('negative: representatives who meet people in need are no talks; a swap itself is no talks', () => {
    expect(summary('Representatives of UNICEF met displaced families in Kassala on Monday.')).not.toContain('talks@Kassala');
    expect(summary('Ukraine and Russia carried out a prisoner swap on Friday.').map((x) => x.split('@')[0])).toEqual(['other']);
  });
});

describe('talks: the venue, not the parties', () => {
  it('"terms Kyiv rejected" at talks in Istanbul: one talks event, in Istanbul', () => {
    const s = summary("At the talks in Istanbul on June 2, Moscow's negotiators demanded a Ukrainian withdrawal, terms Kyiv rejected as an ultimatum.");
    expect(s.filter((x) => x.startsWith('talks@'))).toEqual(['talks@Istanbul']);
  });

  it('a capital that is the venue stays the venue: talks in Doha about a Gaza ceasefire are in Doha', () => {
    const s = summary('Israeli and Hamas negotiators resumed talks in Doha on Sunday on a ceasefire in Gaza.');
    expect(s.filter((x) => x.startsWith('talks@'))).toContain('talks@Doha');
  });

  it('an attack told against talks elsewhere is not placed at the talks\' venue', () => {
    for (const text of [
      'The strike came days after a second round of direct peace talks between the two delegations in Istanbul on June 2 ended with a prisoner swap but no truce.',
      'Moscow has stepped up its attacks on Ukrainian cities since a second round of talks in Istanbul on June 2 ended without a truce.',
    ]) {
      const s = summary(text);
      expect(s, text).toContain('talks@Istanbul');
      expect(s.filter((x) => x.endsWith('@Istanbul') && !x.startsWith('talks@')), text).toEqual([]);
    }
  });
});

describe('a government named by its capital is no place where something happened', () => {
  it('"as Moscow tries to seize it back", "Moscow faces", "Kremlin leader" place nothing in Moscow', () => {
    for (const text of [
      'Much of the town lies in ruins as Moscow tries to seize it back in a slow advance.',
      'While Russian forces have made small gains along the front, Moscow faces mounting costs.',
      'Kremlin leader Vladimir Putin said his troops had captured two villages.',
    ]) expect(summary(text).filter((s) => /Moscow|Kremlin/.test(s)), text).toEqual([]);
  });

  it('negative: drones over Moscow are over Moscow', () => {
    expect(summary('Drones attacked Moscow overnight, the mayor said.')).toEqual(['drone_attack@Moscow']);
  });
});

describe('what would happen is not what happened', () => {
  it('"Capturing X would …", "The fall of X could …" report no capture', () => {
    for (const text of [
      'Capturing Pokrovsk would give Moscow its biggest gain in a year.',
      'The fall of Kupiansk could open the road to Kharkiv, analysts said.',
    ]) expect(summary(text), text).toEqual([]);
  });

  it('negative: a capture told as done is an event', () => {
    expect(summary('Russian troops captured Pokrovsk on Sunday, the ministry said.').length).toBe(1);
  });
});

describe('a place compared with is no place of the event', () => {
  it('"than in Kyiv", "closer to Russia" are not where the deaths were', () => {
    const s = summary('At least 12 people died of cold this winter in Rivne, where the grid is less damaged than in Kyiv or in regions closer to Russia.');
    expect(s.some((x) => /Kyiv|Russia/.test(x))).toBe(false);
    expect(s.some((x) => /Rivne/.test(x))).toBe(true);
  });
});

describe('a region-level lead and a place-level detail naming the same target are one incident', () => {
  it('"Strikes on a market in the Kordofan region killed 28" then "drones bombed a market in Sudri": one attack at Sudri', () => {
    const evs = eventsOf('Strikes on a market in Sudan\'s Kordofan region killed at least 28 people, a rights group said on Monday. ' +
      'The group said drones bombed a crowded market in Sudri in North Kordofan on Sunday.', '2026-02-16');
    const attacks = evs.filter((e) => ['strike', 'drone_attack', 'shelling'].includes(e.type));
    expect(attacks).toHaveLength(1);
    expect(attacks[0]).toMatchObject({ place: { name: 'Sudri' }, killed: { min: 28 } });
  });

  it('negative: a detail about another target is another attack', () => {
    const evs = eventsOf('Strikes on a market in Sudan\'s Kordofan region killed at least 28 people, a rights group said on Monday. ' +
      'The group said drones also hit a school in Sudri in North Kordofan on Sunday.', '2026-02-16');
    expect(evs.filter((e) => ['strike', 'drone_attack', 'shelling'].includes(e.type)).length).toBe(2);
  });
});

describe('warnings and backdrops are not news', () => {
  it('"experts warn that deeper incursions into X could …" places no advance and no damage', () => {
    for (const text of [
      'Experts warn that deeper incursions into the Zaporizhzhia region — home to a vast power plant — could cripple the grid.',
      'Officials fear that an offensive on Kharkiv might damage the city’s water supply.',
    ]) expect(summary(text), text).toEqual([]);
  });

  it('negative: a warning beside a reported attack keeps the attack', () => {
    expect(summary('Drones struck Kharkiv on Sunday, and officials warned that more attacks could follow.').length).toBe(1);
  });

  it('"amid stalled peace talks" is the backdrop of the news, not a new round', () => {
    expect(summary('Russian troops captured Pokrovsk on Sunday amid stalled peace talks.').map((s) => s.split('@')[0])).not.toContain('talks');
  });

  it('negative: talks told as the news are talks', () => {
    expect(summary('Ukrainian and Russian delegations held talks in Istanbul on Monday.').map((s) => s.split('@')[0])).toContain('talks');
  });
});

describe('a toll right after a sentence that sets a period is that period\'s running total', () => {
  const strike = 'A drone strike hit a farmhouse in Kupiansk on Saturday, police said.';
  it('"… since the conflict began in 2022. More than 300 civilians have been killed" is not added to the last strike', () => {
    const evs = eventsOf(`${strike} Kupiansk has been shelled since the conflict began in 2022. More than 300 civilians have been killed.`);
    expect(evs.filter((e) => e.scope === 'incident' && e.killed)).toHaveLength(0);
  });
  it('"since the full-scale war broke out" sets a period too', () => {
    const evs = eventsOf(`${strike} Shelling has emptied the town since the full-scale war broke out. Dozens of residents have been wounded.`);
    expect(evs.filter((e) => e.scope === 'incident' && e.injured)).toHaveLength(0);
  });
  it('negative: a toll right after the incident still completes it', () => {
    const evs = eventsOf('A drone strike hit a farmhouse in Kupiansk on Saturday, police said. Two people were killed.');
    expect(evs.find((e) => e.place?.mention === 'Kupiansk')?.killed?.min).toBe(2);
  });
});

describe('what an incident "came after" is an earlier incident of its own', () => {
  // 2025-06-09 is a Monday.
  it('"The attack came two days after a missile struck X, killing nine" is a strike at X, two days before', () => {
    const evs = eventsOf('A Ukrainian drone hit a fuel depot in Belgorod on Monday, officials said. The attack came two days after a Russian missile struck a residential block in Sumy, killing at least nine people.');
    expect(evs.map((e) => [e.type, e.place?.mention, e.killed?.min ?? null])).toEqual([['drone_attack', 'Belgorod', null], ['strike', 'Sumy', 9]]);
    expect(evs[1].date).toMatchObject({ start: '2025-06-07', end: '2025-06-07' });
  });
  it('"The bombing followed an ambush that killed 12 soldiers" keeps the soldiers off the bombing', () => {
    const evs = eventsOf('Government jets bombed a market in Kutum on Sunday, killing four traders. The bombing followed an ambush near Tawila in which militiamen killed 12 soldiers.');
    expect(evs.find((e) => e.place?.mention === 'Kutum')?.killed?.min).toBe(4);
    expect(evs.find((e) => e.place?.mention === 'Tawila')?.killed?.min).toBe(12);
  });
  it('"hours after" dates the earlier incident to the same day or the one before', () => {
    const evs = eventsOf('Shelling hit Nikopol on Monday. The barrage came hours after drones struck a bus in Marhanets, wounding six.');
    const bus = evs.find((e) => e.place?.mention === 'Marhanets');
    expect(bus).toMatchObject({ injured: { min: 6 }, date: { start: '2025-06-08', end: '2025-06-09' } });
  });
  it('negative: "came after a long pause" tells no incident', () => {
    expect(summary('Both sides freed 84 prisoners in a swap on Sunday. The exchange came after a long pause.').filter((s) => s.startsWith('strike'))).toEqual([]);
  });
  it('negative: a sentence that only retells the attack still completes it', () => {
    const evs = eventsOf('A missile hit a clinic in Kramatorsk on Sunday. The strike killed three medics.');
    expect(evs.map((e) => [e.type, e.place?.mention, e.killed?.min])).toEqual([['strike', 'Kramatorsk', 3]]);
  });
});

describe('a country that names whose forces acted is not where it happened', () => {
  it('"US and British warplanes struck targets near Hodeidah" is at Hodeidah, not in the United States', () => {
    const places = eventsOf('US and British warplanes struck Houthi targets near Hodeidah on Monday.').map((e) => e.place?.country);
    expect(places).toEqual(['YE']);
  });
  it('"Israeli jets" and "Russia forces" name the attacker too', () => {
    expect(eventsOf('Israel jets bombed a house in Nabatieh on Sunday, killing two.').map((e) => e.place?.country)).toEqual(['LB']);
  });
  it('negative: a strike "in Syria" is still in Syria', () => {
    expect(eventsOf('An air strike in Syria killed five people on Sunday, a monitor said.').map((e) => e.place?.country)).toEqual(['SY']);
  });
});

describe('"a shell" is shelling', () => {
  it('"killed by a shell that hit their home" is shelling', () => {
    expect(summary('A woman was killed by a shell that hit her home in Kherson on Sunday.')).toEqual(['shelling@Kherson']);
  });
  it('negative: "shells" and "shelled" were shelling already; a drone stays a drone', () => {
    expect(summary('A drone hit a car in Kherson on Sunday, killing the driver.')).toEqual(['drone_attack@Kherson']);
  });
});

describe('what began, named as a time, is no event of its own', () => {
  it('"killed 92 since the truce took effect" is a running toll, not a truce', () => {
    const evs = eventsOf('Israeli fire has killed at least 92 Palestinians in Gaza since the truce took effect on January 19, a Hamas spokesman said.');
    expect(evs.map((e) => e.type)).not.toContain('other');
    expect(evs.every((e) => e.scope === 'aggregate')).toBe(true);
  });
  it('"has not struck Yemen since it agreed a truce" tells no truce', () => {
    expect(summary('The US has not struck Yemen since it agreed a truce with the Houthis last May.')).toEqual([]);
  });
  it('"a day after the October 7 attack" is a time, not an attack', () => {
    const evs = eventsOf('Hezbollah opened a front in Lebanon a day after the October 7 attack.');
    expect(evs.filter((e) => e.type === 'strike' || e.type === 'civilian_casualties')).toEqual([]);
  });
  it('negative: "A ceasefire took effect on Sunday" is news', () => {
    expect(summary('A ceasefire took effect in Sweida on Sunday.').map((s) => s.split('@')[0])).toContain('other');
  });
});

describe('a war as the subject of "killed" gives the war\'s toll', () => {
  it('"The 2024 war, which began …, killed more than 4,000 people in Lebanon" is a running total of deaths', () => {
    const evs = eventsOf('The 2024 war, which began when Hezbollah opened a front, killed more than 4,000 people in Lebanon.');
    expect(evs.map((e) => [e.type, e.subtype, e.scope, e.killed?.min])).toEqual([['other', 'conflict_deaths', 'aggregate', 4000]]);
  });
  it('negative: "The fighting killed two soldiers near Uvira on Sunday" is an incident', () => {
    expect(eventsOf('The fighting killed two soldiers near Uvira on Sunday.').every((e) => e.scope === 'incident')).toBe(true);
  });
});

describe('a country that acts is not the place', () => {
  it('"as Israel steps up attacks" leaves the strikes in the Bekaa', () => {
    expect(eventsOf('Israeli air strikes in the Bekaa Valley killed five people overnight, as Israel steps up attacks on Hezbollah.')
      .map((e) => e.place?.country)).toEqual(['LB']);
  });
  it('"The United States carried out strikes on Houthi targets near Hodeidah" is in Yemen', () => {
    expect(eventsOf('The United States carried out strikes on Houthi targets near Hodeidah on Monday.').map((e) => e.place?.country)).toEqual(['YE']);
  });
});

describe('a running toll "in the region" and a governor abbreviated', () => {
  it('"31 civilians have been killed in the region since January 1" is the region named before', () => {
    const evs = eventsOf('A drone struck a car in the Belgorod region on Friday, killing three, Governor Gladkov said. '
      + 'According to Gladkov, 31 civilians have been killed in the region since January 1.', '2026-03-14');
    const total = evs.find((e) => e.scope === 'aggregate');
    expect(total?.place?.admin1).toBe('Belgorod Oblast');
  });
  it('negative: a running toll with no region word stays with the speaker\'s territory or the country', () => {
    const evs = eventsOf('A drone struck a car in the Belgorod region on Friday, killing three. '
      + 'More than 300 civilians have been killed in Russia since the war began, officials say.', '2026-03-14');
    expect(evs.find((e) => e.scope === 'aggregate')?.place?.admin1 ?? null).toBeNull();
  });
  it('"Donetsk regional Gov. Vadym Filashkin said" is the speaker\'s office, not a second place', () => {
    expect(summary('Russian shelling of Kostiantynivka killed two people on Monday, Donetsk regional Gov. Vadym Filashkin said.'))
      .toEqual(['shelling@Kostiantynivka']);
  });
});

describe('air defences fighting off drones fight no battle', () => {
  it('"air defences fought off a drone attack on Moscow" is a drone attack, not a battle', () => {
    expect(summary('Russian air defences fought off a drone attack on Moscow overnight.').map((s) => s.split('@')[0])).toEqual(['drone_attack']);
  });
  it('negative: "Ukrainian troops fought Russian units near Pokrovsk" is a battle', () => {
    expect(summary('Ukrainian troops fought Russian units near Pokrovsk on Sunday.').map((s) => s.split('@')[0])).toEqual(['ground_advance']);
  });
});

describe('water beside a town', () => {
  it('"Ukraine\'s Danube river port of Izmail" is Izmail', () => {
    expect(summary('Russian drones struck grain warehouses in Ukraine\'s Danube river port of Izmail overnight.')).toEqual(['drone_attack@Izmail']);
  });
  it('"across the Danube from Izmail" is no place of an event', () => {
    const evs = eventsOf('Russian drones struck Izmail overnight. Romania\'s Defence Ministry, whose territory lies across the Danube from Izmail, said no drone entered its airspace during either attack.');
    expect(evs.map((e) => e.place?.mention)).toEqual(['Izmail']);
  });
  it('water told as a line, a bank or the name of a port is no place when the sentence names land', () => {
    for (const [text, at] of [
      ['In Nikopol, across the Dnipro River from the occupied plant, two medics were hurt when a drone hit their ambulance.', 'Nikopol'],
      ['A drone hit a house in Kherson, and much of the right bank of the Dnipro River lost power.', 'Kherson'],
      ['Russian drones attacked the Danube port of Izmail overnight, damaging port infrastructure.', 'Izmail'],
    ]) expect(eventsOf(text).map((e) => e.place?.mention), text).toEqual([at]);
  });
  it('negative: drones downed over the Black Sea were there, beside a region named too', () => {
    const evs = eventsOf('Air defences downed 30 drones over the Black Sea and 12 over the Krasnodar region overnight.');
    expect(evs.map((e) => e.place?.name)).toContain('Black Sea');
  });
  it('negative: attacks "in the Red Sea and the Gulf of Aden" are at sea', () => {
    const evs = eventsOf('The Houthis have launched at least 27 attacks on commercial shipping in the Red Sea and the Gulf of Aden since November, in solidarity with Gaza.');
    expect(evs.map((e) => e.place?.name)).toContain('Red Sea');
  });
});

describe('parties, appeals, conditions and descriptions are not where anything happened', () => {
  const places = (text: string) => eventsOf(text).map((e) => e.place?.name ?? null);
  it('the state whose flag a ship flies is no place of the attack', () => {
    for (const text of [
      'Missiles struck the port of Odesa late on Monday, killing six dock workers and damaging a cargo ship flying the flag of Panama.',
      'A drone struck a tanker sailing under the flag of Panama off Hodeidah.',
    ]) expect(eventsOf(text).map((e) => e.place?.country), text).not.toContain('PA');
    expect(eventsOf('A drone struck a tanker sailing under the flag of Liberia off Hodeidah.').map((e) => e.place?.country)).not.toContain('LR');
  });
  it('a bulletin\'s section head is no place: "Energy:", "Health:"', () => {
    for (const head of ['Energy', 'Health', 'Access']) {
      const text = `${head}: Strikes on substations left parts of Kharkiv and Sumy oblasts without power.`;
      expect(eventsOf(text).map((e) => e.place?.mention), text).not.toContain(head);
    }
  });
  it('a government that calls, is called on, or speaks with its allies is no place', () => {
    expect(places('Ukraine struck a refinery in Saratov on Sunday. Moscow calls them terrorist attacks.')).not.toContain('Moscow');
    expect(places('Zelensky said the attack on Dnipro showed Russia wanted war, and called on the United States to approve new sanctions.'))
      .not.toContain('United States');
    expect(places('The attacks come as US and European officials push for a new round of talks.')).not.toContain('United States');
    expect(places('Kyiv and its Western allies say thousands of civilians have been killed in Russian strikes on cities.')).not.toContain('Kyiv');
  });
  it('"does not usually comment on attacks inside Russia" tells no attack', () => {
    expect(summary('Ukraine does not usually comment on specific attacks inside Russia.')).toEqual([]);
  });
  it('"If Huliaipole has indeed fallen, it would be the largest town captured since 2022" is a condition', () => {
    expect(summary('If Huliaipole has indeed fallen, it would be the largest town in the region captured by Russia since 2022.')).toEqual([]);
  });
  it('strikes from work and who controls what are no attacks or advances', () => {
    expect(summary('In Butembo, classes resumed on Monday after a week of strikes by teachers.')).toEqual([]);
    expect(places('The SDF, which controls much of north-eastern Syria including Raqqa, fought the Islamic State group with US backing.'))
      .not.toContain('Ar Raqqah');
  });
  it('a group named for liberation, a US-brokered deal and "authorities in Damascus" place nothing', () => {
    expect(summary('A further round, to include the Ta\'ang National Liberation Army, will be held next month.').map((s) => s.split('@')[0]))
      .not.toContain('territorial_claim');
    expect(places('A U.S.-brokered deal in May ended weeks of American airstrikes on the rebels.')).not.toContain('United States');
  });
  it('"launched 96 drones at Ukraine from Kursk, Bryansk and occupied Crimea" is an attack on Ukraine only', () => {
    expect(places('Overnight, Russia launched 96 drones at Ukraine from Kursk, Bryansk and occupied Crimea, the Air Force said.')).toEqual(['Ukraine']);
  });
  it('"a missile at Ben Gurion Airport near Tel Aviv" is at the airport', () => {
    expect(places('The rebels fired a ballistic missile at Ben Gurion Airport near Tel Aviv on Sunday.')).toEqual(['Ben Gurion International Airport']);
  });
  it('negative: "Drones hit Kharkiv and Sumy" keeps both cities', () => {
    expect(places('Drones hit Kharkiv and Sumy overnight, officials said.').sort()).toEqual(['Kharkiv', 'Sumy']);
  });
});

describe('a toll over the first months of the year is a running total', () => {
  it('"more than 7,000 people were killed in the fighting in the first months of this year"', () => {
    const evs = eventsOf('The Congolese government says more than 7,000 people were killed in the fighting in eastern Congo in the first months of this year.');
    expect(evs.every((e) => e.scope === 'aggregate')).toBe(true);
  });
});

describe('a hedged report is not a condition', () => {
  it('"If true, it would be the first time …" keeps the event it hedges (fusion reads it as a possibility)', () => {
    expect(summary('If true, it would be the first time Russian troops have fought inside the Dnipropetrovsk region.').length).toBeGreaterThan(0);
  });
});

describe('a country described before it acts, and a port city named after its sea', () => {
  it('"Israel, which the Houthis regularly target, struck Hodeidah port" is a strike on Hodeidah only', () => {
    expect(eventsOf('Israel, which the Houthis regularly target with missiles, struck Hodeidah port in late July, killing one person.')
      .map((e) => e.place?.country)).toEqual(['YE']);
  });
  it('"the Red Sea port city of Hodeidah" is Hodeidah, not Sudan\'s Red Sea state', () => {
    expect(eventsOf('Israeli warplanes struck a power station in the Red Sea port city of Hodeidah on Sunday.').map((e) => e.place?.country)).toEqual(['YE']);
  });
  it('negative: "Port Sudan, on the Red Sea" and "a Red Sea port" stay themselves', () => {
    expect(eventsOf('Drones struck Port Sudan, on the Red Sea, on Sunday.').map((e) => e.place?.country)).toEqual(['SD']);
  });
});

describe('a ministry named by its seat speaks from there', () => {
  it('"The defence ministry in Damascus said its forces repelled an attack east of Manbij" is not in Damascus', () => {
    expect(eventsOf('The defence ministry in Damascus said its forces had repelled an SDF attack on army positions east of Manbij.')
      .map((e) => e.place?.name)).not.toContain('Damascus');
  });
  it('negative: "a strike on a ministry in Damascus" is in Damascus', () => {
    expect(eventsOf('An Israeli strike hit the defence ministry building in Damascus on Wednesday.').map((e) => e.place?.name)).toContain('Damascus');
  });
});

describe('a city district of the city just named', () => {
  it('"Russian shelling of Kherson killed a man in the Dniprovskyi district" is one event, in Kherson', () => {
    expect(summary('Russian shelling of Kherson killed a man riding a bicycle in the Dniprovskyi district on Saturday.')).toEqual(['shelling@Kherson']);
  });
  it('negative: "the Pokrovsk district of Donetsk region" named with its region stays', () => {
    expect(eventsOf('Shelling hit Kharkiv and the Pokrovsk district of the Donetsk region on Sunday.').map((e) => e.place?.admin1).sort())
      .toEqual(['Donetsk Oblast', 'Kharkiv Oblast']);
  });
});

describe('where the wounded were taken, and a truce behind the news', () => {
  it('"Of the 23 wounded taken to Uvira general hospital, 10 were children" adds to the attack, not an event at Uvira', () => {
    const evs = eventsOf('Shells hit the village of Kiliba on Tuesday, killing eight civilians, local officials said. '
      + 'Of the 23 wounded taken to Uvira general hospital, 10 were children, a doctor there said.');
    expect(evs.map((e) => e.place?.name)).not.toContain('Uvira');
  });
  it('other phrasings: "evacuated 11 wounded people to hospital in Bunia", "rushed to a hospital in Kramatorsk"', () => {
    for (const [text, elsewhere] of [
      ['Gunmen attacked a camp near Fataki on Saturday, killing four people. Peacekeepers evacuated 11 wounded people to hospital in Bunia.', 'Bunia'],
      ['A missile hit a shop in Sloviansk on Monday, killing two. Five injured people were rushed to a hospital in Kramatorsk.', 'Kramatorsk'],
    ]) {
      const evs = eventsOf(text);
      expect(evs.map((e) => e.place?.name), text).not.toContain(elsewhere);
      expect(evs.map((e) => e.injured?.min), text).toEqual([text.includes('11') ? 11 : 5]);
    }
    // Negative: an attack on a hospital in a town is there.
    expect(eventsOf('A drone hit a hospital in Kramatorsk on Monday, wounding five people.').map((e) => e.place?.name)).toEqual(['Kramatorsk']);
  });
  it('"… killed two, despite the ceasefire that took effect last November" tells no ceasefire', () => {
    expect(summary('An Israeli drone strike on a car near Nabatieh killed two people on Wednesday, despite the ceasefire that took effect last November.')
      .map((s) => s.split('@')[0])).toEqual(['drone_attack']);
  });
});

describe('appeals, mediators and flight', () => {
  it('"Washington urged Moscow and Kyiv to halt strikes on energy facilities" is no strike anywhere', () => {
    expect(summary('Washington urged Moscow and Kyiv to halt strikes on energy facilities.')).toEqual([]);
  });
  it('"a truce mediated by Qatar and the United States took effect in Goma" is in Goma', () => {
    expect(eventsOf('A truce mediated by Qatar and the United States took effect in Goma on Sunday.').map((e) => e.place?.name)).toEqual(['Goma']);
  });
  it('"Assad fled to Moscow after rebels seized Damascus" is a capture of Damascus only', () => {
    expect(eventsOf('Assad fled to Moscow after rebels seized Damascus in December.').map((e) => e.place?.name)).toEqual(['Damascus']);
  });
  it('negative: "Russian troops stopped short of Pokrovsk" … "drones struck Kharkiv after air defences failed to stop them" keeps the strike', () => {
    expect(summary('Drones struck Kharkiv overnight after air defences failed to stop them.').map((s) => s.split('@')[0])).toContain('drone_attack');
  });
});

describe('a part of a city and the city are one incident', () => {
  it('"shells fell on the Hajar Al-Mak neighbourhood of Kadugli" is one shelling', () => {
    expect(eventsOf('Shells fell on the Hajar Al-Mak neighbourhood of Kadugli on Monday, killing three people.')).toHaveLength(1);
  });
  it('negative: "strikes hit Kadugli and the town of Dilling" are two', () => {
    expect(eventsOf('Drone strikes hit Kadugli and the town of Dilling on Monday, killing five people.')).toHaveLength(2);
  });
});

describe('the party accused is not where it happened', () => {
  it('"accusing Kyiv of a missile strike", "blamed Moscow for the attack"', () => {
    expect(summary('A blast hit a fuel depot in Tokmak on Sunday, officials said, accusing Kyiv of a missile strike.'))
      .toEqual(['strike@Tokmak']);
    expect(summary('Ukrainian officials blamed Moscow for the attack on the market in Kostiantynivka on Monday.'))
      .not.toContain('strike@Moscow');
  });
  it('"Russia and Ukraine blamed each other" makes no event at either', () => {
    expect(summary('Shelling hit the market in Horlivka on Monday. Russia and Ukraine blamed each other for the attack.'))
      .toEqual(['shelling@Horlivka']);
  });
  it('negative: two countries that "continued to exchange strikes" are each where strikes fell', () => {
    expect(summary('Overnight, both Russia and Ukraine continued to exchange drone strikes.')).toContain('drone_attack@Russia');
  });
});

describe('where people fled to is not where anything happened', () => {
  it('"fled toward Sake and Goma", "fled to Mandalay": no displacement at the destination', () => {
    const s = summary('Fighting broke out near Kitshanga on Monday. About 12,000 people fled toward Sake and Goma, local officials said.');
    expect(s.filter((x) => /@(Sake|Goma)$/.test(x))).toEqual([]);
    expect(summary('Residents of Let Pan said many families had fled to Mandalay.').filter((x) => x.endsWith('@Mandalay'))).toEqual([]);
  });
  it('negative: where people fled from is the displacement\'s place', () => {
    expect(summary('Thousands of residents fled Kupiansk on Friday as shelling intensified, officials said.')).toContain('other@Kupiansk');
  });
});

describe('a country or city that acts, speaks or negotiates is not where it happened', () => {
  it('"U.S. and British air strikes on …": the countries whose strikes they were', () => {
    expect(summary('Rebel television reported U.S. and British air strikes on the port of Hodeidah on Tuesday night.'))
      .not.toContain('strike@U.S');
  });
  it('"Washington opposed Israel\'s strikes on Beirut": Washington opposes, it is not struck', () => {
    const s = summary('The secretary of state said on Tuesday that Washington opposed Israel\'s strikes on Beirut.');
    expect(s.filter((x) => x.includes('Washington'))).toEqual([]);
  });
  it('"said in Beirut that …", "who spoke in Geneva": where someone spoke', () => {
    expect(summary('The speaker said in Beirut that Lebanon would not negotiate directly with Israel while the strikes continued.'))
      .toEqual([]);
    const s = summary('The prime minister, who spoke in Geneva, said more than 7,000 people had been killed in eastern Congo since January.');
    expect(s.filter((x) => x.includes('Gen'))).toEqual([]);
  });
  it('negative: a city struck after "in" still is the place ("strikes in Beirut", "shelling in Kharkiv")', () => {
    expect(summary('Israeli strikes in Beirut killed four people on Monday, the health ministry said.')).toContain('strike@Beirut');
  });
});

describe('a country named with its armed group, or as a dateline\'s country, is not where it happened', () => {
  it('"Yemen\'s Houthi rebels said they struck a ship in the Red Sea" is at sea only', () => {
    expect(summary('Yemen\'s Houthi rebels said on Thursday they had struck a cargo ship in the Red Sea.')).toEqual(['strike@Red Sea']);
  });
  it('"DUBAI, United Arab Emirates — …" is a dateline', () => {
    expect(summary('DUBAI, United Arab Emirates — The rebels said on Thursday they had struck a cargo ship in the Red Sea.'))
      .toEqual(['strike@Red Sea']);
  });
  it('negative: "an air strike on Yemen\'s Hodeidah port" is in Yemen', () => {
    expect(summary('Warplanes struck Yemen on Thursday, killing three people, officials said.')).toEqual(['strike@Yemen']);
  });
});

describe('where flights were sent, where help comes from, and a country scrambling jets are not where it happened', () => {
  it('"diverted to Kazan and Nizhny Novgorod" adds no event there', () => {
    expect(summary('Flights were halted at Sheremetyevo airport on Monday as drones approached Moscow, the aviation agency said. '
      + 'Dozens of flights were diverted to Kazan and Nizhny Novgorod.')).toEqual(['airport_disruption@Sheremetyevo airport']);
  });
  it('"imports of electricity from Poland and Romania" adds no damage there', () => {
    expect(summary('The grid operator said power cuts were applied in Kharkiv after the strikes and that it had asked for imports of '
      + 'electricity from Poland and Romania.').some((s) => /Poland|Romania/.test(s))).toBe(false);
  });
  it('"Poland scrambled fighter jets during the attack" is no strike on Poland', () => {
    expect(summary('Poland scrambled fighter jets as a precaution during the attack, its armed forces said.')).toEqual([]);
  });
});

describe('"took back the bodies" is a handover of remains, not ground taken back', () => {
  it('a body repatriation with no place', () => {
    expect(summary('Ukraine took back the bodies of 900 people on Thursday, the coordination headquarters said.'))
      .toEqual(['other@undefined']);
  });
  it('negative: "took back the village of X" is ground', () => {
    expect(summary('Ukrainian troops took back the village of Robotyne, the general staff said.')).toEqual(['territorial_claim@Robotyne']);
  });
});

describe('a town named as a reference point with its kind ("west of the town of X")', () => {
  it('"liberated Illinka, a village … west of the town of Kurakhove" is at Illinka only', () => {
    expect(summary('Russia\'s defence ministry said its troops had liberated Illinka, a village in the Donetsk region west of the town '
      + 'of Kurakhove.')).toEqual(['territorial_claim@Illinka']);
  });
});

describe('reservists, conscripts, paratroopers and marines are armed men', () => {
  it('"a reservist was killed in fighting" is a military toll, not civilian casualties', () => {
    expect(summary('The Israeli military said a reservist was killed in fighting in Beit Hanoun on Tuesday.'))
      .toEqual(['other@Beit Hanoun']);
  });
  it('negative: "a farmer was killed" stays civilian', () => {
    expect(summary('Local officials said a farmer was killed by shelling in Beit Hanoun on Tuesday.')).toEqual(['shelling@Beit Hanoun']);
  });
});

describe('missiles and drones launched together, and drones that killed', () => {
  it('"launched 70 missiles and 450 drones at the grid" is one combined strike', () => {
    expect(summary('Russia launched more than 70 missiles and some 450 drones at Ukraine\'s power grid on Tuesday, officials said.'))
      .toEqual(['strike@Ukraine']);
  });
  it('"Russian drones killed three people in Odesa" is a drone attack', () => {
    expect(summary('Russian drones killed three people in Odesa overnight, the governor said.')).toEqual(['drone_attack@Odesa']);
  });
  it('negative: drones alone launched stay a drone attack', () => {
    expect(summary('Russia launched some 450 drones at Odesa overnight, officials said.')).toEqual(['drone_attack@Odesa']);
  });
});

describe('a claim of responsibility not made, and the fall of a government as a time', () => {
  it('"No group has claimed the attack" adds no second attack', () => {
    expect(summary('Gunmen killed four fighters at a checkpoint near Manbij on Monday, the monitor said. No group has claimed the attack.'))
      .toHaveLength(1);
  });
  it('"one month after the fall of the Assad government" is a time, not a capture', () => {
    expect(summary('Our weekly round-up of the main security developments across Syria, one month after the fall of the Assad '
      + 'government.')).toEqual([]);
  });
  it('negative: "the fall of Goma" told as news is still ground taken', () => {
    expect(summary('The army reported the fall of Goma to the rebels on Sunday.').length).toBe(1);
  });
});

describe('a day in an aside on a noun is the aside\'s, and a war-long toll is no town\'s', () => {
  // 2025-06-09 is a Monday.
  it('"Bara, which the RSF seized in 2023, was retaken in March" is dated March', () => {
    const evs = eventsOf('The town of Bara, which the RSF seized in 2023, was retaken by the army in March.');
    expect(evs.map((e) => e.date?.start)).toEqual(['2025-03-01']);
  });
  it('"the army, whose convoy left on Friday, shelled the town on Sunday" is dated Sunday', () => {
    const evs = eventsOf('The army, whose convoy left on Friday, shelled Kadugli on Sunday, residents said.');
    expect(evs.map((e) => e.date?.start)).toEqual(['2025-06-08']);
  });
  it('negative: with every day inside the aside, the aside\'s day stays', () => {
    const evs = eventsOf('Rebels shelled El Obeid, which they had besieged since Friday, residents said.');
    expect(evs.map((e) => e.type)).toEqual(['shelling']);
  });
  it('"Since the war began, 40,000 have been killed" after a town is no toll of that town', () => {
    const evs = eventsOf('The army retook Bara in Sudan on Sunday. Since the war began, more than 40,000 people have been killed, '
      + 'the health ministry said.');
    expect(evs.find((e) => e.scope === 'aggregate')?.place?.mention).not.toBe('Bara');
  });
  it('negative: a toll of the days just told, after a town, stays in the town', () => {
    const evs = eventsOf('Rebels attacked Bara in Sudan on Sunday. Twelve people were killed in the fighting, medics said.');
    expect(evs.map((e) => e.place?.mention)).toEqual(['Bara']);
  });
});

describe('a part of a city told in an appositive is one place', () => {
  const at = (text: string) => eventsOf(text).map((e) => e.place?.mention);
  it('"Beirut\'s southern suburbs, known as Dahiyeh" is at Dahiyeh only', () => {
    expect(at('Israeli jets struck Beirut\'s southern suburbs, known as Dahiyeh, late on Sunday.')).toEqual(['Dahiyeh']);
  });
  it('"Sheikh Radwan, a northern neighbourhood of Gaza City" is at Sheikh Radwan only', () => {
    expect(at('An air strike hit Sheikh Radwan, a northern neighbourhood of Gaza City, on Sunday.')).toEqual(['Sheikh Radwan']);
  });
  it('"Tell Rifaat, a town in northern Aleppo" is at Tell Rifaat only', () => {
    expect(at('Turkish drones struck Tell Rifaat, a town in northern Aleppo, on Sunday.')).toEqual(['Tell Rifaat']);
  });
  it('negative: "Kharkiv, Ukraine\'s second city, and Odesa" are two places', () => {
    expect(at('Russian missiles hit Kharkiv, Ukraine\'s second city, and Odesa on Sunday.')).toEqual(['Kharkiv', 'Odesa']);
  });
});

describe('the dateline\'s day, a running total\'s span, and places that are not where it happened', () => {
  // 2025-06-09 is a Monday.
  it('"PORT SUDAN, June 9 - … shelled El Fasher on Sunday" is dated Sunday, not the filing day', () => {
    const evs = eventsOf('PORT SUDAN, June 9 - The RSF shelled El Fasher on Sunday, killing 14 people, medics said.');
    expect(evs.map((e) => e.date?.start)).toEqual(['2025-06-08']);
  });
  it('negative: a story with no day of its own keeps the breaking-news window', () => {
    const evs = eventsOf('PORT SUDAN, June 9 - The RSF shelled El Fasher, killing 14 people, medics said.');
    expect(evs.map((e) => e.date?.end)).toEqual(['2025-06-09']);
  });
  it('"killed since the hostilities began in October last year" runs from October to the day it is told', () => {
    const evs = eventsOf('The health ministry said 2,119 people had been killed in Lebanon since the hostilities began in October 2024.');
    expect(evs.map((e) => [e.scope, e.date?.start, e.date?.end])).toEqual([['aggregate', '2024-10-01', '2025-06-09']]);
  });
  it('"al-Kassara, west of Marib city" is no town of that sound in another country', () => {
    const evs = eventsOf('MARIB, Yemen - Houthi forces launched a drone assault on army positions in al-Kassara, west of Marib city, '
      + 'on Sunday.');
    expect(evs.map((e) => e.place?.country)).toEqual(['YE']);
  });
  it('"the bodies were taken to Al-Aqsa Martyrs Hospital in Deir al-Balah" adds no event there', () => {
    const evs = eventsOf('An Israeli strike hit a school in Nuseirat on Sunday, killing 17 people. The bodies were taken to Al-Aqsa '
      + 'Martyrs Hospital in Deir al-Balah, where a hospital official gave a toll of 16.');
    expect(evs.map((e) => e.place?.mention)).toEqual(['Nuseirat']);
  });
  it('"medics at Nasser Hospital told Reuters" is where the speakers are, not where the strike was', () => {
    const evs = eventsOf('At least five people were killed overnight when a strike hit tents in al-Mawasi, medics at Nasser Hospital '
      + 'told Reuters.');
    expect(evs.map((e) => e.place?.mention)).toEqual(['al-Mawasi']);
  });
});

describe('a fight told by its dead, and warnings with a condition', () => {
  it('"clashes … killed at least 23 civilians" is one incident, not a battle besides', () => {
    expect(summary('Clashes between the M23 and Wazalendo militias in Masisi territory killed at least 23 civilians last week, '
      + 'the UN said.')).toEqual(['civilian_casualties@Masisi territory']);
  });
  it('negative: "two gangs clashed in Kikwit and one of them died" stays a clash', () => {
    expect(summary('Two gangs clashed in Kikwit on Sunday and one of them died.').map((x) => x.split('@')[0]))
      .toContain('ground_advance');
  });
  it('"engineers warned that if the dam is hit, flooding could threaten villages" is no strike', () => {
    expect(summary('Engineers have warned that if the dam is hit, flooding could threaten villages near Raqqa.')).toEqual([]);
  });
  it('"analysts warn that if JNIM keeps up the pressure, it could force the junta into talks" is no round of talks', () => {
    expect(summary('Analysts warn that if JNIM keeps up the pressure on supply routes, it could force the junta into talks.'))
      .toEqual([]);
  });
  it('negative: "officials warned on Sunday that shelling had killed four in Raqqa" is news', () => {
    expect(summary('Officials warned on Sunday that shelling had killed four people in Raqqa.')).toEqual(['shelling@Raqqa']);
  });
});

describe('civil society is no party to ground it reports', () => {
  it('"civil society leaders said M23 fighters captured Sake" is no territorial claim', () => {
    const evs = eventsOf('Civil society leaders said M23 fighters captured Sake on Sunday.');
    expect(evs.map((e) => e.type)).toEqual(['ground_advance']);
  });
  it('negative: the M23 saying it captured Sake is its claim', () => {
    const evs = eventsOf('The M23 said its fighters captured Sake on Sunday.');
    expect(evs.map((e) => e.type)).toEqual(['territorial_claim']);
  });
});

describe('the other side of a line is a reference point', () => {
  it('"In Sumy region, across the border from Kursk, shelling hit communities" is in Sumy only', () => {
    expect(summary('In Ukraine\'s Sumy region, across the border from Kursk, the regional administration said Russian shelling '
      + 'hit several communities.')).toEqual(['shelling@Sumy region']);
  });
  it('negative: "shelling hit Kursk" is in Kursk', () => {
    expect(summary('Ukrainian shelling hit Kursk on Sunday, the governor said.').map((x) => x.split('@')[1])).toEqual(['Kursk']);
  });
});

describe('"The state", a warning for months, and a country\'s capital', () => {
  it('"The state health ministry" names no place', () => {
    const evs = eventsOf('The state health ministry said 1,800 civilians had been killed in El Fasher since the siege began in May 2024.');
    expect(evs.map((e) => e.place?.mention)).toEqual(['El Fasher']);
  });
  it('"aid agencies have warned for months that the fall of El Fasher could bring …" is no capture', () => {
    expect(summary('Aid agencies have warned for months that the fall of El Fasher could bring a repeat of the killings in Geneina.'))
      .toEqual([]);
  });
  it('"in Somalia\'s capital" is Mogadishu where the story names it', () => {
    const evs = eventsOf('A car bomb exploded outside a restaurant in Somalia\'s capital on Sunday, killing seven people. The blast '
      + 'struck the restaurant in Mogadishu\'s Hodan district.');
    expect(evs.map((e) => e.place?.name)).toEqual(['Mogadishu']);
  });
  it('negative: "in Somalia" stays the country', () => {
    const evs = eventsOf('A car bomb exploded outside a restaurant in Somalia on Sunday, killing seven people.');
    expect(evs.map((e) => e.place?.kind)).toEqual(['country']);
  });
});

describe('reference points, people captured, shortages of shells, and a capital the sentence names', () => {
  it('"Rodynske, a small mining town north of the logistics hub of Pokrovsk" is at Rodynske only', () => {
    expect(summary('Russia\'s defence ministry said its troops had captured Rodynske, a small mining town north of the embattled '
      + 'logistics hub of Pokrovsk.')).toEqual(['territorial_claim@Rodynske']);
  });
  it('"Myrnohrad, next to Pokrovsk" is at Myrnohrad only', () => {
    expect(summary('The ministry said its forces had completed the capture of Myrnohrad, next to Pokrovsk.'))
      .toEqual(['territorial_claim@Myrnohrad']);
  });
  it('negative: "shelling north of Pokrovsk" with no place before keeps Pokrovsk', () => {
    expect(summary('Russian shelling hit villages north of Pokrovsk on Sunday, officials said.').map((x) => x.split('@')[1]))
      .toEqual(['Pokrovsk']);
  });
  it('"some had been captured while defending Mariupol" and "captured two North Korean soldiers" take no ground', () => {
    expect(summary('Zelensky said some had been captured while defending Mariupol. Kyiv said it had captured two North Korean '
      + 'soldiers in Kursk region.').filter((x) => /territorial|ground/.test(x))).toEqual([]);
  });
  it('"shortages of shells" is no shelling, "hit every single day" no incident, and Congress no place', () => {
    expect(summary('Ukrainian soldiers have complained of shortages of shells, as an aid package was held up in Congress. Zelensky '
      + 'said Kharkiv was being hit every single day.')).toEqual([]);
  });
  it('"after Moscow\'s mayor said drones flying towards the capital were downed" is at Moscow in a Kyiv story', () => {
    const evs = eventsOf('A drone attack hit Kyiv overnight. Rosaviatsia restricted flights at Sochi airport after Moscow Mayor '
      + 'Sergei Sobyanin said air defences had shot down 23 drones flying towards the capital.');
    expect(evs.some((e) => e.place?.name === 'Moscow')).toBe(true);
    expect(evs.filter((e) => e.place?.name === 'Kyiv')).toHaveLength(1);
  });
});

describe('a place named by what it lies in', () => {
  it('"in southern Gaza\'s Rafah" is at Rafah only', () => {
    expect(summary('The Israeli military said a soldier was killed in fighting in southern Gaza\'s Rafah on Sunday.')
      .map((x) => x.split('@')[1])).toEqual(['Rafah']);
  });
  it('negative: "Juba\'s Tongpiny area", a part the gazetteer lacks, stays at Juba', () => {
    const evs = eventsOf('Two people were shot dead in Juba\'s Tongpiny area.');
    expect(evs.map((e) => e.killed?.min)).toEqual([2]);
  });
});

describe('background lends no day', () => {
  // 2025-06-09 is a Monday.
  it('"seized Manbij in December" lends its month to no detail told after it', () => {
    const evs = eventsOf('The factions seized the nearby city of Manbij in December. A local journalist said both sides were shelling '
      + 'the approaches to Kobani.');
    expect(evs.find((e) => e.type === 'shelling')?.date?.end).toBe('2025-06-09');
  });
  it('negative: a strike on Sunday lends its day to the detail after it', () => {
    const evs = eventsOf('Russian missiles struck Kharkiv on Sunday, the governor said. Shelling also hit Kupiansk, officials said.');
    expect(evs.find((e) => e.type === 'shelling')?.date?.start).toBe('2025-06-08');
  });
});

describe('one count of drones downed over a list of regions', () => {
  it('"117 drones destroyed over the Kursk, Belgorod, Bryansk and Nizhny Novgorod regions" is one wave over Russia', () => {
    const evs = eventsOf('Russia\'s defence ministry said 117 drones had been destroyed overnight over the Kursk, Belgorod, Bryansk '
      + 'and Nizhny Novgorod regions.');
    expect(evs.map((e) => [e.scope, e.place?.name])).toEqual([['aggregate', 'Russia']]);
  });
  it('negative: "three over the Kursk region, two over the Oryol region, one over the Voronezh region" counts each', () => {
    const evs = eventsOf('Air defence units downed three drones over the Kursk region, two over the Oryol region and one over the '
      + 'Voronezh region, the ministry said.');
    expect(evs).toHaveLength(3);
  });
});

describe('a reference point a few kilometres off is the same spot', () => {
  it('"al-Mawasi, west of Khan Younis" keeps Khan Younis, a few km away, so reports naming either can join', () => {
    const evs = eventsOf('Israeli air strikes on a tent camp in al-Mawasi, west of Khan Younis in southern Gaza, killed at least 14 '
      + 'people, medics said.');
    expect(evs.map((e) => e.place?.mention)).toContain('Khan Younis');
  });
  it('negative: "Rodynske, north of Pokrovsk", ten kilometres off, is at Rodynske only', () => {
    expect(summary('Russia said its troops had captured Rodynske, north of Pokrovsk.')).toEqual(['territorial_claim@Rodynske']);
  });
});

describe('framing, retrospect and refusals are no incident', () => {
  it('"The attacks come as …" sets them beside other news: the subject is the attack already told', () => {
    for (const text of [
      'The raids come as the teachers\' union threatens a nationwide strike over unpaid salaries.',
      'The bombings came amid a fuel shortage that has emptied petrol stations across Lagos.',
    ]) expect(summary(text), text).toEqual([]);
  });
  it('negative: what "comes after" still tells an earlier incident of its own', () => {
    expect(summary('The raid came a day after militants shelled Gao, killing three.')).toEqual(['shelling@Gao']);
  });
  it('strikes from work: "threatened a nationwide strike", "a strike over unpaid wages", "strike action"', () => {
    for (const text of [
      'Dock workers in Mombasa threatened a nationwide strike on Monday.',
      'Miners in Kolwezi began a strike over unpaid wages on Tuesday.',
      'Nurses in Port Harcourt voted for strike action on Friday.',
    ]) expect(summary(text), text).toEqual([]);
  });
  it('negative: a strike launched by an armed force is still an attack', () => {
    expect(summary('The air force launched a strike on rebel positions near Gao on Monday.')).toEqual(['strike@Gao']);
  });
  it('a place told as the site of a past superlative, or among the most bombed, is backdrop', () => {
    for (const text of [
      'Tonj was the scene of some of the bloodiest cattle raids of the decade.',
      'Kalewa has been among the most heavily shelled towns of the region since the coup.',
      'Gao was the site of one of the deadliest ambushes of the insurgency.',
    ]) expect(summary(text), text).toEqual([]);
  });
  it('negative: a new capture told beside a superlative aside is still news', () => {
    expect(summary('Rebels captured Tonj on Monday, the scene of some of the bloodiest raids.')).toEqual(['ground_advance@Tonj']);
  });
  it('talks ruled out are no round of talks', () => {
    for (const text of [
      'The junta has ruled out talks with the armed groups.',
      'Officials in Niamey have repeatedly ruled out any negotiations with the militants.',
    ]) expect(summary(text), text).toEqual([]);
  });
});

describe('tolls over months and since a war began', () => {
  it('"killed more than 6,000 people between February and September" is a tally over those months', () => {
    const evs = eventsOf('More than 6,000 people were killed in Mali between February and September, a monitoring group said.', '2025-11-10');
    expect(evs.map((e) => [e.scope, e.date?.start, e.date?.end])).toEqual([['aggregate', '2025-02-01', '2025-09-30']]);
  });
  it('"the insurgency, which began in 2011, has killed …" runs from that year to publication', () => {
    const evs = eventsOf('The rebellion, which began in 2012, has killed more than 20,000 people in Mali, the UN says.', '2025-11-10');
    expect(evs.map((e) => [e.scope, e.date?.start, e.date?.end])).toEqual([['aggregate', '2012-01-01', '2025-11-10']]);
  });
  it('a place in the clause that dates a toll is not where the toll fell', () => {
    const evs = eventsOf('At least 900 people have been killed in Somalia since al-Shabaab began attacking Kenya in 2011.', '2025-11-10');
    expect(evs.map((e) => e.place?.mention)).toEqual(['Somalia']);
  });
  it('negative: with no place before it, the clause\'s place stays', () => {
    const evs = eventsOf('Since Russia launched its invasion of Ukraine, at least 700 children have been killed, officials said.', '2025-11-10');
    expect(evs.map((e) => e.place?.mention)).toEqual(['Ukraine']);
  });
});

describe('people on the move and fire around a push are no attack or advance', () => {
  it('displaced people who "crossed into" a town make no advance', () => {
    for (const text of [
      'Thousands of refugees crossed into Chad on Monday, aid workers said.',
      'Some 40,000 people have fled Bunia since Friday; many have crossed into Uganda.',
    ]) expect(summary(text).filter((e) => e.startsWith('ground_advance') || e.startsWith('territorial')), text).toEqual([]);
  });
  it('negative: troops that crossed into a region still advance', () => {
    expect(summary('Government troops crossed into Gedaref state on Sunday.')).toEqual(['ground_advance@Gedaref state']);
  });
  it('fire "amid" a push is the push\'s scene, not an attack of its own', () => {
    for (const text of [
      'Army columns pushed into the outskirts of Bunia on Tuesday amid heavy gunfire and mortar fire.',
      'Rebel fighters stormed Kalewa amidst intense shelling, residents said.',
    ]) expect(summary(text).filter((e) => !e.startsWith('ground_advance')), text).toEqual([]);
  });
  it('negative: an attack that is the news stays beside fire around it', () => {
    expect(summary('Drones struck Kharkiv on Monday amid heavy shelling of the border villages.')).toEqual(['drone_attack@Kharkiv']);
  });
  it('a capital named in apposition after a bearing ("northwest of the capital, Mogadishu") is a reference', () => {
    const text = 'Fighters clashed with troops in Baidoa on Monday, about 250 km northwest of the capital, Mogadishu.';
    expect(summary(text)).toEqual(['ground_advance@Baidoa']);
  });
});

describe('words of markets, supplies and demands are no fighting', () => {
  it('a market "gain" is no advance', () => {
    for (const text of [
      'Oil prices in London posted their biggest daily gain in a month on Tuesday.',
      'Shares in Warsaw extended weekly gains on Friday.',
    ]) expect(summary(text), text).toEqual([]);
  });
  it('negative: forces that made gains near a town advanced', () => {
    expect(summary('Russian troops made gains near Toretsk on Monday.')).toEqual(['ground_advance@Toretsk']);
  });
  it('weapons told as goods are no attack', () => {
    for (const text of [
      'Commanders in Zaporizhzhia say a shortage of artillery shells is slowing them down.',
      'Berlin announced new deliveries of air-defence missiles to Kyiv on Monday.',
    ]) expect(summary(text), text).toEqual([]);
  });
  it('ground asked for is not taken', () => {
    for (const text of [
      'The Kremlin has made the withdrawal of Ukrainian troops from Kherson, Zaporizhzhia and Donetsk a condition for any truce.',
      'Moscow demands the withdrawal of Ukrainian forces from Zaporizhzhia region.',
    ]) expect(summary(text), text).toEqual([]);
  });
  it('a capture told as the time since ("since they captured Bakhmut") is no capture of the news', () => {
    expect(summary('Russian units have crept west since they captured Bakhmut in May 2023, analysts say.')).toEqual([]);
  });
  it('a workers\' strike ("the crane operators\' strike at the port") is no attack', () => {
    expect(summary('The dockers\' strike at the port of Izmail ended on Monday.')).toEqual([]);
  });
  it('a holiday ("Victory Day", "Independence Day") names no place', () => {
    const places = analyse(docFromText('Moscow held its Victory Day parade on Friday as Kyiv marked Independence Day.', '2025-06-09')).places;
    expect(places.map((p) => p.name)).not.toContain('Dayton');
  });
});

describe('long runs, war origins and political fights are backdrop', () => {
  it('violence told over recent years, decades or a long stretch is no incident', () => {
    for (const text of [
      'Revenge killings between clans in Galgaduud have claimed hundreds of lives in recent years.',
      'Gunmen have raided villages across Katsina for more than a decade, killing thousands.',
      'Clashes between the two militias have raged around the bridge for more than a month.',
    ]) expect(summary(text), text).toEqual([]);
  });
  it('negative: a town under assault "for more than a year", told in an aside, keeps the news of its capture', () => {
    const text = 'Russia said on Tuesday its forces had captured Toretsk, a town that has been under assault for more than a year.';
    expect(summary(text)).toEqual(['territorial_claim@Toretsk']);
  });
  it('how a war began ("the war began in 2011, when …") is history', () => {
    expect(summary('Syria\'s war began in 2011, when security forces fired on protesters in Deraa.')).toEqual([]);
  });
  it('"political fighting" and "a legal battle" are no clash', () => {
    for (const text of [
      'The offensive comes amid political fighting between Mogadishu and Jubaland over the vote.',
      'A legal battle between the two ministries in Juba has stalled the payments.',
    ]) expect(summary(text), text).toEqual([]);
  });
  it('who holds what, in the plural ("forces, which control most of Taiz"), is a description', () => {
    expect(summary('Residents blamed government forces, which control most of Taiz, for the blockade.')).toEqual([]);
  });
});

describe('one place per incident where a facility or a town is located by another', () => {
  it('"the refinery in Kstovo", "a depot in Kstovo, near Nizhny Novgorod": one event', () => {
    for (const text of [
      'Drones attacked the Afipsky refinery in Afipsky, near Krasnodar, on Tuesday.',
      'Drones hit a fuel depot in Kstovo, near Nizhny Novgorod, on Tuesday.',
      'Drones attacked Lukoil\'s NORSI refinery in Kstovo on Tuesday.',
    ]) expect(summary(text), text).toHaveLength(1);
  });
  it('negative: two towns each hit are two events', () => {
    expect(summary('Drones hit Kstovo and Dzerzhinsk on Tuesday.')).toHaveLength(2);
  });
});

describe('habits, people taken and talks wished for are no incident', () => {
  it('"usually", "throughout the war"', () => {
    for (const text of [
      'The mortar fire on Vovchansk usually begins after dark.',
      'Body exchanges have been a rare channel of contact throughout the war.',
    ]) expect(summary(text), text).toEqual([]);
  });
  it('a relative "was captured" is a person taken, not ground', () => {
    expect(summary('Iryna, whose son was captured near Mariupol in 2022, waited at the border.')).toEqual([]);
  });
  it('"ready for a new round of direct negotiations" is no round', () => {
    expect(summary('Moscow said it remained ready for a new round of direct negotiations in Istanbul.')).toEqual([]);
  });
});

describe('datelines, patrons and peoples name no event place', () => {
  it('a press release\'s dateline with its date in brackets ("(Nairobi, October 30, 2025) –")', () => {
    const evs = eventsOf('(Dakar, May 4, 2025) – Soldiers killed at least 12 villagers near Djenné in central Mali last week, a rights group said.', '2025-05-04');
    expect(evs.map((e) => e.place?.mention)).not.toContain('Dakar');
    expect(evs.length).toBeGreaterThan(0);
  });
  it('a country whose unit acted ("believed to belong to Russia\'s Africa Corps") is no place of the killing', () => {
    const evs = eventsOf('Fighters believed to belong to Russia\'s Africa Corps killed at least 12 villagers near Djenné on Sunday.', '2025-05-04');
    expect(evs.map((e) => e.place?.mention)).toEqual(['Djenné']);
  });
  it('a people or a faith ("the Druze community", "Fulani herders") is no place', () => {
    for (const text of [
      'Leaders of the Druze community met officials in Damascus on Monday.',
      'Fulani communities near Mopti say they were targeted.',
    ]) {
      const places = analyse(docFromText(text, '2025-05-04')).places;
      expect(places.map((p) => p.mention), text).not.toContain('Druze community');
      expect(places.map((p) => p.mention), text).not.toContain('Fulani communities');
    }
  });
});

describe('a quarter of the city just struck is where that attack fell', () => {
  it('"debris fell on a block in the Holosiivskyi district" after an attack on Kyiv is that attack', () => {
    for (const text of [
      'Russia struck Kyiv with missiles overnight. Debris fell on a high-rise in the Holosiivskyi district, starting a fire.',
      'Missiles hit Kyiv on Monday, killing nine. Seven of those killed died when a missile struck a block in the Holosiivskyi district.',
    ]) expect(summary(text), text).toEqual(['strike@Kyiv']);
  });
  it('negative: a quarter hit with a toll of its own is an incident of its own', () => {
    const text = 'Missiles hit Kherson on Monday. A drone dropped a grenade on a bus in the Korabelnyi district, killing the driver.';
    expect(summary(text)).toHaveLength(2);
  });
  it('negative: a rural district the gazetteer knows is no quarter of the city', () => {
    const text = 'Drones struck Odesa overnight. Drones also attacked port infrastructure in the Izmail district.';
    expect(summary(text)).toHaveLength(2);
  });
});

describe('parties, origins, outlets and destinations name no event place', () => {
  it('the parties of a ceasefire or war ("a truce between Israel and Hezbollah")', () => {
    const evs = eventsOf('A drone strike on a car near Nabatieh killed a man on Friday, despite a truce between Israel and Hezbollah.');
    expect(evs.map((e) => e.place?.mention)).toEqual(['Nabatieh']);
  });
  it('how a war began, in a relative clause, is history', () => {
    expect(summary('The accord ended a war that began when rebels stormed Goma in January, and spread into South Kivu.')).toEqual([]);
  });
  it('mediators named with several words ("brokered by the United States and France")', () => {
    const evs = eventsOf('Envoys met in Doha on Monday for talks brokered by the United Arab Emirates and Qatar.');
    expect(evs.map((e) => e.place?.mention)).toEqual(['Doha']);
  });
  it('where people fled to ("fled Gajiram for Maiduguri") and an attack named by its day ("since Monday\'s attack")', () => {
    const evs = eventsOf('Some 2,000 people have fled Dikwa for Maiduguri and Monguno since Monday\'s attack.', '2026-01-15');
    expect(evs.map((e) => [e.type, e.place?.mention])).toEqual([['other', 'Dikwa']]);
  });
  it('a place inside "since the Gaza war began" is no place of the strikes told before it', () => {
    const evs = eventsOf('Air strikes on Sanaa killed 12 people, the deadliest raid since the Gaza war began.');
    expect(evs.map((e) => e.place?.mention)).toEqual(['Sanaa']);
  });
  it('an outlet that bears a place\'s name ("Sana, the state news agency") is no place', () => {
    const evs = eventsOf('Sana, the state news agency, said two soldiers were killed in a drone strike in Deraa.');
    expect(evs.map((e) => e.place?.mention)).toEqual(['Deraa']);
  });
  it('"This horrific attack" in a quotation is the attack just told', () => {
    const text = 'Gunmen stormed Dikwa in Borno state on Monday, killing 20. "This horrific attack shows that the people of Borno are alone," '
      + 'a rights campaigner said.';
    expect(eventsOf(text, '2026-01-15').filter((e) => e.place?.mention === 'Borno')).toEqual([]);
  });
});

describe('arms deliveries, silences and two-city datelines are no incident', () => {
  it('weapons handed over ("transferred ballistic missiles to", "shipments of Iranian short-range ballistic missiles")', () => {
    for (const text of [
      'Tehran denied that it had transferred ballistic missiles to Moscow.',
      'Officials in Washington said Russia had received shipments of Iranian short-range ballistic missiles.',
    ]) expect(summary(text), text).toEqual([]);
  });
  it('negative: missiles fired at a city are an attack', () => {
    expect(summary('Russia fired ballistic missiles at Odesa on Monday.')).toEqual(['strike@Odesa']);
  });
  it('"have not commented on the strike" tells no strike', () => {
    expect(summary('Officials in Kyiv have not commented on the targets of the strike.')).toEqual([]);
  });
  it('the second city of a dateline with a day-first date ("KYIV/GENEVA, 12 June 2025 –")', () => {
    const evs = eventsOf('KYIV/GENEVA, 12 June 2025 – At least 40 civilians were killed in Kharkiv in May, the UN mission said.', '2025-06-12');
    expect(evs.map((e) => e.place?.mention)).toEqual(['Kharkiv']);
  });
});

describe('where an advance may lead next is no place of it', () => {
  it('"the capture opened the way toward Kramatorsk and Sloviansk", "a springboard for"', () => {
    for (const text of [
      'Moscow said its troops had captured Toretsk, and that the capture opened the way toward Kramatorsk and Sloviansk.',
      'Rebels said they had seized Kalewa, a springboard for Monywa.',
    ]) expect(summary(text).length, text).toBe(1);
  });
  it('negative: an ambush "on the road to" a city is placed by that city', () => {
    expect(summary('Gunmen ambushed a convoy on the road to Gao on Sunday.')).toEqual(['ground_advance@Gao']);
  });
});

describe('a town stormed to kill is one incident, told by its dead', () => {
  it('"killed 15 people when they stormed the village of X" is the killing, not a capture besides', () => {
    expect(summary('Gunmen killed at least 15 people when they stormed the village of Kalembo on Sunday.'))
      .toEqual(['civilian_casualties@Kalembo']);
  });
  it('negative: a town stormed with no one counted dead is still an advance', () => {
    expect(summary('Rebel fighters stormed the town of Kalembo on Sunday.')).toEqual(['ground_advance@Kalembo']);
  });
});

describe('what a disclaimer could not check is the incident already told', () => {
  it('"Neither the army\'s figures nor Kyiv\'s account of the clashes could be verified" adds no clash', () => {
    const text = 'Fighting raged near Toretsk on Monday, both sides said. '
      + 'Neither the army\'s figures for the Toretsk fighting nor Kyiv\'s account of the clashes could be independently verified.';
    expect(summary(text)).toEqual(['ground_advance@Toretsk']);
  });
  it('negative: an attack told with a disclaimer in the same sentence is still that attack', () => {
    expect(summary('Drones struck Sumy on Monday, killing two, officials said, a claim Reuters could not verify.'))
      .toEqual(['drone_attack@Sumy']);
  });
});

describe('where a place lies is a description', () => {
  it('"the plant lies about 60 km from the fighting", "X sits on high ground 10 km west of Y"', () => {
    for (const text of [
      'The Kursk nuclear power plant lies about 60 kilometres from the fighting.',
      'Toretsk sits on high ground about 10 kilometres east of Kostiantynivka.',
    ]) expect(summary(text), text).toEqual([]);
  });
});

describe('long runs and goods told in an aside or a compound stay out of the news', () => {
  it('a town "that troops have defended for more than two years" keeps the news of its capture', () => {
    const text = 'Moscow said on Monday its troops had captured Kurakhove, a town that Ukrainian units have held for more than two years.';
    expect(summary(text)).toEqual(['territorial_claim@Kurakhove']);
  });
  it('"US-supplied missiles" shot down over a region are still an attack there', () => {
    expect(summary('Air defences destroyed eight US-supplied missiles over Crimea overnight, the ministry said.'))
      .toEqual(['strike@Crimea']);
  });
});

describe('what a record is measured from is no incident of the news', () => {
  it('"the worst since clashes in Jaramana in late April" adds no clash and no place', () => {
    const text = 'Strikes on Sweida killed 30 people on Monday, the worst violence to hit the city since clashes in Jaramana in late April.';
    expect(summary(text)).toEqual(['strike@Sweida']);
  });
  it('"the deadliest attack on the city since the strike on a market in May" is one attack', () => {
    expect(summary('Drones hit Kharkiv overnight, the deadliest attack on the city since the strike on a market in Izium in May.'))
      .toEqual(['drone_attack@Kharkiv']);
  });
  it('negative: "since the strike on Monday, ten more have died" keeps its toll', () => {
    expect(eventsOf('Since the strike on Monday, ten more people have died in Sumy.').map((e) => e.killed?.min)).toEqual([10]);
  });
});

describe('questions, captures that would follow, unlikely moves and people seized are no incidents', () => {
  it('a question asks and reports nothing, quoted or not', () => {
    expect(summary('"What ceasefire talks can there be with men who bomb our schools?" the mayor of Sumy asked.')).toEqual([]);
    expect(summary('Why would anyone shell a bakery in Kherson? residents asked on Friday.')).toEqual([]);
  });
  it('negative: the incident before a question is still told', () => {
    expect(summary('Artillery shelled a bakery in Kherson on Friday. Why a bakery? Nobody could say.')).toEqual(['shelling@Kherson']);
  });
  it('"its capture would …" anywhere in a sentence is a hypothetical', () => {
    expect(summary('Kupiansk is a rail hub on the Oskil, and its capture would open the road to Izium.')).toEqual([]);
    expect(summary('Analysts note that Siversk guards the road west and that its fall could expose Sloviansk.')).toEqual([]);
  });
  it('"unlikely to seize" is no capture', () => {
    expect(summary('Experts say the rebels are unlikely to storm Goma before the rains.')).toEqual([]);
  });
  it('people seized or captured are no ground taken, whoever they are', () => {
    expect(summary('Last month gunmen seized four foreign nationals at a gold mine near Kayes.')).toEqual([]);
    expect(summary('Militants captured 12 passengers from a bus outside Kidal.')).toEqual([]);
  });
  it('negative: a town seized is ground taken', () => {
    expect(summary('Rebels seized the town of Kidal on Tuesday.')).toEqual(['ground_advance@Kidal']);
  });
});

describe('the war\'s backdrop: its toll, the ground a side holds, a campaign\'s start', () => {
  it('"killed during the war" is the war\'s toll, not an attack', () => {
    expect(eventsOf('More than 2,300 people were killed in Sudan\'s Gezira state during the conflict, officials said.')
      .map((e) => `${e.type}/${e.subtype}`)).toEqual(['other/conflict_deaths']);
    // (Civilians counted over the war are a civilian toll, over many incidents.)
    expect(eventsOf('At least 900 civilians died throughout the war in Tigray, a rights group said.')
      .map((e) => `${e.type}/${e.scope}`)).toEqual(['civilian_casualties/aggregate']);
  });
  it('negative: "killed during the fighting on Monday" is an incident', () => {
    expect(eventsOf('Two soldiers were killed during the fighting near Pokrovsk on Monday.').length).toBe(1);
  });
  it('the share a side holds, in the present, is a standing state; in the past, a gain told', () => {
    expect(summary('Russia controls about a fifth of Ukraine, including 98 percent of Luhansk.')).toEqual([]);
    expect(summary('By Friday the rebels controlled 60 percent of Goma, residents said.').length).toBeGreaterThan(0);
  });
  it('"began firing at ships in late 2023" starts a campaign; it reports no attack', () => {
    expect(summary('The Houthis began firing drones at ships off Yemen in November 2023 in support of Gaza.')).toEqual([]);
    expect(summary('Armed groups started attacking convoys near Gao in early 2024.')).toEqual([]);
  });
  it('negative: "began shelling Kherson at dawn on Monday" is an attack that day', () => {
    expect(summary('Russian troops began shelling Kherson at dawn on Monday.')).toEqual(['shelling@Kherson']);
  });
});

describe('where people come from, and a name put on an incident already told', () => {
  it('"people from Kobani and Raqqa" names where they come from, not where it happened', () => {
    const places = (text: string) => eventsOf(text).map((e) => e.place?.mention);
    expect(places('A drone hit a bus of protesters from Kobani and Manbij on the road to Tishrin Dam, killing three.'))
      .not.toContain('Kobani');
    expect(places('Families who came from Raqqa were among those killed when a shell hit the camp in Hasakah.'))
      .not.toContain('Raqqa');
  });
  it('negative: fighters withdrawing from a town is where it happened', () => {
    expect(eventsOf('Druze groups retook Sweida on Sunday after tribal fighters withdrew from Sweida city.')
      .map((e) => e.place?.mention)).toContain('Sweida');
  });
  it('"called that a kidnapping" names what was told; it is no new incident', () => {
    expect(summary('The embassy in Aden called that a kidnapping and demanded the crew be released.')).toEqual([]);
    expect(summary('The ministry described it as a massacre.')).toEqual([]);
  });
});

describe('who has fought whom, told as a description, is no battle', () => {
  it('"one of the groups that have fought the army since the coup"', () => {
    expect(summary('A jet bombed a school in Kani on Tuesday, said the local defence force, one of the groups that have '
      + 'fought the army around Monywa since the 2021 coup.').map((x) => x.split('@')[0])).not.toContain('ground_advance');
  });
  it('negative: a battle told as news stays', () => {
    expect(summary('Resistance fighters fought the army around Monywa on Tuesday.').map((x) => x.split('@')[0]))
      .toContain('ground_advance');
  });
});
