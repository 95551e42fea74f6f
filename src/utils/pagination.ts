import { errors } from '@strapi/utils';
import { z } from 'zod';

export const PAGE_SIZE_DEFAULT = 25;
export const PAGE_SIZE_MAX = 100;

const pagination = z.object({
  page: z.coerce.number().int().min(1).max(1_000_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(PAGE_SIZE_MAX).default(PAGE_SIZE_DEFAULT),
});

export type Pagination = { page: number; pageSize: number };

/** `page` and `pageSize` of a named route's query, or a 400 in Strapi's error shape. */
export function parsePagination(query: Record<string, unknown>): Pagination {
  const parsed = pagination.safeParse({ page: query.page, pageSize: query.pageSize });
  if (!parsed.success) {
    throw new errors.ValidationError(`\`page\` must be a whole number from 1, \`pageSize\` a whole number from 1 to ${PAGE_SIZE_MAX}`, {
      errors: parsed.error.issues.map((issue) => ({ path: issue.path, message: issue.message })),
    });
  }
  return parsed.data;
}

/** One page of an ordered list, with Strapi's `meta.pagination` for it. */
export function pageOf<T>(ordered: T[], { page, pageSize }: Pagination) {
  return {
    items: ordered.slice((page - 1) * pageSize, page * pageSize),
    pagination: { page, pageSize, pageCount: Math.ceil(ordered.length / pageSize), total: ordered.length },
  };
}
