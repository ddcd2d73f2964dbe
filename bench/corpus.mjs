// Builds a synthetic corpus of ~800-word articles from our own demo corpus and test fixtures:
// sentences are shuffled deterministically and numbers varied, so every article is distinct.
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/** Body sentences of the demo corpus and fixtures, read through sitrep's own readers and cleaner. */
async function sentencesFrom(dir) {
  const { readSource } = await import('../dist/ingest/source.js');
  const { buildDocument } = await import('../dist/document/build.js');
  const { expandPaths } = await import('../dist/ingest/source.js');
  const out = [];
  const { files } = await expandPaths(['demo/corpus', 'test/fixtures/inputs'].map((d) => join(dir, d)));
  for (const f of files) {
    for await (const it of readSource(f)) {
      if (!it.ok) continue;
      try {
        const d = buildDocument(it.article);
        for (const s of d.sentences) if (d.paragraphs[s.paragraph].kind === 'body') { const t = d.text.slice(s.start, s.end); if (t.split(' ').length > 6) out.push(t); }
      } catch { /* skip */ }
    }
  }
  return out;
}

// Real coverage spreads over many towns; recombined demo sentences would all be about the same few.
// Each article swaps the demo's town names for towns drawn from this list (our choice, GeoNames spellings).
const TOWNS = ['Kharkiv', 'Odesa', 'Sumy', 'Kherson', 'Dnipro', 'Zaporizhzhia', 'Mykolaiv', 'Kramatorsk', 'Sloviansk', 'Pokrovsk',
  'Kostiantynivka', 'Nikopol', 'Kryvyi Rih', 'Poltava', 'Chernihiv', 'Izium', 'Kupiansk', 'Lyman', 'Bilopillia', 'Shostka',
  'Konotop', 'Okhtyrka', 'Lozova', 'Balakliia', 'Vovchansk', 'Zolochiv', 'Marhanets', 'Pavlohrad', 'Novomoskovsk', 'Bakhmut',
  'Myrnohrad', 'Selydove', 'Kurakhove', 'Vuhledar', 'Orikhiv', 'Huliaipole', 'Berdiansk', 'Melitopol', 'Enerhodar', 'Ochakiv'];
const DEMO_TOWNS = /\b(Kharkiv|Odesa|Sumy|Kherson|Druzhkivka|Dnipro|Zaporizhzhia|Pokrovsk|Novomoskovsk|Kramatorsk)\b/g;

/** n articles of about `words` words each, in our article JSON shape. */
export async function makeCorpus(n, words = 800) {
  const pool = await sentencesFrom(root);
  if (!pool.length) throw new Error('no sentences found to build a corpus from');
  let seed = 42;
  const rnd = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  const out = [];
  for (let i = 0; i < n; i++) {
    const paras = [];
    let count = 0;
    let para = [];
    while (count < words) {
      const s = pool[Math.floor(rnd() * pool.length)].replace(/\d+/g, (d) => String(Number(d) + (i % 7))).replace(DEMO_TOWNS, () => TOWNS[Math.floor(rnd() * TOWNS.length)]);
      para.push(s);
      count += s.split(/\s+/).length;
      if (para.length >= 3) { paras.push(para.join(' ')); para = []; }
    }
    if (para.length) paras.push(para.join(' '));
    out.push({ id: `bench-${i}`, url: `https://bench.example.org/${i}`, outlet: ['Example Wire', 'Example News', 'Example Radio'][i % 3], title: `Bench article ${i}`, published: new Date(Date.UTC(2025, 0, 1) + ((i * 37) % 365) * 864e5).toISOString().slice(0, 10), text: paras.join('\n\n') });
  }
  return out;
}

export const wordCount = (s) => s.split(/\s+/).filter(Boolean).length;
