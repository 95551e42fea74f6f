import type { Core } from '@strapi/strapi';
import { readLimits } from '../src/utils/read-limits';

const config = ({ env }: Core.Config.Shared.ConfigParams): Core.Config.Api & { limits: ReturnType<typeof readLimits> } => ({
  rest: {
    defaultLimit: 25,
    maxLimit: 100,
    withCount: true,
    strictParams: true,
  },
  documents: {
    strictParams: true,
    strictRelations: true,
  },
  // What one public read may cost: src/bootstrap/query-limits.ts, src/graphql/limits.ts.
  limits: readLimits(env),
});

export default config;
