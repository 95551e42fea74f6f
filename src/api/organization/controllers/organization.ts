import { factories, type Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { parsePagination } from '../../../utils/pagination';
import type { Mentions } from '../services/mentions';

type Ctx = Parameters<Core.MiddlewareHandler>[0];

/** The core actions, plus the published articles mentioning an organization (`routes/01-articles.ts`). */
export default factories.createCoreController('api::organization.organization', ({ strapi }) => ({
  async articles(ctx: Ctx) {
    const page = parsePagination(ctx.query);
    const name = String(ctx.params.name ?? '').trim();
    if (!name || name.length > 255) throw new errors.ValidationError('the organization name must have 1 to 255 characters');
    const service = strapi.service('api::organization.mentions') as unknown as Mentions;
    const result = await service.articles(name, page);
    if (!result) throw new errors.NotFoundError('Not Found');
    ctx.body = { data: result.data, meta: { organizations: result.organizations, pagination: result.pagination } };
  },
}));
