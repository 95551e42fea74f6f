import { factories, type Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { z } from 'zod';
import type { SpeakerQuotes } from '../services/speaker-quotes';

type Ctx = Parameters<Core.MiddlewareHandler>[0];

const pagination = z.object({
  page: z.coerce.number().int().min(1).max(1_000_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(25),
});

/** The core actions, plus the published quotes of a person (`routes/01-quotes.ts`). */
export default factories.createCoreController('api::person.person', ({ strapi }) => ({
  async quotes(ctx: Ctx) {
    const query = pagination.safeParse({ page: ctx.query.page, pageSize: ctx.query.pageSize });
    if (!query.success) {
      throw new errors.ValidationError('`page` must be a whole number from 1, `pageSize` a whole number from 1 to 100', {
        errors: query.error.issues.map((issue) => ({ path: issue.path, message: issue.message })),
      });
    }
    const service = strapi.service('api::person.speaker-quotes') as unknown as SpeakerQuotes;
    const result = await service.find(String(ctx.params.slug), query.data);
    if (!result) throw new errors.NotFoundError('Not Found');
    ctx.body = { data: result.data, meta: { person: result.person, pagination: result.pagination } };
  },
}));
