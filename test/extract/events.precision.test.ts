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
