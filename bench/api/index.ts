/**
 * Read API benchmark: N published articles (generated pages imported through the import
 * service, each with its quotes, their speakers, people, organizations and tags) in PostgreSQL
 * (or SQLite with `--database sqlite`), a Strapi server in a child process, and autocannon in
 * this one driving
 *
 *   - the one-article read: GET /api/articles/:documentId with its quotes and their speakers,
 *     and its tags (a random published article each request);
 *   - the list: 25 articles with their tags, newest first (a random page among the first 20);
 *   - the GraphQL equivalent of the one-article read;
 *
 * once with the read cache off (READ_CACHE=off: every request reaches the database) and once
 * with it on and warm (every article read once before). Then, cache on, the one-article read
 * while the newsroom writes:
 *
 *   - under 1 write/s: another process saves a random article once a second, as an editor
 *     would (a Document Service update of its lead, stamped with a number, and its publication,
 *     in one transaction), and says when each save committed;
 *   - the same while a CLI import (`scripts/import.ts --publish`) of new pages runs beside it;
 *
 * with the share of cache hits and of stale responses: a response is stale when its request
 * was sent after a save of that article had committed and it shows an older stamp (there
 * must be none). In the same run, the baseline: the
 * same one-article data (the article, its quotes with their speakers, its tags) by one
 * hand-written SQL query through `pg`, at the same concurrency (PostgreSQL only). Prints requests
 * per second, p50 and p99 latency, and the ratio to the SQL baseline, for each N.
 *
 *   DATABASE_HOST=127.0.0.1 DATABASE_NAME=strapi_test DATABASE_USERNAME=strapi_test \
 *   DATABASE_PASSWORD=strapi_test npm run bench:api -- --n 1000,10000
 *
 * Options: --duration 10 (seconds a case), --connections 10, --no-writes (skip the cases under
 * writes), --concurrency 2 and --batch-size 25
 * (batches at once, and documents a batch, while loading: the CLI's defaults), --keep (leave the schema, to rerun with --schema NAME --n N and skip loading;
 * on SQLite the file, rerun with --file PATH), --database sqlite (a file under .tmp/).
 * Each N gets a PostgreSQL schema (or a SQLite file) of its own, dropped at the end.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import readline from 'node:readline';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { Client } from 'pg';
import autocannon from 'autocannon';
import { createStrapi, type Core } from '@strapi/strapi';
import { corpusText } from '../lib/corpus';
import { arg, benchEnvironment, pgConfig, sql, strapiOptions } from '../lib/env';
import type { Runner } from '../../src/plugins/source-import/server/src/services/runner';

const appDir = path.resolve(__dirname, '..', '..');
const role = arg('role', 'main');
const sizes = arg('n', '1000,10000').split(',').map(Number);
const duration = Number(arg('duration', '10'));
const connections = Number(arg('connections', '10'));
const loadConcurrency = Number(arg('concurrency', '2'));
const loadBatchSize = Number(arg('batch-size', '25'));
const keep = process.argv.includes('--keep');
const withWrites = !process.argv.includes('--no-writes');
const givenSchema = arg('schema', '');
const givenFile = arg('file', '');
const database = arg('database', 'postgres') === 'sqlite' ? 'sqlite' : 'postgres';

benchEnvironment({ NODE_ENV: 'production', DATABASE_CLIENT: database });

/**
 * In a child process: imports N generated pages, published, with a headline each, through the
 * plugin's runner as the CLI does (batches of 25 written together, 2 batches at once, and the
 * planner's statistics refreshed as the tables grow; PostgreSQL here runs without autovacuum).
 */
async function load(n: number) {
  const strapi: Core.Strapi = await createStrapi(strapiOptions(appDir)).load();
  const runner = strapi.plugin('source-import').service('runner') as Runner;
  const started = Date.now();
  const work = runner.importWork(
    { publish: true },
    (i: number) => ({
      // Not every generated page has a headline of its own; an editor would give one.
      document: { text: corpusText(i), fileName: `page-${i + 1}.txt`, headline: `Archive article ${i + 1}` },
    }),
    (i) => `page-${i + 1}.txt`,
  );
  await runner.run({
    ...work,
    process: async (batch) => {
      const lines = await work.process(batch);
      for (const line of lines) {
        if (!line.outcome?.published) throw new Error(`${line.result.fileName} was not published: ${JSON.stringify(line.error?.message ?? line.result).slice(0, 500)}`);
      }
      return lines;
    },
    items: Array.from({ length: n }, (_, i) => i),
    batchSize: loadBatchSize,
    concurrency: loadConcurrency,
    history: null,
    hooks: {
      progress: ({ done }) => {
        if (done % 1000 === 0) process.stderr.write(`  loaded ${done}/${n} (${((done * 1000) / (Date.now() - started)).toFixed(1)} docs/s)\n`);
      },
    },
  });
  // Strapi finishes some start-up work after load() resolves; let it end before destroying.
  await new Promise((resolve) => setTimeout(resolve, 2000));
  await strapi.destroy();
}

/**
 * In a child process: an editor saving a random published article once a second (update of
 * its lead, stamped, and publication, in one transaction), until killed. Prints one JSON line
 * per committed save: the article, the stamp, and when the commit returned (monotonic clock,
 * shared by the processes of the machine).
 */
async function write() {
  const strapi = await createStrapi(strapiOptions(appDir)).load();
  const articles = strapi.documents('api::article.article');
  const ids = ((await strapi.db.query('api::article.article').findMany({ select: ['documentId'], where: { publishedAt: { $notNull: true } } })) as Array<{ documentId: string }>).map(
    (r) => r.documentId,
  );
  process.stdout.write(`${WRITER_ANSWER}ready\n`);
  for (let stamp = 1; ; stamp += 1) {
    const started = Date.now();
    const documentId = pick(ids);
    await strapi.db.transaction(async () => {
      await articles.update({ documentId, data: { lead: `${STAMP}${stamp}.` } as never });
      await articles.publish({ documentId });
    });
    process.stdout.write(`${WRITER_ANSWER}${JSON.stringify({ documentId, stamp, committedAt: String(process.hrtime.bigint()) })}\n`);
    await new Promise((resolve) => setTimeout(resolve, Math.max(0, 1000 - (Date.now() - started))));
  }
}

const WRITER_ANSWER = 'bench-writer:';
const STAMP = 'Saved by the benchmark, stamp ';

/** In a child process: the Strapi server, until killed. */
async function serve() {
  const strapi = await createStrapi(strapiOptions(appDir)).load();
  await strapi.listen();
}

function child(args: string[], env: Record<string, string>, stdout: 'inherit' | 'pipe' = 'inherit'): ChildProcess {
  return spawn(process.execPath, [...process.execArgv, __filename, ...args, '--database', database], {
    cwd: appDir,
    env: { ...process.env, ...env },
    stdio: ['ignore', stdout, 'inherit'],
  });
}

async function startServer(target: Record<string, string>, port: number, cache: boolean) {
  const server = child(['--role', 'serve'], { ...target, PORT: String(port), HOST: '127.0.0.1', READ_CACHE: cache ? 'on' : 'off' });
  const exited = new Promise<never>((_, reject) => server.once('exit', (code) => reject(new Error(`the server exited (${code})`))));
  for (let tries = 0; ; tries += 1) {
    try {
      const res = await Promise.race([fetch(`http://127.0.0.1:${port}/_health`), exited]);
      if (res.status === 204) break;
    } catch (error) {
      if ((error as Error).message.startsWith('the server exited') || tries > 600) throw error;
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return {
    stop: async () => {
      // Let the requests autocannon left in flight finish first.
      await new Promise((resolve) => setTimeout(resolve, 1000));
      server.removeAllListeners('exit');
      const gone = new Promise((resolve) => server.once('exit', resolve));
      server.kill('SIGTERM');
      await gone;
    },
  };
}

type Figures = { rps: number; p50: number; p99: number; requests: number; errors: number; hitRatio: number | null; stale?: { checked: number; stale: number; writes: number } };
type Case = { name: string; request: () => autocannon.Request; warm?: () => autocannon.Request[] };

const pick = <T>(items: T[]) => items[Math.floor(Math.random() * items.length)];
const ARTICLE_QUERY = 'populate[quotes][populate][speaker]=true&populate[tags]=true';
const GRAPHQL_ARTICLE = `query ($id: ID!) { article(documentId: $id) {
  documentId headline slug lead body section dateline capturedAt datePublished sourceUrl createdAt updatedAt publishedAt
  quotes { documentId text kind cue position line column startOffset endOffset speakerDescription createdAt updatedAt publishedAt
    speaker { documentId name slug aliases description createdAt updatedAt publishedAt } }
  tags { documentId name slug createdAt updatedAt publishedAt } } }`;
const LIST_PAGES = 20;

function cases(ids: string[]): Case[] {
  const one = (id: string): autocannon.Request => ({ method: 'GET', path: `/api/articles/${id}?${ARTICLE_QUERY}` });
  const list = (page: number): autocannon.Request => ({
    method: 'GET',
    path: `/api/articles?populate[tags]=true&sort[0]=capturedAt:desc&pagination[pageSize]=25&pagination[page]=${page}`,
  });
  const graphql = (id: string): autocannon.Request => ({
    method: 'POST',
    path: '/graphql',
    // An Accept of its own: GraphQL answers are cached per Accept, and fetch (the warm-up) sends */*.
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json' },
    body: JSON.stringify({ query: GRAPHQL_ARTICLE, variables: { id } }),
  });
  const pages = Array.from({ length: Math.min(LIST_PAGES, Math.ceil(ids.length / 25)) }, (_, i) => i + 1);
  return [
    { name: 'REST one article + quotes + speakers + tags', request: () => one(pick(ids)), warm: () => ids.map(one) },
    { name: 'REST list of 25 + tags', request: () => list(pick(pages)), warm: () => pages.map(list) },
    { name: 'GraphQL one article (same data)', request: () => graphql(pick(ids)), warm: () => ids.map(graphql) },
  ];
}

/** autocannon against the server; each request built afresh (a random article). */
async function cannon(port: number, make: () => autocannon.Request, seconds: number, observe?: Observer): Promise<Figures> {
  let hits = 0;
  let seen = 0;
  const result = await autocannon({
    url: `http://127.0.0.1:${port}`,
    connections,
    duration: seconds,
    requests: [
      {
        // One request at a time on each connection: its context is that request's.
        setupRequest: (request, context) => {
          const made = { ...request, ...make() };
          if (observe) Object.assign(context, { path: made.path, sentAt: process.hrtime.bigint() });
          return made;
        },
        ...(observe ? { onResponse: (status: number, body: string, context: object) => observe(status, body, context as Sent) } : {}),
      },
    ],
    setupClient: (client) => {
      client.on('headers', (info: unknown) => {
        const headers = (info as { headers: string[] }).headers;
        for (let i = 0; i < headers.length; i += 2) {
          if (headers[i].toLowerCase() === 'x-cache') {
            seen += 1;
            if (headers[i + 1] === 'HIT') hits += 1;
          }
        }
      });
    },
  });
  return {
    rps: result.requests.total / result.duration,
    p50: result.latency.p50,
    p99: result.latency.p99,
    requests: result.requests.total,
    errors: result.errors + result.timeouts + result.non2xx,
    hitRatio: seen ? hits / seen : null,
  };
}

type Sent = { path: string; sentAt: bigint };
type Observer = (status: number, body: string, sent: Sent) => void;

/**
 * The editor of `write()` in a child process, and the check of what the reads saw against its
 * saves: `observe` records the stamp of each one-article response, `verdict` compares them,
 * once the run is over, with the saves that had committed before each request was sent.
 */
async function startWriter(target: Record<string, string>) {
  const writer = child(['--role', 'write'], { ...target, READ_CACHE: 'off' }, 'pipe');
  const saves = new Map<string, Array<{ stamp: number; committedAt: bigint }>>();
  let ready: () => void;
  const isReady = new Promise<void>((resolve) => (ready = resolve));
  const exited = new Promise<never>((_, reject) => writer.once('exit', (code) => reject(new Error(`the writer exited (${code})`))));
  exited.catch(() => undefined);
  readline.createInterface({ input: writer.stdout! }).on('line', (line) => {
    if (!line.startsWith(WRITER_ANSWER)) return process.stdout.write(`${line}\n`);
    const answer = line.slice(WRITER_ANSWER.length);
    if (answer === 'ready') return ready();
    const save = JSON.parse(answer) as { documentId: string; stamp: number; committedAt: string };
    const list = saves.get(save.documentId) ?? [];
    list.push({ stamp: save.stamp, committedAt: BigInt(save.committedAt) });
    saves.set(save.documentId, list);
  });
  await Promise.race([isReady, exited]);
  const seen: Array<{ documentId: string; sentAt: bigint; stamp: number }> = [];
  const observe: Observer = (status, body, sent) => {
    if (status !== 200) return;
    const documentId = /\/api\/articles\/([^/?]+)/.exec(sent.path)?.[1];
    if (!documentId) return;
    const stamp = new RegExp(`"lead":"${STAMP}(\\d+)\\.`).exec(body);
    seen.push({ documentId, sentAt: sent.sentAt, stamp: stamp ? Number(stamp[1]) : 0 });
  };
  const verdict = () => {
    let stale = 0;
    let writes = 0;
    for (const list of saves.values()) writes += list.length;
    for (const s of seen) {
      // The newest save committed before the request was sent; a later one may show too.
      let expected = 0;
      for (const save of saves.get(s.documentId) ?? []) if (save.committedAt < s.sentAt && save.stamp > expected) expected = save.stamp;
      if (s.stamp < expected) stale += 1;
    }
    const checked = seen.length;
    seen.length = 0;
    return { checked, stale, writes };
  };
  return {
    observe,
    verdict,
    stop: async () => {
      writer.removeAllListeners('exit');
      const gone = new Promise((resolve) => writer.once('exit', resolve));
      writer.kill('SIGTERM');
      await gone;
    },
  };
}

/**
 * `scripts/import.ts --publish` of `count` new generated pages into the benchmark's database,
 * as a newsroom's migration would run beside the API; stopped (SIGINT, as Ctrl-C) when done.
 */
function startImport(target: Record<string, string>, n: number, count: number) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-api-import-'));
  for (let i = 0; i < count; i += 1) fs.writeFileSync(path.join(dir, `page-${i + 1}.txt`), corpusText(n + 100_000 + i));
  const stateDir = path.join(dir, '.state');
  const cli = spawn(process.execPath, ['--import', 'tsx', path.join(appDir, 'scripts', 'import.ts'), dir, '--publish', '--progress', 'lines', '--state-dir', stateDir], {
    cwd: appDir,
    env: { ...process.env, ...target, READ_CACHE: 'off' },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let imported = 0;
  let first: () => void;
  const started = new Promise<void>((resolve) => (first = resolve));
  // One progress line per finished document: `[12/3000] created   page-12.txt`.
  readline.createInterface({ input: cli.stderr! }).on('line', (line) => {
    if (!/^\[\d+\/\d+\]/.test(line)) return process.stderr.write(`  import: ${line}\n`);
    imported += 1;
    first();
  });
  const exited = new Promise<never>((_, reject) => cli.once('exit', (code) => reject(new Error(`the import exited (${code})`))));
  // Only `started` waits on it; an exit after the start is reported by `stop`.
  exited.catch(() => undefined);
  return {
    /** Resolves once the import has written its first document (its start-up writes are past). */
    started: () => Promise.race([started, exited]),
    /** Documents finished since the last call. */
    imported: () => {
      const done = imported;
      imported = 0;
      return done;
    },
    stop: async () => {
      cli.removeAllListeners('exit');
      const gone = new Promise<number | null>((resolve) => (cli.exitCode === null ? cli.once('exit', resolve) : resolve(cli.exitCode)));
      if (cli.exitCode === null) cli.kill('SIGINT');
      const code = await gone;
      fs.rmSync(dir, { recursive: true, force: true });
      if (code !== 0 && code !== 130) process.stderr.write(`  the import exited with ${code}\n`);
    },
  };
}

/** Sends every request once, `connections` at a time: fills the cache. */
async function warm(port: number, requests: autocannon.Request[]) {
  let next = 0;
  const worker = async () => {
    while (next < requests.length) {
      const request = requests[next++];
      const res = await fetch(`http://127.0.0.1:${port}${request.path}`, {
        method: request.method,
        headers: request.headers as Record<string, string> | undefined,
        body: request.body as string | undefined,
      });
      await res.arrayBuffer();
    }
  };
  await Promise.all(Array.from({ length: connections }, worker));
}

/**
 * The same data as the one-article read, by one query: the published article, its published
 * quotes in order with their speakers, its tags in order, as one JSON document.
 */
function baselineQuery(schema: string) {
  const t = (name: string) => `"${schema}"."${name}"`;
  return `
    SELECT json_build_object(
      'article', to_jsonb(a),
      'quotes', (
        SELECT coalesce(json_agg(to_jsonb(q) || jsonb_build_object('speaker', to_jsonb(p)) ORDER BY qa.quote_ord), '[]')
        FROM ${t('quotes_article_lnk')} qa
        JOIN ${t('quotes')} q ON q.id = qa.quote_id
        LEFT JOIN ${t('quotes_speaker_lnk')} qs ON qs.quote_id = q.id
        LEFT JOIN ${t('people')} p ON p.id = qs.person_id
        WHERE qa.article_id = a.id
      ),
      'tags', (
        SELECT coalesce(json_agg(to_jsonb(g) ORDER BY at.tag_ord), '[]')
        FROM ${t('articles_tags_lnk')} at
        JOIN ${t('tags')} g ON g.id = at.tag_id
        WHERE at.article_id = a.id
      )
    ) AS document
    FROM ${t('articles')} a
    WHERE a.document_id = $1 AND a.published_at IS NOT NULL`;
}

async function sqlBaseline(schema: string, ids: string[], seconds: number): Promise<Figures> {
  const query = baselineQuery(schema);
  const clients = await Promise.all(
    Array.from({ length: connections }, async () => {
      const c = new Client(pgConfig());
      await c.connect();
      return c;
    }),
  );
  const check = (await clients[0].query(query, [ids[0]])).rows[0]?.document;
  if (!check?.article || check.quotes.length === 0 || check.tags.length === 0) throw new Error(`the baseline query reads nothing: ${JSON.stringify(check)}`);
  const latencies: number[] = [];
  const until = Date.now() + seconds * 1000;
  const started = process.hrtime.bigint();
  await Promise.all(
    clients.map(async (c) => {
      while (Date.now() < until) {
        const t0 = process.hrtime.bigint();
        await c.query(query, [pick(ids)]);
        latencies.push(Number(process.hrtime.bigint() - t0) / 1e6);
      }
    }),
  );
  const elapsed = Number(process.hrtime.bigint() - started) / 1e9;
  await Promise.all(clients.map((c) => c.end()));
  latencies.sort((a, b) => a - b);
  const at = (p: number) => latencies[Math.min(latencies.length - 1, Math.floor(p * latencies.length))];
  return { rps: latencies.length / elapsed, p50: at(0.5), p99: at(0.99), requests: latencies.length, errors: 0, hitRatio: null };
}

type Row = { n: number; name: string; mode: string; figures: Figures };

/** Where one N is loaded: a PostgreSQL schema, or a SQLite file; the DATABASE_* that point at it. */
type Target = { env: Record<string, string>; given: boolean; label: string; create(): Promise<void>; drop(): Promise<void>; ids(): Promise<string[]>; analyze(): Promise<void> };

// better-sqlite3 (Strapi's SQLite driver) has no types installed; the calls made here.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const Sqlite = require('better-sqlite3') as new (file: string) => { prepare(sql: string): { all(): unknown[] }; exec(sql: string): void; close(): void };

function target(n: number): Target {
  if (database === 'sqlite') {
    const file = givenFile || path.join('.tmp', `bench-api-${n}-${Date.now()}.db`);
    const withFile = <T>(fn: (db: InstanceType<typeof Sqlite>) => T) => {
      const db = new Sqlite(path.resolve(appDir, file));
      try {
        return fn(db);
      } finally {
        db.close();
      }
    };
    return {
      env: { DATABASE_FILENAME: file },
      given: Boolean(givenFile),
      label: `file ${file} (rerun with --database sqlite --file ${file} --n ${n})`,
      create: async () => {},
      drop: async () => {
        for (const suffix of ['', '-wal', '-shm', '-journal']) fs.rmSync(path.resolve(appDir, file + suffix), { force: true });
      },
      ids: async () => withFile((db) => (db.prepare('SELECT document_id FROM articles WHERE published_at IS NOT NULL').all() as Array<{ document_id: string }>).map((r) => r.document_id)),
      analyze: async () => withFile((db) => db.exec('ANALYZE')),
    };
  }
  const schema = givenSchema || `bench_api_${n}_${Date.now()}`;
  return {
    env: { DATABASE_SCHEMA: schema },
    given: Boolean(givenSchema),
    label: `schema ${schema} (rerun with --schema ${schema} --n ${n})`,
    create: async () => {
      await sql(`CREATE SCHEMA "${schema}"`);
    },
    drop: async () => {
      await sql(`DROP SCHEMA "${schema}" CASCADE`);
    },
    ids: async () => (await sql<{ document_id: string }>(`SELECT document_id FROM "${schema}".articles WHERE published_at IS NOT NULL`)).map((r) => r.document_id),
    analyze: async () => {
      // Fresh planner statistics for the tables just loaded, as autovacuum would gather soon.
      const tables = await sql<{ tablename: string }>('SELECT tablename FROM pg_tables WHERE schemaname = $1', [schema]);
      await sql(`ANALYZE ${tables.map((t) => `"${schema}"."${t.tablename}"`).join(', ')}`);
    },
  };
}

async function benchSize(n: number, rows: Row[]) {
  const where = target(n);
  if (!where.given) {
    await where.create();
    process.stderr.write(`N=${n}: loading ${n} articles into ${database} ${where.label.split(' (')[0]}\n`);
    const started = Date.now();
    const loader = child(['--role', 'load', '--n', String(n), '--concurrency', String(loadConcurrency), '--batch-size', String(loadBatchSize)], where.env);
    const code = await new Promise((resolve) => loader.once('exit', resolve));
    if (code !== 0) throw new Error(`loading failed (${code})`);
    process.stderr.write(`N=${n}: loaded in ${((Date.now() - started) / 1000).toFixed(0)} s\n`);
  }
  try {
    const ids = await where.ids();
    if (ids.length !== n) throw new Error(`expected ${n} published articles in ${where.label}, found ${ids.length}`);
    await where.analyze();
    const port = 20000 + Math.floor(Math.random() * 20000);

    if (database === 'postgres') {
      const sqlFigures = await sqlBaseline(where.env.DATABASE_SCHEMA, ids, duration);
      rows.push({ n, name: 'SQL one article + quotes + speakers + tags', mode: 'pg, one query', figures: sqlFigures });
    }

    for (const cache of [false, true]) {
      process.stderr.write(`N=${n}: server with the read cache ${cache ? 'on' : 'off'}\n`);
      const server = await startServer(where.env, port, cache);
      try {
        for (const c of cases(ids)) {
          // A short run first: the JIT, the pools and PostgreSQL's buffers warm up.
          await cannon(port, c.request, 2);
          if (cache && c.warm) await warm(port, c.warm());
          const figures = await cannon(port, c.request, duration);
          rows.push({ n, name: c.name, mode: cache ? 'cache on, warm' : 'cache off', figures });
          process.stderr.write(`  ${c.name} (${cache ? 'cache' : 'no cache'}): ${figures.rps.toFixed(0)} req/s\n`);
        }
        if (cache && withWrites) {
          const one = cases(ids)[0];
          for (const during of ['1 write/s', '1 write/s + CLI import'] as const) {
            // The writer and the import start first: a Strapi's start-up writes (permissions,
            // settings) empty the cache once, as they should; then the cache is warmed.
            const writer = await startWriter(where.env);
            // Enough pages to outlast the warm-up and the run at the import's pace.
            const cli = during.includes('import') ? startImport(where.env, n, 3000) : null;
            try {
              await cli?.started();
              await new Promise((resolve) => setTimeout(resolve, 1000));
              await warm(port, one.warm!());
              writer.verdict();
              cli?.imported();
              const figures = await cannon(port, one.request, duration, writer.observe);
              figures.stale = writer.verdict();
              const mode = `cache on, ${during}${cli ? ` (${cli.imported()} pages in the run)` : ''}`;
              rows.push({ n, name: one.name, mode, figures });
              process.stderr.write(`  ${one.name} (${mode}): ${figures.rps.toFixed(0)} req/s, ${figures.stale.stale} stale of ${figures.stale.checked}\n`);
            } finally {
              await cli?.stop();
              await writer.stop();
            }
          }
        }
      } finally {
        await server.stop();
      }
    }
  } finally {
    if (keep) process.stderr.write(`N=${n}: kept ${where.label}\n`);
    else await where.drop();
  }
}

function table(rows: Row[]) {
  const baseline = new Map(rows.filter((r) => r.mode === 'pg, one query').map((r) => [r.n, r.figures.rps]));
  const header = ['N', 'read', 'mode', 'req/s', 'p50 ms', 'p99 ms', 'vs SQL', 'cache hits', 'stale', 'errors'];
  const body = rows.map((r) => [
    r.n.toLocaleString('en'),
    r.name,
    r.mode,
    Math.round(r.figures.rps).toLocaleString('en'),
    r.figures.p50.toFixed(r.figures.p50 < 10 ? 1 : 0),
    r.figures.p99.toFixed(r.figures.p99 < 10 ? 1 : 0),
    baseline.has(r.n) ? `${((r.figures.rps / baseline.get(r.n)!) * 100).toFixed(r.figures.rps / baseline.get(r.n)! < 0.1 ? 1 : 0)}%` : '',
    r.figures.hitRatio === null ? '' : `${(r.figures.hitRatio * 100).toFixed(0)}%`,
    r.figures.stale ? `${r.figures.stale.stale}/${r.figures.stale.checked} (${r.figures.stale.writes} saves)` : '',
    String(r.figures.errors),
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((b) => b[i].length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i])).join(' | ')} |`;
  return [line(header), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...body.map(line)].join('\n');
}

async function main() {
  if (role === 'load') return load(sizes[0]);
  if (role === 'serve') return serve();
  if (role === 'write') return write();
  const compiled = spawnSync(process.execPath, ['-e', "require('@strapi/strapi').compileStrapi()"], { cwd: appDir, stdio: 'inherit' });
  if (compiled.status !== 0) throw new Error('compiling the app failed');
  const rows: Row[] = [];
  for (const n of sizes) await benchSize(n, rows);
  process.stdout.write(
    `\nRead API benchmark (${database === 'sqlite' ? 'SQLite' : 'PostgreSQL'}, ${os.cpus().length} cores, ${connections} connections, ${duration} s a case; ` +
      `random published article each request)\n${table(rows)}\n`,
  );
}

main().catch((error) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
