import { beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readSource } from '../../src/ingest/source.js';
import { buildDocument } from '../../src/document/build.js';
import { analyse } from '../../src/extract/analyse.js';
import { fuse, type FusedState } from '../../src/fuse/fuse.js';
import type { Analysis } from '../../src/extract/types.js';
import { FIXTURES } from '../helpers.js';
import { scoreClaims, type ClaimLabels, type ClaimScore } from './claim-score.js';

/**
 * Claim matching on the labelled fixture test/fixtures/claims/: 16 invented reports of 10 distinct claims —
 * one capture claim retold by four outlets over three days, a ministry's daily drone tallies (same words,
 * other figures: two claims), a strike claim and the attacked side's governor (two claims), two sides'
 * accounts of one strike, a toll that rises the next day, and two delegations' statements on one two-day
 * round of talks (one claim per side, told on each day).
 */

const DIR = join(FIXTURES, 'claims');
const labels = JSON.parse(readFileSync(join(DIR, 'labels.json'), 'utf8')) as ClaimLabels;
const GOAL = 0.9;
let analyses: Analysis[];
let fused: FusedState;
let score: ClaimScore;

beforeAll(async () => {
  analyses = [];
  for await (const item of readSource(join(DIR, 'reports.jsonl'))) {
    if (!item.ok) throw new Error(`${item.origin}: ${item.reason}`);
    analyses.push(analyse(buildDocument(item.article)));
  }
  fused = fuse(analyses);
  score = scoreClaims(analyses, fused, labels, (a) => a.document.externalId ?? a.document.url ?? a.document.id);
  // eslint-disable-next-line no-console
  console.log(`claim matching: precision ${score.precision.toFixed(3)} recall ${score.recall.toFixed(3)} (tp ${score.tp}, fp ${score.fp}, fn ${score.fn}); unextracted ${score.unextracted.length}: ${score.unextracted.join('; ')}\n  fp: ${score.falsePositives.join('\n      ')}\n  fn: ${score.falseNegatives.join('\n      ')}`);
});

describe('claim matching on the labelled same/different fixture', () => {
  it('every labelled report is in the fixture and every label names a distinct claim', () => {
    const ids = new Set(analyses.map((a) => a.document.externalId));
    for (const r of Object.keys(labels.reports)) expect(ids).toContain(r);
    for (const l of Object.values(labels.reports).flat()) expect(labels.claims).toHaveProperty(l[1]);
  });

  it(`precision ≥ ${GOAL}: claims fused together are the same claim`, () => {
    expect(score.precision).toBeGreaterThanOrEqual(GOAL);
  });

  it(`recall ≥ ${GOAL}: the same claim told by several outlets and days is one fused claim`, () => {
    expect(score.recall).toBeGreaterThanOrEqual(GOAL);
  });

  it('a two-day round of talks told on each of its days is one talks event spanning both days', () => {
    const talks = fused.events.filter((e) => e.type === 'talks');
    expect(talks).toHaveLength(1);
    expect(talks[0].date).toMatchObject({ start: '2025-06-23', end: '2025-06-24' });
    expect(new Set(talks[0].reports.map((r) => r.documentId)).size).toBe(3);
  });

  it('extraction finds nearly every labelled claim (the pairs are scored over those it finds)', () => {
    expect(score.unextracted.length).toBeLessThanOrEqual(3);
  });
});

describe('a side\'s lead that names no incident, told right before that side\'s account of one', () => {
  const fusedClaims = (text: string) => fuse([analyse(buildDocument({ origin: 'lead.txt', format: 'text', text, published: '2025-06-09' }))]).claims;
  it('"Russian officials acknowledged damage from a drone raid. The Kursk governor said drones had hit a depot …" is one claim', () => {
    const claims = fusedClaims('Russian officials, meanwhile, acknowledged damage from a Ukrainian drone raid. '
      + 'Kursk regional governor Alexander Khinshtein said on Monday that drones had hit a fuel depot in the town of Lgov, causing a fire.');
    expect(claims).toHaveLength(1);
  });
  it('negative: a lead told by another weapon stays a claim of its own', () => {
    const claims = fusedClaims('Russian officials, meanwhile, acknowledged heavy shelling overnight. '
      + 'Kursk regional governor Alexander Khinshtein said on Monday that drones had hit a fuel depot in the town of Lgov, causing a fire.');
    expect(claims).toHaveLength(2);
  });
});
