import type { StrapiApp } from '@strapi/strapi/admin';

export default {
  config: {
    // No request to GitHub for release notes, no tutorials fetched: the admin works offline.
    notifications: { releases: false },
    tutorials: false,
  },
  bootstrap(_app: StrapiApp) {},
};
