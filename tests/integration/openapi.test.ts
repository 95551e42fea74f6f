import { spawnSync } from 'node:child_process';
import request from 'supertest';
import { startStrapi, type TestApp } from '../helpers/strapi';
import type { OpenAPIDocument } from '../../src/api/openapi/services/openapi';

/**
 * `GET /api/openapi.json`: Strapi's generator (`@strapi/openapi`) run on the live app and
 * completed (src/api/openapi/services/openapi.ts). Valid OpenAPI, the routes apps use and the
 * plugin's, who may call what as the server really enforces it, and nothing private.
 */

let app: TestApp;
let doc: OpenAPIDocument;
let res: request.Response;

beforeAll(async () => {
  app = await startStrapi();
  res = await request(app.server).get('/api/openapi.json');
  doc = res.body;
});

afterAll(async () => {
  await app?.stop();
});

/**
 * `@apidevtools/swagger-parser`'s `validate()`, in a child Node process: its dependencies are ES
 * modules, which Jest's CommonJS runtime cannot load, while Node 20 requires them natively.
 */
const validateOpenAPI = (document: unknown): { valid: boolean; message?: string } => {
  const script = `
    const SwaggerParser = require('@apidevtools/swagger-parser');
    let input = '';
    process.stdin.on('data', (chunk) => (input += chunk));
    process.stdin.on('end', () => SwaggerParser.validate(JSON.parse(input)).then(
      () => process.stdout.write(JSON.stringify({ valid: true })),
      (error) => process.stdout.write(JSON.stringify({ valid: false, message: String(error.message) })),
    ));`;
  const child = spawnSync(process.execPath, ['-e', script], { input: JSON.stringify(document), cwd: process.cwd(), encoding: 'utf8' });
  if (child.status !== 0) throw new Error(`the validator did not run: ${child.stderr}`);
  return JSON.parse(child.stdout);
};

type Operation = OpenAPIDocument['paths'][string][string];
const operations = () =>
  Object.entries(doc.paths).flatMap(([path, item]) => Object.entries(item).map(([method, op]) => ({ path, method, op: op as Operation })));
const find = (method: string, path: string) => doc.paths[path]?.[method] as Operation | undefined;

describe('GET /api/openapi.json', () => {
  it('is served to anyone, as JSON', () => {
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toMatch(/^application\/json/);
    expect(doc.openapi).toMatch(/^3\.1\./);
  });

  it('is a valid OpenAPI document', () => {
    expect(validateOpenAPI(doc)).toEqual({ valid: true });
    // and the validator does catch a broken one
    const broken = { ...doc, paths: { '/x': { get: { responses: 'none' } } } };
    expect(validateOpenAPI(broken).valid).toBe(false);
  });

  it('describes the content API of the five types, the named routes and the plugin routes', () => {
    const expected: Array<[string, string]> = [
      ...['articles', 'quotes', 'people', 'organizations', 'tags'].flatMap((type): Array<[string, string]> => [
        ['get', `/${type}`],
        ['post', `/${type}`],
        ['get', `/${type}/{id}`],
        ['put', `/${type}/{id}`],
        ['delete', `/${type}/{id}`],
      ]),
      ['get', '/articles/{documentId}/jsonld'],
      ['get', '/articles/{documentId}/ninjs'],
      ['get', '/people/{slug}/quotes'],
      ['get', '/organizations/{name}/articles'],
      ['post', '/source-import/check'],
      ['post', '/source-import/imports'],
      ['post', '/source-import/runs'],
      ['post', '/source-import/runs/{id}/documents'],
      ['get', '/source-import/runs/{id}'],
      ['get', '/openapi.json'],
    ];
    const described = operations().map(({ method, path }) => `${method} ${path}`);
    expect(described.sort()).toEqual(expected.map(([method, path]) => `${method} ${path}`).sort());
    // The paths are relative to the API prefix.
    expect(doc.servers?.[0]?.url).toBe('/api');
  });

  it('declares every path parameter once, as a required string', () => {
    for (const { path, method, op } of operations()) {
      const templated = [...path.matchAll(/\{([^}]+)\}/g)].map((m) => m[1]);
      const declared = (op.parameters ?? []).filter((p) => p.in === 'path');
      expect({ at: `${method} ${path}`, names: declared.map((p) => p.name) }).toEqual({ at: `${method} ${path}`, names: templated });
      for (const p of declared) expect(p).toMatchObject({ required: true, schema: { type: 'string' } });
    }
  });

  it('describes the content types, with the article’s relations but not its private import source', () => {
    const article = doc.components?.schemas?.ApiArticleArticleDocument as { properties: Record<string, unknown> };
    expect(Object.keys(article.properties)).toEqual(expect.arrayContaining(['documentId', 'headline', 'lead', 'quotes', 'tags', 'people', 'organizations']));
    expect(article.properties).not.toHaveProperty('source');
    const text = JSON.stringify(doc);
    for (const secret of ['rawText', 'sha256', 'importerVersion', 'import-source', 'ImportSource']) expect(text).not.toContain(secret);
    expect(text).not.toMatch(/\/users|\/auth\/|\/upload/);
  });

  it('gives the request bodies and answers of the plugin routes and the named routes', () => {
    const imports = find('post', '/source-import/imports')!;
    expect(Object.keys(imports.requestBody!.content).sort()).toEqual(['application/json', 'multipart/form-data', 'text/plain']);
    expect((imports.parameters ?? []).map((p) => p.name)).toEqual(expect.arrayContaining(['publish', 'dryRun']));
    expect(imports.responses).toHaveProperty('201');
    expect(imports.responses).toHaveProperty('413');
    expect(find('get', '/articles/{documentId}/jsonld')!.responses[200].content).toHaveProperty(['application/ld+json']);
    expect((find('get', '/organizations/{name}/articles')!.parameters ?? []).map((p) => p.name)).toEqual(['name', 'page', 'pageSize']);
    expect((find('get', '/people/{slug}/quotes')!.parameters ?? []).map((p) => p.name)).toEqual(['slug', 'page', 'pageSize']);
  });
});

describe('who may call what, as the document says and the server does', () => {
  const isPublic = (op: Operation) => (op.security ?? []).some((requirement) => Object.keys(requirement).length === 0);
  const concrete = (path: string) => `/api${path.replace(/\{[^}]+\}/g, 'no-such-entry')}`;

  it('marks as public exactly the reads the Public role has, and names their action', () => {
    const publicOps = operations().filter(({ op }) => isPublic(op)).map(({ method, path }) => `${method} ${path}`);
    expect(publicOps.sort()).toEqual(
      [
        ...['articles', 'quotes', 'people', 'organizations', 'tags'].flatMap((type) => [`get /${type}`, `get /${type}/{id}`]),
        'get /articles/{documentId}/jsonld',
        'get /articles/{documentId}/ninjs',
        'get /people/{slug}/quotes',
        'get /organizations/{name}/articles',
        'get /openapi.json',
      ].sort(),
    );
    expect(find('get', '/articles')!['x-strapi-action']).toBe('api::article.article.find');
    expect(find('get', '/organizations/{name}/articles')!['x-strapi-action']).toBe('api::organization.organization.articles');
    expect(find('post', '/source-import/imports')!['x-strapi-action']).toBe('plugin::source-import.content-api.import');
    expect(find('post', '/source-import/imports')!.description).toMatch(/Needs a token/);
  });

  it('is what the server enforces: public operations answer without a token, the others refuse', async () => {
    for (const { path, method, op } of operations()) {
      const url = concrete(path);
      const answer = await (request(app.server) as unknown as Record<string, (u: string) => request.Test>)[method](url).send({});
      const refused = answer.status === 401 || answer.status === 403;
      expect({ operation: `${method} ${path}`, refused }).toEqual({ operation: `${method} ${path}`, refused: !isPublic(op) });
      expect(answer.status).toBeLessThan(500);
    }
  });
});
