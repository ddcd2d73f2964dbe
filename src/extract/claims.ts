import type { Document, Span } from '../document/types.js';
import { DATELINE } from './dateline.js';
import { loadData } from '../data.js';
import { actors } from '../resolve/actors.js';
import { countryTable } from '../resolve/gazetteer/geo-data.js';
import { MONTH_RE } from '../resolve/dates.js';
import { FALSEHOOD } from './verification.js';
import { headlineLike } from './headline.js';
import type { Claim } from './types.js';
import { tokenize, sentenceTokens, bare, type Token } from './tokens.js';
import { Gated, GateSets } from './gate.js';

interface AttributionLexicon {
  verbs: Record<string, string>;
  opinionVerbs: string[];
  weakVerbs: string[];
  nounAfterDeterminer: string[];
  falseFriends: string[];
  accordingTo: string[];
  inStatement: string[];
  pronouns: Record<string, string>;
  anaphoricNouns: string[];
  groupAnaphors: { adjectives: string[]; nouns: string[] };
  claimantHeads: string[];
  roleModifiers: string[];
  genericClaimants: string[];
  hedges: string[];
  personRoles: string[];
  placeNouns: string[];
  statementNouns: string[];
  publishVerbs: string[];
  neverNouns: string[];
  positionNouns: string[];
  mediaNouns: string[];
  documentVerbs: string[];
  documentNouns: string[];
  reporterModifiers: string[];
  clauseParticiples: string[];
  postModifiers: string[];
  anaphorTypes: Record<string, string[]>;
  nameParticles: string[];
  genericRoleWords: string[];
  commentators: string[];
  commentatorBodies: string[];
  personNouns: string[];
  figureVerbs: string[];
  figureNouns: string[];
  speakerAdverbs: string[];
  asideRejection: { verbs: string[]; nouns: string[] };
  asideOpeners: string[];
  rebuttal: { verbs: string[]; labelVerbs: string[]; accounts: string[]; blamedFor: string[] };
  factCues: string;
  rhetoric: string;
  pastTense: string;
  commentatorRoles: string;
  groundWords: string;
  warActions: string;
  eventCues: string;
  forecast: string;
  happened: string;
  noResponse: string;
}

const LEX = loadData<AttributionLexicon>('lexicon/attribution.json');
const VERBS = new Map(Object.entries(LEX.verbs).filter(([k]) => !k.includes(' ')));
const OPINION = new Set(LEX.opinionVerbs);
const WEAK = new Set(LEX.weakVerbs);
const FIGURE_VERBS = new Set(LEX.figureVerbs);
const FIGURE_NOUNS = new Set(LEX.figureNouns);
const NOUN_DET = new Set(LEX.nounAfterDeterminer);
const FALSE_FRIENDS = LEX.falseFriends.map((f) => f.split(' '));
const PRONOUNS = new Set(Object.keys(LEX.pronouns));
const ANAPHORIC = new Set(LEX.anaphoricNouns);
const HEADS = new Set(LEX.claimantHeads);
const MODIFIERS = new Set(LEX.roleModifiers);
const GENERIC = new Set(LEX.genericClaimants);
const HEDGES = LEX.hedges.map((h) => new RegExp(`\\b${h.replace(/\s+/g, '\\s+')}\\b`, 'i'));
/** Which hedges a quote could hold, in one pass (see gate.ts): most hold none. */
const HEDGE_GATES = new GateSets(HEDGES);
/** A claim asserts something about the conflict: a number, an attack, a capture, a toll… Pure rhetoric has none of these. */
const FACT_CUES = new RegExp(LEX.factCues, 'iu');
const RHETORIC = new Gated(new RegExp(LEX.rhetoric, 'iu'));
/** A verb in the past: "-ed", or a common irregular past ("was", "fell", "hit"). */
const PAST_TENSE = new RegExp(LEX.pastTense, 'iu');
/** Ground held, taken or fought for: a quotation in the present about it is an account ("we are holding Pokrovsk"). */
const GROUND_WORDS = new Gated(new RegExp(LEX.groundWords, 'i'));
/** Who comments rather than reports: "an analyst", "founder of a consultancy", "head of the monitoring mission". */
const COMMENTATOR = new Gated(new RegExp(LEX.commentatorRoles, 'i'));
/** What is done in a war: a present-tense quotation that names it is an account ("are attacking", "is murdering"). */
// (And who is to blame: "The blame for these killings lies with the militia", "the army keeps presenting dead villagers
// as terrorists" accuse.)
// (Or answers another's account: "The enemy is declaring victory ahead of time", "that is a lie".)
const ACTION_WORDS = new Gated(new RegExp(LEX.warActions, 'i'));
const EVENT_CUES = new RegExp(LEX.eventCues, 'iu');
const FORECAST = new Gated(new RegExp(LEX.forecast, 'iu'));
const HAPPENED = new Gated(new RegExp(LEX.happened, 'iu'));
const NO_RESPONSE = new Gated(new RegExp(LEX.noResponse, 'iu'));
/** The digits of a date ("Aug. 26", "26 August", "2025"): a date is no count. */
const DATE_DIGITS = new RegExp(`\\b${MONTH_RE}\\s+\\d{1,2}\\b|\\b\\d{1,2}\\s+${MONTH_RE}|\\b(?:19|20)\\d{2}\\b`, 'gi');
/** An organisation told by its initials ("RSF", "SBU") or a letter and number ("M23"): the conflict's parties. */
const ACRONYM = /\b(?:[A-Z]{2,6}|[A-Z]\d{1,3})\b/;
const WEEKDAY = '(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today|overnight|late|early|earlier|later|last\\s+\\w+)';
const LEAD_ADVERBIAL_PART = new RegExp(`^\\s*(?:,\\s*)?(?:on\\s+${WEEKDAY}(?:\\s+(?:night|morning|evening|afternoon))?|${WEEKDAY}|${LEX.inStatement.map((p) => p.replace(/\s+/g, '\\s+')).join('|')}|to\\s+(?:reporters|journalists|local\\s+television|state\\s+television))(?:\\s*,)?`, 'i');
/** "told to Reuters": whom it was told to, by a name in capitals (read without the i flag, which would let "to have
 * captured Kupiansk" pass for a name). */
const TOLD_TO_NAME = /^\s*(?:,\s*)?to\s+\p{Lu}[\p{L}]+(?:\s+\p{Lu}[\p{L}]+)*(?:\s*,)?/u;
/** The when, where and to whom of a saying, before its content: "on Sunday in a statement", "to Reuters". */
function leadAdverbialLength(after: string): number {
  let n = 0;
  for (;;) {
    const rest = after.slice(n);
    const m = LEAD_ADVERBIAL_PART.exec(rest) ?? TOLD_TO_NAME.exec(rest);
    if (!m || !m[0].length) return n;
    n += m[0].length;
  }
}
/** A verb of a clause of its own before "and": "declined", "gave", "says". */
const CLAUSE_OWN_VERB = /\b(\w+ed|\w+s|was|were|had|has|have|did|does|gave|made|took|said|told|went|kept)\b/i;
/** Figures named before whose they are: "estimates by", "figures from", "data compiled by". */
const FIGURES_OF = new RegExp(String.raw`^(?:(?:the|new|latest|preliminary|official|initial)\s+)*`
  + String.raw`(?:estimates?|figures?|data|statistics|tall(?:y|ies)|counts?|numbers)\s+`
  + String.raw`(?:(?:compiled|released|published|issued|provided|gathered|collected|given)\s+)?(?:by|from)\s+`, 'i');
const ACCORDING = new RegExp(`\\b(${LEX.accordingTo.map((a) => a.replace(/\s+/g, '\\s+')).join('|')})\\s+`, 'gi');

/** A reporter's doubt before "reported by X": "could not verify the figures", "was unable to confirm the claims". */
const DOUBTED = new RegExp(String.raw`\b(could\s*not|couldn't|cannot|can't|unable\s+to|not\s+(been\s+)?able\s+to|`
  + String.raw`not\s+possible\s+to|no\s+way\s+to)\b[^.]{0,40}\b(verify|confirm|corroborate)\b`, 'i');

/** Words that may sit between a claimant and its verb ("the ministry also said", "he later added"). */
const BETWEEN = new Set(['also', 'later', 'earlier', 'previously', 'separately', 'again', 'repeatedly', 'has', 'have', 'had', 'had earlier', 'then', 'further', 'subsequently', 'publicly', 'officially', 'reportedly', 'initially', 'first', 'on', 'sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'yesterday', 'today', 'last', 'night', 'would', 'will', 'did', 'does', 'was', 'quickly', 'immediately', 'once', 'late', 'since', 'repeatedly', 'has', 'not', 'never', 'all', 'both', ...LEX.speakerAdverbs]);
const DETERMINERS = new Set(['the', 'a', 'an', 'its', 'his', 'her', 'their', 'these', 'those', 'this', 'that', 'such', 'our', 'any', 'no']);
const WEEKDAYS = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']);
const QUOTE_OPEN = /^[“"‘«]/;
const QUOTE_CLOSE = /[”"’»]$/;
const CONNECTORS = new Set(['of', 'for', 'the', 'and', 'on', 'in', 'at', 'from', '&', 'de', 'al', 'el']);
/** Words that join clauses: a speaker's phrase may start right after one. */
/** Prepositions whose object no speaker is: "east of Aden", "near Kupiansk", "from Moscow". */
const OBJECT_OF = new Set(['of', 'in', 'at', 'near', 'from', 'outside', 'to', 'for', 'with', 'into', 'over']);
const CLAUSE_JOINS = new Set(['but', 'and', 'while', 'whereas', 'though', 'although', 'as']);

/** After "said": only where, when or how it was said, then a participle or the end ("said on Telegram, adding …"). */
// (Or the reporter's aside on what was said: "…, he said, an account later confirmed by the police", ", figures that …".)
const SAID_LAST = new RegExp(String.raw`^(?:\s+(?:on|in|to|via|at|late|early)\s+[^,.;“"]{1,40})?\s*`
  + String.raw`(?:,\s*(?:adding|noting|saying|insisting|declaring|calling|describing)\b`
  + String.raw`|,\s*(?:an?\s+|the\s+)?(?:account|claim|figures?|toll|report|version|number)s?\s+`
  + String.raw`(?:that|which|later|since|subsequently|also|not|confirmed|corroborated|disputed|denied|rejected)\b|[.;]|$)`, 'i');
/** A "that" that may open reported content: not one before a noun of time or place ("fired at the city that day"). */
const THAT_OPENS = 'that(?!\\s+(?:day|night|morning|evening|afternoon|week|month|year|time|area|town|city|village)\\b)';
/** "said on Sunday that …": the "that" of the content, a few words after the verb. */
// (Not past a verb of the content: "said the blast was caused by a round that fell on the market" opens at "the blast".)
const THAT_AT = new RegExp(`^(?:(?!\\b(?:was|were|is|are|had|has|have|been)\\b)[^“",]){0,60}?`
  + `\\b(${THAT_OPENS}|:)\\s*`);
/** "said, in a statement, that …": after an aside between commas. */
const THAT_AFTER_ASIDE = new RegExp(`^(?:\\s*,[^“",]{0,40},)?[^“",]{0,30}?\\b(${THAT_OPENS}|:)\\s*`);
/** Participles of rebuttal that another participle may join with "and": "calling it a fabrication and saying …". */
const REBUTTAL_PARTICIPLES = new Set(['calling', 'describing', 'branding', 'labelling', 'labeling', 'dismissing', 'denying', 'rejecting']);
/** What a speaker puts out that can be "saying" something: "a statement saying", "a post saying". */
const SAYING_NOUNS = new Set(LEX.statementNouns);
const PUBLISH_VERBS = new Set(LEX.publishVerbs);

/** The verb that put out the statement ending at `noun` ("released a joint statement"), or -1. */
function publishVerbBefore(toks: Token[], noun: number): number {
  for (let v = noun - 1; v >= 0 && noun - v <= 4; v--) if (toks[v].word && PUBLISH_VERBS.has(toks[v].lower)) return v;
  return -1;
}

/** Speech verbs that are never nouns: "state media said" is a verb after a noun of NOUN_DET. */
const ONLY_VERBS = new Set(LEX.neverNouns);

/** Forms that are nouns as often as verbs. */
const BARE_FORMS = new Set(['claim', 'report', 'say', 'deny', 'state', 'accuse', 'allege', 'insist', 'maintain', 'blame']);

/**
 * "al-Burhan", "el-Sisi", "ould-Abdallah": a lower-case Arabic article or particle joined to a capitalised name is
 * part of the name, so "Abdel Fattah al-Burhan said" has its whole speaker.
 */
const NAME_PARTICLE = /^(al|el|ad|ed|ar|as|at|az|ash|an|bin|ibn|abu|ould|ag)[-‑]\p{Lu}/u;
const nameLike = (t: Token): boolean => t.cap || (t.word && NAME_PARTICLE.test(t.text));

/** Can this token be part of a claimant noun phrase? */
function npToken(t: Token): boolean {
  if (!t.word) return t.text === '(' || t.text === ')' || t.text === '-';
  if (nameLike(t)) return true;
  const b = bare(t.lower);
  // "state-media", "pro-Kremlin": a compound counts by its last part.
  const last = b.includes('-') ? b.slice(b.lastIndexOf('-') + 1) : b;
  // ("the state-run National News Agency", "the Hamas-run health ministry": a compound of who runs or backs it.)
  return HEADS.has(b) || MODIFIERS.has(b) || HEADS.has(last) || CONNECTORS.has(t.lower)
    || /^\d+(st|nd|rd|th)?$/.test(t.text) || RUN_BY.test(b);
}

/** A clause that tells something: a verb of being or having, or of what was done. */
const CLAUSE_VERB = /\b(was|were|is|are|had|has|have|been|killed|died|hit|struck|shelled|captured|destroyed|damaged|fled)\b/i;
/** "state-run", "Houthi-controlled", "Russian-installed": who runs, owns or backs a speaker. */
const RUN_BY = /^[\p{L}]+-(run|owned|controlled|backed|affiliated|aligned|led|installed|appointed)$/u;

/** "a spokesman for a brigade", "a police officer and a local elder": an article right after "of", "for" or "and". */
const articleAfterConnector = (toks: Token[], k: number): boolean =>
  (toks[k].lower === 'a' || toks[k].lower === 'an') && k > 0 && ['of', 'for', 'and'].includes(toks[k - 1].lower);

/** Particles of a name ("Al Jazeera", "von der Leyen"): kept at its start when a name follows (data: nameParticles). */
const NAME_PARTICLES = new Set(LEX.nameParticles);
const nameParticle = (toks: Token[], k: number) => toks[k].cap && NAME_PARTICLES.has(toks[k].lower) && !!toks[k + 1]?.cap;
/** A particle inside a name, lower case between its capitalised words: "Ursula von der Leyen". */
const particleInName = (toks: Token[], k: number): boolean => {
  if (!NAME_PARTICLES.has(toks[k].lower) || toks[k].cap || !toks[k - 1]) return false;
  let e = k + 1;
  while (toks[e] && NAME_PARTICLES.has(toks[e].lower) && !toks[e].cap) e++;
  let b = k - 1;
  while (b > 0 && NAME_PARTICLES.has(toks[b].lower) && !toks[b].cap) b--;
  return !!toks[e]?.cap && toks[b].cap;
};

/**
 * "headquarters for prisoners of war", "head of operations": a speaker's head, "for" or "of", and up to three plain
 * words ending at `last`. Returns the index left of the head's phrase read on from there, or `last` when there is none.
 */
function leftOfRemit(toks: Token[], last: number): number {
  for (let f = last - 1; f >= 1 && last - f <= 3; f--) {
    const t = toks[f];
    if (!t.word || VERBS.has(t.lower) || PRONOUNS.has(t.lower) || CLAUSE_JOINS.has(t.lower)) return last;
    if ((t.lower !== 'for' && t.lower !== 'of') || !HEADS.has(bare(toks[f - 1].lower))) continue;
    const plain = toks.slice(f + 1, last + 1).every((x) => x.word && !x.cap && !VERBS.has(x.lower) && !/^\d/.test(x.text));
    if (!plain) return last;
    let k = f - 1;
    while (k >= 0 && (npToken(toks[k]) || articleAfterConnector(toks, k) || particleInName(toks, k))) k--;
    return k;
  }
  return last;
}

/** Words that join a clause to the one before: "But Kremlin aide Yuri Ushakov told …" opens with no part of the speaker. */
const OPENING_JOINS = new Set(['but', 'and', 'yet', 'so', 'or']);

/** Trims connectors and brackets from the ends of a token range; returns [from, to) or null. */
function trimNp(toks: Token[], from: number, to: number): [number, number] | null {
  from = afterTimeOpening(toks, from, to);
  while (from < to && ((CONNECTORS.has(toks[from].lower) && toks[from].lower !== 'the' && !nameParticle(toks, from))
    || OPENING_JOINS.has(toks[from].lower) || (!toks[from].word && toks[from].text !== '('))) from++;
  while (to > from && (CONNECTORS.has(toks[to - 1].lower) || (!toks[to - 1].word && toks[to - 1].text !== ')'))) to--;
  if (from < to && toks[from].text === '(') from++;
  return from < to ? [from, to] : null;
}

/** Is the phrase tokens[from, to) a plausible speaker: a name, a role ("the regional governor") or a pronoun? */
const FUNCTION_WORD_SET = new Set(loadData<{ words: string[] }>('lexicon/function-words.json').words);
/** A time told as a phrase: "last Friday", "this week", "early on Monday", "Monday night". */
const TIME_PHRASE = new RegExp(String.raw`^(?:(?:last|this|next|early|late|earlier|later|on)\s+)*`
  + String.raw`(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|week|weekend|night|morning|evening)(?:\s+(?:night|morning|evening))?$`
  // (A month only with a word of time before it: "May said" may be someone called May.)
  + String.raw`|^(?:last|this|next|early|late|earlier|later)\s+(?:month|year|january|february|march|april|may|june|july|august|september|`
  + String.raw`october|november|december)$`);
/** Words that open a subject no one is: "No group", "None of the parties", "Nobody". */
const NOBODY = new Set(['no', 'none', 'nobody', 'neither']);

function plausibleClaimant(toks: Token[], from: number, to: number, sentenceStart: boolean): boolean {
  const words = toks.slice(from, to).filter((t) => t.word);
  if (!words.length || words.length > 14) return false;
  if (words.length === 1 && PRONOUNS.has(words[0].lower)) return true;
  // ("No group has claimed the attack", "Nobody said": no one speaks.)
  if (NOBODY.has(words[0].lower)) return false;
  // ("Last Friday, Trump met Putin … and later said": a time is no one.)
  if (TIME_PHRASE.test(words.map((t) => t.lower).join(' '))) return false;
  // ("Other notes: …": a lone function word, capitalised at the start of a line, is no one.)
  if (words.length === 1 && !PRONOUNS.has(words[0].lower) && !HEADS.has(bare(words[0].lower)) && !PERSON_ROLES.has(words[0].lower)
    && FUNCTION_WORD_SET.has(words[0].lower)) return false;
  const hasHead = words.some((t) => HEADS.has(bare(t.lower)));
  const caps = words.filter((t, i) => nameLike(t) && !(i === 0 && sentenceStart && (t.lower === 'the' || t.lower === 'a')) && !['the', 'a', 'an'].includes(t.lower));
  return hasHead || caps.length > 0;
}

function isFalseFriend(toks: Token[], i: number): boolean {
  for (const ff of FALSE_FRIENDS) {
    const at = ff.findIndex((w) => VERBS.has(w) || w === toks[i].lower);
    if (at < 0 || ff[at] !== toks[i].lower) continue;
    let ok = true;
    for (let k = 0; k < ff.length && ok; k++) {
      const t = toks[i - at + k];
      ok = !!t && t.lower === ff[k];
    }
    if (ok) return true;
  }
  return false;
}

export interface ClaimantMatch {
  span: Span;
  name: string;
  verb: string;
  verbSpan: Span;
  rule: string;
}

/**
 * A verdict on whether a claim holds: "corroborates", "confirmed", "could not verify". (A denial of "Ukraine's claim
 * that …" answers the claimant's own report, which the document tells or fusion holds; it makes no second claim.)
 */
const VERDICT = /\b(corroborat\w*|confirm\w*|verif\w*)\b/i;
/** "the Russian Ministry of Defense's (MoD) June 8 claim that …": the owner (capitalised words and "of"), the noun. */
const REPORTED_CLAIM = new RegExp(String.raw`((?:the\s+)?\p{Lu}[\p{L}.-]*(?:\s+(?:of\s+|for\s+|and\s+)?\p{Lu}[\p{L}.-]*){0,6})[’']s\s+`
  + String.raw`(?:\(\p{L}{2,8}\)\s+)?(?:(?:\p{Lu}\p{Ll}+\s+\d{1,2}|\d{1,2}\s+\p{Lu}\p{Ll}+|earlier|latest|initial|own|previous)\s+)?`
  + String.raw`(claim|assertion|statement|announcement|report)\s+that\b`, 'gu');

/** Finds the speaker(s) of one sentence. Returns them left to right; none when the sentence is not attributed. */
export function findAttributions(text: string, s: Span, toks: Token[] = tokenize(text, s.start, s.end)): ClaimantMatch[] {
  const out: ClaimantMatch[] = [];
  const sentenceText = text.slice(s.start, s.end);

  // "according to X", "citing X": the claimant follows the cue up to a comma or the end.
  ACCORDING.lastIndex = 0;
  for (let m = ACCORDING.exec(sentenceText); m; m = ACCORDING.exec(sentenceText)) {
    // "could not verify the figures reported by officials on either side": whose figures a disclaimer doubts, no speaker.
    if (DOUBTED.test(sentenceText.slice(0, m.index))) continue;
    // ("according to estimates by traders", "according to figures from Ukraine's General Staff": whose the figures are.)
    const figuresOf = FIGURES_OF.exec(sentenceText.slice(m.index + m[0].length));
    const from = s.start + m.index + m[0].length + (figuresOf ? figuresOf[0].length : 0);
    const firstTok = toks.findIndex((t) => t.start >= from);
    if (firstTok < 0) continue;
    let j = firstTok;
    while (j < toks.length && toks[j].text !== ',' && toks[j].text !== '.' && toks[j].text !== ';' && toks[j].text !== ':' && !(toks[j].word && VERBS.has(toks[j].lower) && j > firstTok)) j++;
    const r = trimNp(toks, firstTok, j);
    if (r && plausibleClaimant(toks, r[0], r[1], false) && j - firstTok <= 16) {
      out.push({ span: { start: toks[r[0]].start, end: toks[r[1] - 1].end }, name: text.slice(toks[r[0]].start, toks[r[1] - 1].end), verb: m[1].toLowerCase().replace(/\s+/g, ' '), verbSpan: { start: s.start + m.index, end: s.start + m.index + m[1].length }, rule: 'according-to' });
    }
  }

  // "The footage corroborates the Russian MoD's June 8 claim that its troops advanced into X": a claim a verdict
  // reports, told by its owner's possessive. Only beside a verdict: elsewhere "Moscow's claim" is no attribution.
  if (VERDICT.test(sentenceText)) {
    REPORTED_CLAIM.lastIndex = 0;
    for (let m = REPORTED_CLAIM.exec(sentenceText); m; m = REPORTED_CLAIM.exec(sentenceText)) {
      const owner = m[1].replace(/^(the|a|an)\s+/i, '');
      const start = s.start + m.index + m[0].indexOf(owner);
      const nounAt = s.start + m.index + m[0].length - m[2].length - ' that'.length;
      out.push({ span: { start, end: start + owner.length }, name: owner, verb: m[2].toLowerCase(), verbSpan: { start: nounAt, end: nounAt + m[2].length }, rule: 'reported-claim' });
    }
  }

  // ("BANGKOK (Myanmar Now-style report) - …": the words of a dateline speak for no one.)
  const datelineEnd = s.start + (/^\p{Lu}{3,}/u.test(sentenceText) ? DATELINE.exec(sentenceText)?.[0].length ?? 0 : 0);
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i];
    if (t.start < datelineEnd) continue;
    let lemma = t.lex.verb === undefined ? (t.lex.verb = VERBS.get(t.lower) ?? null) : t.lex.verb;
    // "put the death toll at 19", "gave a lower figure of around 30": giving a figure is saying it.
    const figure = !lemma && t.word && FIGURE_VERBS.has(t.lower) && toks.slice(i + 1, i + 6).some((x) => FIGURE_NOUNS.has(x.lower));
    if (figure) lemma = 'report';
    // "Aoun renewed his offer of talks, saying …": a participle after a comma reports the subject's words.
    // ("… rejected the accusation, calling it a fabrication and saying …": the second of two joined participles too.)
    const clauseParticiple = t.word && CLAUSE_PARTICIPLES.has(t.lower) && (toks[i - 1]?.text === ','
      || (toks[i - 1]?.lower === 'and' && toks.slice(0, i - 1).some((x) => REBUTTAL_PARTICIPLES.has(x.lower))));
    if (!lemma && clauseParticiple) lemma = 'say';
    if (!lemma || !t.word) continue;
    if (isFalseFriend(toks, i)) continue;
    // "Kyiv has rejected those demands": rejecting a position states one; rejecting an account is verification's.
    if (lemma === 'reject' && !toks.slice(i + 1, i + 5).some((x) => POSITION_NOUNS.has(x.lower))
      && !(toks[i - 1] && toks.slice(Math.max(0, i - 5), i).some((x) => ASIDE_NOUNS.has(x.lower)))) continue;
    // "after a volunteer found her in a shelter": finding a person is no finding that something happened.
    if (lemma === 'find' && ['her', 'him', 'them', 'it', 'me', 'us', 'himself', 'herself'].includes(toks[i + 1]?.lower ?? '')) continue;
    const prev = toks[i - 1];
    // "the claim", "its report", "media reports": a noun after a determiner; a past tense ("media reported") is a verb.
    if (prev && NOUN_DET.has(prev.lower) && !((t.lower.endsWith('ed') || ONLY_VERBS.has(t.lower)) && !DETERMINERS.has(prev.lower))) continue;
    if (prev && ['if', 'unless', 'when', 'once', 'be', 'been', 'being', 'not', 'never'].includes(prev.lower) && (t.lower === 'confirmed' || t.lower === 'verified' || t.lower === 'acknowledged')) continue;

    // "EUCOM released a statement saying that …": the speaker is who released it.
    // "Activists shared footage showing …": what they put out shows it, and they are who claim it.
    const participle = t.lower === 'saying' || t.lower === 'showing';
    const publishedAt = participle && prev && SAYING_NOUNS.has(prev.lower) ? publishVerbBefore(toks, i - 1) : -1;
    if (t.lower === 'showing' && publishedAt < 0) continue;
    if (clauseParticiple && publishedAt < 0) {
      // A speech verb earlier in the sentence already has the speaker ("X said …, adding that …").
      // "X rejected the account, saying …" / "dismissed … as …, saying": a rebuttal, X's own account of what happened
      // (README: denials are claims); verification reads the denial, and fusion reads it with X's side's claims of the
      // same document (rule 'rebuttal').
      const rebuttal = toks.slice(0, i).some((x) => x.word && REBUTTAL_WORDS.has(x.lower));
      if (!out.some((m) => m.verbSpan.end <= t.start)) {
        const r3 = subjectAtStart(toks);
        if (r3) out.push({ span: { start: toks[r3[0]].start, end: toks[r3[1] - 1].end }, name: text.slice(toks[r3[0]].start, toks[r3[1] - 1].end), verb: t.lower, verbSpan: { start: t.start, end: t.end }, rule: rebuttal ? 'rebuttal' : 'participle-subject' });
      }
      continue;
    }
    if (t.lower === 'saying' && publishedAt < 0 && !(prev && prev.lower === 'as')) continue; // else only "quoted as saying"
    // "the claim", "a state", "the report": a bare form is a verb only after its speaker ("Reports state that").
    if (BARE_FORMS.has(t.lower) && prev && !(prev.word && (PRONOUNS.has(prev.lower) || prev.cap || HEADS.has(bare(prev.lower))))) continue;
    // "rejected the Houthi claim", "the Russian report": after a determiner and one singular name, a noun ("The
    // Houthis claim" is a plural speaker's verb).
    const afterName = prev?.cap && !/s$/i.test(prev.text) && DETERMINERS.has(toks[i - 2]?.lower ?? '');
    if (BARE_FORMS.has(t.lower) && afterName) continue;
    // "Lebanon's state news agency": "state" is a verb only with its "that".
    if (t.lower === 'state' && toks[i + 1]?.lower !== 'that') continue;
    if (t.cap && i > 0) continue; // a capitalised "Reports" mid-sentence is a title

    // Claimant before the verb: step over adverbs and auxiliaries, then read the noun phrase leftwards.
    let j = publishedAt >= 0 ? publishedAt - 1 : i - 1;
    if (t.lower === 'saying' && publishedAt < 0) { j = i - 3; if (toks[i - 2]?.lower !== 'quoted') continue; while (j >= 0 && ['was', 'were', 'been', 'has', 'had', 'is'].includes(toks[j].lower)) j--; }
    while (j >= 0 && toks[j].word && BETWEEN.has(toks[j].lower) && !(toks[j].cap && j > 0 && !WEEKDAYS.has(toks[j].lower))) j--;
    // "… led by Rustem Umerov, who confirmed that …": the name the relative clause hangs on speaks.
    if (j >= 2 && toks[j].lower === 'who' && toks[j - 1].text === ',') j -= 2;
    let end = j + 1;
    let apposition = false;
    // "Shoigu, in a televised video with Putin on Monday, said": an aside that opens with a preposition is
    // where or how the speaker spoke; the speaker stands before it.
    let aside = j >= 0 && toks[j].text === ',' ? asideStart(toks, j) : -1;
    // "Dmitriev -- who has led the talks -- told reporters": an aside between dashes describes the speaker before it.
    if (aside < 0 && j >= 0 && DASHES.has(toks[j].text)) aside = dashAsideStart(toks, j);
    if (aside > 0) { j = aside - 1; end = aside; }
    else if (j >= 0 && toks[j].text === ',') { apposition = true; j--; end = j + 1; }
    let k = j;
    while (k >= 0 && (npToken(toks[k]) || articleAfterConnector(toks, k) || particleInName(toks, k))) k--;
    // ("the coordination headquarters for prisoners of war said", "the head of operations said": what a speaker's
    // head is for or of, in plain words, is part of the speaker.)
    if (k >= 0 && j - k <= 3 && toks[k].word && !toks[k].cap && !VERBS.has(toks[k].lower)) k = Math.min(k, leftOfRemit(toks, j));
    if (apposition && k >= 0 && toks[k].text !== ',') {
      // "Project HOPE, an American aid organization, said": any short description between commas after a name.
      // ("the Civilian Joint Task Force (CJTF), a vigilante group that works with the army, said": a verb inside a relative
      // clause of the description, and a name closed by its acronym.)
      const relative = (x: number) => toks.slice(Math.max(0, x - 3), x).some((y) => ['that', 'which', 'who'].includes(y.lower));
      // ("Naftogaz, the state oil company, said": a verb's form after a determiner is a noun.)
      const verbAt = (x: number) => toks[x].word && VERBS.has(toks[x].lower) && !relative(x)
        && !DETERMINERS.has(toks[x - 1]?.lower ?? '');
      let c = k;
      while (c >= 0 && toks[c].text !== ',' && j - c < 14 && !verbAt(c)) c--;
      if (c >= 0 && toks[c].text === ',' && c > 0 && (toks[c - 1].cap || (toks[c - 1].text === ')' && toks[c - 2]?.cap))) k = c;
    }
    let from = k + 1;
    // "Serhiy Lysak, the regional governor, said": one more noun phrase before the inner comma.
    if (apposition && k >= 0 && toks[k].text === ',') {
      let k2 = k - 1;
      while (k2 >= 0 && npToken(toks[k2])) k2--;
      // "…, but a spokesman for X, Y, told": an article opens the phrase.
      const article = k2 >= 0 && (toks[k2].lower === 'a' || toks[k2].lower === 'an') && k2 + 1 < k;
      const before = article ? k2 - 1 : k2;
      // The phrase may open the sentence, follow punctuation, or follow a conjunction.
      if (k2 + 1 < k && (before < 0 || [',', '—', '–', '"', '“', '”', '-'].includes(toks[before].text) || !toks[before].word
        || CLAUSE_JOINS.has(toks[before].lower))) from = before + 1;
      // "The army spokesman in the Sokola 1 operational sector, Captain X, confirmed": a description that opens the
      // sentence, whatever its words, when it has a speaker's head and no verb.
      else if (from > 0 && k <= 14 && toks.slice(0, k).every((x) => (x.word || /^\d/.test(x.text)) && !VERBS.has(x.lower))
        && toks.slice(0, k).some((x) => HEADS.has(bare(x.lower)))) from = 0;
    }
    from = speakerBeforePlace(toks, from);
    if (!apposition && aside < 0) [from, end] = postModifiedSpeaker(toks, from, j, end);
    // "… on Tuesday and said": a verb right after "and" or "but" shares the sentence's subject (read below).
    // "… and now says", "… but later said": the conjunction may stand before an adverb.
    let c0 = i - 1;
    while (c0 > 0 && toks[c0].word && BETWEEN.has(toks[c0].lower) && !toks[c0].cap) c0--;
    const conj = toks[c0]?.lower === 'and' || toks[c0]?.lower === 'but' ? toks[c0] : prev;
    const coordinated = conj?.lower === 'and' || conj?.lower === 'but';
    let r = from < end && !coordinated ? trimNp(toks, from, end) : null;
    // "…, it said.", "“…,” they told reporters": a pronoun after the content speaks (resolved to its antecedent below).
    if (!r && !coordinated && j >= 1 && PRONOUNS.has(toks[j].lower) && [',', '”', '"', '’'].includes(toks[j - 1].text)) r = [j, j + 1];
    // Keep only the speaker's own words: a phrase that starts with a lowercase non-role word isn't a claimant.
    if (r && !plausibleClaimant(toks, r[0], r[1], r[0] === 0)) r = null;
    // "a vessel east of Aden had reported", "the rebels' declared ban": a phrase that a preposition opens, or a possessive
    // that ends it, is part of a longer phrase, never the one who speaks.
    if (r && !apposition && aside < 0 && (r[0] > 0 && OBJECT_OF.has(toks[r[0] - 1].lower) || /['’]s?$/.test(toks[r[1] - 1].text)
      || toks[r[1]]?.text === '’' || toks[r[1]]?.text === "'")) r = null;
    // "A woman who fled the village told Radio Dabanga that …": a relative clause with no commas describes the speaker
    // before it.
    if (!coordinated && !apposition && aside < 0) {
      const speaker = beforeRelativeClause(toks, end);
      if (speaker) r = speaker;
    }
    // "…, said" with nothing but content before: not an apposition. But "A spokesman for the UN refugee agency, Jane
    // Doe, said": a full name between the commas is the speaker even when the words before it do not read as one.
    if (r && apposition && !(from < k)) {
      const nameWords = toks.slice(r[0], r[1]).filter((x) => x.word);
      r = nameWords.length >= 2 && nameWords.every((x) => nameLike(x)) && toks[k]?.text === ',' ? r : null;
    }
    // "Medvedev, who served as president from 2008 to 2012, said": the relative clause describes, the name speaks.
    if (r && apposition && toks[k + 1] && ['who', 'which', 'whose', 'whom'].includes(toks[k + 1].lower)) r = trimNp(toks, from, k);
    // "analysts at DeepState, a group that maps the front line, said": a description with a relative clause in it
    // says what the speaker is; the speaker is the phrase before it.
    else if (apposition && from < k && toks.slice(k + 1, end).some((x) => ['that', 'which', 'who', 'whose'].includes(x.lower))) {
      r = trimNp(toks, from, k);
      if (r && !plausibleClaimant(toks, r[0], r[1], r[0] === 0)) r = null;
    }
    // A standing denial in the present ("an allegation which Kigali denies") is the party's stated position: a claim.
    if (r && !/(?:ies|ts|ses)$/.test(t.lower) && asideRejection(toks, r[0], lemma)) continue;
    if (r && unnamedCommentators(toks, r[0], r[1])) continue;
    // "Footage from the area confirms …": footage with no owner named is evidence, not a speaker.
    if (r && MEDIA_NOUNS.has(toks[r[0]].lower) && !toks.slice(r[0] + 1, r[1]).some((x) => x.cap)) continue;
    // "…, the statement read": "read" reports only what a document says.
    if (r && DOCUMENT_VERBS.has(lemma) && !DOCUMENT_NOUNS.has(toks[r[1] - 1].lower)) continue;
    if (!r && DOCUMENT_VERBS.has(lemma)) continue;
    // "“We have confirmed our tickets …,” said one pensioner": "we" or "I" inside an open quotation is the quoted
    // person's own word; who speaks is told outside the quotation.
    if (r && r[1] - r[0] === 1 && ['we', 'i'].includes(toks[r[0]].lower) && insideQuotation(toks, r[0])) continue;
    // "Russian shelling raised the death toll to 12": what raises a figure speaks only if it is a speaker's word or a name.
    if (r && figure && !(toks[r[1] - 1].cap || HEADS.has(bare(toks[r[1] - 1].lower)) || PRONOUNS.has(toks[r[1] - 1].lower))) continue;
    if (r) {
      // "Russia's Defence Ministry and military blogs said": keep it whole; the name is as written.
      const name = text.slice(toks[r[0]].start, toks[r[1] - 1].end);
      if (OPINION.has(lemma) && toks.slice(r[0], r[1]).every((x) => GENERIC.has(x.lower) || !x.word)) continue;
      if (WEAK.has(lemma) && !toks.slice(r[0], r[1]).some((x) => HEADS.has(bare(x.lower))) && !actors().resolve(name)) continue;
      out.push({ span: { start: toks[r[0]].start, end: toks[r[1] - 1].end }, name, verb: t.lower, verbSpan: { start: t.start, end: t.end }, rule: apposition ? 'apposition' : 'np-verb' });
      continue;
    }
    // "Ukraine's military made no acknowledgement …, but said …": the sentence's subject speaks.
    if (coordinated && i > 2) {
      // "Two officers told Reuters that … and denied the attack": a verb coordinated with an earlier speech verb
      // shares its speaker, who has already been found; the words opening the sentence ("However,") are not one.
      if (out.some((m) => m.verbSpan.end <= t.start)) continue;
      let e = 0;
      while (e < toks.length && npToken(toks[e])) e++;
      const r3 = e > 0 ? trimNp(toks, 0, e) : null;
      if (r3 && plausibleClaimant(toks, r3[0], r3[1], true) && toks.slice(r3[0], r3[1]).some((x) => x.cap || HEADS.has(bare(x.lower)))) {
        out.push({ span: { start: toks[r3[0]].start, end: toks[r3[1] - 1].end }, name: text.slice(toks[r3[0]].start, toks[r3[1] - 1].end), verb: t.lower, verbSpan: { start: t.start, end: t.end }, rule: 'coordinated-subject' });
        continue;
      }
    }
    // Inverted: "…, said Ukraine's senior commander in the area, Oleksandr Tarnavsky." / "reports Xinhua".
    if (['say', 'report', 'add', 'write', 'tell', 'claim'].includes(lemma) && prev && (prev.text === ',' || QUOTE_CLOSE.test(prev.text) || prev.text === '”')) {
      let e = i + 1;
      // "…, said a rights group on Monday": an article may open the speaker's name.
      // "…,” said one pensioner, Halyna": after "a", "one" or "another", any noun is who speaks.
      let someone = false;
      if (['a', 'an', 'one', 'another'].includes(toks[e]?.lower ?? '')) {
        e++;
        someone = !!toks[e]?.word && !toks[e].cap && /^\p{Ll}+$/u.test(toks[e].text) && !VERBS.has(toks[e].lower);
        if (someone && !npToken(toks[e])) e++;
      }
      while (e < toks.length && !WEEKDAYS.has(toks[e].lower) && toks[e].lower !== 'on'
        && (npToken(toks[e]) || toks[e].text === ',' || (toks[e].word && ['in', 'the', 'area', 'news', 'agency'].includes(toks[e].lower)))) e++;
      const r2 = trimNp(toks, i + 1, e);
      // "…, claims Kyiv has rejected": a noun whose relative clause has its own verb, not an inverted speaker.
      let after = r2 ? r2[1] : e;
      while (after < toks.length && toks[after].word && BETWEEN.has(toks[after].lower)) after++;
      // ("…, claims Kyiv quickly pushed back on": any verb in the past after the noun.)
      const relative = BARE_FORMS.has(lemma) && t.lower.endsWith('s') && !!toks[after]?.word
        && (VERBS.has(toks[after].lower) || REBUTTAL_WORDS.has(toks[after].lower) || /^\p{Ll}{3,}ed$/u.test(toks[after].text));
      // "…, said 5,000 people fled": a count with a verb after it is the content, not a speaker at the end.
      const next = toks[r2 ? r2[1] : e];
      const counted = !!r2 && /^(?:\d|one$|two$|three$|four$|five$|six$|seven$|eight$|nine$|ten$|dozens$|hundreds$|thousands$|several$|many$)/i.test(toks[r2[0]].lower);
      const clause = counted && !!next?.word && !WEEKDAYS.has(next.lower) && !['on', 'in', 'at', 'to', 'who', 'which', 'that'].includes(next.lower);
      // ("Hassan, a relative, said the driver was a shopkeeper": a noun with a verb after it opens what is said; it is no
      // speaker told after the content.)
      const opensContent = !!r2 && !!next?.word && FINITE_AFTER.has(next.lower);
      if (r2 && !relative && !clause && !opensContent && (someone || plausibleClaimant(toks, r2[0], r2[1], false))) {
        out.push({ span: { start: toks[r2[0]].start, end: toks[r2[1] - 1].end }, name: text.slice(toks[r2[0]].start, toks[r2[1] - 1].end), verb: t.lower, verbSpan: { start: t.start, end: t.end }, rule: 'inverted' });
      }
    }
  }
  // "The fleet dismissed the report as fake": a denial with nothing after it is the speaker's claim too; with
  // "… and said …" after it, the speaker's one claim is the denial and what follows.
  // (Read only where a denial or label verb is: most sentences have none.)
  const rebuttal = out.every((m) => m.rule === 'np-verb' || m.rule === 'apposition' || m.rule === 'coordinated-subject')
    && toks.some((x) => REBUTTAL_WORDS.has(x.lower) || LABEL_VERBS.has(x.lower)) ? bareRebuttal(text, toks) : null;
  // (A denial that goes on to tell what happened, "denied firing at the peacekeepers and said troops had fired warning
  // shots", is the speaker's account as read above.)
  if (rebuttal && out.every((m) => (m.span.start === rebuttal.span.start || m.verbSpan.start === rebuttal.verbSpan.start)
    && (m.verbSpan.start === rebuttal.verbSpan.start || !FACT_CUES.test(text.slice(m.verbSpan.end, s.end))))) {
    out.splice(0, out.length, rebuttal);
  }
  // "the ministry's claim that …" read as a reported claim is not also "the ministry's" claiming: the noun is no verb.
  const reported = out.filter((m) => m.rule === 'reported-claim');
  if (reported.length) for (let k = out.length - 1; k >= 0; k--) {
    if (out[k].rule !== 'reported-claim' && reported.some((r) => r.verbSpan.start === out[k].verbSpan.start)) out.splice(k, 1);
  }
  // "According to Reuters, Filashkin told Ukrainian television…": the claim is Filashkin's, not the relay's.
  const relayed = out.some((m) => m.rule !== 'according-to') ? out.filter((m) => !(m.rule === 'according-to' && out.some((o) => o.rule !== 'according-to' && o.span.start > m.span.start))) : out;
  // "A source told the BBC that the Russian side had demanded …": a speaker inside what another is reported to
  // have said (after its "that") is part of that claim, not a claim of its own.
  const outer = relayed.filter((m) => m.rule === 'np-verb' || m.rule === 'apposition');
  const nested = (m: ClaimantMatch) => (m.rule === 'np-verb' || m.rule === 'apposition') && outer.some((o) => {
    if (o === m || o.verbSpan.end > m.span.start) return false;
    const gap = text.slice(o.verbSpan.end, m.span.start);
    // "SUNA said unconfirmed reports put the toll at 40": the inner speaker opens the outer one's clause, "that" or not.
    // ("Lubinets said several of the returned men reported …": a few lowercase words may open the inner speaker.)
    return /^[^,;:“"”]{0,40}?\bthat\s+$/.test(gap) || /^(?:\s+[\p{Ll}-]+){0,4}\s+$/u.test(gap);
  });
  // One claim per speaker per sentence: keep the first attribution of each name.
  const seen = new Set<string>();
  return relayed.filter((m) => !nested(m)).filter((m) => { const k = m.name.toLowerCase(); if (seen.has(k)) return false; seen.add(k); return true; });
}

const POST_MODIFIERS = LEX.postModifiers.map((p) => p.split(' '));
const REPORTER_MODIFIERS = LEX.reporterModifiers.map((p) => p.split(' '));
const CLAUSE_PARTICIPLES = new Set(LEX.clauseParticiples);
const POSITION_NOUNS = new Set(LEX.positionNouns);
/** Verbs of rebuttal ("rejected", "dismisses", "denied", "refuted"): one list in data (rebuttal.verbs). */
const REBUTTAL_WORDS = new Set(LEX.rebuttal.verbs);

/**
 * The noun phrase that opens a sentence, when it can speak (a name or a speaker's word): "President Joseph Aoun on
 * Friday renewed …" → "President Joseph Aoun". Null when the sentence opens otherwise ("On Friday, …").
 */
function subjectAtStart(toks: Token[]): [number, number] | null {
  // ("Later on Monday he raised the number …": an adverb of time before the subject is no speaker.)
  let b = 0;
  if (OPENING_ADVERBS.has(toks[0]?.lower ?? '')) {
    b = 1;
    if (toks[1]?.lower === 'on' && WEEKDAYS.has(toks[2]?.lower ?? '')) b = 3;
    if (toks[b]?.text === ',') b++;
    if (toks[b] && PRONOUNS.has(toks[b].lower)) return [b, b + 1];
  }
  let e = b;
  while (e < toks.length && npToken(toks[e]) && !(toks[e].lower === 'on' && WEEKDAYS.has(toks[e + 1]?.lower ?? ''))) e++;
  const r = e > b ? trimNp(toks, b, e) : null;
  if (!r || !plausibleClaimant(toks, r[0], r[1], true)) return null;
  return toks.slice(r[0], r[1]).some((x) => x.cap || HEADS.has(bare(x.lower))) ? r : null;
}

/** Adverbs of time or sequence that open a sentence before its subject. */
const OPENING_ADVERBS = new Set(['later', 'earlier', 'meanwhile', 'separately', 'then', 'afterwards', 'subsequently', 'also', 'overnight']);
const PARTS_OF_DAY = new Set(['day', 'morning', 'afternoon', 'evening', 'night', 'week', 'month']);

/**
 * Past a time adverbial that opens the phrase before its speaker: "Later that day Russia's defence minister",
 * "Earlier on Monday the army", "By then Ukraine's military", "By the afternoon the governor", "On Monday the army". `from` unchanged when there is none.
 */
function afterTimeOpening(toks: Token[], from: number, to: number): number {
  let k = from;
  const w = (i: number) => toks[i]?.lower ?? '';
  // ("Earlier reports from the area said": an adverb read as an adjective stays, unless a time or a comma follows it.)
  if (OPENING_ADVERBS.has(w(k))) {
    k++;
    if ((w(k) === 'that' || w(k) === 'this') && PARTS_OF_DAY.has(w(k + 1))) k += 2;
    else if (w(k) === 'on' && WEEKDAYS.has(w(k + 1))) k += 2;
    else if (WEEKDAYS.has(w(k))) k++;
    else if (toks[k]?.text !== ',') return from;
  } else if (w(k) === 'by' && w(k + 1) === 'then') k += 2;
  // ("By the afternoon the governor", "By late evening the ministry": the time of day reached.)
  // ("By mid-afternoon he": the part of the day may be told with "mid".)
  else if (w(k) === 'by' && (PARTS_OF_DAY.has(w(k + 1).replace(/^mid-?/, '')) || PARTS_OF_DAY.has(w(k + 2)))) {
    k += PARTS_OF_DAY.has(w(k + 1).replace(/^mid-?/, '')) ? 2 : 3;
  }
  else if (w(k) === 'on' && WEEKDAYS.has(w(k + 1))) k += 2;
  else return from;
  if (toks[k]?.text === ',') k++;
  return k < to ? k : from;
}

/**
 * "The joint force of former rebel movements fighting alongside the army said", "A source close to the talks told":
 * a phrase hung on the speaker ends just before the verb; the speaker is the noun phrase before it, with the
 * phrase ("Civil defence workers affiliated with Hezbollah"). Returns where the speaker starts, or `from` unchanged.
 */
function postModifiedSpeaker(toks: Token[], from: number, last: number, end: number): [number, number] {
  for (let e = last - 1; e >= 1 && last - e <= 6; e--) {
    const between = toks.slice(e + 1, last + 1);
    if (between.some((x) => !x.word || VERBS.has(x.lower))) return [from, end];
    for (const [phrase, reporter] of [...POST_MODIFIERS.map((p) => [p, false] as const), ...REPORTER_MODIFIERS.map((p) => [p, true] as const)]) {
      const s0 = e - phrase.length + 1;
      if (s0 < 1 || !phrase.every((w, n) => toks[s0 + n].lower === w)) continue;
      let k = s0 - 1;
      while (k >= 0 && (npToken(toks[k]) || articleAfterConnector(toks, k) || particleInName(toks, k))) k--;
      const head = toks.slice(k + 1, s0);
      // "A CENTCOM statement reviewed by Barran Press": the reporter who read it is cut off.
      if (head.length && head.some((x) => x.cap || HEADS.has(bare(x.lower)))) return [Math.min(from, k + 1), reporter ? s0 : end];
    }
  }
  return [from, end];
}

const COMMENTATORS = new Set(LEX.commentators);
const COMMENTATOR_BODIES = new Set(LEX.commentatorBodies);
const MEDIA_NOUNS = new Set(LEX.mediaNouns);

/** Whether token `at` lies inside a quotation opened earlier in the sentence and not yet closed. */
function insideQuotation(toks: Token[], at: number): boolean {
  let open = false;
  for (let k = 0; k < at; k++) {
    const x = toks[k].text;
    if (x === '“' || x === '«') open = true;
    else if (x === '”' || x === '»') open = false;
    else if (x === '"') open = !open;
  }
  return open;
}

/**
 * "Analysts say an advance would cut the road", "military experts say": unnamed commentators give opinion and
 * forecasts, which are no claims. A name ("analysts at DeepState") or an organisation makes them a source.
 */
function unnamedCommentators(toks: Token[], from: number, to: number): boolean {
  const words = toks.slice(from, to).filter((x) => x.word);
  if (!words.some((x) => COMMENTATORS.has(x.lower))) return false;
  // ("UN experts": the experts of a named body are its panel, a source.)
  if (words.some((x) => COMMENTATOR_BODIES.has(x.lower))) return false;
  // Every word is the commentator noun, an article or a modifier ("Western military analysts"): no name in it.
  return words.every((x) => COMMENTATORS.has(x.lower) || MODIFIERS.has(x.lower) || ['a', 'some', 'many', 'several'].includes(x.lower));
}

const REJECT_VERBS = new Set(LEX.asideRejection.verbs);
const LABEL_VERBS = new Set(LEX.rebuttal.labelVerbs);
const ACCOUNTS = new Set(LEX.rebuttal.accounts);
const BLAMED_FOR = new Set(LEX.rebuttal.blamedFor);
/** "has repeatedly denied", "has always denied": a standing denial, told in the perfect. */
const BETWEEN_DENIAL = /\b(has|have|had)\b/i;
/**
 * "… the claim by Ukraine's General Staff that drones destroyed …", "Moscow's assertion that …": another party's
 * account whose content is told after it ("dismissed reports that the refinery had stopped" owns none: the denial is
 * a claim).
 */
const ACCOUNT_NOUNS = LEX.rebuttal.accounts.join('|');
const ACCOUNT_TOLD = new RegExp(String.raw`(?:['’]s\s+(?:[\w-]+\s+){0,3}|\b\p{Lu}[\p{L}-]*\s+)(?:${ACCOUNT_NOUNS})\b`
  + String.raw`[^,;.]{0,80}?\bthat\b|\b(?:${ACCOUNT_NOUNS})\s+(?:by|from|of)\s+(?:the\s+)?\p{Lu}[^,;.]{0,80}?\bthat\b`, 'u');

/**
 * "The fleet dismissed the report of damage as fake", "Zelensky rejected that characterization", "It called the
 * reports a fabrication": a party's denial of an account, with no "saying …" after it, is its claim (README: denials
 * are claims; rule 'denial', which fusion reads with the claims of the speaker's side). The verb stands right
 * after the sentence's speaker; a denial verb needs an account as its object (within four words) or a doing ("denied
 * losing any bases"), a label verb a word of falsehood. "dismissed the commander", "denied that …" (an account of its
 * own) are not it.
 */
function bareRebuttal(text: string, toks: Token[]): ClaimantMatch | null {
  const r = PRONOUNS.has(toks[0]?.lower ?? '') ? [0, 1] as [number, number] : subjectAtStart(toks);
  if (!r) return null;
  let v = r[1];
  // "Vladyslav Voloshyn, a spokesman for the southern forces, called …": step over a description between commas.
  if (toks[v]?.text === ',') {
    const close = toks.findIndex((x, k) => k > v && x.text === ',');
    if (close > v && close - v <= 12 && !toks.slice(v + 1, close).some((x) => VERBS.has(x.lower))) v = close + 1;
  }
  while (v < toks.length && toks[v].word && BETWEEN.has(toks[v].lower) && !toks[v].cap) v++;
  const verb = toks[v];
  if (!verb?.word) return null;
  const after = toks.slice(v + 1);
  const rest = text.slice(verb.end, toks[toks.length - 1].end);
  // "disputed Moscow's assertion that units had entered X": the account it denies is told, the other side's claim;
  // the statement answers it (verification, fusion), and X is no event of the denying side.
  if (ACCOUNT_TOLD.test(rest)) return null;
  // ("denied any involvement", "denied losing any bases": a denial of the part one is blamed for, or of doing something,
  // is one too; not a standing denial, "has always denied backing the M23", "denies supporting": a position.)
  const answer = verb.lower === 'denied'
    && !BETWEEN_DENIAL.test(text.slice(toks[r[1]]?.start ?? verb.start, verb.start));
  const denial = REBUTTAL_WORDS.has(verb.lower) && (after.slice(0, 5).some((x) => ACCOUNTS.has(x.lower))
    || (answer && after.slice(0, 3).some((x) => BLAMED_FOR.has(x.lower)))
    || (answer && !!after[0]?.word && /\p{Ll}ing$/u.test(after[0].text) && after[0].text.length > 5));
  const label = LABEL_VERBS.has(verb.lower) && FALSEHOOD.test(rest);
  if (!denial && !label) return null;
  const name = text.slice(toks[r[0]].start, toks[r[1] - 1].end);
  const span = { start: toks[r[0]].start, end: toks[r[1] - 1].end };
  return { span, name, verb: verb.lower, verbSpan: { start: verb.start, end: verb.end }, rule: 'denial' };
}
const ASIDE_NOUNS = new Set(LEX.asideRejection.nouns);

/**
 * ", a claim Kyiv has rejected", "a charge Israel denied", "a report the Ukrainian army denied": a rejection told in
 * the reporter's aside answers the claim before it (verification reads it as a denial); it is no claim of its own.
 * The speaker's phrase may have taken the noun in ("report the Ukrainian army"), or a word may stand between
 * ("a claim the ruling junta rejected").
 */
function asideRejection(toks: Token[], from: number, lemma: string): boolean {
  if (!REJECT_VERBS.has(lemma)) return false;
  for (let k = from + 1; k >= 1 && from - k <= 3; k--) {
    const t = toks[k];
    if (t.word && ASIDE_NOUNS.has(t.lower) && !t.cap) {
      const before = toks[k - 1];
      if (before.text === ',' || ['a', 'an', 'the', 'which', 'that', 'this', 'its', 'their'].includes(before.lower)) return true;
    }
    if (k < from && (t.text === ',' || (t.word && VERBS.has(t.lower)))) return false;
  }
  return false;
}

/** "in the strategic town of", "from the city of": where the people who speak live or are. */
const PLACE_MODIFIER = new RegExp(`^(?:in|of|from|near)\\s+(?:the\\s+)?(?:[a-z-]+\\s+){0,2}(?:${LEX.placeNouns.join('|')})`
  + '\\s+(?:of\\s+)?$');

/**
 * "Residents in the strategic town of Mweso said": the speaker is the residents, placed by the words between;
 * reading the name alone ("Mweso") would make the town speak. Returns where the speaker's phrase starts.
 */
function speakerBeforePlace(toks: Token[], from: number): number {
  for (let c = from - 1; c >= 0 && toks[c].word && from - c <= 7; c--) {
    if (HEADS.has(bare(toks[c].lower))) {
      // The words up to the name: "in the strategic town of", whether or not the phrase read so far holds them.
      let name = from;
      while (name < toks.length && toks[name].word && !toks[name].cap) name++;
      // The phrase must end in the place's name ("… the town of Mweso"), not at the comma before the verb.
      if (!toks[name]?.cap) return from;
      const between = toks.slice(c + 1, name).map((t) => t.lower).join(' ') + ' ';
      if (!PLACE_MODIFIER.test(between)) return from;
      let k = c - 1;
      while (k >= 0 && npToken(toks[k])) k--;
      return k + 1;
    }
    if (toks[c].cap) break;
  }
  return from;
}

/** ", a claim that", ", an allegation that": a noun of saying after a comma, whose "that" is not the speaker's. */
const ASIDE_THAT = /,\s+(?:a|an|the|which)\s+(?:\w+\s+)?(?:claim|allegation|assertion|charge|report|statement|account|accusation)\s+(?:that|:)\s*$/i;

const DASHES = new Set(['-', '—', '–']);

/** The first dash of a pair that closes at `close` ("X -- who … --", "X — a … —"), or -1. */
function dashAsideStart(toks: Token[], close: number): number {
  let c = close;
  while (c > 0 && DASHES.has(toks[c - 1].text)) c--; // "--" is two tokens
  for (let k = c - 1; k > 0 && c - k <= 30; k--) {
    if (toks[k].word && VERBS.has(toks[k].lower) && !['who', 'which'].includes(toks[k - 1]?.lower ?? '')) {
      // a speech verb inside the aside is fine only in its relative clause ("who has said"); else no aside
      if (!toks.slice(k - 4, k).some((x) => ['who', 'which'].includes(x.lower))) return -1;
    }
    if (!DASHES.has(toks[k].text)) continue;
    let o = k;
    while (o > 0 && DASHES.has(toks[o - 1].text)) o--;
    return o > 0 && toks[o - 1].word ? o : -1;
  }
  return -1;
}

/** "… a Ukrainian claim that", "the accusations that": a noun of an account right before its "that". */
const CLAIM_NOUN_THAT = new RegExp(`\\b(?:${LEX.asideRejection.nouns.join('|')}|story|stories)\\s+(?:\\w+\\s+){0,3}?that\\s*$`, 'i');

/** Words that open an aside between a speaker and the verb (see attribution.json asideOpeners). */
const ASIDE_OPENERS = new Set(LEX.asideOpeners);

/**
 * The comma that opens an aside ending at the comma `close` (", in a statement on Telegram,"), when the aside
 * starts with a preposition and holds no speech verb; -1 otherwise.
 */
function asideStart(toks: Token[], close: number): number {
  let verb = false;
  for (let c = close - 1; c > 0 && close - c <= 24; c--) {
    const t = toks[c];
    if (t.word && VERBS.has(t.lower)) verb = true;
    if (t.text !== ',') continue;
    // ("…, which began firing a day after the attack of October 7, 2023, said": the comma of a date is inside the aside.)
    if (/^\d{4}$/.test(toks[c + 1]?.text ?? '') && /^\d{1,2}$/.test(toks[c - 1]?.text ?? '')) continue;
    // (The speaker may end in brackets: "The UK Maritime Trade Operations agency (UKMTO), run by …".)
    const opener = toks[c + 1]?.word ? toks[c + 1].lower : '';
    // ("The Israeli army, which announced its incursion on October 1, said": a relative clause has verbs of its own.)
    if (verb && !RELATIVE_OPENERS.has(opener)) return -1;
    return ASIDE_OPENERS.has(opener) && (toks[c - 1]?.word || toks[c - 1]?.text === ')') ? c : -1;
  }
  return -1;
}
/** Words that open a relative clause, whose own verbs do not end an aside. */
const RELATIVE_OPENERS = new Set(['who', 'which', 'whose', 'where']);

const isPronoun = (name: string) => PRONOUNS.has(name.toLowerCase());
/** A sentence that opens with whose account it tells: "The army's account was very different: …". */
const ACCOUNT_OWNER = /^\W*((?:the\s+)?(?:\p{Lu}[\p{L}'’-]*\s+){0,3}(?:\p{Lu}[\p{L}'’-]*|army|military|ministry|government|police|group|rebels))['’]s?\s+(?:own\s+)?(?:account|version|statement|response|reply|explanation|story|narrative)\b/u;
/** "The militant group", "the rebels": an armed group told by what it is (see groupNamedBefore). */
const GROUP_ANAPHOR = new RegExp(`^(the\\s+)?((${LEX.groupAnaphors.adjectives.join('|')})\\s+)?(${LEX.groupAnaphors.nouns.join('|')})$`, 'i');
// ("the same body said": the speaker just named.)
// ("the coordination headquarters", "the regional military administration": words of its kind before a head that
// points back; antecedent() holds them to the speaker's name.)
const isAnaphoric = (name: string) => {
  const key = name.toLowerCase().replace(/^the\s+(?:same\s+)?/, 'the ');
  if (ANAPHORIC.has(key)) return true;
  const words = key.split(/\s+/);
  return words[0] === 'the' && words.length <= 4 && ANAPHORIC.has(`the ${words[words.length - 1]}`);
};

export function hedgesIn(s: string): string[] {
  const out: string[] = [];
  const possible = HEDGE_GATES.scan(s);
  LEX.hedges.forEach((h, i) => { if (HEDGE_GATES.may(possible, i) && HEDGES[i].test(s)) out.push(h); });
  return out;
}

/** Opening minus closing quotation marks in a sentence: > 0 when a quotation runs on past it. */
function quoteBalance(t: string): number {
  let n = 0;
  for (const ch of t) { if (ch === '“') n++; else if (ch === '”') n--; }
  const straight = (t.match(/"/g) ?? []).length;
  if (straight % 2 === 1) n += t.trimStart().startsWith('"') ? 1 : -1;
  return n;
}

/** What joins a second speaker's clause to the first one's: "; Kyiv said", ", while the ministry said". */
const SPEAKER_JOIN = /(?:[;,]\s*(?:(?:and|but|while|whereas)\s+)?|\s+(?:while|whereas)\s+)$/i;

/**
 * "Officials blamed Ukrainian shelling; Kyiv said Russian troops had cut the line": two speakers in one sentence,
 * each with a clause of its own. The first one's content ends where the second speaker's clause begins (not at the
 * sentence end). A speaker inside what another reports ("Kyiv said Russia claimed …") is no join and stays inside.
 */
function endContentAtNextSpeaker(claims: Claim[], from: number, text: string): void {
  for (let k = from; k + 1 < claims.length; k++) {
    const c = claims[k];
    const at = claims[k + 1].claimant.span.start;
    if (at <= c.content.start || at >= c.content.end) continue;
    const head = text.slice(c.content.start, at);
    const join = SPEAKER_JOIN.exec(head);
    if (!join) continue;
    const kept = head.slice(0, join.index).trimEnd();
    if (kept.length > 10) c.content = { start: c.content.start, end: c.content.start + kept.length };
  }
}

/** A sentence that is all quotation (opens and closes with quote marks), or the start/end of a multi-sentence quote. */
function quoteShape(text: string, s: Span): { opens: boolean; closes: boolean } {
  const t = text.slice(s.start, s.end).trim();
  return { opens: QUOTE_OPEN.test(t), closes: QUOTE_CLOSE.test(t.replace(/[.,!?]+$/, '')) || /[”"]\W*$/.test(t) };
}

/**
 * Attributed claims of a document, one per speaker per sentence. Pronouns and "the ministry" resolve
 * to the last matching claimant; a quotation that runs over several sentences is one claim.
 */
export function extractClaims(doc: Document): Claim[] {
  const { text, sentences, paragraphs } = doc;
  const reg = actors();
  const claims: Claim[] = [];
  const history: { name: string; span: Span; si: number }[] = [];
  let openQuoteFrom = -1; // sentence where an unattributed quotation opened and has not closed yet
  let pending = -1; // claim whose quotation runs on into the next sentences ("X said: “A. B.”")

  for (let si = 0; si < sentences.length; si++) {
    const s = sentences[si];
    const kind = paragraphs[s.paragraph].kind;
    if (kind === 'heading' || kind === 'caption' || headlineLike(doc, s.paragraph)) {
      pending = -1;
      openQuoteFrom = -1;
      continue;
    }
    const toks = sentenceTokens(doc, si);
    // A list item is a digest of what is told elsewhere; only a claim it gives a verdict on is its own
    // ("- The footage corroborates the MoD's June 8 claim that …").
    const attributions = kind === 'bullet'
      ? findAttributions(text, s, toks).filter((a) => a.rule === 'reported-claim')
      : findAttributions(text, s, toks);
    if (kind === 'bullet') { pending = -1; openQuoteFrom = -1; if (!attributions.length) continue; }
    const shape = quoteShape(text, s);
    const sentenceText = text.slice(s.start, s.end);
    const balance = quoteBalance(sentenceText);
    const last = history[history.length - 1];

    if (pending >= 0 && !attributions.length && sentences[si - 1]?.paragraph === s.paragraph) {
      // Still inside the speaker's quotation: the claim grows to cover this sentence.
      const c = claims[pending];
      c.quote = { start: c.quote.start, end: s.end, text: text.slice(c.quote.start, s.end) };
      c.content = { start: c.content.start, end: s.end };
      if (balance < 0) pending = -1;
      continue;
    }
    pending = -1;

    if (!attributions.length) {
      // A quotation with no speaker in it continues the last speaker ("“Ten people were injured. …”").
      const inQuote = openQuoteFrom >= 0 || shape.opens;
      if (inQuote && last) {
        const quoteStart = openQuoteFrom >= 0 ? sentences[openQuoteFrom].start : s.start;
        const closes = /[”"]/.test(sentenceText.slice(1));
        if (closes || !shape.opens) {
          // "“A,” Zaluzhnyi said. “B.”": a quotation right after its speaker's quoted sentence, in the same paragraph,
          // goes on with that statement: one claim. After reported speech ("Lysak said a bus was hit. “…”"), other
          // sentences or in a new paragraph it is a claim of its own.
          const startSi = openQuoteFrom >= 0 ? openQuoteFrom : si;
          const prevClaim = claims[claims.length - 1];
          const prevShape = prevClaim ? quoteShape(text, sentences[prevClaim.sentence]) : null;
          if (prevClaim && prevShape && (prevShape.opens || prevShape.closes) && prevClaim.sentence === startSi - 1
            && prevClaim.claimant.name === last.name && sentences[startSi - 1].paragraph === s.paragraph) {
            prevClaim.quote = { start: prevClaim.quote.start, end: s.end, text: text.slice(prevClaim.quote.start, s.end) };
            prevClaim.content = { start: prevClaim.content.start, end: s.end };
          } else pushClaim(claims, doc, { start: quoteStart, end: s.end }, si, last.name, last.span, 'quote-continuation', 'said', reg);
          openQuoteFrom = -1;
        } else if (openQuoteFrom < 0) openQuoteFrom = si;
      } else if (shape.opens && balance > 0 && openQuoteFrom < 0) openQuoteFrom = si;
      continue;
    }
    // A quotation that opened in an earlier sentence and closes here belongs to this speaker, whole.
    const quote: Span = openQuoteFrom >= 0 && sentences[openQuoteFrom].paragraph === s.paragraph ? { start: sentences[openQuoteFrom].start, end: s.end } : s;
    openQuoteFrom = -1;
    const firstHere = claims.length;
    for (const a of attributions) {
      let name = a.name;
      let span = a.span;
      // A bare "the group" is first the last speaker that is a group ("a local rights group … the group said");
      // "the militant group", "the rebels" the armed group named last.
      // ("The RSF rejected responsibility. In a statement, the group said …": an armed group that opens the sentence
      // before, told after the last speaker, is the group.)
      // ("The Arakan Army said … The group, which captured Buthidaung in May, said": the armed group that spoke just
      // before, not a rights group an appositive called a group further back.)
      const last = history[history.length - 1];
      const armedJustBefore = last && si - last.si <= 2 && reg.resolve(last.name)?.type === 'armed-group' ? last : null;
      const bareGroup = /^(the\s+)?group$/i.test(name)
        ? armedSubjectBefore(doc, si, history, reg) ?? armedJustBefore ?? antecedent(name, history, reg, text) : null;
      // A bare plural ("Rebels also claimed …") keeps its own words as the name, and is that group only as an actor.
      let actorName: string | undefined;
      if (bareGroup) { name = bareGroup.name; span = bareGroup.span; }
      else if (GROUP_ANAPHOR.test(name)) {
        const ante = groupNamedBefore(doc, si, span.start, reg);
        if (ante && /^(?![Tt]he\s)\p{Lu}/u.test(name)) actorName = ante.name;
        else if (ante) { name = ante.name; span = ante.span; }
      } else if (isPronoun(name) || (isAnaphoric(name) && !/\p{Lu}/u.test(name.replace(/^the\s+/i, '')))) {
        // "the ministry", "the governor" point back to a speaker; "The Kremlin", "the General Staff" are names as written.
        // "The General Staff said … The report listed 50 attacks": a document with no speaker of that name is what the
        // last known party (a registry actor) that spoke a sentence or two before put out.
        const doc0 = DOCUMENT_NOUNS.has(name.toLowerCase().replace(/^the\s+/, ''));
        // ("The army's account was very different: …, it said": the owner of the account the sentence opens with.)
        const sentenceStart = doc.sentences[si].start;
        const owner = /^(it|they)$/i.test(name) ? ACCOUNT_OWNER.exec(text.slice(sentenceStart, span.start)) : null;
        const ownerAt = owner ? sentenceStart + owner.index + owner[0].indexOf(owner[1]) : 0;
        // ("Russia's Defense Ministry gave a very different picture. It said …": an organisation opening the sentence
        // before, where no speaker was read, is "it".)
        const quiet = !history.length || history[history.length - 1].si < si - 1;
        const quietBefore = /^(it|they)$/i.test(name) && quiet;
        // ("Governor Babagana Zulum, who visited the town, offered yet another figure. '…,' he told reporters": so is a
        // person who opens the sentence before, for "he" or "she".)
        const personBefore = /^(he|she)$/i.test(name) && quiet ? subjectBefore(doc, si, reg, true) : null;
        const ante = (owner ? { name: owner[1], span: { start: ownerAt, end: ownerAt + owner[1].length } } : null)
          ?? (quietBefore ? subjectBefore(doc, si, reg) : null) ?? personBefore
          ?? antecedent(name, history, reg, text)
          ?? (doc0 ? history.filter((h) => si - h.si <= 2 && !!reg.resolve(h.name)).pop() ?? null : null)
          ?? (/^(it|they)$/i.test(name) ? subjectBefore(doc, si, reg) : null);
        if (ante) { name = ante.name; span = ante.span; } else if (isPronoun(name)) continue; // a pronoun with nothing to point at
      }
      const before = claims.length;
      pushClaim(claims, doc, quote, si, name, span, a.rule, a.verb, reg, a, actorName);
      history.push({ name, span, si });
      if (claims.length > before && balance > 0) pending = claims.length - 1;
    }
    endContentAtNextSpeaker(claims, firstHere, text);
  }
  linkRolesToNames(claims);
  resolveInContext(claims, doc, reg);
  return claims;
}

const PERSON_ROLES = new Set(LEX.personRoles);
const DOCUMENT_NOUNS = new Set(LEX.documentNouns);
const DOCUMENT_VERBS = new Set(LEX.documentVerbs);
const PERSON_NOUNS = new Set(LEX.personNouns);
const PERSON_TYPES = new Set(['local-official', 'government', 'military', 'person']);

/** Looks like a person's name: two or more capitalised words and no organisation word. */
function personLike(name: string, reg: ReturnType<typeof actors>): boolean {
  // "a member of the Myinmu PDF", "a spokesman for the army": the head before "of"/"for" is one person, whatever
  // organisation the registry reads in the name.
  const headWords = name.split(/\s+(?:of|for|at|in|from|with)\s+/i)[0].toLowerCase().split(/[\s,]+/).filter((w) => HEADS.has(w) || PERSON_NOUNS.has(w));
  const head = headWords[headWords.length - 1];
  if (head && (PERSON_NOUNS.has(head) || PERSON_ROLES.has(head))) return true;
  const a = reg.resolve(name);
  if (a) return !!a.role || a.type === 'person';
  const words = name.split(/\s+/);
  return words.filter((w) => /^\p{Lu}/u.test(w)).length >= 2 && !words.some((w) => HEADS.has(w.toLowerCase()) && !PERSON_ROLES.has(w.toLowerCase()));
}

/**
 * The armed group named last before `before` in sentence si or the three sentences ahead of it, as written there
 * ("Al-Shabaab fighters stormed a base. The militant group said …" → "Al-Shabaab"): registry names of armed groups,
 * tried as runs of up to five capitalised words.
 */
function groupNamedBefore(doc: Document, si: number, before: number, reg: ReturnType<typeof actors>): { name: string; span: Span } | null {
  for (let k = si; k >= Math.max(0, si - 3); k--) {
    const toks = sentenceTokens(doc, k);
    let found: { name: string; span: Span } | null = null;
    for (let i = 0; i < toks.length && toks[i].end <= before; i++) {
      if (!toks[i].cap) continue;
      for (let n = Math.min(5, toks.length - i); n >= 1; n--) {
        const end = toks[i + n - 1].end;
        if (end > before || !toks[i + n - 1].word) continue; // "HTS)" is no name
        const name = doc.text.slice(toks[i].start, end);
        if (reg.exact(name)?.type === 'armed-group') { found = { name, span: { start: toks[i].start, end } }; break; }
      }
    }
    if (found) return found;
  }
  return null;
}

/** The armed group that opens the sentence before si, when no speaker was read there or after it; else null. */
function armedSubjectBefore(doc: Document, si: number, history: { si: number }[], reg: ReturnType<typeof actors>)
  : { name: string; span: Span } | null {
  if (si < 1 || (history.length && history[history.length - 1].si >= si - 1)) return null;
  const toks = sentenceTokens(doc, si - 1);
  const r = subjectAtStart(toks);
  if (!r) return null;
  const span = { start: toks[r[0]].start, end: toks[r[1] - 1].end };
  const name = doc.text.slice(span.start, span.end);
  return reg.resolve(name)?.type === 'armed-group' ? { name, span } : null;
}

/**
 * "Russia's Defence Ministry did not comment on the strikes. It said …": with no speaker to point back to, "it" is
 * the organisation that opens the sentence before (one the registry knows, not a person).
 */
function subjectBefore(doc: Document, si: number, reg: ReturnType<typeof actors>, person = false): { name: string; span: Span } | null {
  if (si < 1 || doc.sentences[si - 1].paragraph !== doc.sentences[si].paragraph) return null;
  const toks = sentenceTokens(doc, si - 1);
  const r = subjectAtStart(toks);
  if (!r) return null;
  const span = { start: toks[r[0]].start, end: toks[r[1] - 1].end };
  const name = doc.text.slice(span.start, span.end);
  if (person) return personLike(name, reg) ? { name, span } : null;
  const a = reg.resolve(name);
  if (a) return a.type !== 'person' && !a.role ? { name, span } : null;
  // ("The so-called National Guard, a coalition of Druze factions, rejected the account. In a statement, it said …": a
  // named organisation the registry does not know, not a person.)
  const head = name.split(',')[0].replace(/^the\s+(so-called\s+)?/i, '');
  return /^\p{Lu}/u.test(head) && ORGANISATION_HEAD.test(head) && !personLike(name, reg) ? { name, span } : null;
}
/** The last word of an organisation's name: "National Guard", "Popular Resistance Committees", "Justice Movement". */
const ORGANISATION_HEAD = new RegExp(String.raw`\b(${[
  'Guards?', 'Forces', 'Army', 'Front', 'Movement', 'Brigades?', 'Battalions?', 'Committees?', 'Council', 'Union', 'Alliance',
  'Coalition', 'Party', 'Organi[sz]ation', 'Group', 'Militia', 'Corps', 'Command', 'Authority', 'Agency', 'Network', 'Observatory',
].join('|')})$`, 'u');

/** "he" → the last person who spoke; "it"/"they" → the last organisation; "the ministry" → the last speaker whose name has "ministry". */
function antecedent(
  anaphor: string, history: { name: string; span: Span }[], reg: ReturnType<typeof actors>, text: string,
): { name: string; span: Span } | null {
  const a = anaphor.toLowerCase();
  const rev = [...history].reverse();
  if (a === 'he' || a === 'she' || a === 'i') return rev.find((h) => personLike(h.name, reg)) ?? null;
  // "it" is one organisation: not "Earlier reports from the area" or "local officials" (a plural common noun).
  // ("UNRWA, the UN agency for Palestinian refugees": the name before its description, and a head before "for".)
  const plural = (n: string) => /^(?:\S+\s+)*?\p{Ll}[\p{L}-]*[^s]s(?:\s+(?:from|of|in|at|for)\s.*)?$/u.test(n.split(',')[0])
    && !/\b(?:corps|headquarters|news|forces)\b/i.test(n);
  if (a === 'it') return rev.find((h) => !personLike(h.name, reg) && !plural(h.name)) ?? null;
  if (PRONOUNS.has(a)) return rev.find((h) => !personLike(h.name, reg)) ?? rev[0] ?? null;
  // ("the same body", "the same organisation": the organisation just named, whatever it is called.)
  if (/^the\s+same\s/.test(a)) return rev.find((h) => !personLike(h.name, reg)) ?? null;
  const words = a.split(/\s+/);
  const head = words.pop()!;
  // ("the defence ministry" is not the interior ministry told before: a word that tells one ministry or force from
  // another must be in the antecedent's name too.)
  const kind = words.filter((w) => w !== 'the' && !GENERIC_ROLE_WORDS.has(w));
  const fits = (n: string) => n.includes(head) && kind.every((w) => n.includes(w));
  // (The name as written first; with the registry's name for it only when that does not fit.)
  const named = (h: { name: string }) => {
    const own = h.name.toLowerCase();
    if (fits(own)) return true;
    const known = reg.resolve(h.name)?.name;
    return !!known && fits(`${own} ${known.toLowerCase()}`);
  };
  // "the Gezira Conference, a civil group that monitors abuses, … the group said": the speaker its appositive calls so.
  const calledSo = new RegExp(`^,\\s+(an?|the)\\s+([\\w'’-]+\\s+){0,3}${head}\\b`, 'i');
  // ("the organisation said" after the ICRC: a speaker the registry knows as one of that kind.)
  const ofKind = (h: { name: string }) => !kind.length
    && (ANAPHOR_TYPES[head]?.includes(reg.resolve(h.name)?.type ?? '') ?? false);
  return rev.find((h) => named(h) || calledSo.test(text.slice(h.span.end, h.span.end + 60))) ?? rev.find(ofKind) ?? null;
}

/**
 * "…, the regional governor said." followed by "…, Serhiy Lysak wrote": a role without a name takes
 * the actor of the nearest named official around it, so disclaimers and fusion treat them as one speaker.
 */
function linkRolesToNames(claims: Claim[]): void {
  for (const c of claims) {
    if (c.claimant.actor) continue;
    const words = c.claimant.name.toLowerCase().split(/\s+/);
    if (/\p{Lu}/u.test(c.claimant.name.replace(/^The\s/, '')) || !words.some((w) => PERSON_ROLES.has(w))) continue;
    // (A named official is a person the registry gives a role; "a local official" is not the army spokesman's side, only
    // a local official's: "…, a local official told the BBC. The Israeli military said …" are two parties.)
    const local = words.includes('local');
    // ("Regional governor Ivan Fedorov said … The city's mayor put the toll at three": an official named with another role
    // is someone else.)
    const roles = words.filter((w) => PERSON_ROLES.has(w));
    const otherRole = (o: Claim) => {
      const theirs = o.claimant.name.toLowerCase().split(/[\s,]+/).filter((w) => PERSON_ROLES.has(w));
      return theirs.length > 0 && !theirs.some((w) => roles.includes(w));
    };
    const person = (o: Claim) => !!actors().byId.get(o.claimant.actor!.id)?.role
      && (!local || o.claimant.actor!.type === 'local-official') && !otherRole(o);
    const near = claims
      .filter((o) => o !== c && o.claimant.actor && PERSON_TYPES.has(o.claimant.actor.type)
        && Math.abs(o.sentence - c.sentence) <= 3 && person(o))
      // (At the same distance, the one before: "the governor" points back before it points ahead.)
      .sort((x, y) => Math.abs(x.sentence - c.sentence) - Math.abs(y.sentence - c.sentence) || x.sentence - y.sentence)[0];
    if (near) c.claimant.actor = near.claimant.actor;
  }
}

/**
 * "the Ministry of Defence", "the ministry" with no country: the same organisation the document already
 * named (an earlier claimant whose actor has that word), else the outlet when it is that organisation
 * (a ministry's own statement).
 */
function resolveInContext(claims: Claim[], doc: Document, reg: ReturnType<typeof actors>): void {
  const outlet = doc.outlet ? reg.resolve(doc.outlet) : null;
  for (const c of claims) {
    if (c.claimant.actor) continue;
    const words = c.claimant.name.toLowerCase().replace(/^the\s+/, '').split(/\s+/);
    const head = words.find((w) => ['ministry', 'military', 'army', 'staff', 'police', 'governor', 'mayor', 'office', 'agency', 'service', 'kremlin', 'administration'].includes(w));
    if (!head || words.length > 5) continue;
    const earlier = claims.filter((o) => o !== c && o.claimant.actor && o.sentence <= c.sentence && o.claimant.actor.name.toLowerCase().includes(head)).pop();
    const actor = earlier?.claimant.actor ?? (outlet && outlet.name.toLowerCase().includes(head) ? reg.ref(outlet) : null)
      ?? ((head === 'army' || head === 'military') && words.length <= 2 ? armyOf(focusCountry(claims), reg) : null);
    if (actor) c.claimant.actor = actor;
  }
}

/** The country most of a document's parties belong to (its resolved claimants' sides), when one leads. */
function focusCountry(claims: Claim[]): string | null {
  const n = new Map<string, number>();
  for (const c of claims) {
    const a = c.claimant.actor;
    // A party's side starts with its country's code ("SD-RSF", "UA"); neutral and international ones do not.
    const country = a && PARTY_TYPES.has(a.type) ? /^([A-Z]{2})(-|$)/.exec(a.side)?.[1] : undefined;
    if (country) n.set(country, (n.get(country) ?? 0) + 1);
  }
  const ranked = [...n].sort((a, b) => b[1] - a[1]);
  return ranked.length && (ranked.length === 1 || ranked[0][1] > ranked[1][1]) ? ranked[0][0] : null;
}
const PARTY_TYPES = new Set(['government', 'military', 'armed-group', 'local-official', 'state-media']);

/** "the army" in a story about one country's war: that country's armed forces, as the registry names them. */
function armyOf(country: string | null, reg: ReturnType<typeof actors>): Claim['claimant']['actor'] {
  const name = country ? countryTable().find((c) => c.code === country)?.name : undefined;
  if (!name) return null;
  const a = reg.exact(`${name}'s army`) ?? reg.exact(`${name}'s military`);
  return a && a.type === 'military' ? reg.ref(a) : null;
}

function pushClaim(claims: Claim[], doc: Document, quote: Span, si: number, name: string, span: Span, rule: string, verb: string, reg: ReturnType<typeof actors>, a?: ClaimantMatch, actorName?: string): void {
  const text = doc.text;
  const quoteText = text.slice(quote.start, quote.end);
  // The content is the sentence minus the attribution: what comes after "X said (that)", or before ", X said".
  let content: Span = quote;
  if (a) {
    const len = quote.end - quote.start;
    const attrStart = Math.min(a.span.start, a.verbSpan.start) - quote.start;
    // "Four were hurt, said the governor": an inverted attribution always follows its content.
    // "“A difficult morning,” the governor said, offering condolences …": a quotation before its speaker is the claim.
    const quotedFirst = /^\s*[“"«]/.test(quoteText) && /[”"»][\s,]*$/.test(quoteText.slice(0, attrStart).replace(/\s+$/, ''));
    // "Reuters could not confirm the toll, and the interior ministry gave a lower figure of 30": a speaker that opens
    // a joined clause (", while X said", "; X said") tells what follows it.
    // ("The military declined to comment and a US official said …": a joined clause with no comma, after a verb of its own.)
    const pre = quoteText.slice(0, attrStart);
    const bareJoin = /\s(?:and|but)\s+$/i.exec(pre);
    const joined = ((/(?:,\s*(?:and|but|while|whereas)|;)\s+$/i.test(pre))
      || (!!bareJoin && CLAUSE_OWN_VERB.test(pre.slice(0, bareJoin.index))))
      && a.rule !== 'inverted';
    // "One woman was hurt, he said on Telegram, adding that …": nothing but where or how he said it follows the verb
    // before a participle or the end, so the content is before the speaker, however long the rest.
    const saidLast = attrStart > 10 && /,\s*$/.test(quoteText.slice(0, attrStart)) && SAID_LAST.test(text.slice(a.verbSpan.end, quote.end));
    // "Of the 23 dead, eight were women, according to X, who said …": a clause before "according to" is the content.
    // (Not "Since the beginning of December, according to X, losses …": a clause of time, with no verb, opens it.)
    const accAt = a.rule === 'according-to' ? quoteText.search(/\baccording\s+to\b/i) : -1;
    const accordingLast = accAt > 0 && /\S\s*,\s*$/.test(quoteText.slice(0, accAt)) && CLAUSE_VERB.test(quoteText.slice(0, accAt));
    if ((attrStart <= len * 0.35 || a.rule === 'reported-claim' || joined) && a.rule !== 'inverted' && !quotedFirst && !saidLast
      && !accordingLast) {
      // "X said (on Sunday) (in a statement) that …", "According to X, …": the claim follows the attribution.
      let from = Math.max(a.verbSpan.end, a.span.end);
      const after = text.slice(from, quote.end);
      // "said soldiers burned homes, a claim that the army rejected": that "that" opens the reporter's aside, not the content.
      // The "that" must open the content: "reported 60 deaths, noting that …" has its content before the comma.
      // ("… had not fired at the city that day": a "that" before a noun of time or place points, it opens nothing.)
      const thatAt = THAT_AT.exec(after) ?? THAT_AFTER_ASIDE.exec(after);
      // "dismissed as fake a Ukrainian claim that two jets were destroyed": the clause after the rebutted claim's noun
      // is the other side's account; the rebuttal is all that follows the verb.
      const rebutted = !!thatAt && REJECT_VERBS.has(VERBS.get(a.verb) ?? '') && CLAIM_NOUN_THAT.test(thatAt[0]);
      const that = (thatAt && !ASIDE_THAT.test(thatAt[0]) && !rebutted ? thatAt : null) ?? /^\s*,\s*/.exec(after);
      if (that) from += that[0].length;
      else {
        // "said on Sunday it had…", "said in a statement it…": skip the when and the where of the saying.
        from += leadAdverbialLength(after);
      }
      while (from < quote.end && /[\s,]/.test(text[from])) from++;
      content = { start: Math.min(from, quote.end), end: quote.end };
    } else {
      // "…, the regional governor said.", "…, according to X.", "“…,” Lysak wrote": the claim comes before.
      // (Up to the "according to" itself, whatever part of the source's phrase was read as the name.)
      const head = text.slice(quote.start, quote.start + (accordingLast ? accAt : attrStart)).replace(/[\s,“”"—–-]+$/, '').replace(/,?\s*(according\s+to|citing|said)$/i, '');
      if (head.length > 10) content = { start: quote.start, end: quote.start + head.length };
    }
  }
  const contentText = text.slice(content.start, content.end);
  // (A bare denial speaks of an account the document tells, whatever its words: "rejected that characterization".)
  if (!FACT_CUES.test(contentText) && !ACRONYM.test(contentText) && rule !== 'denial') return;
  // A quotation of judgement, hope or appeal ("it must be felt now", "atrocities repeat because they were tolerated")
  // is rhetoric, unless it also tells of something that happened (a number, a toll, an attack, a capture, a swap).
  // ("… said: '…'": the colon before the quotation is no part of it.)
  const quoted = QUOTE_OPEN.test(contentText.trimStart().replace(/^[:,]\s*/, ''));
  if (quoted && RHETORIC.test(contentText) && !EVENT_CUES.test(contentText)) return;
  // ("“Drones are cheap, and Kherson is close.”", "“Every week another village burns,” said an analyst": a
  // quotation all in the present, with no figure and no word of ground held, is comment on the war, not an account.)
  // (Told by a commentator, an analyst or an agency's head, whatever it names; otherwise only when it names no attack,
  // no fighting and no toll: "“The enemy is shelling our villages,” the governor said" is an account.)
  if (quoted && !PAST_TENSE.test(contentText) && !/\d/.test(contentText) && !GROUND_WORDS.test(contentText)
    && !ACTION_WORDS.test(contentText) && (COMMENTATOR.test(quoteText) || !EVENT_CUES.test(contentText))) return;
  // A forecast ("the number was likely to rise", "it would let the army move faster") tells of nothing that happened
  // and names no event to come (planned talks, a threatened strike stay claims).
  const undated = contentText.replace(DATE_DIGITS, '');
  if (FORECAST.test(contentText) && !/\d/.test(undated) && !HAPPENED.test(contentText) && !EVENT_CUES.test(undated)) return;
  // "Aid groups have warned that fighting could cut supply lines", "X warned his forces would expand their attacks": a
  // warning of what is to come is a threat or a forecast, no account of anything. (Not one joined to an account of the
  // speaker's own: "The ministry is demanding a withdrawal … and has warned it will resume strikes".)
  if (a && VERBS.get(a.verb) === 'warn' && FORECAST.test(contentText) && !HAPPENED.test(contentText)
    && !/\band\b/i.test(text.slice(a.span.end, a.verbSpan.start))) return;
  // "“If they see a crowd, they will hit it,” he said": a condition with a modal is a hypothetical, not a report
  // ("If confirmed, the strike would be the deadliest …" is a hedged report and stays).
  if (/^\W*(?:if|unless)\s+(?!confirmed\b)/i.test(contentText) && FORECAST.test(contentText) && !/\d/.test(undated)) return;
  // "The army did not reply to questions", "declined to comment": that someone has not answered is no claim.
  if (NO_RESPONSE.test(contentText)) return;
  // ("KYIV, June 9 (Reuters) - Russia's Defence Ministry" → "Russia's Defence Ministry": a dateline is not part of a name.)
  const dl = DATELINE.exec(name);
  if (dl && dl[0].length < name.length && /[-—–]\s*$/.test(dl[0])) { span = { start: span.start + dl[0].length, end: span.end }; name = name.slice(dl[0].length); }
  claims.push({
    id: `${doc.id}:c${claims.length}`,
    claimant: { name, span, actor: reg.ref(reg.resolve(actorName ?? name)) },
    quote: { start: quote.start, end: quote.end, text: quoteText },
    content,
    verb,
    hedges: hedgesIn(quoteText),
    sentence: si,
    rule,
    verification: { status: 'unstated', statements: [] },
    events: [],
  });
}

const ANAPHOR_TYPES: Record<string, string[]> = LEX.anaphorTypes;
/** Words of an anaphor that fit any speaker of its kind ("the regional governor" is the governor named before). */
const GENERIC_ROLE_WORDS = new Set(LEX.genericRoleWords);

/** Finite verbs that, right after a noun following "said", make that noun the subject of what is said. */
const FINITE_AFTER = new Set(['was', 'were', 'is', 'are', 'had', 'has', 'have', 'would', 'will', 'could', 'did']);

/** "A woman who fled the village" ending at token end: the phrase before "who", when it reads as a claimant. */
function beforeRelativeClause(toks: Token[], end: number): [number, number] | null {
  let w = end - 1;
  const opens = (x: Token) => x.lower === 'who' || x.lower === 'that' || x.lower === 'which';
  while (w > 0 && end - w <= 10 && toks[w].word && !opens(toks[w])) w--;
  if (w <= 0 || !opens(toks[w]) || !(npToken(toks[w - 1]) || PERSON_NOUNS.has(toks[w - 1].lower))) return null;
  // ("…, the administration that runs the north-east said": "that" or "which" on a speaker's head, such as a body.)
  // (Only a clause the head is the subject of, its verb next: in "the remains of 1,000 people that Russia says are
  // soldiers" Russia speaks.)
  const next = toks[w + 1];
  const subjectClause = HEADS.has(bare(toks[w - 1].lower)) && !!next && !next.cap && !DETERMINERS.has(next.lower);
  if (toks[w].lower !== 'who' && !subjectClause) return null;
  let s0 = w - 2;
  while (s0 >= 0 && (npToken(toks[s0]) || articleAfterConnector(toks, s0))) s0--;
  const r = trimNp(toks, s0 + 1, w);
  // (One person told by what they are, "a woman", "a man", speaks too.)
  return r && (plausibleClaimant(toks, r[0], r[1], r[0] === 0) || PERSON_NOUNS.has(toks[r[1] - 1].lower)) ? r : null;
}
