import type { Core } from '@strapi/strapi';
import { changeFeedOf } from './change-feed';
import type { Change } from './read-cache-changes';

/**
 * The public read cache: whole responses to anonymous content-API reads (REST GETs of the five
 * types, GraphQL queries), kept in this process's memory and served without reading the
 * content again, as long as nothing they hold was written since. The HTTP side is
 * `src/middlewares/read-cache.ts`.
 *
 * Every cached read, hit or miss, first asks the database whether anything was committed since
 * the last question (one cheap query sent after the request arrived, `src/bootstrap/change-feed.ts`),
 * and if so, what: the change log (`src/bootstrap/read-cache-changes.ts`), written by triggers, whoever wrote (this
 * app, another instance, `npm run import`, psql). A write drops the responses that hold one of
 * the documents it touched and the lists of their types; a write the log cannot place
 * (permissions, settings, any other table) drops everything. A read that starts after a write
 * committed, in this process or in any other on the same database, never gets the answer from
 * before it.
 *  - PostgreSQL: the version of the log, a one-row table, read on a connection of its own, one
 *    query for all the reads that arrive while the previous one is on its way; the changes of
 *    the versions since, when it moved.
 *  - SQLite: `PRAGMA data_version` on a connection of its own, which changes whenever another
 *    connection (this app's own, another process's) commits to the file: a synchronous read of
 *    a few microseconds; the log's rows since, when it moved.
 *
 * A response is kept only if no change applied while it was being made touches it.
 *
 * Limits: a table created after the app started (by another program) has no trigger until the
 * next start, and writes to it are not seen; `invalidateReadCache(strapi)` empties this
 * process's cache by hand, READ_CACHE=off turns it off.
 */
export class ReadCache {
  /** Bumped by every change applied; a response is kept only if no change since its start touches it. */
  generation = 0;
  /** Hits, misses and responses dropped, since start: for tests and benchmarks. */
  readonly stats = { hits: 0, misses: 0, dropped: 0, emptied: 0 };
  private entries = new Map<string, Entry>();
  private byDocument = new Map<string, Set<string>>();
  private byList = new Map<string, Set<string>>();
  /** Entries that any write of content drops (their documents are not known). */
  private anyWrite = new Set<string>();
  /** The last changes applied, with the generation each made, for `set`. */
  private recent: Array<{ generation: number; change: Change }> = [];
  private bytes = 0;

  constructor(
    readonly maxBytes: number,
    readonly maxEntries: number,
  ) {}

  get size() {
    return this.entries.size;
  }

  get usedBytes() {
    return this.bytes;
  }

  has(key: string) {
    return this.entries.has(key);
  }

  get(key: string): CachedResponse | undefined {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    // Least recently used first: a hit moves the entry to the end of the Map's order.
    this.entries.delete(key);
    this.entries.set(key, entry);
    return entry.response;
  }

  /**
   * Keeps a response made since `generation`, unless a change applied meanwhile touches what it
   * holds. `dependencies` default to any write.
   */
  set(key: string, generation: number, response: CachedResponse, dependencies: Dependencies = ANY_WRITE): boolean {
    if (generation !== this.generation) {
      const since = this.recent.filter((r) => r.generation > generation);
      // Changes older than the ones remembered: nothing can be said of them.
      if (since.length !== this.generation - generation) return false;
      if (since.some((r) => touches(r.change, dependencies))) return false;
    }
    const size = sizeOf(key, response);
    if (size > this.maxBytes / 8) return false;
    this.remove(key);
    this.entries.set(key, { response, dependencies });
    this.bytes += size;
    if (dependencies.any) this.anyWrite.add(key);
    for (const id of dependencies.documents) indexed(this.byDocument, id).add(key);
    if (dependencies.list) indexed(this.byList, dependencies.list).add(key);
    for (const [oldest] of this.entries) {
      if (this.bytes <= this.maxBytes && this.entries.size <= this.maxEntries) break;
      this.remove(oldest);
    }
    return true;
  }

  /** Drops what a change touches (everything for `{ all: true }`). */
  apply(change: Change) {
    this.generation += 1;
    this.recent.push({ generation: this.generation, change });
    if (this.recent.length > RECENT_CHANGES) this.recent.splice(0, this.recent.length - RECENT_CHANGES);
    if (change.all) {
      this.stats.dropped += this.entries.size;
      this.stats.emptied += 1;
      this.entries.clear();
      this.byDocument.clear();
      this.byList.clear();
      this.anyWrite.clear();
      this.bytes = 0;
      return;
    }
    const keys = new Set(this.anyWrite);
    for (const id of change.documents) for (const key of this.byDocument.get(id) ?? []) keys.add(key);
    for (const table of change.tables) for (const key of this.byList.get(table) ?? []) keys.add(key);
    for (const key of keys) if (this.remove(key)) this.stats.dropped += 1;
  }

  invalidate() {
    this.apply({ all: true });
  }

  private remove(key: string) {
    const entry = this.entries.get(key);
    if (!entry) return false;
    this.entries.delete(key);
    this.bytes -= sizeOf(key, entry.response);
    this.anyWrite.delete(key);
    for (const id of entry.dependencies.documents) unindex(this.byDocument, id, key);
    if (entry.dependencies.list) unindex(this.byList, entry.dependencies.list, key);
    return true;
  }
}

/** What a cached response holds: the documents in it, the type it lists, or any content at all. */
export type Dependencies = { documents: string[]; list: string | null; any: boolean };
export const ANY_WRITE: Dependencies = { documents: [], list: null, any: true };

/** Changes remembered for the responses being made while they were applied. */
const RECENT_CHANGES = 1000;

type Entry = { response: CachedResponse; dependencies: Dependencies };

const touches = (change: Change, dependencies: Dependencies) =>
  change.all ||
  dependencies.any ||
  (dependencies.list !== null && change.tables.has(dependencies.list)) ||
  dependencies.documents.some((id) => change.documents.has(id));

const indexed = (index: Map<string, Set<string>>, name: string) => {
  let keys = index.get(name);
  if (!keys) index.set(name, (keys = new Set()));
  return keys;
};

const unindex = (index: Map<string, Set<string>>, name: string, key: string) => {
  const keys = index.get(name);
  if (!keys) return;
  keys.delete(key);
  if (!keys.size) index.delete(name);
};

export type CachedResponse = { body: Buffer; type: string };

const sizeOf = (key: string, response: CachedResponse) => key.length * 2 + response.body.length + 64;

const CONTAINER_KEY = 'readCache';

/**
 * Empties the public read cache, and whatever else keeps reads until the next write (the change
 * feed's listeners). Every write to a table that existed when the app started is seen by itself
 * (the change log's triggers); call this after writing by other means (a table created since),
 * once the write is committed. Safe to call when the cache is off. The cache lives on the Strapi
 * instance, not in this module, so a copy of this module loaded from another path (the plugin's
 * TypeScript, the compiled app) empties the same cache.
 */
export function invalidateReadCache(strapi: Core.Strapi) {
  changeFeedOf(strapi).announce({ all: true });
}

/** The cache, or null when READ_CACHE=off. */
export function readCacheOf(strapi: Core.Strapi): ReadCache | null {
  return strapi.has(CONTAINER_KEY) ? strapi.get<ReadCache>(CONTAINER_KEY) : null;
}

/** Creates the cache (in `register`), unless READ_CACHE=off. Bounded by READ_CACHE_MAX_MB. */
export function createReadCache(strapi: Core.Strapi) {
  if (!readCacheEnabled()) return;
  const maxMb = Number(process.env.READ_CACHE_MAX_MB || 100);
  const cache = new ReadCache(Math.max(1, maxMb) * 1024 * 1024, 100_000);
  strapi.add(CONTAINER_KEY, cache);
  changeFeedOf(strapi).onChange((change) => cache.apply(change));
}

const readCacheEnabled = () => !/^(off|false|0|no)$/i.test(process.env.READ_CACHE ?? '');


/** The content types whose documents the cache tracks one by one (the others' writes drop everything). */
export const CACHED_UIDS = ['api::article.article', 'api::quote.quote', 'api::person.person', 'api::organization.organization', 'api::tag.tag'];

/** The table of each cached type, by the plural name of its REST path. */
export function cachedTypes(strapi: Core.Strapi) {
  return new Map(
    CACHED_UIDS.map((uid) => {
      const model = strapi.getModel(uid as never) as unknown as { info: { pluralName: string }; collectionName: string; attributes: Record<string, { type: string }> };
      const relations = new Set(
        Object.entries(model.attributes)
          .filter(([, a]) => ['relation', 'component', 'dynamiczone', 'media'].includes(a.type))
          .map(([name]) => name),
      );
      return [model.info.pluralName, { uid, table: model.collectionName, relations }];
    }),
  );
}
