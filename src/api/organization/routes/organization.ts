import { factories } from '@strapi/strapi';

// Drafts and unpublished names stay out of these reads for all but API-token clients: src/bootstrap/public-reads.ts.
export default factories.createCoreRouter('api::organization.organization');
