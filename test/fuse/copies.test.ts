import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SqliteStore } from '../../src/store/sqlite/sqlite-store.js';
import { buildDocument } from '../../src/document/build.js';
import { analyse } from '../../src/extract/analyse.js';
import { updateFusion } from '../../src/fuse/update.js';
import { fuse } from '../../src/fuse/fuse.js';
import type { Analysis } from '../../src/extract/types.js';

// Three copies of one wire story, each with its own closing paragraph: A and C tell of a drone strike on
// Odesa, B of shelling in Kharkiv. Adding C re-fuses the Odesa incident (A's and C's reports) and never
// reads B, yet B is in their copy group; a group is named by its smallest document id, so which one that
// is decides what an incremental update must get right.
const WIRE = [
  'KYIV, June 9 (Reuters) - The city council of a western town met on Monday to plan the reopening of its central library after a winter of repairs to the roof and the heating.',
  'The building will open its doors again in the autumn, with a new reading room for children and longer evening hours for students preparing for examinations.',
  'The mayor thanked the volunteers who had moved thousands of books into storage and the local firms that had donated timber, glass and paint for the work on the old building.',
  'A concert in the square outside the library is planned for the first weekend of September, when the first readers are expected to return to the restored halls and gardens.',
].join('\n\n');
const ODESA = 'A Russian drone struck a warehouse in Odesa on Sunday, injuring two workers, the regional governor said.';
const KHARKIV = 'Russian shelling damaged a school in Kharkiv on Sunday.';

const copy = (ending: string, outlet: string, n: number): Analysis =>
  analyse(buildDocument({ origin: `${outlet}-${n}`, format: 'json', outlet, url: `https://${outlet}.example/${n}`, published: '2025-06-09', text: `${WIRE}\n\n${ending}${' Updated.'.repeat(n)}` }));

/** Variants of the three copies until their ids come in the order wanted (ids are content hashes). */
function copiesWhere(order: (a: string, b: string, c: string) => boolean): [Analysis, Analysis, Analysis] {
  for (let i = 0; i < 20; i++) for (let j = 0; j < 20; j++) for (let k = 0; k < 6; k++) {
    const a = copy(ODESA, 'alpha', i);
    const b = copy(KHARKIV, 'bravo', j);
    const c = copy(ODESA, 'charlie', k);
    if (order(a.document.id, b.document.id, c.document.id)) return [a, b, c];
  }
  throw new Error('no variant in that order');
}

let dir: string;
beforeEach(() => { dir = mkdtempSync(join(tmpdir(), 'sitrep-copies-')); });
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const byId = <T extends { id: string }>(l: T[]) => [...l].sort((x, y) => x.id.localeCompare(y.id));

describe('copy groups across incremental updates', () => {
  it.each([
    ['the unread copy B has the smallest id', (a: string, b: string, c: string) => b < a && b < c],
    ['the new copy C has the smallest id, renaming the group of a record it does not touch', (a: string, b: string, c: string) => c < a && c < b],
  ])('adding a copy when %s ends where a full fusion ends', (_name, order) => {
    const [a, b, c] = copiesWhere(order);
    const store = new SqliteStore(join(dir, 's.db'));
    store.putMany([a, b]);
    updateFusion(store, []);
    store.put(c);
    expect(updateFusion(store, [c.document.id], { fullAbove: 1.01 }).full).toBe(false);
    const whole = fuse([a, b, c]);
    // The three are one copy group, named by the smallest id, in every record.
    const min = [a, b, c].map((x) => x.document.id).sort()[0];
    const groups = new Set(whole.events.flatMap((e) => e.reports.map((r) => r.copyGroup)));
    expect([...groups]).toEqual([min]);
    expect(byId(store.fusedEvents({ limit: 1e6 }))).toEqual(byId(whole.events));
    expect(byId(store.fusedClaims({ limit: 1e6 }))).toEqual(byId(whole.claims));
    // The Odesa incident: two reports, one copy group, so one independent source.
    const odesa = store.fusedEvents({ limit: 1e6 }).find((e) => e.place?.name === 'Odesa')!;
    expect(odesa.reports).toHaveLength(2);
    expect(odesa.sourceCount).toBe(1);
    store.close();
  });
});
