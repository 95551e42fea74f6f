import type { Core } from '@strapi/strapi';
import { z } from 'zod';
import { errors } from '@strapi/utils';
import { flag, parseImportRequest, toHttpError } from './request';
import { ImportError, StorageFailedError } from '../import/errors';
import type { RunOrigin } from '../services/history';
import type { Runner } from '../services/runner';
import type { Importer } from '../services/importer';
import type { History } from '../services/history';
import { progressOf, type Background } from '../services/background';

type Ctx = Parameters<Core.MiddlewareHandler>[0];


/** Who started an import: the admin's e-mail, the API token's name, or the user's name. */
const startedBy = (ctx: Ctx): string | null => {
  const user = ctx.state?.user as { email?: string; username?: string } | undefined;
  if (user?.email) return user.email;
  if (user?.username) return user.username;
  const credentials = ctx.state?.auth?.credentials as { name?: string } | undefined;
  return credentials?.name ? `api-token:${credentials.name}` : null;
};

/** Whether more documents of a background run are to come (`more` in the body, or the query string). */
const moreOf = (ctx: Ctx): boolean => {
  const body = (ctx.request as { body?: unknown }).body;
  const value = (body && typeof body === 'object' && 'more' in body ? (body as { more: unknown }).more : undefined) ?? ctx.query.more;
  const parsed = flag.safeParse(value);
  if (!parsed.success) throw new errors.ValidationError('`more` must be true or false');
  return parsed.data;
};

const runIdOf = (ctx: Ctx): number => {
  const id = z.coerce.number().int().min(1).safeParse(ctx.params.id);
  if (!id.success) throw new errors.ValidationError('the run id must be a positive whole number');
  return id.data;
};

/**
 * The same actions behind the admin routes (RBAC) and the content API (users-permissions
 * or API tokens). Thin: parse and validate the request, one service call, the response.
 */
/** Diagnostics a check sends back per document; the rest are counted (`diagnosticsOmitted`). */
const MAX_DIAGNOSTICS = 500;

const imports = (origin: RunOrigin) => ({ strapi }: { strapi: Core.Strapi }) => {
  const service = <T>(name: string) => strapi.plugin('source-import').service(name) as T;
  const parse = async (ctx: Ctx) => {
    try {
      return await parseImportRequest(ctx as never, strapi.config.get('plugin::source-import.maxBytes') as number);
    } catch (error) {
      throw error instanceof ImportError ? toHttpError(error) : error;
    }
  };

  return {
    async check(ctx: Ctx) {
      const parsed = await parse(ctx);
      const results = parsed.documents.map((document) => {
        const { reading, importable, publishable } = service<Importer>('importer').check(document);
        // The syntax tree is the reader's own (about twice the page's size): not sent.
        const { tree: _tree, diagnostics, ...rest } = reading as typeof reading & { tree?: unknown };
        const shown = diagnostics.slice(0, MAX_DIAGNOSTICS);
        return {
          fileName: document.fileName ?? null,
          importable,
          publishable,
          reading: { ...rest, diagnostics: shown },
          ...(shown.length < diagnostics.length ? { diagnosticsOmitted: diagnostics.length - shown.length } : {}),
        };
      });
      ctx.body = { data: results };
    },

    async import(ctx: Ctx) {
      const parsed = await parse(ctx);
      const { runId, items } = await service<Runner>('runner').importBatch(parsed.documents, {
        origin,
        startedBy: startedBy(ctx),
        publish: parsed.publish,
        dryRun: parsed.dryRun,
      });
      // A single document that cannot be imported is an error of the request; in a batch it
      // is one line of the report and the others go on.
      if (items.length === 1 && items[0].error) {
        const { error } = items[0];
        // Read and found importable, then refused by the database: 422, in Strapi's error shape.
        if (error instanceof StorageFailedError) ctx.throw(422, error.message, { details: { reason: error.reason, ...error.details } });
        throw toHttpError(error);
      }
      ctx.status = parsed.dryRun ? 200 : 201;
      ctx.body = {
        data: items.map((item) => ({ ...item.result, outcome: item.outcome ?? null })),
        meta: { runId, dryRun: parsed.dryRun },
      };
    },

    /**
     * A background run (services/background.ts): the documents stored, 202 with the run's id at
     * once, imported by the app's nodes. `more: true` keeps it open for `append`.
     */
    async enqueue(ctx: Ctx) {
      const parsed = await parse(ctx);
      const run = await service<Background>('background').enqueue(parsed.documents, {
        origin,
        startedBy: startedBy(ctx),
        publish: parsed.publish,
        dryRun: parsed.dryRun,
        more: moreOf(ctx),
      });
      ctx.status = 202;
      ctx.body = { data: run };
    },

    /**
     * A re-read of every imported article with the current reader, as a background run (the
     * history's button): 202 with the run at once. `dryRun` reports what would change.
     */
    async reread(ctx: Ctx) {
      const body = ((ctx.request as { body?: unknown }).body ?? {}) as Record<string, unknown>;
      const dryRun = flag.safeParse(body.dryRun ?? undefined);
      if (!dryRun.success) throw new errors.ValidationError('`dryRun` must be true or false');
      ctx.status = 202;
      ctx.body = { data: await service<Background>('background').enqueueReread({ origin, startedBy: startedBy(ctx), dryRun: Boolean(dryRun.data) }) };
    },

    /** More documents for a background run still open; the last request says `more: false`. */
    async append(ctx: Ctx) {
      const id = runIdOf(ctx);
      const parsed = await parse(ctx);
      ctx.status = 202;
      ctx.body = { data: await service<Background>('background').append(id, parsed.documents, { more: moreOf(ctx) }) };
    },

    /** One run: how far it got (`done` of `fileCount`, totals) and, once finished, its lines. */
    async run(ctx: Ctx) {
      const id = runIdOf(ctx);
      const run = await service<History>('history').get(id);
      // The content API sees the runs started through it, not the editors' (their e-mails).
      if (!run || (origin === 'api' && run.origin !== 'api')) throw new errors.NotFoundError(`no import run ${id}`);
      ctx.body = { data: { ...run, ...progressOf(run) } };
    },

    async runs(ctx: Ctx) {
      const query = z
        .object({ page: z.coerce.number().int().min(1).default(1), pageSize: z.coerce.number().int().min(1).max(100).default(20) })
        .safeParse(ctx.query);
      if (!query.success) throw new errors.ValidationError('`page` and `pageSize` must be positive whole numbers');
      const { results, pagination } = await service<History>('history').list(query.data);
      ctx.body = { data: results, meta: { pagination } };
    },
  };
};

export default imports;
