import { readFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The tables of demo/STORYLINE.md's "What sitrep should make of it" section, read for the tests. */

export const DEMO = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'demo');

export interface Toll { low: number; best: number; high: number }
export interface StoryIncident { id: string; kind: string; place: string; region: string; country: string; date: string; killed: Toll | null; injured: Toll | null }
export interface StoryClaim { id: string; side: string; keywords: string[]; final: string | null; asOf: [string, string][] }

function table(md: string, heading: string): string[][] {
  const at = md.indexOf(`### ${heading}`);
  if (at < 0) throw new Error(`demo/STORYLINE.md: no "### ${heading}" section`);
  const rows: string[][] = [];
  for (const line of md.slice(at).split('\n').slice(1)) {
    if (line.startsWith('### ') || line.startsWith('## ')) break;
    if (!line.startsWith('|') || /^\|\s*-/.test(line)) continue;
    rows.push(line.split('|').slice(1, -1).map((c) => c.trim()));
  }
  return rows.slice(1); // without the header
}

const toll = (s: string): Toll | null => {
  const m = /^(\d+)\s*\/\s*(\d+)\s*\/\s*(\d+)$/.exec(s);
  return m ? { low: Number(m[1]), best: Number(m[2]), high: Number(m[3]) } : null;
};

export function readStoryline() {
  const md = readFileSync(join(DEMO, 'STORYLINE.md'), 'utf8');
  const incidents: StoryIncident[] = table(md, 'Incidents').map(([id, , kind, place, date, killed, injured]) => {
    const parts = place.split(',').map((p) => p.trim());
    return { id, kind, place, region: parts.length >= 3 ? parts[1] : parts[0], country: parts.at(-1)!, date, killed: toll(killed), injured: toll(injured) };
  });
  const tallies = table(md, 'Tallies').map(([id, , regions, dates, killed, injured]) => ({ id, regions, dates, killed: toll(killed), injured: toll(injured) }));
  const claims: StoryClaim[] = table(md, 'Distinct claims').map(([id, side, , keywords, status]) => {
    const asOf: [string, string][] = [];
    let final: string | null = null;
    for (const part of status.split(';').map((p) => p.trim()).filter(Boolean)) {
      const m = /^(\d{4}-\d{2}-\d{2}|final)\s+(\w+)$/.exec(part);
      if (!m) throw new Error(`demo/STORYLINE.md: claim ${id}: cannot read status "${part}"`);
      if (m[1] === 'final') final = m[2]; else asOf.push([m[1], m[2]]);
    }
    return { id, side, keywords: keywords.split(',').map((k) => k.trim()).filter(Boolean), final, asOf };
  });
  return { incidents, tallies, claims };
}
