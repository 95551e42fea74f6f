import type { Core } from '@strapi/strapi';

/**
 * The public read cache: whole responses to anonymous content-API reads (REST GETs of the five
 * types, GraphQL queries), kept in this process's memory and served without touching the
 * database, until the next write. The HTTP side is `src/middlewares/read-cache.ts`.
 *
 * A write is visible at once because the cache is emptied by every statement that writes to the
 * database, whoever sends it (the Document Service, the query engine, users-permissions when a
 * role's permissions change, the importer's raw SQL): they all go through Strapi's one knex
 * instance, whose `query-response` event this watches. Inside a transaction the cache is
 * emptied again when it commits, so that a read served while the write was not yet visible
 * cannot be kept as fresh afterwards: a response is kept only if no invalidation happened
 * while it was being made (the generation it started with is still the current one).
 *
 * Other processes on the same database (more instances behind a load balancer, the bulk-import
 * command line) announce their committed writes on PostgreSQL (NOTIFY) and every instance
 * listens (LISTEN); on SQLite each instance polls `PRAGMA data_version`. Those writes reach
 * this cache a few milliseconds (PostgreSQL) or up to a quarter of a second (SQLite) after
 * their commit.
 *
 * Limits: a writer that is not this app (psql, another program) announces nothing on
 * PostgreSQL: call `invalidateReadCache(strapi)`, send `NOTIFY strapi_read_cache, '<schema>'`,
 * or run with READ_CACHE=off. Writes in a knex transaction opened outside
 * `strapi.db.transaction` empty the cache when written but not at their commit: call
 * `invalidateReadCache(strapi)` after such a commit.
 */
export class ReadCache {
  /** Bumped by every invalidation; a response is kept only under the generation it began in. */
  generation = 0;
  /** Nothing is served or kept while the writes of other processes cannot be heard. */
  paused = false;
  private entries = new Map<string, CachedResponse>();
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

  get(key: string): CachedResponse | undefined {
    if (this.paused) return undefined;
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    // Least recently used first: a hit moves the entry to the end of the Map's order.
    this.entries.delete(key);
    this.entries.set(key, entry);
    return entry;
  }

  /** Keeps a response made under `generation`, unless the data may have changed since. */
  set(key: string, generation: number, response: CachedResponse): boolean {
    if (this.paused || generation !== this.generation) return false;
    const size = sizeOf(key, response);
    if (size > this.maxBytes / 8) return false;
    const previous = this.entries.get(key);
    if (previous) {
      this.entries.delete(key);
      this.bytes -= sizeOf(key, previous);
    }
    this.entries.set(key, response);
    this.bytes += size;
    for (const [oldest, entry] of this.entries) {
      if (this.bytes <= this.maxBytes && this.entries.size <= this.maxEntries) break;
      this.entries.delete(oldest);
      this.bytes -= sizeOf(oldest, entry);
    }
    return true;
  }

  invalidate() {
    this.generation += 1;
    this.entries.clear();
    this.bytes = 0;
  }
}

export type CachedResponse = { body: Buffer; type: string };

const sizeOf = (key: string, response: CachedResponse) => key.length * 2 + response.body.length + 64;

const CONTAINER_KEY = 'readCache';

/**
 * Empties the public read cache. Every write through Strapi's database connection does this by
 * itself; call it after writing by other means (another connection, a knex transaction opened
 * outside `strapi.db.transaction`), once the write is committed. Safe to call when the cache is
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

/** Statements that change no data: reads and transaction control. Anything else invalidates. */
const NOT_A_WRITE = /^\s*(select|pragma|show|explain|begin|commit|rollback|savepoint|release|set)\b/i;
const isWrite = (sql: unknown) => typeof sql === 'string' && !NOT_A_WRITE.test(sql);

type KnexEvents = {
  on(event: 'query', listener: (query: { sql?: string; __knexTxId?: string }) => void): unknown;
  on(event: 'query-response', listener: (response: unknown, query: { sql?: string }) => void): unknown;
};

/** What stops each Strapi instance's watchers, for `destroy`. */
const watchers = new WeakMap<Core.Strapi, Array<() => Promise<void>>>();

/**
 * Watches the writes that must empty a read cache (in `bootstrap`, once the database is
 * connected):
 *  - this process's writes, through Strapi's knex instance: after the statement ran, and, inside
 *    `strapi.db.transaction`, again when the transaction commits;
 *  - on PostgreSQL, the writes of other processes (another instance, `npm run import`): each
 *    process announces its committed writes on a notification channel, and every process with
 *    a cache listens to it. Announced whether or not this process caches, so that the others
 *    stay right;
 *  - on SQLite, the writes of other processes on the same file: `PRAGMA data_version`, polled.
 */
export async function watchWrites(strapi: Core.Strapi) {
  const cache = readCacheOf(strapi);
  const client = (strapi.db as unknown as { dialect: { client: string } }).dialect.client;
  const announcer = client === 'postgres' ? announceWrites(strapi) : null;
  if (!cache && !announcer) return;
  const written = () => {
    cache?.invalidate();
    announcer?.announce();
  };
  // One commit hook per transaction, however many statements it writes: knex tags each
  // statement with its transaction's id, so only a transaction's first write opens the nested
  // `strapi.db.transaction` that reaches its commit callbacks.
  const hooked = new Set<string>();
  const connection = strapi.db.connection as unknown as KnexEvents;

  connection.on('query', (query) => {
    // Emitted before the statement runs, in the async context of the code that sent it: the
    // transaction it belongs to, if any, is Strapi's current one. A nested
    // `strapi.db.transaction` joins it and shares its commit callbacks.
    const txId = query.__knexTxId;
    if (!isWrite(query.sql) || !txId || hooked.has(txId) || !strapi.db.inTransaction()) return;
    hooked.add(txId);
    strapi.db
      .transaction(async ({ onCommit, onRollback }) => {
        onCommit(() => {
          hooked.delete(txId);
          written();
        });
        onRollback(() => hooked.delete(txId));
      })
      .catch((error: Error) => strapi.log.error(`read cache: could not watch a transaction's commit: ${error.message}`));
  });

  connection.on('query-response', (_response, query) => {
    if (!isWrite(query.sql)) return;
    cache?.invalidate();
    // Other processes hear of a transaction's writes once they are committed, not before.
    if (!strapi.db.inTransaction()) announcer?.announce();
  });

  const stops: Array<() => Promise<void>> = [];
  if (announcer) stops.push(announcer.flush);
  if (cache && client === 'postgres') stops.push(await listenToOtherProcesses(strapi, cache));
  if (cache && client === 'sqlite') stops.push(pollDataVersion(strapi, cache));
  watchers.set(strapi, stops);
}

/** Stops watching (in `destroy`), once this process's last writes are announced. */
export async function stopWatchingWrites(strapi: Core.Strapi) {
  for (const stop of watchers.get(strapi) ?? []) await stop();
  watchers.delete(strapi);
}

/** The PostgreSQL channel writes are announced on; the payload is the schema written to. */
const CHANNEL = 'strapi_read_cache';
const schemaOf = (strapi: Core.Strapi) => strapi.db.getSchemaName() || 'public';

/**
 * Sends one notification after a burst of writes, and another if more are committed while it
 * is on its way: every commit is followed by a notification sent after it.
 */
function announceWrites(strapi: Core.Strapi) {
  const schema = schemaOf(strapi);
  let dirty = false;
  let sending: Promise<void> | null = null;
  const send = async () => {
    while (dirty) {
      dirty = false;
      await new Promise((resolve) => setImmediate(resolve));
      try {
        await strapi.db.connection.raw('SELECT pg_notify(?, ?)', [CHANNEL, schema]);
      } catch (error) {
        strapi.log.warn(`read cache: could not tell other processes of a write: ${(error as Error).message}`);
      }
    }
    sending = null;
  };
  return {
    announce() {
      dirty = true;
      sending ??= send();
    },
    flush: async () => {
      await sending;
    },
  };
}

type PgConnection = {
  query(sql: string): Promise<unknown>;
  on(event: 'notification', listener: (message: { channel: string; payload?: string }) => void): unknown;
  on(event: 'error' | 'end', listener: (error?: Error) => void): unknown;
};
type RawConnections = {
  acquireRawConnection(): Promise<PgConnection>;
  destroyRawConnection(connection: PgConnection): Promise<void>;
};

/**
 * Listens, on a connection of its own, for the writes other processes announce. While it is
 * not listening (at start, after a lost connection, until it reconnects) nothing is cached:
 * a write elsewhere could go unheard.
 */
async function listenToOtherProcesses(strapi: Core.Strapi, cache: ReadCache): Promise<() => Promise<void>> {
  const connections = strapi.db.connection.client as unknown as RawConnections;
  const schema = schemaOf(strapi);
  let current: PgConnection | null = null;
  let retry: NodeJS.Timeout | null = null;
  let stopped = false;

  const lost = (from: PgConnection, error?: Error) => {
    if (stopped || from !== current) return;
    current = null;
    cache.paused = true;
    strapi.log.warn(`read cache: stopped hearing other processes' writes (${error?.message ?? 'connection ended'}); not caching until reconnected`);
    retry ??= setTimeout(connect, 1000).unref();
  };

  async function connect() {
    retry = null;
    if (stopped) return;
    try {
      const connection = await connections.acquireRawConnection();
      connection.on('notification', (message) => {
        if (message.channel === CHANNEL && message.payload === schema) cache.invalidate();
      });
      connection.on('error', (error) => lost(connection, error));
      connection.on('end', () => lost(connection));
      await connection.query(`LISTEN ${CHANNEL}`);
      if (stopped) {
        await connections.destroyRawConnection(connection).catch(() => undefined);
        return;
      }
      current = connection;
      // Whatever was written while nobody listened.
      cache.invalidate();
      cache.paused = false;
    } catch (error) {
      strapi.log.warn(`read cache: cannot listen for other processes' writes (${(error as Error).message}); retrying`);
      retry ??= setTimeout(connect, 1000).unref();
    }
  }

  cache.paused = true;
  await connect();
  return async () => {
    stopped = true;
    if (retry) clearTimeout(retry);
    const connection = current;
    current = null;
    if (connection) await connections.destroyRawConnection(connection).catch(() => undefined);
  };
}

/**
 * SQLite tells a connection whether another one committed since it last asked: when another
 * process (`npm run import` on the same file) wrote, the cache is emptied within a poll.
 */
function pollDataVersion(strapi: Core.Strapi, cache: ReadCache): () => Promise<void> {
  let last: unknown;
  let checking: Promise<void> | null = null;
  const check = async () => {
    try {
      const rows = (await strapi.db.connection.raw('PRAGMA data_version')) as Array<{ data_version: number }>;
      const version = rows[0]?.data_version;
      if (last !== undefined && version !== last) cache.invalidate();
      last = version;
    } catch {
      // The database is closing, or busy: the next poll asks again.
    } finally {
      checking = null;
    }
  };
  const timer = setInterval(() => (checking ??= check()), SQLITE_POLL_MS);
  timer.unref();
  return async () => {
    clearInterval(timer);
    await checking;
  };
}

const SQLITE_POLL_MS = 250;
