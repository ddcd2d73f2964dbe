import { it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildDocument } from '../src/document/build.js';
import type { Document } from '../src/document/types.js';

export const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), 'fixtures');
export const fixture = (name: string) => readFileSync(join(FIXTURES, name), 'utf8');

/** A Document from plain text, as the text reader would make it. */
export function docFromText(text: string, published: string | null = '2025-06-09', extra: Partial<Parameters<typeof buildDocument>[0]> = {}): Document {
  return buildDocument({ origin: 'test', format: 'text', text, published, ...extra });
}

export const sentencesOf = (d: Document) => d.sentences.map((s) => d.text.slice(s.start, s.end));

/**
 * A known gap: a test of what the code should do and does not yet, run as `it.fails` so CI stays green and
 * named "gap: …" so the test output counts them. A gap that gets fixed makes its test fail: turn it into an `it`.
 * `SITREP_SHOW_GAPS=1` runs them as plain tests to show what they get instead.
 */
export function gap(name: string, fn: () => unknown): void {
  (process.env.SITREP_SHOW_GAPS ? it : it.fails)(`gap: ${name}`, fn);
}
