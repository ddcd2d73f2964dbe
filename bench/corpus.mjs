// Builds a synthetic corpus of ~800-word articles from our own demo corpus and test fixtures:
// sentences are shuffled deterministically and numbers varied, so every article is distinct.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

function sentencesFrom(dir) {
  const out = [];
  const walk = (d) => {
    for (const f of readdirSync(d)) {
      const p = join(d, f);
      if (statSync(p).isDirectory()) { walk(p); continue; }
      if (!/\.(txt|md|json|jsonl|html|xml)$/.test(f)) continue;
      const raw = readFileSync(p, 'utf8').replace(/<[^>]+>/g, ' ').replace(/\{[^}]*"text"\s*:\s*"|\\n/g, ' ');
      for (const s of raw.split(/(?<=[.!?])\s+(?=[A-Z“"])/)) if (s.split(' ').length > 6 && s.length < 400 && !/[{}<>]/.test(s)) out.push(s.trim());
    }
  };
  for (const d of ['demo/corpus', 'test/fixtures']) { try { walk(join(root, d)); } catch { /* folder may be absent */ } }
  return out;
}

/** n articles of about `words` words each, in our article JSON shape. */
export function makeCorpus(n, words = 800) {
  const pool = sentencesFrom(root);
  if (!pool.length) throw new Error('no sentences found to build a corpus from');
  let seed = 42;
  const rnd = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  const out = [];
  for (let i = 0; i < n; i++) {
    const paras = [];
    let count = 0;
    let para = [];
    while (count < words) {
      const s = pool[Math.floor(rnd() * pool.length)].replace(/\d+/g, (d) => String(Number(d) + (i % 7)));
      para.push(s);
      count += s.split(/\s+/).length;
      if (para.length >= 3) { paras.push(para.join(' ')); para = []; }
    }
    if (para.length) paras.push(para.join(' '));
    out.push({ id: `bench-${i}`, url: `https://bench.example.org/${i}`, outlet: ['Example Wire', 'Example News', 'Example Radio'][i % 3], title: `Bench article ${i}`, published: `2025-06-${String(1 + (i % 28)).padStart(2, '0')}`, text: paras.join('\n\n') });
  }
  return out;
}

export const wordCount = (s) => s.split(/\s+/).filter(Boolean).length;
