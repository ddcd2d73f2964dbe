import { readFileSync } from 'node:fs';
import { delimiter } from 'node:path';
import { loadData } from '../data.js';
import type { ActorRef } from '../extract/types.js';
import { memoised, nameKey } from './normalise.js';

/** One entry of data/actors.json: who speaks or acts, on which side, as what. */
export interface Actor {
  id: string;
  name: string;
  aliases: string[];
  side: string;
  type: string;
  country: string | null;
  role?: string;
  memberOf?: string;
  /** Why an alias is or is not there (an ambiguous acronym, a capital left out): read by people, not by code. */
  note?: string;
}

/** One word of a name or alias key: the words that may follow it, and the actor whose key ends here. */
export interface KeyTrie {
  next: Map<string, KeyTrie> | null;
  actor: Actor | null;
}

export class ActorRegistry {
  readonly byId = new Map<string, Actor>();
  private keyed = new Map<string, Actor>();
  /** Longest alias in words, to bound the n-gram search. */
  private maxWords = 1;
  /** First words of every name and alias: a phrase starting with anything else names no actor. */
  readonly firstWords = new Set<string>();
  /** For each first word, the most words a name or alias starting with it has (bounds n-gram searches). */
  private longestFrom = new Map<string, number>();
  /**
   * Names and aliases word by word ("ministry" → "of" → "defense"): a phrase is walked a word at a time
   * and stops at the first word no name continues with, without building the phrase's key.
   */
  private trie: KeyTrie = { next: null, actor: null };
  /** Actors of claimant phrases already resolved: the same speakers come back in every article. */
  private resolved = new Map<string, Actor | null>();

  constructor(actors: Actor[]) {
    for (const a of actors) {
      this.byId.set(a.id, a);
      for (const n of [a.name, ...a.aliases]) {
        const k = actorKey(n);
        if (!k || this.keyed.has(k)) continue;
        this.keyed.set(k, a);
        const words = k.split(' ');
        this.firstWords.add(words[0]);
        this.longestFrom.set(words[0], Math.max(this.longestFrom.get(words[0]) ?? 0, words.length));
        this.maxWords = Math.max(this.maxWords, words.length);
        let node = this.trie;
        for (const w of words) {
          node.next ??= new Map();
          let child = node.next.get(w);
          if (!child) node.next.set(w, (child = { next: null, actor: null }));
          node = child;
        }
        node.actor = a;
      }
    }
  }

  /** The most words of any name or alias that starts with this key word (0: none does). */
  longestStartingWith(firstKeyWord: string): number {
    return this.longestFrom.get(firstKeyWord) ?? 0;
  }

  /** Where names begin: walk it with `step`. */
  get root(): KeyTrie {
    return this.trie;
  }

  /** The node after the words of one key (a token's actorKey, which may hold several words), or null when no name goes on so. */
  step(node: KeyTrie, key: string): KeyTrie | null {
    if (!key.includes(' ')) return node.next?.get(key) ?? null;
    let at: KeyTrie | null = node;
    for (const w of key.split(' ')) { at = at.next?.get(w) ?? null; if (!at) return null; }
    return at;
  }

  /** The actor an exact name or alias names. */
  exact(name: string): Actor | null {
    return this.keyed.get(actorKey(name)) ?? null;
  }

  /** The actor whose name or alias has this key (actorKey of it). */
  byKey(key: string): Actor | null {
    return this.keyed.get(key) ?? null;
  }

  /**
   * The actor a claimant phrase names: the whole phrase, else the longest alias inside it,
   * preferring one at the end of the phrase ("Kherson's regional governor, Oleksandr Prokudin").
   */
  resolve(phrase: string): Actor | null {
    let a = this.resolved.get(phrase);
    if (a === undefined) {
      a = this.resolveUncached(phrase);
      if (this.resolved.size > 50_000) this.resolved.clear();
      this.resolved.set(phrase, a);
    }
    return a;
  }

  private resolveUncached(phrase: string): Actor | null {
    const whole = this.exact(phrase);
    if (whole) return whole;
    // "Ukraine's Joint Forces Operation": a country named as the owner pins the actor to that country (not Sudan's
    // Joint Forces); with no actor of its own there, the speaker is that country's.
    const owner = /^(?:the\s+)?([\p{Lu}][\p{L} -]*?)[’']s\s/u.exec(phrase);
    const pinned = owner ? this.exact(owner[1]) : null;
    const country = pinned?.country ?? null;
    const words = actorKey(phrase).split(' ').filter(Boolean);
    for (let n = Math.min(this.maxWords, words.length); n >= 1; n--) {
      for (let i = words.length - n; i >= 0; i--) {
        const a = this.keyed.get(words.slice(i, i + n).join(' '));
        if (a && !(n === 1 && AMBIGUOUS_SINGLE.has(words[i])) && !(country && a.country && a.country !== country)) return a;
      }
    }
    // ("The Russian ministry insisted …": a nationality and an institution of state speak for that country.)
    const state = pinned ? null : STATE_OF_NATION.exec(phrase);
    const nation = state ? DEMONYM.get(state[1].toLowerCase()) : undefined;
    return pinned ?? (nation ? this.exact(nation) : null);
  }

  ref(a: Actor | null): ActorRef | null {
    return a ? { id: a.id, name: a.name, side: a.side, type: a.type } : null;
  }

  /** The organisation a person speaks for, or the actor itself. */
  family(a: Actor): Actor {
    return (a.memberOf && this.byId.get(a.memberOf)) || a;
  }
}

/** Ambiguous single words and demonyms: data/actor-keys.json (its _comment says why each list is there). */
interface ActorKeys { ambiguousSingle: string[]; demonyms: Record<string, string> }
const KEYS = loadData<ActorKeys>('actor-keys.json');
/** Single words that are names of actors but, alone inside a longer phrase, usually describe something else. */
const AMBIGUOUS_SINGLE = new Set(KEYS.ambiguousSingle);
const DEMONYM = new Map(Object.entries(KEYS.demonyms));
/** A nationality adjective ("Syrian", "Yemeni"), lower case, as data/actor-keys.json lists them. */
export const isDemonym = (word: string): boolean => DEMONYM.has(word);
/** Nationality adjectives (lower case) and their countries' English names (lower case), from data/actor-keys.json. */
export const demonymCountries = (): ReadonlyMap<string, string> => DEMONYM;
const DEMONYM_RE = new RegExp(`\\b(${[...DEMONYM.keys()].join('|')})\\b`, 'g');

/** "the Russian ministry", "the Sudanese authorities": a nationality and an institution of state, nothing else. */
const STATE_OF_NATION = /^(?:the\s+)?(\p{L}+)\s+(?:ministry|government|authorities|administration|side|leadership)$/iu;

/** Actor names compare without case, "the", possessive 's and spelling noise (defence/defense). */
export const actorKey: (s: string) => string = memoised((s) => computeActorKey(s));

function computeActorKey(s: string): string {
  return nameKey(s.replace(/[’']s\b/g, ''))
    .replace(/^the /, '')
    .replace(/\bdefence\b/g, 'defense')
    .replace(/\bkiev\b/g, 'kyiv')
    .replace(/\bzelenskyy\b|\bzelenskiy\b/g, 'zelensky')
    // "Ukraine's air force" = "the Ukrainian Air Force": the possessive and the adjective name the same side.
    .replace(DEMONYM_RE, (w) => DEMONYM.get(w)!);
}

let shared: ActorRegistry | null = null;

/**
 * The registry: data/actors.json, extended by the files listed in SITREP_ACTORS (path-separated),
 * whose entries come first so a user's alias or side wins over ours.
 */
export function actors(): ActorRegistry {
  if (shared) return shared;
  const extra = (process.env.SITREP_ACTORS ?? '').split(delimiter).filter(Boolean).flatMap((f) => JSON.parse(readFileSync(f, 'utf8')) as Actor[]);
  shared = new ActorRegistry([...extra, ...loadData<Actor[]>('actors.json')]);
  return shared;
}
