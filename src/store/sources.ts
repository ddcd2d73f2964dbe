/** A live source as stored (times in milliseconds since the epoch). */
export interface Source {
  id: number;
  url: string;
  name: string | null;
  everyS: number;
  /** The reader kind of the last good fetch (feed, html, json…): a feed that turns into a page is an error. */
  kind: string | null;
  etag: string | null;
  lastModified: string | null;
  checkedAt: number | null;
  okAt: number | null;
  nextAt: number;
  failures: number;
  lastError: string | null;
  lastStatus: number | null;
  itemsNew: number;
  requests: number;
  addedAt: number;
}

/** What a poll may change of a source. */
export type SourcePatch = Partial<Omit<Source, 'id' | 'url' | 'addedAt'>>;

/** The sources table of a store: what `sitrep sources` lists and edits and `sitrep watch` polls. */
export interface SourceTable {
  /** Adds a source; adding its URL again updates its name (when given) and interval. */
  add(url: string, name: string | null, everyS: number, now: number): Source;
  get(id: number): Source | null;
  /** By id, URL or name. */
  find(ref: string): Source | null;
  list(): Source[];
  remove(id: number): boolean;
  update(id: number, patch: SourcePatch): void;
}

/** The table's columns by field, the same in both stores. */
export const SOURCE_COLUMNS: Record<keyof Source, string> = {
  id: 'id', url: 'url', name: 'name', everyS: 'every_s', kind: 'kind', etag: 'etag', lastModified: 'last_modified',
  checkedAt: 'checked_at', okAt: 'ok_at', nextAt: 'next_at', failures: 'failures', lastError: 'last_error',
  lastStatus: 'last_status', itemsNew: 'items_new', requests: 'requests', addedAt: 'added_at',
};
