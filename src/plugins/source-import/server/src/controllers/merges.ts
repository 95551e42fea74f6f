import type { Core } from '@strapi/strapi';
import { z } from 'zod';
import { errors } from '@strapi/utils';
import { MergeRefusedError } from '../import/errors';
import type { Merge } from '../services/merge';

type Ctx = Parameters<Core.MiddlewareHandler>[0];

const mergeRequest = z.object({
  type: z.enum(['person', 'organization'], { errorMap: () => ({ message: '`type` must be `person` or `organization`' }) }),
  from: z.string({ required_error: '`from` (the documentId of the entry to remove) is required' }).min(1).max(64),
  into: z.string({ required_error: '`into` (the documentId of the entry to keep) is required' }).min(1).max(64),
});

/** Merging duplicates from the admin (behind the plugin's `merge` RBAC action). */
const merges = ({ strapi }: { strapi: Core.Strapi }) => {
  const service = () => strapi.plugin('source-import').service('merge') as Merge;
  return {
    async merge(ctx: Ctx) {
      const parsed = mergeRequest.safeParse(ctx.request.body ?? {});
      if (!parsed.success) throw new errors.ValidationError(parsed.error.issues.map((i) => i.message).join('; '));
      const user = ctx.state?.user as { email?: string } | undefined;
      try {
        ctx.body = { data: await service().mergeInto({ ...parsed.data, by: user?.email ?? null }) };
      } catch (error) {
        if (!(error instanceof MergeRefusedError)) throw error;
        if (error.reason === 'not-found') throw new errors.NotFoundError(error.message, { reason: error.reason, ...error.details });
        throw new errors.ValidationError(error.message, { reason: error.reason, ...error.details });
      }
    },

    async list(ctx: Ctx) {
      ctx.body = { data: await service().history() };
    },
  };
};

export default merges;
