/**
 * A bulk run keeps the planner's statistics (PostgreSQL): without them, once an import has grown
 * the tables past what the planner last measured, Strapi's reads through the link tables are
 * planned as scans of whole tables and the run slows as it goes. Autovacuum is off on the
 * machines the tests run on, so whatever the statistics say after a run, the run did it.
 */
import { startStrapi, type TestApp } from '../helpers/strapi';
import { corpusText } from '../../bench/lib/corpus';
import { FIRST_REFRESH_AT } from '../../src/plugins/source-import/server/src/import/statistics';
import type { Runner } from '../../src/plugins/source-import/server/src/services/runner';

const onPostgres = process.env.DATABASE_CLIENT === 'postgres' ? it : it.skip;

let app: TestApp;
const runner = () => app.strapi.plugin('source-import').service('runner') as Runner;

beforeAll(async () => {
  app = await startStrapi();
});

afterAll(async () => {
  await app?.stop();
});

type Raw = { raw: (sql: string, bindings?: unknown[]) => Promise<{ rows: Array<Record<string, unknown>> }> };
const raw = (sql: string, bindings: unknown[] = []) => (app.strapi.db.connection as unknown as Raw).raw(sql, bindings);
const schema = () => app.strapi.db.getSchemaName() || 'public';

/** What the planner believes a table holds (-1: never measured), and what it holds. */
async function planned(table: string): Promise<{ believed: number; actual: number }> {
  const { rows: [stat] } = await raw(
    'select c.reltuples::float8 as believed from pg_class c join pg_namespace n on n.oid = c.relnamespace where n.nspname = ? and c.relname = ?',
    [schema(), table],
  );
  const { rows: [count] } = await raw('select count(*)::int as actual from ??.??', [schema(), table]);
  return { believed: Number(stat.believed), actual: Number(count.actual) };
}

describe('planner statistics during a bulk run', () => {
  onPostgres('a run below the first threshold leaves them alone; one past it measures the tables it grew', async () => {
    const documents = (from: number, n: number) =>
      Array.from({ length: n }, (_, i) => ({ text: corpusText(from + i), fileName: `page-${from + i}.txt` }));

    const small = await runner().importBatch(documents(0, 3), { origin: 'api' });
    expect(small.items.map((item) => item.result.status)).toEqual(['draft', 'draft', 'draft']);
    const before = await planned('quotes');
    expect(before.actual).toBeGreaterThan(0);
    // Never measured: what the planner has is a guess, not the table.
    expect(before.believed).not.toBe(before.actual);

    const large = await runner().importBatch(documents(3, FIRST_REFRESH_AT), { origin: 'api' });
    expect(large.items.filter((item) => item.result.status === 'draft')).toHaveLength(FIRST_REFRESH_AT);
    for (const table of ['articles', 'quotes', 'quotes_article_lnk', 'articles_tags_lnk']) {
      const after = await planned(table);
      expect({ table, believed: after.believed }).toEqual({ table, believed: after.actual });
    }
  });
});
