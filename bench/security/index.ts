/**
 * Hostile reads benchmark: what the requests that once held the server (issue 10's repros) cost
 * now, and what they do to an app's ordinary reads at the same time. N published articles in
 * PostgreSQL (loaded and served by the roles of bench/api), the read cache off (every request
 * reaches the database), and in this process:
 *
 *   - the baseline: the one-article read (an article with its quotes, speakers and tags, a random
 *     one each request) on 2 connections, alone;
 *   - then, for each hostile request, the same reads while one connection sends the hostile
 *     request again and again: its answer (status), its own p50 / p99, and the ordinary reads'
 *     p50 / p99 against the baseline.
 *
 *   DATABASE_HOST=127.0.0.1 DATABASE_NAME=strapi_test DATABASE_USERNAME=strapi_test \
 *   DATABASE_PASSWORD=strapi_test npm run bench:security -- --n 1000
 *
 * Options: --duration 5 (seconds a case), --keep (leave the loaded schema), --schema NAME (an
 * already loaded schema, kept).
 */
import os from 'node:os';
import path from 'node:path';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { arg, benchEnvironment, sql } from '../lib/env';

const appDir = path.resolve(__dirname, '..', '..');
const apiBench = path.join(appDir, 'bench', 'api', 'index.ts');
const n = Number(arg('n', '1000'));
const duration = Number(arg('duration', '5'));
const givenSchema = arg('schema', '');
const keep = process.argv.includes('--keep');

benchEnvironment({ NODE_ENV: 'production' });

const child = (args: string[], env: Record<string, string>): ChildProcess =>
  spawn(process.execPath, [...process.execArgv, apiBench, ...args], { cwd: appDir, env: { ...process.env, ...env }, stdio: ['ignore', 'inherit', 'inherit'] });

const ARTICLES = 'articles(pagination: { pageSize: 100 }) { headline quotes { text speaker { name } } }';
const aliases = (count: number, field: string) => `{ ${Array.from({ length: count }, (_, i) => `a${i}: ${field}`).join(' ')} }`;

type Hostile = { name: string; method: 'GET' | 'POST'; path: string; body?: string };
const HOSTILE: Hostile[] = [
  { name: 'GraphQL, 10 aliases of 100 articles with quotes and speakers', method: 'POST', path: '/graphql', body: JSON.stringify({ query: aliases(10, ARTICLES) }) },
  { name: 'GraphQL, 100 aliases of the same', method: 'POST', path: '/graphql', body: JSON.stringify({ query: aliases(100, ARTICLES) }) },
  { name: 'GraphQL, 500 aliases of the same', method: 'POST', path: '/graphql', body: JSON.stringify({ query: aliases(500, ARTICLES) }) },
  { name: 'GraphQL, 300 aliases of people { quotes { article { tags } } }', method: 'POST', path: '/graphql', body: JSON.stringify({ query: aliases(300, 'people { quotes { article { tags { name } } } }') }) },
  { name: 'GraphQL, a fragment spreading itself', method: 'POST', path: '/graphql', body: JSON.stringify({ query: '{ articles { ...F } } fragment F on Article { ...F }' }) },
  {
    name: 'GraphQL, $in with 20,000 ids',
    method: 'POST',
    path: '/graphql',
    body: JSON.stringify({ query: 'query ($ids: [ID]) { articles(filters: { documentId: { in: $ids } }) { headline } }', variables: { ids: Array.from({ length: 20_000 }, (_, i) => `id${i}`) } }),
  },
  {
    name: 'REST, 100 articles populated 5 levels deep',
    method: 'GET',
    path: '/api/articles?pagination[pageSize]=100&populate[quotes][populate][speaker][populate][quotes][populate][article][populate][quotes]=true',
  },
  { name: 'REST, 100 tags populated 5 levels deep', method: 'GET', path: '/api/tags?pagination[pageSize]=100&populate[articles][populate][quotes][populate][speaker][populate][quotes]=true' },
  // Within the limits: the heaviest kind of request still served.
  { name: 'REST, 100 tags with articles, quotes, speakers (3 levels, served)', method: 'GET', path: '/api/tags?pagination[pageSize]=100&populate[articles][populate][quotes][populate][speaker]=true' },
];

type Latencies = { p50: number; p99: number; count: number; statuses: Map<number, number> };

const summary = (times: number[], statuses: Map<number, number>): Latencies => {
  times.sort((a, b) => a - b);
  const at = (p: number) => times[Math.min(times.length - 1, Math.floor(p * times.length))] ?? NaN;
  return { p50: at(0.5), p99: at(0.99), count: times.length, statuses };
};

/** Sends requests made by `make` on `connections` loops until `until`. */
async function drive(base: string, make: () => Hostile, connections: number, until: number): Promise<Latencies> {
  const times: number[] = [];
  const statuses = new Map<number, number>();
  await Promise.all(
    Array.from({ length: connections }, async () => {
      while (Date.now() < until) {
        const request = make();
        const t0 = process.hrtime.bigint();
        const res = await fetch(base + request.path, {
          method: request.method,
          headers: request.body ? { 'content-type': 'application/json' } : undefined,
          body: request.body,
        }).catch(() => null);
        await res?.arrayBuffer();
        times.push(Number(process.hrtime.bigint() - t0) / 1e6);
        const status = res?.status ?? 0;
        statuses.set(status, (statuses.get(status) ?? 0) + 1);
      }
    }),
  );
  return summary(times, statuses);
}

async function main() {
  const compiled = spawnSync(process.execPath, ['-e', "require('@strapi/strapi').compileStrapi()"], { cwd: appDir, stdio: 'inherit' });
  if (compiled.status !== 0) throw new Error('compiling the app failed');
  const schema = givenSchema || `bench_security_${n}_${Date.now()}`;
  if (!givenSchema) {
    await sql(`CREATE SCHEMA "${schema}"`);
    process.stderr.write(`loading ${n} articles into ${schema}\n`);
    const loader = child(['--role', 'load', '--n', String(n)], { DATABASE_SCHEMA: schema });
    if ((await new Promise((resolve) => loader.once('exit', resolve))) !== 0) throw new Error('loading failed');
  }
  const port = 20000 + Math.floor(Math.random() * 20000);
  const server = child(['--role', 'serve'], { DATABASE_SCHEMA: schema, PORT: String(port), HOST: '127.0.0.1', READ_CACHE: 'off' });
  const base = `http://127.0.0.1:${port}`;
  try {
    for (let tries = 0; ; tries += 1) {
      const res = await fetch(`${base}/_health`).catch(() => null);
      if (res?.status === 204) break;
      if (tries > 600) throw new Error('the server did not start');
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    const ids = (await sql<{ document_id: string }>(`SELECT document_id FROM "${schema}".articles WHERE published_at IS NOT NULL`)).map((r) => r.document_id);
    const ordinary = (): Hostile => ({
      name: 'one article',
      method: 'GET',
      path: `/api/articles/${ids[Math.floor(Math.random() * ids.length)]}?populate[quotes][populate][speaker]=true&populate[tags]=true`,
    });
    await drive(base, ordinary, 2, Date.now() + 2000);
    const baseline = await drive(base, ordinary, 2, Date.now() + duration * 1000);

    const rows: string[][] = [];
    const ms = (v: number) => (Number.isNaN(v) ? '' : v < 10 ? v.toFixed(1) : v.toFixed(0));
    rows.push(['ordinary reads alone (baseline)', '', '', '', ms(baseline.p50), ms(baseline.p99), '1.0x']);
    for (const hostile of HOSTILE) {
      process.stderr.write(`  ${hostile.name}\n`);
      const until = Date.now() + duration * 1000;
      const [attack, reads] = await Promise.all([drive(base, () => hostile, 1, until), drive(base, ordinary, 2, until)]);
      const status = [...attack.statuses].map(([s, c]) => `${s}×${c}`).join(' ');
      rows.push([hostile.name, status, ms(attack.p50), ms(attack.p99), ms(reads.p50), ms(reads.p99), `${(reads.p99 / baseline.p99).toFixed(1)}x`]);
    }
    const header = ['request', 'answers', 'its p50 ms', 'its p99 ms', 'reads p50 ms', 'reads p99 ms', 'reads p99 vs alone'];
    const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
    const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i])).join(' | ')} |`;
    process.stdout.write(
      `\nHostile reads (PostgreSQL, N = ${n}, ${os.cpus().length} cores, cache off, ${duration} s a case; ordinary reads on 2 connections, the hostile request on 1)\n` +
        [line(header), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...rows.map(line)].join('\n') +
        '\n',
    );
  } finally {
    server.kill('SIGTERM');
    await new Promise((resolve) => server.once('exit', resolve));
    if (!givenSchema && !keep) await sql(`DROP SCHEMA "${schema}" CASCADE`);
    if (keep) process.stderr.write(`kept schema ${schema} (rerun with --schema ${schema} --n ${n})\n`);
  }
}

main().catch((error) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
