import { existsSync, mkdirSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser } from 'playwright-core';

/** Debian's chromium, driven by playwright-core (no browser download). SITREP_CHROMIUM overrides the path. */
export const CHROMIUM = process.env.SITREP_CHROMIUM ?? '/usr/bin/chromium';

export async function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) throw new Error(`no chromium at ${CHROMIUM}: install it (apt-get install -y chromium) or set SITREP_CHROMIUM`);
  // --no-sandbox: CI runs as root, where chromium's sandbox refuses to start.
  return chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu'] });
}

/** Screenshots are test artifacts (gitignored), to look at after a run. */
export const ARTIFACTS = join(dirname(fileURLToPath(import.meta.url)), '../../test-artifacts/web');
export function artifact(name: string): string {
  mkdirSync(ARTIFACTS, { recursive: true });
  return join(ARTIFACTS, name);
}
