import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The project's data/ folder (lexicons, actor registry, type tables), found from dist/ or src/. */
export const DATA_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', 'data');

const cache = new Map<string, unknown>();

/** Reads and caches one JSON file under data/. Data is reviewed like code, so a bad file is a bug: it throws. */
export function loadData<T>(relPath: string): T {
  let v = cache.get(relPath);
  if (v === undefined) {
    v = JSON.parse(readFileSync(join(DATA_DIR, relPath), 'utf8'));
    cache.set(relPath, v);
  }
  return v as T;
}
