// Fuzzed inputs per reader, shared by the fuzz test (test/ingest/fuzz.test.ts, a few hundred per reader)
// and bench/fuzz.mjs (10,000 per reader). Three kinds: a fixture mutated (slices deleted, duplicated,
// swapped in from elsewhere), tokens of the format strung together at random, and a few tokens repeated
// thousands of times (deep nesting, tag soup, long runs), which is what made readers slow.
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), '..', 'test', 'fixtures', 'inputs');
const fixture = (name) => readFileSync(join(FIXTURES, name), 'utf8');

const TOKENS = {
  html: ['<div>', '</div>', '<p>', '</p>', '<b>', '<i>', '</b>', '<table>', '<tr>', '<td>', '<li>', '<ul>', '<span class="x">', '<a href="/x">',
    '<', '>', '&lt;', '&amp;', '&#x1F600;', '&#99999999;', '<!--', '-->', '<script>', '</script>', '<style>', '<html>', '<body>', '<head>',
    '<meta property="og:title" content="T">', '<script type="application/ld+json">{"@type":"NewsArticle","headline":"H"}</script>',
    '<article>', '</article>', '<br>', '<br/>', '<svg>', '<![CDATA[', '<?xml ?>', '<!DOCTYPE html>', 'Kyiv said on Monday. ', 'text ', '\n'],
  feed: ['<rss>', '</rss>', '<channel>', '</channel>', '<item>', '</item>', '<title>', '</title>', '<description>', '</description>',
    '<feed>', '<entry>', '</entry>', '<content type="html">', '</content>', '<link href="x"/>', '<![CDATA[', ']]>', '&lt;p&gt;', '&lt;div&gt;',
    '<?xml version="1.0"?>', '<!DOCTYPE x [<!ENTITY a "aaaa">]>', '&a;', '&amp;', '<guid>', '</guid>', '<pubDate>Mon, 16 Jun 2025</pubDate>', 'text ', '<', '>'],
  json: ['{', '}', '[', ']', '"text":', '"title":', '"a"', ',', ':', '1', 'null', 'true', '"\\u0000"', '"\\ud800"', '"<p>x</p>"', '"articles":', '"items":',
    '{"text":"Shelling hit Kharkiv on Monday, officials said."}', ' ', '\n', '"', '\\'],
  markdown: ['# ', '## ', '---\n', 'title: x\n', '[', ']', '(', ')', '![', '*', '**', '_', '__', '`', '```\n', '> ', '- ', '1. ', '<b>', '\\', '\n', '  \n',
    'Officials said two drones were downed. '],
  text: ['.', ' ', '\n', '\n\n', 'Mr.', 'said', '"', '“', '”', 'at least 5', 'June 7', 'Kyiv', 'Sources: A, B', 'Images source:', '\u00a0', 'a'.repeat(50), '—'],
  telegram: ['{', '}', '[', ']', '"messages":', '"name":', '"type":', '"message"', '"service"', '"text":', '"date":', '"2025-06-09T10:00:00"', '"id":', '1',
    '{"type":"bold","text":"x"}', '{"type":"link","text":"https://x"}', ',', ':', '"a"', 'null'],
};

const FIXTURE_FOR = {
  html: () => fixture('article.html'), feed: () => fixture('feed.rss.xml'), json: () => fixture('article.json'), jsonl: () => fixture('articles.jsonl'),
  markdown: () => fixture('note.md'), text: () => fixture('note.md'), telegram: () => fixture('telegram.json'),
};
TOKENS.jsonl = [...TOKENS.json, '\n', '\r\n'];

/** A fixture with slices deleted, repeated or copied elsewhere. */
function mutated(base, maxChars) {
  const op = fc.tuple(fc.constantFrom('delete', 'repeat', 'copy', 'insert'), fc.nat(), fc.nat(), fc.nat(), fc.integer({ min: 1, max: 2000 }), fc.string({ maxLength: 8 }));
  return fc.array(op, { minLength: 1, maxLength: 8 }).map((ops) => {
    let s = base;
    for (const [kind, a, b, c, times, str] of ops) {
      const n = s.length || 1;
      const i = a % n;
      const j = Math.min(n, i + (b % 400));
      if (kind === 'delete') s = s.slice(0, i) + s.slice(j);
      else if (kind === 'repeat') s = s.slice(0, i) + s.slice(i, j).repeat(Math.min(times, Math.ceil(maxChars / Math.max(1, j - i)))) + s.slice(j);
      else if (kind === 'copy') { const k = c % n; s = s.slice(0, k) + s.slice(i, j) + s.slice(k); }
      else s = s.slice(0, i) + str + s.slice(i);
    }
    return s;
  });
}

/** Tokens of the format strung together, some of them repeated up to `maxRepeat` times. */
function tokens(kind, maxRepeat) {
  const tok = fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...TOKENS[kind]) }, { weight: 1, arbitrary: fc.string({ maxLength: 12 }) });
  const run = fc.tuple(fc.array(tok, { minLength: 1, maxLength: 6 }), fc.integer({ min: 1, max: maxRepeat })).map(([t, k]) => t.join('').repeat(k));
  return fc.array(fc.oneof(tok, run), { minLength: 1, maxLength: 12 }).map((parts) => parts.join(''));
}

/** Inputs for one reader kind (html, feed, json, jsonl, markdown, text, telegram). */
export function fuzzInputs(kind, { maxRepeat = 20_000, maxChars = 200_000 } = {}) {
  return fc.oneof(mutated(FIXTURE_FOR[kind](), maxChars), tokens(kind, maxRepeat), fc.string({ maxLength: 2000 }));
}

/** The reader kinds fuzzed; telegram is the JSON reader given Telegram exports. */
export const FUZZ_KINDS = ['html', 'feed', 'json', 'jsonl', 'markdown', 'text', 'telegram'];

const CONTENT_TYPES = ['application/json', 'application/rss+xml', 'application/atom+xml', 'text/xml', 'application/xml', 'text/html', 'text/plain',
  'text/markdown', 'application/x-ndjson', 'application/ld+json', 'application/json; charset=latin1', 'multipart/form-data', 'text/html; charset="utf-8"', ''];
const KIND_OF = { html: 'html', feed: 'feed', json: 'json', jsonl: 'jsonl', markdown: 'markdown', text: 'text' };

/** Requests to POST /api/documents: fuzzed bodies of any kind under any content type, odd queries, other methods. */
export function malformedRequests({ maxRepeat = 3000, maxChars = 200_000 } = {}) {
  const body = fc.oneof(...Object.keys(KIND_OF).map((k) => fuzzInputs(k, { maxRepeat, maxChars })));
  const query = fc.oneof(fc.constant(''), fc.constantFrom('?published=2025-13-45', '?outlet=', '?url=' + 'x'.repeat(3000), '?x=1', '?published=2025-06-01&published=2025-06-02', '?title=%ZZ'));
  return fc.record({
    method: fc.constantFrom('POST', 'POST', 'POST', 'POST', 'PUT', 'DELETE', 'PATCH'),
    body,
    query,
    headers: fc.constantFrom(...CONTENT_TYPES).map((t) => (t ? { 'Content-Type': t } : {})),
  });
}
