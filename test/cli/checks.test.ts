import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { spawnSync } from 'node:child_process';

// The CLI's checks of what a user types (issue #16), on the built CLI (dist/).
const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
let dir: string;
let db: string;
const sitrep = (...args: string[]) => spawnSync(process.execPath, [join(ROOT, 'bin', 'sitrep.js'), '--db', db, ...args], { encoding: 'utf8' });
const PLACES = ['Kharkiv', 'Sumy', 'Odesa', 'Kherson', 'Dnipro', 'Poltava'];

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'sitrep-cli-checks-'));
  db = join(dir, 'c.db');
  // 17 documents: by pigeonhole, two ids share their first hex digit.
  const docs = Array.from({ length: 17 }, (_, i) => ({
    id: `c${i}`, outlet: 'Check Wire', published: '2025-06-10',
    text: `Ukraine's General Staff said Russian forces shelled ${PLACES[i % PLACES.length]} on Tuesday, wounding ${i + 1} civilians.`,
  }));
  writeFileSync(join(dir, 'docs.json'), JSON.stringify(docs));
  expect(sitrep('ingest', '--quiet', join(dir, 'docs.json')).status).toBe(0);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('CLI input checks', () => {
  it.each([['claims', '--as-of', '2025-13-45'], ['claims', '--since', '2025-02-30'], ['events', '--until', '2025-04-31'], ['brief', '--since', '2024-02-30']])(
    '%s %s %s is refused with a one-line error', (cmd, opt, day) => {
      const r = sitrep(cmd, opt, day);
      expect(r.status).not.toBe(0);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
      expect(r.stderr).toContain(`${opt} must be a calendar date as YYYY-MM-DD, got "${day}"`);
    });

  it('a real leap day is accepted', () => {
    expect(sitrep('claims', '--since', '2024-02-29').status).toBe(0);
  });

  it('--side is case-insensitive', () => {
    const upper = sitrep('claims', '--side', 'UA');
    const lower = sitrep('claims', '--side', 'ua');
    expect(upper.stdout).toMatch(/\[UA\]/);
    expect(lower.stdout).toBe(upper.stdout);
    expect(sitrep('claims', '--side', 'ua', '--per-document').stdout).toBe(sitrep('claims', '--side', 'UA', '--per-document').stdout);
  });

  it('an ambiguous id prefix says "ambiguous" and lists the candidates; an unknown one says "no document"', () => {
    const ids = (sitrep('claims', '--per-document', '--json').stdout.trim().split('\n').map((l) => JSON.parse(l).docId as string));
    const byFirst = new Map<string, string[]>();
    for (const id of new Set(ids)) byFirst.set(id[0], [...(byFirst.get(id[0]) ?? []), id]);
    const [prefix, candidates] = [...byFirst].find(([, v]) => v.length > 1)!;
    const r = sitrep('show', prefix);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(new RegExp(`ambiguous id prefix ${prefix}`));
    for (const c of candidates) expect(r.stderr).toContain(c);
    const none = sitrep('show', 'zzzz');
    expect(none.stderr.trim()).toBe('sitrep: no document zzzz');
    expect(sitrep('story', 'ev-').stderr).toMatch(/ambiguous id prefix ev-/);
  });
});
