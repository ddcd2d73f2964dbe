// Extraction throughput on one core (issues #3 and #4): claims + verification alone, and the full
// extraction, in words per second; plus a bare wink-nlp tokenisation pass of the same text in the same run.
import { makeCorpus, wordCount } from './corpus.mjs';
import { buildDocument } from '../dist/document/build.js';
import { extractClaims } from '../dist/extract/claims.js';
import { extractVerifications } from '../dist/extract/verification.js';
import { attachVerifications } from '../dist/extract/refine/attach-verifications.js';
import { analyse } from '../dist/extract/analyse.js';
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

// `node bench/extract.mjs [N]` times the generated corpus (it repeats sentences, so per-string memos flatter it);
// `node bench/extract.mjs --real DIR [--rounds K]` times a folder of article JSON ({title, published, text}),
// real reporting the extractors have not seen sentence by sentence, K rounds over it (default 5).
const realAt = process.argv.indexOf('--real');
const roundsAt = process.argv.indexOf('--rounds');
const rounds = roundsAt > 0 ? Number(process.argv[roundsAt + 1]) : 5;
async function realDocs(dir) {
  const { readdirSync, readFileSync } = await import('node:fs');
  const { join } = await import('node:path');
  const files = readdirSync(dir).filter((f) => f.endsWith('.json')).sort();
  const one = files.map((f) => JSON.parse(readFileSync(join(dir, f), 'utf8')))
    .map((o) => buildDocument({ origin: 'bench', format: 'json', title: o.title ?? null, published: o.published ?? null, text: o.text }));
  return Array.from({ length: rounds }, () => one).flat();
}
const docs = realAt > 0
  ? await realDocs(process.argv[realAt + 1])
  : (await makeCorpus(Number(process.argv[2] ?? 600))).map((o) => buildDocument({ origin: 'bench', format: 'json', ...o }));
console.log(realAt > 0 ? `real text: ${process.argv[realAt + 1]}, ${rounds} rounds` : 'generated corpus');
const words = docs.reduce((n, d) => n + wordCount(d.text), 0);
const time = (label, fn) => {
  for (let i = 0; i < Math.min(50, docs.length); i++) fn(docs[i]);
  const t0 = process.hrtime.bigint();
  for (const d of docs) fn(d);
  const sec = Number(process.hrtime.bigint() - t0) / 1e9;
  const wps = Math.round(words / sec);
  console.log(`${label.padEnd(34)} ${wps.toLocaleString('en').padStart(10)} words/s  (${docs.length} docs, ${words} words, ${sec.toFixed(2)} s)`);
  return wps;
};
const nlp = winkNLP(model);
const wink = time('wink-nlp tokenisation (baseline)', (d) => nlp.readDoc(d.text).tokens().length());
const claims = time('claims + verification', (d) => { const c = extractClaims(d); attachVerifications(d, c, extractVerifications(d)); });
const full = time('full extraction (all extractors)', (d) => analyse(d));
console.log(`ratio claims/wink = ${(claims / wink).toFixed(2)}; full/wink = ${(full / wink).toFixed(2)}`);
