import type { Document } from '../document/types.js';
import { loadData } from '../data.js';
import { actors } from '../resolve/actors.js';
import { resolveMonthDay } from '../resolve/dates.js';
import type { Stance, Verification } from './types.js';
import { GateSets, withoutCaptures } from './gate.js';

interface VerificationLexicon {
  cues: { re: string; stance: Stance; opposingOnly?: boolean; selfContained?: boolean }[];
  articleLevel: string;
  falsehoods: string;
  wholeDocument: string;
  thisReport: string;
  aheadPointer: string;
  battlefieldPointer: string;
  battlefieldTopic: string;
  statedPosition: string;
  plannedAfter: string;
  statedHappening: string;
  sharedOutcome: string;
  asOf: string;
}

const LEX = loadData<VerificationLexicon>('lexicon/verification.json');
// Only where a cue matches and what it covers are used: its groups need not capture.
/** A cue as written, with the shared word lists it names ("{falsehoods}") filled in. */
const expandCue = (re: string): string => re.replace('{falsehoods}', LEX.falsehoods);
const CUES = LEX.cues.map((c) => ({ re: withoutCaptures(new RegExp(expandCue(c.re), 'gi')), stance: c.stance }));
/** Cues that speak only against the other side's claims ("repelled", "holding back"): see attach-verifications. */
const OPPOSING_ONLY = LEX.cues.filter((c) => c.opposingOnly).map((c) => new RegExp(`^(?:${expandCue(c.re)})$`, 'i'));
/** Words that call an account untrue ("fake", "a fabrication", "staged"): see verification.json falsehoods. */
export const FALSEHOOD = new RegExp(LEX.falsehoods, 'i');
export const opposingOnlyCue = (cue: string): boolean => OPPOSING_ONLY.some((re) => re.test(cue));
/** Cues that are a dispute told whole in their sentence ("blamed each other"): they reach only its own claims. */
const SELF_CONTAINED = LEX.cues.filter((c) => c.selfContained).map((c) => new RegExp(`^(?:${c.re})$`, 'i'));
export const selfContainedCue = (cue: string): boolean => SELF_CONTAINED.some((re) => re.test(cue));

/**
 * Which cues a sentence could hold, in one pass (see gate.ts): most sentences have none, and the rest are
 * tried only against the cues whose words they have. A clause is part of its sentence, so a cue a clause
 * holds the sentence holds too (the cues' lookbehinds look for words no clause boundary ends with).
 */
const CUE_GATES = new GateSets(CUES.map((c) => c.re));
export const ARTICLE_LEVEL = new RegExp(LEX.articleLevel, 'i');
/** "could not verify every figure", "the battlefield claims of either side": a disclaimer on every party's claim. */
export const WHOLE_DOCUMENT = new RegExp(LEX.wholeDocument.replace('{thisReport}', LEX.thisReport), 'i');
/** The report itself named: "in this update", "in this blog" (verification.json thisReport). */
export const THIS_REPORT = new RegExp(LEX.thisReport, 'i');
/** "the figures below", "the following reports": a disclaimer on the claims told after it (verification.json). */
export const AHEAD_POINTER = new RegExp(LEX.aheadPointer, 'i');
/** "battlefield reports from either side": a disclaimer on claims about ground fighting (BATTLEFIELD_TOPIC) only. */
export const BATTLEFIELD_POINTER = new RegExp(LEX.battlefieldPointer, 'i');
export const BATTLEFIELD_TOPIC = new RegExp(LEX.battlefieldTopic, 'i');
const STATED_POSITION = new RegExp(LEX.statedPosition, 'i');
const PLANNED_AFTER = new RegExp(LEX.plannedAfter, 'i');
const STATED_HAPPENING = new RegExp(LEX.statedHappening, 'i');
/** A claim about talks or a position that tells of nothing that happened: no account for a disclaimer to doubt. */
export const positionOnly = (content: string): boolean => STATED_POSITION.test(content) && !STATED_HAPPENING.test(content);
/** ", a claim the analysts consider": who holds a view of a claim named in apposition, after its noun. */
const APPOSED_HOLDER = new RegExp(String.raw`,\s*(?:a|an)\s+(?:claim|figure|account|assertion|toll|number|version|report)\s+`
  + String.raw`(?:that\s+|which\s+)?((?:the\s+)?\S.*)$`, 'i');
/** An exchange, deal or ceasefire: a confirmation of one by a party to it confirms that party's own claim too. */
export const SHARED_OUTCOME = new RegExp(LEX.sharedOutcome, 'i');
const AS_OF = new RegExp(LEX.asOf, 'i');
/** The two sides as the opening words of a cue ("Both sides confirmed …", "officials on both sides said"). */
const BOTH_SIDES_CUE = /^(?:officials\s+(?:on|from)\s+both\s+sides|both\s+(?:sides|parties|governments|ministries)|the\s+two\s+sides)/i;

/** "(an allegation) which Kigali", "(a claim) that the army", "a claim Kyiv has": the speaker named in a relative clause. */
const RELATIVE_SUBJECT = new RegExp('\\b(?:which|that|(?:claims?|allegations?|accusations?|accounts?|assertions?|reports?|figures?|tolls?)(?:\\s+(?:which|that))?)'
  + '\\s+((?:the\\s+)?(?:\\p{Lu}[\\p{L}’\'-]*\\s+){0,3}'
  + '(?:\\p{Lu}[\\p{L}’\'-]*|army|military|ministry|government|police|militia|rebels|group|authorities|officials?))'
  + '(?:\\s+(?:has|have|had))?(?:\\s+(?:repeatedly|strongly|flatly|firmly|already))?$', 'u');

/**
 * Clause boundaries inside a sentence: each clause carries at most one statement. An appositive on the claim
 * (", a claim that AFP could not verify") is a clause of its own: it speaks of what the sentence said.
 */
/** A subject whose head is an account or a count: what a statement is about, not who makes it. */
const SPOKEN_OF = new RegExp(String.raw`\b(claims?|reports?|tolls?|figures?|accounts?|statements?|assertions?|allegations?|`
  + String.raw`accusations?|numbers?|casualties|versions?|details|videos?|footage|images?|photos?)$`, 'i');
/** A pronoun pointing back at accounts named earlier in the sentence: "so we cannot verify them". */
const BACK_POINTER = /\b(them|they|these|those)\b/i;
/** A subject that opens with an account or a count and goes on: "Figures in this update, except …, come from …". */
const SPOKEN_OF_OPENING = new RegExp(String.raw`^(?:(?:a|an|the|these|those|all|such|casualty|death)\s+){0,2}`
  + String.raw`(?:claims?|reports?|tolls?|figures?|accounts?|numbers?|details|information)\b(?!['’])\s+(?:in|of|from|on|given|cited|provided|for\s+which)\b`, 'i');
const CLAUSE = /,\s+(?:and|but|while|whereas)\s+|;\s+|\s+but\s+|,\s+(?=which\s)|,\s+(?=(?:(?:a|an|the)\s+)?(?:claim|assertion|figure|account|report|allegation|accusation|toll|statement|information|detail|number|version)s?\s+(?:(?:that|which|for\s+which)\s|(?:the\s+)?[A-Z]|(?:denied|rejected|dismissed|disputed|refuted)\s+by\s))|,\s+(?=(?:though|although)\s+(?:this|that|it)\s)/g;

/**
 * Statements about whether something holds: "could not independently verify", "had not corroborated
 * … as of June 7", "denied", "dismissed … as", "confirmed". Each with who said it (when named),
 * its stance and an as-of date. Attaching them to claims is the refiner's job.
 */
/** The noun phrase a sentence opens with, when it names someone ("Ukraine's military", "The Kremlin"). */
function sentenceSubject(st: string): { name: string; actor: ReturnType<ReturnType<typeof actors>['ref']> } | null {
  const m = /^((?:the\s+)?(?:\p{Lu}[\p{L}’'-]*\s+){0,4}(?:\p{Lu}[\p{L}’'-]*|military|army|ministry|forces|government|officials?|police|governor))\s+(?:has|had|have|did|made|said|says|was|were|is|are)\b/u.exec(st);
  if (!m) return null;
  const reg = actors();
  return { name: m[1], actor: reg.ref(reg.resolve(m[1])) };
}

export function extractVerifications(doc: Document): Verification[] {
  const { text, sentences, paragraphs } = doc;
  const out: Verification[] = [];
  const reg = actors();
  sentences.forEach((s, si) => {
    const kind = paragraphs[s.paragraph].kind;
    if (kind === 'heading' || kind === 'caption') return;
    const st = text.slice(s.start, s.end);
    const possible = CUE_GATES.scan(st);
    if (!CUE_GATES.any(possible)) return;
    // Split into clauses, remembering offsets.
    const bounds: [number, number][] = [];
    let from = 0;
    CLAUSE.lastIndex = 0;
    for (let m = CLAUSE.exec(st); m; m = CLAUSE.exec(st)) { bounds.push([from, m.index]); from = m.index + m[0].length; }
    bounds.push([from, st.length]);
    for (let bi = 0; bi < bounds.length; bi++) {
      const [a, b] = bounds[bi];
      const clause = st.slice(a, b);
      let best: { index: number; len: number; stance: Stance; cue: string } | null = null;
      for (let k = 0; k < CUES.length; k++) {
        if (!CUE_GATES.may(possible, k)) continue;
        const c = CUES[k];
        c.re.lastIndex = 0;
        const m = c.re.exec(clause);
        if (m && (!best || m.index < best.index)) best = { index: m.index, len: m[0].length, stance: c.stance, cue: m[0] };
        if (best && best.index === 0) break;
      }
      if (!best) continue;
      // "has not confirmed that it will attend", "confirmed his attendance": a plan, no verdict.
      if (/confirm|verif/i.test(best.cue) && PLANNED_AFTER.test(clause.slice(best.index + best.len))) continue;
      // Who: the clause's subject before the cue ("CNN has not been able…", "Independent war monitors, including …").
      // ("…, so we cannot verify them": the subject of the clause "so" opens.)
      let subject = clause.slice(0, best.index).replace(/^[\s,;:—–-]+|[\s,;:—–-]+$/g, '').replace(/^(and|but|while|also)\s+/i, '')
        .replace(/^.*,\s+so\s+/i, '')
        // ("…, although he acknowledged that …": the subject of the clause the conjunction opens.)
        .replace(/^.*,["”’]?\s+(?:although|though|even\s+though|whereas)\s+(?=\S+$)/i, '')
        // ("ODESA, Ukraine (APS) - Russia and Ukraine swapped …": not the dateline.)
        .replace(/^\p{Lu}{3,}[^—–]{0,60}?\s[—–-]\s+/u, '')
        // ("a figure that Ukraine's delegation head, Rustem Umerov, (also gave)": who gave it.)
        .replace(/^(?:a|an|the)\s+(?:figure|number|toll|count|total)\s+(?:that|which)\s+/i, '')
        // ("In Moscow, the (account was somewhat different)": the article of what is spoken of, and the place before it.)
        .replace(/\s*\b(?:the|a|an)$/i, '').replace(/^(?:on|in|at)\s+[^,]{1,40},?$/i, '')
        // ("On Vovchansk, the picture offered by the army differed": not what the clause is about.)
        .replace(/^(?:on|in|at|about|regarding|as\s+for)\s+[^,]{1,40},\s+(?=(?:the|a|an)\s+\p{Ll})/iu, '');
      // "…, an allegation which Kigali denies": the name of a relative clause is who speaks.
      // ("The RSF, which has been at war with the army since April 2023, (rejected …)": the name the aside is on, in the
      // clause before it.)
      const before = bi > 0 ? st.slice(bounds[bi - 1][0], bounds[bi - 1][1]).trim() : '';
      if (/^(?:which|who)\b[^,]*,/i.test(clause.slice(0, best.index)) && /^\p{Lu}\S*(?:\s+\S+){0,5}$/u.test(before)) subject = before;
      const relative = RELATIVE_SUBJECT.exec(subject);
      if (relative) subject = relative[1];
      // "…, a claim denied by Damascus": the agent after "by" is who speaks.
      // (Right after the cue: in "rejected the accusation, calling it a fabrication by the army" the army is no speaker.)
      const agent = /^\p{L}+\s+(?:(?:outright|flatly|strongly)\s+)?by\s+((?:the\s+)?[\p{L}’'. -]{2,60}?)\s*[.,;]?$/u.exec(clause.slice(best.index));
      // ("…, Lysak said, figures later confirmed by the city administration": so is who bears it out.)
      if (agent && /^(denied|rejected|dismissed|disputed|refuted|confirmed|corroborated|verified)/i.test(best.cue)) subject = agent[1];
      // "An RSF adviser, speaking to Dabanga by phone, (rejected …)", "X, in a post on Telegram, (described …)": the speaker,
      // without how or where they spoke.
      subject = subject.replace(/,\s+(?:speaking|talking|writing|responding|quoted|reached|contacted|in\s+(?:a|an|its|his|her|their)\s+(?:[\w-]+\s+)?(?:post|statement|message|video|interview|briefing|update))\b[^,]*,?$/i, '');
      // "Ukraine's General Staff said it (was checking …)": the speaker, without the saying.
      // ("The military, in contrast, insisted its troops (were still holding …)": the speaker, without the aside.)
      subject = subject.replace(/,\s+(?:in|by)\s+contrast,/i, '')
        .replace(/\s+(said|says|added|insisted|told\s+[\w.]+)(\s+(that\s+)?(it|they|he|she|we|(its|their)\s+[\w-]+)(\s+(had|has|have|was|were|is|are))?|\s+that)?$/i, '');
      // ("By then Ukraine's military had already (acknowledged …)", "In contrast, the army (said …)": the speaker, without
      // the time or the turn before it or the auxiliary after it. "How badly the refinery was damaged" is what is spoken of.)
      subject = subject.replace(/^(?:(?:later|earlier|meanwhile|then)(?:\s+(?:that|this)\s+(?:day|morning|evening|night|week))?|by\s+then|however|in\s+contrast|by\s+contrast|instead),?\s+/i, '')
        .replace(/\s+(?:has|have|had|was|were)(?:\s+(?:already|also|since|now|previously|earlier|not|never|yet|\p{Ll}+ly))*$/iu, '')
        // ("Moscow has consistently (denied …)", "Kyiv repeatedly (rejected …)": nor an adverb of manner after it.)
        .replace(/(?<=\S)\s+\p{Ll}+ly$/u, '');
      // ("The military said its aircraft hit a cell and that it (was looking into …)": the one who said it.)
      // ("Governor X said all the drones had been shot down and flatly (rejected reports …)": the one who said it.)
      const saidThen = /^(.*?)\s+(?:said|says|told\s+[\w.]+|added|stated)\b.*\band(?:\s+that\s+(?:it|they|he|she|we)|\s+\w+ly)$/i.exec(subject);
      if (saidThen) subject = saidThen[1];
      // ("The Israeli military declined to comment and a US official said Washington (had not carried out …)": the
      // speaker of the joined clause.)
      const joinedSpeaker = /\b(?:and|but)\s+((?:a|an|the)\s+[^,]{1,50}?)\s+(?:said|says|told\s+[\w.]+|added|stated)\b[^,]*$/i.exec(subject);
      if (joinedSpeaker) subject = joinedSpeaker[1];
      // ("Militants said they took the town, a claim the analysts consider exaggerated": who holds the view of the claim
      // named in apposition.)
      const holder = APPOSED_HOLDER.exec(subject);
      if (holder) subject = holder[1];
      // "X said …, but that it had seen no evidence": reported speech goes on; "it" is the sentence's speaker.
      // ("X said they shot down two helicopters, without providing evidence": the reporter's remark on X's claim.)
      if (/^without\b/i.test(best.cue)) subject = '';
      const goesOn = /^(?:(?:but|and)\s+)?that\s+(?:it|they|he|she|we)$/i.test(subject);
      if (goesOn) subject = '';
      const subjectWords = subject.split(/\s+/).filter(Boolean).length;
      // (What is spoken of is no speaker: "The Hamas-provided figures could not be verified", "Russia's claims were denied".)
      const by = subject && !/^(there(\s+(was|is|were|has|have))?|this|that|it|the|a|an)$/i.test(subject) && !/^(how|whether|what|why|when|where)\b/i.test(subject) && !SPOKEN_OF.test(subject) && !SPOKEN_OF_OPENING.test(subject) && subjectWords <= 16 && /\p{Lu}|\b(monitors?|military|army|ministry|officials?|police|governor|analysts|side|authorities|administration|council|prosecutors?|rebels|militants|insurgents|fighters|forces|troops|residents|witnesses|group|he|she|they|it)\b/u.test(subject)
        ? { name: subject, actor: reg.ref(reg.resolve(subject)) }
        : null;
      // "Ukraine's military made no acknowledgement …, but said … gripped by fighting": a later clause keeps the sentence's subject.
      // (Not an appositive on the claim, ", a claim that could not be verified": that is the reporter speaking.)
      const appositive = /^\s*((a|an|the)\s+)?([Cc]laim|[Aa]ssertion|[Ff]igure|[Aa]ccount|[Rr]eport|[Aa]llegation|[Aa]ccusation|[Tt]oll|[Ss]tatement|[Ii]nformation|[Dd]etail|[Nn]umber|[Vv]ersion)s?\s+(that\s|which\s|(the\s+)?[A-Z])/.test(clause);
      // (Nor a clause about "this" or "it": "…, though this could not be verified" is the reporter's too.)
      const pointing = /^(though\s+|but\s+|although\s+)?(this|that|it|which)$/i.test(subject);
      // (Only a clause with no subject of its own: in ", and the authenticity of the video could not be established" the
      // sentence's subject speaks of nothing.)
      const inherited = !by && ((a > 0 && !subject) || goesOn) && !appositive && !pointing ? out.find((o) => o.sentence === si && o.by)?.by ?? sentenceSubject(st) : null;
      // "Both sides confirmed the exchange": a cue that opens with who speaks names them.
      // (Whatever stands before it: "Russia and Ukraine swapped 205 prisoners each, both governments said".)
      const opening = BOTH_SIDES_CUE.exec(best.cue);
      const speaker = opening ? { name: opening[0], actor: null } : by ?? inherited;
      const asOfM = AS_OF.exec(clause);
      const asOf = asOfM ? resolveMonthDay(asOfM[1], doc.published) : null;
      // ("Casualty figures … in this blog come from the parties; journalists are barred, so we cannot verify them": a
      // clause that points back with "them" speaks of the accounts the sentence named before it.)
      // (So is one that opens with its verb: "Figures in this update are preliminary, …, and have not been verified".)
      const subjectless = !clause.slice(0, best.index).replace(/^[\s,;]*(and|but)?\s*/i, '').trim();
      const start = s.start + (a > 0 && (BACK_POINTER.test(clause) || subjectless) && WHOLE_DOCUMENT.test(st.slice(0, a)) ? 0 : a);
      out.push({ by: speaker, stance: best.stance, asOf, span: { start, end: s.start + b }, text: text.slice(start, s.start + b), sentence: si,
        cue: best.cue, claims: [] });
    }
  });
  return out;
}
