import type { Core } from '@strapi/strapi';

const config = ({ env }: Core.Config.Shared.ConfigParams): Core.Config.Admin => ({
  auth: {
    secret: env('ADMIN_JWT_SECRET')!,
  },
  apiToken: {
    salt: env('API_TOKEN_SALT')!,
  },
  transfer: {
    token: {
      salt: env('TRANSFER_TOKEN_SALT')!,
    },
  },
  secrets: {
    encryptionKey: env('ENCRYPTION_KEY')!,
  },
  // Offline by design: no browser opened by `develop`, no promotions or survey fetched.
  autoOpen: false,
  // No preview front end: the Content Manager shows no "Set up preview" panel and asks for no
  // preview URL (which would answer 404 while preview is neither configured nor off).
  preview: { enabled: false, config: { handler: () => null } },
  flags: {
    nps: false,
    promoteEE: false,
    docLinks: env.bool('FLAG_DOC_LINKS', true),
  },
});

export default config;
