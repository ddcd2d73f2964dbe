import { describe, it, expect } from 'vitest';
import { extractPlaces } from '../../src/extract/places.js';
import { extractClaims } from '../../src/extract/claims.js';
import { analyse } from '../../src/extract/analyse.js';
import type { Place } from '../../src/extract/types.js';
import { docFromText, gap } from '../helpers.js';

const placesOf = (text: string) => extractPlaces(docFromText(text));
const mentions = (text: string) => placesOf(text).map((p) => p.mention);
/** Places found with the document's claims, as the analysis runs them (speakers' names are read with them). */
const placesWithClaims = (text: string) => {
  const doc = docFromText(text);
  return extractPlaces(doc, extractClaims(doc));
};
const find = (ps: Place[], mention: string) => {
  const p = ps.find((x) => x.mention === mention);
  expect(p, `place "${mention}" in ${JSON.stringify(ps.map((x) => x.mention))}`).toBeDefined();
  return p!;
};

describe('typed regions', () => {
  it('"Dnipropetrovsk region" is the Ukrainian oblast UA-12', () => {
    const p = find(placesOf('Drones hit a grain warehouse in the Dnipropetrovsk region on Sunday, the governor said.'), 'Dnipropetrovsk region');
    expect(p).toMatchObject({ kind: 'region', country: 'UA', admin1: 'Dnipropetrovsk Oblast', admin1Code: 'UA-12', precision: 3 });
  });

  it('Russian regions: Belgorod and Kursk', () => {
    const ps = placesOf('Artillery fire reached the Belgorod region and the Kursk region again.');
    expect(find(ps, 'Belgorod region')).toMatchObject({ kind: 'region', country: 'RU', admin1: 'Belgorod Oblast', admin1Code: 'RU-BEL' });
    expect(find(ps, 'Kursk region')).toMatchObject({ kind: 'region', country: 'RU', admin1: 'Kursk Oblast', admin1Code: 'RU-KRS' });
  });

  it('"Gezira state" is Al Jazirah in Sudan', () => {
    const p = find(placesOf('Paramilitary fighters overran several farming villages in Gezira state last week.'), 'Gezira state');
    expect(p).toMatchObject({ kind: 'region', country: 'SD', admin1: 'Al Jazirah', admin1Code: 'SD-GZ' });
  });

  it('"North Darfur state" is the Sudanese state', () => {
    const p = find(placesOf('Fighting went on in North Darfur state for a fourth day.'), 'North Darfur state');
    expect(p).toMatchObject({ kind: 'region', country: 'SD', admin1Code: 'SD-DN' });
  });

  it('Crimea is the Ukrainian first-level region UA-43', () => {
    const p = find(placesOf('Sea drones attacked a naval base in Crimea before dawn.'), 'Crimea');
    expect(p).toMatchObject({ kind: 'region', country: 'UA', admin1Code: 'UA-43' });
  });
});

describe('towns resolved with context', () => {
  it('"Pokrovsk" beside "Donetsk region" is the Ukrainian town, not Engels in Russia', () => {
    const ps = placesOf('Heavy fighting continued around Pokrovsk in the Donetsk region, the army said.');
    const p = find(ps, 'Pokrovsk');
    expect(p).toMatchObject({ kind: 'city', country: 'UA', admin1: 'Donetsk Oblast', admin1Code: 'UA-14', precision: 1 });
    expect(p.geonameId).not.toBeNull();
    expect(find(ps, 'Donetsk region')).toMatchObject({ kind: 'region', admin1Code: 'UA-14' });
  });

  it('Sudanese towns: Khartoum and El Fasher (North Darfur)', () => {
    const ps = placesOf('Shelling was reported in Khartoum and El Fasher throughout the day.');
    expect(find(ps, 'Khartoum')).toMatchObject({ country: 'SD', kind: 'city' });
    expect(find(ps, 'El Fasher')).toMatchObject({ country: 'SD', admin1: 'North Darfur' });
  });

  it('Wad Madani is in Al Jazirah', () => {
    expect(find(placesOf('Government troops retook Wad Madani after a long siege.'), 'Wad Madani')).toMatchObject({ country: 'SD', admin1: 'Al Jazirah' });
  });

  it('Khan Younis is in the Gaza Strip', () => {
    const ps = placesOf('An airstrike flattened a house in Khan Younis in the southern Gaza Strip.');
    expect(find(ps, 'Khan Younis')).toMatchObject({ country: 'PS', kind: 'city', admin1: 'Gaza Strip' });
    expect(find(ps, 'Gaza Strip')).toMatchObject({ country: 'PS', admin1: 'Gaza Strip' });
  });

  it('Istanbul is in Turkey', () => {
    expect(find(placesOf('The two delegations sat down in Istanbul for a second round.'), 'Istanbul')).toMatchObject({ country: 'TR', kind: 'city' });
  });

  it('several Ukrainian towns in one sentence each get their own oblast', () => {
    const ps = placesOf('Guided bombs fell on Sloviansk and Kostiantynivka, while explosions were heard in Lviv.');
    expect(find(ps, 'Sloviansk')).toMatchObject({ country: 'UA', admin1Code: 'UA-14' });
    expect(find(ps, 'Kostiantynivka')).toMatchObject({ country: 'UA', admin1Code: 'UA-14' });
    expect(find(ps, 'Lviv')).toMatchObject({ country: 'UA', admin1Code: 'UA-46' });
  });
});

describe('older and Russian spellings', () => {
  it('"Kiev", "Kharkov" and "Zaporozhye" resolve to the Ukrainian cities and keep the written form', () => {
    const ps = placesOf('Air defences fired over Kiev and Kharkov overnight, and a blast was reported in Zaporozhye.');
    expect(find(ps, 'Kiev')).toMatchObject({ country: 'UA', admin1Code: 'UA-30', kind: 'city' });
    expect(find(ps, 'Kharkov')).toMatchObject({ country: 'UA', admin1Code: 'UA-63', kind: 'city' });
    expect(find(ps, 'Zaporozhye')).toMatchObject({ country: 'UA', admin1Code: 'UA-23', kind: 'city' });
  });

  it('"Nikolaev" is Mykolaiv', () => {
    expect(find(placesOf('A drone slammed into a high-rise in Nikolaev.'), 'Nikolaev')).toMatchObject({ country: 'UA', admin1Code: 'UA-48' });
  });

  it('"Artemovsk" is Bakhmut in Donetsk Oblast', () => {
    expect(find(placesOf('Assault groups pressed on near Artemovsk, the commander said.'), 'Artemovsk')).toMatchObject({ name: 'Bakhmut', country: 'UA', admin1Code: 'UA-14' });
  });
});

describe('countries', () => {
  it('country names are countries with country precision and no admin1', () => {
    const ps = placesOf('Ukraine and Russia traded blame, while Sudan slid deeper into famine.');
    for (const [m, code] of [['Ukraine', 'UA'], ['Russia', 'RU'], ['Sudan', 'SD']] as const) {
      expect(find(ps, m)).toMatchObject({ kind: 'country', country: code, admin1: null, precision: 3 });
    }
  });
});

describe('facilities', () => {
  it('"Domodedovo airport" is a facility in Moscow Oblast', () => {
    const p = find(placesOf('Flights at Domodedovo airport were halted for three hours.'), 'Domodedovo airport');
    expect(p).toMatchObject({ kind: 'facility', country: 'RU', admin1: 'Moscow Oblast', admin1Code: 'RU-MOS', precision: 1 });
  });

  it('"Moscow\'s Vnukovo airport" keeps the airport as a facility', () => {
    const p = find(placesOf('Drones were shot down on approach to Moscow\'s Vnukovo airport.'), 'Vnukovo airport');
    expect(p).toMatchObject({ kind: 'facility', country: 'RU', admin1: 'Moscow Oblast' });
  });
});

describe('unknown villages', () => {
  it('"the village of X" is kept even when the gazetteer does not know it, placed by context', () => {
    const ps = placesOf('Troops entered the village of Velykozorivka near Pokrovsk in the Donetsk region.');
    const v = find(ps, 'Velykozorivka');
    expect(v).toMatchObject({ kind: 'city', geonameId: null, country: 'UA', admin1Code: 'UA-14' });
  });

  it('a same-named village elsewhere does not win over the region the sentence names', () => {
    const ps = placesOf('Assault units captured the village of Novopavlivka in the Dnipropetrovsk region.');
    expect(find(ps, 'Novopavlivka')).toMatchObject({ kind: 'city', country: 'UA', admin1Code: 'UA-12' });
  });
});

describe('a village whose name holds a word known elsewhere, named beside its region', () => {
  it('the whole name is the village, placed in the region after the comma; the word alone is no place', () => {
    const cases: [string, string, string][] = [
      ['Mortars struck Mala Shestirnya, Kherson, overnight; no one was hurt.', 'Mala Shestirnya', 'UA-65'],
      ['Guns fired on Vilne Pole, Donetsk region, on Friday.', 'Vilne Pole', 'UA-14'],
      ['A drone hit a barn in Stepova Dolyna, Mykolaiv region, officials said.', 'Stepova Dolyna', 'UA-48'],
    ];
    for (const [text, name, code] of cases) {
      const ps = placesOf(text);
      expect(find(ps, name)).toMatchObject({ kind: 'city', geonameId: null, country: 'UA', admin1Code: code, why: 'context' });
      for (const word of name.split(' ')) expect(ps.some((p) => p.mention === word), `${word} alone in: ${text}`).toBe(false);
    }
  });

  it('a word of the name that is a place in that region stays that place; names with a type word are not joined', () => {
    const plant = placesOf('Missiles hit the Zmiiv Thermal Power Plant, Kharkiv, at dawn.');
    expect(find(plant, 'Zmiiv')).toMatchObject({ name: 'Zmiiv', admin1Code: 'UA-63' });
    expect(find(placesOf('Shells landed in Vilne, Donetsk region, the governor said.'), 'Vilne')).toMatchObject({ admin1Code: 'UA-14' });
    expect(find(placesOf('Air raid alerts sounded across Kharkiv Oblast, Ukraine, overnight.'), 'Kharkiv Oblast')).toMatchObject({ kind: 'region' });
    // No comma and region after the name: nothing says where the longer name is, and nothing is joined.
    expect(placesOf('Mala Shestirnya lost power on Monday.').some((p) => p.mention === 'Mala Shestirnya')).toBe(false);
  });
});

describe('a piece of a longer name is not a place', () => {
  it('a known word inside a longer capitalised name the gazetteer lacks is not its namesake elsewhere', () => {
    for (const [text, word] of [
      ['Rebels overran the Nga Tan Kyaung border post on Tuesday, residents said.', 'Tan'],
      ['Writing by Alexander Pruitt; editing by Tom Brennan.', 'Alexander'],
      ['Fighters of Hayat Tahrir al-Sham attacked army posts near Idlib on Monday.', 'al-Sham'],
    ]) expect(mentions(text), text).not.toContain(word);
    expect(mentions('Fighters of Hayat Tahrir al-Sham attacked army posts near Idlib on Monday.')).toContain('Idlib');
  });

  it('negative: beside institution words, in a headline, or after a settlement word, the place stays', () => {
    expect(find(placesOf('Smoke rose over the Kupiansk Central Market after the strike.'), 'Kupiansk')).toMatchObject({ country: 'UA' });
    expect(mentions('Russian Drones Hit Kharkiv Apartment Block Overnight')).toContain('Kharkiv');
    // "Khutir" is a settlement word: the name after it is a hamlet, placed by its context.
    expect(find(placesOf('Monitors heard six blasts near Khutir Vilny in the Luhansk region.'), 'Vilny')).toMatchObject({ geonameId: null, admin1Code: 'UA-09' });
  });
});

describe('a name the gazetteer lacks, after a preposition of place', () => {
  it('is a village placed by what the sentence says around it', () => {
    const cases: [string, string, string][] = [
      ['Rebels clashed with soldiers in Kasindiro (Rutshuru, Nord-Kivu) on Sunday.', 'Kasindiro', 'CD-NK'],
      ['Mortars hit positions near Stepova Balka, Donetsk region, overnight.', 'Stepova Balka', 'UA-14'],
      ['Gunmen killed two herders outside Tungan Kawo in Niger state.', 'Tungan Kawo', 'NG-NI'],
    ];
    for (const [text, name, code] of cases) expect(find(placesOf(text), name), text).toMatchObject({ geonameId: null, why: 'context', admin1Code: code });
  });

  it('a list after the preposition goes on, and a title word can open a village\'s name', () => {
    const ps = placesOf('Fighters seized points in Tal Hadid and Sheikh Marwan, Aleppo, on Wednesday.');
    expect(ps.map((p) => p.mention)).toEqual(expect.arrayContaining(['Tal Hadid', 'Sheikh Marwan']));
    // Negative: a title before a person's name is not a place.
    expect(mentions('The envoy met aides in President Ruto\'s office on Monday.')).toEqual([]);
  });

  it('negative: a language, an acronym, an organisation or a known place is not taken for one', () => {
    expect(mentions('He pleaded for help in Amharic, witnesses said.')).toEqual([]);
    expect(mentions('Shells fell in IDP camps outside the town.')).toEqual([]);
    expect(mentions('Support for the truce is growing in Hamas, a senior official said.')).toEqual([]);
    expect(find(placesOf('A drone hit a depot in Kramatorsk on Monday.'), 'Kramatorsk')).toMatchObject({ why: expect.not.stringMatching(/^context$/) });
  });
});

describe('a village placed by the district named with it', () => {
  it('"X (District, Region)": the district the gazetteer knows is nearer than the region\'s middle', () => {
    const p = find(placesOf('Gunmen killed a farmer in Tungan Kawo (Paikoro, Niger) on Monday.'), 'Tungan Kawo');
    expect(p).toMatchObject({ why: 'context', admin1Code: 'NG-NI' });
    // Paikoro's own area, not the middle of Niger state (some 150 km away).
    expect(Math.abs(p.lat! - 9.44)).toBeLessThan(0.3);
    expect(Math.abs(p.lon! - 6.63)).toBeLessThan(0.3);
  });

  it('negative: a name in brackets that is no district leaves the village at its region', () => {
    const p = find(placesOf('Gunmen killed a farmer in Tungan Kawo (Reuters, Niger) on Monday.'), 'Tungan Kawo');
    expect(p).toMatchObject({ why: 'context' });
    expect(Math.abs(p.lat! - 9.44) < 0.3 && Math.abs(p.lon! - 6.63) < 0.3).toBe(false);
  });
});

describe('a capital that also names who holds it', () => {
  it('"in Sanaa" is the city, though the registry knows "Sanaa" as the Houthis', () => {
    expect(find(placesOf('Airstrikes hit targets in Sanaa overnight, residents said.'), 'Sanaa')).toMatchObject({ country: 'YE', kind: 'city' });
    // Negative: a one-word organisation is still no place.
    expect(mentions('Hezbollah said it fired rockets overnight.')).toEqual([]);
  });
});

describe('a city that is its own unit, and the region named after it', () => {
  it('"the Kyiv region" is Kyiv Oblast, not the city of Kyiv; "Moscow region" is Moscow Oblast', () => {
    expect(find(placesOf('A drone hit a house in the Kyiv region overnight, the governor said.'), 'Kyiv region')).toMatchObject({ admin1Code: 'UA-32' });
    expect(find(placesOf('Drones were shot down over the Moscow region on Sunday.'), 'Moscow region')).toMatchObject({ admin1Code: 'RU-MOS' });
    // Negative: the city itself stays the city's own unit.
    expect(find(placesOf('Explosions were heard in Kyiv on Monday.'), 'Kyiv')).toMatchObject({ admin1Code: 'UA-30' });
  });
});

describe('a first-level region by its bare name', () => {
  it('where no town of the country bears the name, the bare name is the region', () => {
    expect(find(placesOf('An air raid hit a car near Nabatieh on Monday, the health ministry said.'), 'Nabatieh'))
      .toMatchObject({ kind: 'region', country: 'LB', admin1Code: 'LB-NA' });
    expect(find(placesOf('Fighting spread across Nord-Kivu this week, aid groups said.'), 'Nord-Kivu'))
      .toMatchObject({ kind: 'region', country: 'CD', admin1Code: 'CD-NK' });
  });

  it('negative: a town of that name keeps it', () => {
    expect(find(placesOf('A missile hit Kherson on Monday, the governor said.'), 'Kherson')).toMatchObject({ kind: 'city', country: 'UA' });
  });
});

describe('words that are not places', () => {
  it('demonyms are not places', () => {
    expect(mentions('Ukrainian officials said the Ukrainian air force shot down most of the Russian drones.')).toEqual([]);
  });

  it('toponyms inside "Institute for the Study of War" are not places', () => {
    expect(mentions('Analysts at the Institute for the Study of War said the assault had stalled.')).toEqual([]);
  });

  it('"Kyiv Independent" is a newspaper, not Kyiv', () => {
    expect(mentions('A reporter for the Kyiv Independent reached the scene at dawn.')).toEqual([]);
  });

  it('"Washington Post" is a newspaper', () => {
    expect(mentions('The Washington Post first reported the strike.')).toEqual([]);
  });

  it('"Geneva Conventions" is a treaty', () => {
    expect(mentions('Lawyers said the Geneva Conventions forbid attacks on hospitals.')).toEqual([]);
  });

  it('a military unit named after a place is not a place', () => {
    expect(mentions('The Sever group of forces said it repelled four attacks.')).toEqual([]);
  });

  it('a name after a title is a person; the town after it is still found', () => {
    const ps = placesOf('President Zelensky met emergency crews in Odesa on Monday.');
    expect(ps.map((p) => p.mention)).toEqual(['Odesa']);
    expect(ps[0]).toMatchObject({ country: 'UA', admin1Code: 'UA-51' });
  });

  it('weekdays and months are not places', () => {
    expect(mentions('Shelling resumed on Monday and went on into May.')).toEqual([]);
  });
});

describe('offsets', () => {
  it('every span slices back to its mention and sits in its sentence', () => {
    const d = docFromText('Officials in Kharkiv reported damage overnight. Later, drones reached the Sumy region of Ukraine and Russia\'s Kursk region.');
    const ps = extractPlaces(d);
    expect(ps.length).toBeGreaterThanOrEqual(3);
    for (const p of ps) {
      expect(d.text.slice(p.span.start, p.span.end)).toBe(p.mention);
      const s = d.sentences[p.sentence];
      expect(p.span.start).toBeGreaterThanOrEqual(s.start);
      expect(p.span.end).toBeLessThanOrEqual(s.end);
    }
    expect(find(ps, 'Kharkiv').sentence).toBe(0);
    expect(find(ps, 'Sumy region')).toMatchObject({ sentence: 1, country: 'UA', admin1Code: 'UA-59' });
  });
});

describe('known gaps', () => {
  it('"Russia\'s Tula region" is Tula Oblast in Russia', () => {
    const ps = placesOf('A fuel depot in Russia\'s Tula region caught fire after the raid.');
    const p = ps.find((x) => /Tula/.test(x.mention));
    expect(p).toMatchObject({ kind: 'region', country: 'RU', admin1: 'Tula Oblast' });
  });

  it('"Port Sudan" is the Sudanese city', () => {
    const ps = placesOf('Drones hit fuel tanks in Port Sudan on Sunday.');
    expect(find(ps, 'Port Sudan')).toMatchObject({ kind: 'city', country: 'SD' });
  });

  it('"Moscow-area airports" names Moscow', () => {
    const ps = placesOf('Several Moscow-area airports suspended flights for hours.');
    expect(ps.find((p) => p.name === 'Moscow')).toMatchObject({ country: 'RU' });
  });

  it('"Kyiv\'s Darnytskyi district" is a district of Kyiv, not a place with no country', () => {
    const ps = placesOf('The missile hit Kyiv\'s Darnytskyi district.');
    const p = ps.find((x) => /Darnytskyi/.test(x.mention));
    expect(p).toMatchObject({ country: 'UA', admin1: 'Kyiv' });
  });

});

describe('acronyms', () => {
  it('an organisation acronym is not a place, but an all-capitals dateline is', () => {
    const d = docFromText('ODESA, Ukraine (AP) — Shells landed near the port overnight, and the OSCE SMM counted 20 impacts.');
    const mentions = extractPlaces(d).map((p) => [p.mention, p.country]);
    expect(mentions).toContainEqual(['ODESA', 'UA']);
    expect(mentions.map((m) => m[0])).not.toContain('SMM');
  });
});

describe('where the text says a place is', () => {
  it('"X, <oblast centre>" picks the homonym in that oblast', () => {
    expect(find(placesOf('Shelling struck Kalynove, Luhansk, on Tuesday.'), 'Kalynove')).toMatchObject({ country: 'UA', admin1: 'Luhansk Oblast' });
    expect(find(placesOf('Shelling struck Kalynove, Donetsk, on Tuesday.'), 'Kalynove')).toMatchObject({ country: 'UA', admin1: 'Donetsk Oblast' });
  });

  it('a Russian spelling finds the Ukrainian-spelled village in the stated oblast', () => {
    const p = find(placesOf('Russian forces shelled Kalinovo, Luhansk, overnight.'), 'Kalinovo');
    expect(p).toMatchObject({ name: 'Kalynove', admin1: 'Luhansk Oblast', kind: 'city' });
    expect(p.lat!).toBeCloseTo(48.57, 1);
  });

  it('an Arabic spelling with other vowels, pinned by the governorate after it', () => {
    const p = find(placesOf('An explosion was reported in Sokhneh, Homs governorate, on Friday.'), 'Sokhneh');
    expect(p).toMatchObject({ country: 'SY', admin1: 'Homs Governorate', kind: 'city' });
  });

  it('"Kale" finds the Burmese town written "Kalemyo"', () => {
    const p = find(placesOf('Protesters gathered in Kale, Sagaing region.'), 'Kale');
    expect(p).toMatchObject({ country: 'MM', admin1: 'Sagaing Region', kind: 'city' });
  });

  it('a spelling variant does not pull a village into a region the document is not about', () => {
    const p = find(placesOf('Shelling hit Nikolaevka and Buhas in the Donetsk region.'), 'Nikolaevka');
    expect(p).toMatchObject({ country: 'UA', admin1: 'Donetsk Oblast' });
  });

  it('an unknown village is placed at the town named with it in brackets, not at the middle of the province', () => {
    const ps = placesOf('Gunmen raided Kadorowa village (Djugu, Ituri) at dawn.');
    const v = find(ps, 'Kadorowa village');
    const town = find(ps, 'Djugu');
    expect(v).toMatchObject({ why: 'context', country: 'CD', admin1: 'Ituri' });
    expect([v.lat, v.lon]).toEqual([town.lat, town.lon]);
  });

  it('a village whose only namesakes are abroad is placed in the region the document is about', () => {
    const ps = placesOf('Fighting went on near El Fasher. Gunmen looted cattle in Toto area of North Darfur state.');
    expect(find(ps, 'Toto area')).toMatchObject({ country: 'SD', admin1: 'North Darfur', why: 'context' });
  });
});

describe('districts and townships', () => {
  it('"X district" is the second-level unit, with a point inside it', () => {
    const p = find(placesOf('Troops moved through Gangaw district in Magway region on Monday.'), 'Gangaw district');
    expect(p).toMatchObject({ kind: 'region', country: 'MM', admin1: 'Magway Region' });
    expect(Math.abs(p.lat! - 22)).toBeLessThan(0.6);
  });

  it('"X township" is placed at its seat, not at the centre of the region', () => {
    const p = find(placesOf('Clashes were reported in Tamu township, Sagaing region.'), 'Tamu township');
    expect(p).toMatchObject({ kind: 'region', admin1: 'Sagaing Region' });
    expect(p.lat!).toBeCloseTo(24.2, 1);
  });

  it('a city district resolved through a town-level entry stays a district', () => {
    const p = find(placesOf('A drone hit a house in Kharkiv\'s Osnovianskyi district.'), 'Osnovianskyi district');
    expect(p).toMatchObject({ kind: 'region', admin1: 'Kharkiv Oblast' });
    expect(p.lat!).toBeCloseTo(49.94, 1);
  });

  it('towns missing from cities500 are found in the second GeoNames extract', () => {
    expect(find(placesOf('Artillery hit Vuhledar again on Sunday.'), 'Vuhledar')).toMatchObject({ country: 'UA', admin1: 'Donetsk Oblast', kind: 'city' });
  });
});

describe('not places after all', () => {
  it('a lone "Al" is not a place', () => {
    expect(mentions('Al said the convoy left at noon. Drones hit Kyiv.')).not.toContain('Al');
  });

  it('a reporter "in Melbourne" is not placed by the city after him', () => {
    expect(mentions('Drones hit Kyiv. (Reporting by Jane Kelly in Melbourne)')).not.toContain('Kelly');
  });
});

describe('an authority named by its territory', () => {
  it('"the Donetsk People\'s Republic" is a place, Donetsk Oblast, though it is also an actor', () => {
    const p = find(placesOf("Fighting continued in the Donetsk People's Republic on Monday, the ministry said."), "Donetsk People's Republic");
    expect(p).toMatchObject({ kind: 'region', country: 'UA', admin1: 'Donetsk Oblast' });
  });

  it('a settlement the index lacks, "in the Donetsk People\'s Republic", is placed in Donetsk Oblast, not in the region the article is mostly about', () => {
    const ps = placesOf("Russian units pressed on in the Dnipropetrovsk region. The ministry said troops had liberated the settlement of Zelenyi Kut in the Donetsk People's Republic. Fighting in the Dnipropetrovsk region went on.");
    expect(find(ps, 'Zelenyi Kut')).toMatchObject({ country: 'UA', admin1: 'Donetsk Oblast', why: 'context' });
  });

  it('"X in <city>" still does not pin X: "Kelly in Melbourne" stays a reporter', () => {
    expect(mentions('Kelly in Melbourne reported that drones struck Kharkiv overnight.')).not.toContain('Kelly');
  });
});

describe('ordinary capitalised words and far-away namesakes are not places', () => {
  it('function words at a sentence start are not places ("Her", "Our", "Early", "By")', () => {
    const text = 'Shelling hit Kharkiv and Sumy on Friday. Her house in Kharkiv was destroyed. Our unit left Sumy. ' +
      'Early Saturday, drones struck Kharkiv again. By noon the fires were out.';
    expect(mentions(text).filter((m) => !/Kharkiv|Sumy/.test(m))).toEqual([]);
  });

  it('a role word is not a place ("Secretary", "Envoy")', () => {
    const text = 'Talks resumed in Kyiv on Monday. Secretary Lane met officials in Kyiv. Envoy Marsh also came to Lviv.';
    expect(mentions(text).filter((m) => !/Kyiv|Lviv/.test(m))).toEqual([]);
  });

  it('a small town abroad under an unrelated alternate name is not taken in a focused story', () => {
    const text = 'Drones hit Odesa and Mykolaiv overnight, Ukraine said. Taira, a nurse in Odesa, said the blast woke her.';
    expect(mentions(text)).not.toContain('Taira');
  });

  it('negative: a well-known foreign city under its English name stays a place', () => {
    const text = 'Drones hit Odesa and Mykolaiv overnight, Ukraine said. Delegations are due in Geneva on Tuesday.';
    expect(find(placesOf(text), 'Geneva')).toMatchObject({ country: 'CH' });
  });
});

describe('a pair typed once in the plural', () => {
  it('"Minbya and Rathedaung townships" makes both names typed places', () => {
    const ms = mentions('Rebels seized Minbya and Rathedaung townships in Rakhine State on Thursday, the group said.');
    expect(ms).toContain('Minbya');
    expect(ms.some((m) => m.startsWith('Rathedaung'))).toBe(true);
  });

  it('negative: "and" before a lower-case word types nothing', () => {
    expect(mentions('Fighters from Letpanchaung and nearby hamlets fled on Thursday.')).not.toContain('Letpanchaung');
  });
});

describe('describing compounds before a name', () => {
  it('"Druze-majority Sweida province" is Sweida province, without the compound', () => {
    const ms = mentions('Clashes in the Druze-majority Sweida province went on for a week, a monitor said.');
    expect(ms.some((m) => m.startsWith('Druze'))).toBe(false);
    expect(ms.some((m) => m.startsWith('Sweida'))).toBe(true);
  });
});

describe('places inside a speaker\'s name', () => {
  const withClaims = (text: string) => placesWithClaims(text).map((p) => p.mention);

  it('"Residents of Lubero said", "witnesses in the town of Kalehe said": where the speakers are is a place', () => {
    expect(withClaims('Residents of Lubero said the rebels had captured the bridge.')).toContain('Lubero');
    expect(withClaims('Witnesses in the town of Kalehe said 4 soldiers were killed.')).toContain('Kalehe');
  });

  it('negative: a town standing for its people as the speaker is not a place ("Lubero said")', () => {
    expect(withClaims('Kalehe said 4 soldiers were killed in the fighting.')).not.toContain('Kalehe');
  });

  it('a named facility speaking is still the place ("Nasser Hospital said", "the Kremlin said")', () => {
    expect(withClaims('Nasser Hospital said it had received 9 bodies after the strike in Khan Younis.')).toContain('Nasser Hospital');
    expect(withClaims('The Kremlin said the talks in Istanbul would go ahead.')).toContain('Kremlin');
  });
});

describe('an organisation before a describing hyphen', () => {
  it('"Hamas-led fighters" names no place (not a town that has "Hamas" as an alternate name)', () => {
    expect(mentions('Hamas-led fighters attacked a border post near Rafah.')).toEqual(['Rafah']);
  });
  it('a place before the hyphen still is one ("Kyiv-based", "Moscow-backed")', () => {
    expect(mentions('A Kyiv-based analyst said Moscow-backed officials had left Kherson.')).toEqual(expect.arrayContaining(['Kyiv', 'Moscow']));
  });
});

describe('a foreign homonym does not beat the story\'s countries', () => {
  it('"Kani Township" in a Sagaing story is in Myanmar (by context), not the Japanese city of Kani', () => {
    const ps = placesOf('Troops burned houses in Myinmu Township, Sagaing Region. A day later they raided a village in Kani Township.');
    expect(find(ps, 'Kani Township')).toMatchObject({ country: 'MM', admin1Code: 'MM-01' });
  });
  it('other phrasings: "Kani township" typed in lower case, and a village typed as such', () => {
    const ps = placesOf('Jets struck Monywa in Sagaing Region on Friday; residents fled from Kani township and from Yinmabin.');
    expect(find(ps, 'Kani township').country).toBe('MM');
  });
  it('"near Mambasa" in an Ituri story is not Mombasa in Kenya (an alternate spelling of another city)', () => {
    const ps = placesOf('ADF fighters killed nine people in Ituri province. The army said it pursued them near Mambasa in Ituri.');
    expect(ps.filter((p) => p.country === 'KE')).toEqual([]);
  });
  it('"The Hague" stays the Dutch city in a story about Gaza (an article before the name is no other stem)', () => {
    const ps = placesOf('Israel struck Gaza City again. Lawyers argued the case before the court in The Hague on Monday.');
    expect(ps.find((p) => /Hague/.test(p.mention))?.country).toBe('NL');
  });
  it('negative: a township named with a foreign country is kept there ("Japan\'s Kani city")', () => {
    const ps = placesOf('Myanmar troops shelled Sagaing Region. In Japan\'s Kani city, exiles held a rally.');
    expect(ps.find((p) => /Kani/.test(p.mention))?.country).toBe('JP');
  });
});

describe('a place the gazetteer lacks, told by its context', () => {
  it('"X, about 60 km north of Goma" is in Goma\'s region, and "X" again later is the same place', () => {
    const ps = placesOf('Residents of the town of Kitchanga Nord, about 40 km west of Goma, fled. Shops reopened in Kitchanga Nord on Friday.');
    const all = ps.filter((p) => p.mention === 'Kitchanga Nord');
    expect(all).toHaveLength(2);
    for (const p of all) expect(p).toMatchObject({ country: 'CD', admin1: 'North Kivu' });
  });

  it('negative: the bare name inside a longer name ("Kitchanga Nord Defence Group") is no place', () => {
    const ps = placesOf('Fighters entered the village of Kitchanga Nord. The Kitchanga Nord Defence Group said it withdrew.');
    expect(ps.filter((p) => p.mention === 'Kitchanga Nord')).toHaveLength(1);
  });
});

describe('a country that opens an organisation\'s name', () => {
  it('"Myanmar junta", "Russia\'s defence ministry" still name the country', () => {
    expect(mentions('Myanmar junta jets bombed the market in Sagaing Region.')).toContain('Myanmar');
    expect(mentions("Russia's defence ministry said its troops advanced.")).toContain('Russia');
  });
  it('negative: the rest of the name is no place ("Sudan Liberation Army" names no town)', () => {
    expect(mentions('The Sudan Liberation Army said its fighters held the road.')).not.toContain('Liberation');
  });
});

describe('names typed once in the plural after a list', () => {
  it('"the Kursk, Oryol and Smolensk regions" are three regions, not their capital cities', () => {
    const doc = docFromText('Fires broke out in the Kursk, Oryol and Smolensk regions after the raid.', '2025-06-09');
    const ps = extractPlaces(doc);
    expect(ps.map((p) => [p.name, p.kind])).toEqual([['Kursk Oblast', 'region'], ['Oryol Oblast', 'region'], ['Smolensk Oblast', 'region']]);
  });

  it('"the Kaluga and Bryansk regions", and a city named as a city stays one', () => {
    const ps = extractPlaces(docFromText('Drones hit depots in the Kaluga and Bryansk regions; in the city of Kaluga a roof burned.', '2025-06-09'));
    expect(ps.map((p) => [p.mention, p.kind])).toEqual([['Kaluga', 'region'], ['Bryansk regions', 'region'], ['Kaluga', 'city']]);
  });
});

describe("ACLED's parts of a unit it splits", () => {
  const acledOf = (text: string) => extractPlaces(docFromText(text, '2025-06-09')).map((p) => [p.mention, p.admin1Acled]);
  it('a town in Shan State is in Shan-North, Shan-East or Shan-South; in Bago Region, in Bago-East or Bago-West', () => {
    expect(acledOf('Fighting broke out near Lashio in Shan State.')).toContainEqual(['Lashio', 'Shan-North']);
    expect(acledOf('Junta jets bombed Tachileik in Shan State.')).toContainEqual(['Tachileik', 'Shan-East']);
    expect(acledOf('Protesters gathered in Taunggyi, Shan State.')).toContainEqual(['Taunggyi', 'Shan-South']);
    expect(acledOf('Troops raided villages near Pyay in Bago Region.')).toContainEqual(['Pyay', 'Bago-West']);
    expect(acledOf('A bomb exploded in Taungoo, Bago Region.')).toContainEqual(['Taungoo', 'Bago-East']);
  });
  it('the unit named as a whole keeps its own name, and other units are not split', () => {
    expect(acledOf('Fighting spread across Shan State.')).toContainEqual(['Shan State', 'Shan']);
    expect(acledOf('Airstrikes hit Monywa in Sagaing Region.')).toContainEqual(['Monywa', 'Sagaing']);
  });
});

describe('a country named in passing lends its small towns no weight', () => {
  it('"talks hosted by the United States in Geneva" in a Darfur story are in Switzerland', () => {
    const ps = placesOf('Shelling hit El Fasher in North Darfur again. Earlier talks hosted by the United States in Geneva collapsed.');
    expect(find(ps, 'Geneva').country).toBe('CH');
  });
  it('another phrasing: "in Geneva, where US envoys met" in a Sudan story', () => {
    const ps = placesOf('The RSF shelled Omdurman and Khartoum in Sudan. In Geneva, where US envoys met both sides, no deal was reached.');
    expect(find(ps, 'Geneva').country).toBe('CH');
  });
  it('negative: in a story about Illinois, Geneva is the Illinois town', () => {
    const ps = placesOf('Storms swept across Illinois overnight. In Geneva, Illinois, trees fell on two houses near Chicago.');
    expect(find(ps, 'Geneva')).toMatchObject({ country: 'US', admin1: 'Illinois' });
  });
});

describe('a facility named after a country', () => {
  it('"the Saudi Hospital" in El Fasher is a hospital in North Darfur, not Saudi Arabia', () => {
    const ps = placesOf('Shells fell on El Fasher in North Darfur overnight. The Saudi Hospital, the last one working in the city, was hit.');
    expect(find(ps, 'Saudi Hospital')).toMatchObject({ kind: 'facility', country: 'SD', admin1Code: 'SD-DN' });
  });
  it('other phrasings: a nationality before the facility word ("the Turkish Hospital", "the Indonesian Hospital")', () => {
    const ps = placesOf('Tanks advanced in Rafah in the Gaza Strip. Staff fled the Turkish Hospital as shells landed nearby.');
    expect(find(ps, 'Turkish Hospital').country).toBe('PS');
    const qs = placesOf('Troops surrounded the Indonesian Hospital in Beit Lahia, in the north of the Gaza Strip.');
    expect(find(qs, 'Indonesian Hospital').country).toBe('PS');
  });
  it('negative: a nationality before a lower-case "hospital" is no name ("a Turkish hospital ship")', () => {
    expect(mentions('A Turkish hospital ship docked at Port Sudan.')).not.toContain('Turkish hospital');
  });
  it('negative: the country named alone elsewhere stays the country', () => {
    const ps = placesOf('Drones struck El Fasher in North Darfur. Saudi Arabia called for a truce; the Saudi Hospital was shelled.');
    expect(find(ps, 'Saudi Arabia').kind).toBe('country');
    expect(find(ps, 'Saudi Hospital').country).toBe('SD');
  });
});

describe('seas, gulfs and rivers', () => {
  it('"the Red Sea" and "the Gulf of Aden" in a shipping story are the seas (no country)', () => {
    const ps = placesOf('Houthi forces in Yemen fired missiles at a tanker in the Red Sea and at a cargo ship in the Gulf of Aden.');
    expect(find(ps, 'Red Sea')).toMatchObject({ country: null, kind: 'region' });
    expect(find(ps, 'Gulf of Aden').country).toBeNull();
  });
  it('other phrasing: "Red Sea shipping" with no article, beside Sudan, is still the sea', () => {
    const ps = placesOf('Sudan and Egypt discussed Red Sea shipping lanes on Tuesday.');
    expect(find(ps, 'Red Sea').country).toBeNull();
  });
  it('negative: "Red Sea state" and "Port Sudan, Red Sea" are the Sudanese state', () => {
    expect(find(placesOf('Drones struck fuel depots in Red Sea state, Sudan.'), 'Red Sea state')).toMatchObject({ country: 'SD', admin1Code: 'SD-RS' });
    const ps = placesOf('On 3 May, RSF drones hit the airport in Port Sudan, Red Sea.');
    expect(find(ps, 'Red Sea').country).toBe('SD');
  });
  it('"the Litani river" and "the Dnipro river" are rivers, not towns of their names', () => {
    const ps = placesOf('Hezbollah was to withdraw north of the Litani river, Lebanese officials said in Beirut.');
    expect(find(ps, 'Litani river')).toMatchObject({ country: 'LB', kind: 'region' });
    const qs = placesOf('Ukrainian troops crossed the Dnipro river near Kherson.');
    expect(find(qs, 'Dnipro river')).toMatchObject({ country: null, kind: 'region' });
  });
  it('negative: the city of Dnipro named bare stays the city', () => {
    expect(find(placesOf('A missile hit a clinic in Dnipro on Friday.'), 'Dnipro')).toMatchObject({ country: 'UA', kind: 'city' });
  });
});

describe('a place that opens an office\'s title', () => {
  const withClaims = placesWithClaims;
  it('"Lviv Mayor Andrii Sadovyi reported…": Lviv is named', () => {
    expect(withClaims('Lviv Mayor Andrii Sadovyi reported two blasts in the city overnight.').map((p) => p.mention)).toContain('Lviv');
  });
  it('"In Kharkiv, Mayor Ihor Terekhov said…" and "Bryansk governor Alexander Bogomaz said…"', () => {
    const ps = withClaims('In Kharkiv, Mayor Ihor Terekhov said a drone hit a school in the Kyivskyi district.');
    expect(find(ps, 'Kharkiv').admin1Code).toBe('UA-63');
    expect(withClaims('Bryansk governor Alexander Bogomaz said debris set a depot on fire.').map((p) => p.mention)).toContain('Bryansk');
    expect(withClaims('The Odesa region governor Oleh Kiper said a port was hit.').map((p) => p.mention)).toContain('Odesa region');
    expect(withClaims('In the Mykolaiv region, governor Vitaliy Kim said a drone hit a warehouse.').map((p) => p.mention)).toContain('Mykolaiv region');
  });
  it('"the Kremlin\'s spokesman Dmitry Peskov told reporters…": the Kremlin is named', () => {
    expect(withClaims("The Kremlin's spokesman Dmitry Peskov told reporters the strikes would go on.").map((p) => p.mention)).toContain('Kremlin');
  });
  it('negative: a word between the place and the title keeps the office whole ("Kherson\'s regional governor")', () => {
    const ps = withClaims("Kherson's regional governor, Oleksandr Prokudin, said shelling went on.");
    expect(ps.map((p) => p.mention)).not.toContain('Kherson');
  });
});

describe('a possessive country pins the town', () => {
  it('"China\'s Belt and Road" is no town in Montana', () => {
    expect(mentions('Kyaukphyu hosts a deep-sea port that is part of China\'s Belt and Road plan in Myanmar.')).not.toContain('Belt');
  });
  it('negative: "Russia\'s Kursk region", "Ukraine\'s Izmail" keep their towns', () => {
    expect(mentions("Drones hit Russia's Kursk region and Ukraine's Izmail overnight.")).toEqual(expect.arrayContaining(['Izmail']));
  });
});

describe('a district name many cities share', () => {
  it('"the Kyivskyi district" in an Odesa story is in Odesa Oblast, not the Donetsk quarter of that name', () => {
    const ps = placesOf('Drones hit the port of Odesa and a warehouse in the Odesa region overnight. Windows were blown out in the Kyivskyi district.');
    expect(find(ps, 'Kyivskyi district')).toMatchObject({ country: 'UA', admin1Code: 'UA-51' });
  });
  it('another phrasing: "Shevchenkivskyi district" in a Kyiv story stays in the story\'s city', () => {
    const ps = placesOf('Missiles struck Kyiv before dawn. Debris fell in the Shevchenkivskyi district, the Kyiv city administration said.');
    expect(find(ps, 'Shevchenkivskyi district').admin1Code).toBe('UA-30');
  });
  it('"the city\'s Kyivskyi district" is a district of the last city named, even when the story names the other one\'s region', () => {
    const ps = placesOf('A missile hit Kharkiv on Tuesday. Shelling also hit the Donetsk region overnight. '
      + "The missile struck a bus depot in the city's Kyivskyi district.");
    expect(find(ps, 'Kyivskyi district').admin1Code).toBe('UA-63');
    const zp = placesOf('A bomb hit Zaporizhzhia on Saturday. Kyiv Oblast was quiet. '
      + "The family died in their house in the city's Shevchenkivskyi district.");
    expect(find(zp, 'Shevchenkivskyi district').admin1Code).toBe('UA-23');
  });
  it('negative: with Donetsk the story\'s region, the Donetsk quarter is kept', () => {
    const ps = placesOf('Shells fell on Donetsk in the Donetsk region. A market burned in the Kyivskyi district.');
    expect(find(ps, 'Kyivskyi district').admin1Code).toBe('UA-14');
  });
});

describe('a facility after describing words', () => {
  it('"the Zaporizhzhia nuclear power plant" is the plant, not the city', () => {
    const p = find(placesOf('The Zaporizhzhia nuclear power plant lost its last outside power line on Tuesday.'), 'Zaporizhzhia nuclear power plant');
    expect(p).toMatchObject({ kind: 'facility', name: 'Zaporizhzhia Nuclear Power Plant', admin1Code: 'UA-23' });
  });
  it('other phrasings: one describing word ("Engels air base"), and a plant the gazetteer lacks is still a facility', () => {
    expect(find(placesOf('Drones targeted the Engels air base overnight.'), 'Engels air base').kind).toBe('facility');
    expect(find(placesOf('A fire broke out at the Zmiiv thermal power plant in Kharkiv region.'), 'Zmiiv thermal power plant').kind).toBe('facility');
  });
  it('negative: a describing word with no facility word after it adds nothing ("Kyiv power outages")', () => {
    expect(find(placesOf('Kyiv power outages lasted six hours.'), 'Kyiv').kind).toBe('city');
  });
});

describe('a big airport named bare', () => {
  it('"flights were halted at Sheremetyevo" names the Moscow airport', () => {
    const p = find(placesOf('Flights were halted at Sheremetyevo for three hours after the drone raid.'), 'Sheremetyevo');
    expect(p).toMatchObject({ kind: 'facility', country: 'RU' });
  });
  it('another phrasing: "Sheremetyevo airport" and "Malpensa" bare', () => {
    expect(find(placesOf('Arrivals at Sheremetyevo airport were diverted.'), 'Sheremetyevo airport').kind).toBe('facility');
    expect(find(placesOf('A cargo flight was held at Malpensa overnight.'), 'Malpensa').country).toBe('IT');
  });
  it('negative: an airport whose name is also a town\'s stays the town when bare ("Vnukovo" is a Moscow district)', () => {
    expect(find(placesOf('Debris fell on houses in Vnukovo on Tuesday.'), 'Vnukovo').kind).toBe('city');
  });
});

describe('first-level regions spelled the English way', () => {
  it('Doha is in the municipality of Doha (QA-DA), not "Baladiyat ad Dawhah"', () => {
    const p = find(placesOf('Negotiators met again in Doha on Thursday to discuss a truce in Gaza.'), 'Doha');
    expect(p).toMatchObject({ country: 'QA', admin1: 'Doha', admin1Code: 'QA-DA' });
  });
  it('another Qatari place: Al Wakrah', () => {
    expect(find(placesOf('The delegation stayed in Al Wakrah, south of Doha, in Qatar.'), 'Al Wakrah').admin1).toBe('Al Wakrah');
  });
});

describe('quarters and neighbourhoods of a city', () => {
  it('"the Khandaq al-Ghamiq neighbourhood" is a place the gazetteer lacks, placed by context', () => {
    const ps = placesOf('An Israeli strike hit Beirut in Lebanon on Sunday. The target was a flat in the Khandaq al-Ghamiq neighbourhood.');
    expect(find(ps, 'Khandaq al-Ghamiq neighbourhood')).toMatchObject({ country: 'LB', kind: 'city', why: 'context' });
  });
  it('"the Bachoura district of central Beirut" is in Beirut; "Gaza City\'s Zeitoun neighbourhood" in Gaza', () => {
    const ps = placesOf('Israeli jets struck Nabatieh in south Lebanon. Another strike hit a building in the Bachoura district of central Beirut.');
    expect(find(ps, 'Bachoura district').admin1).toBe('Beirut Governorate');
    const qs = placesOf('Tanks shelled Khan Younis in the Gaza Strip. Bodies were brought in from Gaza City\'s Zeitoun neighbourhood.');
    expect(find(qs, 'Zeitoun neighbourhood').country).toBe('PS');
  });
  it('negative: a lower-case "quarter" after no name is no neighbourhood ("a quarter of the vote")', () => {
    expect(mentions('Turnout fell by a quarter of the vote in Kharkiv.')).toEqual(['Kharkiv']);
  });
});

describe('ACLED\'s own spelling of first-level regions', () => {
  it('Timbuktu is in ACLED\'s "Tombouctou", Gedaref state in "Gedaref", Socotra in "Suqutra"', () => {
    expect(find(placesOf('Gunmen attacked a convoy near Timbuktu in Mali.'), 'Timbuktu').admin1Acled).toBe('Tombouctou');
    expect(find(placesOf('Clashes were reported in Gedaref state, Sudan.'), 'Gedaref state').admin1Acled).toBe('Gedaref');
    expect(find(placesOf('Storms cut roads on Socotra island in Yemen.'), 'Socotra').admin1Acled).toBe('Suqutra');
  });
  it('negative: the English name stays the name ("Timbuktu Region")', () => {
    expect(find(placesOf('Gunmen attacked a convoy near Timbuktu in Mali.'), 'Timbuktu').admin1).toBe('Timbuktu Region');
  });
});

describe('ACLED\'s parts of a split unit', () => {
  it('a town near Lashio is in ACLED\'s "Shan-North"; one near Kengtung in "Shan-East"; Pyay in "Bago-West"', () => {
    expect(find(placesOf('Fighting broke out in Lashio in Shan State, Myanmar.'), 'Lashio').admin1Acled).toBe('Shan-North');
    expect(find(placesOf('Troops moved into Tachileik, in eastern Shan State, Myanmar.'), 'Tachileik').admin1Acled).toBe('Shan-East');
    expect(find(placesOf('Jets bombed a village near Pyay in Bago Region, Myanmar.'), 'Pyay').admin1Acled).toBe('Bago-West');
  });
  it('the part named in the text wins: "Shan-South state", and a village placed by context beside it', () => {
    const ps = placesOf('On 8 May, clashes were reported near Wari Su village (Pekon township, Taunggyi district, Shan-South state).');
    expect(find(ps, 'Shan-South state').admin1Acled).toBe('Shan-South');
  });
  it('negative: the state named as a whole keeps ACLED\'s whole name, and the English name is unchanged', () => {
    const p = find(placesOf('The junta declared martial law across Shan State, Myanmar.'), 'Shan State');
    expect(p).toMatchObject({ admin1: 'Shan State', admin1Acled: 'Shan' });
  });
});

describe('well-known quarters of big cities', () => {
  it('Dahiyeh and Haret Hreik are in Mount Lebanon; Shujaiya and Zeitoun in Gaza', () => {
    const ps = placesOf('Israeli jets struck Dahiyeh, south of Beirut, and a flat in Haret Hreik, Lebanese media said.');
    expect(find(ps, 'Dahiyeh')).toMatchObject({ country: 'LB', admin1: 'Mount Lebanon Governorate' });
    expect(find(ps, 'Haret Hreik').admin1).toBe('Mount Lebanon Governorate');
    const qs = placesOf('Tanks pushed into Shujaiya and Zeitoun in Gaza City, residents said.');
    expect(find(qs, 'Shujaiya').country).toBe('PS');
    expect(find(qs, 'Zeitoun').country).toBe('PS');
  });
  it('negative: a Cairo story\'s Zeitoun is not the Gaza quarter', () => {
    const ps = placesOf('Protesters gathered in Cairo, Egypt\'s capital, and in Giza; police closed roads in Zeitoun, Egyptian media said.');
    expect(ps.filter((p) => p.country === 'PS')).toEqual([]);
  });
});

describe('names that are no places in the news', () => {
  it('"Brent crude" is the oil benchmark, not the London borough', () => {
    expect(mentions('Brent crude rose 3% after the strike on the Novorossiysk terminal.')).not.toContain('Brent');
    expect(mentions('Prices of Brent climbed as tankers avoided the Red Sea.')).toEqual(['Red Sea']);
  });
});

describe('a word that is no place alone opening a region\'s name', () => {
  it('"Central Equatoria state" is the South Sudanese state, and "Yei county" in it is no Turkish town', () => {
    const ps = placesOf('Soldiers looted homes in a village of Yei county (Central Equatoria state) on Monday.');
    expect(find(ps, 'Central Equatoria state').country).toBe('SS');
    expect(find(ps, 'Yei county').country).toBe('SS');
  });
  it('another phrasing: "Eastern Equatoria" bare', () => {
    expect(find(placesOf('Cattle raiders struck Kapoeta East county in Eastern Equatoria, South Sudan.'), 'Eastern Equatoria').country).toBe('SS');
  });
  it('negative: a country inside an organisation\'s name is not made a place this way ("Communist Party of the Russian Federation")', () => {
    expect(mentions('The Communist Party of the Russian Federation held a rally in Podolsk.')).not.toContain('Russian Federation');
  });
});

describe('a town that only vouches for itself', () => {
  it('"the area of Boma" in a South Sudan note is not Boma in the Congo', () => {
    const ps = placesOf('Gunmen from the area of Boma attacked traders in Kapoeta East county (Eastern Equatoria state).');
    expect(ps.filter((p) => p.country === 'CD')).toEqual([]);
  });
  it('another phrasing: an Indian town of the same name as a camp in Juba county is no place of the note', () => {
    const ps = placesOf('Youths clashed at Mahad camp near Juba (Juba county, Central Equatoria state) on Sunday.');
    expect(ps.filter((p) => p.country === 'IN')).toEqual([]);
  });
  it('negative: a seat of government far away still counts ("talks in The Hague" in a Gaza story)', () => {
    const ps = placesOf('Israel struck Khan Younis in the Gaza Strip. Judges in The Hague heard the case on Friday.');
    expect(ps.find((p) => /Hague/.test(p.mention))?.country).toBe('NL');
  });
});

describe('a nationality before a unit word', () => {
  it('"Russian state media" names no place, and later "Russian forces" are no place either', () => {
    const ps = placesOf('Peskov told Russian state media the offensive went on. Russian forces entered two villages in Dnipropetrovsk Oblast.');
    expect(ps.map((p) => p.mention)).toEqual(['Dnipropetrovsk Oblast']);
  });
  it('another phrasing: "Syrian state TV reported" in a Homs story', () => {
    expect(mentions('Syrian state TV reported shelling in Homs.')).toEqual(['Homs']);
  });
  it('negative: a word no place alone before a region word still types a region ("North Darfur state")', () => {
    expect(find(placesOf('Fighting spread in North Darfur state.'), 'North Darfur state').country).toBe('SD');
  });
});

describe('camps', () => {
  it('"the Abu Shouk displacement camp north of El Fasher" is a place the gazetteer lacks, in North Darfur', () => {
    const ps = placesOf('Shells struck the Abu Shouk displacement camp north of El Fasher in North Darfur on Thursday.');
    expect(find(ps, 'Abu Shouk displacement camp')).toMatchObject({ country: 'SD', kind: 'facility', why: 'context' });
  });
  it('other phrasings: "Kalma camp" and "the Zamzam refugee camp"', () => {
    const ps = placesOf('Gunmen raided Kalma camp near Nyala in South Darfur; aid was cut to the Zamzam refugee camp.');
    expect(find(ps, 'Kalma camp').country).toBe('SD');
    expect(find(ps, 'Zamzam refugee camp').country).toBe('SD');
  });
  it('negative: a lower-case "camp" after no name makes no place ("the army camp near Goma")', () => {
    expect(mentions('Rebels shelled the army camp near Goma.')).toEqual(['Goma']);
  });
});

describe('a named hospital the gazetteer lacks', () => {
  it('"the Al-Awda Hospital in Jabalia" is a facility in Gaza, placed by context', () => {
    const ps = placesOf('Tanks surrounded the Al-Awda Hospital in Jabalia, in the north of the Gaza Strip.');
    expect(find(ps, 'Al-Awda Hospital')).toMatchObject({ kind: 'facility', country: 'PS' });
  });
  it('another phrasing: "Bashair Hospital" in a Khartoum story', () => {
    expect(find(placesOf('Shells hit Bashair Hospital in southern Khartoum, Sudan, on Monday.'), 'Bashair Hospital').country).toBe('SD');
  });
  it('negative: "the hospital said" names no place', () => {
    expect(mentions('The hospital said nine bodies had arrived from Rafah.')).toEqual(['Rafah']);
  });
});

describe('a capital that is a unit of its own, named after a place', () => {
  it('"Makariv, Kyiv" is the Makariv of Kyiv Oblast (Kyiv is the oblast\'s seat as well as a city unit)', () => {
    const p = find(placesOf('On 25 March, Ukrainian forces clashed with Russian forces near Makariv, Kyiv.'), 'Makariv');
    expect(p).toMatchObject({ country: 'UA', admin1Code: 'UA-32', why: 'region-context' });
  });
  it('another phrasing: "Vyshneve, Kyiv"', () => {
    expect(find(placesOf('Russian forces fired at positions in Vyshneve, Kyiv.'), 'Vyshneve').admin1Code).toBe('UA-32');
  });
  it('negative: Kyiv itself stays the city unit', () => {
    expect(find(placesOf('Russian forces fired at positions in Vyshneve, Kyiv.'), 'Kyiv').admin1Code).toBe('UA-30');
  });
});

describe('a note that names a country only by nationality', () => {
  it('"the Burkinabe army" rules out a Seno in Spain (the province is kept, placed by context)', () => {
    const p = find(placesOf('Burkinabe army jets bombed militant camps in Seno on Friday.'), 'Seno');
    expect(p).toMatchObject({ why: 'context' });
    expect(p.country).not.toBe('ES');
  });
  it('another phrasing: "Malian soldiers" and a Yamba that is not the Australian town', () => {
    const p = find(placesOf('Two traders were shot dead by gunmen at the market of Yamba, Malian soldiers said.'), 'Yamba');
    expect(p.country).not.toBe('AU');
  });
  it('another phrasing: an armed group the registry places in the Sahel ("JNIM militants") rules out Yamba in Australia', () => {
    const p = find(placesOf('JNIM militants shot two traders at the market of Yamba on Friday.'), 'Yamba');
    expect(p.country).not.toBe('AU');
  });
  it('negative: "Russian forces" keep Kupiansk in Ukraine, near Russia', () => {
    expect(find(placesOf('Russian forces shelled Kupiansk overnight, wounding a woman.'), 'Kupiansk')).toMatchObject({ country: 'UA' });
  });
  it('negative: with no nationality named, nothing is ruled out (Yamba alone stays the only Yamba known)', () => {
    expect(find(placesOf('Heavy rain flooded the streets of Yamba on Friday.'), 'Yamba')).toMatchObject({ country: 'AU' });
  });
});

describe('a city named by its own name against a village that has it as another spelling', () => {
  it('"Kaluga" in a story that names Ukraine is the Russian city, not Kaluha in Mykolaiv Oblast', () => {
    const ps = placesOf('Pro-war activists rallied in Kaluga on Sunday in support of the war in Ukraine.');
    expect(find(ps, 'Kaluga')).toMatchObject({ country: 'RU' });
  });
  it('another phrasing: "Gao" is the Malian city, not Guantánamo (which has it as a spelling that starts otherwise)', () => {
    const ps = placesOf('Militants attacked an army camp in Bourem (Bourem, Gao) on Tuesday.');
    expect(find(ps, 'Gao')).toMatchObject({ country: 'ML' });
  });
  it('negative: "Kaluha" by its own name stays the Ukrainian village', () => {
    expect(find(placesOf('A drone hit a barn in Kaluha, Mykolaiv region, on Sunday.'), 'Kaluha')).toMatchObject({ country: 'UA' });
  });
});

describe('a town of the next country in a story that names only the other side', () => {
  it('"Kostiantynivka" in a story that names only Moscow is still the Ukrainian town', () => {
    const ps = placesOf('Moscow said its troops were advancing. A glide bomb hit a market in Kostiantynivka on Saturday.');
    expect(find(ps, 'Kostiantynivka')).toMatchObject({ country: 'UA', admin1: 'Donetsk Oblast' });
  });
  it('another phrasing: Dobropillia (three Ukrainian namesakes) in a story that names only Kursk', () => {
    const ps = placesOf('Drones hit Kursk overnight, officials there said, and artillery struck Dobropillia on Sunday.');
    expect(find(ps, 'Dobropillia')).toMatchObject({ country: 'UA', admin1: 'Donetsk Oblast' });
  });
  it('negative: a small namesake village on another continent is still not taken (Geneva stays the Swiss city)', () => {
    const ps = placesOf('Talks between Kyiv and Moscow opened in Geneva on Monday.');
    expect(find(ps, 'Geneva')).toMatchObject({ country: 'CH' });
  });
});

describe('an outlet named after a place is no place', () => {
  it('"told L\'Orient Today" names no French town', () => {
    const ps = placesOf('Two medics were killed in a strike on Tyre overnight, the mayor told L\'Orient Today on Monday.');
    expect(ps.map((p) => p.country)).not.toContain('FR');
  });
  it('negative: Tyre itself is still found', () => {
    const ps = placesOf('Two medics were killed in a strike on Tyre overnight, the mayor told L\'Orient Today on Monday.');
    expect(find(ps, 'Tyre')).toMatchObject({ country: 'LB' });
  });
});

describe('a plant the gazetteer lacks, named after its town', () => {
  it('"the Novovoronezh nuclear power plant" is at Novovoronezh, in Russia', () => {
    const p = find(placesOf('A drone hit the Novovoronezh nuclear power plant overnight.'), 'Novovoronezh nuclear power plant');
    expect(p).toMatchObject({ country: 'RU', admin1: 'Voronezh Oblast' });
  });
  it('another phrasing: "the Saratov oil refinery"', () => {
    expect(find(placesOf('Drones struck the Saratov oil refinery on Sunday.'), 'Saratov oil refinery')).toMatchObject({ country: 'RU' });
  });
  it('negative: a plant the gazetteer has is itself ("the Zaporizhzhia nuclear power plant")', () => {
    const p = find(placesOf('Shelling cut power to the Zaporizhzhia nuclear power plant on Sunday.'), 'Zaporizhzhia nuclear power plant');
    expect(p.kind).toBe('facility');
  });
});

describe('a capital known by a name only as another spelling', () => {
  it('"(Al Qahirah)" in a Taizz note is no Cairo (the Arabic name is also a Taizz district\'s)', () => {
    const ps = placesOf('Sniper fire wounded a woman in Taizz - Usayfarah (Al Qahirah) on Sunday.');
    expect(ps.map((p) => p.country)).not.toContain('EG');
  });
  it('negative: Cairo by its own name stays the Egyptian capital in a Gaza story', () => {
    const ps = placesOf('Talks on a Gaza ceasefire resumed in Cairo on Sunday.');
    expect(find(ps, 'Cairo')).toMatchObject({ country: 'EG' });
  });
});

describe('nationalities read for a note\'s part of the world', () => {
  it('each nationality named gives its country, by the countries\' names and aliases ("Congolese" is the DR Congo)', async () => {
    const { nationalitiesNamed } = await import('../../src/extract/nationality-focus.js');
    expect([...nationalitiesNamed('Congolese and Burkinabe troops met Palestinian medics.')].sort()).toEqual(['BF', 'CD', 'PS']);
  });
  it('negative: a lower-case word is no nationality ("somali" inside a sentence is not read)', async () => {
    const { nationalitiesNamed } = await import('../../src/extract/nationality-focus.js');
    expect([...nationalitiesNamed('the word somali in lower case')]).toEqual([]);
  });
});

describe('a type word in the possessive still types the name before it', () => {
  it('"near Ben Gurion airport\'s main terminal" is the airport', () => {
    const p = find(placesOf('A missile landed near Ben Gurion airport\'s main terminal on Sunday.'), 'Ben Gurion airport');
    expect(p).toMatchObject({ kind: 'facility', country: 'IL' });
  });
  it('"in the Kharkiv region\'s north" is the region, not the city', () => {
    const p = find(placesOf('Shelling hit villages in the Kharkiv region\'s north on Sunday.'), 'Kharkiv region');
    expect(p).toMatchObject({ kind: 'region', admin1: 'Kharkiv Oblast' });
  });
  it('negative: "Kharkiv\'s mayor" is still the city', () => {
    expect(find(placesOf('Kharkiv\'s mayor said a drone hit a school.'), 'Kharkiv').kind).toBe('city');
  });
});

describe('seas and rivers of the wars covered, and Burmese spellings', () => {
  it('"a port on the Bay of Bengal" is the bay, not the Bay region of Somalia', () => {
    const p = find(placesOf('The Arakan Army took a naval base near a port on the Bay of Bengal.'), 'Bay of Bengal');
    expect(p.country).toBeNull();
  });
  it('"Kyaukphyu" is the Rakhine town the index spells Kyaukpyu', () => {
    expect(find(placesOf('The Arakan Army said it had taken Kyaukphyu.'), 'Kyaukphyu')).toMatchObject({ name: 'Kyaukpyu', country: 'MM' });
  });
  it('negative: a Burmese spelling rule does not reach a Ukrainian town ("Kharkiv" stays Kharkiv)', () => {
    expect(find(placesOf('Drones hit Kharkiv overnight.'), 'Kharkiv').country).toBe('UA');
  });
});

describe('"the North Darfur town of Tawila": a region named before a settlement\'s type word', () => {
  it('the town is in that region (not a namesake abroad), and the region is its context', () => {
    const ps = placesOf('A drone hit a market in the North Darfur town of Tawila on Tuesday.');
    const tawila = ps.find((p) => p.mention.includes('Tawila'));
    expect(tawila).toMatchObject({ country: 'SD', admin1: 'North Darfur' });
    const ps2 = placesOf('Shells fell on the Donetsk region village of Udachne overnight.');
    expect(ps2.find((p) => p.mention.includes('Udachne'))).toMatchObject({ country: 'UA', admin1: 'Donetsk Oblast' });
  });
  it('negative: "Gouz Al-Naqa village of Abu Gouta area" is a village called Gouz Al-Naqa', () => {
    expect(mentions('Forty people died when fighters stormed Gouz Al-Naqa village of Abu Gouta area, Gezira State, on Sunday.').join('|'))
      .toContain('Gouz Al-Naqa');
  });
  it('negative: a quarter of a city ("the Al-Rawdah neighbourhood of Taiz") and a sea ("the Red Sea city of Jeddah") keep their readings', () => {
    expect(mentions('A shell hit the Al-Rawdah neighbourhood of Taiz on Saturday.').join('|')).toContain('Al-Rawdah');
    const sea = placesOf('The envoys met in the Red Sea city of Jeddah on Monday.').find((p) => p.mention.startsWith('Red Sea'));
    expect(sea?.country ?? null).toBeNull();
  });
});

describe('a village told by a reference point near it', () => {
  it('"X, southwest of Y", "X, 20 km north of Y", "X near Y": a village of that name close to Y, or one the gazetteer lacks', () => {
    for (const [text, name, admin1] of [
      ['Ukrainian troops retook the village of Stepove, southwest of Huliaipole, in October.', 'Stepove', 'Zaporizhzhia Oblast'],
      ['Fighting raged around Stepove, 15 km west of Huliaipole, on Monday.', 'Stepove', 'Zaporizhzhia Oblast'],
    ]) expect(find(placesOf(text), name).admin1, text).toBe(admin1);
  });
  it('negative: with no reference point, the larger village of the name stands', () => {
    expect(find(placesOf('Ukrainian troops retook the village of Stepove in October.'), 'Stepove').admin1).not.toBe('Zaporizhzhia Oblast');
  });
});

describe('names typed once in the plural share the place they are "of"', () => {
  it('"the Sheikh Maqsoud and Ashrafieh neighbourhoods of Aleppo" are both in Aleppo, and so is a later bare mention', () => {
    const ps = placesOf('Fighting hit the Sheikh Maqsoud and Ashrafieh neighbourhoods of Aleppo city on Monday. '
      + 'A drone struck the Ashrafieh water station on Tuesday.');
    expect(ps.filter((p) => /Maqsoud|Ashrafieh/.test(p.mention)).map((p) => [p.country, p.admin1]))
      .toEqual([['SY', 'Aleppo Governorate'], ['SY', 'Aleppo Governorate'], ['SY', 'Aleppo Governorate']]);
  });
  it('negative: Ashrafieh in a Beirut story stays in Beirut', () => {
    const ps = placesOf('An Israeli strike hit a flat in Beirut on Monday. Residents of Ashrafieh said windows shattered.');
    expect(ps.find((p) => p.mention === 'Ashrafieh')?.country).toBe('LB');
  });
});

describe('a common word that is a country\'s name in another language is not that country', () => {
  it('"Ramree Island", "Made Island" are not Iceland', () => {
    const ps = placesOf('A jet bombed the market on Ramree Island, and a drone struck near the terminal on Made Island, the AA said.');
    expect(ps.map((p) => p.country)).not.toContain('IS');
  });
  it('negative: Iceland is still Iceland', () => {
    expect(placesOf('Officials in Iceland condemned the attack.').map((p) => p.country)).toContain('IS');
  });
});

describe('a reservoir, canal, bay, gulf or strait is water, not the town of its name', () => {
  it('"the Kakhovka reservoir" is not the town of Kakhovka; "the Suez Canal" is not the city of Suez', () => {
    const ps = placesOf('In Nikopol, on the bank of the former Kakhovka reservoir, shelling went on. Ships avoided the Suez Canal.');
    expect(ps.find((p) => p.mention === 'Kakhovka reservoir')?.kind).toBe('region');
    expect(ps.filter((p) => p.kind === 'city').map((p) => p.mention)).toEqual(['Nikopol']);
  });
  it('negative: the town itself is still the town', () => {
    expect(placesOf('Shelling hit Kakhovka on Monday.').map((p) => p.kind)).toEqual(['city']);
  });
});

describe('a toponym that opens an organisation\'s capitalised name', () => {
  it('"US Africa Command", "Middle East Airlines", "the US Maritime Administration" name no place', () => {
    expect(mentions('US Africa Command said it struck near Jilib.')).toEqual(['Jilib']);
    expect(mentions('Middle East Airlines kept flying to Beirut.')).toEqual(['Beirut']);
    expect(mentions('A tally kept by the US Maritime Administration counts 50 attacks near Aden.')).toEqual(['Aden']);
  });
  it('negative: "US forces", "Beirut airport" and "the US said" keep the place', () => {
    expect(mentions('The US said its warplanes hit targets near Aden.')).toContain('US');
    expect(mentions('Flights to Beirut airport were halted.').join(' ')).toMatch(/Beirut/);
  });
});

describe('a part of a group named by a place', () => {
  it('"al-Qaeda\'s Sahel affiliate" names no place', () => {
    expect(mentions('Al-Qaeda\'s Sahel affiliate said it had killed 15 soldiers in Mali on Sunday.')).toEqual(['Mali']);
  });
  it('negative: "the Sahel region" is still a place', () => {
    expect(mentions('Drought and fighting have displaced millions across the Sahel region of Mali.').join(' ')).toMatch(/Sahel/);
  });
});

describe('villages of frequent conflict reporting that the npm extracts lack', () => {
  it('south Lebanon\'s border villages and their spellings resolve in Nabatieh governorate', () => {
    const ps = placesOf('Israeli strikes hit Bint Jbeil, al-Khiam, Aitaroun and Maroun el-Ras on Sunday, Lebanon\'s health '
      + 'ministry said.');
    const villages = ps.filter((p) => p.country === 'LB' && p.kind === 'city');
    expect(villages.map((p) => p.admin1Code)).toEqual(['LB-NA', 'LB-NA', 'LB-NA', 'LB-NA']);
  });
  it('Kamanyola and Luvungi are in South Kivu', () => {
    const ps = placesOf('M23 fighters entered Kamanyola and Luvungi on Sunday, residents said.');
    expect(ps.map((p) => [p.mention, p.country])).toEqual([['Kamanyola', 'CD'], ['Luvungi', 'CD']]);
  });
});

describe('"the south Lebanon city of Nabatieh": a city in a country, not a city named after it', () => {
  it('the country stays a country', () => {
    const r = analyse(docFromText('A drone hit a car near the south Lebanon city of Nabatieh on Thursday, a security source said.', '2024-06-27'));
    const lebanon = r.places.find((p) => p.mention === 'Lebanon');
    expect(lebanon?.kind).toBe('country');
    expect(lebanon?.country).toBe('LB');
  });
});

describe('a demonym alone, and a country as a first name', () => {
  it('"the Somali militants" names no region', () => {
    const r = analyse(docFromText('Roadside bombs planted by the Somali militants have killed dozens of officers near Mandera.', '2024-03-07'));
    expect(r.places.map((p) => p.mention)).not.toContain('Somali');
  });
  it('negative: "the Somali region of Ethiopia" is a region', () => {
    const r = analyse(docFromText('Fighting spread to the Somali region of Ethiopia on Monday, officials said.', '2024-03-07'));
    expect(r.places.map((p) => p.mention.split(' ')[0])).toContain('Somali');
  });
  it('"Foreign Minister Israel Katz" is a person, not a country', () => {
    const r = analyse(docFromText('Foreign Minister Israel Katz warned that Hezbollah would pay a heavy price.', '2024-06-27'));
    expect(r.places.map((p) => p.mention)).not.toContain('Israel');
  });
  it('negative: "strikes on Israel Tuesday" keeps the country', () => {
    const r = analyse(docFromText('The group fired rockets at Israel on Tuesday, the army said.', '2024-06-27'));
    expect(r.places.map((p) => p.mention)).toContain('Israel');
  });
});

describe('a name before "of" and a side\'s forces', () => {
  it('"cleared the town of Sudzha of Russian forces": Sudzha, not a unit named "Sudzha of Russian"', () => {
    expect(mentions('Troops cleared the town of Sudzha of Russian forces on Thursday.')).toEqual(['Sudzha']);
    expect(mentions('Marines pushed the village of Krynky clear of Russian troops.')).toContain('Krynky');
  });
  it('negative: a name that runs through "of" stays whole', () => {
    expect(mentions('A tanker was hit in the Gulf of Aden on Monday.')).toEqual(['Gulf of Aden']);
  });
});

describe('first-level units of countries outside our table', () => {
  it('"Alaska", "Texas": the US states, not a village that bears the name', () => {
    expect(find(placesOf('The two presidents were due to meet in Alaska on Friday.'), 'Alaska'))
      .toMatchObject({ kind: 'region', country: 'US', admin1: 'Alaska' });
    expect(find(placesOf('Investigators said the drones were assembled at a plant in Texas.'), 'Texas'))
      .toMatchObject({ kind: 'region', country: 'US' });
  });
  it('a unit named by a word of kind is found typed: "the Centre department" of Haiti', () => {
    expect(find(placesOf('Gangs raided Mirebalais, in the Centre department of Haiti, on Monday.'), 'Mirebalais'))
      .toMatchObject({ country: 'HT', admin1: 'Centre' });
  });
  it('negative: a name a sizeable town, a country or our own table holds keeps its reading', () => {
    expect(find(placesOf('An air strike hit a house in Gaza on Monday.'), 'Gaza').country).toBe('PS');
    expect(find(placesOf('Russian troops were stationed in Georgia in 2008.'), 'Georgia')).toMatchObject({ kind: 'country', country: 'GE' });
    expect(find(placesOf('Gunmen abducted a herder near Mangodara (Mangodara, Comoe) on Tuesday.'), 'Mangodara').country).toBe('BF');
  });
});

describe('a ship\'s name is no place', () => {
  it('after a word for a ship, with or without commas and an article', () => {
    expect(mentions('The tanker Star Lima was struck near Samsun.')).toEqual(['Samsun']);
    expect(mentions('Ukraine sank the cruiser Moskva off Odesa.')).toEqual(['Ukraine', 'Odesa']);
    expect(mentions('The vessel, the Aegean Victoria, was hit southwest of Hodeidah.')).toEqual(['Hodeidah']);
  });
  it('negative: a ship in a port names the port', () => {
    expect(mentions('A ship in Odesa port was hit on Monday.')).toContain('Odesa port');
    expect(mentions('A boat carrying migrants capsized near Lampedusa.')).toEqual(['Lampedusa']);
  });
});
