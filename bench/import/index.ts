/**
 * Import benchmark: N generated documents (real page texts varied so each is distinct, sharing
 * people, organizations and tags as an archive does) through the import service into
 * PostgreSQL, reading included. Prints documents per second and peak memory for each N, then,
 * in the same run, the baseline: Strapi's own `strapi import` loading the same content from a
 * `strapi export` archive of it.
 *
 *   DATABASE_HOST=127.0.0.1 DATABASE_NAME=strapi_test DATABASE_USERNAME=strapi_test \
 *   DATABASE_PASSWORD=strapi_test npx tsx bench/import/index.ts --n 1000,10000
 *
 * Each N gets a PostgreSQL schema of its own, dropped at the end. Counts what arrived: a
 * bulk load that loses rows is not fast, it is broken.
 */
import fs from 'node:fs';
import os from 'node:os';
import v8 from 'node:v8';
import vm from 'node:vm';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { createStrapi, type Core } from '@strapi/strapi';
import { corpusText } from '../lib/corpus';
import { arg, benchEnvironment, sql, strapiOptions } from '../lib/env';
import type { Importer } from '../../src/plugins/source-import/server/src/services/importer';

const appDir = path.resolve(__dirname, '..', '..');
const sizes = arg('n', '1000,10000').split(',').map(Number);
const withBaseline = !process.argv.includes('--no-baseline');
/**
 * As `npm run import` does by default: 2 batches at once (`--concurrency`), of 25 documents
 * each (`--batch-size`), a batch of new documents written in one transaction. `--batch-size 1`
 * imports one document at a time through `importDocument`, the path editors' single imports take.
 */
const concurrency = Number(arg('concurrency', '2'));
const batchSize = Number(arg('batch-size', '25'));
/**
 * `--publish`: each N is imported twice in the same run, into schemas of their own: as drafts,
 * then published, as `npm run import -- --publish` publishes the pages without errors; the
 * ratio of the two is printed. Every page is given a headline (which most of the corpus's
 * pages lack), both times, so that the two runs write the same content.
 */
const modes: Array<'drafts' | 'published'> = process.argv.includes('--publish') ? ['drafts', 'published'] : ['drafts'];

benchEnvironment();

async function counts(schema: string) {
  const one = async (table: string, where = '') =>
    Number((await sql<{ n: string }>(`SELECT count(*) AS n FROM "${schema}"."${table}" ${where}`))[0].n);
  return {
    articles: await one('articles', 'WHERE published_at IS NULL'),
    quotes: await one('quotes', 'WHERE published_at IS NULL'),
    people: await one('people'),
    organizations: await one('organizations'),
    tags: await one('tags'),
    publishedArticles: await one('articles', 'WHERE published_at IS NOT NULL'),
    publishedQuotes: await one('quotes', 'WHERE published_at IS NOT NULL'),
  };
}

/** Peak resident memory of this process while `fn` runs. */
async function withPeakMemory<T>(fn: () => Promise<T>): Promise<{ result: T; peakMb: number }> {
  let peak = process.memoryUsage().rss;
  const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 100);
  try {
    const result = await fn();
    return { result, peakMb: Math.round(Math.max(peak, process.memoryUsage().rss) / 1048576) };
  } finally {
    clearInterval(timer);
  }
}

/**
 * The JavaScript heap still in use after a full collection: what the process holds on to. Flat
 * from one N to the next, where the peak resident size also counts garbage not yet collected.
 */
function liveHeapMb() {
  v8.setFlagsFromString('--expose-gc');
  (vm.runInNewContext('gc') as () => void)();
  return Math.round(process.memoryUsage().heapUsed / 1048576);
}

async function benchService(n: number, schema: string, publish: boolean) {
  process.env.DATABASE_SCHEMA = schema;
  const strapi: Core.Strapi = await createStrapi(strapiOptions(appDir)).load();
  const importer = strapi.plugin('source-import').service('importer') as Importer;
  const started = process.hrtime.bigint();
  let next = 0;
  let done = 0;
  const worker = async () => {
    while (next < n) {
      const batch = Array.from({ length: Math.min(batchSize, n - next) }, () => next++);
      const inputs = batch.map((i) => ({ text: corpusText(i), fileName: `page-${i + 1}.txt`, publish, headline: `Archive page ${i + 1}` }));
      if (batchSize === 1) await importer.importDocument(inputs[0]);
      else {
        for (const answer of await importer.importDocuments(inputs)) if ('error' in answer) throw answer.error;
      }
      const before = done;
      done += batch.length;
      if (Math.floor(done / 1000) > Math.floor(before / 1000)) process.stderr.write(`  ${done}/${n}\n`);
    }
  };
  const { peakMb } = await withPeakMemory(() => Promise.all(Array.from({ length: concurrency }, worker)));
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const liveMb = liveHeapMb();
  // Strapi finishes some start-up work after load() resolves (the e-mail provider's check);
  // destroying the pool under it aborts that work with an unhandled error.
  await new Promise((resolve) => setTimeout(resolve, 3000));
  await strapi.destroy();
  return { seconds, docsPerSecond: n / seconds, peakMb, liveMb, counts: await counts(schema) };
}

/** `strapi export` of the imported schema, then `strapi import` of it into an empty one, timed. */
function benchStrapiImport(fromSchema: string, toSchema: string) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-export-'));
  const file = path.join(dir, 'export');
  const run = (schema: string, args: string[]) => {
    const started = process.hrtime.bigint();
    const result = spawnSync('/usr/bin/time', ['-f', '%M', process.execPath, path.join(appDir, 'node_modules/@strapi/strapi/bin/strapi.js'), ...args], {
      cwd: appDir,
      env: { ...process.env, DATABASE_SCHEMA: schema },
      encoding: 'utf8',
    });
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    if (result.status !== 0) throw new Error(`strapi ${args[0]} failed: ${result.stderr.slice(-2000)}`);
    const peakKb = Number(result.stderr.trim().split('\n').pop());
    return { seconds, peakMb: Math.round(peakKb / 1024) };
  };
  const exported = run(fromSchema, ['export', '--no-encrypt', '--no-compress', '-f', file]);
  const imported = run(toSchema, ['import', '-f', `${file}.tar`, '--force']);
  fs.rmSync(dir, { recursive: true, force: true });
  return { exported, imported };
}

async function main() {
  // One process per N: Strapi instances loaded one after another in a process share globals,
  // and a destroyed one's background work can starve the next one's pool.
  if (sizes.length > 1) {
    for (const n of sizes) {
      const args = process.argv.slice(1).flatMap((a, i, all) => (a === '--n' ? [] : all[i - 1] === '--n' ? [] : [a]));
      const child = spawnSync(process.execPath, [...process.execArgv, ...args, '--n', String(n)], { stdio: 'inherit' });
      if (child.status !== 0) process.exit(child.status ?? 1);
    }
    return;
  }
  // Compiled in a child process: the TypeScript compiler's memory would otherwise stay in
  // this process's resident size and swell the peak measured below.
  const compiled = spawnSync(process.execPath, ['-e', "require('@strapi/strapi').compileStrapi()"], { cwd: appDir, stdio: 'inherit' });
  if (compiled.status !== 0) throw new Error('compiling the app failed');
  const rows: string[] = [];
  for (const n of sizes) {
    const stamp = Date.now();
    const schemas = modes.map((mode) => `bench_${n}_${stamp}_${mode}`);
    const copy = `bench_${n}_${stamp}_copy`;
    for (const schema of [...schemas, copy]) await sql(`CREATE SCHEMA "${schema}"`);
    try {
      const rates = new Map<string, number>();
      let last: Awaited<ReturnType<typeof benchService>> | null = null;
      for (const [m, mode] of modes.entries()) {
        process.stderr.write(`service: importing ${n} documents (${mode})\n`);
        const service = await benchService(n, schemas[m], mode === 'published');
        if (service.counts.articles !== n) throw new Error(`expected ${n} articles, found ${service.counts.articles}`);
        if (service.counts.publishedArticles !== (mode === 'published' ? n : 0)) {
          throw new Error(`expected ${mode === 'published' ? n : 0} published articles, found ${service.counts.publishedArticles}`);
        }
        rates.set(mode, service.docsPerSecond);
        last = service;
        rows.push(
          `service, ${mode.padEnd(9)} (x${concurrency}, batches of ${batchSize})  N=${n}: ${service.docsPerSecond.toFixed(1)} docs/s (${service.seconds.toFixed(1)} s), ` +
            `peak ${service.peakMb} MB, live heap after ${service.liveMb} MB; rows: ${JSON.stringify(service.counts)}`,
        );
      }
      if (rates.size === 2) rows.push(`ratio          N=${n}: published / drafts = ${(rates.get('published')! / rates.get('drafts')!).toFixed(2)}x`);
      if (withBaseline && last) {
        process.stderr.write(`baseline: strapi export + strapi import of the same content\n`);
        const baseline = benchStrapiImport(schemas[schemas.length - 1], copy);
        const copied = await counts(copy);
        rows.push(
          `strapi import  N=${n}: ${(n / baseline.imported.seconds).toFixed(1)} docs/s (${baseline.imported.seconds.toFixed(1)} s), peak ${baseline.imported.peakMb} MB; ` +
            `rows: ${JSON.stringify(copied)}${JSON.stringify(copied) === JSON.stringify(last.counts) ? '' : '  <- NOT the rows exported'}`,
        );
        rows.push(`ratio          N=${n}: service (${modes[modes.length - 1]}) / strapi import = ${(baseline.imported.seconds / last.seconds).toFixed(2)}x`);
      }
    } finally {
      for (const schema of [...schemas, copy]) await sql(`DROP SCHEMA "${schema}" CASCADE`);
    }
  }
  process.stdout.write(`\nImport benchmark (PostgreSQL, ${os.cpus().length} cores)\n${rows.join('\n')}\n`);
}

main().catch((error) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
