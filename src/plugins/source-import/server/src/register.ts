import type { Core } from '@strapi/strapi';
import { rawTextBody } from './controllers/raw-text';

const register = ({ strapi }: { strapi: Core.Strapi }) => {
  // Registered here, before the app's middlewares (added at bootstrap), so that it runs before
  // Strapi's body parser: see raw-text.ts.
  strapi.server.use(rawTextBody(strapi));
};

export default register;
