import type { Core } from '@strapi/strapi';
import type { Background } from './services/background';

/** The background worker ends with the batch in hand recorded: nothing is left half-done. */
const destroy = async ({ strapi }: { strapi: Core.Strapi }) => {
  await (strapi.plugin('source-import').service('background') as Background).shutdown();
};

export default destroy;
