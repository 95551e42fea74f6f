import type { Core } from '@strapi/strapi';
import type { OpenAPI } from '../services/openapi';

type Ctx = Parameters<Core.MiddlewareHandler>[0];

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async document(ctx: Ctx) {
    const service = strapi.service('api::openapi.openapi') as unknown as OpenAPI;
    ctx.set('Cache-Control', 'public, max-age=300');
    ctx.type = 'application/json';
    ctx.body = service.document();
  },
});
