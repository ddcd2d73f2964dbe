import type { Document } from '../../document/types.js';
import { actorKey } from '../../resolve/actors.js';
import type { Claim, ClaimStatus, Verification } from '../types.js';
import { ARTICLE_LEVEL } from '../verification.js';
import { opposing } from '../../fuse/status.js';

/** Same speaker: same actor, else the same name once case and possessives are gone. */
export function sameClaimant(a: Claim, b: Claim): boolean {
  if (a.claimant.actor && b.claimant.actor) return a.claimant.actor.id === b.claimant.actor.id;
  const ka = actorKey(a.claimant.name);
  const kb = actorKey(b.claimant.name);
  return ka === kb || ka.endsWith(` ${kb}`) || kb.endsWith(` ${ka}`);
}

function sameParty(v: Verification, c: Claim): boolean {
  if (!v.by) return false;
  if (v.by.actor && c.claimant.actor) return v.by.actor.id === c.claimant.actor.id || v.by.actor.side === c.claimant.actor.side && v.by.actor.side !== 'neutral';
  const kv = actorKey(v.by.name);
  const kc = actorKey(c.claimant.name);
  return kv === kc || kc.includes(kv) || kv.includes(kc);
}

const CAPITALISED = /\b\p{Lu}[\p{L}’'-]{2,}/gu;
const COMMON_CAPS = new Set(['The', 'This', 'That', 'These', 'Those', 'Russian', 'Russia', 'Ukraine', 'Ukrainian', 'Russia’s', "Russia's", 'Ukraine’s', "Ukraine's", 'But', 'And', 'However', 'Independent', 'Moscow', 'Kyiv', 'Reuters', 'CNN', 'Israel', 'Israeli', 'Sudan', 'Sudanese', 'Gaza', 'Hamas', 'There', 'It',
  // Dates are not topics: "on June 10" and "a June 8 attack" speak of different things.
  'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December',
  'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']);

/**
 * Words that point back at a claim ("could not verify it", "denied the claim", "this report"). "That" only
 * with a noun: "dismissed a claim that two jets were destroyed" introduces content, it points at nothing.
 */
const POINTER = /\b(it|this|them)\b|\b(the|that|this|these|those)\s+(claims?|reports?|attacks?|strikes?|advances?|capture|statements?|assertions?|figures?|account)\b/i;

/** Proper names a statement and a claim share (places, units), the cheap proxy for "speaks of the same thing". */
export function topicWords(s: string): Set<string> {
  const out = new Set<string>();
  for (const m of s.matchAll(CAPITALISED)) {
    const w = m[0].replace(/[’']s$/, '');
    if (!COMMON_CAPS.has(m[0]) && !COMMON_CAPS.has(w)) out.add(w.toLowerCase());
  }
  return out;
}

/**
 * Links each verification statement to the claim(s) it speaks of, then derives each claim's status
 * as the document reports it. Order of evidence: the same sentence; claims sharing a proper name with
 * the statement; the claim just before. Article-level disclaimers ("could not independently verify the
 * reports") reach every claim of that claimant. Denials and confirmations need an explicit target and
 * come from another party; a dispute also marks the disputing claim.
 */
export function attachVerifications(doc: Document, claims: Claim[], statements: Verification[]): void {
  const claimText = claims.map((c) => doc.text.slice(c.content.start, c.content.end));
  const claimTopics = claimText.map(topicWords);

  statements.forEach((v, vi) => {
    const own = claims.filter((c) => c.sentence === v.sentence && v.by && sameParty(v, c));
    const others = (c: Claim) => !sameParty(v, c) && !own.includes(c);
    let targets: Claim[] = claims.filter((c) => c.sentence === v.sentence && others(c) && (c.quote.start <= v.span.start || v.stance === 'could-not-verify' || v.stance === 'not-corroborated'));
    const explicit = targets.length > 0 || ARTICLE_LEVEL.test(v.text) || POINTER.test(v.text);

    if (!targets.length) {
      const vt = topicWords(v.text);
      if (vt.size) {
        targets = claims.filter((c, i) => others(c) && c.sentence !== v.sentence && [...vt].some((w) => claimTopics[i].has(w)));
        // Prefer the ones before the statement; a statement rarely speaks of what comes later.
        const before = targets.filter((c) => c.sentence < v.sentence);
        if (before.length) targets = before;
      }
    }
    if (!targets.length && (v.stance === 'could-not-verify' || v.stance === 'not-corroborated' || explicit)) {
      // The claim just before (all claims of that sentence that another party made).
      const prev = claims.filter((c) => c.sentence < v.sentence && others(c));
      if (prev.length) {
        const lastSentence = prev[prev.length - 1].sentence;
        targets = prev.filter((c) => c.sentence === lastSentence);
      }
    }
    if ((v.stance === 'denies' || v.stance === 'confirms' || v.stance === 'disputes') && !explicit && targets.every((c) => c.sentence !== v.sentence)) {
      // Without a pointer ("the claim", a shared place) a denial or confirmation is the speaker's own claim, not a verdict on another.
      // …unless the other side of the war speaks right after the claim it answers.
      const vt = topicWords(v.text);
      targets = targets.filter((c) => [...vt].some((w) => claimTopics[claims.indexOf(c)].has(w)) || opposing(v.by?.actor?.side ?? null, c.claimant.actor?.side ?? null));
    }
    if (targets.length && ARTICLE_LEVEL.test(v.text) && (v.stance === 'could-not-verify' || v.stance === 'not-corroborated')) {
      const speakers = [...targets];
      for (const c of claims) if (!targets.includes(c) && speakers.some((t) => sameClaimant(t, c))) targets.push(c);
    }
    for (const c of targets) {
      const idx = claims.indexOf(c);
      if (!v.claims.includes(idx)) v.claims.push(idx);
      if (!c.verification.statements.includes(vi)) c.verification.statements.push(vi);
    }
    // The party that disputes is itself in dispute: "Ukraine said it was holding back enemy forces in Pobeda".
    if (v.stance === 'disputes' && targets.length) for (const c of own) if (!c.verification.statements.includes(vi)) c.verification.statements.push(vi);
  });

  for (const c of claims) c.verification.status = deriveStatus(c, statements);
}

/** The document-level status from the statements attached to a claim (and its own hedges). */
export function deriveStatus(c: Claim, statements: Verification[]): ClaimStatus {
  const stances = new Set(c.verification.statements.map((i) => statements[i].stance));
  if (stances.has('denies')) return stances.has('confirms') ? 'disputed' : 'denied';
  if (stances.has('disputes')) return 'disputed';
  if (stances.has('confirms')) return 'confirmed';
  if (stances.has('could-not-verify') || stances.has('not-corroborated')) return 'unverified';
  if (c.hedges.some((h) => /if confirmed|unconfirmed|unverified/.test(h))) return 'unverified';
  return 'unstated';
}
