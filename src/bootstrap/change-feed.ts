import type { Core } from '@strapi/strapi';
import { CHANGES_TABLE, VERSION_TABLE, changeOf, installPgChangeLog, installSqliteChangeLog, prunePgChangeLog, pruneSqliteChangeLog, type Change } from './read-cache-changes';

/**
 * What was committed to the database since this process last asked, by anyone (this app,
 * another instance, `npm run import`, psql): the change log of `read-cache-changes.ts`, read on
 * a connection of its own. Whatever keeps something read from the database until the next
 * write of it listens here: the public read cache (`read-cache.ts`) drops the responses a write
 * touched, the users-permissions memo (`role-permissions.ts`) its permissions and abilities
 * (a write of permissions or roles is a `{ all: true }` change).
 *
 * A reader calls `verifyFor(request)` before it trusts what it kept: a query sent after the
 * call, so every change committed before it is applied (its listeners called) when it returns.
 * All the reads of one request share one question, however many of them ask.
 */
export class ChangeFeed {
  /** Reads what changed since the last call; null until the database is connected. */
  private source: ChangeSource | null = null;
  private listeners: Array<(change: Change) => void> = [];
  private running: Promise<boolean> | null = null;
  private queued: Promise<boolean> | null = null;
  private asked = new WeakMap<object, Promise<boolean>>();

  /** Calls `listener` with every change applied, and with `{ all: true }` when nothing can be said. */
  onChange(listener: (change: Change) => void) {
    this.listeners.push(listener);
  }

  /** Applies a change: its listeners drop what it touches. */
  announce(change: Change) {
    for (const listener of this.listeners) listener(change);
  }

  /** Where the changes come from (`watchWrites`); `verify` answers false without a source. */
  readFrom(source: ChangeSource | null) {
    this.source = source;
    this.announce({ all: true });
  }

  /**
   * Asks the database what was committed since the last question, by a query sent after this
   * call, and applies it. True when what the listeners kept may be served. Calls that arrive
   * while a question is on its way share the next one.
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

  /** `verify`, once per request (an object that lives as long as it: koa's context). */
  verifyFor(request: object): Promise<boolean> {
    let verified = this.asked.get(request);
    if (!verified) this.asked.set(request, (verified = this.verify()));
    return verified;
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
    const source = this.source;
    if (!source) return false;
    let change: Change | null;
    try {
      change = await source();
    } catch {
      this.announce({ all: true });
      return false;
    }
    if (source !== this.source) return false;
    if (change) this.announce(change);
    return true;
  }
}

/** What was committed since the last call: null for nothing. */
type ChangeSource = () => Change | null | Promise<Change | null>;

const CONTAINER_KEY = 'changeFeed';

/**
 * The feed of this Strapi (created in `register`, so that its readers can listen before the
 * database is connected; it lives on the Strapi instance, not in this module, so a copy of this
 * module loaded from another path reaches the same feed).
 */
export function changeFeedOf(strapi: Core.Strapi): ChangeFeed {
  if (!strapi.has(CONTAINER_KEY)) strapi.add(CONTAINER_KEY, new ChangeFeed());
  return strapi.get<ChangeFeed>(CONTAINER_KEY);
}

/** What stops each Strapi instance's watchers, for `destroy`. */
const watchers = new WeakMap<Core.Strapi, () => Promise<void>>();

/** How often a process trims the change log. */
const PRUNE_EVERY_MS = 60_000;

/**
 * Watches the writes (in `bootstrap`, once the database is connected): installs the change log
 * (its tables, the triggers that fill it) for `trackedUids`, the types whose documents are
 * tracked one by one (a write of anything else is `{ all: true }`), and gives the feed its
 * source, read whenever a reader verifies.
 */
export async function watchWrites(strapi: Core.Strapi, trackedUids: string[]) {
  const feed = changeFeedOf(strapi);
  const client = (strapi.db as unknown as { dialect: { client: string } }).dialect.client;
  if (client === 'postgres') await installPgChangeLog(strapi, trackedUids);
  else if (client === 'sqlite') await installSqliteChangeLog(strapi, trackedUids);

  const tables = new Set(trackedUids.map((uid) => (strapi.db.metadata.get(uid as never) as unknown as { tableName: string }).tableName));
  let source: { read: ChangeSource; close: () => Promise<void> } | null = null;
  try {
    source = client === 'postgres' ? pgChanges(strapi, tables) : client === 'sqlite' ? sqliteChanges(strapi, tables) : null;
  } catch (error) {
    strapi.log.warn(`change feed: cannot read the change log (${(error as Error).message})`);
  }
  if (!source) strapi.log.warn(`change feed: no change log on ${client}; nothing read is kept in memory`);
  feed.readFrom(source?.read ?? null);
  await feed.verify();

  const prune = client === 'postgres' ? prunePgChangeLog : pruneSqliteChangeLog;
  const timer = setInterval(() => {
    prune(strapi).catch((error: Error) => strapi.log.warn(`change feed: could not trim the change log: ${error.message}`));
  }, PRUNE_EVERY_MS);
  timer.unref();
  watchers.set(strapi, async () => {
    clearInterval(timer);
    feed.readFrom(null);
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
        strapi.log.warn(`change feed: lost the change log connection (${error?.message ?? 'ended'}); nothing kept is served until reconnected`);
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
