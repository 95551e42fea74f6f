import { factories } from '@strapi/strapi';

// Reads keep drafts out for everyone but API-token clients (see src/middlewares/published-only.ts).
export default factories.createCoreRouter('api::person.person', {
  config: {
    find: { middlewares: ['global::published-only'] },
    findOne: { middlewares: ['global::published-only'] },
  },
});
