import type { Store } from '../store/store.js';
import { MIN_SHARED_HASHES, nearDuplicateGroups } from './near-duplicates.js';
import { UnionFind } from './fuse.js';

/**
 * Copy groups after new documents arrive, as a full fusion would draw them. A group is named by the
 * smallest document id in it, over the whole store (see nearDuplicateGroups); a new document joins the
 * groups of its stored copies, found through the sketch-hash index, and groups it bridges become one.
 */
export interface CopyChange {
  /** The group of each new document, and the new group of every stored document whose group was renamed. */
  groups: Map<string, string>;
  /** Stored documents whose group was renamed: the records they report in must be rebuilt. */
  relabelled: string[];
}

export function copiesAfterAdding(store: Store, fresh: { id: string; sketch: number[] }[]): CopyChange {
  const freshIds = new Set(fresh.map((f) => f.id));
  const stored = new Map<string, { id: string; sketch: number[]; group: string }>();
  for (const f of fresh) {
    for (const c of store.copyCandidates(f.sketch, MIN_SHARED_HASHES)) if (!freshIds.has(c.id)) stored.set(c.id, { ...c, group: c.group ?? c.id });
  }
  // Which of them are copies (the same test a full fusion applies), then groups by name: a stored document
  // stands for its whole stored group, so copies of one new article in two groups join those groups.
  const local = nearDuplicateGroups([...fresh, ...stored.values()]);
  const uf = new UnionFind();
  const find = (x: string) => uf.find(x);
  const nameOf = (id: string) => stored.get(id)?.group ?? id;
  for (const [id, root] of local) { uf.add(nameOf(id)); uf.add(nameOf(root)); uf.union(nameOf(id), nameOf(root)); }
  const groups = new Map<string, string>();
  for (const f of fresh) groups.set(f.id, find(f.id));
  const relabelled: string[] = [];
  for (const g of new Set([...stored.values()].map((s) => s.group))) {
    if (find(g) === g) continue;
    // Every stored member of a renamed group (a document with no group yet is a group of its own).
    const members = new Set([...store.copyGroupMembers([g]), ...[...stored.values()].filter((s) => s.group === g).map((s) => s.id)]);
    for (const id of members) { groups.set(id, find(g)); relabelled.push(id); }
  }
  return { groups, relabelled };
}
