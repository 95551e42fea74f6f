import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import { errors } from '@strapi/utils';
import { ImportError } from '../import/errors';
import type { BatchDocument } from '../services/runner';

/** Flags arrive as JSON booleans, or as `true`/`1` in a query string or a form field. */
const flag = z
  .union([z.boolean(), z.enum(['true', 'false', '1', '0', ''])])
  .optional()
  .transform((v) => v === true || v === 'true' || v === '1');

const documentSchema = z.object({
  text: z.string({ required_error: '`text` is required' }),
  fileName: z.string().max(255).nullish(),
  sourceUrl: z.string().url().max(2048).nullish(),
  headline: z.string().max(255).nullish(),
});

const optionsSchema = z.object({ publish: flag, dryRun: flag });

const batchSchema = optionsSchema.extend({
  documents: z.array(documentSchema).min(1, 'send at least one document').max(200, 'at most 200 documents a request'),
});

export type ParsedRequest = { documents: BatchDocument[]; publish: boolean; dryRun: boolean };

const fail = (error: z.ZodError): never => {
  const issue = error.issues[0];
  throw new errors.ValidationError(`${issue.path.join('.') || 'body'}: ${issue.message}`, { issues: error.issues });
};

type UploadedFile = { filepath: string; originalFilename?: string | null; size: number; mimetype?: string | null };

/**
 * One request shape for pipelines and the admin page: `text/plain` (options in the query
 * string), JSON (`{ text, ... }` or `{ documents: [...] }`), or multipart files.
 */
export async function parseImportRequest(ctx: {
  is: (...types: string[]) => string | false | null;
  query: Record<string, unknown>;
  request: { body?: unknown; files?: Record<string, UploadedFile | UploadedFile[]> };
}): Promise<ParsedRequest> {
  const files = Object.values(ctx.request.files ?? {}).flat();
  if (files.length > 0) {
    const fields = (ctx.request.body ?? {}) as Record<string, unknown>;
    const options = optionsSchema.safeParse({ ...ctx.query, ...fields });
    if (!options.success) fail(options.error);
    const documents = await Promise.all(
      files.map(async (file) => ({
        text: new Uint8Array(await readFile(file.filepath)),
        fileName: file.originalFilename ?? null,
        headline: typeof fields.headline === 'string' ? fields.headline : null,
      })),
    );
    return { documents, publish: options.data!.publish, dryRun: options.data!.dryRun };
  }

  if (typeof ctx.request.body === 'string' || ctx.is('text/plain')) {
    const text = typeof ctx.request.body === 'string' ? ctx.request.body : '';
    const parsed = batchSchema.safeParse({ ...ctx.query, documents: [{ ...pick(ctx.query), text }] });
    if (!parsed.success) fail(parsed.error);
    return parsed.data as ParsedRequest;
  }

  const body = (ctx.request.body ?? {}) as Record<string, unknown>;
  const candidate = 'documents' in body ? body : { ...body, documents: [pick(body, true)] };
  const parsed = batchSchema.safeParse({ ...pick(ctx.query), ...candidate });
  if (!parsed.success) fail(parsed.error);
  return parsed.data as ParsedRequest;
}

function pick(source: Record<string, unknown>, withText = false) {
  const out: Record<string, unknown> = {};
  for (const key of ['fileName', 'sourceUrl', 'headline', 'publish', 'dryRun', ...(withText ? ['text'] : [])]) {
    if (source[key] !== undefined) out[key] = source[key];
  }
  return out;
}

/** A document that cannot be imported is the caller's mistake: 413 when too large, else 400. */
export function toHttpError(error: ImportError): Error {
  if (error.reason === 'too-large') return new errors.PayloadTooLargeError(error.message, { reason: error.reason, ...error.details });
  return new errors.ValidationError(error.message, { reason: error.reason, ...error.details });
}
