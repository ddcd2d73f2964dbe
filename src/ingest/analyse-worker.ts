import { parentPort } from 'node:worker_threads';
import { analyseItem } from './run.js';
import type { ReaderArticle, BuildOptions } from '../document/build.js';

/** Runs the extraction for one article at a time in a worker thread; the main thread reads and stores. */
parentPort!.on('message', (m: { id: number; article: ReaderArticle; opts: BuildOptions }) => {
  parentPort!.postMessage({ id: m.id, result: analyseItem(m.article, m.opts) });
});
