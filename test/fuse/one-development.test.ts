import { describe, expect, it } from 'vitest';
import { analyse } from '../../src/extract/analyse.js';
import { fuse, type FusedEvent } from '../../src/fuse/fuse.js';
import { docFromText } from '../helpers.js';

/**
 * When several extracted reports are one incident or development (src/fuse/fuse.ts, readings.ts, same-event.ts),
 * on short reports written for these tests: a front named by its directions, ground gained near several towns
 * of one region, a homonym the sentence itself places, a city that is its own region, and a report placed only
 * by the country of the one who speaks.
 */

let n = 0;
const a = (text: string, published = '2025-06-09', outlet = 'Test Wire') => analyse(docFromText(text, published, { outlet, url: `https://wire.example.org/${++n}` }));
const incidents = (...texts: (string | ReturnType<typeof a>)[]): FusedEvent[] =>
  fuse(texts.map((t) => (typeof t === 'string' ? a(t) : t))).events.filter((e) => e.scope === 'incident');
const placesOf = (es: FusedEvent[]) => es.map((e) => e.place?.name ?? null).sort();

describe('a front named by its directions is one front report', () => {
  it('"on the X and Y directions" is one report, not one incident in each town', () => {
    expect(incidents('On the Huliaipole and Orikhiv directions, Russian troops kept up their assaults with drones and artillery, the army said.')).toHaveLength(1);
    expect(incidents('Russian forces attacked in the Siversk and Kramatorsk directions on Monday, shelling Ukrainian positions, the army said.')).toHaveLength(1);
  });
  it('"in the X direction …, and in the Y direction …" is one report', () => {
    expect(incidents('The enemy was most active in the Kupiansk direction, where Ukrainian troops repelled 40 assaults, and in the Lyman direction, where 19 attacks were reported, the General Staff said.')).toHaveLength(1);
  });
  it("a front report is not the town's own incident: a strike on Pokrovsk that day stays apart, with its own report only", () => {
    const es = incidents(
      a('Russian drones struck Pokrovsk on Tuesday, June 3, killing two residents, officials said.', '2025-06-03', 'Local Desk'),
      a('On the Pokrovsk and Kurakhove directions, the enemy kept attacking with drones on Tuesday, June 3, the army said.', '2025-06-03', 'Army Desk'),
    );
    expect(es).toHaveLength(2);
    const strike = es.find((e) => e.killed)!;
    expect(strike.reports).toHaveLength(1);
  });
  it('towns struck by name, not as directions, stay one incident each', () => {
    const es = incidents('Russian drones struck Kupiansk and Izium overnight, damaging homes and a school, officials said.');
    expect(placesOf(es)).toEqual(['Izium', 'Kupiansk']);
  });
});

describe('ground gained near several towns of one region is one development', () => {
  it('"advanced near X and Y in Z region" is one advance', () => {
    expect(incidents('Russian forces advanced near Yunakivka and Khotin in Sumy region, the monitoring group said on its map.')).toHaveLength(1);
    expect(incidents('Russian troops advanced near Kurakhove and Vuhledar in Donetsk region, the monitors said.')).toHaveLength(1);
  });
  it('advances in two regions, told in one sentence, stay two', () => {
    const es = incidents('Russian forces advanced near Kupiansk in Kharkiv region and near Velyka Novosilka in Donetsk region, the monitoring group said.');
    expect(es.map((e) => e.place?.admin1).sort()).toEqual(['Donetsk Oblast', 'Kharkiv Oblast']);
  });
});

describe('a homonym the sentence places in another region', () => {
  it('"Zelenyi Kut in Donetsk region" is not the Kut of another region', () => {
    const es = incidents("On the ministry's claim that its troops captured Zelenyi Kut in Donetsk region, the monitors said they saw no sign of it.");
    expect(es).toHaveLength(1);
    expect(es[0].place?.admin1).toBe('Donetsk Oblast');
  });
  it('a town that is in the region its sentence names keeps its own place', () => {
    const es = incidents('Russian troops advanced near Pokrovsk in Donetsk region, the monitors said.');
    expect(es.map((e) => e.place?.name)).toContain('Pokrovsk');
  });
});

describe('a city that is its own first-level region holds its points', () => {
  it('a raid on Moscow and a drone hit in Zelenograd, a district of the city, on that day are one raid', () => {
    const es = incidents(
      a('Ukrainian drones attacked Moscow on Sunday, June 8, the mayor said.', '2025-06-08', 'City Desk'),
      a('A Ukrainian drone hit a warehouse in Zelenograd on Sunday, June 8, emergency services said.', '2025-06-09', 'Air Desk'),
    ).filter((e) => e.type === 'drone_attack');
    expect(es).toHaveLength(1);
  });
  it('a town of the surrounding region is not the city', () => {
    const es = incidents(
      a('Ukrainian drones attacked Moscow on Sunday, June 8, the mayor said.', '2025-06-08', 'City Desk'),
      a('Ukrainian drones attacked Podolsk on Sunday, June 8, the regional governor said.', '2025-06-08', 'Region Desk'),
    ).filter((e) => e.type === 'drone_attack');
    expect(placesOf(es)).toEqual(['Moscow', 'Podolsk']);
  });
});

describe("a report placed only by its speaker's country", () => {
  const told = 'Ukrainian drones hit an oil depot in Bryansk on June 3, setting it ablaze, the regional governor said.';
  it('"Ukraine\'s General Staff said its forces hit the depot" is the depot strike its report told of', () => {
    const es = incidents(`${told} Ukraine's General Staff said on June 4 that its forces had hit the depot on June 3.`);
    // One incident, at the depot: the speaker's country is no second place (read at extraction, or joined in fusion).
    expect(placesOf(es)).toEqual(['Bryansk']);
  });
  it('with no incident to refer to, it is no incident in the speaker\'s country', () => {
    const es = incidents("Ukraine's General Staff said on June 4 that its forces had hit an airfield overnight.");
    expect(es.filter((e) => e.place?.country === 'UA')).toHaveLength(0);
  });
});

describe("one night's drones downed over several regions is one raid", () => {
  it('"shot down 40 drones over the X, Y and Z regions" is one incident, with every region among its reports', () => {
    const es = incidents('Russian air defences shot down 40 Ukrainian drones over the Lipetsk, Tambov and Voronezh regions overnight, the ministry said.');
    expect(es).toHaveLength(1);
    expect(es[0].reports).toHaveLength(3);
  });
  it('drones downed over regions in two sentences of one report stay two incidents', () => {
    const es = incidents('Air defences shot down 12 drones over the Lipetsk region overnight, the governor said. '
      + 'Separately, on Sunday afternoon, drones were downed over the Bryansk region, its governor said.');
    expect(es).toHaveLength(2);
  });
});

describe('a raid whose drones were downed, and one that hit', () => {
  it('drones only downed keep the ACLED coding of disrupted weapons use; a report of a hit makes it an attack', () => {
    const downed = incidents('Air defences shot down 12 drones over the Lipetsk region on Sunday, the governor said.');
    expect(downed.map((e) => [e.subtype, e.acled?.sub_event_type])).toEqual([['interception', 'Disrupted weapons use']]);
    const hit = incidents(
      a('Air defences shot down 12 drones over the Lipetsk region on Sunday, the governor said.', '2025-06-09', 'Desk A'),
      a('Drones hit a fuel depot in the Lipetsk region on Sunday, setting it on fire, the governor said.', '2025-06-09', 'Desk B'),
    );
    expect(hit.map((e) => [e.subtype, e.acled?.sub_event_type])).toEqual([[null, 'Air/drone strike']]);
  });
});
