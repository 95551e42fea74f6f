import type { ReadLimits } from '../bootstrap/query-limits';
import type { GraphqlLimits } from '../graphql/limits';

type Env = { int: (name: string, fallback: number) => number };

/**
 * The limits of one public read (REST and GraphQL), from the environment: read by config/api.ts
 * (`api.limits`) and config/plugins.ts (GraphQL's validation rule). The README's table lists them.
 */
export const readLimits = (env: Env): ReadLimits & { graphql: GraphqlLimits } => ({
  maxFilterTerms: env.int('API_MAX_FILTER_TERMS', 500),
  maxPopulateDepth: env.int('API_MAX_POPULATE_DEPTH', 3),
  maxPopulated: env.int('API_MAX_POPULATED', 30),
  maxRows: env.int('API_MAX_ROWS', 5_000),
  timeoutMs: env.int('API_READ_TIMEOUT_MS', 10_000),
  graphql: {
    maxTokens: env.int('GRAPHQL_MAX_TOKENS', 5_000),
    maxAliases: env.int('GRAPHQL_MAX_ALIASES', 20),
    maxCost: env.int('GRAPHQL_MAX_COST', 5_000),
    maxVariableValues: env.int('GRAPHQL_MAX_VARIABLE_VALUES', 500),
    defaultPageSize: 25,
    maxPageSize: 100,
  },
});
