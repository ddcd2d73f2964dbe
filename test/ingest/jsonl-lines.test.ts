import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readSource } from '../../src/ingest/source.js';
import type { ReadItem } from '../../src/ingest/types.js';

/** JSON Lines are read in chunks and split on bytes: line endings, long lines, bad bytes and chunk edges. */

let dir: string;
beforeAll(() => { dir = mkdtempSync(join(tmpdir(), 'sitrep-jsonl-')); });
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const line = (i: number, text = `Shelling hit Kherson on day ${i}, officials said.`) => JSON.stringify({ title: `T${i}`, text, published: '2025-06-08' });
async function read(name: string, content: string | Buffer): Promise<ReadItem[]> {
  const path = join(dir, name);
  writeFileSync(path, content);
  const out: ReadItem[] = [];
  for await (const it of readSource(path)) out.push(it);
  return out;
}
const titles = (items: ReadItem[]) => items.map((it) => (it.ok ? it.article.title : `${it.origin.replace(/.*\//, '')}: ${it.reason}`));

describe('JSON Lines streaming', () => {
  it('\\n, \\r\\n and a lone \\r each end a line; blank lines are skipped; the last line needs no newline', async () => {
    const items = await read('endings.jsonl', `${line(1)}\n${line(2)}\r\n\r\n${line(3)}\r${line(4)}\n\n${line(5)}`);
    expect(titles(items)).toEqual(['T1', 'T2', 'T3', 'T4', 'T5']);
    expect(items.map((it) => it.ok && it.article.origin.replace(/.*:/, ''))).toEqual(['1', '2', '4', '5', '7']);
  });

  it('a line longer than the read buffer, and lines across its edges, come out whole', async () => {
    const long = 'Drones struck Sumy overnight. '.repeat(80_000); // ~2.4 MB
    const many = Array.from({ length: 3000 }, (_, i) => line(i)).join('\n'); // ~300 KB of short lines
    const items = await read('long.jsonl', `${many}\n${line(9999, long)}\n${many}\n`);
    expect(items).toHaveLength(6001);
    expect(items.every((it) => it.ok)).toBe(true);
    const big = items[3000];
    expect(big.ok && big.article.text).toBe(long);
    expect(titles(items).slice(2998, 3003)).toEqual(['T2998', 'T2999', 'T9999', 'T0', 'T1']);
  });

  it('a line with bytes that are not UTF-8 fails alone, with its number; multi-byte characters are kept', async () => {
    // Past the first 8 KB (those are checked whole, like any file: a bad byte there fails the file).
    const pad = Array.from({ length: 120 }, (_, i) => line(100 + i)).join('\n');
    const bad = Buffer.concat([Buffer.from(`${pad}\n${line(1, 'Київ — Kharkiv’s mayor said.')}\n{"title":"T2","text":"bad `), Buffer.from([0xff, 0xfe, 0x41]), Buffer.from(`"}\n${line(3)}\n`)]);
    const items = (await read('bytes.jsonl', bad)).slice(120);
    expect(titles(items)).toEqual(['T1', 'bytes.jsonl:122: invalid UTF-8 in this line', 'T3']);
    expect(items[0].ok && items[0].article.text).toBe('Київ — Kharkiv’s mayor said.');
  });
});
