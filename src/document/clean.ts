import type { Message, Paragraph, ParagraphKind, RawArticle } from './types.js';
import { loadData } from '../data.js';

interface CleaningLexicon {
  imageCredit: string[];
  declaredSources: string;
  tail: string[];
  tailMaxWords: number;
  caption: string[];
  bullet: string;
  roundupShare: number;
  digestHeading: string;
}

const LEX = loadData<CleaningLexicon>('lexicon/cleaning.json');
/** A heading over a digest: "Key developments:", "What we know". */
const DIGEST_HEADING = new RegExp(LEX.digestHeading, 'i');
const IMAGE_CREDIT = LEX.imageCredit.map((p) => new RegExp(p, 'iu'));
const SOURCES = new RegExp(LEX.declaredSources, 'iu');
const TAIL = LEX.tail.map((p) => new RegExp(p, 'iu'));
const CAPTION = LEX.caption.map((p) => new RegExp(p, 'u'));
const CAPTION_I = LEX.caption.map((p) => new RegExp(p, 'iu'));
const BULLET = new RegExp(LEX.bullet, 'u');

/** A block a reader already knows the kind of (HTML <li>, Markdown heading), or a plain line. */
export interface Block {
  text: string;
  kind?: ParagraphKind;
}

export interface Cleaned {
  text: string;
  paragraphs: Paragraph[];
  title: string | null;
  section: string | null;
  sources: string[];
  imageCredits: string[];
  messages: Message[];
}

/** Characters that look like spaces or are invisible; normalised once so offsets stay simple. */
const NBSP = /[\u00a0\u2007\u202f\u2009\u200a\u3000]/g;
const INVISIBLE = /[\u200b\u200c\u200d\u2060\ufeff\u00ad]/g;

/** Runs of spaces and tabs become one space; only runs that change are replaced (a lone space is left as it is, not copied). */
const SPACE_RUN = /[ \t\f\v]{2,}|[\t\f\v]/g;

/** A section heading in plain text: one to four words, a capital first, no digits, stops or commas. */
const SECTION_LINE = /^\p{Lu}[\p{L}'’-]*(?:\s+[\p{L}'’&-]+){0,3}$/u;

/** A live blog's entry line: a time of day first ("14:35 (GMT+3)", "09:12 BST", "2.40pm"), then its title. */
export const BLOG_ENTRY_LINE = /^\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?\s*(?:\((?:GMT|UTC)[^)]{0,6}\)|GMT|UTC|BST|CET|EET|ET|EST|EDT)?\s+\p{Lu}/u;

export function normaliseInline(s: string): string {
  return s.replace(NBSP, ' ').replace(INVISIBLE, '').replace(SPACE_RUN, ' ').trim();
}

// One collator for every comparison: localeCompare with options builds one per call (ICU), which showed in profiles.
const BASE_LETTERS = new Intl.Collator('en', { sensitivity: 'base' });
const sameText = (a: string, b: string): boolean => BASE_LETTERS.compare(a, b) === 0;

/**
 * Splits plain text into blocks: one per line, except hard-wrapped prose (lines of similar width
 * inside blank-line separated blocks), which is unwrapped first.
 */
export function textToBlocks(text: string): Block[] {
  const norm = text.replace(/\r\n?/g, '\n');
  const lines = norm.split('\n');
  const nonEmpty = lines.filter((l) => l.trim());
  const hasBlank = lines.some((l, i) => !l.trim() && i > 0 && i < lines.length - 1);
  const long = nonEmpty.filter((l) => l.length > 100).length;
  const wrappedLike = nonEmpty.filter((l) => l.length >= 55 && l.length <= 100).length;
  const hardWrapped = hasBlank && nonEmpty.length >= 6 && long === 0 && wrappedLike / nonEmpty.length > 0.5;
  if (!hardWrapped) return lines.map((t) => ({ text: t }));
  const blocks: Block[] = [];
  let cur: string[] = [];
  const flush = () => { if (cur.length) blocks.push({ text: cur.join(' ') }); cur = []; };
  for (const l of lines) {
    if (!l.trim()) { flush(); blocks.push({ text: '' }); continue; }
    // A bullet or a caption starts its own block even inside wrapped prose.
    if (BULLET.test(l.trim())) flush();
    cur.push(l.trim());
  }
  flush();
  return blocks;
}

/**
 * Cleans an article once: drops page furniture and repeats, keeps captions and bullets as their own
 * paragraphs, reads declared sources and image credits, and lays out the text that every offset refers to.
 */
export function cleanBlocks(input: Block[], raw: Pick<RawArticle, 'title' | 'section'>): Cleaned {
  const messages: Message[] = [];
  const sources: string[] = [];
  const imageCredits: string[] = [];
  let title = raw.title ? normaliseInline(raw.title) : null;
  let section = raw.section ? normaliseInline(raw.section) : null;

  let blocks = input.map((b) => ({ text: normaliseInline(b.text), kind: b.kind })).filter((b) => b.text);

  // Headline handling: "World News" + headline glued on one line, the headline repeated, or a known title.
  if (blocks.length >= 2) {
    const [a, b] = blocks;
    if (a.text !== b.text && a.text.endsWith(b.text) && a.text.length - b.text.length <= 40) {
      section ??= a.text.slice(0, a.text.length - b.text.length).trim() || null;
      title ??= b.text;
      blocks = blocks.slice(2);
      messages.push({ reason: `section label "${section}" glued to the headline`, ruleId: 'clean:section-label', severity: 'info' });
    } else if (sameText(a.text, b.text) && !/[.!?”"]$/.test(a.text)) {
      title ??= a.text;
      blocks = blocks.slice(2);
    }
  }
  if (blocks.length && title && sameText(blocks[0].text, title)) blocks = blocks.slice(1);
  if (blocks.length && title) {
    // "World News<headline>" when the title is known from metadata.
    const first = blocks[0].text;
    if (first.endsWith(title) && first.length - title.length <= 40) {
      section ??= first.slice(0, first.length - title.length).trim() || null;
      blocks = blocks.slice(1);
    }
  }
  if (!title && blocks.length >= 2 && input.length > 2) {
    // A plain-text file: a short first line without final punctuation, then a blank line, is a headline.
    const firstRaw = input.findIndex((b) => b.text.trim());
    const next = input[firstRaw + 1];
    const first = blocks[0];
    if (next !== undefined && !next.text.trim() && !first.kind && first.text.length <= 200 && !/[.!?:”"]$/.test(first.text) && !isCaption(first.text)) {
      title = first.text.replace(/^#+\s*/, '');
      blocks = blocks.slice(1);
    }
  }

  const out: { text: string; kind: ParagraphKind }[] = [];
  let prev = '';
  for (const b of blocks) {
    let t = b.text;
    if (t === prev) { messages.push({ reason: `repeated line dropped: "${t.slice(0, 60)}"`, ruleId: 'clean:duplicate-line', severity: 'info' }); continue; }
    prev = t;
    if (b.kind !== 'heading' && TAIL.some((r) => r.test(t)) && t.split(/\s+/).length <= LEX.tailMaxWords) {
      messages.push({ reason: `page tail dropped from "${t.slice(0, 40)}"`, ruleId: 'clean:tail', severity: 'info' });
      break;
    }
    if (IMAGE_CREDIT.some((r) => r.test(t))) { imageCredits.push(t); continue; }
    const src = SOURCES.exec(t);
    if (src) { for (const s of src[1].split(/\s*(?:,|;|\band\b|\|)\s*/)) if (s.trim()) sources.push(s.trim().replace(/[.]$/, '')); continue; }
    let kind: ParagraphKind = b.kind ?? 'body';
    const bullet = BULLET.exec(t);
    if (bullet && kind === 'body') { kind = 'bullet'; t = t.slice(bullet[0].length); }
    else if (b.kind === 'bullet' && bullet) t = t.slice(bullet[0].length);
    if (kind === 'body' && isCaption(t)) kind = 'caption';
    else if (kind === 'body' && /:$/.test(t) && t.split(/\s+/).length <= 5) kind = 'heading';
    // ("Fighting", "Politics and diplomacy": a short line of words with no stop and no comma heads a section.)
    else if (kind === 'body' && SECTION_LINE.test(t) && t !== t.toUpperCase()) kind = 'heading';
    // ("14:35 (GMT+3) Tanks advance into western Rafah, residents say": a live blog's entry, headed by its time.)
    else if (kind === 'body' && BLOG_ENTRY_LINE.test(t) && !/[.!?]["”]?$/.test(t) && t.split(/\s+/).length <= 18) kind = 'heading';
    if (t) out.push({ text: t, kind });
  }

  // A list that is most of the document is the story itself (a live blog's roundup), not a digest of it.
  const words = (t: string) => t.split(/\s+/).length;
  const listed = out.reduce((n, p) => n + (p.kind === 'bullet' ? words(p.text) : 0), 0);
  if (listed && listed >= LEX.roundupShare * out.reduce((n, p) => n + words(p.text), 0)) {
    for (const p of out) if (p.kind === 'bullet') p.kind = 'body';
  }
  // So is an item that tells what the body does not (a situation report's incidents): a digest retells the body, so
  // most of an item's numbers and names are found there too, or it sits under a heading that says it is one.
  const body = [title ?? '', ...out.filter((p) => p.kind !== 'bullet').map((p) => p.text)].join('\n');
  let underDigest = false;
  for (const p of out) {
    if (p.kind === 'heading') underDigest = DIGEST_HEADING.test(p.text);
    else if (p.kind === 'bullet' && ((!underDigest && !retold(p.text, body)) || !countsRetold(p.text, body))) {
      p.kind = 'body';
    }
    else if (p.kind === 'body') underDigest = false;
  }
  let text = '';
  const paragraphs: Paragraph[] = [];
  for (const p of out) {
    if (text) text += '\n\n';
    paragraphs.push({ start: text.length, end: text.length + p.text.length, kind: p.kind });
    text += p.text;
  }
  return { text, paragraphs, title, section, sources, imageCredits, messages };
}

function isCaption(t: string): boolean {
  return CAPTION.some((r, i) => (i === 0 ? r.test(t) : CAPTION_I[i].test(t)));
}

/** Numbers and capitalised names of an item (not its first word), at least half of them found in the body. */
function retold(item: string, body: string): boolean {
  const facts = [...item.matchAll(/(?<!^)\b(\d[\d,.]*|\p{Lu}[\p{L}'’-]{2,})/gu)].map((m) => m[1]);
  if (!facts.length) return true;
  return facts.filter((f) => body.includes(f)).length * 2 >= facts.length;
}

/**
 * Every count of an item found in the body: a count is what a digest cannot leave out, so an item whose toll the body
 * does not give ("killed four civilians and injured nine", the body naming only the city and the day) is news of its
 * own, even under a heading that calls the list a summary.
 */
function countsRetold(item: string, body: string): boolean {
  const lower = body.toLowerCase();
  return [...item.matchAll(TOLL_COUNT)].every((m) => {
    const n = (m[1] ?? m[2]).toLowerCase().replace(/[.,]$/, '').replace(/[.]/g, '\\.');
    return new RegExp(`(?<![\\d\\w])${n}(?![\\d\\w])`).test(lower);
  });
}
const NUMBER = String.raw`\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|`
  + String.raw`thirty|forty|fifty`;
/** A toll in an item: a number of people or of dead ("four civilians", "killed 12", "nine injured"), not an age. */
const TOLL_COUNT = new RegExp(String.raw`\b(${NUMBER})\s+(?:[\w-]+\s+){0,2}?`
  + String.raw`(?:people|persons|civilians|children|women|men|soldiers|fighters|workers|residents|villagers|others|dead|killed|`
  + String.raw`injured|wounded|hurt)\b|\b(?:killed|killing|kills|injured|injuring|wounded|wounding)\s+`
  + String.raw`(?:at\s+least\s+|more\s+than\s+)?(${NUMBER})\b`, 'giu');
