import type { Block } from '../document/clean.js';
import type { Reader } from './types.js';

/** Inline Markdown to plain text: images dropped, links to their text, emphasis and code marks removed. */
export function markdownInline(s: string): string {
  return s
    // Bracket and parenthesis classes exclude their openers too, so a run of `[` or `(` is scanned once, not once per opener.
    .replace(/!\[[^[\]]*\]\([^()]*\)/g, '')
    .replace(/\[([^[\]]+)\]\([^()]*\)/g, '$1')
    .replace(/<[^<>]+>/g, '')
    .replace(/(\*\*|__)(.+?)\1/g, '$2')
    .replace(/(^|[\s(])[*_]([^*_\s][^*_]*?)[*_](?=[\s).,;:!?]|$)/g, '$1$2')
    .replace(/`([^`]+)`/g, '$1')
    .replace(/\\([\\`*_{}\[\]()#+\-.!])/g, '$1');
}

export const readMarkdown: Reader = (content, origin) => {
  const blocks: Block[] = [];
  let title: string | null = null;
  let inFence = false;
  let para: string[] = [];
  const flush = () => { if (para.length) blocks.push({ text: markdownInline(para.join(' ')) }); para = []; };
  const lines = content.replace(/\r\n?/g, '\n').split('\n');
  // Front matter (--- … ---) carries metadata, not body text.
  let i = 0;
  const meta: Record<string, string> = {};
  if (lines[0]?.trim() === '---') {
    const endIdx = lines.indexOf('---', 1);
    if (endIdx > 0) {
      for (const l of lines.slice(1, endIdx)) { const m = /^(\w+)\s*:\s*(.*)$/.exec(l); if (m) meta[m[1].toLowerCase()] = m[2].replace(/^["']|["']$/g, ''); }
      i = endIdx + 1;
    }
  }
  for (; i < lines.length; i++) {
    const line = lines[i];
    if (/^\s*(```|~~~)/.test(line)) { flush(); inFence = !inFence; continue; }
    if (inFence) continue;
    const h = /^\s{0,3}(#{1,6})\s+(.*?)\s*#*\s*$/.exec(line);
    if (h) {
      flush();
      const t = markdownInline(h[2]);
      if (h[1].length === 1 && !title && !meta.title) title = t;
      else blocks.push({ text: t, kind: 'heading' });
      continue;
    }
    if (/^\s*([-*_])\s*\1\s*\1[\s\-*_]*$/.test(line)) { flush(); continue; } // horizontal rule
    const li = /^\s*(?:[-*+•]|\d{1,3}[.)])\s+(.*)$/.exec(line);
    if (li) { flush(); blocks.push({ text: markdownInline(li[1]), kind: 'bullet' }); continue; }
    const q = /^\s*>\s?(.*)$/.exec(line);
    const body = q ? q[1] : line;
    if (!body.trim()) { flush(); continue; }
    // A hard line break (two trailing spaces) or a caption-like line keeps its own block.
    para.push(body.trim());
    if (/ {2}$/.test(body)) flush();
  }
  flush();
  return [{
    ok: true,
    article: {
      origin, format: 'markdown', text: blocks.map((b) => b.text).join('\n'), blocks,
      title: meta.title ?? title, url: meta.url ?? null, outlet: meta.outlet ?? meta.source ?? null,
      published: meta.published ?? meta.date ?? null, author: meta.author ?? null,
    },
  }];
};
