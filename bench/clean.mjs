// Cleaning + sentence splitting throughput on article JSON (issue #2: ≥ 500 articles/s of ~800 words, one core).
import { makeCorpus, wordCount } from './corpus.mjs';
import { buildDocument } from '../dist/document/build.js';
import { articleFromObject } from '../dist/ingest/article-json.js';

const corpus = (await makeCorpus(2000)).map((o) => JSON.stringify(o));
const words = corpus.reduce((n, s) => n + wordCount(JSON.parse(s).text), 0);
for (let i = 0; i < 200; i++) buildDocument(articleFromObject(JSON.parse(corpus[i]), 'warm', 'json'));
const t0 = process.hrtime.bigint();
let sentences = 0;
for (const s of corpus) sentences += buildDocument(articleFromObject(JSON.parse(s), 'bench', 'json')).sentences.length;
const sec = Number(process.hrtime.bigint() - t0) / 1e9;
console.log(`clean+split: ${corpus.length} articles (${Math.round(words / corpus.length)} words avg, ${sentences} sentences) in ${sec.toFixed(2)} s = ${Math.round(corpus.length / sec)} articles/s, ${Math.round(words / sec)} words/s`);
