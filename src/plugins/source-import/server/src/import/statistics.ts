import type { Core } from '@strapi/strapi';

/** Documents a run writes before the first refresh; each later one waits for twice as many. */
export const FIRST_REFRESH_AT = 64;

type Raw = { raw: (sql: string, bindings?: unknown[]) => Promise<{ rows: Array<Record<string, unknown>> }> };

/**
 * Planner statistics during a bulk run (PostgreSQL). A table the planner last measured small
 * is planned as small: once an import has grown it, Strapi's reads through the link tables
 * (an article by its quotes, say) become scans of whole tables and the run slows as it goes
 * (66 ms against 0.23 ms a read at 7,000 articles). Autovacuum would re-measure the tables,
 * but it may be off, as on these machines, or behind a bulk load. So a run analyzes the app's
 * tables itself, when the documents it processed reach 64, 128, 256, ...: a handful of
 * ANALYZE statements however long the run, each a sample of at most 30,000 rows a table.
 * SQLite plans without such statistics here: nothing to do there.
 */
export function statisticsKeeper(strapi: Core.Strapi) {
  const postgres = (strapi.db as unknown as { dialect: { client: string } }).dialect.client === 'postgres';
  let processed = 0;
  let nextAt = FIRST_REFRESH_AT;
  let running: Promise<void> | null = null;

  async function refresh(): Promise<void> {
    const knex = strapi.db.connection as unknown as Raw;
    const schema = strapi.db.getSchemaName() || null;
    const { rows } = await knex.raw(
      'select tablename from pg_tables where schemaname = coalesce(?, current_schema())',
      [schema],
    );
    if (rows.length === 0) return;
    const names = rows.map((row) => String(row.tablename));
    const qualified = names.map(() => (schema ? '??.??' : '??')).join(', ');
    const bindings = names.flatMap((name) => (schema ? [schema, name] : [name]));
    await knex.raw(`analyze ${qualified}`, bindings);
  }

  return {
    /** Called after each batch with the number of documents it processed. */
    async afterBatch(documents: number): Promise<void> {
      if (!postgres) return;
      processed += documents;
      if (processed < nextAt || running) return;
      while (nextAt <= processed) nextAt *= 2;
      running = refresh()
        .catch((error: unknown) => {
          strapi.log.warn(`source-import: could not refresh the planner's statistics: ${error instanceof Error ? error.message : String(error)}`);
        })
        .finally(() => {
          running = null;
        });
      await running;
    },
  };
}
