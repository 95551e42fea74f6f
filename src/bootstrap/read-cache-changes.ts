import { createHash } from 'node:crypto';
import type { Core } from '@strapi/strapi';
import type { Knex } from 'knex';

/**
 * The change log of the read cache: which documents every committed write touched, kept in the
 * database by triggers, so that any process (this app, another instance, `npm run import`,
 * psql) learns what another one wrote and drops only the cached responses that hold it.
 *
 * A write of a published row of one of the cached types logs its `document_id` (drafts show in
 * no public read). A write of a link row (`articles_tags_lnk`...) between published rows logs
 * the documents at both ends with the relation each shows it in (`articles#tags`,
 * `tags#articles`): an article tagged anew drops the reads that show that tag's articles, not
 * every read that shows the tag. A write of a component row, or of a `<type>_cmps` row, logs
 * the published document that owns the component. A write of any other table logs
 * `*`: everything cached goes (permissions, roles, locales, settings...). Tables that no public
 * read can reach (the import history, content history, sessions) are left without triggers.
 *
 *  - PostgreSQL: one statement-level trigger per table and operation, with its transition table
 *    (the rows the statement wrote), adds one row per statement and type to
 *    `read_cache_changes`; the first such row of a transaction fires a constraint trigger
 *    deferred to its commit, which bumps `read_cache_version` once and stamps the transaction's
 *    rows with the new version. The version row's lock orders the stamps as the commits: a
 *    reader that sees version V sees every change up to V.
 *  - SQLite: one row trigger per table and operation; the log's rowid is the order (SQLite
 *    writes one transaction at a time). `PRAGMA data_version` says when to look.
 */

/** A change as the cache applies it: everything, or these documents (and the lists of these types). */
export type Change = { all: true } | { all: false; documents: Set<string>; tables: Set<string> };

export const VERSION_TABLE = 'read_cache_version';
export const CHANGES_TABLE = 'read_cache_changes';

/**
 * Tables no public read can reach: writing them leaves the cache alone. The plugin's own tables
 * (import runs and their heartbeat, imported documents, entity keys, merges), Strapi's content
 * history and sessions.
 */
const UNREACHABLE = /^(source_import_|strapi_history_versions$|strapi_sessions$|read_cache_)/;

/** Where a trigger reads the rows a write touched from. */
type Rows = {
  /** SQL for `IN (...)`: the values of one column of the rows (of those whose `where.column` is in `where.in`). */
  column(name: string, where?: { column: string; in: string }): string;
  /** A SELECT of (tbl, document_id): the rows' own documents, of the published rows. */
  documents(table: string): string;
};

type Plan = { table: string; kind: 'unknown' } | { table: string; kind: 'mapped'; selects: (rows: Rows) => string[] };

type Meta = {
  uid: string;
  tableName: string;
  attributes: Record<string, { joinTable?: { name: string; joinColumn: { name: string; referencedTable?: string }; inverseJoinColumn: { name: string; referencedTable?: string }; morphColumn?: unknown } }>;
};

/**
 * What each table's trigger logs, from Strapi's metadata: `cachedUids` are the types whose
 * documents the cache tracks one by one.
 */
export function planOf(strapi: Core.Strapi, tables: string[], cachedUids: string[], qualify: (table: string) => string): Plan[] {
  const metas = [...(strapi.db.metadata as unknown as Map<string, Meta>).values()];
  const cachedTables = new Set(cachedUids.map((uid) => (strapi.db.metadata.get(uid as never) as unknown as Meta).tableName));
  const lit = (text: string) => `'${text.replace(/'/g, "''")}'`;

  // Component table -> where it is used: the owner's table, its `_cmps` table and the component's uid.
  const owners = new Map<string, Array<{ owner: string; cmps: string; uid: string }>>();
  const cmpsOwner = new Map<string, string>();
  // Link table -> its ends: the column that points at a row, the relation it serves there (the
  // owning side's attribute, and the inverse one's when the relation has one), and the other end.
  const links = new Map<string, Map<string, { table: string; attribute: string; other: { column: string; table: string } }>>();
  for (const meta of metas) {
    const model = strapi.getModel(meta.uid as never) as unknown as { attributes?: Record<string, { type: string; component?: string; components?: string[] }> } | undefined;
    for (const [name, attribute] of Object.entries(meta.attributes)) {
      const join = attribute.joinTable;
      if (!join) continue;
      const declared = model?.attributes?.[name];
      if (declared && (declared.type === 'component' || declared.type === 'dynamiczone')) {
        cmpsOwner.set(join.name, meta.tableName);
        for (const uid of declared.component ? [declared.component] : (declared.components ?? [])) {
          const component = strapi.db.metadata.get(uid as never) as unknown as Meta | undefined;
          if (!component) continue;
          const list = owners.get(component.tableName) ?? [];
          if (!list.some((o) => o.owner === meta.tableName && o.uid === uid)) list.push({ owner: meta.tableName, cmps: join.name, uid });
          owners.set(component.tableName, list);
        }
      } else if (join.joinColumn.referencedTable && join.inverseJoinColumn.referencedTable && !join.morphColumn) {
        const ends = links.get(join.name) ?? new Map();
        ends.set(join.joinColumn.name, {
          table: join.joinColumn.referencedTable,
          attribute: name,
          other: { column: join.inverseJoinColumn.name, table: join.inverseJoinColumn.referencedTable },
        });
        links.set(join.name, ends);
      }
    }
  }

  /**
   * The published documents of the cached types that rows `ids` of `table` are (a component:
   * belong to), logged as `table` + `what`: `#attribute` for a relation of theirs, `#` for a
   * component of theirs.
   */
  const resolve = (table: string, ids: string, what: string, depth = 0): string[] => {
    if (cachedTables.has(table)) return [`SELECT ${lit(table + what)} AS tbl, document_id AS document_id FROM ${qualify(table)} WHERE id IN (${ids}) AND published_at IS NOT NULL`];
    if (depth > 4) return [];
    return (owners.get(table) ?? []).flatMap((o) =>
      resolve(o.owner, `SELECT entity_id FROM ${qualify(o.cmps)} WHERE component_type = ${lit(o.uid)} AND cmp_id IN (${ids})`, '#', depth + 1),
    );
  };

  const probe: Rows = { column: () => 'NULL', documents: () => 'SELECT NULL' };
  return tables
    .filter((table) => !UNREACHABLE.test(table))
    .map((table): Plan => {
      let selects: ((rows: Rows) => string[]) | null = null;
      const link = links.get(table);
      if (cachedTables.has(table)) selects = (rows) => [rows.documents(table)];
      else if (link) {
        // A link counts for the document at one end, in the relation it serves there, when the
        // row at the other end is published (or is not a document: a component): a draft's
        // links show in no public read. A link whose other end was deleted is counted by that
        // deletion (the reads that showed that end name it).
        const published = (end: { column: string; table: string }) =>
          cachedTables.has(end.table) ? { column: end.column, in: `SELECT id FROM ${qualify(end.table)} WHERE published_at IS NOT NULL` } : undefined;
        selects = (rows) => [...link].flatMap(([column, end]) => resolve(end.table, rows.column(column, published(end.other)), `#${end.attribute}`));
      } else if (cmpsOwner.has(table)) selects = (rows) => resolve(cmpsOwner.get(table)!, rows.column('entity_id'), '#');
      else if (owners.has(table)) selects = (rows) => resolve(table, rows.column('id'), '#');
      // A table that reaches no cached document (up_permissions_role_lnk...): everything goes.
      if (!selects || selects(probe).length === 0) return { table, kind: 'unknown' };
      return { table, kind: 'mapped', selects };
    });
}

const quoted = (name: string) => `"${name.replace(/"/g, '""')}"`;

/* ------------------------------------------------------------------ PostgreSQL */

const PG_COMMIT_FUNCTION = 'read_cache_commit';
const PG_TRUNCATE_FUNCTION = 'read_cache_truncated';
const PG_TRIGGERS = { insert: 'read_cache_insert', update: 'read_cache_update', delete: 'read_cache_delete', truncate: 'read_cache_truncate' };
/** The per-row deferred triggers of the first version of the cache, replaced by the above. */
const PG_OLD_TRIGGERS = ['read_cache_bump', 'read_cache_bump_truncate'];
const pgFunctionName = (table: string) => {
  const name = `read_cache_log_${table}`;
  return name.length <= 63 ? name : `${name.slice(0, 54)}_${createHash('sha1').update(table).digest('hex').slice(0, 8)}`;
};

/**
 * Installs (or brings up to date) the change log of the schema: the version and changes tables,
 * the commit trigger, and each table's triggers. Under an advisory lock, so that processes
 * starting together do not race; a function is replaced only when its text changed.
 */
export async function installPgChangeLog(strapi: Core.Strapi, cachedUids: string[]) {
  const schema = strapi.db.getSchemaName() || 'public';
  const q = (name: string) => `${quoted(schema)}.${quoted(name)}`;
  const lit = (text: string) => `'${text.replace(/'/g, "''")}'`;
  const lockName = `read_cache_version ${schema}`;
  const knex = strapi.db.connection;

  // Other processes may be writing meanwhile: DDL only for what is missing, since ALTER TABLE
  // and CREATE INDEX lock the log's tables against the very commits that update them (an
  // ALTER of the version table while a writer's commit waits on it deadlocks).
  await knex.transaction(async (trx) => {
    await trx.raw('SELECT pg_advisory_xact_lock(hashtext(?))', [lockName]);
    const has = async (sql: string, values: unknown[]) => ((await trx.raw(sql, values)) as { rows: unknown[] }).rows.length > 0;
    const relation = (name: string) => has(`SELECT 1 FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = ? AND c.relname = ?`, [schema, name]);
    if (!(await relation(VERSION_TABLE))) {
      await trx.raw(`CREATE TABLE ${q(VERSION_TABLE)} (id smallint PRIMARY KEY CHECK (id = 1), version bigint NOT NULL, pruned_below bigint NOT NULL DEFAULT 0)`);
      await trx.raw(`INSERT INTO ${q(VERSION_TABLE)} (id, version) VALUES (1, 0)`);
    } else if (!(await has(`SELECT 1 FROM pg_attribute WHERE attrelid = ?::regclass AND attname = 'pruned_below' AND NOT attisdropped`, [q(VERSION_TABLE)]))) {
      await trx.raw(`ALTER TABLE ${q(VERSION_TABLE)} ADD COLUMN pruned_below bigint NOT NULL DEFAULT 0`);
    }
    if (!(await relation(CHANGES_TABLE))) {
      await trx.raw(`CREATE TABLE ${q(CHANGES_TABLE)} (version bigint, tbl text NOT NULL, document_ids text[])`);
      await trx.raw(`CREATE INDEX ${quoted(`${CHANGES_TABLE}_version`)} ON ${q(CHANGES_TABLE)} (version)`);
    }
    const sourceOf = async (name: string) =>
      ((await trx.raw(`SELECT p.prosrc AS source FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace WHERE n.nspname = ? AND p.proname = ?`, [schema, name])) as {
        rows: Array<{ source: string }>;
      }).rows[0]?.source;
    const define = async (name: string, source: string) => {
      if ((await sourceOf(name)) !== source) await trx.raw(`CREATE OR REPLACE FUNCTION ${q(name)}() RETURNS trigger LANGUAGE plpgsql AS $f$${source}$f$`);
    };
    // Once per writing transaction, at its commit: the next version, stamped on its changes.
    // Rows of transactions not yet committed are invisible here, so only this one's are stamped.
    await define(
      PG_COMMIT_FUNCTION,
      `
      DECLARE next_version bigint;
      BEGIN
        IF current_setting('read_cache.counted', true) IS DISTINCT FROM ${lit(schema)} THEN
          PERFORM set_config('read_cache.counted', ${lit(schema)}, true);
          UPDATE ${q(VERSION_TABLE)} SET version = version + 1 WHERE id = 1 RETURNING version INTO next_version;
          UPDATE ${q(CHANGES_TABLE)} SET version = next_version WHERE version IS NULL;
        END IF;
        RETURN NULL;
      END `,
    );
    if (!(await has(`SELECT 1 FROM pg_trigger WHERE tgrelid = ?::regclass AND tgname = ?`, [q(CHANGES_TABLE), PG_COMMIT_FUNCTION]))) {
      await trx.raw(
        `CREATE CONSTRAINT TRIGGER ${PG_COMMIT_FUNCTION} AFTER INSERT ON ${q(CHANGES_TABLE)} DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION ${q(PG_COMMIT_FUNCTION)}()`,
      );
    }
    await define(
      PG_TRUNCATE_FUNCTION,
      `
      BEGIN
        INSERT INTO ${q(CHANGES_TABLE)} (tbl) VALUES ('*');
        RETURN NULL;
      END `,
    );
  });

  const tables = (
    (await knex.raw(`SELECT c.relname AS name FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = ? AND c.relkind = 'r'`, [schema])) as {
      rows: Array<{ name: string }>;
    }
  ).rows.map((r) => r.name);
  const existingTriggers = new Set(
    (
      (await knex.raw(
        `SELECT c.relname || ' ' || t.tgname AS name FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = ? AND t.tgname LIKE 'read_cache%'`,
        [schema],
      )) as { rows: Array<{ name: string }> }
    ).rows.map((r) => r.name),
  );
  const existingFunctions = new Map(
    (
      (await knex.raw(`SELECT p.proname AS name, p.prosrc AS source FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace WHERE n.nspname = ? AND p.proname LIKE 'read_cache_log_%'`, [
        schema,
      ])) as { rows: Array<{ name: string; source: string }> }
    ).rows.map((r) => [r.name, r.source]),
  );

  const plans = planOf(strapi, tables, cachedUids, q);
  const planned = new Set(plans.map((p) => p.table));
  for (const table of tables) {
    // Unreachable tables (and the log's own) keep no trigger of the cache's.
    const stale = [...PG_OLD_TRIGGERS, ...(planned.has(table) ? [] : Object.values(PG_TRIGGERS))].filter((name) => existingTriggers.has(`${table} ${name}`));
    if (!stale.length) continue;
    await knex.transaction(async (trx) => {
      await trx.raw('SELECT pg_advisory_xact_lock(hashtext(?))', [lockName]);
      for (const name of stale) await trx.raw(`DROP TRIGGER IF EXISTS ${quoted(name)} ON ${q(table)}`);
    });
  }

  for (const plan of plans) {
    const body = (from: string) => {
      if (plan.kind === 'unknown') return `IF EXISTS (SELECT 1 FROM ${from}) THEN INSERT INTO ${q(CHANGES_TABLE)} (tbl) VALUES ('*'); END IF;`;
      const rows: Rows = {
        column: (name, where) => `SELECT ${quoted(name)} FROM ${from}${where ? ` WHERE ${quoted(where.column)} IN (${where.in})` : ''}`,
        documents: (table) => `SELECT ${lit(table)} AS tbl, document_id AS document_id FROM ${from} WHERE published_at IS NOT NULL`,
      };
      return (
        `INSERT INTO ${q(CHANGES_TABLE)} (tbl, document_ids) SELECT s.tbl, array_agg(DISTINCT s.document_id) ` +
        `FROM (${plan.selects(rows).join(' UNION ALL ')}) AS s(tbl, document_id) WHERE s.document_id IS NOT NULL GROUP BY s.tbl;`
      );
    };
    const source = `
      BEGIN
        IF TG_OP = 'UPDATE' THEN
          ${body('(SELECT * FROM changed UNION ALL SELECT * FROM changed_old) AS changed_rows')}
        ELSE
          ${body('changed AS changed_rows')}
        END IF;
        RETURN NULL;
      END `;
    const fn = pgFunctionName(plan.table);
    const missing = Object.values(PG_TRIGGERS).filter((name) => !existingTriggers.has(`${plan.table} ${name}`));
    if (existingFunctions.get(fn) === source && !missing.length) continue;
    await knex.transaction(async (trx) => {
      await trx.raw('SELECT pg_advisory_xact_lock(hashtext(?))', [lockName]);
      await trx.raw(`CREATE OR REPLACE FUNCTION ${q(fn)}() RETURNS trigger LANGUAGE plpgsql AS $f$${source}$f$`);
      const on = q(plan.table);
      const create: Record<string, string> = {
        [PG_TRIGGERS.insert]: `AFTER INSERT ON ${on} REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION ${q(fn)}()`,
        [PG_TRIGGERS.update]: `AFTER UPDATE ON ${on} REFERENCING OLD TABLE AS changed_old NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION ${q(fn)}()`,
        [PG_TRIGGERS.delete]: `AFTER DELETE ON ${on} REFERENCING OLD TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION ${q(fn)}()`,
        [PG_TRIGGERS.truncate]: `AFTER TRUNCATE ON ${on} FOR EACH STATEMENT EXECUTE FUNCTION ${q(PG_TRUNCATE_FUNCTION)}()`,
      };
      for (const name of missing) {
        const exists = (await trx.raw(`SELECT 1 FROM pg_trigger WHERE tgrelid = ?::regclass AND tgname = ?`, [on, name])).rows.length;
        if (!exists) await trx.raw(`CREATE TRIGGER ${quoted(name)} ${create[name]}`);
      }
    });
  }
}

/** Versions kept in the PostgreSQL log; a process further behind drops everything. */
const PG_KEEP_VERSIONS = 2000;

export async function prunePgChangeLog(strapi: Core.Strapi) {
  const schema = strapi.db.getSchemaName() || 'public';
  const q = (name: string) => `${quoted(schema)}.${quoted(name)}`;
  await strapi.db.connection.transaction(async (trx: Knex.Transaction) => {
    const { rows } = await trx.raw(`SELECT version FROM ${q(VERSION_TABLE)} WHERE id = 1`);
    const below = Number(rows[0]?.version ?? 0) - PG_KEEP_VERSIONS;
    if (below <= 0) return;
    await trx.raw(`DELETE FROM ${q(CHANGES_TABLE)} WHERE version < ?`, [below]);
    await trx.raw(`UPDATE ${q(VERSION_TABLE)} SET pruned_below = GREATEST(pruned_below, ?) WHERE id = 1 AND pruned_below < ?`, [below, below]);
  });
}

/* ------------------------------------------------------------------ SQLite */

const sqliteTrigger = (table: string, op: string) => `read_cache_${op}_${table}`;

/** Installs the SQLite change log; the triggers are written anew at every start (cheap there). */
export async function installSqliteChangeLog(strapi: Core.Strapi, cachedUids: string[]) {
  const knex = strapi.db.connection;
  const lit = (text: string) => `'${text.replace(/'/g, "''")}'`;
  await knex.transaction(async (trx) => {
    await trx.raw(`CREATE TABLE IF NOT EXISTS ${quoted(VERSION_TABLE)} (id INTEGER PRIMARY KEY CHECK (id = 1), pruned_below INTEGER NOT NULL DEFAULT 0)`);
    await trx.raw(`INSERT OR IGNORE INTO ${quoted(VERSION_TABLE)} (id, pruned_below) VALUES (1, 0)`);
    await trx.raw(`CREATE TABLE IF NOT EXISTS ${quoted(CHANGES_TABLE)} (id INTEGER PRIMARY KEY AUTOINCREMENT, tbl TEXT NOT NULL, document_id TEXT)`);
    const tables = ((await trx.raw(`SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'`)) as Array<{ name: string }>).map((r) => r.name);
    const existing = ((await trx.raw(`SELECT name FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'read_cache_%'`)) as Array<{ name: string }>).map((r) => r.name);
    for (const name of existing) await trx.raw(`DROP TRIGGER IF EXISTS ${quoted(name)}`);
    for (const plan of planOf(strapi, tables, cachedUids, quoted)) {
      for (const [op, aliases] of [
        ['insert', ['NEW']],
        ['update', ['NEW', 'OLD']],
        ['delete', ['OLD']],
      ] as const) {
        let statement: string;
        if (plan.kind === 'unknown') statement = `INSERT INTO ${quoted(CHANGES_TABLE)} (tbl) VALUES ('*');`;
        else {
          const selects = aliases.flatMap((alias) =>
            plan.selects({
              column: (name, where) => (where ? `SELECT ${alias}.${quoted(name)} WHERE ${alias}.${quoted(where.column)} IN (${where.in})` : `${alias}.${quoted(name)}`),
              documents: (table) => `SELECT ${lit(table)} AS tbl, ${alias}.document_id AS document_id WHERE ${alias}.published_at IS NOT NULL`,
            }),
          );
          statement = `INSERT INTO ${quoted(CHANGES_TABLE)} (tbl, document_id) SELECT tbl, document_id FROM (${selects.join(' UNION ALL ')}) WHERE document_id IS NOT NULL;`;
        }
        await trx.raw(`CREATE TRIGGER ${quoted(sqliteTrigger(plan.table, op))} AFTER ${op.toUpperCase()} ON ${quoted(plan.table)} FOR EACH ROW BEGIN ${statement} END`);
      }
    }
  });
}

/** Rows kept in the SQLite log (one a written row); a process further behind drops everything. */
const SQLITE_KEEP_ROWS = 200_000;

export async function pruneSqliteChangeLog(strapi: Core.Strapi) {
  await strapi.db.connection.transaction(async (trx: Knex.Transaction) => {
    const [row] = (await trx.raw(`SELECT max(id) AS last FROM ${quoted(CHANGES_TABLE)}`)) as Array<{ last: number | null }>;
    const below = (row?.last ?? 0) - SQLITE_KEEP_ROWS;
    if (below <= 0) return;
    await trx.raw(`DELETE FROM ${quoted(CHANGES_TABLE)} WHERE id < ?`, [below]);
    await trx.raw(`UPDATE ${quoted(VERSION_TABLE)} SET pruned_below = max(pruned_below, ?) WHERE id = 1`, [below]);
  });
}

/**
 * Folds logged rows into one change: a row of `table` drops the responses that hold its
 * documents and the lists of the table; of `table#`, the responses that hold its documents (a
 * component of theirs changed); of `table#attribute`, the responses that show that relation of
 * its documents (keys `documentId#attribute`). `*`, or a table the cache does not know, drops
 * everything.
 */
export function changeOf(rows: Array<{ tbl: string; documentIds: Array<string | null> | null }>, cachedTables: Set<string>): Change | null {
  if (!rows.length) return null;
  const documents = new Set<string>();
  const tables = new Set<string>();
  for (const row of rows) {
    const [table, attribute] = row.tbl.split('#');
    if (!cachedTables.has(table)) return { all: true };
    if (attribute === undefined) tables.add(table);
    for (const id of row.documentIds ?? []) if (id) documents.add(attribute ? `${id}#${attribute}` : id);
  }
  return { all: false, documents, tables };
}
