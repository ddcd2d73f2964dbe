import { parentPort } from 'node:worker_threads';
import { analyseForStore } from './run.js';
import type { ReaderArticle, BuildOptions } from '../document/build.js';

/** Runs the extraction for one article at a time in a worker thread and hands back the rows to store; the main thread reads and writes. */
parentPort!.on('message', (m: { id: number; article: ReaderArticle; opts: BuildOptions }) => {
  parentPort!.postMessage({ id: m.id, result: analyseForStore(m.article, m.opts) });
});
