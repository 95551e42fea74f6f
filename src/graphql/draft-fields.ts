import type { Core, UID } from '@strapi/strapi';

/**
 * A required text field of a type with draft & publish is required to publish, not to save a
 * draft: an imported page without a headline is a draft until an editor gives it one. Strapi's
 * GraphQL schema makes every required field non-null all the same, so an API-token client
 * reading `articles(status: DRAFT) { headline }` lost the whole list (`data: null`) to one draft
 * without a headline. Those fields are declared nullable in the output types here (inputs and
 * filters stay as Strapi makes them).
 */
export function registerNullableDraftFields(strapi: Core.Strapi) {
  const graphql = strapi.plugin('graphql');
  if (!graphql) return;
  const extension = graphql.service('extension');
  const naming = graphql.service('utils').naming as { getTypeName: (contentType: unknown) => string };

  const fields: Array<{ type: string; name: string }> = [];
  for (const [uid, contentType] of Object.entries(strapi.contentTypes)) {
    if (!uid.startsWith('api::') || !(contentType as { options?: { draftAndPublish?: boolean } }).options?.draftAndPublish) continue;
    for (const [name, attribute] of Object.entries(contentType.attributes as Record<string, { type: string; required?: boolean; private?: boolean }>)) {
      if (!attribute.required || attribute.private || !['string', 'text'].includes(attribute.type)) continue;
      extension.shadowCRUD(uid as UID.ContentType).field(name).disableOutput();
      fields.push({ type: naming.getTypeName(contentType), name });
    }
  }

  extension.use(({ nexus }: { nexus: { extendType: (config: unknown) => unknown } }) => ({
    types: fields.map(({ type, name }) =>
      nexus.extendType({
        type,
        definition(t: { string: (name: string, options: { resolve: (parent: Record<string, unknown>) => unknown }) => void }) {
          t.string(name, { resolve: (parent) => parent[name] ?? null });
        },
      }),
    ),
  }));
}
