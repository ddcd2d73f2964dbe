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
