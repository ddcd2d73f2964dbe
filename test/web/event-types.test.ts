import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { EVENT_TYPES } from '../../src/server/schemas.js';

/**
 * The dashboard's type table (colours, labels, the type filter's options) names exactly the types the API
 * knows: a type missing from it would be drawn grey and could not be filtered on.
 */
describe('the dashboard event-type table', () => {
  it('has a colour and label for exactly the types of GET /api/events', () => {
    const table = JSON.parse(readFileSync(join(dirname(fileURLToPath(import.meta.url)), '../../web/src/event-types.json'), 'utf8'));
    const types = Object.keys(table).filter((k) => !k.startsWith('_'));
    expect(types.sort()).toEqual([...EVENT_TYPES].sort());
    for (const t of types) expect(table[t].color, t).toMatch(/^#[0-9a-f]{6}$/i);
  });
});
