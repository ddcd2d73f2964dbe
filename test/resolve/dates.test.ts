import { describe, it, expect } from 'vitest';
import { gap } from '../helpers.js';
import { findDates, resolveMonthDay } from '../../src/resolve/dates.js';

// 2025-06-09 is a Monday; most cases are anchored on it.
const PUB = '2025-06-09';

const datesIn = (text: string, published: string | null = PUB) => findDates(text, 0, text.length, published);

/** The single date mention of `text`, as start/end/precision. */
function only(text: string, published: string | null = PUB) {
  const found = datesIn(text, published);
  expect(found, `dates in ${JSON.stringify(text)}`).toHaveLength(1);
  return found[0];
}

const range = (text: string, published: string | null = PUB) => {
  const d = only(text, published);
  return [d.start, d.end];
};

describe('weekdays', () => {
  it('a weekday is the most recent such day before publication', () => {
    expect(range('The depot burned on Saturday, the mayor said.')).toEqual(['2025-06-07', '2025-06-07']);
    expect(only('The depot burned on Saturday, the mayor said.').precision).toBe('day');
  });

  it('a weekday several days back in the same week', () => {
    expect(range('Sirens sounded across the city on Tuesday.')).toEqual(['2025-06-03', '2025-06-03']);
  });

  it('the publication day itself counts as the weekday', () => {
    expect(range('Negotiators gathered again Monday in the capital.')).toEqual(['2025-06-09', '2025-06-09']);
  });

  it('publication on a Sunday: "Sunday" is that same day', () => {
    expect(range('Rescue work went on through Sunday.', '2025-06-08')).toEqual(['2025-06-08', '2025-06-08']);
  });

  it('"on Thursday night" stays on Thursday', () => {
    expect(range('Two blasts shook the harbour on Thursday night.')).toEqual(['2025-06-05', '2025-06-05']);
  });

  it('"last Friday" is the most recent Friday', () => {
    const d = only('The bridge was hit last Friday.');
    expect([d.start, d.end]).toEqual(['2025-06-06', '2025-06-06']);
  });
});

describe('overnight', () => {
  it('"overnight" without a weekday spans the day before publication and publication day', () => {
    expect(range('Air defences were busy overnight above the river port.')).toEqual(['2025-06-08', '2025-06-09']);
  });

  it('"overnight on Tuesday" is that Tuesday', () => {
    const d = only('Several drones came down overnight on Tuesday near the plant.');
    expect([d.start, d.end]).toEqual(['2025-06-03', '2025-06-03']);
    expect(d.text).toMatch(/^overnight on Tuesday$/);
  });
});

describe('weeks and months relative to publication', () => {
  it('"last week" is the previous Monday to Sunday', () => {
    const d = only('The brigade rotated out of the sector last week.');
    expect([d.start, d.end]).toEqual(['2025-06-02', '2025-06-08']);
    expect(d.precision).toBe('week');
  });

  it('"last week" published on a Sunday still means the week before the current one', () => {
    expect(range('The brigade rotated out of the sector last week.', '2025-06-08')).toEqual(['2025-05-26', '2025-06-01']);
  });

  it('"this week" runs from Monday to the publication day', () => {
    expect(range('Power cuts have grown longer this week.', '2025-06-12')).toEqual(['2025-06-09', '2025-06-12']);
  });

  it('"earlier this week" is the same stretch', () => {
    const d = only('Engineers repaired the line earlier this week.', '2025-06-12');
    expect([d.start, d.end]).toEqual(['2025-06-09', '2025-06-12']);
    expect(d.text).toBe('earlier this week');
  });

  it('"earlier this month" runs from the first of the month to publication', () => {
    const d = only('The convoy was stopped earlier this month.');
    expect([d.start, d.end]).toEqual(['2025-06-01', '2025-06-09']);
    expect(d.precision).toBe('month');
  });

  it('"last month" is the whole previous month', () => {
    const d = only('Aid deliveries fell sharply last month.');
    expect([d.start, d.end]).toEqual(['2025-05-01', '2025-05-31']);
    expect(d.precision).toBe('month');
  });

  it('"last month" in January is December of the year before', () => {
    expect(range('Aid deliveries fell sharply last month.', '2025-01-15')).toEqual(['2024-12-01', '2024-12-31']);
  });

  it('"over the weekend" read on a Monday is Saturday and Sunday', () => {
    expect(range('Crews cleared rubble over the weekend.')).toEqual(['2025-06-07', '2025-06-08']);
  });
});

describe('dates ahead of publication', () => {
  it('"next week", "tomorrow" and "next month" lie after publication', () => {
    expect(range('Negotiators will meet again next week.')).toEqual(['2025-06-16', '2025-06-22']);
    expect(range('The corridor is to open tomorrow.')).toEqual(['2025-06-10', '2025-06-10']);
    expect(range('A new round is planned for next month.')).toEqual(['2025-07-01', '2025-07-31']);
  });

  it('"later this week / month / year" run from publication to the end of that stretch', () => {
    expect(range('The delegations are due to meet later this week.')).toEqual(['2025-06-09', '2025-06-15']);
    expect(range('China will host a new round later this month.')).toEqual(['2025-06-09', '2025-06-30']);
    expect(range('Elections are expected later this year.')).toEqual(['2025-06-09', '2025-12-31']);
  });
  it('negative: "this month" and "earlier this month" are before publication', () => {
    expect(range('Shelling killed two people earlier this month.')).toEqual(['2025-06-01', '2025-06-09']);
    expect(range('Strikes this month hit the port.')).toEqual(['2025-06-01', '2025-06-09']);
  });

  it('a day said to come is the next such day, not the last', () => {
    expect(range('The talks are due to resume on March 3 in Geneva.')).toEqual(['2026-03-03', '2026-03-03']);
    expect(range('The delegations will meet on Friday in Riyadh.')).toEqual(['2025-06-13', '2025-06-13']);
    expect(range('A vote is scheduled for 2 February.')).toEqual(['2026-02-02', '2026-02-02']);
  });

  it('negative: a date of saying, or of what happened, stays in the past', () => {
    expect(range('The shelling will go on, the governor said on Friday.')).toEqual(['2025-06-06', '2025-06-06']);
    expect(range('The two sides met on March 3 in Geneva.')).toEqual(['2025-03-03', '2025-03-03']);
    expect(range('Rescuers pulled survivors from the rubble on Friday.')).toEqual(['2025-06-06', '2025-06-06']);
  });
});

describe('months without a year', () => {
  it('a month later in the year than publication is last year\'s', () => {
    const d = only('The counter-offensive stalled in October.');
    expect([d.start, d.end]).toEqual(['2024-10-01', '2024-10-31']);
    expect(d.precision).toBe('month');
  });

  it('a month earlier in the year is this year\'s', () => {
    expect(range('The checkpoint reopened in March.')).toEqual(['2025-03-01', '2025-03-31']);
  });

  it('"late January" runs from the 21st to the end of the month', () => {
    expect(range('Evacuations began in late January.')).toEqual(['2025-01-21', '2025-01-31']);
  });

  it('"late February" ends on the 29th in a leap year', () => {
    expect(range('Evacuations began in late February.', '2024-03-10')).toEqual(['2024-02-21', '2024-02-29']);
  });

  it('"mid-March" is the middle third of the month', () => {
    expect(range('Shipments resumed in mid-March.')).toEqual(['2025-03-11', '2025-03-20']);
  });

  it('a bare capitalised "May" at the start of a sentence is not a date', () => {
    expect(datesIn('May brought no relief to the besieged town.')).toEqual([]);
  });
});

describe('month and day', () => {
  it('"June 8" is the most recent June 8', () => {
    expect(range('A cargo ship was struck on June 8 near the coast.')).toEqual(['2025-06-08', '2025-06-08']);
  });

  it('day-first "8 June" reads the same', () => {
    expect(range('A cargo ship was struck on 8 June near the coast.')).toEqual(['2025-06-08', '2025-06-08']);
  });

  it('"December 28" read in early January belongs to the previous year', () => {
    expect(range('The barracks were hit on December 28.', '2025-01-05')).toEqual(['2024-12-28', '2024-12-28']);
  });

  it('a written year is kept as written', () => {
    expect(range('The dam was breached on June 8, 2024, officials recalled.')).toEqual(['2024-06-08', '2024-06-08']);
  });

  it('ISO dates are read', () => {
    expect(range('The log entry is dated 2025-06-04.')).toEqual(['2025-06-04', '2025-06-04']);
  });

  it('"yesterday" and "today"', () => {
    expect(range('The ferry was shelled yesterday.')).toEqual(['2025-06-08', '2025-06-08']);
    expect(range('Schools stay shut today.')).toEqual(['2025-06-09', '2025-06-09']);
  });
});

describe('ranges', () => {
  it('"June 7 and 8" is a two-day range', () => {
    const d = only('Drones targeted the refinery on June 7 and 8.');
    expect([d.start, d.end]).toEqual(['2025-06-07', '2025-06-08']);
    expect(d.text).toBe('June 7 and 8');
  });

  it('"June 7-8" is a two-day range', () => {
    expect(range('Drones targeted the refinery on June 7-8.')).toEqual(['2025-06-07', '2025-06-08']);
  });

  it('"the night of June 7-8" is the same range and the mention includes "the night of"', () => {
    const d = only('Residents sheltered in basements during the night of June 7-8.');
    expect([d.start, d.end]).toEqual(['2025-06-07', '2025-06-08']);
    expect(d.text).toBe('the night of June 7-8');
  });

  it('day-first "7-8 June" is a range too', () => {
    expect(range('Drones targeted the refinery on 7-8 June.')).toEqual(['2025-06-07', '2025-06-08']);
  });

  it('"from late January to February 6" runs from January 21 to February 6', () => {
    expect(range('The town was cut off from late January to February 6.')).toEqual(['2025-01-21', '2025-02-06']);
  });
});

describe('running totals', () => {
  it('"since February 2022" is marked as the start of a running total', () => {
    const d = only('Since February 2022 the hospital has treated thousands of wounded.');
    expect(d.since).toBe(true);
    expect(d.start).toBe('2022-02-01');
  });

  it('"since 2022" starts on January 1', () => {
    const d = only('The agency has counted the strikes since 2022.');
    expect(d.since).toBe(true);
    expect(d.start).toBe('2022-01-01');
  });

  it('an ordinary incident date is not a running total', () => {
    expect(only('The depot burned on Saturday.').since).toBeFalsy();
  });
});

describe('spans and windows', () => {
  it('spans are absolute offsets into the text and slice back to the mention', () => {
    const text = 'Officials met on Friday. The bridge was struck on June 7 and 8, and again overnight.';
    const from = text.indexOf('The bridge');
    const found = findDates(text, from, text.length, PUB);
    expect(found.map((d) => d.text)).toEqual(['June 7 and 8', 'overnight']);
    for (const d of found) expect(text.slice(d.span.start, d.span.end)).toBe(d.text);
  });

  it('dates outside the window are ignored', () => {
    const text = 'Officials met on Friday. The bridge was struck later.';
    expect(findDates(text, text.indexOf('The bridge'), text.length, PUB)).toEqual([]);
  });

  it('several dates come back in text order', () => {
    const found = datesIn('After a lull in March, shelling resumed on Saturday and again yesterday.');
    expect(found.map((d) => d.start)).toEqual(['2025-03-01', '2025-06-07', '2025-06-08']);
  });

  it('a casualty number after a month-day is not swallowed as a year or day', () => {
    const found = datesIn('On June 8 the strike killed 190 people.');
    expect(found).toHaveLength(1);
    expect(found[0].start).toBe('2025-06-08');
  });
});

describe('without a publication date', () => {
  it('relative dates stay unresolved', () => {
    expect(datesIn('The depot burned on Saturday and again overnight.', null)).toEqual([]);
  });

  it('a date with a written year still resolves', () => {
    const found = datesIn('The depot burned on March 3, 2024.', null);
    expect(found).toHaveLength(1);
    expect([found[0].start, found[0].end]).toEqual(['2024-03-03', '2024-03-03']);
  });
});

describe('resolveMonthDay', () => {
  it('resolves month-day and day-month forms against publication', () => {
    expect(resolveMonthDay('June 7', PUB)).toBe('2025-06-07');
    expect(resolveMonthDay('8 June', PUB)).toBe('2025-06-08');
    expect(resolveMonthDay('Jan. 5', PUB)).toBe('2025-01-05');
  });

  it('a month-day later in the year than publication is last year\'s', () => {
    expect(resolveMonthDay('Sept 3', PUB)).toBe('2024-09-03');
    expect(resolveMonthDay('December 30', '2025-01-02')).toBe('2024-12-30');
  });

  it('weekdays resolve to the most recent one on or before publication', () => {
    expect(resolveMonthDay('Saturday', PUB)).toBe('2025-06-07');
    expect(resolveMonthDay('Monday', PUB)).toBe('2025-06-09');
  });

  it('an explicit year wins, with or without publication', () => {
    expect(resolveMonthDay('June 7, 2023', PUB)).toBe('2023-06-07');
    expect(resolveMonthDay('June 7, 2023', null)).toBe('2023-06-07');
  });

  it('unresolvable input gives null', () => {
    expect(resolveMonthDay('June 7', null)).toBeNull();
    expect(resolveMonthDay('Saturday', null)).toBeNull();
    expect(resolveMonthDay('a few weeks back', PUB)).toBeNull();
  });
});

describe('known gaps', () => {
  it('"June 7th and 8th" (ordinal suffixes) is a two-day range', () => {
    expect(range('Drones targeted the refinery on June 7th and 8th.')).toEqual(['2025-06-07', '2025-06-08']);
  });

  gap('"the night of Saturday to Sunday" is one range from Saturday to Sunday', () => {
    expect(range('The strikes came on the night of Saturday to Sunday.')).toEqual(['2025-06-07', '2025-06-08']);
  });

  it('"between June 3 and June 5" is one range', () => {
    expect(range('Convoys were blocked between June 3 and June 5.')).toEqual(['2025-06-03', '2025-06-05']);
  });

  it('a range across a month boundary, "June 30-July 2"', () => {
    expect(range('The town was shelled on June 30-July 2.', '2025-07-05')).toEqual(['2025-06-30', '2025-07-02']);
  });

  it('"two days ago" counts back from publication', () => {
    expect(range('The bridge collapsed two days ago.')).toEqual(['2025-06-07', '2025-06-07']);
  });

  it('"last weekend" read on a Monday is the Saturday and Sunday just past', () => {
    expect(range('Crews cleared rubble last weekend.')).toEqual(['2025-06-07', '2025-06-08']);
  });

  it('"last year" is the previous calendar year', () => {
    expect(range('The plant was first hit last year.')).toEqual(['2024-01-01', '2024-12-31']);
  });

});

describe('weeks and months ago', () => {
  it('"a week ago" is that week, give or take a few days', () => {
    expect(range('A drone hit the depot a week ago.')).toEqual(['2025-05-29', '2025-06-05']);
  });

  it('"over a week ago" and "more than two weeks ago" lie before it', () => {
    expect(range('Over a week ago, a drone hit the depot.')).toEqual(['2025-05-26', '2025-06-01']);
    expect(range('The village fell more than two weeks ago.')).toEqual(['2025-05-12', '2025-05-25']);
  });

  it('negative: "weeks ago" with no number is no date', () => {
    expect(datesIn('The village fell weeks ago.')).toEqual([]);
  });
});

describe('a month at the start of a sentence', () => {
  it('"In March" is the last March before publication, as "in March" is', () => {
    const d = findDates('In March junta jets bombed the market.', 0, 38, '2023-05-26');
    expect(d[0]).toMatchObject({ start: '2023-03-01', end: '2023-03-31' });
  });
  it('negative: a bare "March" with no "in" is still no date', () => {
    expect(findDates('March lasted two days.', 0, 22, '2023-05-26')).toEqual([]);
  });
});

describe('a night told day first ("the night of 19 to 20 January")', () => {
  it('is the two days, not the night before publication', () => {
    const ds = datesIn('Drones struck the port on the night of 19 to 20 January, officials said.', '2025-01-29');
    expect(ds.map((d) => [d.start, d.end])).toEqual([['2025-01-19', '2025-01-20']]);
  });
  it('another phrasing: "on the night of 7 to 8 June"', () => {
    const ds = datesIn('On the night of 7 to 8 June, fighters attacked three villages.', '2025-06-18');
    expect(ds.map((d) => [d.start, d.end])).toEqual([['2025-06-07', '2025-06-08']]);
  });
  it('negative: "on the night" with no day named is still the night before publication', () => {
    const ds = datesIn('Drones struck the port on the night, officials said.', '2025-06-18');
    expect(ds.map((d) => [d.start, d.end])).toEqual([['2025-06-17', '2025-06-18']]);
  });
});

describe('a running total\'s start told without its year ("since October 7")', () => {
  it('runs from the most recent such day to publication, as a running total', () => {
    const ds = datesIn('More than 40,000 people have been killed since October 7, the ministry said.', '2024-08-14');
    expect(ds.map((d) => [d.start, d.end, d.since])).toEqual([['2023-10-07', '2024-08-14', true]]);
  });
  it('another phrasing: "since 8 October"', () => {
    const ds = datesIn('About 1,900 people have been killed since 8 October.', '2024-08-14');
    expect(ds.map((d) => [d.start, d.end])).toEqual([['2023-10-08', '2024-08-14']]);
  });
  it('negative: "the deadliest day since October 7" is a comparison, and "on October 7" a day', () => {
    expect(datesIn('It was the deadliest day since October 7.', '2024-08-14').filter((d) => d.since)).toHaveLength(0);
    expect(datesIn('The attack on October 7 killed 1,200.', '2024-08-14').map((d) => [d.start, d.end])).toEqual([['2023-10-07', '2023-10-07']]);
  });
});

describe('a running total counted "since <month>"', () => {
  it('"since November" runs from the first of the most recent November to publication', () => {
    const ds = datesIn('The group has launched more than 100 attacks on shipping since November.', '2024-06-12');
    expect(ds.map((d) => [d.start, d.end, d.since])).toEqual([['2023-11-01', '2024-06-12', true]]);
  });
  it('negative: "since May 2023" keeps its year, and "since May 4" its day', () => {
    expect(datesIn('Fighting has gone on since May 2023.', '2024-06-12').map((d) => d.start)).toEqual(['2023-05-01']);
    expect(datesIn('Fighting has gone on since May 4.', '2024-06-12').map((d) => d.start)).toEqual(['2024-05-04']);
  });
});

describe('a visit or meeting "due in" or "expected in" a place is ahead', () => {
  it('"The envoy is due in Beirut on Thursday" is the coming Thursday', () => {
    expect(range('The US envoy is due in Beirut on Thursday for talks.')).toEqual(['2025-06-12', '2025-06-12']);
    expect(range('The delegation is expected in Doha on Friday.')).toEqual(['2025-06-13', '2025-06-13']);
  });
  it('negative: "The envoy was in Beirut on Thursday" is the last Thursday', () => {
    expect(range('The US envoy was in Beirut on Thursday for talks.')).toEqual(['2025-06-05', '2025-06-05']);
  });
});

describe('a past month or season named without its year', () => {
  const on = (text: string, published: string) => findDates(text, 0, text.length, published).map((d) => [d.start, d.end]);
  it('"last December" is the December before publication; "last October" in October is a year back', () => {
    expect(on('The town fell last December.', '2025-10-15')).toEqual([['2024-12-01', '2024-12-31']]);
    expect(on('Troops entered the town last October.', '2025-10-15')).toEqual([['2024-10-01', '2024-10-31']]);
    expect(on('The dam was hit last September.', '2025-10-15')).toEqual([['2025-09-01', '2025-09-30']]);
  });
  it('"last summer", "in the autumn of 2025", "last winter"', () => {
    expect(on('The offensive began last summer.', '2025-10-15')).toEqual([['2025-06-01', '2025-08-31']]);
    expect(on('The plant shut down in the autumn of 2024.', '2025-10-15')).toEqual([['2024-09-01', '2024-11-30']]);
    expect(on('Power cuts began last winter.', '2025-10-15')).toEqual([['2024-12-01', '2025-02-28']]);
  });
  it('negative: "the summer" with no year or "last" is no date', () => {
    expect(on('Fighting eased over the summer.', '2025-10-15')).toEqual([]);
  });
});

describe('a month or a year told of last year, or a year opening the sentence', () => {
  it('a month of last year ("in March last year", "late May of last year", "from March to May last year")', () => {
    expect(range('In March last year, gunmen killed dozens in the coastal towns.')).toEqual(['2024-03-01', '2024-03-31']);
    // (A month later in the year than publication is last year's anyway; an earlier one is not, without the words.)
    expect(range('The dam was breached in late May of last year.')).toEqual(['2024-05-21', '2024-05-31']);
    expect(range('Air raids went on from March to May last year.')).toEqual(['2024-03-01', '2024-05-31']);
    // Negative: a month alone is its most recent occurrence, this year's.
    expect(range('In March, gunmen killed dozens in the coastal towns.')).toEqual(['2025-03-01', '2025-03-31']);
  });

  it('a year opening the sentence ("In 2024 alone, …") is that year', () => {
    expect(range('In 2024 alone, raids on villages killed more than a thousand people.')).toEqual(['2024-01-01', '2024-12-31']);
  });
});

describe('a stretch of whole months ("between January and October")', () => {
  it('is the most recent such stretch, from the first of one month to the end of the other', () => {
    expect(range('Raids killed hundreds between January and April.')).toEqual(['2025-01-01', '2025-04-30']);
    expect(range('Fighting raged from March to May 2023.')).toEqual(['2023-03-01', '2023-05-31']);
    // (A stretch that runs past the new year began in the year before.)
    expect(range('Fighting raged from November to February.')).toEqual(['2024-11-01', '2025-02-28']);
  });
  it('negative: a stretch between days keeps its days', () => {
    expect(range('Fighting raged between May 3 and May 5.')).toEqual(['2025-05-03', '2025-05-05']);
  });
});
