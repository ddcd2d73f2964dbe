import type { ReaderArticle } from '../document/build.js';

export type Format = ReaderArticle['format'];

/** One item a reader produced: an article, or a one-line reason why this item could not be read. */
export type ReadItem = { ok: true; article: ReaderArticle } | { ok: false; origin: string; reason: string };

/** A reader turns decoded file content into items. It throws InputError when the whole input is unusable. */
export type Reader = (content: string, origin: string) => ReadItem[];
