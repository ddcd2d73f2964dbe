import { promises as fs } from 'node:fs';
import { extname, join } from 'node:path';
import { InputError } from '../document/build.js';
import { chooseReader, KNOWN_EXTENSIONS } from './registry.js';
import { readJsonLine } from './json.js';
import type { ReadItem } from './types.js';
import { metaFromFilename } from './filename.js';

export interface SourceOptions {
  /** Largest file read whole into memory; JSON Lines are streamed and have no limit. */
  maxBytes?: number;
}

export const DEFAULT_MAX_BYTES = 50 * 1024 * 1024;

const mb = (n: number) => `${(n / 1024 / 1024).toFixed(n < 10 * 1024 * 1024 ? 1 : 0)} MB`;

/** Expands CLI arguments: folders recursively (known extensions only, hidden entries skipped), `-` kept. */
export async function expandPaths(args: string[]): Promise<{ files: string[]; errors: { origin: string; reason: string }[] }> {
  const files: string[] = [];
  const errors: { origin: string; reason: string }[] = [];
  const walk = async (dir: string) => {
    const entries = (await fs.readdir(dir, { withFileTypes: true })).sort((a, b) => a.name.localeCompare(b.name));
    for (const e of entries) {
      if (e.name.startsWith('.') || e.name === 'node_modules') continue;
      const p = join(dir, e.name);
      if (e.isDirectory()) await walk(p);
      else if (e.isFile() && KNOWN_EXTENSIONS.has(extname(e.name).toLowerCase())) files.push(p);
    }
  };
  for (const a of args) {
    if (a === '-' || /^https?:\/\//i.test(a)) { files.push(a); continue; }
    let st;
    try { st = await fs.stat(a); } catch { errors.push({ origin: a, reason: 'no such file or folder' }); continue; }
    if (st.isDirectory()) await walk(a);
    else files.push(a);
  }
  return { files, errors };
}

/** Checks raw bytes and decodes them: empty, binary and invalid UTF-8 inputs are refused with a reason. */
export function decode(bytes: Uint8Array): string {
  if (bytes.length === 0) throw new InputError('empty file');
  const probe = bytes.subarray(0, Math.min(bytes.length, 8192));
  // UTF-16 byte order marks are text in another encoding, not binary.
  if ((probe[0] === 0xff && probe[1] === 0xfe) || (probe[0] === 0xfe && probe[1] === 0xff)) throw new InputError('UTF-16 text is not supported; convert it to UTF-8');
  if (probe.includes(0)) throw new InputError('binary file (contains NUL bytes), not text');
  let text: string;
  try { text = new TextDecoder('utf-8', { fatal: true }).decode(bytes); } catch {
    throw new InputError(`invalid UTF-8 at byte ${firstBadUtf8(bytes)}`);
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (!text.trim()) throw new InputError('empty file (only whitespace)');
  return text;
}

function firstBadUtf8(b: Uint8Array): number {
  for (let i = 0; i < b.length; i++) {
    const c = b[i];
    const n = c < 0x80 ? 0 : c >= 0xc2 && c < 0xe0 ? 1 : c >= 0xe0 && c < 0xf0 ? 2 : c >= 0xf0 && c < 0xf5 ? 3 : -1;
    if (n < 0) return i;
    for (let k = 1; k <= n; k++) if (i + k >= b.length || (b[i + k] & 0xc0) !== 0x80) return i;
    i += n;
  }
  return b.length;
}

async function readStdin(): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const c of process.stdin) chunks.push(c as Buffer);
  return Buffer.concat(chunks);
}

/**
 * Reads one path into items. A whole-file problem comes back as a single failed item, never a throw,
 * so a batch always goes on.
 */
export async function* readSource(path: string, opts: SourceOptions = {}): AsyncGenerator<ReadItem> {
  const origin = path;
  const max = opts.maxBytes ?? DEFAULT_MAX_BYTES;
  if (/^https?:\/\//i.test(path)) {
    // Loaded on demand: a file ingest (and an ingest worker) need not load the fetcher.
    const { readUrl } = await import('./url-source.js');
    yield* readUrl(path);
    return;
  }
  try {
    if (path !== '-') {
      const st = await fs.stat(path).catch(() => null);
      if (!st) throw new InputError('no such file or folder');
      if (!st.isFile()) throw new InputError('not a regular file');
      if (st.size === 0) throw new InputError('empty file');
      const ext = extname(path).toLowerCase();
      if (ext === '.jsonl' || ext === '.ndjson') { yield* streamJsonl(path); return; }
      if (st.size > max) throw new InputError(`file too large (${mb(st.size)}; the limit is ${mb(max)}; split it or use JSON Lines, which is streamed)`);
    }
    const bytes = path === '-' ? await readStdin() : await fs.readFile(path);
    if (bytes.length > max) throw new InputError(`input too large (${mb(bytes.length)}; the limit is ${mb(max)})`);
    const content = decode(bytes);
    const { reader } = chooseReader(path === '-' ? '' : path, content);
    const items = reader(content, origin);
    // A single article that names neither outlet nor date inside may still be named by its file.
    if (items.length === 1 && items[0].ok && path !== '-') {
      const a = items[0].article;
      const meta = metaFromFilename(path);
      a.published ??= meta.published;
      a.outlet ??= meta.outlet;
    }
    yield* items;
  } catch (e) {
    if (e instanceof InputError) yield { ok: false, origin, reason: e.message };
    else yield { ok: false, origin, reason: `cannot read: ${e instanceof Error ? e.message.split('\n')[0] : String(e)}` };
  }
}

/** JSON Lines read line by line, so a file of any size runs in constant memory. */
async function* streamJsonl(path: string): AsyncGenerator<ReadItem> {
  // The whole-file checks (binary, a foreign encoding) on its first 8 KB, before reading it line by line.
  const fd = await fs.open(path, 'r');
  const probe = Buffer.alloc(8192);
  const { bytesRead } = await fd.read(probe, 0, probe.length, 0);
  await fd.close();
  decode(probe.subarray(0, bytesRead).subarray(0, lastCompleteUtf8(probe, bytesRead)));
  let any = false;
  for await (const { line, lineNo } of fileLines(path)) {
    if (line === null) { yield { ok: false, origin: `${path}:${lineNo}`, reason: 'invalid UTF-8 in this line' }; continue; }
    const it = readJsonLine(line, lineNo, path);
    if (it) { any = true; yield it; }
  }
  if (!any) yield { ok: false, origin: path, reason: 'JSON Lines file holds no articles' };
}

const CHUNK = 1 << 20;

/**
 * The lines of a file (\n, \r\n or a lone \r ends one), read a megabyte at a time into one reused buffer
 * and split on bytes; each line is decoded once, strictly (null: not UTF-8, so a bad line is named alone).
 * Cheaper in memory than readline, which makes a string of every chunk, then of every line within it:
 * for a big batch the reading thread otherwise churned about 20 KB of strings per article.
 */
async function* fileLines(path: string): AsyncGenerator<{ line: string | null; lineNo: number }> {
  const fd = await fs.open(path, 'r');
  const dec = new TextDecoder('utf-8', { fatal: true });
  let buf = Buffer.allocUnsafe(CHUNK);
  let have = 0;
  let lineNo = 0;
  let eof = false;
  const strict = (b: Buffer): string | null => { try { return dec.decode(b); } catch { return null; } };
  try {
    while (!eof || have > 0) {
      if (!eof) {
        if (have === buf.length) { const bigger = Buffer.allocUnsafe(buf.length * 2); buf.copy(bigger, 0, 0, have); buf = bigger; } // a line longer than the buffer
        const { bytesRead } = await fd.read(buf, have, buf.length - have, null);
        if (bytesRead === 0) eof = true;
        have += bytesRead;
      }
      let start = 0;
      for (;;) {
        let nl = buf.indexOf(10, start);
        if (nl < 0 || nl >= have) { if (!eof) break; nl = have; }
        if (nl === have && start === have) break;
        let end = nl;
        if (end > start && buf[end - 1] === 13) end--;
        // A lone \r inside also ends a line (as readline has it).
        let from = start;
        for (let cr = buf.indexOf(13, from); cr >= 0 && cr < end; cr = buf.indexOf(13, from)) {
          lineNo++;
          yield { line: strict(buf.subarray(from, cr)), lineNo };
          from = cr + 1;
        }
        lineNo++;
        yield { line: strict(buf.subarray(from, end)), lineNo };
        start = Math.min(nl + 1, have);
        if (nl === have) break;
      }
      buf.copy(buf, 0, start, have);
      have -= start;
      if (eof && have === 0) break;
    }
  } finally {
    await fd.close();
  }
}

function lastCompleteUtf8(b: Buffer, n: number): number {
  // Do not cut a multi-byte character in half at the probe boundary.
  let i = n;
  while (i > 0 && i > n - 4 && (b[i - 1] & 0xc0) === 0x80) i--;
  if (i > 0 && b[i - 1] >= 0xc0) i--;
  return n < b.length ? n : i;
}
