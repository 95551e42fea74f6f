import type { Core } from '@strapi/strapi';
import type { Knex } from 'knex';

/**
 * The public read cache: whole responses to anonymous content-API reads (REST GETs of the five
 * types, GraphQL queries), kept in this process's memory and served without reading the
 * content again, as long as the database's data version says nothing was written since. The
 * HTTP side is `src/middlewares/read-cache.ts`.
 *
 * Every cached read, hit or miss, first reads the data version, one cheap question to the
 * database sent after the request arrived, and the cache is emptied when the version moved: a
 * read that starts after a write committed, in this process or in any other on the same
 * database, never gets the answer from before it.
 *  - PostgreSQL: a one-row table, `read_cache_version`, bumped by a trigger on every table of
 *    the schema, deferred to the end of the writing transaction (or of the statement, outside
 *    one), so the bump commits together with the write it counts, whoever wrote: this app,
 *    another instance, `npm run import`, psql. The triggers are installed at start on the
 *    tables that lack them; the row is read on a connection of its own, one query for all the
 *    reads that arrive while the previous one is on its way.
 *  - SQLite: `PRAGMA data_version` on a connection of its own, which changes whenever another
 *    connection (this app's own, another process's) commits to the file: a synchronous read
 *    of a few microseconds.
 *
 * This process's own writes also empty the cache as they happen: every statement that writes
 * through Strapi's knex instance (its `query-response` event), and, inside a transaction, its
 * commit. A response is kept only if no invalidation happened while it was being made (the
 * generation it started with is still the current one).
 *
 * Limits: on PostgreSQL, a table created after the app started (by another program) has no
 * trigger until the next start, and writes to it are not seen; `invalidateReadCache(strapi)`
 * empties this process's cache by hand, READ_CACHE=off turns it off.
 */
export class ReadCache {
  /** Bumped by every invalidation; a response is kept only under the generation it began in. */
  generation = 0;
  private entries = new Map<string, CachedResponse>();
  private bytes = 0;
  /** Reads the database's data version; null until the database is connected. */
  private versionSource: VersionSource | null = null;
  /** The data version last read; undefined when unknown (not yet read, or a read failed). */
  private seenVersion: DataVersion | undefined;

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
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    // Least recently used first: a hit moves the entry to the end of the Map's order.
    this.entries.delete(key);
    this.entries.set(key, entry);
    return entry;
  }

  /** Keeps a response made under `generation`, unless the data may have changed since. */
  set(key: string, generation: number, response: CachedResponse): boolean {
    if (generation !== this.generation) return false;
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

  /** Where the data version comes from (`watchWrites`); the cache serves nothing without one. */
  readVersionFrom(source: VersionSource | null) {
    this.versionSource = source;
    this.seenVersion = undefined;
    this.invalidate();
  }

  /**
   * Reads the data version, by a question sent after this call, and empties the cache if it
   * moved since the last reading. True when what is left may be served.
   *
   * Called before every cached read, hit or miss. Why that suffices: an entry is kept only if
   * no invalidation happened while it was made, so the data version read before it was made is
   * still the one read now; the version moves with every commit, so nothing was committed
   * between the two readings, and the entry was read from the database after the first.
   */
  async verify(): Promise<boolean> {
    if (!this.versionSource) return false;
    let version: DataVersion;
    try {
      version = await this.versionSource();
    } catch {
      this.seenVersion = undefined;
      this.invalidate();
      return false;
    }
    if (version !== this.seenVersion) {
      this.invalidate();
      this.seenVersion = version;
    }
    return true;
  }
}

/** A number that changes whenever anyone commits a write to the database. */
type DataVersion = string | number;
type VersionSource = () => DataVersion | Promise<DataVersion>;

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
const watchers = new WeakMap<Core.Strapi, () => Promise<void>>();

/**
 * Watches the writes that must empty a read cache (in `bootstrap`, once the database is
 * connected):
 *  - on PostgreSQL, installs the data version (its table, the triggers that bump it) whether
 *    or not this process caches, so that the tables this process created bump it for the
 *    others;
 *  - gives the cache its source of the data version, read on every hit;
 *  - this process's writes, through Strapi's knex instance: after the statement ran, and,
 *    inside `strapi.db.transaction`, again when the transaction commits.
 */
export async function watchWrites(strapi: Core.Strapi) {
  const cache = readCacheOf(strapi);
  const client = (strapi.db as unknown as { dialect: { client: string } }).dialect.client;
  if (client === 'postgres') await installDataVersion(strapi);
  if (!cache) return;

  let source: { read: VersionSource; close: () => Promise<void> } | null = null;
  try {
    source = client === 'postgres' ? pgDataVersion(strapi) : client === 'sqlite' ? sqliteDataVersion(strapi) : null;
  } catch (error) {
    strapi.log.warn(`read cache: cannot read the data version (${(error as Error).message})`);
  }
  if (!source) strapi.log.warn(`read cache: no data version on ${client}; nothing is served from memory`);
  cache.readVersionFrom(source?.read ?? null);
  await cache.verify();
  watchers.set(strapi, async () => {
    cache.readVersionFrom(null);
    await source?.close();
  });

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
          cache.invalidate();
        });
        onRollback(() => hooked.delete(txId));
      })
      .catch((error: Error) => strapi.log.error(`read cache: could not watch a transaction's commit: ${error.message}`));
  });

  connection.on('query-response', (_response, query) => {
    if (isWrite(query.sql)) cache.invalidate();
  });
}

/** Stops reading the data version (in `destroy`). */
export async function stopWatchingWrites(strapi: Core.Strapi) {
  await watchers.get(strapi)?.();
  watchers.delete(strapi);
}

/** The one-row table that holds the data version, beside Strapi's tables. */
const VERSION_TABLE = 'read_cache_version';
const BUMP_FUNCTION = 'read_cache_bump';
const BUMP_TRIGGER = 'read_cache_bump';
const BUMP_TRUNCATE_TRIGGER = 'read_cache_bump_truncate';

const schemaOf = (strapi: Core.Strapi) => strapi.db.getSchemaName() || 'public';
const quoted = (name: string) => `"${name.replace(/"/g, '""')}"`;
const literal = (text: string) => `'${text.replace(/'/g, "''")}'`;

/**
 * Creates the data version of the schema, if absent, and a trigger on every table that lacks
 * one. The trigger is a constraint trigger deferred to the commit: a writing transaction bumps
 * the version once, just before it commits, so the row lock that orders the bumps is held for
 * the commit only, and the new version becomes visible with the write it counts, never before,
 * never after. A transaction-local setting marks the transaction as counted, so its other rows
 * cost one function call each. TRUNCATE fires no row trigger: a statement trigger counts it.
 * Under an advisory lock, so that processes starting together do not race; one transaction per
 * table, so that installing never holds the lock of one table while waiting for another's.
 */
async function installDataVersion(strapi: Core.Strapi) {
  const schema = schemaOf(strapi);
  const table = `${quoted(schema)}.${quoted(VERSION_TABLE)}`;
  const bump = `${quoted(schema)}.${quoted(BUMP_FUNCTION)}`;
  const lockName = `read_cache_version ${schema}`;
  const untriggered = `SELECT c.relname AS name FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
    WHERE n.nspname = ? AND c.relkind = 'r' AND c.relname <> ? AND (?::text IS NULL OR c.relname = ?::text)
      AND NOT EXISTS (SELECT 1 FROM pg_trigger t WHERE t.tgrelid = c.oid AND t.tgname = ?)`;
  const missing = async (trx: Knex.Transaction, only: string | null = null) =>
    ((await trx.raw(untriggered, [schema, VERSION_TABLE, only, only, BUMP_TRIGGER])) as { rows: Array<{ name: string }> }).rows.map((r) => r.name);

  const tables = await strapi.db.connection.transaction(async (trx) => {
    await trx.raw('SELECT pg_advisory_xact_lock(hashtext(?))', [lockName]);
    await trx.raw(`CREATE TABLE IF NOT EXISTS ${table} (id smallint PRIMARY KEY CHECK (id = 1), version bigint NOT NULL)`);
    await trx.raw(`INSERT INTO ${table} (id, version) VALUES (1, 0) ON CONFLICT (id) DO NOTHING`);
    await trx.raw(`
      CREATE OR REPLACE FUNCTION ${bump}() RETURNS trigger LANGUAGE plpgsql AS $bump$
      BEGIN
        IF current_setting('read_cache.counted', true) IS DISTINCT FROM ${literal(schema)} THEN
          PERFORM set_config('read_cache.counted', ${literal(schema)}, true);
          UPDATE ${table} SET version = version + 1 WHERE id = 1;
        END IF;
        RETURN NULL;
      END
      $bump$`);
    return missing(trx);
  });
  for (const name of tables) {
    await strapi.db.connection.transaction(async (trx) => {
      await trx.raw('SELECT pg_advisory_xact_lock(hashtext(?))', [lockName]);
      if (!(await missing(trx, name)).length) return;
      const on = `${quoted(schema)}.${quoted(name)}`;
      await trx.raw(
        `CREATE CONSTRAINT TRIGGER ${BUMP_TRIGGER} AFTER INSERT OR UPDATE OR DELETE ON ${on}
          DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION ${bump}()`,
      );
      await trx.raw(`DROP TRIGGER IF EXISTS ${BUMP_TRUNCATE_TRIGGER} ON ${on}`);
      await trx.raw(`CREATE TRIGGER ${BUMP_TRUNCATE_TRIGGER} AFTER TRUNCATE ON ${on} FOR EACH STATEMENT EXECUTE FUNCTION ${bump}()`);
    });
  }
}

type PgConnection = {
  query(query: { name: string; text: string }): Promise<{ rows: Array<{ version: string }> }>;
  on(event: 'error' | 'end', listener: (error?: Error) => void): unknown;
};
type RawConnections = {
  acquireRawConnection(): Promise<PgConnection>;
  destroyRawConnection(connection: PgConnection): Promise<void>;
};

/**
 * Reads the data version of PostgreSQL on a connection of its own (opened again when lost), by
 * a prepared statement. Hits arriving while a reading is on its way share the next one: each
 * caller gets a value read by a statement sent after it asked, one round trip at a time.
 */
function pgDataVersion(strapi: Core.Strapi) {
  const connections = strapi.db.connection.client as unknown as RawConnections;
  const query = { name: 'read_cache_version', text: `SELECT version FROM ${quoted(schemaOf(strapi))}.${quoted(VERSION_TABLE)} WHERE id = 1` };
  let connection: Promise<PgConnection> | null = null;
  let failedAt = 0;
  let closed = false;

  const connect = () => {
    if (Date.now() - failedAt < RECONNECT_MS) return Promise.reject(new Error('the data version connection is down'));
    const opening = connections.acquireRawConnection().then((opened) => {
      const lost = (error?: Error) => {
        if (connection !== opening) return;
        connection = null;
        failedAt = Date.now();
        strapi.log.warn(`read cache: lost the data version connection (${error?.message ?? 'ended'}); not serving from memory until reconnected`);
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

  const readOnce = async (): Promise<DataVersion> => {
    if (closed) throw new Error('closed');
    connection ??= connect();
    const { rows } = await (await connection).query(query);
    if (!rows[0]) throw new Error(`no row in ${VERSION_TABLE}`);
    return rows[0].version;
  };

  let running: Promise<DataVersion> | null = null;
  let queued: Promise<DataVersion> | null = null;
  const start = () => {
    const reading = readOnce();
    running = reading;
    const done = () => {
      if (running === reading) running = null;
    };
    reading.then(done, done);
    return reading;
  };
  const read = (): Promise<DataVersion> => {
    if (queued) return queued;
    if (!running) return start();
    queued = running.then(noop, noop).then(() => {
      queued = null;
      return start();
    });
    return queued;
  };

  return {
    read,
    close: async () => {
      closed = true;
      const open = connection;
      connection = null;
      await Promise.allSettled([running, queued]);
      if (open) await open.then((c) => connections.destroyRawConnection(c)).catch(noop);
    },
  };
}

const RECONNECT_MS = 1000;
const noop = () => undefined;

// better-sqlite3 (Strapi's SQLite driver) has no types installed; the calls made here.
type SqliteDatabase = { prepare(sql: string): { pluck(): { get(): unknown } }; close(): void };
// eslint-disable-next-line @typescript-eslint/no-require-imports
const openSqlite = (file: string) => new (require('better-sqlite3') as new (file: string, options: object) => SqliteDatabase)(file, { fileMustExist: true });

/**
 * SQLite tells a connection whether another one committed since it last asked: on a connection
 * that never writes, every commit to the file (this app's, another process's) moves it.
 */
function sqliteDataVersion(strapi: Core.Strapi) {
  const file = (strapi.db.connection.client as unknown as { connectionSettings: { filename: string } }).connectionSettings.filename;
  const db = openSqlite(file);
  const dataVersion = db.prepare('PRAGMA data_version').pluck();
  return {
    read: () => dataVersion.get() as number,
    close: async () => db.close(),
  };
}
