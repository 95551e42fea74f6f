import type { Core } from '@strapi/strapi';
import { generate } from '@strapi/openapi';
import { PUBLIC_READ_ACTIONS } from '../../../bootstrap/permissions';
import { PAGE_SIZE_DEFAULT, PAGE_SIZE_MAX } from '../../../utils/pagination';

/**
 * The OpenAPI 3.1 description of the content API, as apps see it: Strapi's own generator
 * (`@strapi/openapi`, the one behind `strapi openapi generate`) run on the live app, then
 * completed where it falls short:
 * - only the newsroom's routes: the five content types, the named routes, the source-import
 *   plugin's routes and this document (not users-permissions, upload, i18n...);
 * - `servers` points at the API prefix (the generator's paths lack it);
 * - every path parameter is declared (the generator declares none for custom routes) and a
 *   documentId is a string, not the UUID the generator says;
 * - who may call what: public reads carry an optional bearer token, everything else requires one;
 * - summaries, request bodies and success responses for the custom routes.
 * Private attributes (an article's import `source`) are left out by the generator itself.
 */

type Schema = Record<string, unknown>;
type Parameter = { name: string; in: string; required?: boolean; description?: string; schema?: Schema; [key: string]: unknown };
type Response = { description: string; content?: Record<string, { schema: Schema }> };
type Operation = {
  operationId?: string;
  summary?: string;
  description?: string;
  tags?: string[];
  parameters?: Parameter[];
  requestBody?: { required?: boolean; description?: string; content: Record<string, { schema: Schema }> };
  responses: Record<string, Response>;
  security?: Security;
  [key: string]: unknown;
};
type PathItem = Record<string, Operation>;
export type OpenAPIDocument = {
  openapi: string;
  info: { title: string; version: string; description?: string };
  servers?: Array<{ url: string; description?: string }>;
  paths: Record<string, PathItem>;
  components?: { schemas?: Record<string, Schema>; securitySchemes?: Record<string, Schema> };
  security?: Array<Record<string, string[]>>;
  tags?: Array<{ name: string; description?: string }>;
  [key: string]: unknown;
};

/** The tags (one per API or plugin) of the routes this document describes. */
const TAGS: Record<string, string> = {
  article: 'Articles read from captured pages, with their quotes, people, organizations and tags. Draft & publish: only published articles are served to readers.',
  quote: 'Quotes, each with its speaker (a person), the organization speaking, and its article.',
  person: 'People named in articles, with their affiliations.',
  organization: 'Organizations named in articles; found by name, acronym or alias.',
  tag: 'Tags of articles.',
  'source-import': 'The import of captured pages (pipelines). Needs an API token or a role given the Source-import actions.',
  openapi: 'This document.',
};

type Security = Array<Record<string, string[]>>;
/** A token is optional (`{}`: none at all). */
const PUBLIC_SECURITY: Security = [{}, { bearerAuth: [] }];
const TOKEN_SECURITY: Security = [{ bearerAuth: [] }];

const errorResponse = (description: string): Response => ({
  description,
  content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } },
});

const ERROR_SCHEMA: Schema = {
  type: 'object',
  description: "Strapi's error shape",
  required: ['data', 'error'],
  properties: {
    data: { type: 'null' },
    error: {
      type: 'object',
      required: ['status', 'name', 'message'],
      properties: {
        status: { type: 'integer' },
        name: { type: 'string', examples: ['ValidationError', 'NotFoundError', 'ForbiddenError'] },
        message: { type: 'string' },
        details: { type: 'object' },
      },
    },
  },
};

const PAGINATION_META: Schema = {
  type: 'object',
  properties: { page: { type: 'integer' }, pageSize: { type: 'integer' }, pageCount: { type: 'integer' }, total: { type: 'integer' } },
};

/** The named routes' `page` and `pageSize`, as `parsePagination` reads them. */
const PAGE_PARAMETERS: Parameter[] = [
  { name: 'page', in: 'query', required: false, description: 'Page number, from 1.', schema: { type: 'integer', minimum: 1, default: 1 } },
  {
    name: 'pageSize',
    in: 'query',
    required: false,
    description: `Entries per page, 1 to ${PAGE_SIZE_MAX}; more is a 400.`,
    schema: { type: 'integer', minimum: 1, maximum: PAGE_SIZE_MAX, default: PAGE_SIZE_DEFAULT },
  },
];


const PATH_PARAMETERS: Record<string, { description: string; schema: Schema }> = {
  id: { description: 'The documentId of the entry.', schema: { type: 'string', minLength: 1 } },
  documentId: { description: 'The documentId of a published article.', schema: { type: 'string', minLength: 1 } },
  slug: { description: "The person's slug.", schema: { type: 'string', minLength: 1 } },
  name: {
    description: "The organization's slug, or its name, acronym or one of its aliases (exact, case-insensitive; URL-encoded).",
    schema: { type: 'string', minLength: 1, maxLength: 255 },
  },
};

const IMPORT_QUERY: Parameter[] = [
  { name: 'publish', in: 'query', required: false, description: 'Publish the documents whose reading has no error.', schema: { type: 'boolean', default: false } },
  { name: 'dryRun', in: 'query', required: false, description: 'Read and plan, write nothing.', schema: { type: 'boolean', default: false } },
  { name: 'fileName', in: 'query', required: false, description: 'With a text/plain body: the file name recorded.', schema: { type: 'string', maxLength: 255 } },
  { name: 'sourceUrl', in: 'query', required: false, description: 'With a text/plain body: where the page was captured; identifies it.', schema: { type: 'string', format: 'uri', maxLength: 2048 } },
  { name: 'headline', in: 'query', required: false, description: 'With a text/plain body: the headline, for a page that has none.', schema: { type: 'string', maxLength: 255 } },
];

const IMPORT_DOCUMENT: Schema = {
  type: 'object',
  required: ['text'],
  properties: {
    text: { type: 'string', description: 'The captured page, UTF-8 (5 MB at most).' },
    fileName: { type: ['string', 'null'], maxLength: 255 },
    sourceUrl: { type: ['string', 'null'], format: 'uri', maxLength: 2048 },
    headline: { type: ['string', 'null'], maxLength: 255 },
  },
};

const importBody = (action: string) => ({
  required: true,
  description: `The page(s) to ${action}: a text/plain body (options in the query string), JSON (one document or \`documents\`, 200 at most), or multipart files (field \`files\`).`,
  content: {
    'text/plain': { schema: { type: 'string' } },
    'application/json': {
      schema: {
        oneOf: [
          { allOf: [IMPORT_DOCUMENT, { type: 'object', properties: { publish: { type: 'boolean' }, dryRun: { type: 'boolean' } } }] },
          {
            type: 'object',
            required: ['documents'],
            properties: {
              documents: { type: 'array', minItems: 1, maxItems: 200, items: IMPORT_DOCUMENT },
              publish: { type: 'boolean' },
              dryRun: { type: 'boolean' },
            },
          },
        ],
      },
    },
    'multipart/form-data': {
      schema: {
        type: 'object',
        properties: {
          files: { type: 'array', items: { type: 'string', contentEncoding: 'binary' } },
          publish: { type: 'string', enum: ['true', 'false', '1', '0'] },
          dryRun: { type: 'string', enum: ['true', 'false', '1', '0'] },
          headline: { type: 'string' },
        },
      },
    },
  },
});

const json = (description: string, schema: Schema): Response => ({ description, content: { 'application/json': { schema } } });

/** A named route's page: `data`, and `meta` with the pagination and what else the route tells. */
const paged = (description: string, items: Schema, meta: Record<string, Schema>) =>
  json(description, {
    type: 'object',
    properties: {
      data: { type: 'array', items },
      meta: { type: 'object', properties: { ...meta, pagination: PAGINATION_META } },
    },
  });

const ARTICLE_SUMMARY: Schema = {
  type: 'object',
  properties: {
    documentId: { type: 'string' },
    headline: { type: 'string' },
    slug: { type: ['string', 'null'] },
    lead: { type: ['string', 'null'] },
    capturedAt: { type: ['string', 'null'], format: 'date-time' },
    datePublished: { type: ['string', 'null'], format: 'date-time' },
    publishedAt: { type: ['string', 'null'], format: 'date-time' },
  },
};

/** What the generator cannot know about the custom routes (keyed `METHOD /path`). */
const CUSTOM: Record<string, Partial<Operation>> = {
  'GET /articles/{documentId}/jsonld': {
    summary: 'A published article as schema.org NewsArticle JSON-LD',
    description: '`<`, `>` and `&` are escaped: the body can be pasted into a `<script type="application/ld+json">` as it is. A draft or unknown article is a 404.',
    responses: { 200: { description: 'The NewsArticle', content: { 'application/ld+json': { schema: { type: 'object' } } } } },
  },
  'GET /articles/{documentId}/ninjs': {
    summary: 'A published article as an IPTC ninjs 3.1 news item',
    description: 'Valid against the ninjs 3.1 JSON Schema (https://www.iptc.org/std/ninjs/). A draft or unknown article is a 404.',
    responses: { 200: json('The ninjs item', { type: 'object', required: ['uri'], properties: { uri: { type: 'string' } } }) },
  },
  'GET /people/{slug}/quotes': {
    summary: "A person's published quotes",
    description: 'Oldest article first (its `datePublished`, else `capturedAt`, else `publishedAt`), then in article order. Quotes of unpublished articles are left out.',
    parameters: PAGE_PARAMETERS,
    responses: {
      200: paged(
        'The page of quotes, with the person and the pagination in `meta`',
        {
          type: 'object',
          properties: {
            documentId: { type: 'string' },
            text: { type: 'string' },
            kind: { type: 'string', enum: ['direct', 'partial', 'indirect'] },
            cue: { type: ['string', 'null'] },
            position: { type: ['integer', 'null'] },
            speakerOrganization: { type: ['object', 'null'] },
            article: ARTICLE_SUMMARY,
          },
        },
        { person: { type: 'object' } },
      ),
    },
  },
  'GET /organizations/{name}/articles': {
    summary: 'The published articles mentioning an organization, found by any name it goes by',
    description:
      "`name` is the organization's slug, or its name, acronym or one of its aliases, compared exactly and case-insensitively (`Daesh` finds the articles of the organization called Islamic State). A name several organizations go by finds the articles of all of them; `meta.organizations` says which, and how each matched. Newest first (`datePublished`, else `capturedAt`, else `publishedAt`).",
    parameters: PAGE_PARAMETERS,
    responses: {
      200: paged('The page of articles, with the organizations matched and the pagination in `meta`', ARTICLE_SUMMARY, {
        organizations: {
          type: 'array',
          items: {
            type: 'object',
            properties: {
              documentId: { type: 'string' },
              name: { type: 'string' },
              slug: { type: ['string', 'null'] },
              acronym: { type: ['string', 'null'] },
              aliases: { type: 'array', items: { type: 'string' } },
              matchedBy: { type: 'string', enum: ['slug', 'name', 'acronym', 'alias'] },
            },
          },
        },
      }),
    },
  },
  'POST /source-import/check': {
    summary: 'Read pages and report their diagnostics, writing nothing',
    parameters: IMPORT_QUERY,
    requestBody: importBody('check'),
    responses: { 200: json('One reading per document', { type: 'object', properties: { data: { type: 'array', items: { type: 'object' } } } }) },
  },
  'POST /source-import/imports': {
    summary: 'Import pages as linked, deduplicated entries',
    description:
      'Each document is one transaction; the answer lists what became of each (`created`, `updated`, `unchanged`, `draft`, `failed`). A single document that cannot be imported is a 400 (413 when too large) with `error.details.reason` the rule that refused it.',
    parameters: IMPORT_QUERY,
    requestBody: importBody('import'),
    responses: {
      200: json('The plan of a dry run', { type: 'object' }),
      201: json('The outcome of each document, and the run id', {
        type: 'object',
        properties: { data: { type: 'array', items: { type: 'object' } }, meta: { type: 'object', properties: { runId: {}, dryRun: { type: 'boolean' } } } },
      }),
      413: errorResponse('Payload too large'),
    },
  },
  'POST /source-import/runs': {
    summary: 'Start a background run: the pages stored at once, imported by the server batch by batch',
    description:
      'Answers 202 with the run (`id`, `state`, `fileCount`, `done`, `totals`) at once; follow it with `GET /source-import/runs/{id}`. Send `more: true` to add documents with `POST /source-import/runs/{id}/documents`; the run finishes once the last request (without `more`) is in and every batch is done. Each document is all or nothing, as in an import; a server restart resumes the run.',
    parameters: IMPORT_QUERY,
    requestBody: importBody('import'),
    responses: { 202: json('The run, as stored', { type: 'object', properties: { data: { type: 'object' } } }), 413: errorResponse('Payload too large') },
  },
  'POST /source-import/runs/{id}/documents': {
    summary: 'Add pages to a background run started with `more: true`',
    parameters: IMPORT_QUERY,
    requestBody: importBody('import'),
    responses: {
      202: json('The run, as stored', { type: 'object', properties: { data: { type: 'object' } } }),
      400: errorResponse('The run takes no more documents (sealed or ended)'),
      404: errorResponse('No such background run'),
    },
  },
  'GET /source-import/runs/{id}': {
    summary: 'How far a run started through this API got; once finished, what became of each document',
    responses: {
      200: json('The run: `state`, `fileCount`, `done`, `totals`, and `files` once finished', { type: 'object', properties: { data: { type: 'object' } } }),
      404: errorResponse('No such run (or one started in the admin)'),
    },
  },
  'GET /openapi.json': {
    summary: 'This OpenAPI document',
    responses: { 200: json('The OpenAPI 3.1 document', { type: 'object' }) },
  },
};

/** The generic summary of a core action on a collection (`articles`). */
const coreSummary = (action: string, collection: string) =>
  ({
    find: `List ${collection} (Strapi REST filters, sort, pagination, fields, populate)`,
    findOne: `One of the ${collection}, by documentId`,
    create: `Create one of the ${collection}`,
    update: `Update one of the ${collection}, by documentId`,
    delete: `Delete one of the ${collection}, by documentId`,
  })[action];

type RouteInfo = { handler: string; public: boolean };

/** `METHOD /path` (OpenAPI templating) of every route of the APIs and the source-import plugin, with its action. */
const routeTable = (strapi: Core.Strapi) => {
  const table = new Map<string, RouteInfo>();
  const add = (prefix: string, route: Core.Route, namespace = '') => {
    // A plugin's routes name their handler within the plugin (`content-api.import`).
    const name = typeof route.handler === 'string' ? route.handler : '';
    const handler = name && !name.includes('::') ? `${namespace}${name}` : name;
    const path = `${prefix}${route.path}`.replace(/:([A-Za-z0-9_]+)/g, '{$1}');
    const open = (route.config as { auth?: unknown } | undefined)?.auth === false;
    table.set(`${route.method} ${path}`, { handler, public: open || PUBLIC_READ_ACTIONS.includes(handler) });
  };
  for (const api of Object.values(strapi.apis)) {
    for (const router of Object.values(api.routes as Record<string, { type?: string; routes: Core.Route[] }>)) {
      if ((router.type ?? 'content-api') === 'content-api') router.routes.forEach((route) => add('', route));
    }
  }
  const plugin = strapi.plugin('source-import');
  const routers = (plugin?.routes ?? {}) as Record<string, { type?: string; routes: Core.Route[] }>;
  for (const router of Object.values(routers)) {
    if (router.type === 'content-api') router.routes.forEach((route) => add('/source-import', route, 'plugin::source-import.'));
  }
  return table;
};

const accessNote = (open: boolean, action: string) =>
  open
    ? `Public: no token needed (the Public and Authenticated roles have \`${action}\`). Drafts are never served, whatever the query asks; only an API token may read drafts.`
    : action
      ? `Needs a token: an API token allowed \`${action}\` (Settings → API Tokens), or a users-permissions role given it.`
      : 'Needs a token.';

/** Applies the completions listed at the top of this file to the generator's output. */
const complete = (generated: OpenAPIDocument, strapi: Core.Strapi): OpenAPIDocument => {
  const routes = routeTable(strapi);
  const prefix = strapi.config.get('api.rest.prefix', '/api') as string;
  const publicUrl = String(strapi.config.get('server.url', '') ?? '').replace(/\/+$/, '');

  const paths: Record<string, PathItem> = {};
  for (const [path, item] of Object.entries(generated.paths ?? {})) {
    const operations = Object.entries(item).filter(([, op]) => (op.tags ?? []).some((tag) => tag in TAGS));
    if (!operations.length) continue;
    paths[path] = {};
    for (const [method, generatedOperation] of operations) {
      const key = `${method.toUpperCase()} ${path}`;
      const route = routes.get(key);
      const action = route?.handler ?? '';
      const open = route?.public ?? false;
      const custom = CUSTOM[key] ?? {};
      const operation: Operation = { ...generatedOperation };

      // Every `{name}` in the path declared once, as a plain string.
      const declared = (operation.parameters ?? []).filter((p) => p.in !== 'path');
      const pathParameters = [...path.matchAll(/\{([^}]+)\}/g)].map(([, name]) => ({
        name,
        in: 'path',
        required: true,
        ...(PATH_PARAMETERS[name] ?? { description: name, schema: { type: 'string' } }),
      }));
      const extra = (custom.parameters ?? []).filter((p) => !declared.some((d) => d.name === p.name && d.in === p.in));
      operation.parameters = [...pathParameters, ...declared, ...extra];

      const coreAction = action.split('.').pop() ?? '';
      operation.summary = custom.summary ?? coreSummary(coreAction, path.split('/')[1]) ?? operation.summary;
      operation.description = [custom.description, accessNote(open, action)].filter(Boolean).join('\n\n');
      if (custom.requestBody) operation.requestBody = custom.requestBody;
      operation.responses = {
        ...operation.responses,
        ...custom.responses,
        400: errorResponse('Bad request: a malformed or unknown query parameter, filter or populate'),
        401: errorResponse('Unauthorized: a token that is not valid'),
        403: errorResponse('Forbidden: the caller may not use this route'),
        404: errorResponse('Not found'),
      };
      delete operation.responses[500];
      operation.security = open ? PUBLIC_SECURITY : TOKEN_SECURITY;
      if (action) operation['x-strapi-action'] = action;
      paths[path][method] = operation;
    }
  }

  return {
    ...generated,
    info: {
      ...generated.info,
      title: 'Newsroom CMS content API',
      description: [
        'Articles, quotes, people, organizations and tags over REST, as apps read them, and the import routes of the source-import plugin.',
        '**Public reads**: `find`/`findOne` of the five types, `/articles/{documentId}/jsonld`, `/articles/{documentId}/ninjs`, `/people/{slug}/quotes` and `/organizations/{name}/articles` need no token. Only published content is served: drafts never appear in lists, lookups or populated relations.',
        '**Token required**: every write (`POST`, `PUT`, `DELETE` of the five types) and `/source-import/check` and `/source-import/imports`: send `Authorization: Bearer <API token>`.',
        'Populate relations in object form (`populate[quotes][populate][speaker]=true&populate[tags]=true`); pages hold 25 entries by default, 100 at most. GraphQL is served at `/graphql` with the same access rules (not described here).',
      ].join('\n\n'),
    },
    servers: [{ url: `${publicUrl}${prefix}`, description: publicUrl ? 'This server' : 'This server (relative to where this document is served)' }],
    tags: Object.entries(TAGS).map(([name, description]) => ({ name, description })),
    paths,
    components: {
      ...generated.components,
      schemas: { ...generated.components?.schemas, Error: ERROR_SCHEMA },
      securitySchemes: {
        bearerAuth: {
          type: 'http',
          scheme: 'bearer',
          description: 'An API token (Settings → API Tokens), or the JWT of a users-permissions user.',
        },
      },
    },
    security: PUBLIC_SECURITY,
  };
};

/** Generated on first request and kept: the routes and content types do not change while the app runs. */
const openapi = ({ strapi }: { strapi: Core.Strapi }) => {
  let cached: OpenAPIDocument | null = null;
  return {
    document(): OpenAPIDocument {
      if (!cached) cached = complete(generate(strapi, { type: 'content-api' }).document as unknown as OpenAPIDocument, strapi);
      return cached;
    },
  };
};

export type OpenAPI = ReturnType<typeof openapi>;

export default openapi;
