import { describe, it, expect } from 'vitest';
import { analyse } from '../../src/extract/analyse.js';
import { extractEvents } from '../../src/extract/events.js';
import { extractPlaces } from '../../src/extract/places.js';
import type { Event } from '../../src/extract/types.js';
import { docFromText, gap } from '../helpers.js';

// 2025-06-09 is a Monday.
const run = (text: string, published = '2025-06-09') => analyse(docFromText(text, published));
const eventsOf = (text: string, published?: string) => run(text, published).events;
const dateOf = (e: Event) => [e.date?.start, e.date?.end];
/** Each event as its type, or its subtype for 'other' ("military_casualties"). */
const kindsOf = (text: string, published?: string) => eventsOf(text, published).map((e) => (e.type === 'other' ? e.subtype : e.type));
/** Each event as "type/subtype" ("other/arrests", "civilian_casualties/"). */
const typeSubtypes = (text: string, published?: string) => eventsOf(text, published).map((e) => `${e.type}/${e.subtype ?? ''}`);

function single(text: string, published?: string): Event {
  const evs = eventsOf(text, published);
  expect(evs, `events of ${JSON.stringify(text)}: ${JSON.stringify(evs.map((e) => [e.type, e.place?.mention]))}`).toHaveLength(1);
  return evs[0];
}

describe('attack modes', () => {
  it('a drone attack on a city: type, place, date, counts, actor and codes', () => {
    const e = single('Russian drones struck a tower block in Kharkiv overnight, injuring 12 people, including three children.');
    expect(e.type).toBe('drone_attack');
    expect(e.place).toMatchObject({ mention: 'Kharkiv', country: 'UA', admin1: 'Kharkiv Oblast', kind: 'city' });
    expect(dateOf(e)).toEqual(['2025-06-08', '2025-06-09']);
    expect(e.injured).toMatchObject({ min: 12 });
    expect(e.children).toMatchObject({ min: 3 });
    expect(e.actor).toBe('RU');
    expect(e.scope).toBe('incident');
    expect(e.acled).toMatchObject({ event_type: 'Explosions/Remote violence', sub_event_type: 'Air/drone strike' });
    expect(e.plover).toMatchObject({ event: 'ASSAULT', mode: 'drone' });
  });

  it('shelling with civilian deaths on a weekday', () => {
    const e = single('Russian artillery pounded Kherson on Saturday, killing two civilians near the river port.');
    expect(e.type).toBe('shelling');
    expect(e.place).toMatchObject({ mention: 'Kherson', country: 'UA' });
    expect(dateOf(e)).toEqual(['2025-06-07', '2025-06-07']);
    expect(e.killed).toMatchObject({ min: 2 });
    expect(e.civilian).toBe(true);
    expect(e.acled.sub_event_type).toBe('Shelling/artillery/missile attack');
    expect(e.plover.mode).toBe('heavy-weapons');
  });

  it('a missile hitting a city is a strike', () => {
    const e = single('A Russian ballistic missile hit a shopping centre in Odesa on Tuesday.');
    expect(e.type).toBe('strike');
    expect(e.place?.mention).toBe('Odesa');
    expect(dateOf(e)).toEqual(['2025-06-03', '2025-06-03']);
  });

  it('missiles and drones in one attack make one combined strike, not placed in the attacking country', () => {
    const evs = eventsOf('Russia launched a massive missile and drone attack on Kyiv overnight.');
    expect(evs).toHaveLength(1);
    expect(evs[0].type).toBe('strike');
    expect(evs[0].place).toMatchObject({ mention: 'Kyiv', country: 'UA' });
  });

  it('killed and injured counts from one sentence reach the event', () => {
    const e = single('At least 11 people were killed and 60 injured in a missile strike on Sumy on Sunday.');
    expect(e.type).toBe('strike');
    expect(e.place?.mention).toBe('Sumy');
    expect(e.killed).toMatchObject({ min: 11 });
    expect(e.injured).toMatchObject({ min: 60 });
    expect(dateOf(e)).toEqual(['2025-06-08', '2025-06-08']);
  });
});

describe('one event per incident per place', () => {
  it('two cities in one sentence give two events', () => {
    const evs = eventsOf('Russian drones attacked Kharkiv and Odesa overnight.');
    expect(evs.map((e) => e.type)).toEqual(['drone_attack', 'drone_attack']);
    expect(evs.map((e) => e.place?.mention).sort()).toEqual(['Kharkiv', 'Odesa']);
  });

  it('a follow-up sentence about the same strike completes it instead of adding another', () => {
    const evs = eventsOf('A Russian missile struck an office building in Dnipro on Tuesday. The strike killed four people, the mayor said.');
    expect(evs).toHaveLength(1);
    expect(evs[0]).toMatchObject({ type: 'strike', sentence: 0 });
    expect(evs[0].place?.mention).toBe('Dnipro');
    expect(evs[0].killed).toMatchObject({ min: 4 });
  });

  it('attacks on the same city on different days stay separate', () => {
    const evs = eventsOf('A Russian missile struck Dnipro on Tuesday.\n\nRussian drones struck Dnipro again on Friday.');
    expect(evs).toHaveLength(2);
    expect(evs.map((e) => e.date?.start)).toEqual(['2025-06-03', '2025-06-06']);
  });

  it('a region named with its country is the event place, not the country', () => {
    const e = single('Drones struck the Sumy region of Ukraine on Saturday.');
    expect(e.type).toBe('drone_attack');
    expect(e.place).toMatchObject({ kind: 'region', admin1Code: 'UA-59' });
  });

  it('a village in a named region gives one event at the village, not a second one for the region', () => {
    const e = single('Assault units pushed into the village of Novopavlivka in the Dnipropetrovsk region on Wednesday.');
    expect(e.type).toBe('ground_advance');
    expect(e.place).toMatchObject({ mention: 'Novopavlivka', country: 'UA', admin1Code: 'UA-12' });
    expect(dateOf(e)).toEqual(['2025-06-04', '2025-06-04']);
  });
});

describe('territory', () => {
  it('a capture reported without attribution is a ground advance', () => {
    const e = single('Russian forces captured the village of Velykozorivka in the Donetsk region last week.');
    expect(e.type).toBe('ground_advance');
    expect(e.claim).toBeNull();
    expect(dateOf(e)).toEqual(['2025-06-02', '2025-06-08']);
    expect(e.acled.event_type).toBe('Battles');
  });

  it('a party claiming a capture is a territorial claim tied to the claim, dated by the claim', () => {
    const a = run('Russia\'s Defence Ministry said on Sunday that its forces had captured the village of Velykozorivka in the Donetsk region.');
    expect(a.events).toHaveLength(1);
    const e = a.events[0];
    expect(e.type).toBe('territorial_claim');
    expect(e.place).toMatchObject({ mention: 'Velykozorivka', country: 'UA', admin1: 'Donetsk Oblast' });
    expect(e.claim).not.toBeNull();
    expect(a.claims[e.claim!].claimant.name).toMatch(/Defence Ministry/);
    expect(a.claims[e.claim!].events).toContain(0);
    expect(dateOf(e)).toEqual(['2025-06-08', '2025-06-08']);
    expect(e.acled.event_type).toBe('Battles');
    expect(e.plover).toMatchObject({ event: 'ASSAULT', mode: '' });
  });

  it('Ukraine claiming to have retaken a village is also a territorial claim', () => {
    const a = run('Ukraine\'s General Staff said on Friday that its troops had liberated the village of Zorianka in the Sumy region.');
    const e = a.events.find((x) => x.place?.mention === 'Zorianka');
    expect(e).toMatchObject({ type: 'territorial_claim' });
    expect(e!.claim).not.toBeNull();
    expect(e!.place).toMatchObject({ country: 'UA', admin1: 'Sumy Oblast' });
    expect(dateOf(e!)).toEqual(['2025-06-06', '2025-06-06']);
  });

  it('an advance reported by an independent monitor stays a ground advance', () => {
    const e = single('The Institute for the Study of War said Russian forces had advanced into Kostiantynivka.');
    expect(e.type).toBe('ground_advance');
    expect(e.place).toMatchObject({ mention: 'Kostiantynivka', admin1Code: 'UA-14' });
  });
});

describe('other event types', () => {
  it('suspended flights at an airport are an airport disruption at the facility', () => {
    const e = single('Flights at Domodedovo airport were suspended for several hours on Sunday, the airport said.');
    expect(e.type).toBe('airport_disruption');
    expect(e.place).toMatchObject({ kind: 'facility', country: 'RU', admin1: 'Moscow Oblast' });
    expect(dateOf(e)).toEqual(['2025-06-08', '2025-06-08']);
    expect(e.plover).toMatchObject({ event: 'COERCE', mode: 'restrict' });
  });

  it('talks in a city', () => {
    const e = single('Ukrainian and Russian delegations held talks in Istanbul on Monday.');
    expect(e.type).toBe('talks');
    expect(e.place).toMatchObject({ mention: 'Istanbul', country: 'TR' });
    expect(dateOf(e)).toEqual(['2025-06-09', '2025-06-09']);
    expect(e.plover).toMatchObject({ event: 'CONSULT', mode: '' });
    expect(e.status).toBeUndefined();
  });

  it('talks dated after publication are planned', () => {
    const e = single('Delegations from both sides will hold talks in Istanbul on June 11, officials said.');
    expect(e.type).toBe('talks');
    expect(e.status).toBe('planned');
  });

  it('talks with no venue named are one event with no place', () => {
    const evs = eventsOf('The two sides held talks on Monday without a breakthrough.');
    expect(evs).toHaveLength(1);
    expect(evs[0]).toMatchObject({ type: 'talks', place: null });
  });

  it('the parties to talks are not their place; the venue is', () => {
    const evs = eventsOf('Negotiators from Washington, Kyiv and Moscow met in Riyadh on Monday for talks.');
    expect(evs.map((e) => [e.type, e.place?.mention ?? null])).toEqual([['talks', 'Riyadh']]);
    const thanked = eventsOf('The envoy thanked Paris, Berlin and Rome for backing the talks on Monday.');
    expect(thanked.map((e) => e.place)).toEqual([null]);
  });

  it('talks told again without a venue are the round already reported', () => {
    const evs = eventsOf('Delegations held talks in Istanbul on Monday. The negotiations were the first in three years, an aide said.');
    expect(evs.map((e) => [e.type, e.place?.mention ?? null])).toEqual([['talks', 'Istanbul']]);
  });

  it('a prisoner exchange is "other" with its subtype and codes', () => {
    const e = single('A prisoner exchange took place on the border with Belarus on Saturday, both governments said.');
    expect(e).toMatchObject({ type: 'other', subtype: 'prisoner_exchange' });
    expect(dateOf(e)).toEqual(['2025-06-07', '2025-06-07']);
    expect(e.acled).toMatchObject({ event_type: 'Strategic developments', sub_event_type: 'Agreement' });
    expect(e.plover.event).toBe('RETREAT');
  });

  it('fighters killing civilians is violence against civilians, with the armed group as actor', () => {
    const e = single('RSF fighters killed at least 40 civilians in a village in Gezira state on Thursday.');
    expect(e.type).toBe('civilian_casualties');
    expect(e.actor).toBe('SD-RSF');
    expect(e.place).toMatchObject({ country: 'SD', admin1: 'Al Jazirah' });
    expect(e.killed).toMatchObject({ min: 40 });
    expect(dateOf(e)).toEqual(['2025-06-05', '2025-06-05']);
    expect(e.acled.event_type).toBe('Violence against civilians');
  });

  it('soldiers killed are military casualties, not civilian ones', () => {
    const e = single('Four soldiers were killed in fighting near Pokrovsk on Friday.');
    expect(e).toMatchObject({ type: 'other', subtype: 'military_casualties' });
    expect(e.killed).toMatchObject({ min: 4 });
    expect(e.place).toMatchObject({ mention: 'Pokrovsk', country: 'UA' });
    expect(e.acled.event_type).toBe('Battles');
  });

  it('gunmen, rebels or members of the security forces killed are armed men, not civilians', () => {
    // Shot dead on the ground: a clash between armed men (ACLED's armed clash).
    expect(kindsOf('Troops shot dead two gunmen who had crept up to a post near Beit Lahia on Monday.')).toEqual(['ground_advance']);
    expect(kindsOf('The army said it had killed four insurgents near Oicha on Sunday.')).toEqual(['military_casualties']);
    expect(kindsOf('Eleven members of the security forces were killed near Homs on Sunday.')).toEqual(['military_casualties']);
  });

  it('negative: people killed by gunmen or rebels are the victims, the armed men the killers', () => {
    expect(kindsOf('Gunmen killed three people in a village near Bunia on Sunday.')).toEqual(['civilian_casualties']);
    expect(kindsOf('A farmer was killed by unknown gunmen near Masyaf on Friday.')).toEqual(['civilian_casualties']);
    expect(kindsOf('Rebels killed six people at a market in Djibo on Friday.')).toEqual(['civilian_casualties']);
  });

  it('negative: troops in a place\'s description ("the line behind which troops pulled back") are not the dead', () => {
    expect(kindsOf('Two fishermen were shot dead in Beit Lahia on Monday near the fence behind which Israeli troops are posted.'))
      .toEqual(['civilian_casualties']);
    expect(kindsOf('A man was shot dead in Rafah on Sunday close to the zone from which soldiers withdrew in March.'))
      .toEqual(['civilian_casualties']);
    // (Soldiers who are the dead stay armed dead.)
    expect(kindsOf('Two soldiers were shot dead in Rafah on Sunday near the zone from which the army withdrew.')).toEqual(['ground_advance']);
  });

  it('a side\'s losses counted in troops are military casualties', () => {
    expect(kindsOf('Russia has lost 950 troops in Ukraine over the past day, the General Staff said.')).toEqual(['military_casualties']);
    expect(kindsOf('Moscow said Kyiv had lost up to 180 servicemen near Kupiansk in a day.')).toEqual(['military_casualties']);
  });

  it('negative: workers or votes lost are no casualties', () => {
    expect(eventsOf('The factory in Kharkiv lost 40 workers to the draft this year.')).toEqual([]);
    expect(eventsOf('The party lost 12 seats in Kyiv.')).toEqual([]);
  });

  it('damage to a substation is infrastructure damage', () => {
    const e = single('A substation in the Sumy region was damaged overnight, leaving thousands of homes without electricity.');
    expect(e.type).toBe('infrastructure_damage');
    expect(e.place).toMatchObject({ kind: 'region', admin1Code: 'UA-59' });
    expect(dateOf(e)).toEqual(['2025-06-08', '2025-06-09']);
  });

  it('a sentence of opinion gives no event', () => {
    expect(eventsOf('The minister said he hoped the war would end soon.')).toEqual([]);
  });
});

describe('running totals', () => {
  it('a toll "since February 2022" is an aggregate dated from the start of the count', () => {
    const e = single('Since February 2022, Russian attacks have killed more than 600 children in Ukraine, the UN said.');
    expect(e.scope).toBe('aggregate');
    expect(e.date?.start).toBe('2022-02-01');
    expect(e.date?.end).toBe('2025-06-09');
    expect(e.killed).toMatchObject({ min: 600 });
    expect(e.place).toMatchObject({ kind: 'country', country: 'UA' });
  });
});

describe('quotes, dates and wiring', () => {
  it('the quote is the sentence and its offsets slice back to it', () => {
    const a = run('Officials gave no details. Russian artillery pounded Kherson on Saturday, killing two civilians near the river port.');
    expect(a.events).toHaveLength(1);
    const e = a.events[0];
    expect(e.sentence).toBe(1);
    expect(a.document.text.slice(e.quote.start, e.quote.end)).toBe(e.quote.text);
    expect(e.quote.text).toMatch(/^Russian artillery pounded Kherson/);
  });

  it('an event with no date in its sentence is dated the day before publication to publication', () => {
    const e = single('A drone hit a warehouse in Poltava, the regional governor said.');
    expect(e.type).toBe('drone_attack');
    expect(dateOf(e)).toEqual(['2025-06-08', '2025-06-09']);
  });

  it('extractEvents can be called directly with places and no claims', () => {
    const d = docFromText('Russian drones attacked Kharkiv and Odesa overnight.');
    const evs = extractEvents(d, extractPlaces(d), []);
    expect(evs).toHaveLength(2);
    expect(evs.every((e) => e.claim === null)).toBe(true);
    expect(new Set(evs.map((e) => e.id)).size).toBe(2);
  });
});

describe('known gaps', () => {
  it('"a drone attack hit X" is a drone attack, not a combined strike', () => {
    const e = single('A drone attack hit a bus depot in Sumy on Sunday.');
    expect(e.type).toBe('drone_attack');
  });

  it('the attacker, not the target country, is the actor: "Russia launched ... at Ukraine"', () => {
    const e = single('Russia launched 50 drones and 7 missiles at Ukraine overnight, the air force said.');
    expect(e.actor).toBe('RU');
  });

  it('"drones slammed into ... injuring 12" makes a drone attack', () => {
    const evs = eventsOf('Russian drones slammed into a nine-storey apartment block in Kharkiv overnight, injuring 12 people, including three children.');
    expect(evs).toHaveLength(1);
    expect(evs[0].type).toBe('drone_attack');
    expect(evs[0].place?.mention).toBe('Kharkiv');
    expect(evs[0].injured).toMatchObject({ min: 12 });
  });

  it('an exchange between two countries is one event, not one per party', () => {
    const evs = eventsOf('Ukraine and Russia carried out a prisoner exchange at the Belarusian border on Saturday.');
    expect(evs.filter((e) => e.subtype === 'prisoner_exchange')).toHaveLength(1);
  });

  it('two incidents in one sentence keep their own mode and counts', () => {
    const evs = eventsOf('Russian shelling killed 3 people in Kherson, while a drone attack in Zaporizhzhia injured 5.');
    const kherson = evs.find((e) => e.place?.mention === 'Kherson');
    const zap = evs.find((e) => e.place?.mention === 'Zaporizhzhia');
    expect(kherson).toMatchObject({ type: 'shelling', killed: { min: 3 } });
    expect(zap).toMatchObject({ type: 'drone_attack', injured: { min: 5 } });
  });
});

describe('later deaths and talks venues', () => {
  it('a victim who later died of wounds completes the attack just told', () => {
    const evs = eventsOf('A missile struck a school in Sumy on Tuesday, killing two teachers. ' +
      'A guard pulled from the rubble later died of his wounds, the governor said.');
    expect(evs).toHaveLength(1);
    expect(evs[0].killed).toMatchObject({ min: 3 });
  });

  it('negative: a later death is already in a toll stated as a total', () => {
    const evs = eventsOf('The death toll from the missile strike on Sumy on Tuesday rose to four. ' +
      'A woman pulled from the rubble died of her wounds in hospital, the governor said.');
    expect(evs).toHaveLength(1);
    expect(evs[0].killed).toMatchObject({ min: 4 });
  });

  it('"at the Istanbul talks" and "the Doha negotiations" name the venue', () => {
    expect(eventsOf('At the Istanbul talks on Monday, the delegations agreed a swap.').map((e) => e.place?.mention)).toContain('Istanbul');
    expect(eventsOf('The Doha negotiations resumed on Monday.').map((e) => e.place?.mention)).toEqual(['Doha']);
  });
});

describe('battles, gunfire and attacks on people on the ground', () => {
  it('an attack on a base, patrol or troops with no remote weapon is a battle (ground_advance)', () => {
    expect(eventsOf('Militants attacked an army outpost near Djibo on Sunday, the ministry said.').map((e) => e.type)).toEqual(['ground_advance']);
    expect(eventsOf('Gunmen carried out an attack against police forces at a checkpoint in Kaduna on Friday.').map((e) => e.type)).toEqual(['ground_advance']);
    expect(eventsOf('Fighting broke out between the army and a local militia in Kalemie on Monday.').map((e) => e.type)).toEqual(['ground_advance']);
  });

  it('negative: an air or drone strike on a base stays a strike', () => {
    expect(eventsOf('Drones attacked an army base near Kursk on Sunday, the governor said.').map((e) => e.type)).toEqual(['drone_attack']);
    expect(eventsOf('Missiles struck a military base near Lviv on Sunday.').map((e) => e.type)).toEqual(['strike']);
  });

  it('gunfire at people is an attack even with no one hurt; at soldiers it is a clash', () => {
    expect(eventsOf('Soldiers opened fire on a fishing boat off Gaza City on Tuesday. There were no casualties.').map((e) => e.type))
      .toEqual(['civilian_casualties']);
    expect(eventsOf('Gunmen shot and killed a police officer in Mogadishu on Monday.').map((e) => e.type)).toEqual(['ground_advance']);
    expect(eventsOf('Gunmen shot and killed two farmers near Jos on Monday.').map((e) => [e.type, e.killed?.min])).toEqual([['civilian_casualties', 2]]);
  });
});

describe('background, humanitarian tolls and borrowed places', () => {
  it('a series or war toll with no number of its own is not an event', () => {
    expect(eventsOf('Dozens of similar strikes on Odesa since 2022 have left the port half empty.')).toEqual([]);
    expect(eventsOf('The war has killed tens of thousands of people across Sudan.')).toEqual([]);
  });

  it('negative: a running total with a number is kept as an aggregate', () => {
    const evs = eventsOf('Russian strikes have killed 212 civilians in Kherson since January, the regional governor said.');
    expect(evs.map((e) => [e.scope, e.killed?.min])).toEqual([['aggregate', 212]]);
  });

  it('deaths from cold, hunger or disease are not an attack', () => {
    const evs = eventsOf('Two elderly men died of hypothermia in Chernihiv on Sunday after the heating failed, officials said.');
    expect(evs.map((e) => [e.type, e.subtype])).toEqual([['other', 'non_violent_deaths']]);
  });

  it('a denial with no place of its own answers the incident just told; it is not another one', () => {
    for (const text of [
      'Militants stormed an army post near Jowhar on Tuesday, a local officer said. The defence ministry denied the post had fallen, saying troops repelled the attack.',
      'Rebels said they shot down a helicopter near Bunia on Friday. The army rejected the account, saying the aircraft landed safely.',
    ]) expect(eventsOf(text).filter((e) => e.sentence === 1), text).toEqual([]);
    // Negative: a denial that names a place of its own keeps what happened there.
    const evs = eventsOf('Militants stormed an army post near Jowhar on Tuesday. The ministry denied it, saying troops instead shelled militant hideouts near Balcad.');
    expect(evs.some((e) => e.place?.mention === 'Balcad')).toBe(true);
  });

  it('"the attack took place near X" places the attack just told for a whole country or region; it does not double', () => {
    for (const text of [
      'Gunmen killed at least 20 soldiers in an attack on an army post in northern Burkina Faso on Sunday, sources said. The attack took place near Djibo.',
      'A drone strike killed four people in the Sumy region on Monday, officials said. The strike hit a bus near Krasnopillia.',
    ]) {
      const evs = eventsOf(text);
      expect(evs.map((e) => e.place?.mention), text).toEqual([text.includes('Djibo') ? 'Djibo' : 'Krasnopillia']);
      expect(evs[0].killed?.min).toBeGreaterThan(0);
    }
    // Negative: a new attack with its own day is another incident.
    const two = eventsOf('A drone strike killed four people in the Sumy region on Monday. On Tuesday, the strike on a bus near Krasnopillia killed two more.');
    expect(two).toHaveLength(2);
  });

  it('deaths with no weapon of their own, right after a nationwide wave, are that wave\'s in their own place', () => {
    const evs = eventsOf('Russia launched 120 drones at Ukraine overnight, the air force said. In the Sumy region, a man was killed, the governor said.');
    expect(evs.map((e) => [e.type, e.place?.mention])).toEqual([['drone_attack', 'Ukraine'], ['drone_attack', 'Sumy region']]);
    // Negative: deaths told with their own weapon keep it; deaths after a local attack are not re-typed by it.
    const own = eventsOf('Russia launched 120 drones at Ukraine overnight. In the Sumy region, shelling killed a man, the governor said.');
    expect(own.map((e) => e.type)).toEqual(['drone_attack', 'shelling']);
  });

  it('soldiers killed in an assault are its toll, not a second event', () => {
    const evs = eventsOf('Gunmen stormed a military base near Jowhar on Tuesday, killing at least seven soldiers, an officer said.');
    expect(evs).toHaveLength(1);
    expect(evs[0].killed?.min).toBe(7);
  });

  it('a capture told by witnesses or a reporter\'s sources is an advance; told by a party it is a claim', () => {
    expect(eventsOf('Rebels seized the town of Nyabiondo on Thursday, local sources told reporters.').map((e) => e.type)).toEqual(['ground_advance']);
    expect(eventsOf('Rebels seized the town of Nyabiondo on Thursday, residents said.').map((e) => e.type)).toEqual(['ground_advance']);
    expect(eventsOf("Russia's defence ministry said its forces had captured the village of Bahatyr on Thursday.").map((e) => e.type)).toEqual(['territorial_claim']);
  });

  it('talks to come are placed at their venue and dated ahead', () => {
    const [e] = eventsOf('Peace talks between Kinshasa and the rebels in Doha will resume next week, mediators said.');
    expect([e.type, e.place?.name, e.date?.start, e.date?.end]).toEqual(['talks', 'Doha', '2025-06-16', '2025-06-22']);
  });

  it('people driven from a place are a displacement, however it is told', () => {
    for (const text of [
      'About 9,000 families fled Tawila in North Darfur over the weekend, a migration agency said.',
      'Residents fled Sloviansk on Tuesday as the front drew closer, local officials said.',
      'Hundreds of villagers were forced to flee Rutshuru on Monday after the rebels arrived.',
      'Aid groups reported a large displacement of civilians from Atarib on Wednesday.',
    ]) {
      const evs = eventsOf(text);
      expect(evs.map((e) => [e.type, e.subtype]), text).toContainEqual(['other', 'displacement']);
    }
  });

  it('the fighting that drove people out is the flight\'s cause, not a second incident; fighting told as news is one', () => {
    for (const text of [
      'About 9,000 families fled Tawila on Friday due to clashes, a migration agency said.',
      'Residents fled Rutshuru on Monday because of heavy fighting nearby.',
    ]) expect(eventsOf(text).map((e) => e.subtype ?? e.type), text).toEqual(['displacement']);
    const both = eventsOf('Clashes erupted in Tawila on Friday, and about 9,000 families fled the town.').map((e) => e.subtype ?? e.type);
    expect(both).toContain('ground_advance');
    expect(both).toContain('displacement');
  });

  it('negative: fleeing attackers, displaced people as a description, and uprooting told as a running total', () => {
    for (const text of [
      'The gunmen fled the scene after the shooting in Bunia, police said.',
      'Displaced families sheltered in a school in Kharkiv on Monday.',
      'Some six million people have fled Ukraine since 2022, the UN says.',
      'Since the start of the war, hundreds of thousands of residents have fled Donetsk region.',
    ]) expect(eventsOf(text).filter((e) => e.subtype === 'displacement'), text).toEqual([]);
  });

  it('"captured the villages" borrows the villages just named, not their region', () => {
    const evs = eventsOf('Fighting went on near Maliivka and Sosnivka in the Dnipropetrovsk region on Monday. ' +
      'Russia\'s defence ministry said its troops captured the villages.');
    const claims = evs.filter((e) => e.type === 'territorial_claim').map((e) => e.place?.mention).sort();
    expect(claims).toEqual(['Maliivka', 'Sosnivka']);
  });

  it('a country a region borders is not where an attack happened', () => {
    const evs = eventsOf('Drone debris killed two people in the Belgorod region, which borders Ukraine, on Monday.');
    expect(evs.map((e) => e.place?.mention)).toEqual(['Belgorod region']);
  });
});

describe('containers, attackers and series are not event places', () => {
  it('"a U.S. airstrike on Saada" is at Saada, not in the United States', () => {
    const evs = eventsOf('A U.S. airstrike on Saada killed at least 12 people on Sunday, the health ministry said.');
    expect(evs.map((e) => e.place?.country)).not.toContain('US');
  });

  it('a first-level region is only the container of the district named in it', () => {
    const evs = eventsOf('Junta airstrikes on Kale Township in Sagaing Region killed three civilians on Tuesday.');
    expect(evs.map((e) => e.place?.mention)).not.toContain('Sagaing Region');
    expect(evs).toHaveLength(1);
  });

  it('"the strikes have targeted …" with no count of its own is a series, not an event', () => {
    expect(eventsOf('The strikes have targeted power plants in Kharkiv and Poltava, leaving towns without heat.')).toEqual([]);
  });
});

describe('control claimed or asserted', () => {
  it('"claimed full control of X" by a party is a territorial claim', () => {
    const evs = eventsOf('The RSF claimed full control of El Obeid on Monday, the group said in a statement.');
    expect(evs.map((e) => [e.type, e.place?.mention])).toEqual([['territorial_claim', 'El Obeid']]);
  });

  it('"the group says it controls Minbya and Kyauktaw townships" is a territorial claim', () => {
    const evs = eventsOf('The Arakan Army said on Friday that it controls Minbya and Kyauktaw townships.');
    expect(evs.length).toBeGreaterThanOrEqual(1);
    expect(evs.every((e) => e.type === 'territorial_claim')).toBe(true);
  });

  it('"Local media reported that …" makes a claim (the media as claimant)', () => {
    expect(run('Local media reported that rebels captured Minbya on Friday.').claims).toHaveLength(1);
  });

  it('negative: "not in control of" and "controls access" are no claims of ground', () => {
    expect(eventsOf('The army said on Monday it was not in control of Kyauktaw.').filter((e) => e.type !== 'other')).toEqual([]);
    expect(eventsOf('A checkpoint in Lviv controls access to the bridge, officials said on Monday.')).toEqual([]);
  });
});

describe('a region-level lead and a village-level detail', () => {
  it('the same toll told for the region and then for the village is one incident, at the village', () => {
    const evs = eventsOf('Three people were killed in a drone strike in the Kursk region on Saturday, the governor said. ' +
      'The drone hit a house in the village of Tetkino on Saturday, killing three people.');
    expect(evs).toHaveLength(1);
    expect(evs[0].place?.mention).toMatch(/Tetkino/);
  });
});

describe('kinds of violence ACLED tells apart', () => {
  const types = (text: string) => analyse(docFromText(text, '2022-05-20')).events.map((e) => e.type);
  const kinds = (text: string) => typeSubtypes(text, '2022-05-20');

  it('people taken by force are an event with no count needed ("abducted", "kidnapped", "detained")', () => {
    for (const text of [
      'Gunmen abducted four traders on the road to Kaduna on Tuesday.',
      'Militia fighters kidnapped the village chief of Tanda on Sunday.',
      'An armed group detained six young men at a checkpoint in Raqqa on Monday.',
    ]) expect(types(text), text).toContain('civilian_casualties');
  });

  it('people police, security services or troops detain are arrested, not abducted', () => {
    for (const text of [
      'Police detained 14 protesters in central Minsk on Saturday.',
      'Security forces arrested three students at their homes in Mandalay on Tuesday.',
      'Soldiers rounded up dozens of men during a dawn sweep of Tubas on Wednesday.',
      'Five activists were detained by the police in Izhevsk on Monday.',
    ]) expect(kinds(text), text).toEqual(['other/arrests']);
  });

  it('negative: detainees freed or swapped, and an armed group\'s captives, are no arrests', () => {
    expect(types('Fighters of a local militia detained three traders near Raqqa on Monday.')).toEqual(['civilian_casualties']);
    expect(kinds('The police said the two sides freed 40 prisoners of war in Istanbul on Friday.')).not.toContain('other/arrests');
  });

  it('negative: prisoners released or a talk of detention policy is no abduction', () => {
    expect(types('Both sides released 90 prisoners in Istanbul on Friday.')).not.toContain('civilian_casualties');
  });

  it('weapons, goods or vessels seized are no ground taken; a town or control seized is', () => {
    for (const text of [
      'Troops seized a cache of rifles and ammunition in Tubas on Tuesday.',
      'Police said they had seized two tonnes of explosives near Kramatorsk.',
      'The gunmen seized the trader\'s car outside Kidal on Sunday.',
    ]) expect(types(text), text).not.toContain('ground_advance');
    expect(types('Rebels seized the town of Hpakant on Monday.')).toEqual(['ground_advance']);
    expect(types('The group seized control of Lashio on Monday.')).toEqual(['ground_advance']);
  });

  it('armed men who storm a camp, a site or homes attack civilians; troops who storm a village fight for it', () => {
    expect(types('Militiamen stormed a displacement site near Bunia on Sunday, burning 40 shelters.')).toEqual(['civilian_casualties']);
    expect(types('Gunmen stormed the homes of two teachers in Djibo on Friday.')).toEqual(['civilian_casualties']);
    expect(types('Russian troops stormed the village of Pishchane on Monday.')).toEqual(['ground_advance']);
  });

  it('"the military seized power" is a coup, not ground taken; a power station seized is', () => {
    expect(types('Sagaing has been hit hardest since the military seized power in 2021.')).not.toContain('ground_advance');
    expect(types('Rebels seized the power station in Lashio on Monday.')).toContain('ground_advance');
  });

  it('the attackers killed by those they attacked are the armed dead', () => {
    expect(kindsOf('Troops pursued the attackers near Komanda and killed three of them.', '2022-05-20')).toEqual(['military_casualties']);
  });

  it('a drone that slams into a place, fires or neutralises is a drone attack', () => {
    for (const text of [
      'A drone slammed into a mosque in El Fasher on Friday, killing 70 worshippers.',
      'Israeli drone fire killed three men east of Gaza City on Saturday.',
      'Turkish drones neutralised four fighters near Qamishli on Tuesday.',
    ]) expect(types(text), text).toEqual(['drone_attack']);
  });

  it('negative: drones neutralised by air defences are downed, not attacking', () => {
    expect(kinds('Air defences said 30 drones were neutralised over the Bryansk region.')).toEqual(['drone_attack/interception']);
  });

  it('one military aircraft brought down is a shootdown, not a wave of attack drones intercepted', () => {
    expect(kinds('The rebels said they had shot down a US-made MQ-9 Reaper drone over Marib province.')).toEqual(['other/drone_shootdown']);
    expect(kinds('Russian air defences downed a Bayraktar TB2 near Kherson on Monday.')).toEqual(['other/drone_shootdown']);
    expect(kinds('Air defences shot down 40 Ukrainian drones over the Bryansk region overnight.')).toEqual(['drone_attack/interception']);
  });

  it('detainees or captives swapped are a prisoner exchange', () => {
    expect(kinds('The two sides swapped 60 detainees in Marib on Sunday.')).toEqual(['other/prisoner_exchange']);
    expect(kinds('Army and militia exchanged 12 captives at a crossing near Sweida on Monday.')).toEqual(['other/prisoner_exchange']);
  });

  it('an attack on gunmen, militants or rebels on the ground is a clash', () => {
    expect(types('A local defence force attacked four gunmen near Tamu on Friday, killing two.')).toEqual(['ground_advance']);
    expect(types('Villagers fought off an attack on militants hiding near Beni, killing one.')).toContain('ground_advance');
  });

  it('an attack on foot whose dead are all armed men is a clash; an air strike that kills soldiers stays a strike', () => {
    expect(types('Two gunmen carried out a shooting attack at a checkpoint in Salfit, killing a security guard.')).toContain('ground_advance');
    expect(types('Two gunmen on a motorcycle shot dead a police sergeant in Bago on Monday.')).toContain('ground_advance');
    expect(types('An airstrike on a base near Kidal killed 12 soldiers on Monday.')).toEqual(['strike']);
  });
});

describe('drones downed: the attack they were part of, placed where they were downed', () => {
  it('one drone attack per region the drones were downed over, coded as disrupted weapons use', () => {
    const evs = eventsOf("Russian air defences downed 23 Ukrainian drones over the Lipetsk, Tambov and Voronezh regions overnight, the ministry said.");
    expect(evs.map((e) => [e.type, e.subtype, e.place?.name])).toEqual([
      ['drone_attack', 'interception', 'Lipetsk Oblast'],
      ['drone_attack', 'interception', 'Tambov Oblast'],
      ['drone_attack', 'interception', 'Voronezh Oblast'],
    ]);
    expect(evs[0].acled).toMatchObject({ event_type: 'Strategic developments', sub_event_type: 'Disrupted weapons use' });
    expect(dateOf(evs[0])).toEqual(['2025-06-08', '2025-06-09']);
  });

  it('other ways to say it: intercepted, shot down, "were destroyed over"', () => {
    for (const text of [
      'Ukraine said its air force intercepted nine Shahed drones over the Poltava region on Sunday.',
      'Nine drones were destroyed over the Poltava region on Sunday, the regional governor said.',
      'Air defence units shot down nine attack drones above the Poltava region on Sunday.',
    ]) {
      const e = single(text);
      expect([e.type, e.subtype, e.place?.admin1], text).toEqual(['drone_attack', 'interception', 'Poltava Oblast']);
    }
  });

  it('drones downed after an attack was told, in its area: the same attack, not a second one', () => {
    const evs = eventsOf('Ukraine attacked Moscow with more than 30 drones on Sunday, officials said. The mayor said the drones were '
      + 'destroyed over the Odintsovo district of the Moscow region and that nobody was hurt.');
    expect(evs.map((e) => [e.type, e.subtype, e.place?.name])).toEqual([['drone_attack', null, 'Moscow']]);
    expect(evs[0].injured).toMatchObject({ min: 0 });
  });

  it('drones downed where drones also hit: an attack that happened, not only one stopped', () => {
    const evs = eventsOf('Air defences shot down 14 drones over the Belgorod region on Sunday. Drones also hit a power substation '
      + 'in the Belgorod region on Sunday, the governor said.');
    expect(evs.map((e) => [e.type, e.subtype, e.place?.admin1])).toEqual([['drone_attack', null, 'Belgorod Oblast']]);
  });

  it('not placed by what the sentence told before the drones', () => {
    const evs = eventsOf('The ministry said its troops kept advancing in the Zaporizhzhia region, and that air defences had shot '
      + 'down 45 drones over the past day.');
    expect(evs.filter((e) => e.subtype === 'interception')).toEqual([]);
  });

  it('not drones: aircraft, or a hypothetical', () => {
    expect(eventsOf('Ukraine said it had shot down a Russian Su-34 bomber over the Donetsk region on Sunday.')
      .filter((e) => e.subtype === 'interception')).toEqual([]);
    expect(eventsOf('Officials said new guns could shoot down drones over the Odesa region.')).toEqual([]);
  });
});

describe('reactions, stances and reference points are no incidents', () => {
  it('a reaction to an attack already told is that attack, not a new one in the reacting country', () => {
    for (const follow of ['Iran condemned the strikes as a breach of sovereignty.', 'The UN deplored the attack, which it called reckless.',
      "Egypt's foreign ministry denounced these raids on Tuesday."]) {
      const evs = eventsOf(`Israeli jets struck the port of Hodeidah on Monday, killing three workers. ${follow}`);
      expect(evs.map((e) => e.place?.name), follow).toEqual(['Al Ḩudaydah']);
    }
  });
  it('but a reaction that is the only telling keeps its attack, and a clause after "but" is news', () => {
    expect(eventsOf('The army welcomed the truce, but drones struck Omdurman on Monday, killing four.').map((e) => e.place?.name)).toEqual(['Omdurman']);
    expect(eventsOf('The UN condemned an attack on a market in Kabkabiya that killed 12 people on Sunday.')).toHaveLength(1);
  });
  it('attacks said to go on are a stance, not an incident', () => {
    expect(eventsOf('A Houthi official said attacks on Israeli-linked ships in the Red Sea would continue.')).toEqual([]);
    expect(eventsOf('Hezbollah said its operations against Israel will go on until the war in Gaza ends.')).toEqual([]);
  });
  it('a wave of strikes is remote violence even when the sentence tells of an attack on troops', () => {
    const e = single('Israeli forces killed at least 30 people across Gaza on Sunday in a wave of strikes that followed an attack on its troops.');
    expect(e.type).toBe('strike');
  });
  it('a town on the road to a city, and a government that denies, are not where it happened', () => {
    for (const text of ['Rebels said they had captured Maarat al-Numan, on the highway south to Hama, a claim denied by Damascus.',
      'Rebels said they had captured Maarat al-Numan, on the road to Hama, according to Damascus.']) {
      expect(eventsOf(text).map((e) => e.place?.admin1), text).toEqual(['Idlib Governorate']);
    }
    expect(eventsOf('Gunmen ambushed a bus on the road to Hama on Sunday, killing six passengers.').map((e) => e.place?.admin1)).toContain('Hama Governorate');
  });
});

describe('exchanges between the sides', () => {
  it('prisoners released by both sides: one exchange with no place of its own', () => {
    for (const text of ['Ukraine and Russia each released 84 prisoners of war on Friday, officials said.',
      'Russia and Ukraine swapped 150 captives on Friday.', 'The two countries exchanged 390 prisoners on Friday.']) {
      const evs = eventsOf(text);
      expect(evs.map((e) => [e.type, e.subtype, e.place]), text).toEqual([['other', 'prisoner_exchange', null]]);
    }
  });
  it('the venue, when the text names one, is the place', () => {
    const e = single('Both defence ministries said the swap had taken place on the border with Belarus on Friday.');
    expect(e.subtype).toBe('prisoner_exchange');
  });
  it('an agreement on exchanges to come is no exchange; a court releasing prisoners is none either', () => {
    expect(eventsOf('The two sides agreed to exchange 1,000 prisoners each.')).toEqual([]);
    expect(eventsOf('The talks produced agreements on prisoner exchanges but no ceasefire.').filter((e) => e.subtype === 'prisoner_exchange')).toEqual([]);
    expect(eventsOf('A court in Kyiv released two prisoners on bail on Friday.')).toEqual([]);
  });
  it('a new round of talks to be held is talks, planned', () => {
    const e = single('A second round would be held in Istanbul next month, the Kremlin said.');
    expect([e.type, e.place?.name, e.status]).toEqual(['talks', 'Istanbul', 'planned']);
  });
});

describe('hypotheses, history, denials, datelines and origins', () => {
  it('an advance that would cut a road is a hypothesis, not an advance', () => {
    expect(eventsOf('Analysts say an RSF advance on Kadugli would cut the main road to the south.')).toEqual([]);
    expect(eventsOf('Experts warned that any offensive into the valley could trap thousands of civilians.')).toEqual([]);
    expect(eventsOf('RSF fighters advanced on Kadugli on Sunday, residents said.')).toHaveLength(1);
  });
  it('how the war began is history', () => {
    expect(eventsOf('The war began when militants attacked border towns on Oct. 7, killing some 1,200 people.', '2025-10-20')).toEqual([]);
    expect(eventsOf('The conflict erupted in April 2023 after the army and the RSF clashed in Khartoum.', '2025-10-20')).toEqual([]);
  });
  it('a denial that anything was hit reports no hit', () => {
    expect(eventsOf('Drones struck Izium on Sunday. The Russian military denied any homes were hit in the town.')).toHaveLength(1);
  });
  it('a dateline with its agency is where the reporter was', () => {
    const evs = eventsOf('Beirut (AFP) - Rebels said on Saturday they had taken control of most of Aleppo.');
    expect(evs.map((e) => e.place?.name)).toEqual(['Aleppo']);
    expect(eventsOf('Goma, Congo (Reuters) — Shelling hit the Katale market in Rutshuru on Sunday.').map((e) => e.place?.country)).not.toContain(null);
    // ("Kyiv, Ukraine (CNN) —": the town before its country and agency is the reporter's too.)
    const lead = eventsOf('Kyiv, Ukraine (CNN) — Russian missiles struck Lviv and Odesa overnight, killing four people.');
    expect(lead.map((e) => e.place?.name)).not.toContain('Kyiv');
  });
  it('where an armed group comes from is not where it struck', () => {
    expect(eventsOf('The ADF, a group originating in Uganda, killed 18 villagers near Beni on Sunday.').map((e) => e.place?.country)).toEqual(['CD']);
  });
  it('talks wished for are no talks; talks held or set are', () => {
    expect(eventsOf('The president renewed his offer of negotiations with Israel, saying Lebanon was ready for talks.')).toEqual([]);
    expect(eventsOf('Diplomats said the truce could help revive stalled peace talks.')).toEqual([]);
    expect(eventsOf('Talks will resume in Geneva next week, the UN said.').map((e) => e.type)).toEqual(['talks']);
  });
});

describe('speakers, seas, agents and attacks fought off', () => {
  it("the speaker's institution is not where it happened", () => {
    expect(eventsOf("Ukraine's southern military command rejected that account, saying only homes had been struck.")).toEqual([]);
    expect(eventsOf("Ukraine's General Staff said its forces struck an ammunition depot near Belgorod on Sunday.").map((e) => e.place?.country)).toEqual(['RU']);
  });
  it('a habit is no incident: "rarely comments on strikes"', () => {
    expect(eventsOf('Kyiv rarely comments on specific strikes inside Russia.')).toEqual([]);
  });
  it('"the Black Sea port of X" is X', () => {
    expect(eventsOf('Drones attacked the Black Sea port of Tuapse on Sunday.').map((e) => e.place?.name)).toEqual(['Tuapse']);
  });
  it('an agent after "by", or before its verb with a day between, is not the place', () => {
    expect(eventsOf('Russia on Monday launched 40 missiles at Ukraine, officials said.').map((e) => e.place?.name)).toEqual(['Ukraine']);
    expect(eventsOf('Kupiansk was occupied by Russia in the first weeks of the invasion.').map((e) => e.place?.country)).not.toContain('RU');
  });
  it('a confirmation of strikes already told is no new strike', () => {
    expect(eventsOf('Drones hit Tuapse on Tuesday. Kyiv confirmed the strikes on Wednesday.')).toHaveLength(1);
  });
  it('attacks repelled are a battle; a missile attack repelled stays a strike', () => {
    expect(single('The army said its troops had repelled 40 Russian attacks near Kostiantynivka on Tuesday.').type).toBe('ground_advance');
    expect(single('Air defences repelled a missile attack on Odesa on Tuesday.').type).toBe('strike');
  });
});

describe('a detail with no day of its own takes the day of the incident just told', () => {
  it('strikes told after a dated lead are of its day', () => {
    const evs = eventsOf('Israeli strikes killed at least 40 people across Gaza on Saturday, medics said. Hospital officials said 17 of the '
      + 'dead came from Zeitoun. At least nine more were killed in strikes on Jabalia, they said.', '2025-10-22');
    const jabalia = evs.find((e) => e.place?.name === 'Jabālyā' || e.place?.mention === 'Jabalia');
    expect(jabalia && dateOf(jabalia)).toEqual(['2025-10-18', '2025-10-18']);
  });
  it('a date of its own wins, and talks keep their own', () => {
    const evs = eventsOf('Drones struck Kharkiv on Saturday. On Tuesday, a missile hit Sumy, killing two.', '2025-10-22');
    expect(evs.map(dateOf)).toEqual([['2025-10-18', '2025-10-18'], ['2025-10-21', '2025-10-21']]);
  });
});

describe("running tolls of the war's dead", () => {
  it('people killed since something began, with no weapon named, are the conflict\'s deaths, a running total', () => {
    for (const text of ['The health minister said more than 1,900 people have been killed in Lebanon since the exchanges of fire began.',
      'Since the offensive began on Wednesday, more than 300 people have been killed in Syria, the monitor said.']) {
      const e = single(text, '2025-10-22');
      expect([e.type, e.subtype, e.scope], text).toEqual(['other', 'conflict_deaths', 'aggregate']);
    }
  });
  it('civilians counted, or a weapon or fire named, keep the toll an attack', () => {
    expect(single('More than 120 civilians have been killed in Lebanon since the exchanges of fire began.', '2025-10-22').type).toBe('civilian_casualties');
    expect(eventsOf('Israeli fire has killed at least 97 Palestinians in Gaza since the ceasefire took effect.', '2025-10-22')
      .filter((e) => e.killed).map((e) => e.type)).toEqual(['civilian_casualties']);
    expect(single('US strikes have killed more than 200 people in Yemen since the campaign began.', '2025-10-22').type).toBe('strike');
  });
  it("the other side's account of an attack keeps its own day", () => {
    const evs = eventsOf("Lebanon's health ministry said an Israeli strike killed two people in Aitaroun on Friday. The Israeli army said "
      + 'it hit a Hezbollah site in the Aitaroun area.', '2025-10-22');
    const second = evs.find((e) => e.sentence === 1);
    if (second) expect(dateOf(second)).not.toEqual(['2025-10-17', '2025-10-17']);
  });
});

describe('a toll counted from a ceasefire, or over days of clashes', () => {
  it('a ceasefire carries no toll: the dead are the attacks\'', () => {
    const evs = eventsOf('Israeli fire has killed at least 97 Palestinians in Gaza since the ceasefire took effect.', '2025-10-22');
    expect(evs.filter((e) => e.subtype === 'ceasefire_agreement' && e.killed)).toEqual([]);
  });
  it('"the toll from a week of clashes has passed 1,300": the conflict\'s deaths, not a clash of 1,300 dead', () => {
    const evs = eventsOf('The toll from a week of clashes in Sweida province has passed 1,300, a monitor said on Tuesday.', '2025-07-22');
    expect(evs.map((e) => [e.type, e.subtype, e.scope, e.killed?.min])).toEqual([['other', 'conflict_deaths', 'aggregate', 1300]]);
  });
});

describe('bodies found', () => {
  it('are a toll where they were found', () => {
    expect(single('The bodies of nine villagers were found near Kalewa on Sunday, residents said.').killed).toMatchObject({ min: 9 });
    expect(single('Rescuers recovered 14 bodies from the rubble in Kramatorsk on Sunday.').killed).toMatchObject({ min: 14 });
    expect(single('The body of a man was found in a well in Idlib on Sunday.').killed).toMatchObject({ min: 1 });
  });
  it('not a toll: a body of water, a body that governs', () => {
    expect(eventsOf('A body of water near Kherson froze on Sunday.')).toEqual([]);
    expect(eventsOf('The governing body of the city met on Sunday in Sumy.')).toEqual([]);
  });
});

describe('an air force attacking is remote violence', () => {
  it('"the air force attacked a weapons depot" is a strike, not a battle', () => {
    expect(single('Its air force hit an arms store of the militia near Nabatieh on Friday, the military said.').type).toBe('strike');
    expect(single('Gunmen attacked an army post near Nabatieh on Friday, killing two soldiers.').type).toBe('ground_advance');
  });
});

describe('a siege told by its length, and a regime named by its capital', () => {
  it('"under fierce attack for two months" is the war going on, not an incident', () => {
    expect(eventsOf('The town is still held by its defenders but has been under heavy attack for three months.')).toEqual([]);
    expect(eventsOf('El Fasher has been under siege for more than a year.')).toEqual([]);
    expect(eventsOf('Avdiivka came under attack on Sunday, officials said.')).toHaveLength(1);
  });
  it('"the Kiev regime" is the government, not the city', () => {
    const evs = eventsOf('The ministry said six attempts by the Kiev regime to carry out attacks with drones were foiled over the Bryansk region.');
    expect(evs.map((e) => e.place?.country)).not.toContain('UA');
  });
});

describe('places in clauses of their own', () => {
  it('each keeps its clause\'s toll and weapon', () => {
    const evs = eventsOf('A rocket barrage on Shebekino on Tuesday killed a married couple, while a drone struck a car near Graivoron, killing the driver.');
    expect(evs.map((e) => [e.place?.mention, e.type, e.killed?.min])).toEqual([['Shebekino', 'strike', 2], ['Graivoron', 'drone_attack', 1]]);
  });
  it('one clause naming two places keeps one toll for both', () => {
    expect(eventsOf('Strikes on Kharkiv and Sumy killed five people.').map((e) => e.killed?.min)).toEqual([5, 5]);
  });
  it('"and" opening a clause with a count of its own parts the tolls', () => {
    const tolls = (t: string) => eventsOf(t).map((e) => [e.place?.mention, e.killed?.min ?? null]);
    expect(tolls('A man was killed by shelling in Kherson and a woman died of her wounds in Nikopol.'))
      .toEqual([['Kherson', 1], ['Nikopol', 1]]);
    expect(tolls('Two people were killed when a drone hit Sumy and three more were wounded in Okhtyrka, officials said.'))
      .toEqual([['Sumy', 2], ['Okhtyrka', null]]);
    expect(tolls('Artillery fire killed one civilian in Nikopol and another man was killed in Marhanets.'))
      .toEqual([['Nikopol', 1], ['Marhanets', 1]]);
  });
  it('"and" between two ages parts no clause: "two boys aged 6 and 11" is two', () => {
    const tolls = (t: string) => eventsOf(t).map((e) => e.killed?.min ?? null);
    expect(tolls('Shelling killed two boys aged 6 and 11 in Kherson and a woman was wounded in Nikopol, officials said.'))
      .toEqual([2, null]);
  });
  it('"and" joining two places under one verb does not part the toll', () => {
    expect(eventsOf('Shelling of Kherson and Nikopol killed four people.').map((e) => e.killed?.min)).toEqual([4, 4]);
    expect(eventsOf('Strikes on Sumy and a village near Okhtyrka killed six.').map((e) => e.killed?.min)).toEqual([6, 6]);
  });
});

describe('a day told only before what is told', () => {
  it('"acknowledged on June 9 that a drone attack had caused a fire": the attack was that day or the day before', () => {
    const e = single('The Tula governor acknowledged on June 9 that a drone attack had caused a fire at the Novomoskovsk plant.', '2025-06-10');
    expect(dateOf(e)).toEqual(['2025-06-08', '2025-06-09']);
  });
  it('a day of its own in what is told stays', () => {
    const e = single('The governor said on June 9 that a drone attack on June 7 had caused a fire at the Novomoskovsk plant.', '2025-06-10');
    expect(dateOf(e)).toEqual(['2025-06-07', '2025-06-07']);
  });
});

describe('a toll that rose on a day, and the attack told again with its own day', () => {
  it('"the death toll rose to seven on Wednesday": the strike was that day or the day before', () => {
    const e = single('The death toll from a Russian missile strike on Kharkiv rose to seven on Wednesday, the governor said.', '2025-06-12');
    expect(dateOf(e)).toEqual(['2025-06-10', '2025-06-11']);
  });
  it('"The strike hit a building in the city\'s Saltivskyi district on Tuesday" is that strike again, one event', () => {
    const evs = eventsOf('The death toll from a Russian missile strike on Kharkiv rose to seven on Wednesday, the governor said. '
      + "The strike hit a nine-storey building in the city's Saltivskyi district on Tuesday evening, the mayor said.", '2025-06-12');
    expect(evs.filter((e) => e.type === 'strike')).toHaveLength(1);
  });
  it('negative: a different toll told with its own day is another attack', () => {
    const evs = eventsOf('A drone strike killed one man in Sumy on Tuesday. The strike on a market in Okhtyrka on Tuesday killed 12 people.', '2025-06-12');
    expect(evs.length).toBeGreaterThanOrEqual(1);
    expect(evs.map((e) => e.killed?.min)).toContain(12);
  });
});

describe("the speaker's office is not where it happened", () => {
  it('"The Tula governor said a drone hit the Novomoskovsk plant" is at the plant', () => {
    expect(eventsOf('The Tula governor said on Sunday that a drone hit the Novomoskovsk plant.').map((e) => e.place?.mention))
      .toEqual(['Novomoskovsk plant']);
  });
  it('with no other place, the governor\'s region is where it happened', () => {
    expect(eventsOf('The Belgorod governor said on Sunday that drones killed two people.').length).toBe(1);
  });
});

describe('repeated attack and a government that insists', () => {
  it('"has come under repeated attack in recent weeks" is the war going on', () => {
    expect(eventsOf('Odesa, the main port, has come under repeated attack in recent weeks.')).toEqual([]);
  });
  it('"a strike Moscow insists was aimed at workshops" happened where the drone hit, not in Moscow', () => {
    const evs = eventsOf('A Russian drone killed two people in Odesa on Tuesday, a strike Moscow insists was aimed at arms workshops.');
    expect(evs.map((e) => e.place?.name)).toEqual(['Odesa']);
  });
});

describe('an opening clause of time is the backdrop', () => {
  it('"After police counted 14 dead over the weekend, a drone killed two in Odesa on June 10": June 10, two killed', () => {
    const evs = eventsOf('After police counted at least 14 civilians killed over the June 7-8 weekend, a Russian drone killed two people '
      + 'in an Odesa apartment building on June 10.', '2025-06-11');
    const odesa = evs.find((e) => e.place?.name === 'Odesa')!;
    expect([dateOf(odesa), odesa.killed?.min]).toEqual([['2025-06-10', '2025-06-10'], 2]);
  });
  it('with no day or toll of its own, the main clause keeps the sentence\'s', () => {
    const e = single('After talks failed on June 9, drones struck Sumy, killing three people.', '2025-06-11');
    expect([dateOf(e), e.killed?.min]).toEqual([['2025-06-09', '2025-06-09'], 3]);
  });
});

describe('"the deadliest day since the ceasefire" is one day', () => {
  it('a toll of one day compared with a period is an incident; a toll in the perfect since then is a total', () => {
    expect(eventsOf('Israeli strikes killed 45 people across Gaza on Sunday, the deadliest day since the ceasefire took effect.', '2025-10-22')
      .find((e) => e.type === 'strike')?.scope).toBe('incident');
    expect(single('More than 300 people have been killed in Gaza since the ceasefire took effect.', '2025-10-22').scope).toBe('aggregate');
  });
});

describe('an attack named as a time', () => {
  it('"prices have doubled since the attack" reports no attack', () => {
    const evs = eventsOf('Rebels killed 38 civilians near Komanda on Sunday. In Bunia, traders said prices had doubled since the attack.');
    expect(evs).toHaveLength(1);
    expect(eventsOf('Since the strike on the market, drones hit Bunia again on Tuesday.').length).toBe(1);
  });
});

describe('a city that also names a government, in the possessive before a part of it', () => {
  it('"Sanaa\'s international airport" puts the strike in Sanaa (Sanaa also stands for the Houthis)', () => {
    const e = single('US jets struck Sanaa\'s international airport and a fuel depot on Tuesday, residents said.');
    expect(e.place).toMatchObject({ country: 'YE' });
    expect(e.place?.name).toMatch(/Sana/);
  });
  it('another phrasing: "Kyiv\'s power stations" are in Kyiv', () => {
    const e = single('Russian missiles hit two of Kyiv\'s power stations before dawn on Sunday.');
    expect(e.place).toMatchObject({ country: 'UA', name: 'Kyiv' });
  });
  it('its suburbs or outskirts, with a direction before them ("Beirut\'s southern suburbs", "Kyiv\'s eastern outskirts")', () => {
    expect(single('An Israeli drone strike on a flat in Beirut\'s southern suburbs killed two men on Friday.').place)
      .toMatchObject({ country: 'LB', name: 'Beirut' });
    expect(single('Missiles hit Kyiv\'s eastern outskirts overnight, wounding six people.').place)
      .toMatchObject({ country: 'UA', name: 'Kyiv' });
  });
  it('negative: "Moscow\'s bombardment" of a Ukrainian city is not an event in Moscow', () => {
    const evs = eventsOf('Moscow\'s bombardment of Kharkiv went on through the night, killing two people.');
    expect(evs.map((e) => e.place?.admin1)).not.toContain('Moscow');
  });
});

describe('a record told against a past time ("for the first time since 2016")', () => {
  it('an air raid "for the first time since 2016" is news of its own day, not background', () => {
    const e = single('Warplanes bombed districts of Aleppo on Saturday for the first time since 2016, a monitoring group said.');
    expect(e.type).toBe('strike');
    expect(dateOf(e)).toEqual(['2025-06-07', '2025-06-07']);
    expect(e.scope).toBe('incident');
  });
  it('another phrasing: "the deadliest attack on the city since 2022" keeps the day it is told of', () => {
    const e = single('A missile hit a market in Kostiantynivka on Friday, killing 15 people, the deadliest attack on the town since 2022.');
    expect(dateOf(e)).toEqual(['2025-06-06', '2025-06-06']);
    expect(e.killed).toMatchObject({ min: 15 });
  });
  it('negative: a toll counted "since 2022" is still a running total', () => {
    const e = single('Shelling has killed 140 civilians in Kherson since 2022, the regional governor said.');
    expect(e.scope).toBe('aggregate');
  });
});

describe('a side saying it controls a place', () => {
  it('"rebels said they controlled Goma" is a territorial claim', () => {
    const e = single('M23 fighters said on Monday that they controlled Goma after a night of fighting with the army.');
    expect(e.type).toBe('territorial_claim');
    expect(e.place).toMatchObject({ country: 'CD' });
  });
  it('another phrasing: "said it now controls" a town', () => {
    expect(single('The Russian defence ministry said on Sunday it now controls Velyka Novosilka.').type).toBe('territorial_claim');
  });
  it('negative: firemen who "controlled the blaze" claim no ground', () => {
    expect(eventsOf('Firefighters in Dnipro said they controlled the blaze by morning.').map((e) => e.type)).not.toContain('territorial_claim');
  });
});

describe('a live blog\'s roundup told as list items', () => {
  it('each long item is read for its events', () => {
    const evs = eventsOf('Summary of the day:\n- A glide bomb struck a supermarket in Kostiantynivka on Saturday afternoon, killing three '
      + 'shoppers and wounding nine, the regional prosecutor\'s office said.\n- Russia\'s defence ministry said on Sunday its troops had '
      + 'captured the village of Bahatyr in the Donetsk region after weeks of fighting.');
    expect(evs.map((e) => [e.type, e.place?.name])).toEqual([['strike', 'Kostiantynivka'], ['territorial_claim', 'Bahatyr']]);
  });
  it('negative: short "key points" lines repeat the body and make no events of their own', () => {
    const evs = eventsOf('Key points:\n- Glide bomb hits Kostiantynivka supermarket\n- Moscow claims Bahatyr\n'
      + 'A glide bomb struck a supermarket in Kostiantynivka on Saturday, killing three shoppers, officials said.');
    expect(evs).toHaveLength(1);
  });
});

describe('violence between armed men: victims who are members of an armed body, attacks on bases', () => {
  it('gunmen who shot dead "a member of the 9th Brigade" fought a battle (ACLED armed clash), not an attack on civilians', () => {
    const e = single('Unknown gunmen shot dead a member of the army\'s 9th Brigade near Nawa in Daraa governorate on Sunday.');
    expect(e.type).toBe('ground_advance');
  });
  it('another phrasing: "two SDF members" (an acronym before "members")', () => {
    expect(single('Gunmen shot dead two SDF members on a road near Al-Shaddadi on Sunday.').type).toBe('ground_advance');
  });
  it('another phrasing: militants who "launched an attack against army troops at a base"', () => {
    const e = single('On 3 May 2025, al-Shabaab fighters launched a night attack against army troops at a forward base in Jowhar.');
    expect(e.type).toBe('ground_advance');
  });
  it('negative: gunmen who shot dead two shepherds attacked civilians', () => {
    expect(single('Unknown gunmen shot dead two shepherds near Nawa in Daraa governorate on Sunday.').type).toBe('civilian_casualties');
  });
  it('negative: an air strike on a base is still a strike', () => {
    expect(single('Jets carried out an air strike on an army base near Jowhar on Sunday, killing four soldiers.').type).toBe('strike');
  });
});

describe('talks wished for or set on a condition are no round', () => {
  it('"both sides should return to negotiations in Jeddah" is an appeal, not talks', () => {
    expect(eventsOf('A US envoy said both sides should return to negotiations in Jeddah.')).toHaveLength(0);
  });
  it('another phrasing: "would join new talks in Geneva only if" a condition is met', () => {
    expect(eventsOf('The army said it would join new talks in Geneva only if the militia left civilian homes.')).toHaveLength(0);
  });
  it('another phrasing: "would take part only if the talks in Cairo were based on" a plan', () => {
    expect(eventsOf('The group said it would take part only if the talks in Cairo were based on the July plan.')).toHaveLength(0);
  });
  it('negative: "will join talks in Istanbul on Monday" is a planned round', () => {
    expect(single('Ukraine will join talks in Istanbul on Monday, the president said.').type).toBe('talks');
  });
});

describe('armed men who kill are not the dead', () => {
  it('"militia fighters killed 40 villagers" is violence against civilians, not military casualties', () => {
    expect(single('Militia fighters killed 40 villagers near Tambul on Friday, residents said.').type).toBe('civilian_casualties');
  });
  it('negative: "40 fighters were killed" are military casualties', () => {
    const e = single('Forty fighters were killed near Tambul on Friday, the army said.');
    expect(e.type === 'other' ? e.subtype : e.type).toMatch(/military_casualties|ground_advance/);
  });
});

describe('attacks not made: a moratorium, a ban or permission to use a weapon; talks refused', () => {
  it('"a moratorium on strikes on energy" reports no strike', () => {
    expect(eventsOf('Washington urged Moscow and Kyiv to agree to a moratorium on strikes on energy sites.')
      .filter((e) => e.type === 'strike')).toHaveLength(0);
  });
  it('another phrasing: "permission to use long-range missiles against targets in Russia"', () => {
    expect(eventsOf('London has given Kyiv permission to use Storm Shadow missiles against targets in Russia.')).toHaveLength(0);
  });
  it('"there can be no talks with Kyiv while …" is no talks', () => {
    expect(eventsOf('The Kremlin said there can be no talks with Kyiv while its troops remain in the Kursk region.')
      .filter((e) => e.type === 'talks')).toHaveLength(0);
  });
  it('negative: missiles that struck "despite a proposed moratorium" struck', () => {
    expect(single('Russian missiles struck Kyiv on Sunday despite a proposed moratorium on strikes on energy.').type).toBe('strike');
  });
});

describe('"Congress" is the US legislature, not a town in Arizona', () => {
  it('"told the United States Congress" makes no event in Arizona', () => {
    const evs = eventsOf('Russian drones hit Kharkiv overnight, Zelensky told the United States Congress on Tuesday.');
    expect(evs.map((e) => e.place?.admin1)).not.toContain('Arizona');
  });
});

describe('where a weapon was launched from is not where it hit', () => {
  it('"fired from the Kursk region and hit a school in Sumy" is a strike in Sumy only', () => {
    const evs = eventsOf('The missile was fired from the Kursk region and hit a school in Sumy, killing two teachers.');
    expect(evs.map((e) => e.place?.name)).toEqual(['Sumy']);
  });
  it('another phrasing: "drones launched from occupied Crimea struck Odesa"', () => {
    expect(eventsOf('Drones launched from occupied Crimea struck Odesa overnight.').map((e) => e.place?.name)).toEqual(['Odesa']);
  });
  it('a weapon already reported, told by where it was launched from, places nothing there', () => {
    for (const text of [
      'The missiles were Iskander-Ms fired from the Kursk region, the prosecutor said.',
      "The interior minister said the missile was an Iskander-M launched from Russia's Kursk region.",
      'The navy said the attack involved ballistic missiles launched from occupied Crimea.',
    ]) expect(eventsOf(text).map((e) => e.place?.name), text).toEqual([]);
  });
  it('negative: a launch site that is the only place named stays the place ("rockets were fired from Gaza")', () => {
    expect(eventsOf('Rockets were fired from the Gaza Strip on Sunday, the army said.').length).toBeGreaterThan(0);
  });
});

describe('running totals: the speaker\'s territory, two periods, recent displacement', () => {
  it('"the Health Ministry in Gaza said 40,000 had been killed since October 7" is a Gaza Strip total', () => {
    const evs = eventsOf('Israeli strikes hit Jenin on Monday. The Health Ministry in Gaza said on Tuesday that 40,000 Palestinians '
      + 'had been killed since October 7.', '2024-08-14');
    const total = evs.find((e) => e.scope === 'aggregate')!;
    expect(total.place).toMatchObject({ country: 'PS', admin1: 'Gaza Strip' });
    expect([total.date?.start, total.date?.end]).toEqual(['2023-10-07', '2024-08-14']);
  });
  it('negative: a person\'s office names no territory ("Turk\'s office documented 90 deaths")', () => {
    const evs = eventsOf('Drones hit a market in El Obeid on Sunday. Turk\'s office has documented more than 90 civilian deaths '
      + 'caused by drones since January.');
    expect(evs.map((e) => e.place?.country)).not.toContain('UZ');
  });
  it('two totals of one place from different starts stay two ("since 7 June", "since January")', () => {
    const evs = eventsOf('Since 7 June, attacks by the ADF have killed at least 80 civilians in North Kivu, officials said. '
      + 'Since January, at least 500 civilians have been killed in North Kivu, a tracker said.', '2024-06-18');
    expect(evs.filter((e) => e.scope === 'aggregate').map((e) => e.killed?.min)).toEqual([80, 500]);
  });
  it('people displaced over the last weeks ("since 7 June") are news, not backdrop', () => {
    const evs = eventsOf('More than 23,000 people have been displaced since 7 June, most of them towards Butembo, officials said.', '2024-06-18');
    expect(evs.map((e) => e.subtype)).toEqual(['displacement']);
  });
});

describe('the capital named by its role', () => {
  it('"a separate strike hit a power station in the north of the capital" is in the capital the story names', () => {
    const evs = eventsOf('Flights to and from Sanaa were suspended on Tuesday.\n\nA separate strike hit a power station in the north of the capital, cutting electricity to the city.', '2025-05-07');
    expect(evs.find((e) => e.type === 'strike')?.place).toMatchObject({ name: 'Sanaa', country: 'YE' });
  });
  it('negative: "the capital of Kherson region" is no national capital', () => {
    const evs = eventsOf('Kyiv said talks would resume. Shelling hit the capital of the Kherson region on Sunday.');
    expect(evs.map((e) => e.place?.name)).not.toContain('Kyiv');
  });
});

describe('a war that "has killed" is a running total', () => {
  it('"the full-scale invasion, launched in February 2022, has killed more than 12,000 civilians" is an aggregate, not background', () => {
    const e = single('Ukraine says the full-scale invasion, launched in February 2022, has killed more than 12,000 civilians.', '2024-06-10');
    expect(e.scope).toBe('aggregate');
    expect(e.killed).toMatchObject({ min: 12000 });
  });
});

describe('a running toll of victims named by nationality is in their country', () => {
  it('"Israeli fire has killed 97 Palestinians …, accusing Israel" is a Palestinian toll', () => {
    const evs = eventsOf('Strikes hit Khan Younis and Rafah on Sunday. Since the truce began, Israeli fire has killed at least 97 '
      + 'Palestinians, the media office said, accusing Israel of violations.');
    const total = evs.find((e) => e.scope === 'aggregate')!;
    expect(total.place?.country).toBe('PS');
  });
  it('negative: a toll of victims in the country the sentence names stays there ("Russian strikes have killed 300 Ukrainians in Kharkiv")', () => {
    const evs = eventsOf('Russian strikes have killed 300 Ukrainians in Kharkiv since 2022, the governor said.');
    expect(evs[0].place).toMatchObject({ country: 'UA', name: 'Kharkiv' });
  });
});

describe('a later death added to a toll told before it', () => {
  it('"Three people … were killed. Another woman and her child died later" is five', () => {
    const e = single('Missiles struck a hospital in Mariupol on Wednesday. Three people, including a child, were killed. '
      + 'Another woman and her child died later in hospital.', '2025-06-11');
    expect(e.killed).toMatchObject({ min: 5 });
  });
  it('negative: "the death toll rose to five. A man injured in the strike later died" stays five (the total already has him)', () => {
    const e = single('Missiles struck a hospital in Mariupol on Wednesday. The death toll rose to five, officials said. '
      + 'A man injured in the strike later died.', '2025-06-11');
    expect(e.killed?.min).toBe(5);
  });
});

describe('forces that "fired at" positions or a place shelled it', () => {
  it('"Russian forces fired at the governmental positions in Vyshneve" is shelling', () => {
    expect(single('On 1 March 2022, Russian forces fired at the governmental positions in Vyshneve. Casualties unknown.', '2022-03-01').type).toBe('shelling');
  });
  it('another phrasing: "the army fired on the village of Bilohiria"', () => {
    expect(eventsOf('The army fired on the village of Bilohiria on Sunday.').map((e) => e.type)).toContain('shelling');
  });
  it('negative: "police fired on protesters" is no shelling', () => {
    expect(eventsOf('Police fired on protesters in the town on Sunday.').map((e) => e.type)).not.toContain('shelling');
  });
});

describe('more words of taking ground and of munitions dropped', () => {
  it('"claimed taking control over Verkhnotoretske" is a territorial claim', () => {
    expect(single('On 22 March 2022, the Russian Ministry of Defence claimed taking control over Verkhnotoretske.', '2022-03-22').type).toBe('territorial_claim');
  });
  it('"M23 fighters overtook Rutshuru" is an advance', () => {
    expect(eventsOf('M23 fighters overtook Rutshuru on Monday.').map((e) => e.type)).toContain('ground_advance');
  });
  it('"a drone dropped a grenade on a car" is a drone attack; "the air force dropped bombs on X" a strike', () => {
    expect(single('A Russian drone dropped a grenade on a car near Kherson, wounding two men.').type).toBe('drone_attack');
    expect(single('Air forces dropped bombs near Kucherov on Sunday.').type).toBe('strike');
  });
  it('negative: "Russia taking control of settlements" is no event in Russia', () => {
    const evs = eventsOf('This marks the first time monitors report Russia taking control of settlements in the Dnipropetrovsk region.');
    expect(evs.map((e) => e.place?.name)).not.toContain('Russia');
  });
});

describe('battles told as fighting, an offensive repelled, or clashing', () => {
  it('"fighting took place between Russian and Ukrainian forces in Kalyta" is a battle', () => {
    expect(eventsOf('On 11 March 2022, fighting took place between Russian and Ukrainian forces in Kalyta.', '2022-03-11').map((e) => e.type)).toContain('ground_advance');
  });
  it('other phrasings: "engaged in an offensive near Avdiivka but were repulsed", "clashing with Ukrainian forces"', () => {
    expect(eventsOf('Russian forces engaged in an offensive near Avdiivka but were repulsed.').map((e) => e.type)).toContain('ground_advance');
    expect(eventsOf('Russian forces pressed towards Sloviansk, clashing with Ukrainian forces.').map((e) => e.type)).toContain('ground_advance');
  });
  it('negative: attempts repelled "on several occasions" in the past are background', () => {
    expect(eventsOf('Previously, Russian forces tried to enter the village of Dachne on several occasions but were repelled.')).toHaveLength(0);
  });
  it('negative: "clashing accounts" are no battle', () => {
    expect(eventsOf('Officials gave clashing accounts of the night in Kharkiv.')).toHaveLength(0);
  });
});

describe('a side saying its forces "now control" ground', () => {
  it('"his forces now control the Russian town of Sudzha" is a territorial claim at Sudzha, not in Ukraine', () => {
    const evs = eventsOf('Ukraine\'s top commander said his forces now control the Russian town of Sudzha.', '2024-08-20');
    expect(evs.map((e) => [e.type, e.place?.name])).toEqual([['territorial_claim', 'Sudzha']]);
  });
  it('negative: a capital standing for its government in the same sentence is not the ground claimed', () => {
    const evs = eventsOf('Ukraine\'s commander said his forces now control 100 settlements of the Kursk region, an incursion that caught Moscow off guard.', '2024-08-27');
    expect(evs.map((e) => e.place?.name)).not.toContain('Moscow');
  });
  it('negative: "the government now controls only a small part of the economy" claims no ground', () => {
    expect(eventsOf('The government now controls only a small part of the economy.')).toHaveLength(0);
  });
});

describe('a count of attacks is a running total of its own', () => {
  it('"more than 100 attacks on shipping in the Red Sea since November" is an aggregate in the Red Sea', () => {
    const evs = eventsOf('The Houthis have launched more than 100 attacks on commercial shipping in the Red Sea since November.', '2024-06-12');
    expect(evs.map((e) => [e.scope, e.place?.name])).toEqual([['aggregate', 'Red Sea']]);
  });
  it('negative: "dozens of attacks since 2022" with no number of their own are background', () => {
    expect(eventsOf('The town has faced dozens of attacks since 2022.')).toHaveLength(0);
  });
});

describe('agreements, handovers and flight told in more shapes', () => {
  const kinds = (text: string, published = '2025-12-10') =>
    analyse(docFromText(text, published)).events.map((e) => `${e.type}/${e.subtype ?? ''}`);
  it('"announced a 72-hour ceasefire", "signed a peace agreement", "a truce … took effect" are ceasefires', () => {
    expect(kinds('The government announced a 72-hour ceasefire in Sweida on Monday.')).toContain('other/ceasefire_agreement');
    expect(kinds('Congo and Rwanda signed a peace agreement in Washington in June.')).toContain('other/ceasefire_agreement');
    expect(kinds('A truce between the army and the Druze factions took effect in Sweida on Sunday.')).toContain('other/ceasefire_agreement');
  });
  it('"handed the remains of a hostage", "returned the bodies of 15 Palestinians" are body handovers that kill no one', () => {
    const evs = analyse(docFromText('Hamas said it had handed the remains of a hostage to the Red Cross on Sunday. Israel returned the bodies of 15 Palestinians.', '2025-12-10')).events;
    expect(evs.map((e) => e.subtype)).toContain('body_repatriation');
    expect(evs.every((e) => !e.killed)).toBe(true);
  });
  it('"displaced an estimated 9,000 families", "forcing thousands of families to flee" are displacement', () => {
    expect(kinds('Clashes in Sweida on Sunday displaced an estimated 9,000 families.')).toContain('other/displacement');
    expect(kinds('Fighting broke out near Uvira on Sunday, forcing thousands of families to flee.')).toContain('other/displacement');
  });
  it('negative: "a school sheltering displaced families" and "the remains of the building" are neither', () => {
    expect(kinds('A strike hit a school sheltering displaced families in Gaza City on Sunday.')).not.toContain('other/displacement');
    expect(kinds('Rescuers searched the remains of the building in Kharkiv on Sunday.')).not.toContain('other/body_repatriation');
  });
});

describe('bodies received in a handover are no new toll', () => {
  const evs = (text: string) => analyse(docFromText(text, '2026-03-14')).events;
  it('"Kyiv received the bodies of 1,000 soldiers killed in the war" is a handover, with no deaths of its own', () => {
    const e = evs('Ukraine said on Friday it had received the bodies of 1,000 soldiers killed in the war.');
    expect(e.map((x) => x.subtype)).toEqual(['body_repatriation']);
    expect(e[0].killed ?? null).toBeNull();
  });
  it('negative: a hospital that "received the bodies of 11 people" counts the dead of a strike', () => {
    const e = evs('Israeli strikes hit Nuseirat on Monday. Al-Aqsa Hospital said it received the bodies of 11 people from Nuseirat.');
    expect(e.map((x) => x.subtype)).not.toContain('body_repatriation');
  });
});

describe('a talks venue named by its kind', () => {
  const talksAt = (text: string) => analyse(docFromText(text, '2025-03-03')).events.filter((e) => e.type === 'talks').map((e) => e.place?.name ?? null);
  it('"talks that ended in the Chinese city of Kunming", "talks in the Qatari capital, Doha"', () => {
    expect(talksAt('The army and the MNDAA held two days of talks that ended on Sunday in the Chinese city of Kunming.')).toEqual(['Kunming']);
    expect(talksAt('Negotiators held talks on Sunday in the Qatari capital, Doha.')).toEqual(['Doha']);
  });
  it('negative: a party\'s capital named with no "in" is no venue ("talks between Kyiv and Moscow")', () => {
    expect(talksAt('Talks between Kyiv and Moscow resumed on Sunday.')).toEqual([null]);
  });
  it('where they were held names the venue; a place they are about is their subject ("talks on roads in Taiz, held in Muscat")', () => {
    expect(talksAt('The envoy said talks on reopening roads in Taiz, held in Muscat on Sunday, ended without a deal.')).toEqual(['Muscat']);
    expect(talksAt('Delegations met in Cairo on Sunday for talks on a truce in Rafah.')).toEqual(['Cairo']);
    // (Another round's own venue stays.)
    expect(talksAt('Negotiators are due to meet in Geneva next week, after a round of talks in Riyadh on Saturday.').sort())
      .toEqual(['Genève', 'Riyadh']);
  });
  it('where one goes for talks is their venue ("would travel to Moscow next week for talks with Putin")', () => {
    expect(talksAt('The envoy said he would travel to Moscow next week for talks with the Kremlin.')).toEqual(['Moscow']);
    expect(talksAt('The president flew to Ankara on Friday for talks on the grain corridor.')).toEqual(['Ankara']);
    // Negative: a trip with no talks named is none.
    expect(talksAt('The president flew to Ankara on Friday.')).toEqual([]);
  });
  it('"delegations said they expected to meet again in Abu Dhabi" is a round to come; "would not meet again" none', () => {
    expect(talksAt('Both delegations said they expected to meet again in Abu Dhabi early next month.')).toEqual(['Abu Dhabi']);
    expect(talksAt('The two delegations said they would not meet again until the shelling stopped.')).toEqual([]);
  });
});

describe('a round of talks set for later', () => {
  const kinds = (text: string) => analyse(docFromText(text, '2025-03-03')).events.map((e) => e.type);
  it('"A further round, to include the TNLA, will be held in Kunming next month" and "A second round is expected next month"', () => {
    expect(kinds('A further round, to include the TNLA, will be held in Kunming next month, the junta said.')).toEqual(['talks']);
    expect(kinds('A second round is expected early next month to discuss merging SDF units into the army.')).toEqual(['talks']);
  });
  it('negative: "A new round of strikes hit Kharkiv" is a strike', () => {
    expect(kinds('A new round of strikes hit Kharkiv on Sunday.')).toEqual(['strike']);
  });
});

describe('debris of drones shot down that fell or did damage: the attack, not only its interception', () => {
  it('"In Voronezh, … debris from intercepted drones had fallen on a street and set fire to a warehouse"', () => {
    const evs = eventsOf('In Voronezh, the governor said debris from intercepted drones had fallen on a street and set fire to a shed.');
    expect(evs.map((e) => `${e.type}@${e.place?.name}`)).toEqual(['drone_attack@Voronezh']);
  });
  it('negative: drones shot down "over" a region are still placed by the words after them', () => {
    const evs = eventsOf('In Kursk, officials met on Monday. Air defences shot down 40 drones over the Bryansk region overnight, the ministry said.');
    expect(evs.map((e) => e.place?.name)).not.toContain('Kursk');
  });
});

describe('an attack on the ground whose dead are civilians', () => {
  it('is violence against civilians, whoever attacked ("an attack attributed to rebels", "militiamen attacked a camp")', () => {
    for (const text of [
      'At least 17 civilians were killed on Sunday night in an attack attributed to ADF rebels on a village near Eringeti.',
      'Militiamen attacked a camp for displaced families near Fataki on Saturday, killing six civilians.',
      'Gunmen attacked a wedding party in a village near Mopti on Friday, killing eleven civilians.',
    ]) expect(single(text).type, text).toBe('civilian_casualties');
  });
  it('so is one by armed men whose dead are not named as armed ("militiamen attacked a camp, killing five people")', () => {
    expect(single('Militiamen attacked a camp for displaced families near Fataki on Saturday, killing five people.').type)
      .toBe('civilian_casualties');
    expect(single('Gunmen attacked a village near Beni on Friday night, killing seven people.').type).toBe('civilian_casualties');
  });
  it('negative: a weapon of remote violence named keeps the strike; armed dead make a battle', () => {
    expect(single('An air strike on a market in Kidal on Monday killed nine civilians.').type).toBe('strike');
    expect(single('Drones attacked a bus near Kherson on Monday, killing three civilians.').type).toBe('drone_attack');
    expect(single('Rebels attacked an army post near Eringeti on Sunday, killing four soldiers.').type).toBe('ground_advance');
  });
});

describe('a toll of attacks over a whole year', () => {
  it('is a tally of many ("In 2024 alone, attacks … killed more than 1,000"), not one attack long past', () => {
    const evs = eventsOf('In 2024 alone, raids attributed to the ADF killed more than 900 civilians in Ituri, UN figures show.', '2026-04-21');
    expect(evs.map((e) => [e.scope, e.killed?.min, e.date?.start])).toEqual([['aggregate', 900, '2024-01-01']]);
  });
  it('negative: one attack in a past year is background, no event', () => {
    expect(eventsOf('In 2023, a missile hit a pizzeria in Kramatorsk, killing 13 people.', '2026-04-21')).toEqual([]);
  });
});

describe('the attacker as subject with an aside before its verb', () => {
  it('"Russia, meanwhile, launched a missile at Chernihiv" is a strike on Chernihiv, not in Russia', () => {
    for (const aside of ['meanwhile', 'in turn', 'for its part']) {
      const text = `Russia, ${aside}, launched a missile at the northern city of Chernihiv late on Saturday, killing one man.`;
      expect(eventsOf(text).map((e) => e.place?.name), text).toEqual(['Chernihiv']);
    }
  });
});

describe('an attack told by what it cut, with no one hurt', () => {
  it('"a strike on an energy facility left 120,000 households without electricity" is infrastructure damage', () => {
    for (const text of [
      'A Russian strike on a power plant in Odesa region left about 120,000 households without electricity on Monday.',
      'Drone attacks on substations left more than 1.2 million consumers in Sumy and Chernihiv regions without power on Monday.',
    ]) expect(eventsOf(text).map((e) => e.type), text).toContain('infrastructure_damage');
  });
  it('negative: with a toll it stays the attack', () => {
    expect(eventsOf('A drone strike on a substation in Sumy on Monday left 40,000 people without power and wounded two workers.')
      .map((e) => e.type)).toEqual(['drone_attack']);
  });
});

describe('a headline line inside the body (a live blog\'s entry titles) makes no event of its own', () => {
  it('the entry\'s body tells the strike once, with its own day', () => {
    const text = 'Live updates: strikes in southern Lebanon\n\nDrone strike on car near Tyre kills two, ministry says\n\n'
      + 'An Israeli drone strike on a car south of Tyre killed two people early Thursday, the health ministry said.\n\n'
      + 'What we know about the talks\n\nNegotiators are set to meet again in Naqoura next Monday, an official said.';
    const evs = eventsOf(text, '2026-10-08');
    expect(evs.map((e) => [e.type, e.place?.mention ?? null])).toEqual([['drone_attack', 'Tyre'], ['talks', 'Naqoura']]);
    expect(evs[0].date?.start).toBe('2026-10-08');
  });
  it('negative: a last line with no full stop, and a quotation whose full stop was lost, still count', () => {
    expect(eventsOf('Officials gave no details.\n\nA drone hit a fuel depot in Kursk overnight, the governor said')).toHaveLength(1);
    expect(eventsOf('The mayor spoke on Monday.\n\n“A missile hit the bakery in Kharkiv and killed four people,” he said\n\n'
      + 'He called for help.')).toHaveLength(1);
  });
});

describe('a drone told by what it did to the victims ("killed by a drone", "debris from a downed drone")', () => {
  it('is a drone attack where the victims were', () => {
    expect(typeSubtypes('In Lviv, an elderly couple died when debris from a downed drone set their house on fire, the mayor said.', '2026-12-02'))
      .toEqual(['drone_attack/']);
    expect(typeSubtypes('A man was killed by a drone in Nikopol on Monday, officials said.')).toEqual(['drone_attack/']);
    expect(typeSubtypes('Drone wreckage injured two people in Bryansk, the governor said.')).toEqual(['drone_attack/']);
  });
  it('negative: a missile is a strike, and drones downed with no place make nothing', () => {
    expect(typeSubtypes('A man was killed by a missile in Nikopol on Monday, officials said.')).toEqual(['strike/']);
    expect(eventsOf('Air defences downed 40 drones overnight, the army said.')).toEqual([]);
  });
});

describe('a habit told in an aside on a place is the place\'s backdrop, not the sentence\'s incident', () => {
  it('"liberated Siversk, a town that has been under attack for months" is a territorial claim', () => {
    expect(typeSubtypes('Russia\'s Defense Ministry claimed its troops had liberated Siversk, a town that has been under attack for months.'))
      .toEqual(['territorial_claim/']);
    expect(typeSubtypes('The army said it had retaken Kupiansk and Lyman, two towns that have been shelled regularly since spring.'))
      .toEqual(['territorial_claim/', 'territorial_claim/']);
  });
  it('negative: a habit told in the main clause is still no incident', () => {
    expect(eventsOf('Kherson has been shelled regularly since the Russian retreat, officials said.')).toEqual([]);
  });
});

describe('water a town lies on, past a word of what it was, is where nothing happened', () => {
  it('"In Nikopol, on the northern bank of the former Kakhovka reservoir" places the shelling at Nikopol only', () => {
    const evs = eventsOf('In Nikopol, on the northern bank of the former Kakhovka reservoir, shelling killed two people on Monday, officials said.');
    expect(evs.map((e) => e.place?.mention)).toEqual(['Nikopol']);
  });
});

describe('a raid on a place, or its homes burned, with no one hurt', () => {
  it('"settlers raided Burin, setting fire to homes", "troops torched 200 houses" are raids', () => {
    expect(typeSubtypes('Dozens of settlers raided Burin, south of Nablus, on Monday night, setting fire to three homes, the council said.'))
      .toContain('other/raid');
    expect(typeSubtypes('Junta troops torched about 200 houses in Gangaw Township last week, residents said.')).toEqual(['other/raid']);
  });
  it('negative: a raid with a toll is the attack it was; "was raided by police" alone names no place', () => {
    expect(typeSubtypes('Two Palestinians were killed during an Israeli raid in Jenin, the ministry said.')).toEqual(['civilian_casualties/']);
    expect(eventsOf('The office was raided by police.')).toEqual([]);
  });
});

describe('"the Bekaa Valley town of Baalbek": the region named to say where a town lies is no place of its own', () => {
  it('one strike, at Baalbek, with the part of the toll told for it', () => {
    const evs = eventsOf('Israeli strikes have killed at least 24 people across Lebanon this month, including six in a strike on a home '
      + 'in the Bekaa Valley town of Baalbek last week, the health ministry said.', '2026-10-08');
    expect(evs.filter((e) => e.place?.kind !== 'country').map((e) => [e.place?.mention, e.killed?.min])).toEqual([['Baalbek', 6]]);
  });
  it('negative: "Hillat Musa village of Rufaa area", with no "the", is a village called Hillat Musa', () => {
    const evs = eventsOf('Raiders struck Hillat Musa village of Rufaa area in Gezira State on Monday, killing nine farmers, the committee said.');
    expect(evs.map((e) => e.place?.name)).toContain('Hillat Musa');
  });
});

describe('a threat told as what a party warned it will do is no attack', () => {
  it('"has warned it will attack any polling station", "vowed that it will strike again"', () => {
    expect(eventsOf('The local PDF has warned it will attack any polling station in Kanbalu.')).toEqual([]);
    expect(eventsOf('Israel has vowed that it will strike Damascus again if troops deploy in the south.')).toEqual([]);
  });
  it('negative: what was done, told after a warning, is still an attack', () => {
    expect(typeSubtypes('Drones struck a polling station in Kanbalu on Sunday, after the PDF had warned voters to stay away.'))
      .toEqual(['drone_attack/']);
  });
});

describe('a bomb planted or carried (IED, roadside or car bomb, landmine, suicide bomber)', () => {
  it('is a strike of its own subtype, coded as ACLED codes an IED, with its toll', () => {
    for (const text of [
      'Three soldiers were killed on Monday when their truck hit a roadside bomb near Gao.',
      'A car bomb went off outside a hotel in Mogadishu on Monday, killing three people.',
      'A suicide bomber blew himself up at a market in Maiduguri on Monday, killing three people.',
    ]) {
      const e = single(text, '2024-07-16');
      expect(e.type, text).toBe('strike');
      expect(e.subtype, text).toBe('explosive_device');
      expect(e.acled.sub_event_type, text).toBe('Remote explosive/landmine/IED');
      expect(e.killed?.min, text).toBe(3);
    }
  });
  it('"a roadside bomb hit an army patrol" stays an explosion, not a battle', () => {
    expect(typeSubtypes('A roadside bomb hit an army patrol near Gao on Monday, killing two soldiers.', '2024-07-16'))
      .toEqual(['strike/explosive_device']);
  });
  it('negative: an air strike is no explosive device, and "mine" in "determine" is no mine', () => {
    expect(typeSubtypes('An air strike hit a fuel depot near Gao on Monday; officials could not determine the toll.', '2024-07-16'))
      .toEqual(['strike/']);
  });
});

describe('trends and other attacks told in general are no incident', () => {
  it('"stepped up attacks", "several other attacks", "unlikely to stop" make no event', () => {
    for (const text of [
      'The group has also stepped up its attacks in neighbouring Niger.',
      'Investigators have documented several other unlawful attacks by both sides in the Sahel region.',
      'Diplomats say the cross-border attacks are unlikely to stop while the war in Gaza goes on.',
    ]) expect(eventsOf(text, '2025-03-10'), text).toEqual([]);
  });
  it('negative: "armed clashes continued near X" on a day is still an incident', () => {
    expect(eventsOf('On 3 March 2025, armed clashes continued between the two armies near Yarova, Donetsk region.', '2025-03-03'))
      .toHaveLength(1);
  });
});

describe('where a source spoke from, and a bracketed dateline', () => {
  it('"a farmer, reached by phone from Mogadishu" does not place the strike in Mogadishu', () => {
    const places = eventsOf('A farmer near Jilib, reached by phone from Mogadishu, said an air strike had hit a farmhouse on Sunday.', '2024-03-05')
      .map((e) => e.place?.name);
    expect(places).not.toContain('Mogadishu');
  });
  it('"(Nairobi) – An armed group killed …" does not place the killings in Nairobi', () => {
    const places = eventsOf('(Nairobi) – An armed group killed at least 40 civilians in an attack on Djibo in northern Burkina Faso on '
      + 'November 4, a rights group said today.', '2025-11-10').map((e) => e.place?.name);
    expect(places).toEqual(['Djibo']);
  });
});

describe('words of markets, what would follow a capture, people captured, and where speakers are', () => {
  it('"prices hit a record high" and "the market was pricing in further attacks" are no attacks', () => {
    expect(eventsOf('Diesel prices in Odesa hit a record high this month. Traders said the market was "pricing in" further '
      + 'attacks on Ukrainian ports.', '2025-11-21')).toEqual([]);
  });
  it('"Its recapture would be a symbolic success for Moscow" is no capture', () => {
    expect(eventsOf('Its recapture would be a symbolic success for Moscow at a time when the Kremlin wants to impress Washington.',
      '2025-11-21')).toEqual([]);
  });
  it('"killed or captured more than 200 infiltrators" takes no ground', () => {
    expect(kindsOf('The ministry said it had killed or captured more than 200 infiltrators in Kupiansk this month.', '2025-11-21'))
      .not.toContain('territorial_claim');
  });
  it('"In Moscow, the defence ministry said its forces struck …" does not place the strike in Moscow', () => {
    expect(eventsOf('In Moscow, the Russian Defence Ministry said its forces had carried out a massive strike on airfields.', '2025-11-21')
      .map((e) => e.place?.name)).not.toContain('Moscow');
  });
  it('negative: "In Kharkiv, the governor said a missile hit a school" is in Kharkiv', () => {
    expect(eventsOf('In Kharkiv, the regional governor said a missile hit a school.', '2025-11-21').map((e) => e.place?.name))
      .toEqual(['Kharkiv']);
  });
  it('"Russia\'s top general has claimed his troops captured Kupiansk" is not a claim about Russia', () => {
    expect(eventsOf('Russia\'s top general has claimed that his troops have captured the city of Kupiansk.', '2025-11-21')
      .map((e) => e.place?.name)).toEqual(['Kupiansk']);
  });
  it('"grain due to be shipped to China" does not place the attack in China', () => {
    expect(eventsOf('The minister said the strikes on the port of Chornomorsk destroyed 60,000 tonnes of grain due to be shipped '
      + 'to China.', '2023-07-20').map((e) => e.place?.country)).not.toContain('CN');
  });
});

describe('a claim of ground told as control, and told again a day later', () => {
  it('"the group claimed its fighters were in control of Tyotkino" is a territorial claim', () => {
    expect(kindsOf('In a video on Saturday, the group claimed its fighters were in control of Tyotkino.', '2024-03-16'))
      .toEqual(['territorial_claim']);
  });
  it('a claim on Monday retold on Tuesday as "assertions that Moscow was in control" is one claim', () => {
    const events = eventsOf('Ukraine\'s army chief said on Tuesday his troops still held part of the eastern Ukrainian town of '
      + 'Maryinka, despite assertions by Russia\'s defence minister that Moscow was in control of Maryinka. Sergei Shoigu told '
      + 'Vladimir Putin on Monday that Russian forces had captured Maryinka.', '2023-12-26').filter((e) => e.type === 'territorial_claim');
    expect(events).toHaveLength(1);
  });
  it('negative: claims of two places a day apart stay two', () => {
    const events = eventsOf('On Monday the Russian defence ministry said its troops had captured the Ukrainian town of Maryinka. On '
      + 'Tuesday it said they had captured Krasnohorivka in Ukraine\'s Donetsk region.', '2023-12-26')
      .filter((e) => e.type === 'territorial_claim' || e.type === 'ground_advance');
    expect(events).toHaveLength(2);
  });
});

describe('a region\'s toll in a roundup is not moved to a town told after it', () => {
  it('deaths by two weapons in two places that add up to the region\'s toll stay apart from it', () => {
    const events = eventsOf('Russian attacks killed two people in Kharkiv Oblast over the past day, the governor said. A man was '
      + 'killed by shelling in a village near Kupiansk, and a woman died when a drone struck her car near Zolochiv, he added.',
    '2024-10-29');
    expect(events.map((e) => e.place?.name)).toContain('Kharkiv Oblast');
  });
  it('the other side\'s account of two killed in a town is another incident than the governor\'s two in the region', () => {
    const events = eventsOf('In Kherson Oblast, two people were killed and 14 injured, Governor Oleksandr Prokudin said. Across '
      + 'the river, the Russian-installed official Vladimir Saldo said Ukrainian shelling killed two people in Oleshky.', '2024-10-29');
    expect(events.map((e) => e.place?.name)).toEqual(expect.arrayContaining(['Kherson Oblast', 'Oleshky']));
  });
  it('negative: one strike told for the region and then for its town, with the same toll, is one event at the town', () => {
    const events = eventsOf('A missile strike killed three people in Odesa region on Monday, the governor said. The missile hit a '
      + 'warehouse in Izmail, killing three workers, he said.', '2024-10-29');
    expect(events.map((e) => e.place?.name)).toEqual(['Izmail']);
  });
});

describe('teachers downing tools', () => {
  it('"downed tools … a strike that has left pupils without lessons" is no attack', () => {
    expect(eventsOf('Teachers in several Mandera schools have downed tools, citing insecurity, a strike that has left thousands of '
      + 'pupils without lessons.', '2024-03-07')).toEqual([]);
  });
  it('negative: "the strike on a school killed two pupils" is an attack', () => {
    expect(kindsOf('The strike on a school in Sumy killed two pupils.', '2024-03-07')).toEqual(['strike']);
  });
});

describe('an attack named again by its place, and a weekly market', () => {
  const text = 'Army drones struck the weekly market in Gorom-Gorom on November 2, killing at least 28 civilians, witnesses said. '
    + 'The army did not respond. Aid groups said the roads were closed. Prices rose. The rains came late. Investigators wrote to '
    + 'the minister on November 9 with questions about the Gorom-Gorom strike.';
  it('"questions about the Gorom-Gorom strike", sentences later and on another day, is the strike already told', () => {
    expect(eventsOf(text, '2023-11-16')).toHaveLength(1);
  });
  it('"the weekly market" does not make the strike a weekly total', () => {
    expect(eventsOf(text, '2023-11-16')[0].scope).toBe('incident');
  });
  it('negative: "the Kramatorsk strike" with no strike on Kramatorsk told before is a new one', () => {
    expect(eventsOf('Drones hit Sloviansk on Monday. The Kramatorsk strike on Tuesday killed two, officials said.', '2024-05-07')
      .map((e) => e.place?.name)).toContain('Kramatorsk');
  });
});

describe('ships and sea routes', () => {
  it('"drones heading towards the USS Carney" names no town called Carney, nor "a U.S. destroyer" the United States', () => {
    const r = run('CENTCOM said its forces shot down three drones heading towards the USS Carney. Saree said the Houthis had '
      + 'launched drones at a U.S. destroyer in the Gulf of Aden.', '2024-03-07');
    expect(r.places.map((p) => p.mention)).not.toContain('Carney');
    expect(r.events.map((e) => e.place?.country ?? null)).not.toContain('US');
  });
  it('"reroute ships around the Cape of Good Hope" places no attack there', () => {
    expect(eventsOf('The attacks have forced many lines to reroute ships around the Cape of Good Hope.', '2024-03-07')
      .map((e) => e.place?.name)).not.toContain('Cape of Good Hope');
  });
});

describe('people captured, a town under attack for months, and a share of casualties', () => {
  it('"soldiers captured near Pokrovsk" takes no ground; "troops captured the town of Kupiansk" does', () => {
    expect(eventsOf('Among the men freed were defenders of Mariupol and soldiers captured near Pokrovsk.', '2025-10-02')).toEqual([]);
    expect(kindsOf('Russian troops captured the town of Kupiansk in the early weeks of the invasion.', '2025-10-02'))
      .toEqual(['ground_advance']);
  });
  it('"has been under attack since the autumn" is no incident', () => {
    expect(eventsOf('Kurakhove, home to a large power station, has been under attack since the autumn.', '2025-01-06')).toEqual([]);
  });
  it('"attacks on cities caused the largest share of casualties" is a summary, not an incident', () => {
    expect(eventsOf('Missile and drone attacks on cities such as Kyiv and Dnipro caused the largest share of casualties.',
      '2025-07-10').every((e) => e.scope === 'aggregate')).toBe(true);
  });
});

describe('frequent incursions, and the dead of an offensive told before', () => {
  it('"have carried out frequent incursions in the countryside" is no incident', () => {
    expect(eventsOf('Israeli forces have carried out frequent incursions in the Quneitra and Daraa countryside.', '2025-10-01')).toEqual([]);
  });
  it('"Thousands of people were killed in the offensive" is no incident of its own', () => {
    expect(eventsOf('Rebels seized Goma in January. Thousands of people were killed in the offensive.', '2026-01-15')
      .filter((e) => e.scope === 'incident' && e.type === 'civilian_casualties')).toEqual([]);
  });
  it('negative: "two people were killed in the shelling of Kherson" is an incident', () => {
    expect(kindsOf('Two people were killed in the shelling of Kherson on Monday.', '2026-01-15')).toEqual(['shelling']);
  });
});

describe('meetings of the parties are talks', () => {
  const talks = (text: string) => eventsOf(text).filter((e) => e.type === 'talks').map((e) => [e.place?.mention ?? null, e.status ?? 'held']);
  it('the two sides, mediators or ministers due to meet somewhere: talks planned there', () => {
    expect(talks('The two sides are expected to meet again in Geneva next month, a diplomat said.')).toEqual([['Geneva', 'planned']]);
    expect(talks('Omani mediators are due to meet both delegations again in Muscat next week.')).toEqual([['Muscat', 'planned']]);
    expect(talks('Defence ministers from the two blocs will meet in Nairobi on June 20 to agree a withdrawal plan.'))
      .toEqual([['Nairobi', 'planned']]);
  });
  it('one side meeting the other side\'s leader, envoy or counterpart: talks held where they met', () => {
    expect(talks('The interior minister met rebel commander Abu Khalid in Damascus on Saturday.')).toEqual([['Damascus', 'held']]);
    expect(talks('Hours before meeting with the US envoy in Moscow on Friday, Putin spoke to reporters.')).toEqual([['Moscow', 'held']]);
    expect(talks('Mediators met Israeli and Hamas officials one after the other in Cairo on Thursday.')).toEqual([['Cairo', 'held']]);
  });
  it('a round or meeting that was held, or is to take place, somewhere', () => {
    expect(talks('A fourth round was held in Jeddah on Sunday, with Saudi mediators carrying messages.')).toEqual([['Jeddah', 'held']]);
    expect(talks('The meeting is expected to take place in Baku on June 18.')).toEqual([['Baku', 'planned']]);
  });
  it('negative: meeting reporters, residents or families is no talks', () => {
    expect(talks('The governor met residents of the shelled district in Kharkiv on Saturday.')).toEqual([]);
    expect(talks('The president met reporters in Kyiv on Friday and took questions for an hour.')).toEqual([]);
    expect(talks('The mayor met the families of the victims at the hospital.')).toEqual([]);
  });
});

describe('one round of talks, and its venue', () => {
  const talks = (text: string, published = '2025-06-09') =>
    eventsOf(text, published).filter((e) => e.type === 'talks').map((e) => e.place?.name ?? null);
  it('a venue named by its kind with no comma: "in the Omani capital Muscat"', () => {
    expect(talks('The UN envoy met the rebels\' chief negotiator in the Omani capital Muscat on Monday.')).toEqual(['Muscat']);
  });
  it('a venue after "in" is the venue, whatever verb follows it', () => {
    expect(talks('Talks between Saudi and Iranian officials in Muscat last week have unsettled Washington.')).toEqual(['Muscat']);
  });
  it('"St." opens a place name', () => {
    expect(talks('The US envoy met with the Russian president in St. Petersburg on Friday for talks lasting four hours.'))
      .toEqual(['Saint Petersburg']);
  });
  it('two leaders due to meet somewhere: talks planned there', () => {
    expect(talks('The raid came a day before the Sudanese army chief and the RSF commander were due to meet in Jeddah on June 12.'))
      .toEqual(['Jeddah']);
  });
  it('a round told with its country or no venue, then with its city a day apart, is one round at the city', () => {
    expect(talks('Talks ended in Turkey on Tuesday without a deal. Delegates said the talks in Istanbul on Monday had been tense.',
      '2025-06-11')).toEqual(['Istanbul']);
    expect(talks('The delegations held talks on Tuesday. Negotiators said the talks in Geneva on Monday went late into the night.',
      '2025-06-11')).toEqual(['Genève']);
  });
  it('negative: two venues, or one venue a week apart, are two rounds', () => {
    expect(talks('Talks were held in Doha on Monday, and separate talks were held in Cairo on Monday.')).toEqual(['Doha', 'Cairo']);
    expect(talks('Delegations met for talks in Istanbul on May 26. A new round of talks was held in Istanbul on June 2.'))
      .toEqual(['Istanbul', 'Istanbul']);
  });
});

describe("a local office's own report is of its own town or region", () => {
  const placed = (text: string) => eventsOf(text).map((e) => [e.type, e.place?.admin1 ?? null]);
  it('a governor, mayor or regional administration telling of an attack with no place of its own', () => {
    expect(placed('Drones hit Kharkiv overnight. The Sumy Oblast Military Administration said Russian forces shelled 20 settlements.'))
      .toContainEqual(['shelling', 'Sumy Oblast']);
    expect(placed('Drones hit Ukraine overnight. Odesa Mayor Hennadiy Trukhanov said air defences shot down 12 drones over the city.'))
      .toContainEqual(['drone_attack', 'Odesa Oblast']);
  });
  it('negative: a ministry or a command named by its country is no local office', () => {
    expect(placed('Drones hit Ukraine overnight. The US Central Command said its forces struck 30 targets.').map(([, a]) => a))
      .not.toContain('Louisiana');
    expect(placed("Russia's defence ministry said air defences destroyed 33 drones overnight.")).toEqual([]);
  });
  it('negative: a bare toll updates the incident just told, not the office', () => {
    const evs = eventsOf('A drone hit a house in Kharkiv on Monday, the Kharkiv governor said. Two people were hurt, he said.');
    expect(evs.map((e) => [e.place?.name, e.injured?.min ?? null])).toEqual([['Kharkiv', 2]]);
  });
});

describe('ground told the way front-line reports tell it', () => {
  const ground = (text: string, published = '2025-06-11') => eventsOf(text, published)
    .filter((e) => e.type === 'ground_advance' || e.type === 'territorial_claim').map((e) => [e.type, e.place?.name ?? null]);
  it('advancing in, or north of, a place', () => {
    expect(ground('Geolocated footage published on Monday shows that Russian forces recently advanced in southern Siversk.'))
      .toEqual([['ground_advance', 'Siversk']]);
    expect(ground('Footage indicates Ukrainian troops advanced west of Robotyne on Monday.')).toEqual([['ground_advance', 'Robotyne']]);
  });
  it('a share, an area or a count of settlements held, told by a party, is a claim of ground', () => {
    expect(ground('The Russian defence ministry said on Tuesday its troops controlled more than 60 percent of Kupiansk, Ukraine.'))
      .toEqual([['territorial_claim', 'Kupiansk']]);
    expect(ground("Ukraine's army chief said on Tuesday his forces controlled about 800 square kilometres of Russia's Kursk region."))
      .toEqual([['territorial_claim', 'Kursk Oblast']]);
  });
  it('a town cleared of the other side\'s forces, a counter-offensive launched, a flag raised', () => {
    expect(ground('The president said on Tuesday that troops had cleared the village of Andriivka of Russian forces, Ukraine.'))
      .toEqual([['territorial_claim', 'Andriivka']]);
    expect(ground('Russian forces launched a counteroffensive against Ukrainian positions near Sudzha on Tuesday.'))
      .toEqual([['ground_advance', 'Sudzha']]);
    expect(ground('Footage published on Tuesday shows Russian soldiers raising a flag over the town hall in Toretsk, Ukraine.'))
      .toEqual([['ground_advance', 'Toretsk']]);
  });
  it('negative: talks that advanced, a road cleared of mines, an offensive named as the war\'s start', () => {
    expect(ground('The talks advanced in Geneva on Monday, diplomats said.')).toEqual([]);
    expect(ground('Sappers cleared the road near Izium of mines on Monday.')).toEqual([]);
    expect(ground('Israel launched its offensive after the attack on southern Israel in October 2023.')).toEqual([]);
  });
  it('negative: what no one has seen evidence or a sign of has not happened', () => {
    expect(ground('Analysts have observed no evidence of an encirclement of Ukrainian troops near Sudzha.')).toEqual([]);
    expect(ground('Monitors found no sign that Russian troops had captured the village of Siversk in Donetsk Oblast.')).toEqual([]);
    expect(ground('Russian forces captured the village of Siversk, Ukraine, though there was no evidence of heavy losses.'))
      .toEqual([['ground_advance', 'Siversk']]);
  });
  it('negative: what it is too early to say, or still unclear, has not happened', () => {
    expect(ground('A monitor said it was too early to tell whether the two villages had been cleared of enemy fighters.')).toEqual([]);
    expect(ground('It remains unclear whether the town of Siversk has fallen to Russian forces.')).toEqual([]);
    expect(eventsOf('It is unclear whether anyone was hurt when the drone hit the depot in Kursk on Monday.').map((e) => e.type))
      .toEqual(['drone_attack']);
  });
});

describe('an attack told over a whole country', () => {
  const placed = (text: string) => eventsOf(text).map((e) => [e.type, e.place?.name ?? null]);
  it("drones launched across the country, facilities hit in 15 regions: the speaker's country", () => {
    expect(placed("Ukraine's air force said Russia launched 80 drones across the country overnight, 60 of which were downed."))
      .toEqual([['drone_attack', 'Ukraine']]);
    expect(placed('Strikes hit Kharkiv, Ukraine, overnight. Officials said power lines had been hit in at least 12 regions.')
      .map(([, p]) => p)).toEqual(['Kharkiv', 'Ukraine']);
  });
  it('negative: a place of its own wins over "across the country"', () => {
    expect(placed('A missile hit a school in Dnipro, Ukraine, as air raid alerts sounded across the country on Monday.').map(([, p]) => p))
      .toEqual(['Dnipro']);
  });
});

describe('a part of a city, and an airport by its own name', () => {
  it('"the X district of Sanaa": the incident at the district, not lost between the two', () => {
    const [e] = eventsOf('Six people were killed when an air strike flattened a house in the Shuub district of Sanaa on Monday.');
    expect([e?.type, e?.place?.admin1]).toEqual(['strike', 'Amanat Al Asimah']);
  });
  it('take-offs and landings halted at an airport named by its two names', () => {
    expect(eventsOf('Take-offs and landings at Ben Gurion were suspended for half an hour on Monday.').map((e) => [e.type, e.place?.kind]))
      .toEqual([['airport_disruption', 'facility']]);
  });
  it('negative: landings of troops are no airport closure', () => {
    expect(eventsOf('Marines carried out landings on the coast near Kherson on Monday.').map((e) => e.type)).not.toContain('airport_disruption');
  });
});

describe('drones told in the passive', () => {
  it('"drones had been launched at two warships in the Red Sea": a drone attack there', () => {
    expect(eventsOf('The rebels said drones had been launched at two US destroyers in the Red Sea on Monday.').map((e) => e.type))
      .toEqual(['drone_attack']);
  });
  it('negative: drones sent to the front, or delivered, are no attack', () => {
    expect(eventsOf('Hundreds of drones were sent to the front near Pokrovsk last month.').map((e) => e.type)).not.toContain('drone_attack');
  });
});

describe('pushing deeper into a place', () => {
  it('"tanks pushed some 500 metres deeper into X": an advance into X', () => {
    expect(eventsOf('Witnesses said tanks had pushed some 500 metres deeper into the Shujaiya neighbourhood of Gaza City on Monday.')
      .map((e) => e.type)).toEqual(['ground_advance']);
  });
  it('negative: prices moving further into negative territory', () => {
    expect(eventsOf('Traders said prices moved further into negative territory on Monday.')).toEqual([]);
  });
});

describe('bombardment told as pounding, and running totals after a wave', () => {
  it('"jets pounded X": a strike; "artillery pounded X": shelling; rain pounding is neither', () => {
    expect(eventsOf('Warplanes pounded the town of Khan Sheikhoun on Monday.').map((e) => e.type)).toEqual(['strike']);
    expect(eventsOf('Russian artillery pounded Kherson on Monday, killing two.').map((e) => e.type)).toEqual(['shelling']);
    expect(eventsOf('Heavy rain pounded the region on Monday.')).toEqual([]);
  });
  it('"the southern suburbs, a Hezbollah stronghold known as Dahiyeh": the part named', () => {
    expect(eventsOf("Jets pounded Beirut's southern suburbs, a Hezbollah stronghold known as Dahiyeh, on Monday.")
      .map((e) => e.place?.mention)).toEqual(['Dahiyeh']);
  });
  it('a toll since the liberation is a running total, not a capture', () => {
    const evs = eventsOf('Officials said Russian attacks have killed more than 900 civilians in Kherson Oblast since the liberation.');
    expect(evs.map((e) => [e.type, e.scope])).toEqual([['civilian_casualties', 'aggregate']]);
  });
  it("a running total after a wave told by its weapon keeps its own kind: the war's dead", () => {
    const evs = eventsOf('Strikes hit Lebanon on Monday. The ministry says more than 1,900 people have been killed in Lebanon since '
      + 'the two sides began trading fire last year.');
    expect(evs.map((e) => [e.type, e.subtype, e.scope])).toContainEqual(['other', 'conflict_deaths', 'aggregate']);
  });
});

describe('talks told by a committee meeting, a reconvening, or as the nth round since', () => {
  const talks = (text: string, published = '2025-06-05') => analyse(docFromText(text, published)).events
    .filter((e) => e.type === 'talks').map((e) => ({ place: e.place?.mention ?? null, start: e.date?.start, status: e.status }));
  it('a truce or monitoring committee that met somewhere held a round there', () => {
    expect(talks('The truce monitoring committee, which includes both armies and the UN, met in Naqoura on Friday.'))
      .toEqual([{ place: 'Naqoura', start: '2025-05-30', status: undefined }]);
    expect(talks('A joint commission of the two militaries met at the border post of Gatuna on Monday.').length).toBe(1);
  });
  it('negative: a council that met is no round of talks', () => {
    expect(talks('The UN Security Council met in New York on Friday to discuss the strikes.')).toEqual([]);
  });
  it('parties expected to reconvene somewhere in a month ahead: planned talks in that month to come', () => {
    expect(talks('Mediators expected the two sides to reconvene in Jeddah in early March.'))
      .toEqual([{ place: 'Jeddah', start: '2026-03-01', status: 'planned' }]);
  });
  it('"the second round since 2022" dates the round, not a period since 2022', () => {
    expect(talks('Monday\'s talks in Istanbul, the second direct round since 2022, ended without a truce.'))
      .toEqual([{ place: 'Istanbul', start: '2025-06-02', status: undefined }]);
  });
});
