/**
 * Literal gates for regular expressions: for a pattern, a set of plain strings such that every match of
 * the pattern contains at least one of them (the prefilter idea of RE2 and code search). A gate compiled
 * as one alternation of literals runs several times faster than the lexicons' patterns, which start
 * with `\b(` and alternations V8 must try at every position; most sentences hold none of a pattern's
 * literals, and then the pattern itself need not run at all.
 *
 * The analysis reads the subset of JavaScript regex syntax our lexicons use; anything it does not
 * understand (or a pattern that can match without any literal) gives no gate, never a wrong one.
 */
import { bmp } from './bmp.js';

/** Parsed pattern: just enough structure to know which literal text every match must contain. */
type Node =
  | { k: 'lit'; s: string }
  | { k: 'set'; chars: string[] } // a small class of literal characters ("[’']")
  | { k: 'any' } // a class, a dot, a back-reference: some text we know nothing about
  | { k: 'empty' } // an assertion (\b, ^, $, lookarounds): matches no text
  | { k: 'seq'; items: Node[] }
  | { k: 'alt'; options: Node[] }
  | { k: 'rep'; node: Node; min: number; max: number };

class Unsupported extends Error {}

function parse(src: string): Node {
  let i = 0;
  const peek = () => src[i];
  const alt = (): Node => {
    const options = [seq()];
    while (peek() === '|') { i++; options.push(seq()); }
    return options.length === 1 ? options[0] : { k: 'alt', options };
  };
  const seq = (): Node => {
    const items: Node[] = [];
    while (i < src.length && peek() !== '|' && peek() !== ')') items.push(quantified(atom()));
    return { k: 'seq', items };
  };
  const quantified = (n: Node): Node => {
    let min = -1;
    let max = -1;
    const c = peek();
    if (c === '*') { min = 0; max = Infinity; i++; }
    else if (c === '+') { min = 1; max = Infinity; i++; }
    else if (c === '?') { min = 0; max = 1; i++; }
    else if (c === '{') {
      const m = /^\{(\d+)(,(\d*))?\}/.exec(src.slice(i));
      if (m) { min = Number(m[1]); max = m[2] ? (m[3] ? Number(m[3]) : Infinity) : min; i += m[0].length; }
    }
    if (min < 0) return n;
    if (peek() === '?') i++; // lazy: the same text can match
    return quantified({ k: 'rep', node: n, min, max });
  };
  const atom = (): Node => {
    const c = src[i++];
    if (c === '(') {
      let assertion = false;
      if (src.startsWith('?:', i)) i += 2;
      else if (src.startsWith('?=', i) || src.startsWith('?!', i)) { i += 2; assertion = true; }
      else if (src.startsWith('?<=', i) || src.startsWith('?<!', i)) { i += 3; assertion = true; }
      else if (src.startsWith('?<', i)) { const e = src.indexOf('>', i); if (e < 0) throw new Unsupported(); i = e + 1; }
      else if (peek() === '?') throw new Unsupported();
      const inner = alt();
      if (src[i++] !== ')') throw new Unsupported();
      return assertion ? { k: 'empty' } : inner;
    }
    if (c === '[') return charClass();
    if (c === '.') return { k: 'any' };
    if (c === '^' || c === '$') return { k: 'empty' };
    if (c === '\\') return escape();
    if (c === ')' || c === '|' || c === undefined) throw new Unsupported();
    if (c === '*' || c === '+' || c === '?') throw new Unsupported();
    return { k: 'lit', s: c };
  };
  const escape = (): Node => {
    const c = src[i++];
    if (c === undefined) throw new Unsupported();
    if (c === 'b' || c === 'B') return { k: 'empty' };
    if ('dDwWsS'.includes(c)) return { k: 'any' };
    if (c === 'p' || c === 'P') { const e = src.indexOf('}', i); if (e < 0) throw new Unsupported(); i = e + 1; return { k: 'any' }; }
    if (c === 'k') { const e = src.indexOf('>', i); if (e < 0) throw new Unsupported(); i = e + 1; return { k: 'any' }; }
    if (/[1-9]/.test(c)) { while (/\d/.test(peek() ?? '')) i++; return { k: 'any' }; }
    if (c === 'u' || c === 'x' || c === 'c') throw new Unsupported(); // not used by our lexicons: keep the parser small
    const special: Record<string, string> = { n: '\n', t: '\t', r: '\r', f: '\f', v: '\v', '0': '\0' };
    return { k: 'lit', s: special[c] ?? c };
  };
  const charClass = (): Node => {
    const chars: string[] = [];
    let plain = src[i] !== '^';
    if (!plain) i++;
    for (;;) {
      const c = src[i++];
      if (c === undefined) throw new Unsupported();
      if (c === ']') break;
      if (c === '\\') {
        const e = src[i++];
        if (e === undefined) throw new Unsupported();
        if (/[a-zA-Z0-9]/.test(e)) { plain = false; if ((e === 'p' || e === 'P') && src[i] === '{') i = src.indexOf('}', i) + 1; continue; }
        chars.push(e);
      } else if (c === '-' && chars.length && src[i] !== ']') { plain = false; i++; } else chars.push(c);
    }
    return plain && chars.length && chars.length <= 8 ? { k: 'set', chars } : { k: 'any' };
  };
  const node = alt();
  if (i !== src.length) throw new Unsupported();
  return node;
}

/**
 * What is known of a node's matches: `exact`, every string it can match (when few), and `need`, literals
 * one of which every match contains (null: no such set).
 */
interface Info { exact: string[] | null; need: string[] | null }

const MAX_EXACT = 64;

const uniq = (a: string[]) => [...new Set(a)];

/** The literals of an exact set as a requirement: none if the node can match the empty string. */
const needOf = (exact: string[]): string[] | null => (exact.some((s) => s === '') ? null : minimal(exact));

/** Drops literals that contain another literal of the set: the shorter one is found whenever the longer is. */
function minimal(lits: string[]): string[] {
  const u = uniq(lits).sort((a, b) => a.length - b.length);
  return u.filter((s, k) => !u.slice(0, k).some((t) => s.includes(t)));
}

/** The stronger of two requirements (both hold): longer literals pass fewer sentences. */
function stronger(a: string[] | null, b: string[] | null): string[] | null {
  if (!a) return b;
  if (!b) return a;
  const shortest = (x: string[]) => Math.min(...x.map((s) => s.length));
  return shortest(b) > shortest(a) || (shortest(b) === shortest(a) && b.length < a.length) ? b : a;
}

function analyse(n: Node, fold: (s: string) => string): Info {
  switch (n.k) {
    case 'lit': return { exact: [fold(n.s)], need: [fold(n.s)] };
    case 'set': { const e = uniq(n.chars.map(fold)); return { exact: e, need: e }; }
    case 'any': return { exact: null, need: null };
    case 'empty': return { exact: [''], need: null };
    case 'rep': {
      const inner = analyse(n.node, fold);
      if (n.max === 0) return { exact: [''], need: null };
      if (n.min === 0) return { exact: n.max === 1 && inner.exact ? uniq([...inner.exact, '']) : null, need: null };
      const need = inner.need ?? (inner.exact ? needOf(inner.exact) : null);
      return { exact: n.min === 1 && n.max === 1 ? inner.exact : null, need };
    }
    case 'alt': {
      const infos = n.options.map((o) => analyse(o, fold));
      const exact = infos.every((x) => x.exact) ? uniq(infos.flatMap((x) => x.exact!)) : null;
      const needs = infos.map((x) => x.need ?? (x.exact ? needOf(x.exact) : null));
      const need = needs.every((x) => x) ? minimal(needs.flatMap((x) => x!)) : null;
      return { exact: exact && exact.length <= MAX_EXACT ? exact : null, need };
    }
    case 'seq': {
      // Concatenate exact sets while they stay small; where a run breaks, what it had becomes a requirement.
      let run: string[] | null = [''];
      let whole = true;
      let need: string[] | null = null;
      for (const item of n.items) {
        const x = analyse(item, fold);
        if (x.exact && run && run.length * x.exact.length <= MAX_EXACT) {
          run = uniq(run.flatMap((a) => x.exact!.map((b) => a + b)));
          continue;
        }
        whole = false;
        if (run) need = stronger(need, needOf(run));
        if (x.exact) run = x.exact;
        else { run = ['']; need = stronger(need, x.need); }
      }
      if (run) need = stronger(need, needOf(run));
      return { exact: whole ? run : null, need };
    }
  }
}

/** Literals every match of `re` contains at least one of, or null when there is no such set worth testing. */
export function gateLiterals(re: RegExp): string[] | null {
  // Folding only merges duplicates (the gate has the pattern's own 'i' flag); ASCII only, so no literal changes length.
  const fold = re.flags.includes('i') ? (s: string) => s.replace(/[A-Z]/g, (c) => c.toLowerCase()) : (s: string) => s;
  let info: Info;
  try {
    info = analyse(parse(re.source), fold);
  } catch (e) {
    if (e instanceof Unsupported) return null;
    throw e;
  }
  const need = info.need ?? (info.exact ? needOf(info.exact) : null);
  // One- and two-letter literals are in nearly every sentence: such a gate would cost more than it saves.
  if (!need || need.some((s) => s.length < 3)) return null;
  return need;
}

const escapeRe = (s: string) => s.replace(/[\\^$.*+?()[\]{}|/]/g, '\\$&');

/**
 * Case-insensitive Unicode matching ('iu') runs several times slower in V8 than plain 'i'. For literals
 * without cased non-ASCII letters the two differ only on the two characters Unicode folds onto ASCII
 * letters (ſ → s, K → k), so a gate drops 'u' and lets any text holding one of those through.
 */
const FOLD_HAZARD = /[\u017f\u212a]/;
const casedNonAscii = (s: string) => [...s].some((c) => c.charCodeAt(0) > 127 && c.toLowerCase() !== c.toUpperCase());

function gateFlags(lits: string[], patternFlags: string): { flags: string; hazard: boolean } {
  if (!patternFlags.includes('i')) return { flags: '', hazard: false };
  if (!patternFlags.includes('u')) return { flags: 'i', hazard: false };
  return lits.some(casedNonAscii) ? { flags: 'iu', hazard: false } : { flags: 'i', hazard: true };
}

/**
 * Every gate in use, with the patterns it guards (each built once per module load: a few dozen). Kept so
 * the tests can check each against its patterns on real and generated text.
 */
export const GATES_IN_USE: { may: (s: string) => boolean; guards: RegExp[] }[] = [];

/** Every GateSet built (for the same tests). */
export const GATE_SETS_IN_USE: GateSet[] = [];

/** A pattern with its gate (see gateLiterals): `test` and `exec` run the pattern only where the gate passes. */
export class Gated {
  private readonly gate: RegExp | null;
  private readonly hazard: boolean;

  /** The pattern, without the `u` flag where that changes nothing we read (see bmp.ts): V8 runs it faster. */
  readonly re: RegExp;

  constructor(re: RegExp) {
    this.re = bmp(re);
    const lits = gateLiterals(re);
    // (The flags of the pattern that runs: one bmp.ts rewrote folds no ſ onto s, so no text need pass for that.)
    const { flags, hazard } = gateFlags(lits ?? [], this.re.flags);
    this.gate = lits ? new RegExp(lits.map(escapeRe).join('|'), flags) : null;
    this.hazard = hazard;
    if (this.gate) GATES_IN_USE.push({ may: (s) => this.may(s), guards: [this.re] });
  }

  /** Could `re` match `s`? False means it surely can't; true means run it. */
  may(s: string): boolean {
    return this.gate === null || this.gate.test(s) || (this.hazard && FOLD_HAZARD.test(s));
  }

  test(s: string): boolean {
    if (!this.may(s)) return false;
    if (this.re.global || this.re.sticky) this.re.lastIndex = 0;
    return this.re.test(s);
  }

  /** The first match (from the start of `s`, whatever `lastIndex` was); with a global pattern, `next` gives the rest. */
  exec(s: string): RegExpExecArray | null {
    if (!this.may(s)) return null;
    if (this.re.global || this.re.sticky) this.re.lastIndex = 0;
    return this.re.exec(s);
  }

  /** The match after the last one `exec` or `next` gave (global patterns). */
  next(s: string): RegExpExecArray | null {
    return this.re.exec(s);
  }
}

/**
 * Gates for several patterns tried on the same text, all in one pass: `scan` tells which of them could
 * match. The literals of every pattern make one alternation, longest first, walked from each place one
 * starts; the longest literal found at a place stands for every literal that is a prefix of it, so no
 * pattern whose literal occurs is missed. A pattern with no gate is always possible, and so is every
 * pattern after the 30th (the answer is a bit mask). The patterns must agree on case sensitivity.
 */
export class GateSet {
  private readonly scanner: RegExp | null;
  /** For each literal (folded), the patterns whose literals are prefixes of it. */
  private readonly bitsOf = new Map<string, number>();
  /** Patterns with no gate: always possible. */
  private readonly always: number;
  private readonly allBits: number;
  private readonly fold: (s: string) => string;
  private readonly hazard: boolean;

  constructor(readonly patterns: RegExp[]) {
    const insensitive = patterns.some((r) => r.flags.includes('i'));
    if (patterns.some((r) => r.flags.includes('i') !== insensitive)) throw new Error('GateSet: the patterns must agree on case sensitivity');
    this.fold = insensitive ? (s) => s.toLowerCase() : (s) => s;
    const n = Math.min(patterns.length, 30);
    this.allBits = n === 30 ? 0x3fffffff : (1 << n) - 1;
    let always = 0;
    const lits: string[][] = patterns.slice(0, n).map((re, k) => {
      const l = gateLiterals(re);
      if (!l) always |= 1 << k;
      return (l ?? []).map(this.fold);
    });
    this.always = always;
    const every = uniq(lits.flat()).sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
    for (const lit of every) {
      let bits = 0;
      lits.forEach((l, k) => { if (l.some((p) => lit.startsWith(p))) bits |= 1 << k; });
      this.bitsOf.set(lit, bits);
    }
    const { flags, hazard } = gateFlags(every, insensitive ? (patterns.some((r) => r.flags.includes('u')) ? 'iu' : 'i') : '');
    this.hazard = hazard;
    this.scanner = every.length ? new RegExp(every.map(escapeRe).join('|'), `g${flags}`) : null;
    GATE_SETS_IN_USE.push(this);
  }

  /** Which patterns could match `s`, for `any` and `may` (a bit per pattern; clear: it surely can't). */
  scan(s: string): number {
    let bits = this.always;
    const re = this.scanner;
    if (!re) return bits;
    re.lastIndex = 0;
    for (let m = re.exec(s); m; m = re.exec(s)) {
      // A literal found in another case form than the ones we folded (non-ASCII folding): anything is possible.
      bits |= this.bitsOf.get(this.fold(m[0])) ?? this.allBits;
      if (bits === this.allBits) break;
      re.lastIndex = m.index + 1;
    }
    if (this.hazard && bits !== this.allBits && FOLD_HAZARD.test(s)) bits = this.allBits;
    return bits;
  }

  /** Could any pattern match, given what `scan` found? */
  any(bits: number): boolean {
    return bits !== 0 || this.patterns.length > 30;
  }

  /** Could pattern k match, given what `scan` found? */
  may(bits: number, k: number): boolean {
    return k >= 30 || (bits & (1 << k)) !== 0;
  }
}

/**
 * Gates for any number of patterns: one GateSet per thirty (a GateSet keeps a bit per pattern in one number, and
 * leaves every pattern past the thirtieth always possible). Each sentence is scanned once per thirty patterns.
 */
export class GateSets {
  private readonly sets: GateSet[] = [];

  constructor(patterns: RegExp[]) {
    for (let k = 0; k < patterns.length; k += 30) this.sets.push(new GateSet(patterns.slice(k, k + 30)));
  }

  /** Which patterns could match `s`, thirty to a number. */
  scan(s: string): number[] {
    return this.sets.map((g) => g.scan(s));
  }

  /** Could any pattern match, given what `scan` found? */
  any(bits: number[]): boolean {
    return this.sets.some((g, i) => g.any(bits[i]));
  }

  /** Could pattern k match, given what `scan` found? */
  may(bits: number[], k: number): boolean {
    return this.sets[Math.floor(k / 30)].may(bits[Math.floor(k / 30)], k % 30);
  }
}

/**
 * The same pattern with its capturing groups made non-capturing, for callers that use only where a match
 * is and what it covers: each match then fills no capture slots (less work for the engine on backtracking
 * patterns, smaller match arrays). Patterns with back-references are returned as they are.
 */
export function withoutCaptures(re: RegExp): RegExp {
  const src = re.source;
  if (/\\[1-9]|\\k</.test(src)) return re;
  let out = '';
  let inClass = false;
  for (let i = 0; i < src.length; i++) {
    const c = src[i];
    if (c === '\\') { out += c + (src[i + 1] ?? ''); i++; continue; }
    if (inClass) { if (c === ']') inClass = false; out += c; continue; }
    if (c === '[') { inClass = true; out += c; continue; }
    out += c === '(' && src[i + 1] !== '?' ? '(?:' : c;
  }
  return new RegExp(out, re.flags);
}
