import { readFile } from 'node:fs/promises';
import { createBrotliDecompress, createGunzip, createInflate } from 'node:zlib';
import type { Readable } from 'node:stream';
import { z } from 'zod';
import { errors } from '@strapi/utils';
import { ImportError, RejectedDocumentError } from '../import/errors';
import { MAX_DOCUMENTS, MAX_FILE_NAME, MAX_HEADLINE, MAX_SOURCE_URL, isWebUrl } from '../import/input';
import type { BatchDocument } from '../services/runner';
import { RAW_TEXT } from './raw-text';

/** Flags arrive as JSON booleans, or as `true`/`1` in a query string or a form field. */
export const flag = z
  .union([z.boolean(), z.enum(['true', 'false', '1', '0', ''])])
  .optional()
  .transform((v) => v === true || v === 'true' || v === '1');

const documentSchema = z.object({
  // A string from JSON, or the bytes of a text/plain body or a file (decoded by the reader).
  text: z.union([z.string(), z.instanceof(Uint8Array)], {
    required_error: '`text` is required',
    invalid_type_error: '`text` must be a string',
  }),
  fileName: z.string().max(MAX_FILE_NAME).nullish(),
  sourceUrl: z
    .string()
    .max(MAX_SOURCE_URL)
    .refine(isWebUrl, 'expected an http:// or https:// URL')
    .nullish(),
  headline: z.string().max(MAX_HEADLINE).nullish(),
});

const optionsSchema = z.object({ publish: flag, dryRun: flag });

const batchSchema = optionsSchema.extend({
  documents: z.array(documentSchema).min(1, 'send at least one document'),
});

/** One cap on the documents of a request, whatever carries them: 413, naming the limit. */
const checkCount = (count: number) => {
  if (count <= MAX_DOCUMENTS) return;
  throw new errors.PayloadTooLargeError(`at most ${MAX_DOCUMENTS} documents a request, got ${count}`, {
    reason: 'too-many-documents',
    limit: MAX_DOCUMENTS,
    count,
  });
};

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
export async function parseImportRequest(
  ctx: {
    is: (...types: string[]) => string | false | null;
    query: Record<string, unknown>;
    req: Readable & { headers: Record<string, string | string[] | undefined> };
    state: Record<string | symbol, unknown>;
    request: { body?: unknown; files?: Record<string, UploadedFile | UploadedFile[]> };
  },
  maxBytes: number,
): Promise<ParsedRequest> {
  const files = Object.values(ctx.request.files ?? {}).flat();
  if (files.length > 0) {
    checkCount(files.length);
    const fields = (ctx.request.body ?? {}) as Record<string, unknown>;
    const documents = await Promise.all(
      files.map(async (file) => ({
        text: new Uint8Array(await readFile(file.filepath)),
        fileName: file.originalFilename ?? null,
        headline: typeof fields.headline === 'string' ? fields.headline : null,
      })),
    );
    return validate({ ...pick(ctx.query), ...fields, documents });
  }

  // text/plain: the bytes as sent, decoded by the reader like a file (see raw-text.ts).
  if (ctx.state[RAW_TEXT]) {
    const text = await readBody(ctx.req, maxBytes);
    return validate({ ...ctx.query, documents: [{ ...pick(ctx.query), text }] });
  }

  const body = (ctx.request.body ?? {}) as Record<string, unknown>;
  if (Array.isArray(body.documents)) checkCount(body.documents.length);
  const candidate = 'documents' in body ? body : { ...body, documents: [pick(body, true)] };
  return validate({ ...pick(ctx.query), ...candidate });
}

function validate(candidate: Record<string, unknown>): ParsedRequest {
  const parsed = batchSchema.safeParse(candidate);
  if (!parsed.success) fail(parsed.error);
  return parsed.data as ParsedRequest;
}

/** A Map, not an object: `Content-Encoding: constructor` must not find Object's. */
const inflaters = new Map([
  ['gzip', createGunzip],
  ['deflate', createInflate],
  ['br', createBrotliDecompress],
]);

/**
 * The body of a text/plain request, as bytes (inflated when compressed). Read to twice the
 * document limit, so that the importer can say how large a document over it is; past that the
 * request is refused without reading further.
 */
async function readBody(req: Readable & { headers: Record<string, string | string[] | undefined> }, maxBytes: number): Promise<Uint8Array> {
  const encoding = String(req.headers['content-encoding'] ?? 'identity').toLowerCase();
  const inflate = inflaters.get(encoding);
  if (!inflate && encoding !== 'identity') {
    throw new errors.ValidationError(`Unsupported content encoding \`${encoding}\``, { reason: 'unsupported-encoding' });
  }
  const stream: Readable = inflate ? req.pipe(inflate()) : req;
  const ceiling = Math.max(2 * maxBytes, 1024 * 1024);
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream) {
    size += (chunk as Buffer).length;
    if (size > ceiling) {
      throw new RejectedDocumentError(`The document is over ${ceiling} bytes, and the limit is ${maxBytes} bytes`, 'too-large', { maxBytes });
    }
    chunks.push(chunk as Buffer);
  }
  return new Uint8Array(Buffer.concat(chunks, size));
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
