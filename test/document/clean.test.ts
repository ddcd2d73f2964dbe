import { describe, expect, it } from 'vitest';
import { docFromText, fixture, sentencesOf } from '../helpers.js';
import { buildDocument } from '../../src/document/build.js';

describe('cleaning a messy page', () => {
  const d = docFromText(fixture('messy-article.txt'), null);

  it('splits the section label glued to the headline and drops the repeated headline', () => {
    expect(d.section).toBe('Europe Desk');
    expect(d.title).toBe('Kremlin says armoured units entered Dnipropetrovsk region');
    expect(d.text.startsWith("Moscow's military announced")).toBe(true);
  });

  it('keeps one copy of a caption printed twice, as its own caption paragraph', () => {
    const captions = d.paragraphs.filter((p) => p.kind === 'caption').map((p) => d.text.slice(p.start, p.end));
    expect(captions).toHaveLength(1);
    expect(captions[0]).toMatch(/^DRUZHKIVKA, UKRAINE - JUNE 8:/);
  });

  it('moves image credits and declared sources out of the body', () => {
    expect(d.imageCredits).toEqual(['Images source: © WIRE | Agency']);
    expect(d.sources).toEqual(['Wire Service', 'Example Radio']);
    expect(d.text).not.toMatch(/Images source|Sources:/);
  });

  it('drops the "Related content" tail and everything after it', () => {
    expect(d.text).not.toMatch(/Related content|must not appear/);
  });

  it('keeps the bullet list as bullet paragraphs without the bullet marks', () => {
    const bullets = d.paragraphs.filter((p) => p.kind === 'bullet').map((p) => d.text.slice(p.start, p.end));
    expect(bullets).toEqual(['Moscow says its tank units crossed into Dnipropetrovsk region.', 'Kyiv has not confirmed the move.']);
    expect(d.paragraphs.find((p) => p.kind === 'heading')).toBeTruthy();
  });

  it('collapses non-breaking spaces', () => {
    const withNbsp = docFromText('Strikes hit\u00a0Kharkiv\u00a0on Sunday.\u2060 Two people died.');
    expect(withNbsp.text).toBe('Strikes hit Kharkiv on Sunday. Two people died.');
  });

  it('takes the publication date from a caption when metadata has none', () => {
    expect(d.published).toBe('2025-06-08');
    expect(d.publishedFrom).toBe('caption');
  });

  it('warns when nothing gives a publication date, and takes --published as a fallback', () => {
    const none = docFromText('Shelling continued near the front on Sunday, officials said.', null);
    expect(none.published).toBeNull();
    expect(none.messages.some((m) => m.ruleId === 'document:published' && m.severity === 'warning')).toBe(true);
    const opt = buildDocument({ origin: 't', format: 'text', text: 'Shelling continued near the front on Sunday, officials said.' }, { published: '2025-06-09' });
    expect(opt.published).toBe('2025-06-09');
    expect(opt.publishedFrom).toBe('option');
    const meta = buildDocument({ origin: 't', format: 'text', text: 'Shelling continued, officials said.', published: '2025-06-07T22:10:00-04:00' }, { published: '2025-06-09' });
    expect(meta.published).toBe('2025-06-07');
    expect(meta.publishedFrom).toBe('metadata');
  });

  it('splits sentences around abbreviations, decimals, numbers, quotes and Cyrillic', () => {
    const s = sentencesOf(d);
    expect(s).toContain('The U.S. envoy, Gen. Keith Kellogg, spoke by phone with officials.');
    expect(s).toContain('A 1.5-month-old infant was among the victims, police said.');
    expect(s).toContain('Case No. 3 was opened by prosecutors.');
    expect(s).toContain('“We are holding our lines,” a Ukrainian commander said.');
    expect(s).toContain('“Nothing has changed on the ground.”');
    expect(s).toContain('Часть текста на русском языке.');
    expect(s).toContain('Ещё одно предложение.');
  });
});

describe('list items: a digest of the story, or the story itself', () => {
  const roundup = [
    'Here is the latest:',
    '- Ukraine\'s air force said on Sunday that Russia had launched 120 drones and four missiles overnight, and that 98 of the drones were shot down or jammed.',
    '• A glide bomb struck a supermarket in Kostiantynivka on Saturday afternoon, killing three shoppers and wounding nine, the regional prosecutor\'s office said.',
    '- Kyiv has not confirmed the move.',
  ].join('\n');
  it('a list that is most of the document (a live blog\'s roundup) is read as paragraphs', () => {
    const d = docFromText(roundup, '2025-06-09');
    expect(d.paragraphs.map((p) => p.kind)).toEqual(['heading', 'body', 'body', 'body']);
  });
  it('negative: a list beside a longer body ("Key points") stays a digest', () => {
    const body = 'A glide bomb struck a supermarket in Kostiantynivka on Saturday afternoon, killing three shoppers and wounding nine, '
      + 'the regional prosecutor\'s office said. Rescue teams worked through the night to clear the rubble, and the city\'s '
      + 'mayor declared a day of mourning. Russia\'s defence ministry said its forces had struck Ukrainian army positions in '
      + 'the area but did not mention the supermarket. The town, a few kilometres from the front line, has been shelled for months.';
    const d = docFromText(['Key points:', '- Glide bomb kills three in Kostiantynivka supermarket', '- Mayor declares mourning', body].join('\n'), '2025-06-09');
    expect(d.paragraphs.map((p) => p.kind)).toEqual(['heading', 'bullet', 'bullet', 'body']);
  });
});

describe('a list that tells what the body does not is read as body', () => {
  const kinds = (text: string) => { const d = docFromText(text); return d.paragraphs.map((p) => p.kind); };
  it('a situation report\'s incident items are body', () => {
    const intro = 'Hostilities continued across the Gaza Strip this week, with strikes reported in the north and the south, '
      + 'further displacement from eastern neighbourhoods, and new restrictions on the movement of aid convoys between the two halves of the Strip. '
      + 'Humanitarian partners warn that fuel stocks for hospitals and water plants are running low.';
    expect(kinds(`${intro}\n\n• On 11 August, an airstrike hit a tent in Al Mawasi, killing a woman and her three daughters.\n• On 12 August, two paramedics were killed in Jabalia.`))
      .toEqual(['body', 'body', 'body']);
  });
  it('negative: items under "Key points:" stay a digest', () => {
    expect(kinds('Key points:\n\n• Drones hit Odesa, killing two.\n\nRussian drones hit Odesa overnight, killing two people, the governor said.'))
      .toEqual(['heading', 'bullet', 'body']);
  });
  it('negative: an item whose numbers and names the body tells again stays a digest', () => {
    expect(kinds('Russia struck cities across Ukraine overnight.\n\n• Strike on Kharkiv kills 7\n\nA missile struck Kharkiv on Sunday, killing 7 people, the mayor said.'))
      .toEqual(['body', 'bullet', 'body']);
  });
});

describe('an item under a summary heading whose counts the body does not give is news of its own', () => {
  const kinds = (text: string) => { const d = docFromText(text); return d.paragraphs.map((p) => p.kind); };
  it('"Key highlights" with a toll told nowhere else is read as body', () => {
    expect(kinds('Key highlights:\n\n- On 13 May, shelling killed four civilians in Taiz city and injured nine.\n\n'
      + 'Situation overview:\n\nOn 13 May, artillery shells struck a residential area of Taiz city, the health office said.'))
      .toEqual(['heading', 'body', 'heading', 'body']);
  });
  it('negative: an item whose counts the body gives again stays a digest', () => {
    expect(kinds('Key highlights:\n\n- On 13 May, shelling killed four civilians in Taiz city.\n\n'
      + 'Situation overview:\n\nOn 13 May, artillery shells struck Taiz city, killing four civilians, the health office said.'))
      .toEqual(['heading', 'bullet', 'heading', 'body']);
  });
});

describe('a short line of words heads a section', () => {
  const text = ['Here is the latest.', '', 'Front line', '', 'Russia said its troops took a village near Pokrovsk.', '',
    'Energy and economy', '', 'Fuel exports fell by a third in May, according to estimates by traders.'].join('\n');
  it('"Front line" and "Energy and economy" are headings', () => {
    const d = docFromText(text, '2025-06-09');
    expect(d.paragraphs.map((p) => p.kind)).toEqual(['body', 'heading', 'body', 'heading', 'body']);
  });
  it('negative: a dateline in capitals, a line with a stop and a line with a comma stay body', () => {
    const d = docFromText(['KYIV', '', 'Drones hit Kyiv.', '', 'Kherson, Ukraine', '', 'Shelling hit the port.'].join('\n'), '2025-06-09');
    expect(d.paragraphs.filter((p) => p.kind === 'heading')).toEqual([]);
  });
});
