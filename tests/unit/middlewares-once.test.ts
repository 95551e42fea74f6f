/**
 * Strapi's middlewares built once instead of per request (src/bootstrap/middlewares-once.ts)
 * answer as Strapi's own: the same headers from `strapi::security` for the content API and for
 * every other path, with Strapi's options and with a project's; koa-body's middleware kept per
 * options object and still parsing bodies. And the log levels no transport writes
 * (src/bootstrap/log-levels.ts) are dropped before winston formats them, the others written.
 */
import path from 'node:path';
import { Writable } from 'node:stream';
import request from 'supertest';
import { winston } from '@strapi/logger';
import type { Core } from '@strapi/strapi';
import { keepKoaBodyPerOptions, securityOnce } from '../../src/bootstrap/middlewares-once';
import { dropUnwrittenLevels } from '../../src/bootstrap/log-levels';

const strapiCore = path.dirname(require.resolve('@strapi/core'));
const fromCore = (name: string) => require(require.resolve(name, { paths: [strapiCore] }));
// Strapi's own middleware (no exports map entry: by its path).
const { security } = require(path.join(strapiCore, 'middlewares', 'security.js')) as { security: Factory };
const Koa = fromCore('koa') as new () => { use(fn: unknown): unknown; callback(): Parameters<typeof request>[0] };

type Factory = Parameters<typeof securityOnce>[0];

const CONFIG: Record<string, string> = { 'api.rest.prefix': '/api', 'admin.path': '/admin', 'plugin::graphql.endpoint': '/graphql' };
const fakeStrapi = { config: { get: (key: string) => CONFIG[key] }, plugin: () => undefined } as unknown as Core.Strapi;

const appWith = (handler: unknown) => {
  const app = new Koa();
  app.use(handler);
  app.use((ctx: { body: unknown }) => {
    ctx.body = { ok: true };
  });
  return app.callback();
};

const headersOf = async (server: Parameters<typeof request>[0], url: string) => {
  const res = await request(server).get(url);
  const { date: _date, ...headers } = res.headers;
  return { status: res.status, headers };
};

describe('strapi::security built once', () => {
  const PATHS = ['/api/articles/abc?populate[tags]=true', '/api/tags', '/API/tags', '/documentation/v1', '/admin/', '/graphql', '/uploads/x.png', '/'];
  const OPTIONS: unknown[] = [{}, { contentSecurityPolicy: { directives: { 'img-src': ["'self'", 'data:', 'cdn.example.test'] } }, hsts: { maxAge: 60 } }];

  it.each(OPTIONS)('sets the headers Strapi sets, on every path (options %j)', async (config) => {
    const strapis = appWith(security(config, { strapi: fakeStrapi }));
    const ours = appWith(securityOnce(security)(config, { strapi: fakeStrapi }));
    for (const url of PATHS) {
      const expected = await headersOf(strapis, url);
      expect(Object.keys(expected.headers)).toEqual(expect.arrayContaining(['content-security-policy', 'strict-transport-security', 'x-frame-options']));
      expect({ url, ...(await headersOf(ours, url)) }).toEqual({ url, ...expected });
    }
  });

  it("leaves every request to Strapi's middleware when a special path lies under the API prefix", async () => {
    let built = 0;
    const counting: Factory = (config, context) => {
      built += 1;
      return security(config, context);
    };
    const saved = CONFIG['plugin::graphql.endpoint'];
    CONFIG['plugin::graphql.endpoint'] = '/api/graphql';
    try {
      const handler = securityOnce(counting)({}, { strapi: fakeStrapi });
      expect(built).toBe(1);
      const expected = await headersOf(appWith(security({}, { strapi: fakeStrapi })), '/api/graphql');
      expect(await headersOf(appWith(handler), '/api/graphql')).toEqual(expected);
    } finally {
      CONFIG['plugin::graphql.endpoint'] = saved;
    }
  });
});

describe('koa-body kept per options object', () => {
  it('gives the same middleware for the same options, another for other options, and still parses', async () => {
    keepKoaBodyPerOptions();
    const koaBody = fromCore('koa-body') as { koaBody: (options?: object) => unknown };
    const options = { multipart: true, patchKoa: true };
    expect(koaBody.koaBody(options)).toBe(koaBody.koaBody(options));
    expect(koaBody.koaBody({ ...options })).not.toBe(koaBody.koaBody(options));

    const app = new Koa();
    app.use(koaBody.koaBody(options));
    app.use((ctx: { body: unknown; request: { body: unknown } }) => {
      ctx.body = { got: ctx.request.body };
    });
    const res = await request(app.callback()).post('/x').send({ a: 1 });
    expect(res.body).toEqual({ got: { a: 1 } });
    const get = await request(app.callback()).get('/x');
    expect(get.body).toEqual({ got: {} });
  });
});

describe('log levels no transport writes', () => {
  const loggerWith = (transportLevel: string) => {
    const written: string[] = [];
    let formatted = 0;
    const counting = winston.format((info) => {
      formatted += 1;
      return info;
    });
    const stream = new Writable({
      write(chunk, _encoding, done) {
        written.push(String(chunk));
        done();
      },
    });
    const transport = new winston.transports.Stream({ stream, level: transportLevel });
    const log = winston.createLogger({ level: 'http', format: winston.format.combine(counting(), winston.format.simple()), transports: [transport] });
    dropUnwrittenLevels({ log } as unknown as Core.Strapi);
    return { log, written, transport, formatted: () => formatted };
  };

  it('drops a level below every transport before formatting it, and writes the others', async () => {
    const { log, written, formatted, transport } = loggerWith('warn');
    log.http('GET /api/tags (3 ms) 200');
    log.info('an info line');
    log.warn('a warning');
    log.error('an error');
    await new Promise((resolve) => setImmediate(resolve));
    expect(formatted()).toBe(2);
    expect(written.join('')).toMatch(/^warn: a warning\nerror: an error\n$/);

    // A level changed later is obeyed at once.
    transport.level = 'http';
    log.http('GET /api/tags (2 ms) 200');
    await new Promise((resolve) => setImmediate(resolve));
    expect(written.join('')).toContain('http: GET /api/tags (2 ms) 200');
  });
});
