import { factories, type Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { parsePagination } from '../../../utils/pagination';
import type { SpeakerQuotes } from '../services/speaker-quotes';

type Ctx = Parameters<Core.MiddlewareHandler>[0];

/** The core actions, plus the published quotes of a person (`routes/01-quotes.ts`). */
export default factories.createCoreController('api::person.person', ({ strapi }) => ({
  async quotes(ctx: Ctx) {
    const page = parsePagination(ctx.query);
    const service = strapi.service('api::person.speaker-quotes') as unknown as SpeakerQuotes;
    const result = await service.find(String(ctx.params.slug), page);
    if (!result) throw new errors.NotFoundError('Not Found');
    ctx.body = { data: result.data, meta: { person: result.person, pagination: result.pagination } };
  },
}));
