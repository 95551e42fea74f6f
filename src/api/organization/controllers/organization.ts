import { factories, type Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { z } from 'zod';
import type { Mentions } from '../services/mentions';

type Ctx = Parameters<Core.MiddlewareHandler>[0];

// As for a person's quotes (src/api/person/controllers/person.ts).
const pagination = z.object({
  page: z.coerce.number().int().min(1).max(1_000_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(25),
});

/** The core actions, plus the published articles mentioning an organization (`routes/01-articles.ts`). */
export default factories.createCoreController('api::organization.organization', ({ strapi }) => ({
  async articles(ctx: Ctx) {
    const query = pagination.safeParse({ page: ctx.query.page, pageSize: ctx.query.pageSize });
    if (!query.success) {
      throw new errors.ValidationError('`page` must be a whole number from 1, `pageSize` a whole number from 1 to 100', {
        errors: query.error.issues.map((issue) => ({ path: issue.path, message: issue.message })),
      });
    }
    const name = String(ctx.params.name ?? '').trim();
    if (!name || name.length > 255) throw new errors.ValidationError('the organization name must have 1 to 255 characters');
    const service = strapi.service('api::organization.mentions') as unknown as Mentions;
    const result = await service.articles(name, query.data);
    if (!result) throw new errors.NotFoundError('Not Found');
    ctx.body = { data: result.data, meta: { organizations: result.organizations, pagination: result.pagination } };
  },
}));
