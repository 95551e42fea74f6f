import type { Core } from '@strapi/strapi';
import {
  CHANGES_TABLE,
  VERSION_TABLE,
  changeOf,
  installPgChangeLog,
  installSqliteChangeLog,
  prunePgChangeLog,
  pruneSqliteChangeLog,
  type Change,
} from './read-cache-changes';

/**
 * The public read cache: whole responses to anonymous content-API reads (REST GETs of the five
 * types, GraphQL queries), kept in this process's memory and served without reading the
 * content again, as long as nothing they hold was written since. The HTTP side is
 * `src/middlewares/read-cache.ts`.
 *
 * Every cached read, hit or miss, first asks the database whether anything was committed since
 * the last question (one cheap query sent after the request arrived), and if so, what: the
 * change log (`src/bootstrap/read-cache-changes.ts`), written by triggers, whoever wrote (this
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
  /** Reads what changed since the last call; null until the database is connected. */
  private changeSource: ChangeSource | null = null;
  private running: Promise<boolean> | null = null;
  private queued: Promise<boolean> | null = null;

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

  /** Where the changes come from (`watchWrites`); the cache serves nothing without a source. */
  readChangesFrom(source: ChangeSource | null) {
    this.changeSource = source;
    this.invalidate();
  }

  /**
   * Asks the database what was committed since the last question, by a query sent after this
   * call, and drops what it touched. True when what is left may be served. Calls that arrive
   * while a question is on its way share the next one.
   *
   * Called before every cached read, hit or miss. Why that suffices: an entry is kept only if
   * no change applied while it was made touches it, and every change committed before this
   * call is applied when it returns; so nothing an entry holds was written since it was read.
   */
  verify(): Promise<boolean> {
    if (this.queued) return this.queued;
    if (!this.running) return this.startVerify();
    const after = () => {
      this.queued = null;
      return this.startVerify();
    };
    this.queued = this.running.then(after, after);
    return this.queued;
  }

  private startVerify(): Promise<boolean> {
    const reading = this.poll();
    this.running = reading;
    const done = () => {
      if (this.running === reading) this.running = null;
    };
    reading.then(done, done);
    return reading;
  }

  private async poll(): Promise<boolean> {
    const source = this.changeSource;
    if (!source) return false;
    let change: Change | null;
    try {
      change = await source();
    } catch {
      this.invalidate();
      return false;
    }
    if (source !== this.changeSource) return false;
    if (change) this.apply(change);
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

/** What was committed since the last call: null for nothing. */
type ChangeSource = () => Change | null | Promise<Change | null>;

export type CachedResponse = { body: Buffer; type: string };

const sizeOf = (key: string, response: CachedResponse) => key.length * 2 + response.body.length + 64;

const CONTAINER_KEY = 'readCache';

/**
 * Empties the public read cache. Every write to a table that existed when the app started is
 * seen by itself (the change log's triggers); call this after writing by other means (a table
 * created since), once the write is committed. Safe to call when the cache is
 * off. The cache lives on the Strapi instance, not in this module, so a copy of this module
 * loaded from another path (the plugin's TypeScript, the compiled app) empties the same cache.
 */
export function invalidateReadCache(strapi: Core.Strapi) {
  if (strapi.has(CONTAINER_KEY)) strapi.get<ReadCache>(CONTAINER_KEY).invalidate();
}

/** The cache, or null when READ_CACHE=off. */
export function readCacheOf(strapi: Core.Strapi): ReadCache | null {
  return strapi.has(CONTAINER_KEY) ? strapi.get<ReadCache>(CONTAINER_KEY) : null;
}

/** Creates the cache (in `register`), unless READ_CACHE=off. Bounded by READ_CACHE_MAX_MB. */
export function createReadCache(strapi: Core.Strapi) {
  if (!readCacheEnabled()) return;
  const maxMb = Number(process.env.READ_CACHE_MAX_MB || 100);
  strapi.add(CONTAINER_KEY, new ReadCache(Math.max(1, maxMb) * 1024 * 1024, 100_000));
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

/** What stops each Strapi instance's watchers, for `destroy`. */
const watchers = new WeakMap<Core.Strapi, () => Promise<void>>();

/** How often a process trims the change log. */
const PRUNE_EVERY_MS = 60_000;

/**
 * Watches the writes that must drop cached responses (in `bootstrap`, once the database is
 * connected): installs the change log (its tables, the triggers that fill it) whether or not
 * this process caches, so that the tables this process created report their writes to the
 * others; gives the cache its source of changes, read on every cached read.
 */
export async function watchWrites(strapi: Core.Strapi) {
  const cache = readCacheOf(strapi);
  const client = (strapi.db as unknown as { dialect: { client: string } }).dialect.client;
  if (client === 'postgres') await installPgChangeLog(strapi, CACHED_UIDS);
  else if (client === 'sqlite') await installSqliteChangeLog(strapi, CACHED_UIDS);
  if (!cache) return;

  const tables = new Set([...cachedTypes(strapi).values()].map((t) => t.table));
  let source: { read: ChangeSource; close: () => Promise<void> } | null = null;
  try {
    source = client === 'postgres' ? pgChanges(strapi, tables) : client === 'sqlite' ? sqliteChanges(strapi, tables) : null;
  } catch (error) {
    strapi.log.warn(`read cache: cannot read the change log (${(error as Error).message})`);
  }
  if (!source) strapi.log.warn(`read cache: no change log on ${client}; nothing is served from memory`);
  cache.readChangesFrom(source?.read ?? null);
  await cache.verify();

  const prune = client === 'postgres' ? prunePgChangeLog : pruneSqliteChangeLog;
  const timer = setInterval(() => {
    prune(strapi).catch((error: Error) => strapi.log.warn(`read cache: could not trim the change log: ${error.message}`));
  }, PRUNE_EVERY_MS);
  timer.unref();
  watchers.set(strapi, async () => {
    clearInterval(timer);
    cache.readChangesFrom(null);
    await source?.close();
  });
}

/** Stops reading the change log (in `destroy`). */
export async function stopWatchingWrites(strapi: Core.Strapi) {
  await watchers.get(strapi)?.();
  watchers.delete(strapi);
}

const quoted = (name: string) => `"${name.replace(/"/g, '""')}"`;

type PgConnection = {
  query(query: { name: string; text: string; values?: unknown[] }): Promise<{ rows: Array<Record<string, unknown>> }>;
  on(event: 'error' | 'end', listener: (error?: Error) => void): unknown;
};
type RawConnections = {
  acquireRawConnection(): Promise<PgConnection>;
  destroyRawConnection(connection: PgConnection): Promise<void>;
};

/**
 * Reads the PostgreSQL change log on a connection of its own (opened again when lost): the
 * version by a prepared statement, and when it moved, the changes of the versions since. A
 * version older than what the log still holds, or a lost connection, drops everything.
 */
function pgChanges(strapi: Core.Strapi, cachedTables: Set<string>) {
  const connections = strapi.db.connection.client as unknown as RawConnections;
  const schema = quoted(strapi.db.getSchemaName() || 'public');
  const versionQuery = { name: 'read_cache_version', text: `SELECT version, pruned_below FROM ${schema}.${quoted(VERSION_TABLE)} WHERE id = 1` };
  const changesText = `SELECT version, tbl, document_ids FROM ${schema}.${quoted(CHANGES_TABLE)} WHERE version > $1 AND version <= $2`;
  let connection: Promise<PgConnection> | null = null;
  let failedAt = 0;
  let closed = false;
  /** The version whose changes were last applied; undefined when unknown. */
  let seen: number | undefined;

  const connect = () => {
    if (Date.now() - failedAt < RECONNECT_MS) return Promise.reject(new Error('the change log connection is down'));
    const opening = connections.acquireRawConnection().then((opened) => {
      const lost = (error?: Error) => {
        if (connection !== opening) return;
        connection = null;
        failedAt = Date.now();
        strapi.log.warn(`read cache: lost the change log connection (${error?.message ?? 'ended'}); not serving from memory until reconnected`);
      };
      opened.on('error', lost);
      opened.on('end', lost);
      return opened;
    });
    opening.catch(() => {
      if (connection === opening) connection = null;
      failedAt = Date.now();
    });
    return opening;
  };

  const read = async (): Promise<Change | null> => {
    if (closed) throw new Error('closed');
    try {
      connection ??= connect();
      const open = await connection;
      const { rows } = await open.query(versionQuery);
      if (!rows[0]) throw new Error(`no row in ${VERSION_TABLE}`);
      const version = Number(rows[0].version);
      const prunedBelow = Number(rows[0].pruned_below);
      if (version === seen) return null;
      const since = seen;
      seen = version;
      if (since === undefined || since + 1 < prunedBelow || version < since) return { all: true };
      const changes = await open.query({ name: 'read_cache_changes', text: changesText, values: [since, version] });
      // Every version has rows; one missing was trimmed meanwhile (`prunePgChangeLog`).
      if (new Set(changes.rows.map((r) => String(r.version))).size !== version - since) return { all: true };
      return changeOf(
        changes.rows.map((r) => ({ tbl: r.tbl as string, documentIds: r.document_ids as string[] | null })),
        cachedTables,
      );
    } catch (error) {
      seen = undefined;
      throw error;
    }
  };

  return {
    read,
    close: async () => {
      closed = true;
      const open = connection;
      connection = null;
      if (open) await open.then((c) => connections.destroyRawConnection(c)).catch(noop);
    },
  };
}

const RECONNECT_MS = 1000;
const noop = () => undefined;

// better-sqlite3 (Strapi's SQLite driver) has no types installed; the calls made here.
type SqliteStatement = { pluck(): { get(...values: unknown[]): unknown }; all(...values: unknown[]): unknown[] };
type SqliteDatabase = { prepare(sql: string): SqliteStatement; close(): void };
// eslint-disable-next-line @typescript-eslint/no-require-imports
const openSqlite = (file: string) => new (require('better-sqlite3') as new (file: string, options: object) => SqliteDatabase)(file, { fileMustExist: true });

/**
 * SQLite tells a connection whether another one committed since it last asked: on a connection
 * that never writes, every commit to the file (this app's, another process's) moves it. Then
 * the log's rows since the last one read say what.
 */
function sqliteChanges(strapi: Core.Strapi, cachedTables: Set<string>) {
  const file = (strapi.db.connection.client as unknown as { connectionSettings: { filename: string } }).connectionSettings.filename;
  const db = openSqlite(file);
  const dataVersion = db.prepare('PRAGMA data_version').pluck();
  const prunedBelow = db.prepare(`SELECT pruned_below FROM ${quoted(VERSION_TABLE)} WHERE id = 1`).pluck();
  const last = db.prepare(`SELECT coalesce(max(id), 0) FROM ${quoted(CHANGES_TABLE)}`).pluck();
  const since = db.prepare(`SELECT id, tbl, document_id AS documentId FROM ${quoted(CHANGES_TABLE)} WHERE id > ? ORDER BY id`);
  let version: unknown;
  let seen: number | undefined;
  return {
    read: (): Change | null => {
      try {
        return readOnce();
      } catch (error) {
        seen = undefined;
        throw error;
      }
    },
    close: async () => db.close(),
  };

  function readOnce(): Change | null {
    const now = dataVersion.get();
    if (now === version && seen !== undefined) return null;
    version = now;
    const from = seen;
    if (from === undefined || from + 1 < Number(prunedBelow.get())) {
      seen = Number(last.get());
      return { all: true };
    }
    const rows = since.all(from) as Array<{ id: number; tbl: string; documentId: string | null }>;
    if (!rows.length) return null;
    // The log's ids follow one another; a gap after `from` was trimmed meanwhile.
    if (rows[0].id !== from + 1) {
      seen = rows[rows.length - 1].id;
      return { all: true };
    }
    seen = rows[rows.length - 1].id;
    return changeOf(
      rows.map((r) => ({ tbl: r.tbl, documentIds: [r.documentId] })),
      cachedTables,
    );
  }
}
