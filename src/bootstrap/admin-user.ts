import type { Core } from '@strapi/strapi';

/**
 * A fresh local install gets its first admin from ADMIN_EMAIL / ADMIN_PASSWORD (which
 * `npm run setup` writes to .env with a random password), so a newcomer can log in at once.
 * Never runs when an admin exists, and never in production.
 */
export const ensureFirstAdmin = async (strapi: Core.Strapi) => {
  const email = process.env.ADMIN_EMAIL;
  const password = process.env.ADMIN_PASSWORD;
  if (!email || !password || process.env.NODE_ENV === 'production') return;

  const userService = strapi.service('admin::user');
  if ((await userService.count()) > 0) return;

  const superAdmin = await strapi.service('admin::role').getSuperAdmin();
  if (!superAdmin) return;

  await userService.create({
    email,
    firstname: process.env.ADMIN_FIRSTNAME || 'Local',
    lastname: process.env.ADMIN_LASTNAME || 'Editor',
    password,
    isActive: true,
    roles: [superAdmin.id],
    registrationToken: null,
  });
  strapi.log.info(`Created the first admin user ${email} (password: ADMIN_PASSWORD in .env)`);
};
