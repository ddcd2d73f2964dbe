import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { spawnSync } from 'node:child_process';

// Runs the built CLI (dist/), which `npm test` builds first.
const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const sitrep = (...args: string[]) => spawnSync(process.execPath, [join(ROOT, 'bin', 'sitrep.js'), ...args], { encoding: 'utf8' });
let dir: string;
beforeAll(() => { dir = mkdtempSync(join(tmpdir(), 'sitrep-cli-extract-')); });
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('sitrep extract --admin1', () => {
  const article = () => {
    const f = join(dir, 'kivu.json');
    writeFileSync(f, JSON.stringify({ id: 'k', published: '2024-03-02', text:
      'Rebels shelled Sake in North Kivu province on Friday, killing three civilians, local officials said.' }));
    return f;
  };

  it('spells first-level regions as ACLED does by default, keeping the English name and ISO code', () => {
    const out = sitrep('extract', '--json', article());
    expect(out.status).toBe(0);
    const o = JSON.parse(out.stdout);
    const p = o.places.find((x: { mention: string }) => x.mention === 'Sake');
    expect(p).toMatchObject({ admin1: 'Nord-Kivu', admin1Name: 'North Kivu', admin1Code: 'CD-NK' });
    expect(o.events[0].place).toMatchObject({ admin1: 'Nord-Kivu' });
  });

  it('--admin1 english gives the English names; a bad style is a one-line error', () => {
    const o = JSON.parse(sitrep('extract', '--json', '--admin1', 'english', article()).stdout);
    expect(o.places.find((x: { mention: string }) => x.mention === 'Sake')).toMatchObject({ admin1: 'North Kivu' });
    const bad = sitrep('extract', '--admin1', 'french', article());
    expect(bad.status).toBe(2);
    expect(bad.stderr.trim()).toBe('--admin1: expected acled or english, got "french"');
  });
});

describe('sitrep ingest warns about a report that is not in English', () => {
  it('prints one warning line naming the file, and stores the document', () => {
    const f = join(dir, 'es.json');
    writeFileSync(f, JSON.stringify({ id: 'es', published: '2025-06-09', text: 'Las fuerzas rusas atacaron la ciudad de ' +
      'Sumy el domingo por la mañana y murieron dos personas, según el gobernador de la región. Los equipos de rescate ' +
      'trabajaron toda la noche entre los escombros del edificio.' }));
    const r = sitrep('--db', join(dir, 'lang.db'), 'ingest', f);
    expect(r.status).toBe(0);
    expect(r.stderr).toMatch(new RegExp(`^warning: ${f.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: the text does not read as English`, 'm'));
    expect(r.stdout + r.stderr).toMatch(/1 new/);
  });
});
