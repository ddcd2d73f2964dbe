import { describe, expect, it } from 'vitest';
import { fixture } from '../helpers.js';
import { readJson } from '../../src/ingest/json.js';
import { chooseReader } from '../../src/ingest/registry.js';
import { analyseItem } from '../../src/ingest/item.js';
import { telegramText } from '../../src/ingest/telegram.js';

describe('Telegram Desktop export (result.json)', () => {
  const content = fixture('inputs/telegram.json');
  const items = chooseReader('result.json', content).reader(content, 'result.json');

  it('one document per message with text; service messages and bare photos are skipped', () => {
    expect(items).toHaveLength(2);
    const a = items.map((i) => (i.ok ? i.article : null));
    expect(a.map((x) => x?.origin)).toEqual(['result.json#102', 'result.json#104']);
    expect(a.every((x) => x?.outlet === 'Steppe Front Notes' && x?.format === 'telegram')).toBe(true);
    expect(a[0]?.externalId).toBe('telegram:1800000001:102');
  });

  it('flattens text entities in order', () => {
    const second = items[1].ok ? items[1].article.text : '';
    expect(second).toBe('Update: Shelling hit a market in Nikopol on Monday, killing one woman, the city council said. #Nikopol');
    expect(telegramText(['a', { type: 'bold', text: 'b' }, 5, null, { type: 'link' }])).toBe('ab');
  });

  it('the messages are analysed like any article: dated by the message, events found', () => {
    const a = analyseItem(items[1].ok ? items[1].article : (null as never), {});
    if ('reason' in a) throw new Error(a.reason);
    expect(a.document.published).toBe('2025-06-09');
    expect(a.events.some((e) => e.place?.name === 'Nikopol')).toBe(true);
  });

  it('an export with no text messages is refused with a reason', () => {
    expect(() => readJson(JSON.stringify({ name: 'Empty', type: 'public_channel', messages: [{ id: 1, type: 'service' }] }), 'x')).toThrow(/no messages with text/);
  });
});
