import { errors } from '@strapi/utils';
import { z } from 'zod';

const pagination = z.object({
  page: z.coerce.number().int().min(1).max(1_000_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(25),
});

/** `page` and `pageSize` of a named route's query, or a 400 in Strapi's error shape. */
export function parsePagination(query: Record<string, unknown>): { page: number; pageSize: number } {
  const parsed = pagination.safeParse({ page: query.page, pageSize: query.pageSize });
  if (!parsed.success) {
    throw new errors.ValidationError('`page` must be a whole number from 1, `pageSize` a whole number from 1 to 100', {
      errors: parsed.error.issues.map((issue) => ({ path: issue.path, message: issue.message })),
    });
  }
  return parsed.data;
}
