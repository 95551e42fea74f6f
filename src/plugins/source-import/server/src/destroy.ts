import type { Core } from '@strapi/strapi';
import type { Background } from './services/background';
import { eventsSent } from './import/events';

/**
 * The background worker ends with the batch in hand recorded, and the events of what was
 * imported go out before the database closes: nothing is left half-done.
 */
const destroy = async ({ strapi }: { strapi: Core.Strapi }) => {
  await (strapi.plugin('source-import').service('background') as Background).shutdown();
  await eventsSent(strapi);
};

export default destroy;
