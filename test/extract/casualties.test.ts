import { describe, it, expect } from 'vitest';
import { extractCasualties } from '../../src/extract/casualties.js';

const killed = (s: string) => extractCasualties(s).killed;
const injured = (s: string) => extractCasualties(s).injured;

describe('lower bounds and exact numbers', () => {
  it('"at least N" is a lower bound and keeps its wording', () => {
    expect(killed('At least 12 people were killed when the rocket landed near the bakery.')).toEqual({ min: 12, max: null, text: 'at least 12' });
  });

  it('a plain number is a minimum', () => {
    const c = extractCasualties('The barrage killed 7 civilians near the old bus station.');
    expect(c.killed).toMatchObject({ min: 7, max: null });
    expect(c.civilian).toBe(true);
  });

  it('"more than N" is a lower bound', () => {
    expect(injured('More than 30 people were wounded in the explosion at the depot.')).toMatchObject({ min: 30, max: null });
  });

  it('thousands separators are read', () => {
    expect(killed('Shelling of the district has killed 1,250 civilians over the months.')).toMatchObject({ min: 1250 });
  });

  it('a number after "claimed the lives of"', () => {
    expect(killed('The blast claimed the lives of 8 people waiting for a bus.')).toMatchObject({ min: 8 });
  });

  it('bodies recovered count as killed', () => {
    expect(killed('Rescuers recovered 9 bodies from the collapsed stairwell.')).toMatchObject({ min: 9 });
  });
});

describe('upper bounds and vague amounts', () => {
  it('"up to N" is a maximum with no minimum', () => {
    expect(injured('Up to 15 people were injured at the crossing, medics said.')).toEqual({ min: null, max: 15, text: 'up to 15' });
  });

  it('"as many as N" is a maximum', () => {
    expect(killed('As many as 60 people were killed in the raid on the camp.')).toMatchObject({ min: null, max: 60 });
  });

  it('"about N" keeps only the wording', () => {
    const c = injured('About 40 people were injured, the deputy mayor told reporters.');
    expect(c).toMatchObject({ min: null, max: null });
    expect(c!.text).toMatch(/about 40/i);
  });

  it('"nearly N" keeps only the wording', () => {
    const c = killed('Nearly 100 people were killed in the farming village, activists reported.');
    expect(c).toMatchObject({ min: null, max: null });
    expect(c!.text).toMatch(/nearly 100/i);
  });

  it('"dozens" is text without a number', () => {
    const c = injured('Dozens of people were injured in the night-time bombardment.');
    expect(c).toMatchObject({ min: null, max: null });
    expect(c!.text).toMatch(/dozens/i);
  });

  it('a vague count after the verb may name the group before its people ("killed dozens of Hamas fighters")', () => {
    expect(killed('The army said it killed dozens of Hamas fighters near Khan Younis.')!.text).toMatch(/dozens/i);
    expect(killed('Air raids killed hundreds of Palestinian civilians in the camp.')!.text).toMatch(/hundreds/i);
    expect(killed('Soldiers killed two of the attackers near the post.')).toMatchObject({ min: 2 });
  });

  it('negative: "of" does not reach past a count to people of another clause', () => {
    expect(killed('The blast killed nobody, but dozens of people fled the town.')).toBeNull();
  });

  it('"hundreds of residents" is text without a number and marks civilians', () => {
    const c = extractCasualties('Hundreds of residents were killed during the months of siege, monitors said.');
    expect(c.killed).toMatchObject({ min: null, max: null });
    expect(c.killed!.text).toMatch(/hundreds/i);
    expect(c.civilian).toBe(true);
  });
});

describe('number words', () => {
  it('"a dozen" is twelve', () => {
    expect(injured('A dozen people were hurt when glass rained onto the platform.')).toMatchObject({ min: 12 });
  });

  it('hyphenated tens, "twenty-three"', () => {
    expect(injured('Twenty-three people were injured across the city.')).toMatchObject({ min: 23 });
  });

  it('killed and wounded in one sentence, with words and digits', () => {
    const c = extractCasualties('The bombing killed nine people and wounded 14 others in the suburb.');
    expect(c.killed).toMatchObject({ min: 9 });
    expect(c.injured).toMatchObject({ min: 14 });
  });

  it('"at least five ... and injured 20 others"', () => {
    const c = extractCasualties('The raid killed at least five people and injured 20 others near the rail yard.');
    expect(c.killed).toEqual({ min: 5, max: null, text: 'at least five' });
    expect(c.injured).toMatchObject({ min: 20 });
  });

  it('short form "Eight were killed and 40 injured"', () => {
    const c = extractCasualties('Eight were killed and 40 injured, according to the clinic.');
    expect(c.killed).toMatchObject({ min: 8 });
    expect(c.injured).toMatchObject({ min: 40 });
  });

  it('"At least 11 people were killed and 60 injured"', () => {
    const c = extractCasualties('At least 11 people were killed and 60 injured when the missile hit the square.');
    expect(c.killed).toMatchObject({ min: 11 });
    expect(c.injured).toMatchObject({ min: 60 });
  });
});

describe('single victims and children', () => {
  it('"a 2-year-old girl was killed" is one killed and one child', () => {
    const c = extractCasualties('A 2-year-old girl was killed when the drone struck her grandparents\' house.');
    expect(c.killed).toMatchObject({ min: 1 });
    expect(c.children).toMatchObject({ min: 1 });
  });

  it('"a 15-year-old boy was wounded" is one injured and one child', () => {
    const c = extractCasualties('A 15-year-old boy was wounded by shrapnel outside his school.');
    expect(c.injured).toMatchObject({ min: 1 });
    expect(c.children).toMatchObject({ min: 1 });
  });

  it('an adult victim is not a child', () => {
    const c = extractCasualties('A man was killed as he cycled to the night shift.');
    expect(c.killed).toMatchObject({ min: 1 });
    expect(c.children).toBeNull();
  });

  it('"22 people injured, including five children"', () => {
    const c = extractCasualties('The attack left 22 people injured, including five children.');
    expect(c.injured).toMatchObject({ min: 22 });
    expect(c.children).toMatchObject({ min: 5 });
    expect(c.killed).toBeNull();
  });

  it('"among them three children"', () => {
    const c = extractCasualties('A blast wounded 18 people, among them three children.');
    expect(c.injured).toMatchObject({ min: 18 });
    expect(c.children).toMatchObject({ min: 3 });
  });

  it('"Two children were among the dead"', () => {
    const c = extractCasualties('Two children were among the dead.');
    expect(c.killed).toMatchObject({ min: 2 });
    expect(c.children).toMatchObject({ min: 2 });
  });

  it('one civilian killed and three others wounded', () => {
    const c = extractCasualties('One civilian was killed and three others were wounded in the market.');
    expect(c.killed).toMatchObject({ min: 1 });
    expect(c.injured).toMatchObject({ min: 3 });
    expect(c.civilian).toBe(true);
  });
});

describe('zero casualties', () => {
  it('"no casualties" is zero killed and zero injured', () => {
    const c = extractCasualties('There were no casualties, the regional administration reported.');
    expect(c.killed).toMatchObject({ min: 0 });
    expect(c.injured).toMatchObject({ min: 0 });
  });

  it('"nobody was hurt" is zero', () => {
    const c = extractCasualties('Nobody was hurt when the debris fell, officials said.');
    expect(c.killed).toMatchObject({ min: 0 });
    expect(c.injured).toMatchObject({ min: 0 });
  });

  it('"no immediate reports of casualties" is zero', () => {
    const c = extractCasualties('There were no immediate reports of casualties after the blast.');
    expect(c.killed).toMatchObject({ min: 0 });
    expect(c.injured).toMatchObject({ min: 0 });
  });
});

describe('military victims, tolls and missing', () => {
  it('soldiers killed are military, not civilian', () => {
    const c = extractCasualties('Four soldiers were killed in the ambush on the supply road.');
    expect(c.killed).toMatchObject({ min: 4 });
    expect(c.military).toBe(true);
    expect(c.civilian).not.toBe(true);
  });

  it('servicemen are military', () => {
    const c = extractCasualties('At least 3 servicemen were killed at the training ground.');
    expect(c.killed).toMatchObject({ min: 3 });
    expect(c.military).toBe(true);
  });

  it('"the toll from a week of clashes in the south of the province has passed N": a long subject before the verb', () => {
    expect(killed('The toll from a week of heavy clashes in the hills of southern Syria’s mountain province has passed 1,100, a monitor said.'))
      .toMatchObject({ min: 1100 });
  });

  it('"the death toll rose to N"', () => {
    expect(killed('The death toll rose to 17 on Sunday as more bodies were found.')).toMatchObject({ min: 17 });
  });

  it('"N people were missing"', () => {
    expect(extractCasualties('Two people were missing after the tower block collapsed.').missing).toMatchObject({ min: 2 });
  });
});

describe('numbers that are not counts', () => {
  it('a year is not a count', () => {
    expect(killed('In 2024 the raids killed 3 people in the district.')).toMatchObject({ min: 3 });
    expect(killed('The missile killed 14 people in 2023, officials recalled.')).toMatchObject({ min: 14 });
  });

  it('a distance is not a count', () => {
    const c = extractCasualties('A drone fell 15 km from the front line, wounding four people.');
    expect(c.injured).toMatchObject({ min: 4 });
    expect(c.killed).toBeNull();
  });

  it('a count of weapons is not a count of victims', () => {
    const c = extractCasualties('Russian forces fired 35 drones overnight, injuring six people.');
    expect(c.injured).toMatchObject({ min: 6 });
    expect(c.killed).toBeNull();
  });

  it('a sentence without casualties gives nothing', () => {
    expect(extractCasualties('The delegations left the hotel without agreeing on a date.')).toEqual({
      killed: null, injured: null, children: null, missing: null, civilian: null, military: false,
      killedHeads: [], moreKilled: false,
    });
  });
});

describe('counts with no person noun, and victims as objects', () => {
  it('"No one was killed" is zero, not one', () => {
    const c = extractCasualties('No one was killed, the governor wrote on Telegram.');
    expect(c.killed).toMatchObject({ min: 0 });
  });

  it('"Three people were killed and eleven others were injured" keeps the two counts apart', () => {
    const c = extractCasualties('Three people were killed and eleven others were injured.');
    expect(c.killed).toMatchObject({ min: 3 });
    expect(c.injured).toMatchObject({ min: 11 });
  });

  it('"killed 12 and wounded 34" without a person noun', () => {
    const c = extractCasualties('The strike killed 12 and wounded 34.');
    expect(c.killed).toMatchObject({ min: 12 });
    expect(c.injured).toMatchObject({ min: 34 });
  });

  it('a second count after a "including ..." aside: "and wounded 50"', () => {
    const c = extractCasualties('The strike killed at least 20 people, including six children, and wounded 50.');
    expect(c.killed).toMatchObject({ min: 20 });
    expect(c.children).toMatchObject({ min: 6 });
    expect(c.injured).toMatchObject({ min: 50 });
  });

  it('"up to N people may have died" (a hedge between number and verb)', () => {
    expect(killed('Rescuers feared that up to 15 people may have died under the rubble.')).toMatchObject({ min: null, max: 15 });
  });

  it('"N people lost their lives"', () => {
    expect(killed('Six people lost their lives in the strike on the port.')).toMatchObject({ min: 6 });
  });

  it('"N people are still missing"', () => {
    expect(extractCasualties('Five people are still missing after the strike.').missing).toMatchObject({ min: 5 });
  });

  it('"killed a 2-year-old girl" (victim as object) is one killed and one child', () => {
    const c = extractCasualties('The shelling of the suburb killed a 2-year-old girl on Saturday.');
    expect(c.killed).toMatchObject({ min: 1 });
    expect(c.children).toMatchObject({ min: 1 });
  });

  it('"10 of them children" after the total', () => {
    const c = extractCasualties('Forty-five people were injured, 10 of them children.');
    expect(c.injured).toMatchObject({ min: 45 });
    expect(c.children).toMatchObject({ min: 10 });
  });

  it('"killed more than 600 children" is also a children count', () => {
    const c = extractCasualties('The attacks have killed more than 600 children in the country.');
    expect(c.killed).toMatchObject({ min: 600 });
    expect(c.children).toMatchObject({ min: 600 });
  });

  it('victims named by an unlisted noun: "wounded 3 police officers"', () => {
    expect(injured('The blast wounded 3 police officers at the checkpoint.')).toMatchObject({ min: 3 });
  });
});

describe('a total given after the casualty word', () => {
  it('"were killed in 2024 – a recorded total of 1,204 –" is 1,204 killed', () => {
    expect(extractCasualties('More civilians were killed in Kharkiv in 2024 than the year before – a recorded total of 1,204 – the monitor said.').killed).toMatchObject({ min: 1204 });
  });

  it('negative: a count of its own wins over a running total', () => {
    expect(extractCasualties('Two people were killed on Sunday, a total of 40 since May.').killed).toMatchObject({ min: 2 });
  });
});

describe('a count told just before a place', () => {
  it('"including eight in " is eight', async () => {
    const { countJustBefore } = await import('../../src/extract/casualties.js');
    expect(countJustBefore('Strikes killed 20 people, including eight in ')).toBe(8);
    expect(countJustBefore('Strikes killed 20 people, five people were killed in the ')).toBe(5);
    expect(countJustBefore('Strikes hit two villages in ')).toBeNull();
  });
});

describe('counted noun phrases: any victim noun, groups added up', () => {
  it('an unlisted victim noun before the verb: "Nine conscripts were killed"', () => {
    expect(killed('Nine young conscripts were killed when the convoy was ambushed.')).toMatchObject({ min: 9 });
    expect(killed('4 border guards died in the attack on the outpost.')).toMatchObject({ min: 4 });
  });

  it('groups joined by "and" are added up', () => {
    expect(killed('Two officers and three members of the village militia were killed.')).toMatchObject({ min: 5 });
    expect(killed('Eleven miners and 2 drivers were shot and killed near the quarry.')).toMatchObject({ min: 13 });
  });

  it('separate clauses naming different people are added up', () => {
    expect(killed('Thirty soldiers killed, 6 rebels killed, officials said.')).toMatchObject({ min: 36 });
  });

  it('the injured told by the care they got: hospitalised, treated for wounds, taken to hospital, received medical help', () => {
    for (const [text, n] of [
      ['Two workers were hospitalised after the blast.', 2],
      ['Three people were treated for shrapnel wounds.', 3],
      ['Four residents were taken to hospital with burns.', 4],
      ['Five employees received medical help for minor injuries.', 5],
      ['Six passengers needed medical treatment, the governor said.', 6],
    ] as const) expect(injured(text), text).toMatchObject({ min: n });
    // Negative: care of other things, or treatment of another kind, is no injury.
    expect(injured('The governor received medical reports from the district.')).toBeNull();
    expect(injured('Ten detainees were treated as suspects.')).toBeNull();
  });

  it('"nobody was killed" is zero dead only: the injured of the same sentence still count', () => {
    const c = extractCasualties('Nobody was killed, and two employees were hospitalised with minor injuries.');
    expect([c.killed?.min, c.injured?.min]).toEqual([0, 2]);
    const both = extractCasualties('No one was killed or injured in the attack.');
    expect([both.killed?.min, both.injured?.min]).toEqual([0, 0]);
  });

  it('a place a clause opens with is not a victim: "In the region, two people were killed" is two', () => {
    expect(killed('In the region, two people were killed overnight.')).toMatchObject({ min: 2 });
    expect(killed('In the Sumy district, three residents died when a bomb hit a house.')).toMatchObject({ min: 3 });
    expect(killed('In the city, a woman and her son were killed.')).toMatchObject({ min: 2 });
  });

  it('one person named by a noun: "The driver died", "a 12-year-old was killed"', () => {
    expect(killed('The driver died at the scene.')).toMatchObject({ min: 1 });
    const c = extractCasualties('A 12-year-old was killed by the blast.');
    expect(c.killed).toMatchObject({ min: 1 });
    expect(c.children).toMatchObject({ min: 1 });
  });

  it('victims as objects of an active verb: "shot and killed two herders", "killing him"', () => {
    expect(killed('Gunmen shot and killed two herders at the well.')).toMatchObject({ min: 2 });
    expect(killed('Militiamen stopped the trader and shot him dead.')).toMatchObject({ min: 1 });
    expect(killed('Unknown men seized a teacher and killed him.')).toMatchObject({ min: 1 });
    expect(killed('Raiders kill 6 and wound 9 in a night attack.')).toMatchObject({ min: 6 });
  });

  it('"N fatalities" and "resulting in 1 fatality"', () => {
    expect(killed('The fighting at the market resulted in 1 fatality.')).toMatchObject({ min: 1 });
    expect(killed('The convoy sustained 4 fatalities.')).toMatchObject({ min: 4 });
  });

  it('"between N and M" is a range', () => {
    expect(killed('Between 8 and 12 villagers were killed in the raid.')).toMatchObject({ min: 8, max: 12 });
  });

  it('negative: what kills is not who dies ("The blast killed three")', () => {
    expect(killed('The explosion wounded a dozen bystanders.')).toBeNull();
    expect(injured('The explosion wounded a dozen bystanders.')).toMatchObject({ min: 12 });
  });

  it('negative: a subset is not added ("including", brackets)', () => {
    expect(killed('Seven people were killed, including two nurses and a guard.')).toMatchObject({ min: 7 });
    expect(killed('Six people were killed (four guards and two cooks) at the base.')).toMatchObject({ min: 6 });
  });

  it('a group named by an acronym that spells a word ("IS" militants) is a modifier, not the verb "is"', () => {
    expect(killed('Twelve IS fighters and 3 villagers were killed in the clash near the wells.')).toMatchObject({ min: 15 });
    expect(killed('8 IS Sahel militants and two herders were killed at the market.')).toMatchObject({ min: 10 });
    // The verb in plain case still ends the phrase.
    expect(killed('The toll is 5 and 2 guards were killed.')).toMatchObject({ min: 2 });
  });

  it('negative: a headline in capitals keeps its words ("KILLED" is the fate, not a modifier)', () => {
    expect(killed('6 GUARDS KILLED IN RAID ON DEPOT')).toMatchObject({ min: 6 });
  });

  it('negative: counted things are not people, and a measure is not a toll', () => {
    expect(killed('Four drones were destroyed and two trucks were hit.')).toBeNull();
    expect(killed('The number killed rose sharply, the agency said.')).toBeNull();
    expect(killed('Five people, the governor said, were rescued.')).toBeNull();
  });
});

describe('dates and reports are not victims', () => {
  it('a day of the month before a count is not added to it', () => {
    expect(killed('Rockets hit the port early Sunday, May 4, and three people were killed, officials said.')).toMatchObject({ min: 3 });
    expect(killed('On 12 March, two guards were shot dead at the gate.')).toMatchObject({ min: 2 });
  });

  it('"an earlier report of three dead" is three, not a report killed', () => {
    expect(killed('The mayor raised the toll from an earlier report of two dead.')).toMatchObject({ min: 2 });
  });
});

describe('a toll that passed a figure', () => {
  it('"the toll … has passed 1,300" is a lower bound of 1,300', () => {
    expect(killed('The toll from a week of clashes in the province has passed 1,300, a monitor said.')).toMatchObject({ min: 1300 });
    expect(killed('The death toll has exceeded 40, rescuers said.')).toMatchObject({ min: 40 });
  });
});

describe('a speaker after a comma is no victim', () => {
  it('"killed at least 28 people, a rights group said" is 28', () => {
    expect(killed('Strikes on a market killed at least 28 people, a rights group said on Monday.')).toMatchObject({ min: 28 });
    expect(killed('The shelling killed 3 soldiers, a military source told reporters.')).toMatchObject({ min: 3 });
  });
  it('negative: a list of victims after a comma still adds up', () => {
    expect(killed('The strike killed 12 soldiers, 4 guards and a driver.')).toMatchObject({ min: 17 });
  });
});

describe('relatives counted, deaths among the injured, nobody of a named group hurt', () => {
  it('"a father and his two daughters" is three; "a mother and her four children" five', () => {
    expect(killed('The shell landed on the house, killing a father and his two daughters.')).toMatchObject({ min: 3 });
    expect(killed('A mother and her four children were killed when the roof collapsed.')).toMatchObject({ min: 5 });
    expect(killed('The blast killed a farmer and his son.')).toMatchObject({ min: 2 });
  });
  it('a death among the injured of an attack is a death', () => {
    expect(killed('A man injured in the strike died in hospital on Tuesday.')).toMatchObject({ min: 1 });
    expect(killed('Two of the wounded later died, doctors said.')).toMatchObject({ min: 2 });
    expect(killed("A woman who was hurt in Sunday's shelling died overnight.")).toMatchObject({ min: 1 });
    // …and not one more injured person.
    expect(injured('A man injured in the strike died in hospital on Tuesday.')).toBeNull();
  });
  it('nobody of the people named was hurt', () => {
    const c = extractCasualties('The drone hit a clinic, but no patients or staff were hurt.');
    expect([c.killed?.min, c.injured?.min]).toEqual([0, 0]);
    expect(killed('No civilians were killed in the raid, the army said.')).toMatchObject({ min: 0 });
  });
  it('nobody of a group named was hurt, or all of it was safe ("none of the 21 crew members", "the crew was safe")', () => {
    for (const text of [
      'None of the 19 crew members had been hurt, the operator said.',
      'The crew was safe and the tanker sailed on, the agency said.',
      'All 40 passengers were unharmed after the drone hit the ferry.',
    ]) {
      const c = extractCasualties(text);
      expect([c.killed?.min, c.injured?.min], text).toEqual([0, 0]);
    }
    // Negative: a safe place, or "safe" of something else, is no toll.
    expect(killed('Residents were told to move to a safe area before the shelling.')).toBeNull();
    expect(killed('The minister said the port was safe for shipping.')).toBeNull();
  });
  it('not a count: a possessive before a year, or a wounded person who survived', () => {
    expect(killed('He said his 2022 campaign killed nobody.')).not.toMatchObject({ min: 2022 });
    expect(killed('A man injured in the strike was taken to hospital.')).toBeNull();
  });
});

describe('a toll that rose, told far from its noun', () => {
  it('"The death toll from a strike on a building in the city of X rose to 12" is 12, not the two more bodies', () => {
    expect(killed('The death toll from a Russian missile strike on a nine-storey apartment block in the southern city of '
      + 'Zaporizhzhia rose to 12 on Friday after rescuers found two more bodies.')).toMatchObject({ min: 12 });
  });
});

describe('a phrase of place between the victims and their fate; a coder\'s figure', () => {
  it('"Two people in Kharkiv were killed", "seven civilians in different districts were killed"', () => {
    expect(killed('Two people in Kharkiv were killed on Sunday.')).toMatchObject({ min: 2 });
    expect(killed('At least seven civilians in different parts of the city were killed.')).toMatchObject({ min: 7 });
    expect(killed('Five soldiers at the checkpoint died.')).toMatchObject({ min: 5 });
  });
  it('not a toll: a place phrase that runs into another clause', () => {
    expect(killed('Residents in Kharkiv were told to shelter.')).toBeNull();
    expect(killed('Two people in the car, both teachers, survived.')).toBeNull();
  });
  it('"Unknown fatalities estimated as 10", "Fatalities coded to 10": the figure an event record carries', () => {
    expect(killed('The blast caused an unknown number of deaths. Unknown fatalities estimated as 10.')).toMatchObject({ min: 10 });
    expect(killed('Fatalities coded to 3.')).toMatchObject({ min: 3 });
    expect(killed('Fatalities were not reported.')).toBeNull();
  });
});

describe('a bare count before a phrase of time, and a death told in an appositive', () => {
  it('"killed four civilians and wounded 17 over the past day"', () => {
    const c = extractCasualties('Shelling of the border district killed four civilians and wounded 17 over the past day.');
    expect([c.killed?.min, c.injured?.min]).toEqual([4, 17]);
  });
  it('"A fourth person, a man injured in a drone attack on the city on Monday, died in hospital"', () => {
    expect(killed('A fourth person, a man injured in a drone attack on the city on Monday, died in hospital overnight.')).toMatchObject({ min: 1 });
    expect(injured('A fourth person, a man injured in a drone attack on the city on Monday, died in hospital overnight.')).toBeNull();
  });
});

describe('one noun for two people', () => {
  it('"a married couple", "a pair of brothers" are two', () => {
    expect(killed('The shell killed a married couple in their garden.')).toMatchObject({ min: 2 });
    expect(killed('A couple was killed when a shell hit their house.')).toMatchObject({ min: 2 });
    expect(killed('The strike killed a pair of brothers.')).toMatchObject({ min: 2 });
  });
});

describe('a subset told between the count and its fate', () => {
  it('"Twenty people, including six children, were killed" is 20, with six children', () => {
    const c = extractCasualties('Twenty people, including six children, were killed when the shell hit the market.');
    expect(c.killed).toMatchObject({ min: 20 });
    expect(c.children).toMatchObject({ min: 6 });
  });
  it('another phrasing: "at least 13 villagers, among them a mother and her two sons, died"', () => {
    expect(killed('At least 13 villagers, among them a mother and her two sons, died in the raid.')).toMatchObject({ min: 13 });
  });
  it('another phrasing: "Nine people, of whom four were nurses, have been wounded"', () => {
    expect(injured('Nine people, of whom four were nurses, have been wounded.')).toMatchObject({ min: 9 });
  });
  it('negative: with no subset aside, a count before its fate stays itself ("3 children were killed")', () => {
    expect(killed('In the same strike, 3 children were killed.')).toMatchObject({ min: 3 });
  });
});

describe('victims listed with their relatives, as part of a group, or as attackers', () => {
  it('"a man, his two wives and a neighbour" are four', () => {
    expect(killed('Gunmen shot dead a man, his two wives and a neighbour at their farm.')).toMatchObject({ min: 4 });
  });
  it('"a commander and two of his bodyguards" are three', () => {
    expect(killed('A roadside bomb killed a commander and two of his bodyguards near the market.')).toMatchObject({ min: 3 });
  });
  it('attackers killed, told in the passive, are counted: "five police officers and four attackers were killed" is nine', () => {
    expect(killed('Five police officers and four attackers were killed in the gunfight.')).toMatchObject({ min: 9 });
  });
  it('negative: an agent that kills is no victim ("the war has killed 485 children" is 485)', () => {
    expect(killed('The war has killed at least 485 children, prosecutors said.')).toMatchObject({ min: 485 });
  });
  it('negative: the speaker after a comma is no relative ("killed a farmer, his family said" is one)', () => {
    expect(killed('Gunmen killed a farmer, his family said.')).toMatchObject({ min: 1 });
  });
  it('negative: "two of the wounded later died" stays two', () => {
    expect(killed('Two of the wounded later died in hospital.')).toMatchObject({ min: 2 });
  });
});

describe('zero told as "did not cause casualties", and a count named by a word for it', () => {
  it('"the strike had not caused casualties" is zero', () => {
    expect(killed('The mayor said the strike had not caused casualties.')).toMatchObject({ min: 0 });
  });
  it('another phrasing: "the shelling caused no casualties"', () => {
    expect(killed('The shelling caused no casualties, officials said.')).toMatchObject({ min: 0 });
  });
  it('negative: "caused casualties among civilians" is no zero', () => {
    expect(killed('The strike caused casualties among civilians.')).toBeNull();
  });
  it('"12,000 civilians, a figure the UN supports" is 12,000, not one more', () => {
    expect(killed('The war has killed more than 12,000 civilians, a figure the UN monitoring mission supports.')).toMatchObject({ min: 12000 });
  });
});

describe('"more than N" is a lower bound, not more victims', () => {
  it('"have killed more than 1,600 civilians" is not more killed on top of an incident', () => {
    expect(extractCasualties('Air strikes have killed more than 1,600 civilians since the coup, a monitor said.').moreKilled).toBe(false);
  });
  it('negative: "two more people died" is more killed', () => {
    expect(extractCasualties('Two more people died in hospital on Monday.').moreKilled).toBe(true);
  });
});

describe('one dead told by a body found or by the person who later died', () => {
  it('"a young man\'s body was found" is one dead', () => {
    expect(killed('A young man\'s body was found on the road outside the town, killed by unknown gunmen.')).toMatchObject({ min: 1 });
  });
  it('"The woman subsequently died in the hospital" is one dead, more than those already counted', () => {
    const c = extractCasualties('The woman subsequently died in the hospital.');
    expect(c.killed).toMatchObject({ min: 1 });
    expect(c.moreKilled).toBe(true);
  });
  it('negative: "the woman was taken to hospital" is no death', () => {
    expect(killed('The woman was taken to hospital.')).toBeNull();
  });
});

describe('the one just told of and those with them', () => {
  it('"killing him and 2 of his relatives" is three', () => {
    expect(killed('Militiamen ambushed a village elder on the road, killing him and 2 of his relatives.')).toMatchObject({ min: 3 });
  });
  it('another phrasing: "killed her and her son" is two', () => {
    expect(killed('A shell hit the house and killed her and her son.')).toMatchObject({ min: 2 });
  });
  it('negative: "killed him and wounded two others" is one killed, two wounded', () => {
    const c = extractCasualties('A sniper killed him and wounded two others.');
    expect([c.killed?.min, c.injured?.min]).toEqual([1, 2]);
  });
});

describe('"one of his companions" and forces counted before their fate', () => {
  it('"killing the leader of the unit and one of his companions" is two', () => {
    expect(killed('Gunmen clashed with the guards, killing the leader of the unit and one of his companions.')).toMatchObject({ min: 2 });
  });
  it('"200 government forces killed, including a colonel" is 200', () => {
    expect(killed('Clashes in Kilgo: 200 government forces killed, including a colonel.')).toMatchObject({ min: 200 });
  });
  it('negative: "one of the wounded later died" stays one', () => {
    expect(killed('One of the wounded later died.')).toMatchObject({ min: 1 });
  });
});

describe('a phrase after a preposition is no victim; a fate after a relative clause is', () => {
  const killed = (t: string) => extractCasualties(t).killed?.min ?? null;
  it('"In the West Bank, a man was killed" is one, not two', () => {
    expect(killed('In the West Bank, a Palestinian man was killed by settlers on Sunday.')).toBe(1);
  });
  it('"According to the civilian government, at least 380 civilians have been killed" is 380, not 381', () => {
    expect(killed('According to the civilian National Unity Government, at least 380 civilians have been killed since January.')).toBe(380);
    expect(killed('According to the Lebanese health ministry, more than 270 people have been killed since the ceasefire.')).toBe(270);
  });
  it('"a 49-year-old woman who was arrested by soldiers on Monday died in custody" is one dead', () => {
    expect(killed('In Dawei township, a 49-year-old woman who was arrested by soldiers on Monday died in custody.')).toBe(1);
  });
  it('negative: "resulting in 1 fatality" still counts, and "In Kherson, a woman and her son were killed" is two', () => {
    expect(killed('Clashes erupted near the market, resulting in 1 fatality.')).toBe(1);
    expect(killed('In Kherson, a woman and her son were killed.')).toBe(2);
  });
});

describe('"no one had been hurt" is zero, in the past perfect too', () => {
  it('"It said no one had been hurt", "nobody had been injured"', () => {
    expect(extractCasualties('It said no one had been hurt.')).toMatchObject({ killed: { min: 0 }, injured: { min: 0 } });
    expect(extractCasualties('He said nobody had been injured in the blast.')).toMatchObject({ killed: { min: 0 }, injured: { min: 0 } });
  });
  it('negative: "one had been hurt" is one', () => {
    expect(extractCasualties('Officials said one person had been hurt.').injured).toMatchObject({ min: 1 });
  });
});

describe('ages told after the victims are not more victims', () => {
  it('"two cousins aged 8 and 12 were killed" is two, not twelve', () => {
    expect(killed('Two cousins aged 8 and 12 were killed when the roof collapsed.')).toMatchObject({ min: 2 });
    expect(killed('Three sisters, aged six, nine and 15, died in the fire.')).toMatchObject({ min: 3 });
  });
  it('"her daughters, aged 4 and 7" counts the ages told; "The man, 52," is one', () => {
    expect(killed('The farmer, 61, and his daughters, aged 4 and 7, were killed by the blast.')).toMatchObject({ min: 3 });
    expect(killed('A nurse, 29, was killed on her way to the clinic.')).toMatchObject({ min: 1 });
  });
  it('negative: a list of counts is still added up', () => {
    expect(killed('Two soldiers and 10 civilians were killed in the raid.')).toMatchObject({ min: 12 });
  });
});

describe('"a family of five" is five people', () => {
  it('as object and as subject', () => {
    expect(killed('The shell hit their flat, killing a family of five, including two children.')).toMatchObject({ min: 5 });
    expect(killed('A family of 4 was killed when the drone struck their car.')).toMatchObject({ min: 4 });
  });
  it('negative: a family with no fate told, and "a family of farmers" with no number', () => {
    expect(killed('A family of five fled the village before the raid.')).toBeNull();
    expect(killed('A family of farmers was killed in the strike.')).toMatchObject({ min: 1 });
  });
});

describe('an aside on some of the group between the group and its fate', () => {
  it('"Two Palestinians, one of them a 16-year-old, were killed" is two', () => {
    expect(killed('Two Palestinians, one of them a 16-year-old, were killed in the raid.')).toMatchObject({ min: 2 });
    expect(injured('Five people, including two children, were wounded in the strike.')).toMatchObject({ min: 5 });
  });
  it('negative: a list after a comma is still added up', () => {
    expect(killed('Three soldiers, 12 civilians and a medic were killed in the shelling.')).toMatchObject({ min: 16 });
  });
});

describe('two running totals set side by side are two tolls', () => {
  it('"more than 1,100 Palestinians … since then, while at least 44 Israelis …" is the first total', () => {
    expect(killed('More than 1,100 Palestinians have been killed in the West Bank since then, while at least 44 Israelis '
      + 'have been killed in attacks over the same period.')).toMatchObject({ min: 1100 });
  });
  it('negative: one clash\'s dead on both sides add up', () => {
    expect(killed('Clashes killed 43 soldiers, while 7 rebels died, the army said.')).toMatchObject({ min: 50 });
  });
});

describe('soldiers "martyred", and "of our soldiers"', () => {
  it('"Seven of our soldiers were martyred and 12 others were wounded" counts seven dead and 12 wounded', () => {
    const c = extractCasualties('"Seven of our soldiers were martyred and 12 others were wounded," the commander said.');
    expect(c.killed?.min).toBe(7);
    expect(c.injured?.min).toBe(12);
  });
  it('negative: "three of their homes were destroyed" counts no dead', () => {
    expect(extractCasualties('Three of their homes were destroyed in the shelling.').killed).toBeNull();
  });
});

describe('a count of one kind put at a figure ("put the number of injured at nine")', () => {
  it('reads the kind from the noun and the figure with its qualifier', () => {
    expect(extractCasualties('The council put the number of injured at eleven.').injured).toEqual({ min: 11, max: null });
    expect(extractCasualties('By noon the number of dead had reached 6, medics said.').killed).toEqual({ min: 6, max: null });
    expect(extractCasualties('The number of dead rose to 23 on Friday.').killed).toEqual({ min: 23, max: null });
    expect(extractCasualties('The tally of wounded stood at more than 40.').injured).toMatchObject({ min: 40 });
  });
  it('negative: "a number of people were hurt" is no count', () => {
    expect(extractCasualties('A number of people were hurt.').injured).toBeNull();
  });
});

describe('one victim told again between commas ("the driver, a 52-year-old man,")', () => {
  it('an apposition by age or as a man or a woman is the same person', () => {
    expect(extractCasualties('A drone hit a car near Klintsy, killing the driver, a 61-year-old man, and wounding his wife.').killed)
      .toEqual({ min: 1, max: null });
    expect(extractCasualties('Shelling killed the shepherd, an elderly woman, near the village.').killed)
      .toEqual({ min: 1, max: null });
    expect(extractCasualties('The strike killed a nurse, a 34-year-old mother of two, and her neighbour.').killed)
      .toEqual({ min: 2, max: null });
  });
  it('negative: a list of different people, with or without the last comma', () => {
    expect(extractCasualties('The blast killed a soldier, a policeman, and a farmer.').killed).toEqual({ min: 3, max: null });
    expect(extractCasualties('Shelling killed a farmer, a man and a boy.').killed).toEqual({ min: 3, max: null });
  });
});
