import { describe, expect, it } from 'vitest';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expandPaths, readSource } from '../../src/ingest/source.js';
import { buildDocument } from '../../src/document/build.js';
import { analyse } from '../../src/extract/analyse.js';
import type { Document } from '../../src/document/types.js';

/**
 * Extraction is a pure function of the document: the lookups it remembers across documents (names, actors,
 * gazetteer candidates, words) must never carry one document's state into another's result.
 */
describe('extraction is a pure function of the document', () => {
  it('each demo-corpus article gives the same analysis whatever was analysed before it, in either order', async () => {
    const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
    const { files } = await expandPaths([join(root, 'demo', 'corpus'), join(root, 'test', 'fixtures', 'inputs')]);
    const docs: Document[] = [];
    for (const f of files) for await (const it of readSource(f)) if (it.ok) { try { docs.push(buildDocument(it.article)); } catch { /* not an article */ } }
    expect(docs.length).toBeGreaterThan(20);
    const forward = docs.map((d) => JSON.stringify(analyse(d)));
    const backward = [...docs].reverse().map((d) => JSON.stringify(analyse(d))).reverse();
    expect(backward).toEqual(forward);
    // And once more, each after a different neighbour.
    const shuffled = docs.map((_d, i) => i).sort((a, b) => ((a * 7919) % 101) - ((b * 7919) % 101) || a - b);
    const again: string[] = new Array(docs.length);
    for (const i of shuffled) again[i] = JSON.stringify(analyse(docs[i]));
    expect(again).toEqual(forward);
  });
});
