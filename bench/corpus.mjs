// Builds a synthetic corpus of ~800-word articles from our own demo corpus and test fixtures.
//
// Shaped like a news stream rather than a bag of sentences: the corpus is a series of stories, each
// set on its own date and in its own towns, and each story is told by a few outlets over a few days.
// An article draws its sentences from its story's pool, with the story's towns, numbers and dates put
// in. Without that, every article would repeat "June 8" and the same ten towns, all ten thousand of
// them would report the same handful of incidents, and fusion costs would measure a corpus nobody has.
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

// Towns a story may be set in (our choice, GeoNames spellings); the demo's own towns are swapped for them.
const TOWNS = ['Kharkiv', 'Odesa', 'Sumy', 'Kherson', 'Dnipro', 'Zaporizhzhia', 'Mykolaiv', 'Kramatorsk', 'Sloviansk', 'Pokrovsk',
  'Kostiantynivka', 'Nikopol', 'Kryvyi Rih', 'Poltava', 'Chernihiv', 'Izium', 'Kupiansk', 'Lyman', 'Bilopillia', 'Shostka',
  'Konotop', 'Okhtyrka', 'Lozova', 'Balakliia', 'Vovchansk', 'Zolochiv', 'Marhanets', 'Pavlohrad', 'Novomoskovsk', 'Bakhmut',
  'Myrnohrad', 'Selydove', 'Kurakhove', 'Vuhledar', 'Orikhiv', 'Huliaipole', 'Berdiansk', 'Melitopol', 'Enerhodar', 'Ochakiv'];
const DEMO_TOWNS = ['Kharkiv', 'Odesa', 'Sumy', 'Kherson', 'Druzhkivka', 'Dnipro', 'Zaporizhzhia', 'Pokrovsk', 'Novomoskovsk', 'Kramatorsk'];
const DEMO_TOWN_RE = new RegExp(`\\b(${DEMO_TOWNS.join('|')})\\b`, 'g');
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const MONTH_DAY_RE = new RegExp(`\\b(${MONTHS.join('|')}) (\\d{1,2})\\b`, 'g');
const OUTLETS = ['Example Wire', 'Example News', 'Example Radio', 'Example Times', 'Example Daily', 'Example Post', 'Example Monitor', 'Example Herald'];
// The demo corpus is set around 9 June 2025; a story moves it to its own day.
const DEMO_DAY = Date.UTC(2025, 5, 9);
const DAY = 864e5;

/** n articles of about `words` words each, in our article JSON shape; `perStory` outlets tell each story. */
export async function makeCorpus(n, words = 800, perStory = 3) {
  const pool = await sentencesFrom(root);
  if (!pool.length) throw new Error('no sentences found to build a corpus from');
  let seed = 42;
  const rnd = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  const stories = Math.ceil(n / perStory);
  const out = [];
  for (let s = 0; s < stories && out.length < n; s++) {
    // Stories are spread evenly over two years; each has its own towns, numbers and 60 sentences.
    const storyDay = DEMO_DAY - 365 * DAY + Math.floor((s * 730) / stories) * DAY;
    const towns = new Map(DEMO_TOWNS.map((t) => [t, TOWNS[Math.floor(rnd() * TOWNS.length)]]));
    const shift = s % 11;
    const moveDate = (_, m, d) => {
      const t = new Date(storyDay + (Date.UTC(2025, MONTHS.indexOf(m), Number(d)) - DEMO_DAY));
      return `${MONTHS[t.getUTCMonth()]} ${t.getUTCDate()}`;
    };
    const storyPool = Array.from({ length: 60 }, () => {
      // Dates move with the story; other numbers shift a little, so stories differ in their counts.
      const dates = [];
      return pool[Math.floor(rnd() * pool.length)]
        .replace(MONTH_DAY_RE, (...a) => { dates.push(moveDate(...a)); return String.fromCharCode(0xe000 + dates.length - 1); })
        .replace(/\b\d+\b/g, (d) => (/^20\d\d$/.test(d) ? String(new Date(storyDay).getUTCFullYear()) : String(Number(d) + shift)))
        .replace(/[\ue000-\ue0ff]/g, (c) => dates[c.charCodeAt(0) - 0xe000])
        .replace(DEMO_TOWN_RE, (t) => towns.get(t));
    });
    for (let k = 0; k < perStory && out.length < n; k++) {
      const i = out.length;
      const paras = [];
      let count = 0;
      let para = [];
      while (count < words) {
        const sentence = storyPool[Math.floor(rnd() * storyPool.length)];
        para.push(sentence);
        count += sentence.split(/\s+/).length;
        if (para.length >= 3) { paras.push(para.join(' ')); para = []; }
      }
      if (para.length) paras.push(para.join(' '));
      out.push({ id: `bench-${i}`, url: `https://bench.example.org/${i}`, outlet: OUTLETS[(s + k) % OUTLETS.length], title: `Bench article ${i}`, published: new Date(storyDay + k * DAY).toISOString().slice(0, 10), text: paras.join('\n\n') });
    }
  }
  return out;
}

export const wordCount = (s) => s.split(/\s+/).filter(Boolean).length;
