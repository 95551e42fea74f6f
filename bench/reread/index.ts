/**
 * Re-read benchmark: N generated pages imported into PostgreSQL by an older reader (the re-read
 * tests' one: it misses each page's last quote and all its tags but one), then the archive
 * re-read with the current reader as `npm run import -- --reread` does it (the runner, a batch of
 * 10 articles at a time, each in its own transaction), then re-read once more, when nothing
 * changes. Prints articles per second and peak memory of each pass, against the import of the
 * same pages in the same run (the baseline: what the archive cost to import).
 *
 *   DATABASE_HOST=127.0.0.1 DATABASE_NAME=strapi_test DATABASE_USERNAME=strapi_test \
 *   DATABASE_PASSWORD=strapi_test npm run bench:reread -- --n 1000,10000
 *
 * Each N gets a PostgreSQL schema of its own, dropped at the end. Counts what changed: a re-read
 * that updates nothing, fails or conflicts is not fast, it is broken; a second one must change nothing.
 */
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { createStrapi, type Core } from '@strapi/strapi';
import { corpusText } from '../lib/corpus';
import { arg, benchEnvironment, sql, strapiOptions } from '../lib/env';
import { OLDER_READER } from '../../tests/helpers/older-reader';
import type { Importer } from '../../src/plugins/source-import/server/src/services/importer';
import type { Reread } from '../../src/plugins/source-import/server/src/services/reread';

const appDir = path.resolve(__dirname, '..', '..');
const sizes = arg('n', '1000').split(',').map(Number);
const BATCH = 25;

benchEnvironment({ IMPORT_WORKER: 'false' });

/** Peak resident memory of this process while `fn` runs, and its time. */
async function measured<T>(fn: () => Promise<T>): Promise<{ result: T; seconds: number; peakMb: number }> {
  let peak = process.memoryUsage().rss;
  const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 100);
  const started = process.hrtime.bigint();
  try {
    const result = await fn();
    return { result, seconds: Number(process.hrtime.bigint() - started) / 1e9, peakMb: Math.round(Math.max(peak, process.memoryUsage().rss) / 1048576) };
  } finally {
    clearInterval(timer);
  }
}

async function bench(n: number) {
  const schema = `bench_reread_${n}_${randomBytes(3).toString('hex')}`;
  await sql(`CREATE SCHEMA "${schema}"`);
  process.env.DATABASE_SCHEMA = schema;
  const strapi: Core.Strapi = await createStrapi(strapiOptions(appDir)).load();
  try {
    const importer = strapi.plugin('source-import').service('importer') as Importer;
    const reread = strapi.plugin('source-import').service('reread') as Reread;

    importer.useReader(OLDER_READER);
    const imported = await measured(async () => {
      for (let from = 0; from < n; from += BATCH) {
        const inputs = Array.from({ length: Math.min(BATCH, n - from) }, (_, i) => ({ text: corpusText(from + i), fileName: `page-${from + i + 1}.txt` }));
        for (const answer of await importer.importDocuments(inputs)) if ('error' in answer) throw answer.error;
        if ((from + BATCH) % 1000 < BATCH) process.stderr.write(`  imported ${Math.min(from + BATCH, n)}/${n}\n`);
      }
    });
    importer.useReader();

    const pass = async (label: string) => {
      const { result, seconds, peakMb } = await measured(() =>
        reread.rereadAll({ origin: 'cli', startedBy: 'bench' }, {
          progress: ({ done, total }) => done % 1000 === 0 && process.stderr.write(`  ${label} ${done}/${total}\n`),
        }),
      );
      const totals: Record<string, number> = {};
      for (const line of result.lines) if (line) totals[line.result.status] = (totals[line.result.status] ?? 0) + 1;
      return { seconds, peakMb, totals, perSecond: n / seconds };
    };
    const first = await pass('re-read');
    const second = await pass('re-read again');
    return { importedPerSecond: n / imported.seconds, importPeakMb: imported.peakMb, first, second };
  } finally {
    await new Promise((resolve) => setTimeout(resolve, 3000));
    await strapi.destroy();
    await sql(`DROP SCHEMA "${schema}" CASCADE`);
  }
}

async function main() {
  const load = () => (require('node:os') as typeof import('node:os')).loadavg()[0].toFixed(1);
  for (const n of sizes) {
    const loadBefore = load();
    const r = await bench(n);
    const line = (name: string, p: Awaited<ReturnType<typeof bench>>['first']) =>
      `${name.padEnd(14)} N=${n}: ${p.perSecond.toFixed(1)} articles/s (${p.seconds.toFixed(1)} s), ${(p.perSecond / r.importedPerSecond).toFixed(2)}x the import's rate, peak ${p.peakMb} MB; ${JSON.stringify(p.totals)}`;
    console.log(`import (older reader) N=${n}: ${r.importedPerSecond.toFixed(1)} docs/s, peak ${r.importPeakMb} MB   [load ${loadBefore} -> ${load()}]`);
    console.log(line('re-read', r.first));
    console.log(line('re-read again', r.second));
    if ((r.first.totals.updated ?? 0) === 0 || r.first.totals.failed || r.first.totals.conflict) throw new Error(`the re-read did not do its work: ${JSON.stringify(r.first.totals)}`);
    if ((r.second.totals.unchanged ?? 0) !== n) throw new Error(`the second re-read left ${r.second.totals.unchanged ?? 0} of ${n} unchanged`);
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
