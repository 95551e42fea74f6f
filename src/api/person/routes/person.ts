import { factories } from '@strapi/strapi';

// Drafts stay out of these reads for all but API-token clients: src/bootstrap/published-reads.ts.
export default factories.createCoreRouter('api::person.person');
