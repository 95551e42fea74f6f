import type { Core } from '@strapi/strapi';

/** The content the CMS publishes: readable by anyone, writable by no one but admins and tokens. */
export const PUBLIC_CONTENT_TYPES = [
  'api::article.article',
  'api::quote.quote',
  'api::person.person',
  'api::organization.organization',
  'api::tag.tag',
] as const;

const READ_ACTIONS = ['find', 'findOne'] as const;

/**
 * Read-only routes beyond find/findOne: the standards outputs, a person's quotes and the articles
 * mentioning an organization. Published content only.
 */
export const PUBLIC_EXTRA_READ_ACTIONS = [
  'api::article.article.jsonld',
  'api::article.article.ninjs',
  'api::person.person.quotes',
  'api::organization.organization.articles',
] as const;

/** Every content-API action the Public and Authenticated roles are given at start. */
export const PUBLIC_READ_ACTIONS: readonly string[] = [
  ...PUBLIC_CONTENT_TYPES.flatMap((uid) => READ_ACTIONS.map((action) => `${uid}.${action}`)),
  ...PUBLIC_EXTRA_READ_ACTIONS,
];

const READER_ROLES = ['public', 'authenticated'] as const;

/**
 * Lets the Public and Authenticated roles read the five types and use the extra read routes.
 * Idempotent: runs at every start and only adds the permission rows that are missing, so an
 * administrator's other changes stay.
 * Draft & publish keeps drafts out of these reads (the content API serves `status=published`).
 */
export const grantPublicRead = async (strapi: Core.Strapi) => {
  const roles = await strapi.db
    .query('plugin::users-permissions.role')
    .findMany({ where: { type: { $in: [...READER_ROLES] } } });

  const wanted = [...PUBLIC_READ_ACTIONS];

  for (const role of roles) {
    const existing = await strapi.db
      .query('plugin::users-permissions.permission')
      .findMany({ where: { role: role.id, action: { $in: wanted } } });
    const have = new Set(existing.map((permission: { action: string }) => permission.action));
    for (const action of wanted.filter((a) => !have.has(a))) {
      await strapi.db.query('plugin::users-permissions.permission').create({ data: { action, role: role.id } });
    }
  }
};
