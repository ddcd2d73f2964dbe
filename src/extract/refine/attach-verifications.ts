import type { Document } from '../../document/types.js';
import { BLOG_ENTRY_LINE } from '../../document/clean.js';
import { loadData } from '../../data.js';
import { actorKey, actors } from '../../resolve/actors.js';
import type { Claim, ClaimStatus, Verification } from '../types.js';
import { AHEAD_POINTER, ARTICLE_LEVEL, BATTLEFIELD_POINTER, BATTLEFIELD_TOPIC, SHARED_OUTCOME, THIS_REPORT, WHOLE_DOCUMENT, opposingOnlyCue,
  positionOnly, selfContainedCue } from '../verification.js';
import { opposing } from '../../fuse/status.js';
import { extractCasualties } from '../casualties.js';
import { demonymCode } from '../nationality-focus.js';
import { countryCodeOf } from '../../resolve/gazetteer/geo-data.js';
import { opposingClaims } from './opposing-claims.js';
import { bmp } from '../bmp.js';

/** Same speaker: same actor, else the same name once case and possessives are gone. */
export function sameClaimant(a: Claim, b: Claim): boolean {
  if (a.claimant.actor && b.claimant.actor) return a.claimant.actor.id === b.claimant.actor.id;
  const ka = actorKey(a.claimant.name);
  const kb = actorKey(b.claimant.name);
  // "the residents" after "residents in the town of Rutshuru": a group told again by its head noun.
  const again = (x: string, y: string) => !x.includes(' ') && y.startsWith(`${x} `);
  return ka === kb || ka.endsWith(` ${kb}`) || kb.endsWith(` ${ka}`) || again(ka, kb) || again(kb, ka);
}

function sameParty(v: Verification, c: Claim): boolean {
  if (!v.by) return false;
  // An outlet that could not verify a figure doubts it as a reporter, whatever its country: "The Kyiv Independent cannot
  // verify the figures reported by either side" reaches Ukraine's figures too.
  const reporter = v.by.actor?.type === 'media' && (v.stance === 'could-not-verify' || v.stance === 'not-corroborated');
  if (v.by.actor && c.claimant.actor) {
    return v.by.actor.id === c.claimant.actor.id || (!reporter && v.by.actor.side === c.claimant.actor.side && v.by.actor.side !== 'neutral');
  }
  const kv = actorKey(v.by.name);
  const kc = actorKey(c.claimant.name);
  // Whole words of one name inside the other ("the ministry" in "the defence ministry"); not letters ("AP" in "Zaporizhzhia").
  return kv === kc || ` ${kc} `.includes(` ${kv} `) || ` ${kv} `.includes(` ${kc} `);
}

const CAPITALISED = bmp(/\b\p{Lu}[\p{L}’'-]{2,}/gu);
const COMMON_CAPS = new Set(['The', 'This', 'That', 'These', 'Those', 'Oblast', 'Region', 'Province', 'Governorate', 'District', 'Russian', 'Russia', 'Ukraine', 'Ukrainian', 'Russia’s', "Russia's", 'Ukraine’s', "Ukraine's", 'But', 'And', 'However', 'Independent', 'Moscow', 'Kyiv', 'Reuters', 'CNN', 'Israel', 'Israeli', 'Sudan', 'Sudanese', 'Gaza', 'Hamas', 'There', 'It',
  // Dates are not topics: "on June 10" and "a June 8 attack" speak of different things.
  'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December',
  'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']);

/**
 * Words that point back at a claim ("could not verify it", "denied the claim", "this report", "described the Russian
 * report as propaganda", "denied the town had fallen": the place the claim just told). "That" only
 * with a noun: "dismissed a claim that two jets were destroyed" introduces content, it points at nothing.
 */
// ("called that a fabrication", "dismissed that as propaganda": "that" as the object of a verdict points back too.)
/** "his death", "her killing", "announced the death of": the fate of one person told before. */
const ONES_DEATH = /\b(his|her)\s+(death|killing)\b|\b(announced|acknowledged|mourned|eulogi[sz]ed|confirmed)\s+(the\s+)?(death|killing)\s+of\b/i;
/** A claim that one person was killed: "killed a senior commander", "had \"eliminated\" Tabatabai", "he was killed". */
const ONE_KILLED = new RegExp(String.raw`\b(?:kill|eliminat|assassinat)(?:ed|ing)["“”']?\s+["“”']?(?:(?:a|an|the|its|their|his)\s+(?:[\w'’-]+\s+){0,4}?`
  + String.raw`(?:commander|leader|chief|head|official|spokes\w+|general|founder|member|operative|militant|fighter|officer|deputy)\b|\p{Lu})`
  + String.raw`|\b(?:he|she)\s+(?:was|had\s+been)\s+killed\b`, 'u');

// ("Hezbollah confirmed his death": an outcome told of someone named before points back at the claim that told it.)
// ("Kyiv disputed that at the time": "that" standing alone as what is disputed, not opening what is said.)
// ("gave a different account": another account than the one just told.)
const POINTER = /\b(it|this|them)\b|\bno\s+such\b|\b(a|an)\s+((much|far|very|slightly|significantly|considerably)\s+)?(different|conflicting|contradictory|contrasting|differing|competing|lower|higher|smaller|larger|more\s+limited|narrower|more\s+modest|less\s+dramatic)\s+(account|version|picture|story|narrative|explanation|toll|figure)\b|\b(his|her|their)\s+(deaths?|killing|capture|release|return|detention|arrest)\b|\b(called|dismissed|described|branded|labell?ed|termed)\s+that\b|\b(disputed|denied|rejected|refuted|contested|questioned|confirmed|admitted|acknowledged|conceded)\s+that(?=\s*[,.;]|\s+(at|in|on|when|as|last|earlier|later|then|too)\b)|\b(same|identical|matching)\s+(account|version)\b|\b(the|that|this|these|those)\s+([\w'’-]+\s+)?(claims?|reports?|accusations?|allegations?|charges|attacks?|strikes?|advances?|capture|statements?|assertions?|figures?|numbers?|tolls?|accounts?|version|characteri[sz]ation|description|narrative|town|city|village|settlement|base|operation|raid|incursion)\b/i;

/** A pointer at a toll: "the death toll", "the casualty figures", "the number of dead". */
const TOLL_POINTER = /\b(the|that|this|these)\s+(death\s+toll|toll|casualty\s+(figures?|count|numbers?)|numbers?\s+of\s+(dead|deaths|casualties|victims))\b/i;
/** A pointer at the dead only: "the death toll", "the number of dead", "the deaths". */
const DEATH_POINTER = /\b(death\s+toll|numbers?\s+of\s+(dead|deaths)|the\s+deaths)\b/i;
// (An age is no count: "a 17-year-old girl was among those killed".)
const NOT_AN_AGE = String.raw`(?![-\s](?:year|month|week|day)s?[-\s]old)`;
const COUNT_DIGITS = new RegExp(String.raw`\b(\d[\d,]*)\b${NOT_AN_AGE}`, 'g');
const COUNT_WORD = String.raw`one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve`;
/** A count and a word of what befell those counted (`fates`), or an active verb of it (`verbs`) and whom it befell. */
const tollPattern = (fates: string, verbs: string) => new RegExp(
  String.raw`\b(\d+${NOT_AN_AGE}|${COUNT_WORD}|dozens?|hundreds?)\b[^.]{0,60}\b(${fates})\b`
  + String.raw`|\b(${verbs})\s+(at\s+least\s+)?(\d+|${COUNT_WORD}|dozens|hundreds|(an?|the)\s+([\w-]+\s+)?`
  + String.raw`(man|woman|boy|girl|child|driver|civilian|resident|soldier|person))\b`, 'i');
/** A claim that tells a toll: a count and a casualty word. */
const TOLL = tollPattern('killed|dead|deaths|died|wounded|injured|hurt|casualties', 'killed|killing|wounding|injuring');
/** A claim that tells a death toll: a count and a word of the dead. */
const DEATH_TOLL = tollPattern('killed|dead|deaths|died', 'killed|killing');

/** The counts a claim gives in digits ("12 people", "Of the 12 dead"), not ages or years. */
export function countsIn(t: string): string[] {
  return [...t.matchAll(COUNT_DIGITS)].map((m) => m[1].replace(/,/g, ''))
    .filter((n) => !(n.length === 4 && n.startsWith('20')));
}

/** Words common to any denial, which say nothing of what is denied. */
const DENIAL_WORDS = new Set(['denied', 'denies', 'denying', 'rejected', 'rejects', 'dismissed', 'claims', 'claimed', 'saying',
  'which', 'their', 'there', 'would', 'could', 'about', 'after', 'before', 'other', 'these', 'those', 'statement', 'spokesman',
  'spokesperson', 'ministry', 'military', 'forces', 'official', 'officials', 'government', 'since', 'while', 'being']);
/** The words of five letters or more that say what a statement is about ("denied that civilians had been hit": civilians). */
// (Singular and plural are one word: "civilian casualties" and "killing nine civilians".)
const substance = (text: string) => (text.toLowerCase().match(/\b[a-z]{5,}\b/g) ?? []).filter((w) => !DENIAL_WORDS.has(w))
  .map((w) => w.replace(/(?<=[^s])s$/, ''));

/** A pointer at one claim opening the statement: "The claim could not be verified", "This account could not be confirmed". */
// ("The BBC has not been able to verify the claim": the pointer as the object of the verb too, unless words after it
// say which claim, "the claim by the ministry", "the claim that …".)
const SINGULAR_POINTER = new RegExp(String.raw`^\s*(the|this|that)\s+(claim|report|account|assertion|figure|statement)\b`
  + String.raw`|\b(verify|confirm|corroborate|substantiate)\s+(the|this|that)\s+(claim|report|account|assertion|figure|statement)\b`
  + String.raw`(?!\s+(by|of|from|that|about|made|in|on)\b)`, 'i');

/** A sentence that opens by turning to another story: "Meanwhile in X,", "Separately,", "Elsewhere,". */
const TOPIC_SHIFT = /^\W*(meanwhile|separately|elsewhere|in\s+(a\s+)?separate\s+(incident|development|attack)s?|in\s+other\s+(news|developments))\b/i;

/** A pointer at one claim, not at a speaker's whole account ("the report"): "the claim", "this figure". */
const ONE_CLAIM = /\b(the|this|that)\s+(claim|assertion|figure)\b(?!\s+(by|of|from|made)\b)/i;

/** A pointer at several claims: "the (battlefield) reports", "these claims", "them", "either side's accounts", "either account". */
// ("could not confirm the situation on the ground": the accounts of the fighting told before it.)
const PLURAL_POINTER = /\b(the|these|those|such|both)\s+([\w-]+\s+)?(reports|claims|accounts|figures|tolls|statements|assertions|versions)\b|\bthem\b|\b(n?either)\s+(side|party|account|version|claim|report|figure|toll|number|estimate|statement)|\bboth\s+sides\b|\bsituation\s+on\s+the\s+ground\b/i;
/** "Neither account", "either side's version", "neither claim": the two sides' accounts, which narrative may part. */
const TWO_ACCOUNTS = /\b(n?either|both)\s+((?:side|party)['’]s\s+)?((?:battlefield|front-?line|casualty|official)\s+)?(accounts?|versions?|sides?|claims?|reports?|figures?|tolls?|numbers?|estimates?|statements?)\b/i;
/** A pointer at figures ("neither figure", "these figures", "the numbers"): of the accounts, those that give a number. */
const FIGURE_POINTER = /\b(figures?|tolls?|numbers|counts)\b/i;
/** A number in an account: digits or a number word up to twelve, not "the two sides" or "one of them". */
// ("wounding five": a number word may end the clause; 'nine "apostates"': a quoted noun may follow it.)
const HAS_NUMBER = /\b\d[\d,.]*\b|\b(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens?|hundreds?)(\s+["“‘']?(?!sides?\b|parties\b|countries\b|of\s+(the|them|these|those)\b)\w|\s*[,.;:]|\s*$)/i;
/** A claim named by its owner: "Moscow's claim of full control", "the army's account". */
// ("the Russian claim could not be confirmed": an owner named by its adjective, after "the", owns the claim too.)
const OWNED_NOUNS = String.raw`(?:claims?|assertions?|accounts?|version|statements?|descriptions?|characteri[sz]ations?|narratives?)\b`;
// ("the Israeli military's description": a name, then words of its head.)
const OWNED_CLAIM = new RegExp(String.raw`\b(\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+){0,3}(?:\s+(?!the\b|an?\b)\p{Ll}[\p{L}-]+){0,2})['’]s\s+(?:[\w-]+\s+)?`
  + OWNED_NOUNS
  + String.raw`|\b[Tt]he\s+(\p{Lu}[\p{L}-]+)\s+` + OWNED_NOUNS
  // ("the Houthi-reported casualties", "Hamas-provided figures": a count owned by the party that gave it.)
  + String.raw`|\b(\p{Lu}[\p{L}]+)-(?:reported|provided|supplied|released|given|issued)\s+(?:[\w-]+\s+)?`
  + String.raw`(?:casualties|figures?|tolls?|numbers?|counts?|data|${OWNED_NOUNS})`, 'u');
/** A shared outcome named as one already told: "the exchange", "the deal", "this release". */
const THE_OUTCOME = /\b(the|this|that)\s+(?:[\w-]+\s+)?(exchange|swap|deal|agreement|release|handover|ceasefire|truce|repatriation)\b/i;
/** An owned count rather than an owned account: "the Houthi-reported casualties", "Hamas's figures". */
const TOLL_OWNED = /\b(?:casualties|figures?|tolls?|numbers?|counts?|data)$/i;
/** "the network's statement", "the group's account": a claim owned by a speaker named again by its head noun. */
const HEAD_OWNED = new RegExp(String.raw`\b[Tt]he\s+(\p{Ll}[\p{L}-]+)['’]s\s+(?:[\w-]+\s+)?` + OWNED_NOUNS, 'u');
/** Whom a statement was told to: "told Reuters", "in an email to The Associated Press". */
const TOLD_TO = /\b(?:to|told)\s+(?:the\s+)?\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)*/gu;
/** A disclaimer about the warring parties' claims: "either side", "both sides". */
const EITHER_SIDE = /\b(either|both)\s+(side|sides|party|parties)\b/i;
/** A place named by its kind, as a retelling names the place its account told just before: "liberated the village". */
const RETELLING = /\b(the|this|that)\s+(village|town|city|settlement|hamlet|base|plant|refinery|airfield|depot)\b/i;
/** Words of ground taken: "captured", "regained control", "entered", "liberated". */
const GROUND = new RegExp(loadData<{ territory: string }>('lexicon/cross-claims.json').territory, 'i');
/** A place named only by its kind, as a lead tells it before the detail: "a strategic town", "two villages". */
const A_PLACE_BY_KIND = new RegExp(String.raw`\b(a|an|two|three|several)\s+([\w-]+\s+)?`
  + String.raw`(village|town|city|settlement|hamlet|base|airfield|villages|towns|settlements)\b`, 'i');
/** A denial of accounts in the plural: "called the reports false", "rejected the accusations", "dismissed these claims". */
const PLURAL_ANSWERED = /\b(the|these|those|such|both)\s+([\w-]+\s+)?(reports|claims|accounts|accusations|allegations|figures|tolls)\b/i;
/** An operation named as one already told: "the operation", "the raid", "this incursion". */
const THE_OPERATION = /\b(the|this|that)\s+(operation|raid|incursion|strikes?|attack|killing|arrests?)\b/i;
/** How far back a verdict on reports in the plural, or on an operation told, reaches. */
const PLURAL_DENIAL_REACH = 3;
/** How many sentences after a disclaimer on both sides' battlefield reports an answer may come and be one of them. */
const ANSWER_AFTER = 4;
/** A disclaimer about the tolls only: "the casualty figures", "death tolls". */
// ("Casualty and displacement figures in this update": the tolls and the numbers displaced.)
const CASUALTY_FIGURES = /\b(casualty|death)(\s+and\s+displacement)?\s+(figures?|numbers?|tolls?|counts?)\b|\btolls\b/i;
/** A count named as a toll or a figure: "a lower toll", "yet another figure", "the death toll". */
const TOLL_NAMED = /\b(toll|figure|death\s+count|casualty\s+count)\b/i;
/** A disclaimer that names two things it could not check: "the footage or the death toll". */
const BOTH_NAMED = /\b(footage|videos?|images|photos|photographs|toll|figures?|claims?|reports?)\s+(or|and|nor)\s+(the\s+)?([\w-]+\s+)?(footage|videos?|images|photos|photographs|toll|figures?|claims?|reports?)\b/i;
/** Pictures an account shows: footage, videos, images. */
const FOOTAGE = /\b(footage|videos?|images|photos|photographs)\b/i;
/** A disclaimer on what attacks cost: "claims about casualties or damage", "reports of losses". */
const ABOUT_HARM = /\b(about|on|of|over|regarding|concerning)\s+(the\s+)?(casualties|deaths|tolls?|damage|losses)\b/i;
/** An account of harm done: damage, destruction, fire, a power cut, the dead or wounded. */
const HARM = new RegExp(String.raw`\b(damag\w*|destr\w*|fires?|blaze|burn\w*|collaps\w*|power\s+(cuts?|outages?)|electricity|outages?|`
  + String.raw`killed|dead|died|wounded|injured|bodies)\b`, 'i');
/** A count of people displaced: "2,100 families have been displaced". */
const DISPLACED = /\b(displaced|fled|uprooted)\b/i;
/** The same figure given again: "gave the same number", "identical figures". */
const SAME_FIGURE = /\b(same|identical|matching)\s+(figures?|numbers?|tolls?|counts?|totals?)\b/i;
/** Where a speaker's own counter-account begins after a verdict: ", saying …", ", insisting …". */
const COUNTER_ACCOUNT = /,\s+(?:saying|insisting|adding|arguing|countering|calling)\b/i;
/** Tolls and other accounts named together: "casualty figures and battlefield claims", "claims and figures". */
const TOLLS_AND_CLAIMS = /\b(figures?|tolls?|numbers?)\s+and\s+([\w-]+\s+)?(claims|accounts|reports)\b|\b(claims|accounts|reports)\s+and\s+([\w-]+\s+)?(figures|tolls)\b/i;
/** A party left out of a disclaimer: "except those attributed to OHCHR", "other than the UN's". */
const EXCEPT = /\b(?:except(?:\s+for)?|other\s+than|apart\s+from|excluding|save\s+for)\s+(?:(?:those|the\s+ones|figures|numbers)\s+(?:attributed\s+to|from|of|by|given\s+by|provided\s+by)\s+)?(?:the\s+)?([^,;.]{2,60})/i;
/** The capitalised words of a name, to tell whether two names share one ("OHCHR" in "the OHCHR report"). */
const nameWords = (s: string): string[] => s.match(/\p{Lu}[\p{L}\p{N}'’-]*/gu)?.map((w) => w.toLowerCase()) ?? [];
/** A party that has not answered a claim: "has not commented on that claim", "declined to comment". */
const NOT_ANSWERED = /\b(has|have|had|did)\s+not\s+(yet\s+)?(commented|responded|replied)\b|\bdeclined\s+to\s+comment\b|\bno\s+(immediate\s+)?comment\b|\b(did|does|has|have)\s+not\s+(mention|say|specify|give|provide|address)\b|\b(made|gave|offered)\s+no\s+(mention|(further\s+)?details)\b/i;
/** A pointer at a claim that blames someone: "the accusation", "these allegations", "the charges". */
const ACCUSATION = /\b(accusations?|allegations?|charges)\b/i;
/** How many sentences back "the account" of what a party did may have been told (a story's lead, a witness between). */
const ACCOUNT_REACH = 10;
/** An account named as such ("rejected the account", "dismissed the reports"): of what the one who rejects it did. */
const ACCOUNT_OF = /\b(the|that|this|these|those)\s+(accounts?|reports?|version)\b/i;
/** How many sentences back a plural pointer reaches. */
const PLURAL_REACH = 6;

/** "denied targeting the camp", "denies shelling the market", "denied firing at the peacekeepers": the thing its own
 * action is denied against. */
/** A standing denial in the present: "denies backing", "deny arming" (the gerund, 5 letters or more before "ing"). */
const STANDING_DENIAL = /\bden(?:y|ies)\s+([a-z]{4,}ing)\b/i;
const DENIED_DOING = /\bden(?:y|ies|ied|ying)\s+(?:\w+ing)\s+(?:(?:at|on|into|upon)\s+)?(?:(?:the|a|any)\s+)?(?:[\w-]+\s+)?([a-z]{4,})\b/i;
/** A denial of a kind of act and the words of an account of that kind (verification.json deniedActs). */
const DENIED_ACTS = loadData<{ deniedActs: { denied: string; told: string }[] }>('lexicon/verification.json').deniedActs
  .map((a) => ({
    denied: new RegExp(String.raw`\bden(?:y|ies|ied|ying)\s+(?:(?:involvement|any\s+role|a\s+role)\s+in\s+)?(?:any\s+)?${a.denied}`, 'i'),
    told: new RegExp(a.told, 'i'),
  }));
/** How far back a denial of doing something looks for the claim that told it. */
const NEAR_SENTENCES = 6;
/** A place named by its kind: "the town", "the village", "the settlement". */
const PLACE_BY_KIND = /\b(the|this|that)\s+(town|village|city|settlement|base|district|hamlet)\b/i;
/** Words of ground lost, taken or held, in a verdict: "had been lost", "had fallen", "under Russian control". */
const GROUND_VERDICT = new RegExp(String.raw`\b(lost|fallen|fell|captured|taken|seized|overrun|liberated`
  + String.raw`|under\s+([\w'’-]+\s+){0,2}control|in\s+([\w'’-]+\s+){0,2}hands)\b`, 'i');
/** A claim of ground taken: "had taken full control of the town of Sudzha", "has been cleared of Russian troops". */
const GROUND_TAKEN = /\b(captur\w*|seiz\w*|took|taken|control|liberat\w*|cleared\s+of|overr[au]n|fell\s+to|fallen)\b/i;
/** How far back a verdict on ground named by its kind looks for the claim of it. */
const GROUND_REACH = 10;

/** How far back "the death toll" reaches: the story's toll is told in its lead, its parts just after. */
const TOLL_REACH = 12;
/** A struck thing named in a disclaimer ("how badly the refinery was damaged"): see the claim-just-before rule. */
const TARGET_NOUN = new RegExp(loadData<{ targetNouns: string }>('lexicon/verification.json').targetNouns, 'i');

/** An actor's name and aliases as whole words, as written, to find where a claim names it. */
const namedInMemo = new Map<string, RegExp | null>();
function namedIn(id: string): RegExp | null {
  let re = namedInMemo.get(id);
  if (re !== undefined) return re;
  const a = actors().byId.get(id);
  const names = a ? [a.name, ...a.aliases].filter((n) => n.length >= 3) : [];
  const esc = (n: string) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  re = names.length ? new RegExp(`\\b(${names.map(esc).join('|')})\\b`, 'u') : null;
  namedInMemo.set(id, re);
  return re;
}

/**
 * Whether a text names a party: by its registry names, or, for a government or its forces, by its country or people
 * ("Rwandan soldiers", "in Russian captivity" name Kigali and Moscow as the doers).
 */
function namesParty(text: string, id: string): boolean {
  if (namedIn(id)?.test(text)) return true;
  const country = actors().byId.get(id)?.country;
  if (!country) return false;
  for (const m of text.matchAll(/\b\p{Lu}\p{Ll}{3,}\b/gu)) {
    const w = m[0];
    if (demonymCode(w.toLowerCase()) === country || countryCodeOf(w) === country) return true;
  }
  return false;
}

/** "about the situation in Huliaipole", "from the aid site in Khan Younis": where a disclaimer's accounts are from. */
const ABOUT_WHERE = new RegExp(String.raw`\b(?:about|regarding|concerning|of|from|on|in|at|over)\s+(?:the\s+)?`
  + String.raw`(?:[a-z-]+\s+){0,3}?(?:(?:in|at|on|around|near|over|for|of)\s+)?`
  + String.raw`(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,2})`, 'u');

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
 * reports") reach every claim of that claimant; whole-document ones ("every figure", "either side's claims"),
 * every claim the parties made before them. Denials and confirmations need an explicit target and
 * come from another party; a dispute also marks the disputing claim.
 */
export function attachVerifications(doc: Document, claims: Claim[], statements: Verification[]): void {
  const denials = claims.filter((c) => c.rule === 'denial');
  if (!denials.length) { attachToAccounts(doc, claims, statements); return; }
  // A bare denial ("The navy dismissed the report as fake") tells no account of its own for a later statement to
  // verify or deny: only what its own sentence says speaks of it (its own denial marks it disputed, as a dispute marks
  // the disputing claim). The accounts are read without it; their statements' claim indexes are then the document's.
  const accounts = claims.filter((c) => c.rule !== 'denial');
  attachToAccounts(doc, accounts, statements);
  const index = new Map(claims.map((c, i) => [c, i]));
  for (const v of statements) v.claims = v.claims.map((i) => index.get(accounts[i])!);
  for (const c of denials) {
    statements.forEach((v, vi) => {
      if (v.sentence !== c.sentence) return;
      v.claims.push(index.get(c)!);
      c.verification.statements.push(vi);
    });
    c.verification.status = deriveStatus(c, statements);
  }
}

function attachToAccounts(doc: Document, claims: Claim[], statements: Verification[]): void {
  const claimText = claims.map((c) => doc.text.slice(c.content.start, c.content.end));
  const claimTopics = claimText.map(topicWords);
  // Indexes by identity, not indexOf/includes scans: a degenerate document (a paragraph repeated into
  // thousands of claims and statements) made those scans cubic — 10 s for one fuzzed feed item.
  const indexOf = new Map(claims.map((c, i) => [c, i]));
  const inSentence = new Map<number, Claim[]>();
  for (const c of claims) { const l = inSentence.get(c.sentence); if (l) l.push(c); else inSentence.set(c.sentence, [c]); }
  /** Sentences that answer a claim (a denial, a dispute): a plural disclaimer's run of accounts goes on past them. */
  const answers = new Set(statements.filter((v) => v.stance === 'denies' || v.stance === 'disputes').map((v) => v.sentence));
  // (So is one that says a party has not answered: "The Russian authorities have not commented on that claim." Read
  // only when a run reaches it: most documents have no plural disclaimer.)
  const answered = (si: number) => answers.has(si) || NOT_ANSWERED.test(doc.text.slice(doc.sentences[si].start, doc.sentences[si].end));

  statements.forEach((v, vi) => {
    const here = inSentence.get(v.sentence) ?? [];
    // "Kyiv and Moscow blamed each other for the damage": the dispute is the sentence's own claim, nothing before it.
    if (selfContainedCue(v.cue)) {
      for (const c of here) { v.claims.push(indexOf.get(c)!); c.verification.statements.push(vi); }
      return;
    }
    const own = here.filter((c) => spokenBy(v, c));
    // (A statement inside what a claimant is reported to say is that claimant's: its speaker, for every claim.)
    if (!v.by && own.length) v.by = { name: own[0].claimant.name, actor: own[0].claimant.actor };
    const others = (c: Claim) => !sameParty(v, c) && !own.includes(c);
    /** Told a few sentences before the statement (where a verdict's target is looked for). */
    const nearBefore = (c: Claim) => c.sentence < v.sentence && v.sentence - c.sentence <= NEAR_SENTENCES;
    // (Not a speaker in a clause after it: "A confirmed the deal, while B said the group would free 50" is B's own.)
    let targets: Claim[] = here.filter((c) => others(c) && c.claimant.span.start < v.span.end
      && (c.quote.start <= v.span.start || v.stance === 'could-not-verify' || v.stance === 'not-corroborated'));
    let explicit = targets.length > 0 || ARTICLE_LEVEL.test(v.text) || POINTER.test(v.text) || SAME_FIGURE.test(v.text);
    // (Set when a confirmation tells the very outcome of the claim it answers: the same figure, "his death".)
    let sameOutcome = false;

    // "Russia's claim about Kupiansk was a lie": a claim named by its owner is what that owner's side told before about
    // the names the statement gives; when it names none ("Moscow's claim of full control"), the one that shares the most
    // words of substance with it (the first, the story's lead, on a tie).
    const owned = OWNED_CLAIM.exec(v.text);
    const owner = owned ? owned[1] ?? owned[2] ?? owned[3] : '';
    const ownerSide = owned ? actors().resolve(owner)?.side : undefined;
    // ("the Palestinian account": a nationality no one actor stands for owns the claims of its country's sides, whose
    // names begin with the country's code: PS-PA, PS-Hamas.)
    const ownerCountry = owned && !ownerSide ? demonymCode(owner.toLowerCase()) : null;
    const ownedBy = (c: Claim) => {
      const side = c.claimant.actor?.side;
      return ownerSide ? side === ownerSide : !!side && side.split('-')[0] === ownerCountry;
    };
    // (A named owner none of whose accounts the document told before: the account is one the document does not carry,
    // and nothing else told is what it speaks of.)
    let notCarried = false;
    if ((ownerSide && ownerSide !== 'neutral') || ownerCountry) {
      let theirs = claims.filter((c) => c.content.start < v.span.start && ownedBy(c) && others(c));
      // ("KHARKIV - Ukraine's military rejected Moscow's assertion that its troops had taken Kupiansk. … General
      // Gerasimov told Putin …": a lead that answers an account the story tells after it, by the names they share.)
      const ahead = !theirs.length;
      if (ahead) {
        theirs = claims.filter((c) => c.sentence > v.sentence && c.sentence - v.sentence <= NEAR_SENTENCES && ownedBy(c) && others(c));
      }
      notCarried = !theirs.length;
      // ("the Houthi-reported casualties": of theirs, the ones that count casualties.)
      if (TOLL_OWNED.test(owned![0])) {
        const counting = theirs.filter((c) => {
          const k = extractCasualties(claimText[indexOf.get(c)!]);
          return !!(k.killed || k.injured);
        });
        if (counting.length) theirs = counting;
      }
      // (Whom it was told to, "in an email to The Associated Press", is not what it speaks of.)
      // (Nor what the speaker goes on to say after a comma, "rejected the Houthi claim, saying the ship was sailing to
      // Jeddah": that is its own account, not the claim's.)
      const phrase = v.text.slice(owned!.index + owned![0].length).split(/[,;:]/, 1)[0];
      const names = [...topicWords(phrase.replace(TOLD_TO, ' '))];
      const about = theirs.filter((c) => names.some((w) => claimTopics[indexOf.get(c)!].has(w)));
      // (A claim about names none of theirs tells is one the document does not carry: "disputed Moscow's assertion from
      // Sunday that units had entered Dnipropetrovsk region" in a story about another village.)
      if (about.length) { targets = about; explicit = true; } else if (ahead) notCarried = true;
      else if (theirs.length && !names.length) {
        // (The owner's own name is no word of what was claimed.)
        const ownerWords = substance(owner);
        const words = substance(v.text).filter((w) => !ownerWords.includes(w));
        const shared = (c: Claim) => { const own = substance(claimText[indexOf.get(c)!]); return words.filter((w) => own.includes(w)).length; };
        const most = Math.max(...theirs.map(shared));
        // (Sharing nothing, "rejected the Palestinian account, calling it a fabrication": the account of theirs told
        // last, with the rest of its paragraph.)
        const last = theirs[theirs.length - 1];
        const para = (c: Claim) => doc.sentences[c.sentence].paragraph;
        targets = most ? [theirs.find((c) => shared(c) === most)!] : theirs.filter((c) => para(c) === para(last));
        explicit = true;
      }
    }
    // "The Sudan Doctors Network said … The RSF dismissed the network's statement": a speaker named again by its head
    // noun owns the claims it told (the last such speaker before the statement).
    const byHead = !owned ? HEAD_OWNED.exec(v.text) : null;
    if (byHead) {
      const head = new RegExp(`\\b${byHead[1]}$`, 'i');
      const told = claims.filter((c) => c.content.start < v.span.start && others(c) && head.test(c.claimant.name));
      const last = told[told.length - 1];
      if (last) { targets = told.filter((c) => sameClaimant(c, last)); explicit = true; }
    }
    // "The army said its aircraft struck RSF gatherings. The claim could not be verified, as networks in most of Gezira
    // are down": a disclaimer that points at one claim speaks of the claim just before, whatever names it shares.
    if (!targets.length && (v.stance === 'could-not-verify' || v.stance === 'not-corroborated') && SINGULAR_POINTER.test(v.text)) {
      targets = (inSentence.get(v.sentence - 1) ?? []).filter(others);
    }
    // "The handover took place at the border, Russia's defence ministry said. Zelensky confirmed the exchange": a
    // confirmation of an exchange, a deal or a release named with "the" speaks of the last account of one before it.
    if (!targets.length && v.stance === 'confirms' && THE_OUTCOME.test(v.text)) {
      const told = claims.filter((c, i) => nearBefore(c) && others(c) && SHARED_OUTCOME.test(claimText[i]));
      const last = told[told.length - 1];
      if (last) { targets = told.filter((c) => c.sentence === last.sentence); explicit = true; }
    }
    // "Pro-war bloggers acknowledged that the town had been lost", "DeepState said the village had been under Russian
    // control since the summer": a verdict on ground taken, naming the place only by its kind, speaks of the accounts of
    // the last place claimed taken before it (a claim of ground names the place; the verdict calls it "the town").
    if (!targets.length && (v.stance === 'confirms' || v.stance === 'denies' || v.stance === 'disputes')
      && PLACE_BY_KIND.test(v.text) && GROUND_VERDICT.test(v.text)) {
      const told = claims.filter((c, i) => c.content.start < v.span.start && v.sentence - c.sentence <= GROUND_REACH
        && others(c) && GROUND_TAKEN.test(claimText[i]));
      const last = told[told.length - 1];
      // (Its other accounts: those that name a proper name with it, "Sudzha".)
      const names = (c: Claim) => claimTopics[indexOf.get(c)!];
      if (last) {
        targets = told.filter((c) => c.sentence === last.sentence || [...names(c)].some((w) => names(last).has(w)));
        explicit = true;
      }
    }
    if (!targets.length) {
      // The speaker's own name is not what the statement is about: "The RSF denied targeting the camp" speaks of the camp.
      // (Nor its own account after "saying": "rejected that account, saying its fighters are still in Lascahobas".)
      const vt = topicWords(v.text.split(COUNTER_ACCOUNT, 1)[0]);
      for (const w of topicWords(v.by?.name ?? '')) vt.delete(w);
      if (vt.size) {
        const words = [...vt]; // spread once, not once per claim (that garbage was most of a degenerate document's time)
        targets = claims.filter((c, i) => others(c) && c.sentence !== v.sentence && words.some((w) => claimTopics[i].has(w)));
        // Prefer the ones before the statement; a statement rarely speaks of what comes later, and one that points back
        // ("none of these accounts") never does.
        // (One told later is at most a few sentences on: a name shared with the story's close is no link.)
        const before = targets.filter((c) => c.sentence < v.sentence);
        if (before.length || PLURAL_POINTER.test(v.text)) targets = before;
        else targets = targets.filter((c) => c.sentence - v.sentence <= NEAR_SENTENCES);
        // And those that share the most names with it: footage "across the Donetsk–Dnipropetrovsk boundary, near
        // Dachne in Dnipropetrovsk Oblast" speaks of the Dnipropetrovsk claim, not of one that only names Donetsk.
        const shared = (c: Claim) => words.filter((w) => claimTopics[indexOf.get(c)!].has(w)).length;
        const most = Math.max(0, ...targets.map(shared));
        if (most > 1) targets = targets.filter((c) => shared(c) === most);
        // And, of those, the ones in its own paragraph (a list item's evidence and the claim it backs).
        const para = doc.sentences[v.sentence].paragraph;
        const near = targets.filter((c) => doc.sentences[c.sentence].paragraph === para);
        if (near.length) targets = near;
      }
    }
    // "The RSF denied targeting the camp": a denial of what it did names the thing hit; the last claim before it, from
    // another party, that names that thing is the one denied.
    if (!targets.length && v.stance === 'denies') {
      const hit = DENIED_DOING.exec(v.text);
      if (hit) {
        const thing = new RegExp(`\\b${hit[1]}\\b`, 'i');
        const told = claims.filter((c, i) => nearBefore(c) && others(c) && thing.test(claimText[i]));
        if (told.length) { targets = told.filter((c) => c.sentence === told[told.length - 1].sentence); explicit = true; }
      }
    }
    // "The PDF said the strike killed 11 civilians. The junta denied that civilians had been hit": the other side of the
    // war denying, a few sentences on, what its claims just told (a word of substance in common) answers them.
    const side = v.by?.actor?.side ?? null;
    if (!targets.length && !explicit && v.stance === 'denies' && side) {
      const speaker = substance(v.by?.name ?? '');
      const words = substance(v.text).filter((w) => !speaker.includes(w));
      targets = claims.filter((c, i) => nearBefore(c)
        && opposing(side, c.claimant.actor?.side ?? null) && substance(claimText[i]).some((w) => words.includes(w)));
      if (targets.length) explicit = true;
    }
    // "Fighters of the RSF killed 47 people, a monitor said. … The RSF denied targeting civilians": the accused denying,
    // with nothing else to point at, answers the last claim before it that names the accused.
    // ("The RSF rejected the accusation": an accusation is the claim that names whom it accuses, not merely the last one
    // told; "rejected the claim" is the last one told.)
    // ("Rwandan soldiers have fought alongside the M23. Rwanda denies arming the group": its people name it too.)
    // (Of a kind of act the lexicon knows, only an account of that kind: "Russian shelling hit a school" is no account of
    // the mistreatment of prisoners Moscow denies.)
    const accused = !targets.length && (!explicit || ACCUSATION.test(v.text)) && v.stance === 'denies' && v.by?.actor
      ? v.by.actor.id : null;
    const deniedKind = accused ? DENIED_ACTS.find((x) => x.denied.test(v.text)) : undefined;
    if (accused) {
      const names = (t: string) => !!namedIn(accused)?.test(t)
        || (namesParty(t, accused) && (!deniedKind || deniedKind.told.test(t)));
      const told = claims.filter((c, i) => nearBefore(c) && others(c) && names(claimText[i]));
      if (told.length) { targets = told.filter((c) => c.sentence === told[told.length - 1].sentence); explicit = true; }
    }
    // "A missile strike on Kharkiv killed seven, the governor said. Moscow denied targeting civilians": a party of the
    // war denying a kind of act answers the last account of such an act told before it by anyone not of its side,
    // though the account names neither the denier nor what it denies.
    const act = !targets.length && !explicit && v.stance === 'denies' && side && side !== 'neutral'
      ? DENIED_ACTS.find((a) => a.denied.test(v.text)) : undefined;
    if (act) {
      const told = claims.filter((c, i) => nearBefore(c) && others(c)
        && (c.claimant.actor?.side ?? null) !== side && act.told.test(claimText[i]));
      if (told.length) { targets = told.filter((c) => c.sentence === told[told.length - 1].sentence); explicit = true; }
    }
    // "Ukraine and Russia exchanged 150 prisoners each, Kyiv said. … Russia's defence ministry confirmed that 150
    // servicemen had been returned": a verdict that gives the figure another party gave a few sentences before speaks of
    // that claim.
    if (!targets.length && !explicit && (v.stance === 'confirms' || v.stance === 'denies' || v.stance === 'disputes')) {
      const figures = countsIn(v.text).filter((n) => n.length > 1 || Number(n) > 2);
      const told = figures.length ? claims.filter((c, i) => nearBefore(c)
        && others(c) && countsIn(claimText[i]).some((n) => figures.includes(n))) : [];
      if (told.length) { targets = told; explicit = true; sameOutcome = true; }
    }
    if (!targets.length && (v.stance === 'could-not-verify' || v.stance === 'not-corroborated' || explicit)) {
      // The claim just before (all claims of that sentence that another party made); for "his death", the last one that
      // told of one person killed ("killed a senior Hezbollah commander"), past a toll told between.
      const one = ONES_DEATH.test(v.text);
      sameOutcome ||= one;
      // ("gave the same number": of the claims before, those that give one; "gave a lower toll", "offered yet another
      // figure": those that give a toll.)
      const sameFigure = SAME_FIGURE.test(v.text);
      const ofToll = !sameFigure && !one && TOLL_NAMED.test(v.text);
      // (The same figure given by the other side is the same outcome told twice: both accounts are borne out.)
      sameOutcome ||= sameFigure && v.stance === 'confirms';
      // (Not past a section heading: "Economy" opens other news.)
      let prev = claims.filter((c, i) => c.sentence < v.sentence && others(c) && !headingBetween(doc, c.sentence, v.sentence)
        && (!one || ONE_KILLED.test(claimText[i]))
        && (!sameFigure || countsIn(claimText[i]).length > 0));
      // (Of those, the ones that give a toll, when any does.)
      const tells = (c: Claim) => TOLL.test(claimText[indexOf.get(c)!]);
      if (ofToll && prev.some(tells)) prev = prev.filter(tells);
      // ("The Ukrainian staff said its drones struck the refinery. The governor spoke of an attack on an enterprise. How
      // badly the refinery was damaged could not be established": a disclaimer that names a target speaks of the last
      // account that names it, when the one just before does not.)
      const target = (v.stance === 'could-not-verify' || v.stance === 'not-corroborated') ? TARGET_NOUN.exec(v.text)?.[0] : undefined;
      const naming = target ? new RegExp(`\\b${target.toLowerCase().replace(/s$/, '')}`, 'i') : null;
      const named = naming && prev.length && !naming.test(claimText[indexOf.get(prev[prev.length - 1])!])
        ? prev.filter((c) => v.sentence - c.sentence <= NEAR_SENTENCES && naming.test(claimText[indexOf.get(c)!])).pop() : undefined;
      if (named) targets = prev.filter((c) => c.sentence === named.sentence);
      else if (prev.length) {
        const lastSentence = prev[prev.length - 1].sentence;
        targets = prev.filter((c) => c.sentence === lastSentence);
      }
    }
    // "Al-Masirah aired footage of rescuers … The AP could not verify the footage or the death toll": a disclaimer that
    // names two things speaks of the account of each: the last one that shows footage, and every recent account that
    // counts the dead (the toll and its parts, "35 killed in Sanaa", "the other 11 died in al-Hazm").
    if (!ARTICLE_LEVEL.test(v.text) && (v.stance === 'could-not-verify' || v.stance === 'not-corroborated') && BOTH_NAMED.test(v.text)) {
      const recent = (c: Claim, reach = NEAR_SENTENCES) => c.sentence <= v.sentence && v.sentence - c.sentence <= reach
        && others(c) && !headingBetween(doc, c.sentence, v.sentence);
      const shown = FOOTAGE.test(v.text)
        ? claims.filter((c, i) => recent(c) && FOOTAGE.test(claimText[i])).pop() : undefined;
      const counted = TOLL_NAMED.test(v.text)
        ? claims.filter((c, i) => recent(c, TOLL_REACH) && TOLL.test(claimText[i]) && countsIn(claimText[i]).length > 0) : [];
      for (const c of [...(shown ? [shown] : []), ...counted]) if (!targets.includes(c)) targets.push(c);
    }
    // "The ministry said 32 were killed at the aid site. Medics told our correspondent they had received 25 bodies. The
    // foundation called the reports false": a denial of the reports (plural) answers the run of accounts just before
    // it, sentence by sentence back, not the last one only: the accounts of the side the last one speaks for.
    const answeredSide = targets[0]?.claimant.actor?.side;
    // (Sentence by sentence back from the first one taken, while each tells such an account.)
    const runBack = (fits: (c: Claim) => boolean) => {
      const first = Math.min(...targets.map((c) => c.sentence));
      for (let si = first - 1; si >= 0 && v.sentence - si <= PLURAL_DENIAL_REACH; si--) {
        const told = (inSentence.get(si) ?? []).filter(fits);
        if (!told.length) break;
        for (const c of told) if (!targets.includes(c)) targets.push(c);
      }
    };
    if ((v.stance === 'denies' || v.stance === 'disputes') && answeredSide && answeredSide !== 'neutral' && PLURAL_ANSWERED.test(v.text)) {
      runBack((c) => others(c) && c.claimant.actor?.side === answeredSide);
    }
    // "State media said an Israeli patrol entered the village. Residents said soldiers bulldozed farmland. The Israeli army
    // acknowledged the operation": the other side confirming the operation (the raid, the strike) told in the accounts
    // just before bears out that run of accounts, not the last one only.
    if (v.stance === 'confirms' && targets.length && THE_OPERATION.test(v.text)) {
      const side = v.by?.actor?.side ?? null;
      runBack((c) => others(c) && !(side && c.claimant.actor?.side === side));
    }
    // "Russia said it had taken Stepnohirsk. The ministry said its troops had liberated the village. Kyiv rejected the
    // claim": an account that retells the one before it by naming its place by kind is one claim told twice; a verdict
    // on the retelling is a verdict on both.
    if (targets.length === 1 && v.stance !== 'confirms' && targets[0].sentence < v.sentence) {
      const k = indexOf.get(targets[0])!;
      const before = claims[k - 1];
      // ("The army said it had regained Bara. 'Our forces entered Bara this morning,' its spokesman said": two claims of
      // ground that name one place.)
      const sameGround = (a: number, b: number) => GROUND.test(claimText[a]) && GROUND.test(claimText[b])
        && [...claimTopics[b]].some((w) => claimTopics[a].has(w));
      // ("The M23 say they have captured a strategic town. Its spokesman posted that fighters had liberated Luvungi.
      // The army rejected the claim": a lead that names the place only by its kind, told in full just after by the
      // same side, is the same claim.)
      const sameSide = (a: Claim, b: Claim) => sameClaimant(a, b)
        || (!!a.claimant.actor?.side && a.claimant.actor.side !== 'neutral' && a.claimant.actor.side === b.claimant.actor?.side);
      if (before && sameSide(before, targets[0]) && targets[0].sentence - before.sentence <= 2
        && (RETELLING.test(claimText[k]) || A_PLACE_BY_KIND.test(claimText[k - 1]) || sameGround(k - 1, k)) && others(before)) {
        targets.unshift(before);
      }
    }
    // ("The RSF rejected the account": the account of what the RSF did, which names it, not a detail told after it.)
    const namer = v.stance === 'denies' && ACCOUNT_OF.test(v.text) && v.by?.actor ? namedIn(v.by.actor.id) : null;
    if (namer && targets.length && !targets.some((c) => namer.test(claimText[indexOf.get(c)!]))) {
      const told = claims.filter((c, i) => c.sentence < v.sentence && v.sentence - c.sentence <= ACCOUNT_REACH && others(c)
        && namer.test(claimText[i]));
      if (told.length) targets = told.filter((c) => c.sentence === told[told.length - 1].sentence);
    }
    // "could not independently verify the death toll": the last claim before it that tells a toll.
    // (A toll told after it in its own sentence, "…, and the ministry gave a lower figure", is not the one it doubts.)
    // ("could not confirm the death toll": a count of the dead; the wounded told just before are not it.)
    const tolls = DEATH_POINTER.test(v.text) ? DEATH_TOLL : TOLL;
    const tollBefore = (c: Claim) => tolls.test(claimText[indexOf.get(c)!]) && c.content.start <= v.span.start;
    if (TOLL_POINTER.test(v.text) && !targets.some(tollBefore)) {
      const told = claims.filter((c, i) => c.sentence < v.sentence && others(c) && tolls.test(claimText[i]));
      if (told.length) targets = told.filter((c) => c.sentence === told[told.length - 1].sentence);
      // ("…killing 12 people, authorities said. Of the 12 dead, five were children, the mayor said. … The number of dead
      // could not be verified": the same figure told before is the same toll, doubted with it.)
      const figures = new Set(targets.flatMap((c) => countsIn(claimText[indexOf.get(c)!])));
      if (figures.size) {
        for (const c of told) {
          if (!targets.includes(c) && countsIn(claimText[indexOf.get(c)!]).some((n) => figures.has(n))) targets.push(c);
        }
      }
    }
    // "could not independently verify the reports" (plural): the whole run of reports just before it, sentence by
    // sentence back to the first one that reports nothing (narrative between them ends the run; a sentence that only
    // answers the accounts, "The junta dismissed the figures as lies", is part of the exchange and does not).
    if ((v.stance === 'could-not-verify' || v.stance === 'not-corroborated') && PLURAL_POINTER.test(v.text) && !TOLL_POINTER.test(v.text)) {
      const inTargets = new Set(targets);
      // ("Neither account could be confirmed": the two sides' accounts, which a line of narrative may part, "Ukraine's
      // navy offered a different picture". Once both sides' are in, the run ends with their paragraph.)
      const two = TWO_ACCOUNTS.test(v.text);
      const para = (si: number) => doc.sentences[si].paragraph;
      let paired = two && targets.some((a, i) => targets.some((b, j) => j > i && opposingClaims(a, b)));
      // ("Ukraine's air force said it downed 431 drones. Reuters could not verify the figures.": figures counted in the
      // statement's own paragraph are the ones it means; the governors' tolls in the paragraphs above are not.)
      const figurePointer = !two && FIGURE_POINTER.test(v.text);
      const countedHere = () => targets.some((c) => para(c.sentence) === para(v.sentence) && HAS_NUMBER.test(claimText[indexOf.get(c)!]));
      // A disclaimer standing in a paragraph of its own ("Meduza was unable to independently verify these accounts.")
      // speaks of the accounts told before it, paragraph by paragraph: the reach is counted in paragraphs, and a detail
      // of an account in its paragraph ("He did not name the facility.") does not end the run. One that closes a
      // paragraph of accounts speaks of that paragraph's.
      const accountIn = (si: number) => {
        for (let x = si - 1; x >= 0 && para(x) === para(si); x--) if ((inSentence.get(x) ?? []).some(others)) return true;
        return false;
      };
      const alone = !accountIn(v.sentence);
      let lastTaken = v.sentence;
      for (let si = v.sentence - 1; si >= 0 && (alone ? para(v.sentence) - para(si) : v.sentence - si) <= PLURAL_REACH; si--) {
        const told = (inSentence.get(si) ?? []).filter(others);
        if (!told.length && (answered(si) || (two && !paired) || (alone && accountIn(si)))) continue;
        if (!told.length || ((paired || (!alone && !two)) && para(si) !== para(lastTaken))) break;
        lastTaken = si;
        if (figurePointer && para(si) !== para(v.sentence) && countedHere()) break;
        for (const c of told) if (!inTargets.has(c)) { inTargets.add(c); targets.push(c); }
        paired ||= two && targets.some((a, i) => targets.some((b, j) => j > i && opposingClaims(a, b)));
      }
      // ("Neither figure could be confirmed": of the run, the accounts that give a number.)
      if (FIGURE_POINTER.test(v.text)) {
        const counted = targets.filter((c) => HAS_NUMBER.test(claimText[indexOf.get(c)!]));
        if (counted.length) targets = counted;
      }
    }
    // "The figures below are as of 9 a.m. and could not be independently verified": the claims told after it, through
    // the sections below (for figures, those that give a number), not the ones before.
    if ((v.stance === 'could-not-verify' || v.stance === 'not-corroborated') && AHEAD_POINTER.test(v.text)) {
      const figures = FIGURE_POINTER.test(v.text);
      targets = claims.filter((c, i) => c.sentence > v.sentence && others(c) && (!figures || HAS_NUMBER.test(claimText[i])));
    }
    if ((v.stance === 'denies' || v.stance === 'confirms' || v.stance === 'disputes') && !explicit && targets.every((c) => c.sentence !== v.sentence)) {
      // Without a pointer ("the claim", a shared place) a denial or confirmation is the speaker's own claim, not a verdict on another.
      // …unless the other side of the war speaks right after the claim it answers.
      const words = [...topicWords(v.text)];
      targets = targets.filter((c) => words.some((w) => claimTopics[indexOf.get(c)!].has(w)) || opposing(v.by?.actor?.side ?? null, c.claimant.actor?.side ?? null));
    }
    // "The army said it repelled an attack": a verdict only on what the other side claimed. When one of the two
    // is unknown to the registry the other's side is taken on trust; when neither is, nothing says they are at war.
    if (v.stance === 'disputes' && opposingOnlyCue(v.cue)) {
      const vs = v.by?.actor?.side ?? null;
      targets = targets.filter((c) => {
        const cs = c.claimant.actor?.side ?? null;
        return vs && cs ? opposing(vs, cs) : !!(vs || cs);
      });
    }
    // (Not a pointer at one claim: "could not verify the claim" is the one just told, not all its speaker said; "the
    // report" is the speaker's whole account.)
    if (targets.length && ARTICLE_LEVEL.test(v.text) && !ONE_CLAIM.test(v.text)
      && (v.stance === 'could-not-verify' || v.stance === 'not-corroborated')) {
      // Speakers that sameClaimant cannot tell apart (same actor id and name key) are tried once.
      const speakers = [...new Map(targets.map((t) => [`${t.claimant.actor?.id ?? ''}|${actorKey(t.claimant.name)}`, t])).values()];
      const inTargets = new Set(targets);
      // ("could not verify these accounts", "the figures": the run told before it, not the speaker's claims after it;
      // "the report" is the speaker's one account, whatever comes after.)
      const before = PLURAL_POINTER.test(v.text);
      // ("could not verify the figures": of the speaker's claims, those that give a number.)
      const figures = FIGURE_POINTER.test(v.text);
      for (const c of claims) {
        // (Not in another entry of a live blog, past its time-stamped heading: "14:35 (GMT+3) Tanks advance into Rafah".)
        if (inTargets.has(c) || (before && c.sentence >= v.sentence) || (figures && !HAS_NUMBER.test(claimText[indexOf.get(c)!]))
          || headingBetween(doc, c.sentence, v.sentence, BLOG_ENTRY_LINE)) continue;
        if (speakers.some((t) => sameClaimant(t, c))) targets.push(c);
      }
    }
    // "… could not independently verify every figure in this report": every claim the parties made before it.
    // ("the casualty figures reported by officials on either side": of those, the claims that tell a toll.)
    // (Not "Neither side's battlefield claims could be verified": the pair just told, as TWO_ACCOUNTS reads it.)
    const pairOpening = /^\W*neither\b/i.test(v.text) && TWO_ACCOUNTS.test(v.text);
    if ((v.stance === 'could-not-verify' || v.stance === 'not-corroborated') && WHOLE_DOCUMENT.test(v.text) && !pairOpening) {
      const inTargets = new Set(targets);
      // ("Casualty figures and battlefield claims in this blog": tolls and the other accounts too.)
      const tolls = CASUALTY_FIGURES.test(v.text) && !TOLLS_AND_CLAIMS.test(v.text);
      // (A toll, or for "casualty and displacement figures" a number displaced too.)
      const displacement = /displacement/i.test(v.text);
      const counted = (c: Claim) => {
        const told = claimText[indexOf.get(c)!];
        return TOLL.test(told) || (displacement && DISPLACED.test(told) && HAS_NUMBER.test(told));
      };
      // ("the claims made by either side": the two sides' claims, not a neutral monitor's.)
      const sides = EITHER_SIDE.test(v.text);
      const party = (c: Claim) => c.claimant.actor?.side !== 'neutral';
      // ("Figures in this update … have not been independently verified", at the head of a flash update: a disclaimer
      // that names the report itself covers all of it, before and after; one that names the accounts, those told.)
      const wholeReport = THIS_REPORT.test(v.text);
      // ("Figures …, except those attributed to OHCHR, …": not the claims of the party excepted.)
      const except = EXCEPT.exec(v.text)?.[1];
      const excepted = (c: Claim) => !!except && nameWords(except).some((w) => nameWords(c.claimant.name).includes(w));
      // ("Figures in this update": of those, the accounts that give a number.)
      const numbered = !tolls && FIGURE_POINTER.test(v.text) && !/\b(claims?|accounts?|reports?|statements?)\b/i.test(v.text);
      // ("unable to verify the battlefield reports from either side. [Ukraine's spokesman] said fighting went on": the other
      // side's answer told right after is one of the reports it names.)
      const answers = sides && BATTLEFIELD_POINTER.test(v.text)
        ? (c: Claim) => c.sentence > v.sentence && c.sentence - v.sentence <= ANSWER_AFTER : () => false;
      for (const c of claims) {
        if (!inTargets.has(c) && others(c) && (wholeReport || c.sentence <= v.sentence || answers(c)) && (!tolls || counted(c))) {
          targets.push(c);
        }
      }
      // (Of the claim just before it too: "the ICRC said it had facilitated a release" gives no toll.)
      if (tolls) targets = targets.filter(counted);
      // ("claims by either side about casualties or damage": of those, the claims that tell of a toll or of damage.)
      // (Read in the claim's whole sentence: its content may be only the clause before the speaker.)
      else if (ABOUT_HARM.test(v.text)) {
        targets = targets.filter((c) => { const q = doc.text.slice(c.quote.start, c.quote.end); return TOLL.test(q) || HARM.test(q); });
      }
      if (sides) targets = targets.filter(party);
      if (except) targets = targets.filter((c) => !excepted(c));
      if (numbered) targets = targets.filter((c) => HAS_NUMBER.test(claimText[indexOf.get(c)!]));
      // (A position or a word on the talks, "such a withdrawal is out of the question", is no account to verify.)
      targets = targets.filter((c) => !positionOnly(claimText[indexOf.get(c)!]));
    }
    // ("AFP was unable to verify claims by either side about the situation in Huliaipole", "the accounts from the aid
    // site in Khan Younis", "the reports of strikes on Ras Issa": a disclaimer that names where its accounts are from
    // speaks of the accounts that name it, when any does.)
    if ((v.stance === 'could-not-verify' || v.stance === 'not-corroborated') && targets.length > 1) {
      // (Of what it could not verify, not why: "…, as al-Shabaab controls much of Middle Juba". And only when that is all
      // it names: "statements about the fighting in Kursk, and the casualty figures given by officials" names more.)
      const after = doc.text.slice(v.span.start + Math.max(0, v.text.indexOf(v.cue)), doc.sentences[v.sentence].end);
      const cut = after.search(/[,;]|\b(as|because|since|given|where|while|which)\b/);
      const object = cut < 0 ? after : after.slice(0, cut);
      const more = cut >= 0
        && /\b(figures?|tolls?|claims?|accounts?|reports?|statements?|numbers?)\b/i.test(after.slice(cut));
      const where = more ? null : ABOUT_WHERE.exec(object);
      const names = where && !demonymCode(where[1].split(' ')[0].toLowerCase()) ? [...topicWords(where[1])] : [];
      const naming = targets.filter((c) => names.some((w) => claimTopics[indexOf.get(c)!].has(w)));
      if (naming.length) targets = naming;
    }
    // "… unable to verify battlefield reports from either side": of those, the claims about the fighting on the ground.
    if (BATTLEFIELD_POINTER.test(v.text)) {
      // ("casualty figures and battlefield claims": the tolls as well.)
      const tollsToo = TOLLS_AND_CLAIMS.test(v.text);
      const onGround = targets.filter((c) => BATTLEFIELD_TOPIC.test(claimText[indexOf.get(c)!]) || (tollsToo && TOLL.test(claimText[indexOf.get(c)!])));
      if (onGround.length) targets = onGround;
    }
    // "Meanwhile in Mandalay Region, the TNLA said it had repelled …": a sentence that turns to another story answers
    // nothing told before the turn.
    if (!WHOLE_DOCUMENT.test(v.text) && TOPIC_SHIFT.test(doc.text.slice(doc.sentences[v.sentence].start, doc.sentences[v.sentence].end))) {
      targets = targets.filter((c) => c.sentence >= v.sentence);
    }
    if (notCarried) targets = targets.filter((c) => c.sentence === v.sentence);
    // "Rwanda denies backing the M23": a standing denial, in the present, of what the speaker is said to do answers only
    // an account that says it does (one told with the same verb, or one that names the speaker as the doer: "Rwandan
    // troops are operating alongside the M23"), not the last claim that names the M23.
    const standing = v.stance === 'denies' ? STANDING_DENIAL.exec(v.text) : null;
    if (standing) {
      const stem = new RegExp(`\\b${standing[1].slice(0, -3).replace(/(.)\1$/, '$1')}`, 'i');
      const denier = v.by?.actor?.id;
      // (A kind of act the lexicon knows is answered by an account of that kind, "signs of torture" for "mistreating";
      // another by an account that names the denier: "Rwandan soldiers" for "Rwanda denies arming".)
      const kind = DENIED_ACTS.find((x) => x.denied.test(v.text));
      const answers = (t: string) => stem.test(t) || (!!denier && (kind ? kind.told.test(t) : namesParty(t, denier)));
      targets = targets.filter((c) => c.sentence === v.sentence || answers(claimText[indexOf.get(c)!]));
      // ("Freed soldiers showed signs of torture in Russian captivity, the ombudsman said. … Moscow denies mistreating
      // prisoners": none of those, the last such account before it that names the speaker.)
      if (!targets.length && denier) {
        const told = claims.filter((c, i) => nearBefore(c) && others(c) && answers(claimText[i])
          && namesParty(claimText[i], denier));
        if (told.length) targets = told.filter((c) => c.sentence === told[told.length - 1].sentence);
      }
    }
    // ("Troops were still holding the village, he said, although he acknowledged that assault groups had reached its edge";
    // "The General Staff said its drones hit the plant. The hit has been confirmed, it added": a speaker bears out nothing
    // of its own account.)
    if (v.stance === 'confirms') targets = targets.filter((c) => !selfConfirmed(v, c));
    // Statements are attached in order (vi only grows), so "already attached" is a look at the last one.
    const attach = (c: Claim) => { const st = c.verification.statements; if (st[st.length - 1] !== vi) st.push(vi); };
    const linked = new Set(v.claims);
    for (const c of targets) {
      const idx = indexOf.get(c)!;
      if (!linked.has(idx)) { linked.add(idx); v.claims.push(idx); }
      attach(c);
    }
    // The party that disputes or denies is itself in dispute: "Ukraine said it was holding back enemy forces in
    // Pobeda"; "two officers told the agency the army does not bomb markets and denied the attack".
    // (Not a standing denial, "Moscow denies mistreating prisoners": a position held, which no account disputes.)
    if ((v.stance === 'disputes' || v.stance === 'denies') && targets.length && !standing) for (const c of own) attach(c);
    // ("The governor told a different story. He said three drones were downed …": the party's own account, told in the
    // sentence right after its answer, is in dispute too.)
    // ("In Moscow, the account was somewhat different. Vladimir Medinsky wrote that …": with no speaker of its own, the
    // other side's account told right after it.)
    if ((v.stance === 'disputes' || v.stance === 'denies') && targets.length && !own.length) {
      // (Not after a denial told as an aside with no speaker, "…, a charge the group has long rejected": what follows is
      // the next account, not the denier's.)
      const same = (c: Claim) => (!v.by ? v.stance === 'disputes' && targets.some((t) => opposingClaims(t, c)) : sameSpeaker(v, c));
      for (const c of inSentence.get(v.sentence + 1) ?? []) if (same(c) && !targets.includes(c)) attach(c);
    }
    // So is a party that confirms an exchange or a deal another party announced ("Russia's defence ministry confirmed the
    // exchange"): both say the same thing happened (see SHARED_OUTCOME).
    // And one the other side of the war confirms in the claim's own terms ("Israel said it killed a Hezbollah commander.
    // Hezbollah confirmed his death"): the party confirming says the same thing happened, against its own interest.
    // ("The Israeli military confirmed it had struck the area" after a toll confirms the strike, not its own account.)
    const vs = v.by?.actor?.side ?? null;
    const crossSide = (c: Claim) => c.sentence !== v.sentence && opposing(vs, c.claimant.actor?.side ?? null);
    if (v.stance === 'confirms' && targets.some((c) => c.sentence !== v.sentence)
      && (SHARED_OUTCOME.test(v.text) || (sameOutcome && targets.some(crossSide)))) {
      for (const c of own) attach(c);
    }
  });

  for (const c of claims) c.verification.status = deriveStatus(c, statements);
}

/**
 * Whether a statement is the claimant's own: its speaker is the claimant's party, or, with no speaker of its own,
 * it lies inside what the claimant is reported to say ("X told Reuters that … and denied the attack").
 */
function spokenBy(v: Verification, c: Claim): boolean {
  if (v.by) return sameParty(v, c);
  if (!v.span || !c.content || c.sentence !== v.sentence) return false;
  const at = Math.max(0, v.text.indexOf(v.cue));
  // Only a verb coordinated with the claimant's own ("… and denied the attack"), or a denial inside what the claimant
  // reports ("told state media that the air force hit a camp and that reports of civilian deaths were fake"):
  // "…, a claim Reuters could not verify" is the reporter's aside, not the claimant's words.
  // (A clause that opens with its verb, ", and rejected reports of …", has no subject but the sentence's.)
  const coordinated = /(^|\b(and|but)\s+)(also\s+)?$/i.test(v.text.slice(0, at));
  // ("The picture the army offered differed: fighting was still going on, its spokesman said": the claimant's own words,
  // told before the claimant.)
  const told = c.claimant.span.start >= c.content.end && c.content.start <= v.span.start + at && v.span.start + at < c.content.end;
  if (told) return true;
  // (So is a check the claimant says it is making: "said its aircraft hit a cell and that it was looking into reports".)
  const reported = v.stance === 'denies' ? /\band\s+that\b[^,;]*$/i.test(v.text.slice(0, at))
    : /\band\s+that\s+(it|they|he|she|we)\b[^,;]*$/i.test(v.text.slice(0, at));
  if (!coordinated && !reported) return false;
  const cue = v.span.start + at;
  return c.content.start <= cue && cue < c.content.end;
}

/** A section heading between two sentences, in either order; with `kind`, only a heading whose line it matches. */
function headingBetween(doc: Document, a: number, b: number, kind?: RegExp): boolean {
  const [from, to] = a < b ? [a, b] : [b, a];
  for (let p = doc.sentences[from].paragraph + 1; p < doc.sentences[to].paragraph; p++) {
    const par = doc.paragraphs[p];
    if (par.kind === 'heading' && (!kind || kind.test(doc.text.slice(par.start, par.end)))) return true;
  }
  return false;
}

/** A confirmation by the claimant itself: its own words, or a statement by the same actor. */
function selfConfirmed(v: Verification, c: Claim): boolean {
  // ("…, he said, although he acknowledged …": a pronoun in the claim's own sentence is its claimant.)
  if (c.sentence === v.sentence && v.by && /^(he|she|they|we|it)$/i.test(v.by.name)) return true;
  // ("Flights remained suspended, an airline official confirmed": the claim's own verb of saying.)
  // (Not a passive with its agent: "…, Lysak said, figures later confirmed by the city administration".)
  const cueAt = v.span.start + Math.max(0, v.text.indexOf(v.cue));
  const byAgent = /^\p{L}+\s+by\s/u.test(v.text.slice(Math.max(0, v.text.indexOf(v.cue))));
  if (c.sentence === v.sentence && !byAgent && cueAt >= c.claimant.span.end && cueAt - c.claimant.span.end <= 24) return true;
  if (!spokenBy(v, c)) return false;
  return c.sentence === v.sentence || sameSpeaker(v, c);
}

/** A statement's speaker is the claim's claimant: the same actor, else the same name (not merely the same side). */
function sameSpeaker(v: Verification, c: Claim): boolean {
  if (!v.by) return false;
  if (v.by.actor && c.claimant.actor) return v.by.actor.id === c.claimant.actor.id;
  return actorKey(v.by.name) === actorKey(c.claimant.name);
}

/** The document-level status from the statements attached to a claim (and its own hedges). */
export function deriveStatus(c: Claim, statements: Verification[]): ClaimStatus {
  // A claimant's own denial of another account puts its account in dispute with that one; it denies nothing of its own.
  const stances = new Set(c.verification.statements.map((i) => {
    const v = statements[i];
    return v.stance === 'denies' && spokenBy(v, c) ? 'disputes' : v.stance;
  }));
  // "Footage showed marginal advances, but no evidence to support the claim of full control": a confirmation that the
  // same sentence says does not bear the claim out confirms only a part of it.
  const partial = c.verification.statements.some((i) => statements[i].stance === 'confirms' && c.verification.statements
    .some((j) => statements[j].stance === 'not-corroborated' && statements[j].sentence === statements[i].sentence));
  if (partial) stances.delete('confirms');
  if (stances.has('denies')) return stances.has('confirms') ? 'disputed' : 'denied';
  if (stances.has('disputes')) return 'disputed';
  if (stances.has('confirms')) return 'confirmed';
  if (stances.has('could-not-verify') || stances.has('not-corroborated')) return 'unverified';
  if (c.hedges.some((h) => /if confirmed|unconfirmed|unverified/.test(h))) return 'unverified';
  return 'unstated';
}
