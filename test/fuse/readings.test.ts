import { describe, expect, it } from 'vitest';
import { analyse } from '../../src/extract/analyse.js';
import { fuse } from '../../src/fuse/fuse.js';
import { incidentDated, resolveDay } from '../../src/fuse/reported-dates.js';
import { buildBrief } from '../../src/report/brief.js';
import { docFromText } from '../helpers.js';

/**
 * How fusion reads extracted findings before comparing them (src/fuse/reported-dates.ts, tallies.ts,
 * readings.ts), on short reports written for these tests.
 */

const a = (text: string, published: string, outlet: string, url: string) => analyse(docFromText(text, published, { outlet, url }));

describe('incident dates, not dispatch or speech dates', () => {
  it('resolves a weekday or a month and day to the latest such day on or before the reference', () => {
    expect(resolveDay('Sunday', '2025-06-09')).toBe('2025-06-08');
    expect(resolveDay('Monday', '2025-06-09')).toBe('2025-06-09');
    expect(resolveDay('June 7', '2025-06-08')).toBe('2025-06-07');
    expect(resolveDay('December 30', '2025-01-02')).toBe('2024-12-30');
  });

  it('a dated dispatch about the day before is one incident with the first report of it', () => {
    const first = a('Russian missiles struck the city of Poltava early on Tuesday, June 3, killing two people, the regional governor said.', '2025-06-03', 'Poltava Daily', 'https://poltava.example.org/1');
    const next = a('POLTAVA, Ukraine, June 4 (Reuters) - The Russian missile attack on Poltava on June 3 killed four people, the regional governor said on Wednesday.', '2025-06-04', 'Reuters', 'https://reuters.example.org/2');
    const e = next.events.find((x) => x.place?.name.startsWith('Poltava'))!;
    expect(incidentDated(e).event.date?.start).toBe('2025-06-03');
    const fused = fuse([first, next]).events.filter((x) => x.place?.name.startsWith('Poltava') && x.scope === 'incident');
    expect(fused).toHaveLength(1);
    expect(fused[0].killed).toMatchObject({ low: 2, best: 4, high: 4 });
  });
});

describe('tallies and exchanges are not incident tolls', () => {
  const tally = a('Ukraine\'s National Police said Russian attacks killed at least 11 civilians in the Sumy, Kharkiv and Zaporizhzhia regions over the weekend of June 14 and 15.', '2025-06-16', 'Kyiv Wire', 'https://kyiv.example.org/t');
  const strike = a('A Russian drone struck a bus in Sumy on Saturday, June 14, killing three passengers, regional officials said.', '2025-06-14', 'Sumy News', 'https://sumy.example.org/s');

  it('a toll told for several regions is one aggregate tally, never added to a region', () => {
    const state = fuse([tally, strike]);
    const aggregates = state.events.filter((e) => e.scope === 'aggregate' && e.killed);
    expect(aggregates).toHaveLength(1);
    expect(aggregates[0].killed?.best).toBe(11);
    const rows = buildBrief(state).casualties;
    const sumy = rows.find((r) => !r.aggregate && r.region === 'Sumy Oblast');
    expect(sumy?.killed?.best).toBe(3);
    expect(rows.filter((r) => r.aggregate)).toHaveLength(1);
  });

  it('bodies handed over in an exchange are not deaths', () => {
    const exchange = a('Ukraine received the bodies of 1,200 fallen soldiers from Russia on Friday in a repatriation exchange, the coordination headquarters said.', '2025-06-13', 'Kyiv Wire', 'https://kyiv.example.org/b');
    const state = fuse([exchange]);
    expect(state.events.every((e) => !e.killed?.best)).toBe(true);
    expect(buildBrief(state).casualties.every((r) => !r.killed?.best)).toBe(true);
  });
});
