import type { Reader } from './types.js';

export const readText: Reader = (content, origin) => [{ ok: true, article: { origin, format: 'text', text: content } }];
