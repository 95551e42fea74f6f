import type { Core } from '@strapi/strapi';

type Trx = (table: string) => { withSchema: (schema: string) => unknown } & Record<string, unknown>;
// knex's builder type, without importing knex: the app does not depend on it directly.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Table = (name: string) => any;

/**
 * Runs `fn` with query builders bound to the current transaction (the importer's: a nested
 * `strapi.db.transaction` joins it), in the app's PostgreSQL schema when there is one.
 */
export function inTransaction<T>(strapi: Core.Strapi, fn: (table: Table) => Promise<T>): Promise<T> {
  return strapi.db.transaction(async ({ trx }) => {
    const schema = strapi.db.getSchemaName();
    const bound = trx as unknown as Trx;
    return fn((name: string) => (schema ? bound(name).withSchema(schema) : bound(name)));
  }) as Promise<T>;
}

/**
 * Inserts rows into a table in the current transaction, as many a statement as the database
 * takes (Strapi's own batch size: SQLite's compound SELECT stops at 500 terms, which knex's
 * multi-row insert uses), so that a long article's links never fail on the statement's size.
 */
export async function insertRows(strapi: Core.Strapi, tableName: string, rows: Array<Record<string, unknown>>): Promise<void> {
  const size = (strapi.db.dialect as unknown as { getBatchInsertSize: () => number }).getBatchInsertSize();
  for (let i = 0; i < rows.length; i += size) {
    const chunk = rows.slice(i, i + size);
    await inTransaction(strapi, (table) => table(tableName).insert(chunk));
  }
}

/** A content type's table name, and a component's. */
export const tableOf = (strapi: Core.Strapi, uid: string): string =>
  (strapi.db.metadata.get(uid as never) as unknown as { tableName: string }).tableName;

/**
 * Runs one raw statement in the current transaction and returns its rows, whichever the
 * database (knex answers PostgreSQL with `{ rows }` and SQLite with the rows themselves).
 */
export function rawRows<T>(strapi: Core.Strapi, sql: string, bindings: unknown[]): Promise<T[]> {
  return strapi.db.transaction(async ({ trx }) => {
    const result = (await (trx as unknown as { raw: (sql: string, bindings: unknown[]) => Promise<unknown> }).raw(sql, bindings)) as
      | { rows: T[] }
      | T[];
    return Array.isArray(result) ? result : result.rows;
  }) as unknown as Promise<T[]>;
}
